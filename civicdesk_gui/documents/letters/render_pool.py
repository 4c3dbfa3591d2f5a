"""Letters rendered in worker processes, so a batch uses every core (ReportLab holds the GIL: threads
would not help).

Only rendering happens here — PDF bytes from a LetterContent snapshot, nothing read from or written
to the database. The batch (actions/letter_batch.py) keeps the database in its own process and in
order: it draws each register number and writes each letter in its own transaction, and takes a
worker's PDF only if the content it reads in that transaction is exactly what the worker rendered
(otherwise it renders the letter itself). So Cancel, a failure or a kill leaves whole letters only.
A worker that dies stops the batch with one error (letter_batch.WORKER_LOST): the letter being
issued then is rolled back, the ones before it stand.

The 'spawn' start method works the same on Linux, Windows and in the frozen app (whose entry point
calls multiprocessing.freeze_support()). A worker whose parent dies (killed) exits by itself.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import sys
import threading
import types
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from civicdesk_gui.documents.letters.layout import LetterContent, render_letter

MAX_WORKERS = 8
WORKER_LOOK_S = 0.5  # while a letter's PDF is awaited, how often the workers are looked at


def worker_count() -> int:
    """One worker per core (the batch's own process mostly waits on the database)."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _watch_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    multiprocessing.connection.wait([parent.sentinel])  # returns when the parent is gone
    os._exit(0)


def _start_worker() -> None:
    threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
    from civicdesk_gui.documents.letters.fonts import BODY, HEADING_BOLD, register_letter_fonts

    register_letter_fonts(BODY, HEADING_BOLD)  # every letter's faces, not in the first letter's time


def _render(content: LetterContent) -> bytes:
    return render_letter(content)


_main_lock = threading.Lock()


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned worker that does not run the program's main module again.

    'spawn' imports the parent's main script in the child (as __mp_main__) so that what it defines can
    be unpickled there: for the desk that is the app's entry point and all it imports, for a benchmark
    the whole benchmark — about half a second of CPU per worker before it renders anything. The
    workers run only this module's functions, so while a worker is being started the preparation
    data is taken with a bare stand-in for __main__ (multiprocessing.spawn.get_preparation_data reads
    its __spec__ and __file__ then, and only then)."""

    def start(self) -> None:
        with _main_lock:
            main = sys.modules["__main__"]
            sys.modules["__main__"] = types.ModuleType("__main__")
            try:
                super().start()
            finally:
                sys.modules["__main__"] = main


class _WorkerContext(multiprocessing.context.SpawnContext):
    Process = _WorkerProcess


class RenderPool:
    """A few worker processes rendering letters ahead of the batch."""

    def __init__(self, workers: int | None = None):
        self._executor = ProcessPoolExecutor(
            max_workers=workers or worker_count(),
            mp_context=_WorkerContext(),
            initializer=_start_worker,
        )

    def submit(self, content: LetterContent) -> Future:
        return self._executor.submit(_render, content)

    def result(self, future: Future) -> bytes:
        """The future's PDF, or BrokenProcessPool when a worker died.

        A worker killed while it was sending a result leaves half a message in the result pipe, and
        the executor's reader thread waits for the rest for ever (CPython's ProcessPoolExecutor): the
        batch hung on its next letter. So the wait looks at the workers every WORKER_LOOK_S, and a
        dead one breaks the pool here."""
        while True:
            try:
                return future.result(timeout=WORKER_LOOK_S)
            except TimeoutError:
                if self._a_worker_died():
                    self._break()
                    raise BrokenProcessPool("a letter render worker died") from None

    def _processes(self) -> list[multiprocessing.Process]:
        return list((getattr(self._executor, "_processes", None) or {}).values())

    def _a_worker_died(self) -> bool:
        return any(process.exitcode is not None for process in self._processes())

    def _break(self) -> None:
        """Stop the other workers and close this process's end of the result pipe: with no writer
        left, the reader's half message ends (EOF), and the executor marks itself broken and lets
        close() end."""
        for process in self._processes():
            if process.exitcode is None:
                process.kill()
        for process in self._processes():
            process.join(5)
        queue = getattr(self._executor, "_result_queue", None)
        if queue is not None:
            queue._writer.close()

    def close(self) -> None:
        """Stop: letters not rendered yet are dropped (the batch renders what it still issues)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
