"""Reads for the Open311 exchange: the cases of a view as documents/open311.py needs them (streamed a
page at a time, with their history), what an import must know of the database (existing ids, the
service-code table, reference codes), and the mapping table for its Settings page."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.documents.open311 import NOTE_KINDS, ExchangeCase, HistoryEntry, ParsedRequests
from civicdesk_gui.queries.case_list import CaseFilter, filter_conditions
from civicdesk_gui.queries.imports import numbers_without_external_id
from civicdesk_gui.store.models import (
    Agency,
    Case,
    CaseEvent,
    Category,
    Channel,
    Department,
    ServiceCodeMapping,
    Topic,
    Town,
)

PAGE = 500


def exchange_cases(
    case_filter: CaseFilter, *, now: dt.datetime | None = None, page_size: int = PAGE
) -> Iterator[ExchangeCase]:
    """The cases of `case_filter` in intake order (case id), each with the history an export shows."""
    now = now or dt.datetime.now().replace(microsecond=0)
    conditions = filter_conditions(case_filter, now)
    last_id = 0
    while True:
        query = (
            Case.select(Case, Channel, Category, Topic, Department, Agency, Town)
            .join_from(Case, Channel)
            .join_from(Case, Category, pw.JOIN.LEFT_OUTER)
            .join_from(Case, Topic, pw.JOIN.LEFT_OUTER)
            .join_from(Case, Department, pw.JOIN.LEFT_OUTER)
            .join_from(Case, Agency, pw.JOIN.LEFT_OUTER)
            .join_from(Case, Town, pw.JOIN.LEFT_OUTER)
            .where(Case.id > last_id, *conditions)
            .order_by(Case.id)
            .limit(page_size)
        )
        rows = list(query)
        if not rows:
            return
        history = _history([row.id for row in rows])
        for row in rows:
            yield _exchange_case(row, history.get(row.id, ()))
        if len(rows) < page_size:
            return
        last_id = rows[-1].id


def _history(case_ids: list[int]) -> dict[int, list[HistoryEntry]]:
    found: dict[int, list[HistoryEntry]] = defaultdict(list)
    query = (
        CaseEvent.select(CaseEvent.case, CaseEvent.kind, CaseEvent.at, CaseEvent.body, CaseEvent.after)
        .where(CaseEvent.case.in_(case_ids), CaseEvent.kind.in_([*NOTE_KINDS, "import"]))
        .order_by(CaseEvent.at, CaseEvent.id)
    )
    for event in query:
        try:
            after = json.loads(event.after or "{}")
        except ValueError:
            after = {}
        found[event.case_id].append(
            HistoryEntry(event.kind, event.at, event.body, after if isinstance(after, dict) else {})
        )
    return found


def _exchange_case(row: Case, history: Iterable[HistoryEntry]) -> ExchangeCase:
    topic = row.topic if row.topic_id else None
    return ExchangeCase(
        number=row.number,
        external_id=row.external_id,
        channel=row.channel.code,
        status=row.status,
        classification=row.classification,
        reason_code=row.reason_code,
        reason_text=row.reason_text,
        category=row.category.code if row.category_id else None,
        topic=topic.code if topic else None,
        topic_name_ko=topic.name_ko if topic else None,
        topic_name_en=topic.name_en if topic else None,
        department=row.department.name if row.department_id else None,
        agency=row.agency.name if row.agency_id else None,
        text=row.text,
        received_at=row.received_at,
        updated_at=row.updated_at,
        closed_at=row.closed_at,
        promise_due_at=row.promise_due_at,
        next_review_on=row.next_review_on,
        town=row.town.name if row.town_id else None,
        submitter_name=row.submitter_name,
        submitter_phone=row.submitter_phone,
        submitter_address=row.submitter_address,
        history=tuple(history),
        department_id=row.department_id,
    )


# ---------------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ServiceTarget:
    """What a service code means here."""

    category: str | None  # code
    topic_id: int | None


@dataclass(frozen=True)
class ImportLookups:
    """Reference data an import resolves names and codes against (a few hundred rows at most)."""

    topics: dict[str, tuple[int, str | None, int | None]]  # topic code -> (id, category code, default dept)
    categories: frozenset[str]
    mappings: dict[str, ServiceTarget]  # service_code -> target (the administrator's table)
    departments: dict[str, int]  # name and code -> id
    agencies: dict[str, int]  # name -> id
    towns: dict[str, int]  # name -> id

    def service_target(self, code: str) -> ServiceTarget | None:
        """Our own topic and category codes first (a CivicDesk export), then the table."""
        if code in self.topics:
            _topic_id, category, _dept = self.topics[code]
            return ServiceTarget(category, self.topics[code][0])
        if code in self.categories:
            return ServiceTarget(code, None)
        if code == "unclassified":
            return ServiceTarget(None, None)
        return self.mappings.get(code)


def import_lookups() -> ImportLookups:
    topics = {
        t.code: (t.id, t.category.code if t.category_id else None, t.default_department_id)
        for t in Topic.select(Topic, Category).join(Category, pw.JOIN.LEFT_OUTER)
    }
    mappings = {
        m.service_code: ServiceTarget(m.category.code if m.category_id else None, m.topic_id)
        for m in ServiceCodeMapping.select(ServiceCodeMapping, Category).join(Category, pw.JOIN.LEFT_OUTER)
        if m.category_id is not None
    }
    departments: dict[str, int] = {}
    for d in Department.select():
        departments.setdefault(d.code, d.id)
        departments.setdefault(d.name, d.id)
    return ImportLookups(
        topics=topics,
        categories=frozenset(c.code for c in Category.select(Category.code)),
        mappings=mappings,
        departments=departments,
        agencies={a.name: a.id for a in Agency.select()},
        towns={t.name: t.id for t in Town.select()},
    )


@dataclass(frozen=True)
class UnmappedCode:
    """A service code nothing here maps to, and the records (by number) that carry it."""

    code: str
    name: str
    numbers: tuple[int, ...]


def unmapped_codes(parsed: ParsedRequests, lookups: ImportLookups | None = None) -> list[UnmappedCode]:
    """The service codes of `parsed` that nothing maps yet, with the records carrying each."""
    lookups = lookups or import_lookups()
    found: dict[str, tuple[str, list[int]]] = {}
    for request in parsed.requests:
        if lookups.service_target(request.service_code) is None:
            name, numbers = found.setdefault(request.service_code, (request.service_name, []))
            numbers.append(request.number)
    return [UnmappedCode(code, name, tuple(numbers)) for code, (name, numbers) in sorted(found.items())]


def existing_external_ids(ids: Iterable[str]) -> set[str]:
    """The ids among `ids` that a case already carries: as its external id (imported before) or as its
    own number with no external id (a CivicDesk export read back into the database it came from)."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), PAGE):
        chunk = wanted[start : start + PAGE]
        found.update(r.external_id for r in Case.select(Case.external_id).where(Case.external_id.in_(chunk)))
        found.update(numbers_without_external_id(chunk))
    return found


# ---------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class MappingRow:
    service_code: str
    service_name: str
    category: str | None
    topic_id: int | None
    topic_code: str | None


def service_mappings() -> list[MappingRow]:
    query = (
        ServiceCodeMapping.select(ServiceCodeMapping, Category, Topic)
        .join_from(ServiceCodeMapping, Category, pw.JOIN.LEFT_OUTER)
        .join_from(ServiceCodeMapping, Topic, pw.JOIN.LEFT_OUTER)
        .order_by(ServiceCodeMapping.service_code)
    )
    return [
        MappingRow(
            m.service_code,
            m.service_name,
            m.category.code if m.category_id else None,
            m.topic_id,
            m.topic.code if m.topic_id else None,
        )
        for m in query
    ]
