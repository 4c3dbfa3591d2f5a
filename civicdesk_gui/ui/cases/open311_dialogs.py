"""Open311 import, the parts people see: choosing what another system's service code means here (a
category and, optionally, one of its topics), the dialog that maps the codes an import met for the
first time, and the report of what was imported, already there, rejected or left unmapped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.open311 import RecordProblem
from civicdesk_gui.domain.vocabulary import CATEGORIES
from civicdesk_gui.queries.open311 import UnmappedCode
from civicdesk_gui.queries.reference_lists import categories, topics
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.vocabulary_labels import term


class ServiceTargetFields(QWidget):
    """A category combo and a topic combo holding only that category's topics."""

    target_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = QComboBox()
        self.category.addItem(self.tr("(not mapped)"), None)
        for choice in categories():
            self.category.addItem(term(CATEGORIES, choice.code), choice.code)
        self.category.setAccessibleName(self.tr("Category"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.category.currentIndexChanged.connect(self._fill_topics)
        self.category.currentIndexChanged.connect(lambda _i: self.target_changed.emit())
        self.topic.currentIndexChanged.connect(lambda _i: self.target_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category, 1)
        layout.addWidget(self.topic, 1)
        self._fill_topics()

    def _fill_topics(self) -> None:
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("(any topic)"), None)
        code = self.category.currentData()
        if code:
            for choice in topics(code):
                self.topic.addItem(choice.label, choice.id)
        self.topic.setEnabled(bool(code))
        self.topic.blockSignals(False)

    def set_target(self, category: str | None, topic_id: int | None) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.topic.setCurrentIndex(max(0, self.topic.findData(topic_id)))

    def target(self) -> tuple[str | None, int | None]:
        return self.category.currentData(), self.topic.currentData()


class UnmappedCodesDialog(QDialog):
    """The service codes an import found nothing for: choose what each means, then the import goes
    on. A code left "(not mapped)" stays out of this import and is reported."""

    def __init__(self, unmapped: list[UnmappedCode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New service codes"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "The file uses service codes that CivicDesk does not know yet. Choose the category "
                "(and topic) each one means here; the choice is kept for later imports "
                "(Settings > Open311). Requests whose code stays unmapped are not imported."
            )
        )
        intro.setWordWrap(True)
        self.fields: dict[str, tuple[UnmappedCode, ServiceTargetFields]] = {}
        form = QFormLayout()
        for code in unmapped:
            fields = ServiceTargetFields()
            fields.target_changed.connect(self._update)
            count = self.tr("%n request(s)", "", len(code.numbers))
            title = f"{code.code} — {code.name}" if code.name else code.code
            label = QLabel(f"<b>{_escape(title)}</b><br><span style='color:#546e7a'>{count}</span>")
            form.addRow(label, fields)
            self.fields[code.code] = (code, fields)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Map and import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def choose(self, code: str, category: str | None, topic_id: int | None = None) -> None:
        self.fields[code][1].set_target(category, topic_id)

    def mappings(self) -> list[tuple[str, str | None, int | None, str]]:
        """(code, category, topic id, name there) for every code given a category."""
        chosen = []
        for code, (unmapped, fields) in self.fields.items():
            category, topic_id = fields.target()
            if category:
                chosen.append((code, category, topic_id, unmapped.name))
        return chosen

    def _update(self) -> None:
        left = len(self.fields) - len(self.mappings())
        self.hint.setText(self.tr("Still unmapped: %n code(s)", "", left) if left else "")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def problem_text(problem: RecordProblem) -> str:
    """A rejected record in the desk's language: file, record number, id and what is wrong."""
    reasons = {
        "not_object": QCoreApplication.translate("Open311Report", "not a JSON object"),
        "no_id": QCoreApplication.translate("Open311Report", "service_request_id is missing"),
        "bad_id": QCoreApplication.translate("Open311Report", "service_request_id is not usable: {0}"),
        "no_status": QCoreApplication.translate("Open311Report", "status is missing"),
        "bad_status": QCoreApplication.translate("Open311Report", "status is {0}, not open or closed"),
        "no_service_code": QCoreApplication.translate("Open311Report", "service_code is missing"),
        "bad_service_code": QCoreApplication.translate("Open311Report", "service_code is not usable: {0}"),
        "no_requested": QCoreApplication.translate("Open311Report", "requested_datetime is missing"),
        "bad_datetime": QCoreApplication.translate("Open311Report", "not a date and time: {0}"),
        "no_offset": QCoreApplication.translate("Open311Report", "a time without its time zone: {0}"),
        "bad_field": QCoreApplication.translate("Open311Report", "{0} is not text"),
        "too_long": QCoreApplication.translate("Open311Report", "{0} is too long"),
        "bad_note": QCoreApplication.translate("Open311Report", "a note is not usable ({0})"),
        "duplicate_id": QCoreApplication.translate(
            "Open311Report", "the same service_request_id appears earlier in the file"
        ),
        "not_stored": QCoreApplication.translate("Open311Report", "the database refused it: {0}"),
    }
    reason = reasons[problem.code].format(problem.value) if problem.code in reasons else problem.reason
    which = f" ({problem.request_id})" if problem.request_id else ""
    return QCoreApplication.translate("Open311Report", "{0} record {1}{2}: {3}").format(
        problem.file, problem.number, which, reason
    )


def report_text(report: ops.Open311ImportReport) -> str:
    # Spelled out (not aliased) so that pyside6-lupdate finds each string.
    lines = [
        QCoreApplication.translate("Open311Report", "File: {0} ({1} service requests)").format(
            report.file, report.total
        ),
        QCoreApplication.translate("Open311Report", "Imported: {0}").format(report.imported),
        QCoreApplication.translate("Open311Report", "Already imported (same service_request_id): {0}").format(
            report.duplicates
        ),
        QCoreApplication.translate("Open311Report", "Rejected: {0}").format(len(report.rejected)),
        QCoreApplication.translate("Open311Report", "Waiting for a service code mapping: {0}").format(
            report.unmapped_records
        ),
    ]
    if report.cancelled:
        lines.append(
            QCoreApplication.translate(
                "Open311Report",
                "Cancelled: the batches committed before stopping were kept; the rest was not imported.",
            )
        )
    for code in report.unmapped:
        lines.append(
            QCoreApplication.translate(
                "Open311Report", "Service code {0} ({1}) is not mapped: records {2}"
            ).format(code.code, code.name or "-", ", ".join(str(n) for n in code.numbers))
        )
    if report.unmapped:
        lines.append(
            QCoreApplication.translate(
                "Open311Report",
                "The administrator maps these service codes in Settings > Open311; then import the file "
                "again (what was imported is not imported twice).",
            )
        )
    if report.rejected:
        lines.append("")
        lines.extend(problem_text(problem) for problem in report.rejected)
    return "\n".join(lines)


class Open311ReportDialog(QDialog):
    def __init__(self, report: ops.Open311ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Open311 import report"))
        self.setMinimumSize(560, 320)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(report_text(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too
