"""Rejected rows of a delivery report in the desk's language: "row 7: …"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.documents.sms_import import RowProblem
from civicdesk_gui.ui.shell.error_text import say


def report_lines(problems: list[RowProblem]) -> list[str]:
    row = QCoreApplication.translate("OutboxReport", "row {0}: {1}")
    return [row.format(p.row, say(p.phrase)) for p in problems]
