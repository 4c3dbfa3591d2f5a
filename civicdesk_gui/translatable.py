"""Marking text for translation below the UI, without Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds calls by this
name in any module it scans (./dev translations scans the whole package), so Qt-free declarations —
error messages, setting labels — reach the .ts file, and the UI shows them with
`QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
