"""A letter render worker that dies while it sends its PDF back must not hang the batch: CPython's
ProcessPoolExecutor then waits for the rest of the half-sent message for ever (the batch hung in CI
when a test killed a worker). RenderPool.result looks at the workers while it waits."""

from __future__ import annotations

import os
import signal
import struct
import sys
import threading
from concurrent.futures.process import BrokenProcessPool

import pytest

from civicdesk_gui.documents.letters.render_pool import RenderPool


def _die_while_sending() -> bytes:
    """In a worker: write the start of a result message (a length, then a few of its bytes) into the
    result pipe, as a worker killed mid-send leaves it, and die."""
    frame = sys._getframe()
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), struct.pack("!i", 100_000) + b"half a PDF")
    os.kill(os.getpid(), signal.SIGKILL)
    return b""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and a raw write to the pipe: POSIX")
def test_a_worker_killed_while_sending_breaks_the_pool_instead_of_hanging():
    pool = RenderPool(workers=2)
    outcome: list = []

    def wait_for_it() -> None:
        future = pool._executor.submit(_die_while_sending)
        try:
            pool.result(future)
            outcome.append("a PDF")
        except BrokenProcessPool:
            outcome.append("broken")
        pool.close()
        outcome.append("closed")

    waiter = threading.Thread(target=wait_for_it, daemon=True)
    waiter.start()
    waiter.join(60)
    assert outcome == ["broken", "closed"]
