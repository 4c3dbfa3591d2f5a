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
from civicdesk_gui.store.models import Case, now


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
    values = reply_templates.placeholder_values(resident_fields(case))
    return text.format_map(reply_templates._KeepMissing(values)) if "{" in text else text


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


def prepare_linked_replies(
    *, case_id: int, text: str, actor: Actor, purpose: str = "result", at: dt.datetime | None = None
) -> Prepared:
    """One draft per linked resident (the case's own included), as one batch to approve."""
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        root = get_case(case_id)
        require(actor, "case.reply", case=root)
        check_message(text, purpose)
        group = [get_case(i) for i in linked_case_ids(case_id)]
        residents = [c for c in group if c.status != "withdrawn"]
        if not residents:
            raise ValidationError("outbox.nothing_linked", {"number": root.number})
        batch = f"{root.number}/{at:%Y%m%d%H%M%S}"
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
    case_ids = [c.id for c in residents]
    return Prepared(batch, message_ids, case_ids, Changes.of(outbox=message_ids, case_history=case_ids))
