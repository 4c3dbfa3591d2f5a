"""The app survives PySide6 6.12.0's lost references to True and None (see ui/qt_runtime.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 20_000  # several times what kills an unguarded CPython 3.11 process

PROGRAM = textwrap.dedent(
    f"""
    import sys
    from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons
    if "--guard" in sys.argv:
        pin_python_singletons()
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        changed = Signal(int)

    app = QCoreApplication([])
    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    for index in range({CALLS}):
        emitter.changed.emit(index)
        emitter.setObjectName("x")
    print("survived")
    """
)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_signals_and_void_calls_do_not_kill_the_guarded_process():
    result = _run("--guard")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
