"""One function per user action on a case: validate with the domain rules, write in one
transaction with an optimistic version check, append one history event, return what changed.

Widgets, the CLI and scripts all come through here; none of them writes a case any other way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_writes import (
    CaseChange,
    case_touched,
    change_state,
    clock_fields,
    default_kind,
    display_name,
    get_case,
    iso,
    lookup,
    update_due,
    write_case,
)
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.signoff_gate import mark_issued, result_reply_draft
from civicdesk_gui.domain import input_limits, petitions, workflow
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.numbering import case_counter_name, format_case_number
from civicdesk_gui.domain.petitions import REPLY_PURPOSES
from civicdesk_gui.domain.phone import PhoneNumber, normalise_phone
from civicdesk_gui.domain.similarity import summary_of
from civicdesk_gui.domain.vocabulary import REPLY_METHODS
from civicdesk_gui.errors import TransitionError, ValidationError
from civicdesk_gui.queries.duplicates import DuplicateCandidate, find_likely_duplicates
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import (
    Agency,
    Case,
    Category,
    Channel,
    Department,
    Official,
    Place,
    Session,
    Topic,
    Town,
    now,
)
from civicdesk_gui.store.sequences import next_value

REFERRAL_REMIND_DAYS = 7  # the agency is asked for its answer a week after the referral
DEFAULT_NEXT_REVIEW_DAYS = 90  # management-list cases are looked at again each quarter by default


@dataclass(frozen=True)
class IntakeResult:
    case_id: int
    number: str
    phone_valid: bool
    duplicates: list[DuplicateCandidate]
    changes: Changes  # the new case, and the session it was raised at (its case list grew)


# ---------------------------------------------------------------------------------------- actions


def intake_case(
    *,
    channel: str,
    text: str,
    actor: Actor,
    received_at: dt.datetime | None = None,
    submitter_name: str = "",
    submitter_phone: str = "",
    submitter_address: str = "",
    town_id: int | None = None,
    category: str | None = None,
    topic_id: int | None = None,
    department_id: int | None = None,
    session_id: int | None = None,
    import_key: str | None = None,
    at: dt.datetime | None = None,
    find_duplicates: bool = True,
    petition_kind: str | None = None,
    place_id: int | None = None,
    qr_tag: str = "",
    reply_by: str = "",
) -> IntakeResult:
    """Register a new case. The resident's words are stored as given and never edited afterwards.

    `petition_kind` (질의·건의·고충·기타·법정) when the coordinator knows it; otherwise the KindRule
    rows give it from the category and topic.

    `find_duplicates=False` skips the likely-duplicate lookup (the result's list stays empty) for
    callers that show it to nobody, such as the gateway import: it is most of an intake's cost."""
    received_at, phone = checked_intake(
        text=text,
        petition_kind=petition_kind,
        received_at=received_at,
        at=at,
        submitter_name=submitter_name,
        submitter_phone=submitter_phone,
        submitter_address=submitter_address,
    )
    at = at or now()
    with database_proxy.atomic():
        require(actor, "case.intake")
        refs = IntakeRefs(
            channel=lookup(Channel, channel, "channel", by="code"),
            category=lookup(Category, category, "category", by="code"),
            town=lookup(Town, town_id, "town"),
            topic=lookup(Topic, topic_id, "topic"),
            department=lookup(Department, department_id, "department"),
            session=lookup(Session, session_id, "session"),
            place=lookup(Place, place_id, "place"),
        )
        number = format_case_number(received_at.year, next_value(case_counter_name(received_at.year)))
        fields, after = intake_row(
            refs,
            number=number,
            text=text,
            received_at=received_at,
            phone=phone,
            submitter_name=submitter_name,
            submitter_address=submitter_address,
            petition_kind=petition_kind,
            import_key=import_key,
            qr_tag=qr_tag,
            reply_by=reply_by,
            at=at,
            actor=actor,
        )
        case = Case.create(**fields)
        append_event(case.id, kind="intake", actor=actor, at=at, before={}, after=after)
    session = refs.session
    # A read, after the commit: the write lock is not held while similar cases are looked up.
    duplicates = (
        find_likely_duplicates(
            phone=phone.display, text=text, received_at=received_at, exclude_case_id=case.id
        )
        if find_duplicates
        else []
    )
    changes = Changes.of(cases={case.id}, sessions={session.id} if session is not None else None)
    return IntakeResult(case.id, number, phone.valid, duplicates, changes)


@dataclass(frozen=True)
class IntakeRefs:
    """The reference rows a new case points at (looked up by the caller, one by one or in bulk)."""

    channel: Channel
    category: Category | None = None
    town: Town | None = None
    topic: Topic | None = None
    department: Department | None = None
    session: Session | None = None
    place: Place | None = None


def checked_intake(
    *,
    text: str,
    petition_kind: str | None,
    received_at: dt.datetime | None,
    at: dt.datetime | None,
    submitter_name: str,
    submitter_phone: str,
    submitter_address: str,
) -> tuple[dt.datetime, PhoneNumber]:
    """The intake's checks before any database sees the row (ValidationError for the first one that
    fails): the received moment to store and the normalised phone. The gateway import runs them on a
    whole batch first, so a refused row never reaches the batch's insert."""
    if not text or not text.strip():
        raise ValidationError("case.text_empty", field="text")
    if petition_kind is not None and petition_kind not in petitions.PETITION_KINDS:
        raise ValidationError("case.unknown_petition_kind", {"kind": petition_kind}, field="petition_kind")
    if len(text) > workflow.MAX_TEXT_LENGTH:
        raise ValidationError(
            "case.text_too_long", {"length": len(text), "limit": workflow.MAX_TEXT_LENGTH}, field="text"
        )
    received_at = (received_at or now()).replace(microsecond=0)
    phone = normalise_phone(submitter_phone)
    _check_intake_limits(
        text=text,
        name=submitter_name.strip(),
        phone=phone.display,
        address=submitter_address.strip(),
        received_at=received_at,
        today=max(at or now(), now()).date(),  # `at` may be a moment past (tests, back-dated entry)
    )
    return received_at, phone


def intake_row(
    refs: IntakeRefs,
    *,
    number: str,
    text: str,
    received_at: dt.datetime,
    phone: PhoneNumber,
    submitter_name: str,
    submitter_address: str,
    petition_kind: str | None,
    import_key: str | None,
    qr_tag: str,
    reply_by: str,
    at: dt.datetime,
    actor: Actor,
) -> tuple[dict, dict]:
    """A new case's columns and its intake event's `after`, from checked values (checked_intake)."""
    channel = refs.channel.code
    category = refs.category.code if refs.category is not None else None
    department, topic, session = refs.department, refs.topic, refs.session
    status = "routed" if department is not None else "received"
    kind = petition_kind or default_kind(category_code=category, topic_code=topic.code if topic else None)
    fields = dict(
        number=number,
        channel=refs.channel,
        received_at=received_at,
        submitter_name=submitter_name.strip(),
        submitter_phone=phone.display,
        phone_valid=phone.valid,
        submitter_address=submitter_address.strip(),
        town=refs.town,
        text=text,
        summary=summary_of(text),
        category=refs.category,
        topic=topic,
        department=department,
        session=session,
        status=status,
        import_key=import_key,
        place=refs.place,
        qr_tag=qr_tag[:80],
        reply_by=reply_by,
        last_update_at=received_at,
        update_due_at=update_due(channel_code=channel, category_code=category, last_update=received_at),
        created_at=at,
        created_by=actor.id,
        updated_at=at,
        updated_by=actor.id,
        petition_kind=kind,
        **clock_fields(
            channel_code=channel,
            category_code=category,
            received_at=received_at,
            session_at=session.starts_at if session is not None else None,
            kind=kind,
        ),
    )
    after = {
        "state": status,
        "channel": channel,
        "category": category,
        "petition_kind": kind,
        "department": display_name(department),
        "phone_valid": phone.valid,
    }
    return fields, after


def _check_intake_limits(
    *, text: str, name: str, phone: str, address: str, received_at: dt.datetime, today: dt.date
) -> None:
    """The limits of domain/input_limits.py, so that PostgreSQL and SQLite take in the same cases."""
    for field, value in (("text", text), ("name", name), ("phone", phone), ("address", address)):
        if input_limits.has_nul(value):
            raise ValidationError("case.nul_character", {"field": field}, field=field)
    for field, value, limit in (
        ("name", name, input_limits.MAX_NAME_LENGTH),
        ("phone", phone, input_limits.MAX_PHONE_LENGTH),
        ("address", address, input_limits.MAX_ADDRESS_LENGTH),
    ):
        if len(value) > limit:
            raise ValidationError(
                "case.field_too_long", {"field": field, "length": len(value), "limit": limit}, field=field
            )
    if not input_limits.received_in_range(received_at, today):
        raise ValidationError(
            "case.received_out_of_range",
            {
                "received_at": f"{received_at:%Y-%m-%d %H:%M}",
                "earliest": f"{input_limits.EARLIEST_RECEIVED:%Y-%m-%d}",
                "latest": f"{today + dt.timedelta(days=1):%Y-%m-%d}",
            },
            field="received_at",
        )


def route_case(
    *,
    case_id: int,
    department_id: int,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Deliver the case to the department that must act (re-routing keeps the history)."""
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.route", case=case)
        department = lookup(Department, department_id, "department")
        previous = case.department if case.department_id else None
        extra = {"department": department.id}
        if case.official_id and case.official.department_id != department.id:
            extra["official"] = None  # an official of the old department no longer answers for it
        return change_state(
            case,
            target="routed",
            kind="route",
            actor=actor,
            expected_version=expected_version,
            at=at,
            extra=extra,
            extra_before={"department": display_name(previous)},
            extra_after={"department": department.name},
        )


def assign_official(
    *,
    case_id: int,
    official_id: int,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Name the official who answers for the case; a routed case goes into review with it."""
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.assign", case=case)
        official = lookup(Official, official_id, "official")
        if case.department_id is None:
            raise ValidationError("case.department_needed_for_official", field="official")
        if official.department_id != case.department_id:
            raise ValidationError(
                "case.official_elsewhere",
                {
                    "official": official.name,
                    "official_department": official.department.name,
                    "department": case.department.name,
                },
                field="official",
            )
        previous = case.official if case.official_id else None
        before = {"official": display_name(previous)}
        after = {"official": official.name}
        if case.status == "routed":
            return change_state(
                case,
                target="in_review",
                kind="assign",
                actor=actor,
                expected_version=expected_version,
                at=at,
                extra={"official": official.id},
                extra_before=before,
                extra_after=after,
            )
        version = write_case(
            case, expected_version=expected_version, actor=actor, at=at, changes={"official": official.id}
        )
        append_event(case.id, kind="assign", actor=actor, at=at, before=before, after=after)
        return CaseChange(
            case.id, case.number, version, "assign", before, after, changes=case_touched(case.id)
        )


def start_review(
    *, case_id: int, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> CaseChange:
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.start_review", case=case)
        return change_state(
            case,
            target="in_review",
            kind="start_review",
            actor=actor,
            expected_version=expected_version,
            at=at,
        )


def add_note(*, case_id: int, text: str, actor: Actor, at: dt.datetime | None = None) -> CaseChange:
    """An internal note: history only, the case itself does not change (so no conflict is possible)."""
    if not text.strip():
        raise ValidationError("case.note_empty", field="text")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.note", case=case)
        append_event(case.id, kind="note", actor=actor, at=at, body=text.strip())
    # Only the history grows: lists and counts need not reload for a note.
    return CaseChange(case.id, case.number, case.version, "note", changes=Changes.of(case_history={case.id}))


def record_progress(
    *, case_id: int, text: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> CaseChange:
    """A progress update: restarts the monthly-update clock (DOMAIN.md §1)."""
    if not text.strip():
        raise ValidationError("case.progress_empty", field="text")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.progress", case=case)
        changes = {"last_update_at": at}
        if workflow.is_open(case.status, case.classification):
            changes["update_due_at"] = update_due(
                channel_code=case.channel.code,
                category_code=case.category.code if case.category_id else None,
                last_update=at,
            )
        before = {"update_due_at": iso(case.update_due_at)}
        after = {"update_due_at": iso(changes.get("update_due_at", case.update_due_at))}
        version = write_case(case, expected_version=expected_version, actor=actor, at=at, changes=changes)
        append_event(
            case.id, kind="progress", actor=actor, at=at, before=before, after=after, body=text.strip()
        )
        drafted = Changes()
        if case.classification == "referred":  # the agency's answer: every linked resident is told
            from civicdesk_gui.actions.linked_replies import draft_for_group

            drafted = draft_for_group(case.id, actor=actor, at=at, answer=text)
    return CaseChange(
        case.id, case.number, version, "progress", before, after, changes=case_touched(case.id) | drafted
    )


def record_reply(
    *,
    case_id: int,
    method: str,
    text: str,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
    purpose: str = "result",
    approval_id: int | None = None,
) -> CaseChange:
    """What the resident was told, how, and what for (domain/petitions.REPLY_PURPOSES). Only a result
    meets the promise and statutory clocks (법 제27조); a receipt notice or an interim reply does not,
    and an interim reply restarts the monthly-update clock. With sign-off required (결재), a result
    goes out only as its approved draft (`approval_id`): the approved text and method are recorded."""
    if method not in REPLY_METHODS:
        raise ValidationError("case.unknown_reply_method", {"method": method}, field="method")
    if purpose not in REPLY_PURPOSES:
        raise ValidationError("case.unknown_reply_purpose", {"purpose": purpose}, field="purpose")
    if approval_id is None and not text.strip():
        raise ValidationError("case.reply_empty", field="text")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.reply", case=case)
        approval = result_reply_draft(case, approval_id, purpose=purpose)
        if approval is not None:
            # What was approved is what goes out (영 제17조).
            text = approval.body
            method = approval.kind if approval.kind in REPLY_METHODS else method
            mark_issued(approval)
        version, before, after = count_as_reply(
            case, actor=actor, expected_version=expected_version, at=at, purpose=purpose
        )
        after["method"] = method
        if approval is not None:
            after["draft"] = approval.id
        append_event(case.id, kind="reply", actor=actor, at=at, before=before, after=after, body=text.strip())
    return CaseChange(case.id, case.number, version, "reply", before, after, changes=case_touched(case.id))


def count_as_reply(
    case: Case,
    *,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime,
    purpose: str = "result",
    codes: tuple[str, str | None] | None = None,
) -> tuple[int, dict, dict]:
    """Write what a reply changes on the case and return (new version, before, after): any reply is
    the first reply if none came before; only a result (the first one) meets the promise and the
    statutory clocks (Case.result_at, 법 제27조); a result or an interim reply restarts the monthly
    clock (시행령 제23조). No event: the caller appends its own, so a mailed letter counts as the reply
    without a second history entry. `codes`: the case's channel and category codes when the caller
    read them already (a letter batch), else they are read here. Call inside a transaction."""
    changes: dict = {}
    if case.first_reply_at is None:
        changes["first_reply_at"] = at
    if petitions.meets_result_clocks(purpose) and case.result_at is None:
        changes["result_at"] = at
    if petitions.counts_as_update(purpose):
        changes["last_update_at"] = at
        if workflow.is_open(case.status, case.classification):
            if codes is None:
                codes = (case.channel.code, case.category.code if case.category_id else None)
            changes["update_due_at"] = update_due(
                channel_code=codes[0], category_code=codes[1], last_update=at
            )
    before = {"first_reply_at": iso(case.first_reply_at), "result_at": iso(case.result_at)}
    after = {
        "first_reply_at": iso(changes.get("first_reply_at", case.first_reply_at)),
        "result_at": iso(changes.get("result_at", case.result_at)),
        "purpose": purpose,
    }
    version = write_case(case, expected_version=expected_version, actor=actor, at=at, changes=changes)
    return version, before, after


def classify_case(
    *,
    case_id: int,
    classification: str,
    actor: Actor,
    expected_version: int | None,
    reason_code: str | None = None,
    reason_text: str = "",
    agency_id: int | None = None,
    next_review_on: dt.date | None = None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Record the outcome of review (DOMAIN.md §3)."""
    at = at or now()
    workflow.validate_classification(
        classification=classification, reason_code=reason_code, reason_text=reason_text, agency_id=agency_id
    )
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.refer" if classification == "referred" else "case.classify", case=case)
        agency = lookup(Agency, agency_id, "agency")
        if classification in workflow.MANAGEMENT_LIST_OUTCOMES and next_review_on is None:
            next_review_on = (at + dt.timedelta(days=DEFAULT_NEXT_REVIEW_DAYS)).date()
        extra = {
            "reason_code": reason_code,
            "reason_text": reason_text.strip(),
            "agency": agency.id if agency else None,
            "next_review_on": next_review_on if classification in workflow.MANAGEMENT_LIST_OUTCOMES else None,
            # A referral is tracked: ask the agency for its answer after a week (reminder date).
            "referral_remind_on": (at + dt.timedelta(days=REFERRAL_REMIND_DAYS)).date()
            if classification == "referred"
            else None,
        }
        result = change_state(
            case,
            target=classification,
            kind="refer" if classification == "referred" else "classify",
            actor=actor,
            expected_version=expected_version,
            at=at,
            extra=extra,
            extra_before={"reason_code": case.reason_code},
            extra_after={
                "reason_code": reason_code,
                "agency": display_name(agency),
                "next_review_on": iso(extra["next_review_on"]),
            },
            body=reason_text.strip(),
        )
        # The result is recorded: every linked resident gets a draft reply (actions/linked_replies.py).
        from civicdesk_gui.actions.linked_replies import draft_for_group

        drafted = draft_for_group(case.id, actor=actor, at=at)
    return dataclasses.replace(result, changes=result.changes | drafted)


def refer_case(
    *,
    case_id: int,
    agency_id: int,
    note: str,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Send the case to the agency it belongs to (police, board of education...) and track it."""
    return classify_case(
        case_id=case_id,
        classification="referred",
        reason_code="other_jurisdiction",
        reason_text=note,
        agency_id=agency_id,
        actor=actor,
        expected_version=expected_version,
        at=at,
    )


def reopen_case(
    *, case_id: int, reason: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> CaseChange:
    """Return a classified case to review; the earlier outcome stays in the history."""
    if not reason.strip():
        raise ValidationError("case.reopen_reason_needed", field="reason")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.reopen", case=case)
        if case.status != "classified":
            # The table lets routed cases go to review too (that is start_review/assign); reopening
            # is only for a case that already has an outcome (DOMAIN.md §3).
            raise TransitionError(
                "case.reopen_without_outcome", {"number": case.number, "state": case.status}, field="status"
            )
        return change_state(
            case,
            target="in_review",
            kind="reopen",
            actor=actor,
            expected_version=expected_version,
            at=at,
            extra={
                "next_review_on": None,
                "last_update_at": at,
                "update_due_at": update_due(
                    channel_code=case.channel.code,
                    category_code=case.category.code if case.category_id else None,
                    last_update=at,
                ),
            },
            body=reason.strip(),
        )


def set_next_review(
    *,
    case_id: int,
    review_on: dt.date,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """When a management-list case (long-term review, unfeasible) is looked at again."""
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.next_review", case=case)
        if case.classification not in workflow.MANAGEMENT_LIST_OUTCOMES:
            raise ValidationError("case.next_review_not_listed", field="next_review_on")
        before = {"next_review_on": iso(case.next_review_on)}
        after = {"next_review_on": iso(review_on)}
        version = write_case(
            case, expected_version=expected_version, actor=actor, at=at, changes={"next_review_on": review_on}
        )
        append_event(case.id, kind="next_review", actor=actor, at=at, before=before, after=after)
    return CaseChange(
        case.id, case.number, version, "next_review", before, after, changes=case_touched(case.id)
    )


def set_category(
    *,
    case_id: int,
    category: str,
    actor: Actor,
    expected_version: int | None,
    topic_id: int | None = None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Categorise the case; the statutory clock follows the category."""
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.categorise", case=case)
        category_row = lookup(Category, category, "category", by="code")
        topic = lookup(Topic, topic_id, "topic")
        kind = default_kind(category_code=category, topic_code=topic.code if topic else None)
        clocks_now = clock_fields(
            channel_code=case.channel.code,
            category_code=category,
            received_at=case.received_at,
            session_at=case.session.starts_at if case.session_id else None,
            kind=kind,
        )
        before = {
            "category": case.category.code if case.category_id else None,
            "topic": display_name(case.topic),
            "petition_kind": case.petition_kind,
        }
        after = {"category": category, "topic": display_name(topic), "petition_kind": kind}
        changes = {
            "category": category_row.id,
            "topic": topic.id if topic else None,
            "petition_kind": kind,
            **clocks_now,
        }
        version = write_case(case, expected_version=expected_version, actor=actor, at=at, changes=changes)
        append_event(case.id, kind="categorise", actor=actor, at=at, before=before, after=after)
    return CaseChange(
        case.id, case.number, version, "categorise", before, after, changes=case_touched(case.id)
    )


def mark_duplicate(
    *,
    case_id: int,
    original_id: int,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Link a case to the earlier case it repeats; both show the link."""
    if case_id == original_id:
        raise ValidationError("case.duplicate_of_itself", field="duplicate_of")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.duplicate", case=case)
        original = get_case(original_id)
        before = {"duplicate_of": case.duplicate_of.number if case.duplicate_of_id else None}
        after = {"duplicate_of": original.number}
        version = write_case(
            case, expected_version=expected_version, actor=actor, at=at, changes={"duplicate_of": original.id}
        )
        append_event(case.id, kind="duplicate", actor=actor, at=at, before=before, after=after)
        append_event(
            original.id, kind="duplicate", actor=actor, at=at, before={}, after={"duplicated_by": case.number}
        )
    return CaseChange(
        case.id,
        case.number,
        version,
        "duplicate",
        before,
        after,
        changes=case_touched(case.id) | Changes.of(case_history={original.id}),
    )


def withdraw_case(
    *, case_id: int, reason: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> CaseChange:
    """A case entered by mistake (a test message, a double entry) leaves the working views and the
    figures; it is never deleted, keeps its number and history, and shows under the state filter."""
    if not reason.strip():
        raise ValidationError("case.withdraw_reason_needed", field="reason")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.withdraw", case=case)
        return change_state(
            case,
            target=workflow.WITHDRAWN,
            kind="withdraw",
            actor=actor,
            expected_version=expected_version,
            at=at,
            # No clock runs for a case that was never one: it is late nowhere, in no list or figure.
            extra={
                "next_review_on": None,
                "promise_due_at": None,
                "statutory_due_at": None,
                "update_due_at": None,
            },
            extra_before={
                "promise_due_at": iso(case.promise_due_at),
                "statutory_due_at": iso(case.statutory_due_at),
                "update_due_at": iso(case.update_due_at),
            },
            body=reason.strip(),
        )


def set_petition_kind(
    *,
    case_id: int,
    kind: str,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> CaseChange:
    """Change the kind of petition under the Act (질의·건의·고충·기타·법정): the statutory period is the
    kind's (시행령 제14–17조), counted again from receipt. An extension already granted is not kept:
    the new kind's period replaces it (extend again if needed)."""
    if kind not in petitions.PETITION_KINDS:
        raise ValidationError("case.unknown_petition_kind", {"kind": kind}, field="petition_kind")
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.categorise", case=case)
        clocks_now = clock_fields(
            channel_code=case.channel.code,
            category_code=case.category.code if case.category_id else None,
            received_at=case.received_at,
            session_at=case.session.starts_at if case.session_id else None,
            kind=kind,
        )
        before = {"petition_kind": case.petition_kind, "statutory_due_at": iso(case.statutory_due_at)}
        after = {"petition_kind": kind, "statutory_due_at": iso(clocks_now["statutory_due_at"])}
        version = write_case(
            case,
            expected_version=expected_version,
            actor=actor,
            at=at,
            changes={"petition_kind": kind, "statutory_due_at": clocks_now["statutory_due_at"]},
        )
        append_event(case.id, kind="petition_kind", actor=actor, at=at, before=before, after=after)
    return CaseChange(
        case.id, case.number, version, "petition_kind", before, after, changes=case_touched(case.id)
    )
