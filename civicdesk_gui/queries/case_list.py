"""The case list: filters, saved views, sorted keyset pages and counts, all in SQL.

Portable across SQLite and PostgreSQL. Lists of 1,000,000 cases are read a page at a time with keyset
paging ("after the last row seen") rather than OFFSET, so the last page costs what the first does.

When a clock is running (DOMAIN.md §1, domain/clocks.py): the promise and statutory clocks until the
resident is told the result (`result_at`; a receipt notice does not stop them, 법 제27조); the
monthly-update clock while `update_due_at` is set (the actions
clear it when a case closes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import peewee as pw

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.masking import PersonalDataPolicy
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS, STATUSES
from civicdesk_gui.queries.letters import awaiting_letter_condition  # a standing letter, not a reply
from civicdesk_gui.queries.page_plan import read_page
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.list_indexes import next_due_expression, running_due, state_expression
from civicdesk_gui.store.models import (
    Case,
    CaseEvent,
    CaseMonthFigures,
    Category,
    Channel,
    Department,
    Official,
    Town,
    User,
)
from civicdesk_gui.store.search import scans_every_case, search_condition
from civicdesk_gui.store.tallies import read_tallies, touched_name

PAGE_SIZE = 200
COUNT_CAP = 1000  # a search that reads every case is counted this far at once (count_cases_capped)
OVERDUE_CLOCKS = ("promise", "statutory", "monthly_update", "any")
# Sorts on nullable values map NULL to a value (COALESCE) so that keyset comparisons and NULL order
# agree on both backends (SQLite sorts NULL first, PostgreSQL last).


@dataclass(frozen=True)
class Figure:
    """A figure of the briefing or a report as a filter: exactly the cases behind it.

    `name` (and `detail`) say which figure (queries/figures.py lists them); a figure about cases
    received in a period takes the period from the filter's received dates and channel, while one about
    something else — cases closed in a week, surveys taken in a month, suggestions raised at the
    sessions held in a month — carries its own dates in `start`/`end` (inclusive).
    """

    name: str
    detail: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class CaseFilter:
    """What the coordinator asked to see. Empty fields do not filter."""

    states: tuple[str, ...] = ()  # status (received/routed/in_review) or classification codes
    channel: str | None = None  # channel code
    category: str | None = None  # category code
    department_id: int | None = None
    official_id: int | None = None
    town_id: int | None = None
    overdue: str | None = None  # one of OVERDUE_CLOCKS
    due_today: bool = False
    received_from: dt.date | None = None
    received_to: dt.date | None = None  # inclusive
    session_id: int | None = None
    search: str = ""
    view: str = "all"  # a SAVED_VIEWS key
    actor_id: int | None = None  # whose "my cases"
    figure: Figure | None = None  # a briefing figure: the cases behind it (queries/figures.py)

    def with_view(self, view: str) -> CaseFilter:
        return replace(self, view=view)


SAVED_VIEWS = (
    "all",
    "mine",
    "overdue",
    "due_today",
    "awaiting_reply",
    "awaiting_letter",
    "management_list",
    "referred",
)


@dataclass(frozen=True)
class CaseSort:
    column: str = "received"  # a SORT_COLUMNS key
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    received_at: dt.datetime
    channel: str  # code
    category: str | None  # code
    town: str
    summary: str
    department: str
    official: str
    status: str
    classification: str | None
    next_due_at: dt.datetime | None
    next_clock: str | None  # promise | statutory | monthly_update
    sort_key: tuple[Any, int] = field(compare=False, default=(None, 0))
    text: str = ""  # the resident's whole words: read for exports only (iterate_rows(with_text=True))
    department_id: int | None = None  # whose case it is: an official sees personal data of their own

    @property
    def state(self) -> str:
        return workflow.state_of(self.status, self.classification)


# ------------------------------------------------------------------------------------ conditions


def _today_bounds(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(now.date(), dt.time())
    return start, start + dt.timedelta(days=1)


def _running(clock: str) -> tuple[pw.Field, pw.Node]:
    return running_due(clock)


def _any(conditions: list[pw.Node]) -> pw.Node:
    result = conditions[0]
    for extra in conditions[1:]:
        result = result | extra
    return result


def overdue_condition(clock: str, now: dt.datetime) -> pw.Node:
    if clock == "any":
        return _any([overdue_condition(c, now) for c in OVERDUE_CLOCKS if c != "any"])
    due, running = _running(clock)
    return (due < now) & running


def due_today_condition(now: dt.datetime) -> pw.Node:
    """A running clock falls due later today and none has passed yet: a case already late on
    another clock belongs to Overdue, and its badge says so; here every badge reads "due today".
    That is: the nearest running clock falls due between now and the end of today — one range of
    the `case_next_due` index (store/list_indexes.py)."""
    _, end = _today_bounds(now)
    return _next_due().between(now, end - dt.timedelta(seconds=1))


def overdue_any_parts(now: dt.datetime) -> list[pw.Node]:
    """Overdue on any clock, as two disjoint parts each read from a small partial index: the unanswered
    cases late on any clock, and the answered ones late on the monthly update (the promise and the
    statute only run until the reply). Together exactly overdue_condition("any")."""
    unanswered = Case.result_at.is_null()  # not yet told the result: promise and statute still run
    return [
        unanswered & overdue_condition("any", now),
        ~unanswered & overdue_condition("monthly_update", now),
    ]


def overdue_count(now: dt.datetime) -> int:
    """The "overdue" view's count, each part from its covering partial index (store/figure_indexes.py)
    without reading a case row. Withdrawing a case stops every clock (actions/cases.withdraw_case
    clears its due times), so no withdrawn case is overdue and the parts need no status."""
    return sum(Case.select().where(part).count() for part in overdue_any_parts(now))


def _next_due() -> pw.Node:
    return next_due_expression(postgres=is_postgres())


def user_id_for_login(login: str) -> int | None:
    """The user whose "my cases" a script asks for (None: nobody of that login has acted yet)."""
    user = User.get_or_none(User.login == login)
    return user.id if user is not None else None


def my_cases_condition(actor_id: int, *, case_by_case: bool = False) -> pw.Node:
    """ "My cases": assigned to my official record, or to my department when I am not an official,
    or any case I have acted on (intake, routing, notes... — every action leaves a history event).

    Acted on: my history's cases gathered first (IN), or with `case_by_case` each case looked up in
    its own history (EXISTS), which is what a walk of the list's order wants (see _acted_on_many)."""
    user = User.get_or_none(User.id == actor_id)
    if case_by_case:
        history = CaseEvent.select(CaseEvent.id).where(
            (CaseEvent.case == Case.id) & (CaseEvent.actor == actor_id)
        )
        touched = pw.fn.EXISTS(history)
    else:
        touched = Case.id.in_(CaseEvent.select(CaseEvent.case).where(CaseEvent.actor == actor_id))
    parts = [touched]
    if user is not None and user.official_id is not None:
        parts.append(Case.official == user.official_id)
    elif user is not None and user.department_id is not None:
        parts.append(Case.department == user.department_id)
    return _any(parts)


def _acted_on_many(actor_id: int) -> bool:
    """Whether I have acted on so many cases that a page of "my cases" is found by walking the
    list's order and looking each case up in its history. Listed first, a coordinator's history at a
    million cases (a quarter of a million cases acted on, two million events) went into a temporary
    list before the walk's first row on SQLite (1.5 s a page), and on PostgreSQL, whose planner
    cannot join a subquery under OR, it was searched through for every case walked (no page in five
    minutes); looked up case by case: 13 and 15 ms. For a user who acted on a few thousand cases the
    list is the quicker (PostgreSQL hashes it: 20 ms against 0.5 s), hence the walk's own test
    (_matches_many) on the cases acted on."""
    tallied = read_tallies(database_proxy.obj)
    touched = tallied.get((touched_name(actor_id), False), 0) + tallied.get((touched_name(actor_id), True), 0)
    return touched * touched * 6 >= PAGE_SIZE * max(1, tallied.get(("cases", False), 0))


def view_condition(view: str, *, actor_id: int | None, now: dt.datetime) -> pw.Node | None:
    if view == "all":
        return None
    if view == "mine":
        if actor_id is None:
            return Case.id.is_null()
        return my_cases_condition(actor_id, case_by_case=_acted_on_many(actor_id))
    if view == "overdue":
        return overdue_condition("any", now)
    if view == "due_today":
        return due_today_condition(now)
    if view == "awaiting_reply":
        # The resident has heard nothing yet; gratitude that was only acknowledged owes no reply.
        return Case.first_reply_at.is_null() & (
            Case.classification.is_null() | (Case.classification != "acknowledged")
        )
    if view == "awaiting_letter":
        return awaiting_letter_condition()
    if view == "management_list":
        return Case.classification.in_(sorted(workflow.MANAGEMENT_LIST_OUTCOMES)) & (
            Case.next_review_on <= now.date()
        )
    if view == "referred":
        return Case.classification == "referred"
    raise ValueError(f"unknown saved view {view!r}")


def working_condition() -> pw.Node:
    """Cases the office works on and counts: all but the withdrawn."""
    return Case.status != workflow.WITHDRAWN


def _state_condition(states: tuple[str, ...]) -> pw.Node:
    statuses = [s for s in states if s in STATUSES and s != "classified"]
    outcomes = [s for s in states if s in CLASSIFICATIONS]
    parts = []
    if statuses:
        parts.append(Case.status.in_(statuses))
    if outcomes:
        parts.append((Case.status == "classified") & Case.classification.in_(outcomes))
    if not parts:
        raise ValueError(f"unknown states {states!r}")
    return _any(parts)


def filter_conditions(case_filter: CaseFilter, now: dt.datetime) -> list[pw.Node]:
    f = case_filter
    conditions: list[pw.Node] = []
    if workflow.WITHDRAWN not in f.states:
        # A withdrawn case (entered by mistake) is out of every working view; the state filter
        # "withdrawn" brings it back into the "all" view.
        conditions.append(working_condition())
    view = view_condition(f.view, actor_id=f.actor_id, now=now)
    if view is not None:
        conditions.append(view)
    if f.states:
        conditions.append(_state_condition(f.states))
    if f.channel:
        conditions.append(Case.channel == Channel.select(Channel.id).where(Channel.code == f.channel))
    if f.category:
        conditions.append(Case.category == Category.select(Category.id).where(Category.code == f.category))
    if f.department_id is not None:
        conditions.append(Case.department == f.department_id)
    if f.official_id is not None:
        conditions.append(Case.official == f.official_id)
    if f.town_id is not None:
        conditions.append(Case.town == f.town_id)
    if f.overdue:
        conditions.append(overdue_condition(f.overdue, now))
    if f.due_today:
        conditions.append(due_today_condition(now))
    if f.received_from is not None:
        conditions.append(Case.received_at >= dt.datetime.combine(f.received_from, dt.time()))
    if f.received_to is not None:
        conditions.append(
            Case.received_at < dt.datetime.combine(f.received_to + dt.timedelta(days=1), dt.time())
        )
    if f.session_id is not None:
        conditions.append(Case.session == f.session_id)
    searched = search_condition(f.search)
    if searched is not None:
        conditions.append(searched)
    if f.figure is not None:
        # Imported here: the figures are built from this module's conditions (overdue, views).
        from civicdesk_gui.queries.figures import figure_condition

        condition = figure_condition(f.figure, now)
        if condition is not None:
            conditions.append(condition)
    return conditions


def _where(query: pw.Query, conditions: list[pw.Node]) -> pw.Query:
    return query.where(*conditions) if conditions else query


# ------------------------------------------------------------------------------------ sorting


# Columns whose sort key may be NULL (no town, no department yet...): NULL sorts as the smallest.
_NULLABLE_SORTS = frozenset({"category", "town", "department", "official"})


def _sort_expression(column: str) -> pw.Node:
    """What each column sorts by. Reference columns sort by their id, which is the reference
    order (org chart for departments, administrative order for towns, channel and category order
    as seeded): grouped the way the office lists them, and served by the foreign-key indexes
    instead of sorting a million rows by joined names (about 1 s each)."""
    if column == "received":
        return Case.received_at
    if column == "number":
        return Case.number
    if column == "channel":
        return Case.channel
    if column == "category":
        return Case.category
    if column == "town":
        return Case.town
    if column == "summary":
        return Case.summary
    if column == "department":
        return Case.department
    if column == "official":
        return Case.official
    if column == "state":
        return state_expression()  # expression-indexed (store/list_indexes.py)
    if column == "deadline":
        return next_due_expression(postgres=is_postgres())  # expression-indexed
    raise ValueError(f"unknown sort column {column!r}")


def _after(key: pw.Node, last_value: Any, last_id: int, *, descending: bool, nullable: bool) -> pw.Node:
    """Rows after (last_value, last_id) in the sort order; NULL keys count as the smallest."""
    if not nullable:
        # Row-value comparison (SQLite >= 3.15, PostgreSQL): the id breaks ties, same direction.
        pair, bound = pw.Tuple(key, Case.id), pw.Tuple(pw.Value(last_value, unpack=False), last_id)
        return pair < bound if descending else pair > bound
    if last_value is None:
        if descending:  # NULLs come last: only the remaining NULL rows
            return key.is_null() & (Case.id < last_id)
        return (key.is_null() & (Case.id > last_id)) | key.is_null(False)
    if descending:
        return (key < last_value) | ((key == last_value) & (Case.id < last_id)) | key.is_null()
    return (key > last_value) | ((key == last_value) & (Case.id > last_id))


SORT_COLUMNS = (
    "received",
    "number",
    "channel",
    "category",
    "town",
    "summary",
    "department",
    "official",
    "state",
    "deadline",
)


def _joined(query: pw.Query) -> pw.Query:
    return (
        query.join_from(Case, Channel)
        .join_from(Case, Category, pw.JOIN.LEFT_OUTER)
        .join_from(Case, Town, pw.JOIN.LEFT_OUTER)
        .join_from(Case, Department, pw.JOIN.LEFT_OUTER)
        .join_from(Case, Official, pw.JOIN.LEFT_OUTER)
    )


# ------------------------------------------------------------------------------------ reading


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now().replace(microsecond=0)


# Saved views whose count is a tally kept by the database (store/tallies.py): not withdrawn.
TALLIED_VIEWS = {
    "all": "cases",
    "awaiting_reply": "awaiting_reply",
    "awaiting_letter": "awaiting_letter",
    "referred": "referred",
}


def count_cases(case_filter: CaseFilter, *, now: dt.datetime | None = None) -> int:
    """How many cases the filter lists (the status bar): a saved view alone is read from its tally
    or counted as one index range (saved_view_counts); anything else is counted."""
    alone = case_filter == CaseFilter(view=case_filter.view, actor_id=case_filter.actor_id)
    if alone and case_filter.view in TALLIED_VIEWS:
        return read_tallies(database_proxy.obj)[(TALLIED_VIEWS[case_filter.view], False)]
    if alone and case_filter.view == "overdue":
        return overdue_count(_now(now))
    if alone and case_filter.view == "mine" and case_filter.actor_id is not None:
        return my_cases_count(case_filter.actor_id, read_tallies(database_proxy.obj))
    return count_query(case_filter, now=now).scalar()


@dataclass(frozen=True)
class CaseCount:
    """A count for the status bar: exact, or (exact False) at least `value` — "1,000+", never a
    number that only looks exact."""

    value: int
    exact: bool = True


def count_cases_capped(
    case_filter: CaseFilter, *, now: dt.datetime | None = None, cap: int = COUNT_CAP
) -> CaseCount:
    """The status bar's count. A search with a word the trigram index cannot serve (1-2 characters,
    store/search.py) is found by reading the cases one by one; counting all of them on a million
    cases takes about a second, so it is counted up to `cap` matches: a common word stops there at
    once ("1,000+", the exact count_cases on demand), a rare one is counted exactly."""
    if not case_filter.search or not scans_every_case(case_filter.search):
        return CaseCount(count_cases(case_filter, now=now))
    matching = _where(Case.select(pw.SQL("1")), filter_conditions(case_filter, _now(now))).limit(cap + 1)
    query = pw.Select(from_list=[matching.alias("capped")], columns=[pw.fn.COUNT(pw.SQL("*"))])
    found = database_proxy.obj.execute(query).fetchone()[0]
    return CaseCount(cap, exact=False) if found > cap else CaseCount(found)


def my_cases_count(actor_id: int, tallied: dict[tuple[str, bool], int]) -> int:
    """The "my cases" view's count: the cases I acted on (a tally, store/tallies.py), plus those
    assigned to me (my_cases_condition) that I have not acted on.

    The assigned cases are counted from the kept month figures (store/month_figures.py), a few
    thousand rows whatever the office's size. Those of them I acted on are then counted from the
    side that is smaller: my own history's cases, each looked up for its assignment, or (when I
    acted on more cases than are assigned to me) the assigned cases, each looked up in the history.
    Counting the assigned cases one by one took 1.6 s for a department of 200,000 cases."""
    touched = tallied.get((touched_name(actor_id), False), 0)
    user = User.get_or_none(User.id == actor_id)
    if user is not None and user.official_id is not None:
        assigned, kept_column, owner = Case.official, CaseMonthFigures.official_id, user.official_id
    elif user is not None and user.department_id is not None:
        assigned, kept_column, owner = Case.department, CaseMonthFigures.department_id, user.department_id
    else:
        return touched
    assigned_working = int(
        CaseMonthFigures.select(pw.fn.COALESCE(pw.fn.SUM(CaseMonthFigures.cases), 0))
        .where(kept_column == owner, CaseMonthFigures.status != workflow.WITHDRAWN)
        .scalar()
    )
    touched_anywhere = touched + tallied.get((touched_name(actor_id), True), 0)
    if touched_anywhere <= assigned_working:
        mine = CaseEvent.select(CaseEvent.case).where(CaseEvent.actor == actor_id)
        both = Case.select().where(Case.id.in_(mine), working_condition(), assigned == owner).count()
        return touched + assigned_working - both
    mine = CaseEvent.select(CaseEvent.id).where((CaseEvent.case == Case.id) & (CaseEvent.actor == actor_id))
    return touched + Case.select().where(working_condition(), assigned == owner, ~pw.fn.EXISTS(mine)).count()


def page_query(
    case_filter: CaseFilter,
    sort: CaseSort = CaseSort(),
    *,
    after: tuple[Any, int] | None = None,
    limit: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> pw.Query:
    """The SELECT behind fetch_page (benchmarks run the very same SQL through a bare cursor)."""
    now = _now(now)
    key = _sort_expression(sort.column)
    conditions = filter_conditions(case_filter, now)
    if after is not None:
        last_value, last_id = after
        nullable = sort.column in _NULLABLE_SORTS
        conditions.append(_after(key, last_value, last_id, descending=sort.descending, nullable=nullable))
    query = Case.select(
        Case.id,
        Case.number,
        Case.received_at,
        Channel.code,
        Category.code,
        Town.name,
        Case.summary,
        Department.name,
        Official.name,
        Case.status,
        Case.classification,
        Case.promise_due_at,
        Case.statutory_due_at,
        Case.update_due_at,
        Case.result_at,  # the promise and statutory clocks run until the result (store/list_indexes.py)
        Case.closed_at,
        Case.department,
        key.alias("sort_value"),
    )
    query = _where(_joined(query), conditions)
    # NULLS FIRST/LAST only where NULLs occur: on the others it would stop PostgreSQL from
    # reading the (ASC NULLS LAST) index in order.
    nulls = sort.column in _NULLABLE_SORTS
    if sort.descending:
        order = (key.desc(nulls="LAST" if nulls else None), Case.id.desc())
    else:
        order = (key.asc(nulls="FIRST" if nulls else None), Case.id.asc())
    return query.order_by(*order).limit(limit)


def fetch_page(
    case_filter: CaseFilter,
    sort: CaseSort = CaseSort(),
    *,
    after: tuple[Any, int] | None = None,
    limit: int = PAGE_SIZE,
    now: dt.datetime | None = None,
    privacy: PersonalDataPolicy | None = None,
) -> list[CaseRow]:
    """Up to `limit` rows in `sort` order, starting after the row whose `sort_key` is `after`, masked
    for `privacy`'s reader (see `masked`)."""
    query = page_query(case_filter, sort, after=after, limit=limit, now=now)
    # Raw cursor rows: Peewee's per-field converters cost more than the query itself on a 200-row
    # page; the few datetime columns are parsed below (SQLite stores ISO text, psycopg gives datetimes).
    # On SQLite a deadline filter's page is walked in the sort order when that is quicker (page_plan).
    sql, params = query.sql()
    rows = read_page(database_proxy.obj, sql, params, many_match=_matches_many(case_filter, now))
    return [masked(_row(values), privacy) for values in rows]


def _matches_many(case_filter: CaseFilter, now: dt.datetime | None) -> bool:
    """Whether a saved view alone, whose count is kept, holds so many cases that walking the sort
    order beats gathering them: SQLite's planner takes a view's condition for selective and gathered
    and sorted all of a quarter of a million cases awaiting a letter (1.3 s at a million; walked, 6 ms).
    Walking reads about total / matches × a page of cases, each about a sixth of the cost of one
    gathered and sorted (measured at a million: "referred", 12,000 cases, 16 ms walked, 79 ms gathered)."""
    if is_postgres() or case_filter.view not in (*TALLIED_VIEWS, "mine") or case_filter.view == "all":
        return False
    if case_filter != CaseFilter(view=case_filter.view, actor_id=case_filter.actor_id):
        return False
    tallied = read_tallies(database_proxy.obj)
    total = tallied.get(("cases", False), 0)
    if case_filter.view == "mine" and case_filter.actor_id is not None:
        # The cases I acted on are some of mine: when they alone are many, no need to count the rest.
        touched = tallied.get((touched_name(case_filter.actor_id), False), 0)
        if touched * touched * 6 >= PAGE_SIZE * total:
            return True
    matches = count_cases(case_filter, now=now)
    return matches * matches * 6 >= PAGE_SIZE * total


def count_query(case_filter: CaseFilter, *, now: dt.datetime | None = None) -> pw.Query:
    return _where(Case.select(pw.fn.COUNT(Case.id)), filter_conditions(case_filter, _now(now)))


def _datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def _nearest_running(
    promise, statutory, update, first_reply, closed
) -> tuple[dt.datetime | None, str | None]:
    """clocks.nearest() for one row, without building ClockReading objects (200 rows a page)."""
    candidates = []
    if first_reply is None:
        if promise is not None:
            candidates.append((promise, 0, "promise"))
        if statutory is not None:
            candidates.append((statutory, 1, "statutory"))
    if closed is None and update is not None:
        candidates.append((update, 2, "monthly_update"))
    if not candidates:
        return None, None
    due, _order, clock = min(candidates)
    return due, clock


def _row(values: tuple) -> CaseRow:
    (case_id, number, received, channel, category, town, summary, department, official, status,
     classification, promise, statutory, update, first_reply, closed, department_id,
     sort_value) = values  # fmt: skip
    received, promise, statutory, update, first_reply, closed = (
        _datetime(v) for v in (received, promise, statutory, update, first_reply, closed)
    )
    next_due, next_clock = _nearest_running(promise, statutory, update, first_reply, closed)
    return CaseRow(
        id=case_id,
        number=number,
        received_at=received,
        channel=channel,
        category=category,
        town=town or "",
        summary=summary,
        department=department or "",
        official=official or "",
        status=status,
        classification=classification,
        next_due_at=next_due,
        next_clock=next_clock,
        sort_key=(sort_value, case_id),
        department_id=department_id,
    )


def masked(row: CaseRow, privacy: PersonalDataPolicy | None) -> CaseRow:
    """The row as `privacy`'s reader may see it: phone numbers in the summary and text masked unless the
    reader may see this case's personal data, resident registration numbers masked for everyone.
    None: as stored (for the office's own counts and checks, never for a screen or a file)."""
    if privacy is None:
        return row
    return replace(
        row,
        summary=privacy.text(row.summary, row.department_id),
        text=privacy.text(row.text, row.department_id),
    )


def iterate_rows(
    case_filter: CaseFilter,
    sort: CaseSort = CaseSort(),
    *,
    page_size: int = 1000,
    now: dt.datetime | None = None,
    with_text: bool = False,
    privacy: PersonalDataPolicy | None = None,
) -> Iterator[CaseRow]:
    """Every row of the view in order, a keyset page at a time (exports). `with_text` adds each
    case's whole text, read by id for the page (the list itself never carries it)."""
    now = _now(now)
    after = None
    while True:
        page = fetch_page(case_filter, sort, after=after, limit=page_size, now=now)
        if with_text and page:
            texts = dict(Case.select(Case.id, Case.text).where(Case.id.in_([r.id for r in page])).tuples())
            page = [replace(row, text=texts.get(row.id, "")) for row in page]
        yield from (masked(row, privacy) for row in page)
        if len(page) < page_size:
            return
        after = page[-1].sort_key


def saved_view_counts(actor: Actor, *, now: dt.datetime | None = None) -> dict[str, int]:
    """How many cases each saved view holds, for the sidebar."""
    now = _now(now)
    tallied = read_tallies(database_proxy.obj)
    counts = {}
    for view in SAVED_VIEWS:
        if view in TALLIED_VIEWS:
            counts[view] = tallied[(TALLIED_VIEWS[view], False)]
            continue
        if view == "mine":
            counts[view] = my_cases_count(actor.id, tallied)
            continue
        if view == "overdue":
            counts[view] = overdue_count(now)
            continue
        condition = view_condition(view, actor_id=actor.id, now=now)
        conditions = [working_condition()] + ([condition] if condition is not None else [])
        counts[view] = _where(Case.select(), conditions).count()
    return counts
