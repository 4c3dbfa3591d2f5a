"""Import of Open311 GeoReport v2 service requests as cases, and the service-code table behind it.
No Qt: the CLI (`civicdesk import --format open311`) and the GUI (File > Import) both call this.

documents/open311.py reads the file into good requests and bad records; here each good request:
- is a duplicate when a case already carries its service_request_id (as external id, or as its own
  number when the file is a CivicDesk export read back) — importing a file twice adds nothing;
- waits for a mapping when its service_code is neither one of our topic or category codes nor in the
  administrator's table (reported with the code; the GUI offers to map it on the spot);
- otherwise becomes a case with a new case number, keeping the request's id as its external id, its
  times (converted to Seoul time), its state (CivicDesk's own from `extended_attributes`, else open →
  received/routed, closed → resolved), and ONE history event ("import") that holds the request's
  `notes[]` as they came, so an export gives them back unchanged.
Writes go in batches, one transaction each; Cancel stops between batches. The accounting always adds
up: imported + duplicates + rejected + unmapped = records in the file (unless cancelled).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.case_writes import clock_fields, default_kind, update_due
from civicdesk_gui.actions.cases import DEFAULT_NEXT_REVIEW_DAYS
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.open311 import (
    CLOSED,
    ParsedRequest,
    ParsedRequests,
    RecordProblem,
    known_channel,
    known_classification,
    known_reason,
    known_status,
    read_requests_file,
    split_address,
)
from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.numbering import case_counter_name, format_case_number
from civicdesk_gui.domain.phone import normalise_phone
from civicdesk_gui.domain.similarity import summary_of
from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.queries.open311 import (
    ImportLookups,
    UnmappedCode,
    existing_external_ids,
    import_lookups,
    unmapped_codes,
)
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Category, Channel, ServiceCodeMapping, Topic, now
from civicdesk_gui.store.sequences import next_value

DEFAULT_BATCH_SIZE = 200
DEFAULT_CHANNEL = "other"  # another system's requests came by a channel we do not know
REPLY_NOTE_TYPES = ("reply", "letter")


@dataclass
class Open311ImportReport:
    file: str
    total: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: list[RecordProblem] = field(default_factory=list)
    unmapped: list[UnmappedCode] = field(default_factory=list)
    cancelled: bool = False
    case_ids: list[int] = field(default_factory=list)

    @property
    def unmapped_records(self) -> int:
        return sum(len(u.numbers) for u in self.unmapped)

    @property
    def accounted(self) -> int:
        return self.imported + self.duplicates + len(self.rejected) + self.unmapped_records

    @property
    def changes(self) -> Changes:
        return Changes.of(cases=self.case_ids)


def import_open311_file(
    path: str | Path,
    *,
    actor: Actor,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Open311ImportReport:
    """Import one requests.json file; see the module docstring for the rules."""
    with database_proxy.atomic():
        require(actor, "case.import_open311")  # before the file is read: a refusal writes nothing
    return import_open311_requests(
        read_requests_file(path),
        actor=actor,
        batch_size=batch_size,
        progress=progress,
        should_stop=should_stop,
    )


def import_open311_requests(
    parsed: ParsedRequests,
    *,
    actor: Actor,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    at: dt.datetime | None = None,
) -> Open311ImportReport:
    with database_proxy.atomic():
        require(actor, "case.import_open311")
    report = Open311ImportReport(parsed.file, parsed.total, rejected=list(parsed.rejected))
    lookups = import_lookups()
    report.unmapped = unmapped_codes(parsed, lookups)
    held = {number for code in report.unmapped for number in code.numbers}
    candidates = [r for r in parsed.requests if r.number not in held]
    done = report.total - len(candidates)
    if progress:
        progress(done, report.total)
    for start in range(0, len(candidates), max(1, batch_size)):
        if should_stop is not None and should_stop():
            report.cancelled = True  # between batches: committed batches stay, nothing is half-written
            break
        batch = candidates[start : start + max(1, batch_size)]
        created: list[int] = []
        duplicates = 0
        refused: list[RecordProblem] = []
        with database_proxy.atomic():
            existing = existing_external_ids(r.request_id for r in batch)
            for request in batch:
                if request.request_id in existing:
                    duplicates += 1
                    continue
                try:
                    with database_proxy.atomic():  # a savepoint: one refused request rejects only itself
                        created.append(_create_case(request, lookups, actor=actor, at=at or now()))
                except CivicDeskError as exc:
                    refused.append(
                        RecordProblem(
                            parsed.file, request.number, "refused", str(exc), request.request_id, exc.code
                        )
                    )
                except peewee.IntegrityError as exc:
                    # The same request imported by another desk at this moment: a duplicate.
                    if existing_external_ids([request.request_id]):
                        duplicates += 1
                        continue
                    reason = " ".join(str(exc).split()) or type(exc).__name__
                    refused.append(
                        RecordProblem(
                            parsed.file, request.number, "not_stored", reason, request.request_id, reason
                        )
                    )
        # Counted once the batch is committed, so the report never claims a rolled-back case.
        report.imported += len(created)
        report.duplicates += duplicates
        report.rejected.extend(refused)
        report.case_ids.extend(created)
        done += len(batch)
        if progress:
            progress(done, report.total)
    report.rejected.sort(key=lambda p: p.number)
    return report


def _state(request: ParsedRequest, department_id: int | None) -> str:
    """CivicDesk's own state when the file is ours; otherwise from open/closed."""
    wanted = request.extended.get("state")
    state = known_classification(wanted) or known_status(wanted)
    if state is None:
        if request.status == CLOSED:
            return "resolved"
        state = "routed" if department_id is not None else "received"
    if state in ("routed", "in_review") and department_id is None:
        return "received"  # routed to nobody here: it waits for routing
    if request.status == CLOSED and not workflow.is_closed(known_classification(state)):
        return "resolved"  # the other system closed it: closed it stays
    return state


def _date(value) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _create_case(request: ParsedRequest, lookups: ImportLookups, *, actor: Actor, at: dt.datetime) -> int:
    target = lookups.service_target(request.service_code)
    assert target is not None  # unmapped requests are held back before this
    wanted_category = request.extended.get("category")
    category = wanted_category if wanted_category in lookups.categories else target.category
    topic_id = target.topic_id
    department_id = lookups.departments.get(request.agency or "")
    channel = known_channel(request.extended.get("channel")) or DEFAULT_CHANNEL
    state = _state(request, department_id)
    pair = workflow.stored_pair(state)
    received = request.requested_at
    updated = request.updated_at or received
    text = request.description or request.service_name or request.service_code
    if len(text) > workflow.MAX_TEXT_LENGTH:
        raise ValidationError(
            "case.text_too_long", {"length": len(text), "limit": workflow.MAX_TEXT_LENGTH}, field="text"
        )
    address, town = split_address(request.address, lookups.towns)
    name = request.extended.get("submitter_name")
    phone = normalise_phone(str(request.extended.get("submitter_phone") or ""))
    closed = workflow.is_closed(pair.classification)
    is_open = workflow.is_open(pair.status, pair.classification)
    next_review = None
    if pair.classification in workflow.MANAGEMENT_LIST_OUTCOMES:
        next_review = (
            _date(request.extended.get("next_review_on"))
            or (at + dt.timedelta(days=DEFAULT_NEXT_REVIEW_DAYS)).date()
        )
    replies = [n.at for n in request.notes if n.type in REPLY_NOTE_TYPES]
    # The other system's closing is its answer to the resident; otherwise the first reply it noted.
    first_reply = min(replies) if replies else (updated if closed else None)
    topic_code = Topic.get_by_id(topic_id).code if topic_id else None
    kind = default_kind(category_code=category, topic_code=topic_code)
    clocks = clock_fields(
        channel_code=channel, category_code=category, received_at=received, session_at=None, kind=kind
    )
    if request.expected_at is not None:
        clocks["promise_due_at"] = request.expected_at
    number = format_case_number(received.year, next_value(case_counter_name(received.year)))
    case = Case.create(
        number=number,
        channel=Channel.get(Channel.code == channel),
        received_at=received,
        submitter_name=(name if isinstance(name, str) else "").strip()[:60],
        submitter_phone=phone.display[:40],
        phone_valid=phone.valid,
        submitter_address=address[:200],
        town=lookups.towns.get(town) if town else None,
        text=text,
        summary=summary_of(text),
        category=Category.get(Category.code == category) if category else None,
        topic=topic_id,
        department=department_id,
        status=pair.status,
        classification=pair.classification,
        reason_code=known_reason(request.extended.get("reason_code")) if pair.classification else None,
        reason_text=(request.status_notes or "") if pair.classification else "",
        agency=lookups.agencies.get(str(request.extended.get("agency") or "")),
        next_review_on=next_review,
        external_id=request.request_id,
        first_reply_at=first_reply,
        # The other system's closing is its result; an open request's notes are not (법 제27조).
        result_at=updated if closed else None,
        petition_kind=kind,
        last_update_at=updated,
        update_due_at=update_due(channel_code=channel, category_code=category, last_update=updated)
        if is_open
        else None,
        closed_at=updated if closed else None,
        created_at=at,
        created_by=actor.id,
        updated_at=updated,
        updated_by=actor.id,
        **clocks,
    )
    after = {
        "source": "open311",
        "service_request_id": request.request_id,
        "service_code": request.service_code,
        "status": request.status,
        "status_description": request.status_description,
        "agency_responsible": request.agency,
        "state": state,
        "notes": [note.as_json() for note in request.notes],
    }
    body = "\n".join(f"{note.at:%Y-%m-%d %H:%M} {note.description}".rstrip() for note in request.notes)
    append_event(case.id, kind="import", actor=actor, at=at, before={}, after=after, body=body)
    return case.id


# ---------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class ServiceMapping:
    """One row of the table as a user sets it: a code, what it is called there, and what it is here."""

    service_code: str
    category: str | None
    topic_id: int | None = None
    service_name: str = ""


@dataclass(frozen=True)
class SavedMappings:
    codes: tuple[str, ...]
    changes: Changes


MAPPINGS_REFERENCE = "service_mappings"


def save_service_mappings(
    *, mappings: list[ServiceMapping], actor: Actor, at: dt.datetime | None = None
) -> SavedMappings:
    """Create or update rows of the service-code table (one transaction). A code needs a category; a
    topic, when given, must belong to it."""
    at = at or now()
    checked = []
    for mapping in mappings:
        code = mapping.service_code.strip()
        if not code:
            raise ValidationError("open311.code_empty", field="service_code")
        if not mapping.category:
            raise ValidationError("open311.mapping_needs_category", {"code": code}, field="category")
        checked.append((code, mapping))
    with database_proxy.atomic():
        require(actor, "settings.service_codes")
        for code, mapping in checked:
            category = Category.get_or_none(Category.code == mapping.category)
            if category is None:
                raise ValidationError(
                    "open311.unknown_category", {"category": mapping.category}, field="category"
                )
            topic = None
            if mapping.topic_id is not None:
                topic = Topic.get_or_none(Topic.id == mapping.topic_id)
                if topic is None:
                    raise ValidationError(
                        "record.unknown", {"record": "topic", "key": mapping.topic_id}, field="topic"
                    )
                if topic.category_id is not None and topic.category_id != category.id:
                    raise ValidationError(
                        "open311.topic_elsewhere",
                        {"topic": topic.name_ko, "category": category.name_ko},
                        field="topic",
                    )
            values = {
                "service_name": mapping.service_name.strip()[:200],
                "category": category.id,
                "topic": topic.id if topic else None,
                "updated_at": at,
                "updated_by": actor.id,
            }
            updated = (
                ServiceCodeMapping.update(**values).where(ServiceCodeMapping.service_code == code).execute()
            )
            if not updated:
                ServiceCodeMapping.create(service_code=code, **values)
        codes = tuple(code for code, _m in checked)
        append_audit(
            "settings_change",
            actor=actor,
            details={"keys": [MAPPINGS_REFERENCE], "saved": list(codes)},
            at=at,
        )
    return SavedMappings(codes, Changes.of(reference={MAPPINGS_REFERENCE}) | AUDIT_CHANGED)


def delete_service_mappings(*, service_codes: list[str], actor: Actor) -> SavedMappings:
    """Remove rows of the table: requests with those codes will wait for a mapping again."""
    with database_proxy.atomic():
        require(actor, "settings.service_codes")
        ServiceCodeMapping.delete().where(ServiceCodeMapping.service_code.in_(service_codes)).execute()
        append_audit(
            "settings_change",
            actor=actor,
            details={"keys": [MAPPINGS_REFERENCE], "removed": list(service_codes)},
        )
    return SavedMappings(tuple(service_codes), Changes.of(reference={MAPPINGS_REFERENCE}) | AUDIT_CHANGED)
