"""The Cases screen: saved views, filter bar, the case table and the case detail beside it.

Enter opens the selected case full width (the list hides), Esc returns; Ctrl+F searches, Ctrl+N
takes in a new case. Every query runs in the background through CaseTableModel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.masking import privacy_of
from civicdesk_gui.queries.case_list import CaseFilter, saved_view_counts
from civicdesk_gui.queries.filter_choices import filter_choices
from civicdesk_gui.ui.cases.case_export_runner import CaseExportRunner
from civicdesk_gui.ui.cases.case_filter_bar import CaseFilterBar
from civicdesk_gui.ui.cases.case_table_model import CaseTableModel
from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView
from civicdesk_gui.ui.cases.notices_due_panel import NoticesDuePanel
from civicdesk_gui.ui.cases.saved_views_panel import SavedViewsPanel
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus

ROW_HEIGHT = 26
# Default widths from sample contents in the UI font (the user's own widths are restored after);
# the request's column then takes what is left of the list's width.
WIDTH_SAMPLES = (
    "2026-000000",
    "2026-00-00 00:00",
    "이동시장실",
    "격려·감사",
    "운정1동",
    "가" * 24,
    "Parking Manage",  # longer names are elided, whole in the tooltip
    "홍길동 주무관",
    "Long-term",
    "",  # the deadline badge: measured from its own words (_build_table)
)
# First start: the work first (a helpdesk list); the other columns are a right-click away.
DEFAULT_ORDER = (
    CaseTableModel.COL_NUMBER,
    CaseTableModel.COL_DEADLINE,
    CaseTableModel.COL_SUMMARY,
    CaseTableModel.COL_STATE,
    CaseTableModel.COL_DEPARTMENT,
    CaseTableModel.COL_RECEIVED,
)
DEFAULT_HIDDEN = (
    CaseTableModel.COL_CHANNEL,
    CaseTableModel.COL_CATEGORY,
    CaseTableModel.COL_TOWN,
    CaseTableModel.COL_OFFICIAL,
)
# A narrow list (a case open beside it, 1366 px): the columns give way in this order, each down to
# the width of its sample, before anything needs a horizontal scroll. The request's words elide
# first (to a short line), then the department, the deadline badge (its clock word), the status,
# the request again, last the received time (its date stays); the number never shrinks.
GIVE_WAY = (
    (CaseTableModel.COL_SUMMARY, "가" * 8),
    (CaseTableModel.COL_DEPARTMENT, "가" * 4),
    (CaseTableModel.COL_DEADLINE, ""),  # the badge's short form (_floor)
    (CaseTableModel.COL_STATE, "가" * 3),
    (CaseTableModel.COL_SUMMARY, "가" * 4),
    (CaseTableModel.COL_RECEIVED, "2026-00-00"),
    (CaseTableModel.COL_SUMMARY, "가" * 2),
)
SAVE_DELAY_MS = 400
# First start (no saved split): the detail pane gets 36 %, enough for its wrapped deadline lines
# while the list keeps its deadline column in view at 1400 px.
DEFAULT_SPLIT = (64, 36)


class CasesScreen(QWidget):
    counts_updated = Signal(dict)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.model = CaseTableModel(self, clock=self._clock, privacy=privacy_of(context.actor))
        self.views = SavedViewsPanel()
        self.filters = CaseFilterBar()
        self.table = self._build_table()
        self.detail = CaseDetailView(context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #455a64; padding: 2px 8px;")
        # "1,000+ cases — count all": a short search word is counted up to a cap first.
        self.count_label.linkActivated.connect(lambda _link: self.model.count_exactly())
        # A figure of the briefing shown here: exactly its cases, until the user clears it.
        self._figure: tuple[CaseFilter, str] | None = None
        self.figure_banner = self._build_figure_banner()
        self.export_runner = CaseExportRunner(self, context.actor)
        self._pending_select: int | None = None
        self._syncing = False  # moving the selection to the shown case: not a new choice
        self._full_width = False
        self._fit_summary = False  # first start: the request column fills the spare width
        self._default_split_pending = False
        self._collapsed_split: list[int] | None = None  # the split to restore when a case is shown
        self._collapse_on_resize = False
        self._fitting = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_layout)

        self.list_area = QWidget()
        list_layout = QVBoxLayout(self.list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addLayout(self._build_toolbar())
        list_layout.addWidget(self.figure_banner)
        list_layout.addWidget(self.filters)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.list_area)
        right.addWidget(self.splitter, 1)
        right.addWidget(self.count_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.views)
        layout.addLayout(right, 1)

        self._connect()
        self._restore_layout()
        self._show_detail_pane(self.detail.case_id is not None)
        self.filters.set_choices(filter_choices())  # a few dozen rows: reference data
        self.views.select_view(preferences.get("cases/view"))
        self.refresh_counts()

    # ------------------------------------------------------------------------------- building

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        title = QLabel(self.tr("Cases"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #263238;")
        bar.addWidget(title)
        bar.addStretch(1)
        self.new_button = QPushButton(icons.icon("new"), self.tr("New case"))
        self.new_button.setToolTip(self.tr("Take in a new case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.import_button = QToolButton()
        self.import_button.setIcon(icons.icon("import"))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        import_menu = QMenu(self.import_button)
        import_menu.addAction(self.tr("Text messages (gateway CSV)…"), self.import_cases)
        import_menu.addAction(self.tr("Open311 service requests (JSON)…"), self.import_open311)
        self.import_button.setMenu(import_menu)
        self.export_button = QToolButton()
        self.export_button.setIcon(icons.icon("export"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("CSV (Excel, UTF-8)…"), lambda: self.ask_export("csv"))
        menu.addAction(self.tr("Excel workbook (.xlsx)…"), lambda: self.ask_export("xlsx"))
        menu.addAction(self.tr("Open311 service requests (JSON)…"), lambda: self.ask_export("open311"))
        self.export_button.setMenu(menu)
        # 통지 대상: the statutory notices due and the referrals to chase (ui/cases/notices_due_panel.py).
        self.notices_button = QPushButton(icons.icon("notice"), self.tr("Notices due"))
        self.notices_button.setToolTip(
            self.tr("Interim notices due and referrals awaiting the agency (Ctrl+Shift+T)")
        )
        self.notices_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.notices_button.clicked.connect(self.show_notices_due)
        for widget in (self.new_button, self.notices_button, self.import_button, self.export_button):
            bar.addWidget(widget)
        # What the role may not do is disabled, and the tooltip says why (domain/permissions.py).
        for widget, action in (
            (self.new_button, "case.intake"),
            (self.import_button, "case.import"),
            (self.export_button, "case.export"),
        ):
            permitted(widget, self.context.actor, action)
        return bar

    def _build_figure_banner(self) -> QWidget:
        banner = QWidget()
        banner.setObjectName("figureBanner")
        banner.setStyleSheet(
            "QWidget#figureBanner { background: #fff8e1; border-bottom: 1px solid #ffe082; }"
        )
        self.figure_label = QLabel()
        self.figure_label.setWordWrap(True)
        self.figure_clear = QPushButton(icons.icon("back"), self.tr("Show all cases"))
        self.figure_clear.setToolTip(self.tr("Leave the briefing figure and list cases by the filters again"))
        self.figure_clear.clicked.connect(self.clear_figure)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(8, 4, 8, 4)
        icon = QLabel()
        icon.setPixmap(icons.icon("briefing").pixmap(18, 18))
        layout.addWidget(icon)
        layout.addWidget(self.figure_label, 1)
        layout.addWidget(self.figure_clear)
        banner.hide()
        return banner

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents on big models
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        samples = list(WIDTH_SAMPLES)
        # The badge's own longest words in this language, with room for its icon.
        samples[CaseTableModel.COL_DEADLINE] = max(
            (
                self.model.tr("Today, {0} h left · {1}").format(47, self.model.clock_word("statutory")),
                self.model.tr("{0} days left · {1}").format(99, self.model.clock_word("statutory")),
            ),
            key=metrics.horizontalAdvance,
        )
        self._natural_widths: dict[int, int] = {}
        for column, sample in enumerate(samples):
            extra = 40 if column == CaseTableModel.COL_DEADLINE else 16
            self._natural_widths[column] = metrics.horizontalAdvance(sample) + extra
            header.resizeSection(column, self._natural_widths[column])
        # Indicator first: enabling sorting sorts once by it (newest first, the model's default).
        header.setSortIndicator(CaseTableModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        return table

    def _connect(self) -> None:
        self.views.view_selected.connect(self._view_selected)
        self.filters.filter_changed.connect(self.apply_filter)
        self.model.total_changed.connect(lambda _total: self._show_count())
        self.model.loading_changed.connect(lambda _loading: self._show_count())
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_full_width())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Open the selected case full width"))
            shortcut.activated.connect(self.open_full_width)
        find = QShortcut(
            QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        find.setWhatsThis(self.tr("Search the case list"))
        find.activated.connect(self.focus_search)
        new = QShortcut(
            QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        new.setWhatsThis(self.tr("Take in a new case"))
        new.activated.connect(self.new_case)
        # Esc belongs to the detail pane (it first closes an open action form, then asks to go back);
        # a second Esc shortcut here would make the key ambiguous and neither would fire.
        self.detail.back_requested.connect(self.return_to_list)
        # Nothing selected: the list takes the whole width rather than leave a pane with one sentence.
        self.detail.showing_case.connect(self._show_detail_pane)
        header = self.table.horizontalHeader()
        # A narrow column's heading ends in … rather than being cut mid-word (Qt's headers do not elide).
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_args: self._save_timer.start())
        self.splitter.splitterMoved.connect(lambda *_args: self._save_timer.start())
        self.splitter.splitterMoved.connect(lambda *_args: self._fit_summary_column())
        # The list's own width changes too when its vertical scroll bar comes or goes.
        self.table.verticalScrollBar().rangeChanged.connect(
            lambda *_args: QTimer.singleShot(0, self, self._fit_summary_column)
        )
        # Whatever changes the list's width (the pane's split set by code, the window, a scroll bar),
        # the columns fit again once it is done.
        self.table.viewport().installEventFilter(self)
        self.export_runner.finished.connect(self._exported)
        bus().changed.connect(self._changed)
        bus().open_case_requested.connect(self.open_case)
        bus().cases_filter_requested.connect(self.show_figure)

    # ------------------------------------------------------------------------------- filtering

    def current_filter(self):
        bar = replace(
            self.filters.current_filter(), view=self.views.current_view(), actor_id=self.context.actor.id
        )
        if self._figure is None:
            return bar
        # The figure's own conditions win; what the user adds in the bar (a search…) narrows it further.
        figure, default = self._figure[0], CaseFilter()
        chosen = {
            f.name: getattr(figure, f.name)
            for f in fields(CaseFilter)
            if getattr(figure, f.name) != getattr(default, f.name)
        }
        return replace(bar, **chosen)

    def show_figure(self, case_filter: CaseFilter, title: str) -> None:
        """List exactly the cases behind a briefing figure (asked for through the bus)."""
        self._figure = (case_filter, title)
        for widget in (self.filters, self.views):
            widget.blockSignals(True)
        self.filters.clear()
        self.views.select_view("all")
        for widget in (self.filters, self.views):
            widget.blockSignals(False)
        self.figure_label.setText(self.tr("Briefing: {0}").format(title))
        self.figure_banner.show()
        if self._full_width:
            self.return_to_list()
        self.apply_filter()

    def clear_figure(self) -> None:
        if self._figure is None:
            return
        self._figure = None
        self.figure_banner.hide()
        self.apply_filter()

    @property
    def figure(self) -> tuple[CaseFilter, str] | None:
        return self._figure

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def _view_selected(self, key: str) -> None:
        preferences.put("cases/view", key)
        if self._figure is not None:  # choosing a saved view leaves the briefing figure
            self._figure = None
            self.figure_banner.hide()
        self.apply_filter()

    def refresh_counts(self) -> None:
        actor, now = self.context.actor, self._clock()

        def done(counts: dict) -> None:
            self.views.set_counts(counts)
            self._show_count()
            self.counts_updated.emit(counts)

        run_in_background(
            lambda job: saved_view_counts(actor, now=now), on_done=done, on_error=self._load_failed
        )

    def _count_link(self, shown: bool) -> None:
        """The "Count all" link takes Tab and Enter while it shows; otherwise the label is text."""
        flags = Qt.TextInteractionFlag
        self.count_label.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
            if shown
            else flags.NoTextInteraction
        )
        self.count_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if shown else Qt.FocusPolicy.NoFocus)
        if not shown:
            self.count_label.setToolTip("")

    def _show_count(self) -> None:
        total, everything = self.model.total, self.views.count("all")
        at_least = self.model.at_least
        self._count_link(at_least is not None)
        if self.model.loading and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))
        elif at_least is not None:
            more = self.tr("{0}+ cases").format(f"{at_least:,}")
            count_all = self.tr("Count all")
            self.count_label.setText(f'{more} · <a href="count">{count_all}</a>')
            self.count_label.setToolTip(
                self.tr(
                    "A word of one or two letters cannot use the search index: at least {0} cases match. "
                    "Count all of them (about a second on a million cases)."
                ).format(f"{at_least:,}")
            )
        elif total < 0:
            self.count_label.setText(self.tr("Counting…"))
        elif everything is None:
            self.count_label.setText(self.tr("{0} cases").format(f"{total:,}"))
        else:
            self.count_label.setText(self.tr("{0} of {1} cases").format(f"{total:,}", f"{everything:,}"))

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # The list and the view counts show case rows and whether a letter stands: a note (history
        # only) or a session edit leaves them as they are.
        if changes.touches_cases() or changes.touches_letters():
            self._reload_list()

    def _reload_list(self) -> None:
        # Keep the selection across the reload, unless a case is already waiting to be selected
        # (the one just taken in).
        current = self.current_case_id()
        if self._pending_select is None and current is not None:
            self._pending_select = current
        self.model.reload()
        self.refresh_counts()

    def _load_failed(self, exc: Exception, tb: str) -> None:
        from civicdesk_gui.ui.shell.error_dialog import show_error

        show_error(self, exc, tb)

    # ------------------------------------------------------------------------------- selection

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CaseTableModel.CaseIdRole) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of_case(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _page_loaded(self, _rows: int) -> None:
        if self._pending_select is not None and self.select_case(self._pending_select):
            self._pending_select = None

    def _current_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        if not self.detail.show_case(current.data(CaseTableModel.CaseIdRole)):
            # The user kept editing the case on screen: the list points at that case again. After
            # this signal, since the view applies the clicked row's selection once it returns.
            QTimer.singleShot(0, self, self._sync_selection)

    def _sync_selection(self) -> bool:
        """Point the list at the case the pane shows (no selection if it is not in the list)."""
        shown = self.detail.case_id
        self._syncing = True
        try:
            if shown is not None and self.select_case(shown):
                return True
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            return False
        finally:
            self._syncing = False

    def open_case(self, case_id: int) -> None:
        """Show a case asked for elsewhere (a duplicate link, a session's suggestion)."""
        if not self.detail.show_case(case_id):
            return
        if not self._sync_selection() and not self._full_width:
            self.open_full_width()  # not in the current list: full width, Esc returns to the list

    def open_full_width(self) -> None:
        case_id = self.current_case_id() or self.detail.case_id
        if case_id is None or not self.detail.show_case(case_id):
            return
        self._full_width = True
        for widget in (self.table, self.list_area, self.views, self.count_label):
            widget.hide()
        self.detail.setFocus()

    def return_to_list(self) -> None:
        if not self._full_width or not self.detail.confirm_close():
            return
        self._full_width = False
        for widget in (self.table, self.list_area, self.views, self.count_label):
            widget.show()
        self.table.setFocus()

    @property
    def full_width(self) -> bool:
        return self._full_width

    def _show_detail_pane(self, showing: bool, *, resized: bool = False) -> None:
        """Nothing to show: the pane folds away and the list takes the width; a case: the split
        comes back as it was. Folding waits for the splitter's real width (the restored split is
        only then in proportion)."""
        if showing:
            self._collapse_on_resize = False
            if self._collapsed_split is not None:
                sizes, self._collapsed_split = self._collapsed_split, None
                if sizes[1] > 0:
                    self.splitter.setSizes(sizes)
            self._apply_default_split()
        elif self._collapsed_split is None and not self._full_width:
            if not (resized or self.splitter.isVisible()) or self.splitter.width() <= 0:
                self._collapse_on_resize = True
                return
            self._collapsed_split = self.splitter.sizes()
            self.splitter.setSizes([sum(self._collapsed_split), 0])
        QTimer.singleShot(0, self, self._fit_summary_column)  # the list's width changed

    def focus_entry(self) -> QWidget:
        """Where the keyboard lands when the screen is shown: the list (or the case, full width)."""
        return self.detail if self._full_width else self.table

    def focus_search(self) -> None:
        if self._full_width:
            self.return_to_list()
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def confirm_close(self) -> bool:
        return self.detail.confirm_close()

    # ------------------------------------------------------------------------------- actions

    def new_case(self) -> None:
        from civicdesk_gui.ui.cases.intake_dialog import IntakeDialog

        if not self.new_button.isEnabled():  # Ctrl+N for a role that may not take cases in
            bus().status_message.emit(self.new_button.toolTip())
            return
        dialog = IntakeDialog(self.context, self)
        if not dialog.exec() or dialog.created_case_id is None:
            return
        # Selected only if the pane may switch to it (it asks about unsaved text first), so the
        # list never points at a case other than the one shown. The intake's change notice already
        # reloads the list; the new row is selected when its page arrives (or now, if it has).
        created = dialog.created_case_id
        if self.detail.show_case(created) and not self.select_case(created):
            self._pending_select = created

    def show_notices_due(self) -> NoticesDuePanel:
        panel = getattr(self, "notices_panel", None)
        if panel is None:
            panel = self.notices_panel = NoticesDuePanel(self.context, self, clock=self._clock)
        else:
            panel.refresh()
        panel.show()
        return panel

    def import_cases(self) -> None:
        from civicdesk_gui.ui.cases.import_dialog import run_import_dialog

        if not self.import_button.isEnabled():
            bus().status_message.emit(self.import_button.toolTip())
            return
        run_import_dialog(self.context, self)

    def import_open311(self) -> None:
        from civicdesk_gui.ui.cases.open311_import import run_open311_import_dialog

        run_open311_import_dialog(self.context, self)

    def ask_export(self, fmt: str) -> None:
        self.export_runner.ask_and_export(
            self.model.case_filter, self.model.case_sort, fmt, self.model.total, self.model.query_time
        )

    def export_to(self, path, fmt: str) -> None:
        self.export_runner.export(
            self.model.case_filter, self.model.case_sort, path, fmt, self.model.total, self.model.query_time
        )

    def _exported(self, path: str, count: int) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Exported {0} cases to {1}").format(f"{count:,}", path), 8000
            )

    # ------------------------------------------------------------------------------- layout

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, title in enumerate(self.model.column_titles()):
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # Keep at least the number: a table with no columns is a trap.
            action.setEnabled(column != CaseTableModel.COL_NUMBER)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(pos))

    def _section_resized(self, *_args) -> None:
        if getattr(self, "_fitting", False):
            return
        if self.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._fit_summary = False  # the user dragged a column's edge: their widths from now on
            preferences.put("cases/columns_fitted", False)
        self._save_timer.start()

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._fit_summary_column()
        self._save_layout()

    def _restore_layout(self) -> None:
        header_state = preferences.get("cases/header")
        header = self.table.horizontalHeader()
        if not header_state.isEmpty():
            header.restoreState(header_state)
        else:
            # First start: number, deadline badge, the request, status, department, received; the
            # user can drag, show or hide columns afterwards (remembered per desk user).
            for position, column in enumerate(DEFAULT_ORDER):
                header.moveSection(header.visualIndex(column), position)
            for column in DEFAULT_HIDDEN:
                header.setSectionHidden(column, True)
            preferences.put("cases/columns_fitted", True)
        # Until the user drags a column's edge, the columns fit the list's width at every start.
        self._fit_summary = preferences.get("cases/columns_fitted")
        splitter_state = preferences.get("cases/splitter")
        if not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        else:
            # The split needs the splitter's real width, known at its first resize (sizes set
            # before that are not kept as ratios), and a shown pane.
            self._default_split_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            QTimer.singleShot(0, self, self._fit_summary_column)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        # After the layout has given the splitter and the table their new sizes.
        QTimer.singleShot(0, self, self._after_resize)

    def _after_resize(self) -> None:
        if self._collapse_on_resize and self.detail.case_id is None:
            self._show_detail_pane(False, resized=True)
        self._apply_default_split()
        self._fit_summary_column()

    def _apply_default_split(self) -> None:
        """First start: once the splitter has its width and the pane shows a case, 60 / 40."""
        if not self._default_split_pending or self.detail.case_id is None:
            return
        width = self.splitter.width() - self.splitter.handleWidth()
        if width > 0:
            self._default_split_pending = False
            list_part = width * DEFAULT_SPLIT[0] // sum(DEFAULT_SPLIT)
            self.splitter.setSizes([list_part, width - list_part])
            self._collapsed_split = None

    def _fit_summary_column(self) -> None:
        """Until the user sizes columns themselves, the columns fit the list's width: the request's
        column takes the spare width; short of width, the columns give way (GIVE_WAY) so that none
        needs a horizontal scroll, whether the list is alone or beside a case."""
        if not getattr(self, "_fit_summary", False):
            return
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        visible = [c for c in range(self.model.COLUMN_COUNT) if not header.isSectionHidden(c)]
        widths = {c: self._natural_widths[c] for c in visible}
        excess = sum(widths.values()) - self.table.viewport().width()
        for column, sample in GIVE_WAY:
            if excess <= 0:
                break
            if column in widths:
                floor = self._floor(column, sample, metrics)
                cut = min(excess, max(0, widths[column] - floor))
                widths[column] -= cut
                excess -= cut
        if excess < 0:  # spare width: the request's words, else the last column, take it
            taker = CaseTableModel.COL_SUMMARY if CaseTableModel.COL_SUMMARY in widths else None
            if taker is None and visible:
                taker = header.logicalIndex(max(header.visualIndex(c) for c in visible))
            if taker is not None:
                widths[taker] -= excess
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _floor(self, column: int, sample: str, metrics) -> int:
        if column == CaseTableModel.COL_DEADLINE:  # "99일 남음" and the badge's icon
            sample = self.model.tr("{0} days left · {1}").format(99, "").rstrip(" ·")
            return metrics.horizontalAdvance(sample) + 40
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        # The column's title stays readable too (at most its first four letters).
        return max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(str(title)[:4])) + 16

    def _save_layout(self) -> None:
        preferences.put("cases/header", self.table.horizontalHeader().saveState())
        if self._collapsed_split is None:  # a folded pane is not the user's split
            preferences.put("cases/splitter", self.splitter.saveState())
