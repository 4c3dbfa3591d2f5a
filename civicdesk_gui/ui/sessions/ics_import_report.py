"""How every event of an imported calendar ended, in the desk's language (the CLI prints the same
in English: commands/sessions.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.error_text import say


def ics_report_text(report) -> str:
    """`report` is an actions.session_import.ImportReport (the counts add up to the file's events)."""
    lines = [
        QCoreApplication.translate("IcsImportReport", "{0}: {1} events").format(report.file, report.records),
        QCoreApplication.translate(
            "IcsImportReport", "Created: {0}, updated: {1}, unchanged: {2}, skipped: {3}, rejected: {4}"
        ).format(
            len(report.created),
            len(report.updated),
            len(report.unchanged),
            len(report.skipped),
            len(report.rejected),
        ),
    ]
    earlier = report.earlier
    if earlier is not None and earlier.complete:
        when = earlier.finished_at or earlier.started_at
        lines.append(
            QCoreApplication.translate(
                "IcsImportReport", "Already imported on {0} by {1}; applied again."
            ).format(f"{when:%Y-%m-%d %H:%M}", earlier.by)
        )
    if report.cancelled:
        lines.append(
            QCoreApplication.translate(
                "IcsImportReport", "Cancelled while another desk imported the same file: nothing was applied."
            )
        )
    lines += [
        QCoreApplication.translate("IcsImportReport", "Skipped: {0}").format(say(phrase))
        for phrase in report.skipped
    ]
    lines += [
        QCoreApplication.translate("IcsImportReport", "Rejected: {0}").format(say(problem.phrase))
        for problem in report.rejected
    ]
    return "\n".join(lines)
