"""Every linked resident told: when a case's result is recorded (or a referral's agency answer
arrives), one reply is drafted for each resident linked to it — merged duplicates, the same
suggestion raised at a session by several people — each addressed to that resident, by the way they
chose (a text, a letter, a call), filled from the purpose's template with their own case's fields.
The coordinator reviews the drafts and approves them as one batch (actions/outbox.release_for_sending,
the same hook sign-off will call)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_writes import get_case
from civicdesk_gui.actions.outbox import add_message, check_message, mobile_number
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain import reply_templates
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.outbox import METHODS
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.outbox import linked_case_ids
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, OutboxMessage, now


@dataclass(frozen=True)
class Prepared:
    batch: str
    message_ids: list[int]
    case_ids: list[int]
    changes: Changes


def resident_fields(case: Case) -> reply_templates.ReplyFields:
    return reply_templates.ReplyFields(
        name=case.submitter_name,
        number=case.number,
        received_on=case.received_at.date(),
        department=case.department.name if case.department_id else "",
        official=case.official.name if case.official_id else "",
        classification=case.classification,
        summary=case.summary,
        reason_code=case.reason_code,
        reason_text=case.reason_text,
        agency=case.agency.name if case.agency_id else "",
        next_review_on=case.next_review_on,
    )


def personalised(text: str, case: Case) -> str:
    """The coordinator's wording with this resident's own fields ({이름}, {접수번호} …)."""
    if "{" not in text:
        return text
    values = reply_templates.placeholder_values(resident_fields(case))
    try:
        return text.format_map(reply_templates._KeepMissing(values))
    except (ValueError, IndexError, AttributeError):  # a lone brace or "{0}" typed: the words as written
        return text


def chosen_method(case: Case) -> str:
    """How this resident is told: as they chose; otherwise a text when there is a mobile number, a
    letter when there is an address, else a call (an official finds the number)."""
    if case.reply_by in METHODS and (case.reply_by != "text" or mobile_number(case) is not None):
        return case.reply_by
    if mobile_number(case) is not None:
        return "text"
    return "letter" if case.submitter_address.strip() else "phone"


def default_wording(case_id: int) -> str:
    """The template that fits the case's outcome, with placeholders left for each resident."""
    case = get_case(case_id)
    fitting = reply_templates.templates_for(
        category=case.category.code if case.category_id else None, classification=case.classification
    )
    return fitting[0].text if fitting else ""


def _draft_all(
    residents: list[Case], *, text: str, purpose: str, actor: Actor, at: dt.datetime, batch: str
) -> list[int]:
    message_ids: list[int] = []
    for case in residents:
        wording = personalised(text, case)
        check_message(wording, purpose)
        message = add_message(
            case,
            method=chosen_method(case),
            text=wording,
            purpose=purpose,
            state="draft",
            actor=actor,
            at=at,
            batch=batch,
        )
        message_ids.append(message.id)
    return message_ids


def _residents(case_id: int) -> list[Case]:
    return [c for c in (get_case(i) for i in linked_case_ids(case_id)) if c.status != "withdrawn"]


def prepare_linked_replies(
    *, case_id: int, text: str, actor: Actor, purpose: str = "result", at: dt.datetime | None = None
) -> Prepared:
    """One draft per linked resident (the case's own included), as one batch to approve."""
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        root = get_case(case_id)
        require(actor, "case.reply", case=root)
        check_message(text, purpose)
        residents = _residents(case_id)
        if not residents:
            raise ValidationError("outbox.nothing_linked", {"number": root.number})
        batch = f"{root.number}/{at:%Y%m%d%H%M%S}"
        message_ids = _draft_all(residents, text=text, purpose=purpose, actor=actor, at=at, batch=batch)
    case_ids = [c.id for c in residents]
    return Prepared(batch, message_ids, case_ids, Changes.of(outbox=message_ids, case_history=case_ids))


AGENCY_ANSWER = "{이름}님, 접수번호 {접수번호} 건에 대한 {기관}의 답변을 알려 드립니다: "


def draft_for_group(case_id: int, *, actor: Actor, at: dt.datetime, answer: str | None = None) -> Changes:
    """Called by the action that records a case's result (classify_case), or a referred case's agency
    answer (record_progress), inside its transaction, after its own write and permission check: when
    the case is one of a group of linked residents, each gets a draft reply from the outcome's
    template (or the agency's answer), to be approved as a batch. A single case, a group whose drafts
    still await approval, or wording the gateway could not take drafts nothing — and never fails the
    action that called it."""
    residents = _residents(case_id)
    if len(residents) < 2:
        return Changes()
    ids = [c.id for c in residents]
    waiting = OutboxMessage.select().where((OutboxMessage.case.in_(ids)) & (OutboxMessage.state == "draft"))
    if waiting.exists():
        return Changes()
    root = get_case(case_id)
    if answer:  # the answer's own braces are words, not placeholders; the agency is the root case's
        agency = root.agency.name if root.agency_id else ""
        text = AGENCY_ANSWER.replace("{기관}", agency) + " ".join(answer.split()).replace("{", "{{").replace(
            "}", "}}"
        )
    else:
        text = default_wording(case_id)
    if not text.strip():
        return Changes()
    try:
        with database_proxy.atomic():  # a savepoint: wording refused for one resident drafts none
            message_ids = _draft_all(
                residents,
                text=text,
                purpose="result",
                actor=actor,
                at=at,
                batch=f"{root.number}/{at:%Y%m%d%H%M%S}",
            )
    except ValidationError:
        return Changes()
    return Changes.of(outbox=message_ids, case_history=ids)
