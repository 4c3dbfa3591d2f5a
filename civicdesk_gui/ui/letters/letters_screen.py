"""The Letters screen: cases awaiting a mayor-signed letter (issue one, or many at once) and the
register of issued letters (reprint the exact bytes, save, void)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.letters.files import letter_file_name
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries.letters import (
    awaiting_letter_rows,
    issued_letter_rows,
    letter_pdf,
)
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.letters.letter_batch import LetterBatch, start_batch
from civicdesk_gui.ui.letters.letter_dialog import open_letter_workflow
from civicdesk_gui.ui.letters.letter_printing import print_pdf, save_pdf
from civicdesk_gui.ui.letters.letter_table_models import (
    ROW_ID_ROLE,
    AwaitingLetterTableModel,
    IssuedLetterTableModel,
)
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class LettersScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.batch: LetterBatch | None = None
        self.awaiting_model = AwaitingLetterTableModel(self)
        self.issued_model = IssuedLetterTableModel(self)

        self.awaiting_view = _table(self.awaiting_model)
        self.awaiting_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.awaiting_view.doubleClicked.connect(self.open_selected_case)
        for column, width in ((0, 110), (1, 90), (2, 80), (3, 130), (4, 110), (5, 90), (6, 140)):
            self.awaiting_view.setColumnWidth(column, width)
        self.awaiting_title = QLabel()
        self.open_button = QPushButton(icons.icon("letter"), self.tr("Draft letter…"))
        self.open_button.clicked.connect(self.open_selected_case)
        self.batch_button = QPushButton(icons.icon("print"), self.tr("Issue all selected…"))
        self.batch_button.setToolTip(self.tr("Issue the letters of the selected cases from their templates"))
        self.batch_button.clicked.connect(self.issue_selected)
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        refresh = QPushButton(icons.icon("refresh"), self.tr("Refresh"))
        refresh.clicked.connect(self.reload)

        awaiting_bar = QHBoxLayout()
        awaiting_bar.addWidget(self.awaiting_title)
        awaiting_bar.addStretch(1)
        awaiting_bar.addWidget(QLabel(self.tr("Batch language")))
        awaiting_bar.addWidget(self.language)
        awaiting_bar.addWidget(self.open_button)
        awaiting_bar.addWidget(self.batch_button)
        awaiting_bar.addWidget(refresh)
        awaiting_box = QGroupBox(self.tr("Awaiting a letter (long-term review, unfeasible)"))
        awaiting_layout = QVBoxLayout(awaiting_box)
        awaiting_layout.addLayout(awaiting_bar)
        awaiting_layout.addWidget(self.awaiting_view)

        self.issued_view = _table(self.issued_model)
        self.issued_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued_view.doubleClicked.connect(self.open_issued_case)
        for column, width in ((0, 130), (1, 110), (2, 90), (3, 100), (4, 130), (5, 90), (6, 130)):
            self.issued_view.setColumnWidth(column, width)
        # The state takes the spare width, not the file size.
        issued_header = self.issued_view.horizontalHeader()
        issued_header.setStretchLastSection(False)
        issued_header.setSectionResizeMode(IssuedLetterTableModel.COL_STATE, QHeaderView.ResizeMode.Stretch)
        self.issued_view.setColumnWidth(IssuedLetterTableModel.COL_SIZE, 80)
        self.print_button = QPushButton(icons.icon("print"), self.tr("Reprint…"))
        self.print_button.clicked.connect(self.reprint_selected)
        self.save_button = QPushButton(icons.icon("pdf"), self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_selected)
        self.void_button = QPushButton(icons.icon("warning"), self.tr("Void…"))
        self.void_button.clicked.connect(self.void_selected)
        for button, action in (
            (self.open_button, "letter.issue"),
            (self.batch_button, "letter.issue"),
            (self.void_button, "letter.void"),
        ):
            permitted(button, self.context.actor, action)
        # The register holds thousands of letters: search and a state filter, run in SQL.
        self.register_search = QLineEdit()
        self.register_search.setPlaceholderText(self.tr("Search register number, case number, resident"))
        self.register_search.setClearButtonEnabled(True)
        self.register_state = QComboBox()
        self.register_state.addItem(self.tr("All letters"), None)
        self.register_state.addItem(self.tr("Standing"), "standing")
        self.register_state.addItem(self.tr("Voided"), "voided")
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.reload)
        self.register_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.register_state.currentIndexChanged.connect(lambda _i: self.reload())
        issued_bar = QHBoxLayout()
        issued_bar.addWidget(self.register_search, 2)
        issued_bar.addWidget(self.register_state)
        issued_bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.void_button):
            issued_bar.addWidget(button)
        issued_box = QGroupBox(self.tr("Issued letters (register)"))
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addLayout(issued_bar)
        issued_layout.addWidget(self.issued_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(awaiting_box)
        splitter.addWidget(issued_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Bound methods, not lambdas: Qt drops these connections when the screen is destroyed.
        bus().changed.connect(self._changed)
        # Any screen (the case detail pane) may ask for a case's letter: the dialog opens over it.
        bus().letter_requested.connect(
            lambda case_id: open_letter_workflow(self.context, case_id, self.window())
        )
        self._apply_default_language()
        self.reload()

    def _apply_default_language(self) -> None:
        self.language.setCurrentIndex(
            max(0, self.language.findData(preferences.get("letters.default_language")))
        )

    # ------------------------------------------------------------------ data

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # Both lists show letters and case rows (a classification puts a case on the awaiting
        # list); a note on a case, a session or a template changes neither.
        if changes.touches_letters() or changes.touches_cases():
            self.reload()
        if changes.touches_settings("letters.default_language"):
            self._apply_default_language()

    def reload(self) -> None:
        search, state = self.register_search.text(), self.register_state.currentData()
        run_in_background(
            lambda _job: (awaiting_letter_rows(), issued_letter_rows(search=search, state=state)),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, exc: Exception, tb: str) -> None:
        show_error(self, exc, tb)

    def _loaded(self, rows) -> None:
        awaiting, issued = rows
        self.awaiting_model.set_rows(awaiting)
        self.issued_model.set_rows(issued)
        self.awaiting_title.setText(self.tr("{0} cases awaiting a letter").format(len(awaiting)))

    def selected_case_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.awaiting_view.selectionModel().selectedRows()})
        return [self.awaiting_model.rows[row].case_id for row in rows]

    def _selected_letter_id(self) -> int | None:
        indexes = self.issued_view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ID_ROLE) if indexes else None

    # ------------------------------------------------------------------ actions

    def open_selected_case(self) -> None:
        ids = self.selected_case_ids()
        if ids and self.open_button.isEnabled():
            open_letter_workflow(self.context, ids[0], self)

    def open_issued_case(self) -> None:
        indexes = self.issued_view.selectionModel().selectedRows()
        if indexes:
            open_letter_workflow(self.context, self.issued_model.rows[indexes[0].row()].case_id, self)

    def issue_selected(self) -> None:
        if not self.batch_button.isEnabled():
            return
        self.batch = start_batch(self.context, self.selected_case_ids(), self.language.currentData(), self)

    def _selected_pdf(self) -> tuple[str, str, bytes] | None:
        letter_id = self._selected_letter_id()
        if letter_id is None:
            return None
        row = next(r for r in self.issued_model.rows if r.letter_id == letter_id)
        number, data = letter_pdf(letter_id)
        return row.case_number, number, data

    def reprint_selected(self) -> None:
        selected = self._selected_pdf()
        if selected:
            print_pdf(selected[2], self)

    def save_selected(self) -> None:
        selected = self._selected_pdf()
        if selected:
            save_pdf(selected[2], letter_file_name(selected[0], selected[1]), self)

    def void_selected(self) -> None:
        letter_id = self._selected_letter_id()
        if letter_id is None or not self.void_button.isEnabled():
            return
        row = next(r for r in self.issued_model.rows if r.letter_id == letter_id)
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void letter {0}").format(row.register_number),
            self.tr("Void letter {0} (case {1}, {2})? Say why; the case will await a new letter.").format(
                row.register_number, row.case_number, row.resident_name
            ),
        )
        if not ok:
            return
        ops.void_letter(parent=self, actor=self.context.actor, letter_id=letter_id, reason=reason).run()
