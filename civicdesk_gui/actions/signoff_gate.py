"""Where sign-off (결재) gates a reply: with the office setting `signoff.required` on, a result reply
(법 제27조: the one that ends the statutory period) goes out only as an approved `result_reply` draft.
Receipt notices, interim and other replies are not gated. Shared by actions/cases.record_reply and
actions/outbox.queue_text_reply; call inside their transaction."""

from __future__ import annotations

from civicdesk_gui.errors import ConflictError, ValidationError
from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.office_settings import get_setting

# Every state but returned and issued: a text may wait in the outbox (as a draft) for its approval.
LIVE_STATES = ("drafted", "reviewed", "approved")


def outbox_batch(approval_id: int) -> str:
    """The outbox batch of the texts a result-reply draft releases when it is approved."""
    return f"signoff-{approval_id}"


def result_reply_draft(
    case: Case, approval_id: int | None, *, purpose: str, states: tuple[str, ...] = ("approved",)
) -> Approval | None:
    """The result-reply draft a reply goes out under, or None when none is needed; refuses a result
    reply without one while the office requires sign-off."""
    if approval_id is None:
        if purpose == "result" and get_setting("signoff.required"):
            raise ValidationError("signoff.reply_needed", {"number": case.number}, field="purpose")
        return None
    approval = Approval.get_or_none(Approval.id == approval_id)
    if (
        approval is None
        or approval.case_id != case.id
        or approval.subject != "result_reply"
        or approval.state not in states
    ):
        raise ValidationError(
            "signoff.reply_mismatch", {"id": approval_id, "number": case.number}, field="approval"
        )
    return approval


def mark_issued(approval: Approval, **fields) -> None:
    """The draft went out (recorded, or its text handed to the outbox)."""
    updated = (
        Approval.update(state="issued", version=Approval.version + 1, **fields)
        .where((Approval.id == approval.id) & (Approval.version == approval.version))
        .execute()
    )
    if updated != 1:
        raise ConflictError("signoff.changed", {"id": approval.id})
