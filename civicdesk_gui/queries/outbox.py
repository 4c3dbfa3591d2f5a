"""The read side of the reply outbox: the lists the outbox screen shows, a case's messages (who was
told what and when), the residents linked to a case, and the places register. No writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain.outbox import cp949_size, reference_of
from civicdesk_gui.store.models import Case, Department, OutboxMessage, Place, Topic, Town

# What each view of the outbox screen lists.
VIEWS: dict[str, tuple[str, ...]] = {
    "drafts": ("draft",),
    "pending": ("approved",),
    "handed_over": ("handed_over",),
    "failed": ("failed",),
    "done": ("delivered", "retried", "phoned", "done"),
}


@dataclass(frozen=True)
class OutboxRow:
    id: int
    reference: str
    case_id: int
    case_number: str
    method: str
    purpose: str
    recipient_name: str
    recipient_phone: str
    message: str
    size: int
    size_kind: str
    state: str
    batch: str
    created_at: dt.datetime
    handed_over_at: dt.datetime | None
    settled_at: dt.datetime | None
    failure_reason: str


def _rows(query) -> list[OutboxRow]:
    rows = []
    for m in query:
        size = cp949_size(m.message)
        rows.append(
            OutboxRow(
                m.id,
                reference_of(m.id),
                m.case_id,
                m.case.number,
                m.method,
                m.purpose,
                m.recipient_name,
                m.recipient_phone,
                m.message,
                size.size,
                size.kind,
                m.state,
                m.batch,
                m.created_at,
                m.handed_over_at,
                m.settled_at,
                m.failure_reason,
            )
        )
    return rows


def outbox_rows(view: str = "pending", *, limit: int = 5000) -> list[OutboxRow]:
    states = VIEWS[view]
    query = (
        OutboxMessage.select(OutboxMessage, Case.id, Case.number)
        .join(Case)
        .where(OutboxMessage.state.in_(states))
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    return _rows(query)


def outbox_counts() -> dict[str, int]:
    counted = dict(
        OutboxMessage.select(OutboxMessage.state, pw.fn.COUNT(OutboxMessage.id))
        .group_by(OutboxMessage.state)
        .tuples()
    )
    return {view: sum(counted.get(s, 0) for s in states) for view, states in VIEWS.items()}


def case_messages(case_id: int) -> list[OutboxRow]:
    """Who was told what and when, for one case (its detail pane)."""
    query = (
        OutboxMessage.select(OutboxMessage, Case.id, Case.number)
        .join(Case)
        .where(OutboxMessage.case == case_id)
        .order_by(OutboxMessage.id)
    )
    return _rows(query)


def batch_message_ids(batch: str, state: str = "draft") -> list[int]:
    return [
        m.id
        for m in OutboxMessage.select(OutboxMessage.id)
        .where((OutboxMessage.batch == batch) & (OutboxMessage.state == state))
        .order_by(OutboxMessage.id)
    ]


MAX_LINKED = 500  # a merged group larger than this is a data error, not a group of residents


def linked_case_ids(case_id: int) -> list[int]:
    """The case and every case linked to it as one matter: its original (following duplicate_of up)
    and every duplicate of the group, however deep (merged duplicates, the same suggestion raised by
    several people at a session, a referral's group). The original first, then by id."""
    root = Case.get_or_none(Case.id == case_id)
    if root is None:
        return []
    seen = {root.id}
    while root.duplicate_of_id is not None and root.duplicate_of_id not in seen:
        seen.add(root.duplicate_of_id)
        parent = Case.get_or_none(Case.id == root.duplicate_of_id)
        if parent is None:
            break
        root = parent
    group = [root.id]
    frontier = [root.id]
    while frontier and len(group) < MAX_LINKED:
        children = [
            c.id
            for c in Case.select(Case.id).where(Case.duplicate_of.in_(frontier)).order_by(Case.id)
            if c.id not in group
        ]
        group.extend(children)
        frontier = children
    return group[:MAX_LINKED]


@dataclass(frozen=True)
class PlaceRow:
    id: int
    code: str
    name: str
    kind: str
    town: str
    address: str
    topic: str
    department: str
    active: bool
    town_id: int | None
    topic_id: int | None
    department_id: int | None
    messages: int


def places(*, active_only: bool = False) -> list[PlaceRow]:
    counts = dict(
        Case.select(Case.place, pw.fn.COUNT(Case.id))
        .where(Case.place.is_null(False))
        .group_by(Case.place)
        .tuples()
    )
    # Names by id: three small reference tables, read whole (a join would leave the ids unset).
    town_names = dict(Town.select(Town.id, Town.name).tuples())
    topic_names = dict(Topic.select(Topic.id, Topic.name_ko).tuples())
    department_names = dict(Department.select(Department.id, Department.name).tuples())
    query = Place.select().order_by(Place.code)
    if active_only:
        query = query.where(Place.active == True)  # noqa: E712 (peewee expression)
    rows = []
    for p in query:
        rows.append(
            PlaceRow(
                p.id,
                p.code,
                p.name,
                p.kind,
                town_names.get(p.town_id, ""),
                p.address,
                topic_names.get(p.topic_id, ""),
                department_names.get(p.department_id, ""),
                p.active,
                p.town_id,
                p.topic_id,
                p.department_id,
                counts.get(p.id, 0),
            )
        )
    return rows


def messages_per_place(
    start: dt.datetime | None = None, end: dt.datetime | None = None
) -> list[tuple[str, str, int]]:
    """(code, name, messages received in the period) for the briefing, most first."""
    query = (
        Case.select(Place.code, Place.name, pw.fn.COUNT(Case.id).alias("n"))
        .join(Place, on=(Case.place == Place.id))
        .group_by(Place.code, Place.name)
        .order_by(pw.fn.COUNT(Case.id).desc(), Place.code)
    )
    if start is not None:
        query = query.where(Case.received_at >= start)
    if end is not None:
        query = query.where(Case.received_at < end)
    return [(code, name, n) for code, name, n in query.tuples()]


def flagged_tags() -> int:
    """Cases whose tag names no known place (or is damaged): kept in the text, shown for a look."""
    return Case.select().where((Case.qr_tag != "") & Case.place.is_null()).count()
