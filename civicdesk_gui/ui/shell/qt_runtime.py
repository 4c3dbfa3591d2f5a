"""Guards for the Qt runtime CivicDesk ships with, applied before the QApplication exists."""

from __future__ import annotations

import ctypes
import sys

# Far more than any session can drop, far less than the counter's range.
_PINNED_REFERENCES = 1 << 40


def pin_python_singletons() -> None:
    """Keep True, False and None alive whatever PySide6 does to their reference counts.

    The PySide6 6.12.0 wheels drop one reference to True on every Signal.emit() made from Python and
    one to None on every Qt call without a result (setObjectName, beginResetModel, processEvents...):
    measured -1 per call. On CPython 3.11 these singletons are ordinary objects, so after a few
    thousand calls the process aborts in bool_dealloc / none_dealloc. CPython 3.12 made them immortal
    (PEP 683); this gives 3.11 the same guarantee once at start-up. 6.11.3 lacks the bug but has QtPdf
    only in the Addons wheel with WebEngine, which we keep out.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PINNED_REFERENCES
