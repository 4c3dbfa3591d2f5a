"""Settings > Letters: the admin edits each kind's template (Korean / English) with a live preview.

Unknown placeholders are flagged while typing and refused on Save (the message names them), so a
letter never fails at print time.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.letters.rendering import preview_pdf
from civicdesk_gui.documents.letters.templates import DEFAULT_TEMPLATES, PLACEHOLDERS, validate_template
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.letters import current_city_settings, current_template, sample_facts
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.widgets.pdf_preview import PdfPreview

PREVIEW_DELAY_MS = 500


class LetterTemplateEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version = 0
        self._serial = 0
        self._loading = False
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Long-term review"), "long_term_review")
        self.kind.addItem(self.tr("Unfeasible"), "unfeasible")
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.placeholders = QListWidget()
        self.placeholders.setToolTip(self.tr("Double-click to insert at the cursor"))
        for name, (ko, en) in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}  {ko} / {en}")
            item.setData(256, name)
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.clicked.connect(self.save)
        permitted(self.save_button, context.actor, "letter.template")  # the administrator's
        self.default_button = QPushButton(self.tr("Restore shipped text"))
        self.default_button.clicked.connect(self._restore_default)
        self.preview = PdfPreview()

        selectors = QFormLayout()
        selectors.addRow(self.tr("Letter kind"), self.kind)
        selectors.addRow(self.tr("Language"), self.language)
        selectors.addRow(self.tr("Subject (제목)"), self.subject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(selectors)
        left_layout.addWidget(self.body, 3)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(
            QLabel(self.tr("Placeholders (filled from the case when a letter is drafted):"))
        )
        left_layout.addWidget(self.placeholders, 2)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render_preview)
        self.kind.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.subject.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.load()

    def load(self) -> None:
        template, self.version = current_template(self.kind.currentData(), self.language.currentData())
        self._loading = True
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._loading = False
        self._changed()

    def _restore_default(self) -> None:
        template = DEFAULT_TEMPLATES[(self.kind.currentData(), self.language.currentData())]
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(f"{{{item.data(256)}}}")
        self.body.setFocus()

    def _changed(self) -> None:
        if self._loading:
            return
        try:
            validate_template(self.subject.text(), self.body.toPlainText())
        except ValidationError as exc:
            self.problem.setText(describe(exc))
        else:
            self.problem.clear()
        self._timer.start()

    def _render_preview(self) -> None:
        self._serial += 1
        serial = self._serial
        language, subject, body = self.language.currentData(), self.subject.text(), self.body.toPlainText()

        def work(_job: Job):
            facts = sample_facts()
            return serial, preview_pdf(
                facts,
                current_city_settings(),
                language=language,
                subject=subject,
                body=body,
                fill_placeholders=True,
            )

        run_in_background(work, on_done=self._preview_ready, on_error=self._preview_failed)

    def _preview_failed(self, exc: Exception, tb: str) -> None:
        show_error(self, exc, tb)

    def _preview_ready(self, result) -> None:
        serial, data = result
        if serial == self._serial:
            self.preview.show_pdf(data)

    def save(self) -> bool:
        saved = (
            ops.save_letter_template(
                parent=self,
                actor=self.context.actor,
                kind=self.kind.currentData(),
                language=self.language.currentData(),
                subject=self.subject.text(),
                body=self.body.toPlainText(),
                version=self.version,
            )
            .failure(self._refused)
            .run()
        )
        if saved is None:
            return False
        self.version = saved.version
        QMessageBox.information(self, self.tr("Letters"), self.tr("Template saved."))
        return True

    def _refused(self, exc) -> None:
        self.problem.setText(describe(exc))
        show_error(self, exc)
