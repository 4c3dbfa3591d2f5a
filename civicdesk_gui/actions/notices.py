"""Statutory notices as official letters (domain/notices.py has the law): each rendered in the letters'
공문서 layout with its register number, its PDF stored as issued, signed off like a letter when the
office requires it — and its effect on the case in the same transaction: an extension moves the
statutory due time, a supplement request pauses the clock until the answer, an interim notice counts
as news of progress. Also the referral's tracking: the agency's answer recorded."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_writes import case_touched, get_case, iso, write_case
from civicdesk_gui.actions.cases import count_as_reply
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.letters import _approved_draft, approval_lines, register_counter_name
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.letters.rendering import render_case_letter
from civicdesk_gui.domain import clocks, notices, workflow
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.letters import case_facts
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Approval, Letter
from civicdesk_gui.store.models import Agency, Department, now
from civicdesk_gui.store.office_settings import city_settings
from civicdesk_gui.store.rules import load_rules
from civicdesk_gui.store.sequences import next_value


@dataclass(frozen=True)
class IssuedNotice:
    letter_id: int
    case_id: int
    register_number: str
    pdf: bytes
    statutory_due_at: dt.datetime | None
    changes: Changes


def _statutory_period(case) -> clocks.Period | None:
    rule = clocks.pick_rule(
        load_rules(),
        clock="statutory",
        channel=case.channel.code,
        category=case.category.code if case.category_id else None,
        kind=case.petition_kind,
    )
    return rule.period if rule is not None and case.petition_kind else None


def issue_notice(
    *,
    case_id: int,
    kind: str,
    actor: Actor,
    expected_version: int | None = None,
    progress: str = "",
    expected_on: dt.date | None = None,
    reason: str = "",
    amount: int = 0,
    consent_on: dt.date | None = None,
    missing: str = "",
    by_date: dt.date | None = None,
    approval_id: int | None = None,
    at: dt.datetime | None = None,
) -> IssuedNotice:
    """Issue one notice to the resident. interim: progress, expected_on. extension: reason, amount (in
    the period's units, up to the period), consent_on for a second one. transfer: reason (the case is
    referred to its agency first). supplement: missing, by_date."""
    if kind not in notices.NOTICE_KINDS:
        raise ValidationError("notice.unknown_kind", {"kind": kind}, field="kind")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "letter.issue", case=case)
        if case.status == workflow.WITHDRAWN or workflow.is_closed(case.classification):
            raise ValidationError("notice.case_closed", {"number": case.number}, field="state")
        department = (
            Department.get_or_none(Department.id == case.department_id) if case.department_id else None
        )
        if department is None:
            raise ValidationError("letter.no_department", {"number": case.number}, field="department")
        facts = case_facts(case.id)
        text_facts = {
            "number": case.number,
            "summary": case.summary,
            "received_at": case.received_at,
            "contact": " ".join(
                p for p in (facts.department_code, facts.official_name, facts.official_rank) if p
            ),
            "phone": facts.official_phone or facts.department_phone,
        }
        changes: dict = {}
        purpose = "other"
        if kind == "interim":
            if not progress.strip() or expected_on is None:
                raise ValidationError("notice.progress_needed", field="progress")
            text_facts.update(progress=progress.strip(), expected_on=expected_on)
            purpose = "interim"  # news of progress: the monthly clock restarts (시행령 제23조)
        elif kind == "extension":
            period = _statutory_period(case)
            if period is None or case.statutory_due_at is None:
                raise ValidationError("notice.no_period", {"number": case.number}, field="kind")
            if not reason.strip():
                raise ValidationError("notice.reason_needed", field="reason")
            notices.check_extension(
                extensions=case.extensions,
                amount=amount,
                period_amount=period.amount,
                consent=consent_on is not None,
            )
            new_due = clocks.extended_due(period, case.statutory_due_at, amount)
            changes.update(statutory_due_at=new_due, extensions=case.extensions + 1)
            text_facts.update(reason=reason.strip(), new_due=new_due, consent_on=consent_on)
        elif kind == "transfer":
            if case.classification != "referred" or case.agency_id is None:
                raise ValidationError("notice.not_referred", {"number": case.number}, field="agency")
            agency = Agency.get_by_id(case.agency_id)
            text_facts.update(
                agency=agency.name,
                agency_phone=agency.phone,
                reason=reason.strip() or case.reason_text or "",
                transferred_on=at.date(),
            )
        elif kind == "supplement":
            if not missing.strip() or by_date is None:
                raise ValidationError("notice.missing_needed", field="missing")
            if case.paused_at is not None:
                raise ValidationError("notice.already_paused", {"number": case.number}, field="kind")
            changes["paused_at"] = at  # the clock stops until the answer (시행령 제20조)
            text_facts.update(missing=missing.strip(), by_date=by_date)
        title, body = notices.notice_text(kind, text_facts)
        approval = _approved_draft(case, approval_id)
        sign_lines: tuple = ()
        if approval is not None:
            title, body, sign_lines = approval.title, approval.body, approval_lines(approval, "ko")
        register_number = f"{department.code}-{next_value(register_counter_name(department.code))}"
        rendered = render_case_letter(
            facts, city_settings(), language="ko", subject=title, body=body,
            register_number=register_number, issue_date=at.date(), sign_lines=sign_lines,
        )  # fmt: skip
        digest = hashlib.sha256(rendered.pdf).hexdigest()
        letter = Letter.create(
            case=case.id, register_number=register_number, department=department.id, kind=kind, language="ko",
            subject=title, text=body, pdf=rendered.pdf, sha256=digest, signed=False, issued_at=at,
            issued_by=actor.id,
        )  # fmt: skip
        if approval is not None:
            Approval.update(state="issued", letter=letter.id, version=Approval.version + 1).where(
                Approval.id == approval.id
            ).execute()
        version, before, after = count_as_reply(
            case, actor=actor, expected_version=expected_version, at=at, purpose=purpose
        )
        if changes:
            write_case(case, expected_version=version, actor=actor, at=at, changes=changes)
        before["statutory_due_at"] = iso(case.statutory_due_at)
        after.update(
            notice=kind,
            letter=register_number,
            statutory_due_at=iso(changes.get("statutory_due_at", case.statutory_due_at)),
        )
        append_event(case.id, kind="notice", actor=actor, at=at, before=before, after=after, body=title)
    return IssuedNotice(
        letter.id,
        case.id,
        register_number,
        rendered.pdf,
        changes.get("statutory_due_at", case.statutory_due_at),
        Changes.of(letters={letter.id}, cases={case.id}),
    )


def record_supplement(
    *, case_id: int, actor: Actor, expected_version: int | None = None, at: dt.datetime | None = None
) -> Changes:
    """The resident supplied what was missing: the clock runs again, its due time moved by the pause."""
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.progress", case=case)
        if case.paused_at is None:
            raise ValidationError("notice.not_paused", {"number": case.number}, field="state")
        period = _statutory_period(case)
        due = case.statutory_due_at
        if period is not None and due is not None:
            due = clocks.paused_due(period, due, case.paused_at, at)
        before = {"paused_at": iso(case.paused_at), "statutory_due_at": iso(case.statutory_due_at)}
        after = {"paused_at": None, "statutory_due_at": iso(due)}
        write_case(
            case, expected_version=expected_version, actor=actor, at=at,
            changes={"paused_at": None, "statutory_due_at": due},
        )  # fmt: skip
        append_event(case.id, kind="supplement", actor=actor, at=at, before=before, after=after)
    return case_touched(case.id)


def record_agency_answer(
    *,
    case_id: int,
    text: str,
    actor: Actor,
    expected_version: int | None = None,
    at: dt.datetime | None = None,
) -> Changes:
    """The agency a case was referred to has answered: the reminder stops; the result is then replied
    to the resident (a reply of purpose result)."""
    if not text.strip():
        raise ValidationError("notice.answer_empty", field="text")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.refer", case=case)
        if case.classification != "referred":
            raise ValidationError("notice.not_referred", {"number": case.number}, field="agency")
        write_case(
            case, expected_version=expected_version, actor=actor, at=at,
            changes={"agency_answered_at": at, "referral_remind_on": None},
        )  # fmt: skip
        append_event(
            case.id, kind="agency_answer", actor=actor, at=at,
            before={"referral_remind_on": iso(case.referral_remind_on)}, after={"agency_answered_at": iso(at)},
            body=text.strip(),
        )  # fmt: skip
        # Every resident linked to the case (merged duplicates) gets a draft reply with the answer.
        from civicdesk_gui.actions.linked_replies import draft_for_group

        drafted = draft_for_group(case.id, actor=actor, at=at, answer=text)
    return case_touched(case.id) | drafted
