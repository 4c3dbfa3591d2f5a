"""The case list as a Qt model: rows come from SQL a page at a time, in the background.

Filtering, sorting and counting happen in SQL (queries/case_list.py); this model only holds the pages
fetched so far. A new filter or sort resets the model and starts over; scrolling to the bottom asks
for the next keyset page. Nothing here runs a query on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from civicdesk_gui.domain.masking import NOBODY, PersonalDataPolicy
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLOCKS, label
from civicdesk_gui.domain.workflow import state_label
from civicdesk_gui.queries.case_list import (
    COUNT_CAP,
    PAGE_SIZE,
    CaseCount,
    CaseFilter,
    CaseRow,
    CaseSort,
    count_cases,
    count_cases_capped,
    fetch_page,
)
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import language as interface_language

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: a flat table has no parents
SOON = dt.timedelta(hours=48)
OVERDUE_COLOUR = "#b71c1c"


def first_line(text: str) -> str:
    """The request's first line (the whole text is in the tooltip)."""
    text = (text or "").strip()
    return text.split("\n", 1)[0].strip()


class CaseTableModel(QAbstractTableModel):
    COL_NUMBER, COL_RECEIVED, COL_CHANNEL, COL_CATEGORY, COL_TOWN = range(5)
    COL_SUMMARY, COL_DEPARTMENT, COL_OFFICIAL, COL_STATE, COL_DEADLINE = range(5, 10)
    COLUMN_COUNT = 10
    # The SQL sort behind each column (queries.case_list.SORT_COLUMNS).
    SORT_BY_COLUMN = (
        "number",
        "received",
        "channel",
        "category",
        "town",
        "summary",
        "department",
        "official",
        "state",
        "deadline",
    )

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    SortKeyRole = Qt.ItemDataRole.UserRole + 2
    DueAtRole = Qt.ItemDataRole.UserRole + 3

    total_changed = Signal(int)  # cases matching the filter (-1 while counting; see at_least)
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows now held
    load_failed = Signal(object, str)

    def __init__(
        self,
        parent=None,
        *,
        page_size: int = PAGE_SIZE,
        clock: Callable[[], dt.datetime] | None = None,
        privacy: PersonalDataPolicy = NOBODY,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.privacy = privacy  # whose eyes: phone numbers in summaries masked unless they may see them
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self._language = interface_language()
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self._rows: list[CaseRow] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._now = self._clock()
        self._total = -1
        self._at_least: int | None = None
        self.count_cap = COUNT_CAP
        self._count_job: Job | None = None
        self._count_pending = False
        self._page_job: Job | None = None
        self._icons: dict[str, object] = {}

    # ------------------------------------------------------------------------------- queries

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def case_sort(self) -> CaseSort:
        return self._sort

    @property
    def query_time(self) -> dt.datetime:
        """The "now" the current rows were read against (exports of the view use the same)."""
        return self._now

    @property
    def total(self) -> int:
        """The exact number of matching cases; -1 while counting or when only a lower bound is known."""
        return self._total

    @property
    def at_least(self) -> int | None:
        """A search that reads every case is counted up to a cap at first (queries.case_list.
        count_cases_capped): then at least this many match (the bar says "1,000+"); None otherwise."""
        return self._at_least

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, case_filter: CaseFilter, sort: CaseSort | None = None) -> None:
        """Show the cases matching `case_filter` (counted and fetched in SQL, in the background)."""
        self._filter = case_filter
        if sort is not None:
            self._sort = sort
        self.reload()

    def reload(self) -> None:
        for job in (self._page_job, self._count_job):
            if job is not None:
                job.cancel()
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._exhausted = False
        self._loading = False
        self._now = self._clock()
        self._total = -1
        self._at_least = None
        self.endResetModel()
        self.total_changed.emit(-1)
        # Rows first, then the count: run together they compete for the two cores and the GIL,
        # and the rows are what the user waits for.
        self._count_pending = True
        self._start_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(self._filter, CaseSort(self.SORT_BY_COLUMN[column], descending))

    def _start_count(self, *, exactly: bool = False) -> None:
        generation, case_filter, now, cap = self._generation, self._filter, self._now, self.count_cap

        def done(found: CaseCount) -> None:
            if generation == self._generation:
                self._total = found.value if found.exact else -1
                self._at_least = None if found.exact else found.value
                self.total_changed.emit(self._total)

        def count(_job: Job) -> CaseCount:
            if exactly:
                return CaseCount(count_cases(case_filter, now=now))
            return count_cases_capped(case_filter, now=now, cap=cap)

        self._count_job = run_in_background(count, on_done=done, on_error=self._failed(generation))

    def count_exactly(self) -> None:
        """Count every match of a search that was counted only up to its cap (the user asked)."""
        if self._at_least is None:
            return
        if self._count_job is not None:
            self._count_job.cancel()
        self._at_least = None
        self.total_changed.emit(-1)
        self._start_count(exactly=True)

    def _start_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._set_loading(True)
        generation, case_filter, sort, now = self._generation, self._filter, self._sort, self._now
        after = self._rows[-1].sort_key if self._rows else None
        limit, privacy = self.page_size, self.privacy

        def done(page: list[CaseRow]) -> None:
            if generation != self._generation:
                return
            self._exhausted = len(page) < limit
            if page:
                # Still "loading" while inserting: views and testers call fetchMore from the
                # insert signals, and must not ask for a page after a row not yet appended.
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            self._set_loading(False)
            self.page_loaded.emit(len(self._rows))
            if self._count_pending:
                self._count_pending = False
                self._start_count()

        self._page_job = run_in_background(
            lambda job: fetch_page(case_filter, sort, after=after, limit=limit, now=now, privacy=privacy),
            on_done=done,
            on_error=self._failed(generation),
        )

    def _failed(self, generation: int):
        def failed(exc: Exception, tb: str) -> None:
            if generation == self._generation:
                self._exhausted = True
                self._set_loading(False)
                self.load_failed.emit(exc, tb)

        return failed

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:  # noqa: N802 (Qt name)
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:  # noqa: N802
        if not parent.isValid():
            self._start_page()

    # ------------------------------------------------------------------------------- rows

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == case_id:
                return i
        return None

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Category"),
            self.tr("Town"),
            self.tr("Summary"),
            self.tr("Department"),
            self.tr("Official"),
            self.tr("Status"),
            self.tr("Next deadline"),
        ]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.CaseIdRole:
            return row.id
        if role == self.SortKeyRole:
            return str(row.sort_key[0])
        if role == self.DueAtRole:
            return row.next_due_at
        if column == self.COL_DEADLINE:
            return self._deadline_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SUMMARY:
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_DEPARTMENT, self.COL_STATE):
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_NUMBER, self.COL_RECEIVED):
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        language = self._language
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_RECEIVED:
            return row.received_at.strftime("%Y-%m-%d %H:%M") if row.received_at else ""
        if column == self.COL_CHANNEL:
            return label(CHANNELS, row.channel, language)
        if column == self.COL_CATEGORY:
            return label(CATEGORIES, row.category, language)
        if column == self.COL_TOWN:
            return row.town
        if column == self.COL_SUMMARY:
            return first_line(row.summary)
        if column == self.COL_DEPARTMENT:
            return ref_name(row.department)
        if column == self.COL_OFFICIAL:
            return row.official
        if column == self.COL_STATE:
            return state_label(row.state, language)
        return self.deadline_text(row)

    # ------------------------------------------------------------------------------- deadline badge

    def deadline_kind(self, row: CaseRow) -> str | None:
        """overdue / due_today / due_soon / on_time: the badge's icon, never its only signal."""
        if row.next_due_at is None:
            return None
        left = row.next_due_at - self._now
        if left < dt.timedelta(0):
            return "overdue"
        if row.next_due_at.date() == self._now.date():
            return "due_today"
        if left <= SOON:
            return "due_soon"
        return "on_time"

    def clock_word(self, clock: str | None) -> str:
        """The clock in one word, for the badge (the full name is in its tooltip)."""
        words = {
            "promise": self.tr("Reply"),
            "statutory": self.tr("Statutory"),
            "monthly_update": self.tr("Update"),
        }
        return words.get(clock or "", label(CLOCKS, clock, self._language))

    def deadline_text(self, row: CaseRow) -> str:
        """Short enough to read whole in a narrow column: "Overdue · Reply", "8 h left · Reply"."""
        kind = self.deadline_kind(row)
        if kind is None or row.next_due_at is None:
            return ""
        clock = self.clock_word(row.next_clock)
        left = row.next_due_at - self._now
        if kind == "overdue":
            return self.tr("Overdue · {0}").format(clock)
        hours = max(1, int(left.total_seconds() // 3600))
        if kind == "due_today":
            return self.tr("Today, {0} h left · {1}").format(hours, clock)
        if kind == "due_soon":
            return self.tr("{0} h left · {1}").format(hours, clock)
        return self.tr("{0} days left · {1}").format(left.days, clock)

    def _deadline_data(self, row: CaseRow, role: int):
        kind = self.deadline_kind(row)
        if kind is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if kind not in self._icons:
                colour = OVERDUE_COLOUR if kind == "overdue" else icons.COLOR
                self._icons[kind] = icons.icon(kind, color=colour)
            return self._icons[kind]
        if role == Qt.ItemDataRole.ForegroundRole and kind == "overdue":
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and row.next_due_at is not None:
            clock = label(CLOCKS, row.next_clock, self._language)
            return self.tr("{0}: due {1}").format(clock, row.next_due_at.strftime("%Y-%m-%d %H:%M"))
        return None
