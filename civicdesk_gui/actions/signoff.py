"""Sign-off (결재) of a letter before it goes out: draft, review, approve (or 대결 for an absent
approver), return with a comment, submit again. One transaction and one case-history event each;
letters.issue_letter issues an approved draft's text (domain/signoff.py has the rules and the law)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.outbox import add_message, check_message, mobile_number
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.signoff_gate import outbox_batch
from civicdesk_gui.documents.letters.templates import LANGUAGES
from civicdesk_gui.domain import signoff
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.outbox import reference_of
from civicdesk_gui.domain.vocabulary import REPLY_METHODS
from civicdesk_gui.errors import ConflictError, NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Case, OutboxMessage, User, now
from civicdesk_gui.store.office_settings import get_setting


@dataclass(frozen=True)
class SignoffStep:
    approval_id: int
    case_id: int
    state: str
    mark: str
    changes: Changes


def _approval(approval_id: int) -> Approval:
    row = Approval.get_or_none(Approval.id == approval_id)
    if row is None:
        raise NotFoundError("signoff.not_found", {"id": approval_id})
    return row


def _active_user(user_id: int | None, field: str) -> User | None:
    if user_id is None:
        return None
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise ValidationError("signoff.unknown_user", {"id": user_id}, field=field)
    return user


def _step(
    row: Approval,
    *,
    actor: Actor,
    at: dt.datetime,
    what: str,
    changes: dict,
    body: str = "",
    extra: dict | None = None,
    touched: Changes | None = None,
) -> SignoffStep:
    before = {"signoff": row.state}
    updated = (
        Approval.update(**changes, version=Approval.version + 1)
        .where((Approval.id == row.id) & (Approval.version == row.version))
        .execute()
    )
    if updated != 1:
        raise ConflictError("signoff.changed", {"id": row.id})
    after = {"signoff": changes.get("state", row.state), "step": what, "draft": row.id}
    if changes.get("mark"):
        after["mark"] = changes["mark"]
    after.update(extra or {})
    append_event(row.case_id, kind="signoff", actor=actor, at=at, before=before, after=after, body=body)
    touched = Changes.of(cases={row.case_id}) | (touched or Changes())
    return SignoffStep(row.id, row.case_id, after["signoff"], changes.get("mark", row.mark), touched)


def draft_letter(
    *,
    case_id: int,
    subject: str,
    kind: str,
    language: str,
    title: str,
    body: str,
    reviewer_id: int | None,
    approver_id: int,
    actor: Actor,
    at: dt.datetime | None = None,
) -> SignoffStep:
    """Draft a letter for sign-off along the line drafter → reviewer → approver; who approves (the
    level) follows the office's 전결 rules for the subject (signoff.level.* settings)."""
    if subject not in signoff.SUBJECTS:
        raise ValidationError("signoff.unknown_subject", {"subject": subject}, field="subject")
    if language not in LANGUAGES:
        raise ValidationError("letter.unknown_language", {"language": language}, field="language")
    if not title.strip():
        raise ValidationError("letter.subject_empty", field="title")
    if not body.strip():
        raise ValidationError("letter.text_empty", field="body")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case, row = _create_draft(
            case_id=case_id,
            subject=subject,
            kind=kind,
            language=language,
            title=title,
            body=body,
            reviewer_id=reviewer_id,
            approver_id=approver_id,
            actor=actor,
            at=at,
        )
        _draft_event(row, actor=actor, at=at)
    return SignoffStep(row.id, case.id, "drafted", "", Changes.of(cases={case.id}))


def _create_draft(
    *,
    case_id: int,
    subject: str,
    kind: str,
    language: str,
    title: str,
    body: str,
    reviewer_id: int | None,
    approver_id: int,
    actor: Actor,
    at: dt.datetime,
) -> tuple[Case, Approval]:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFoundError("case.not_found", {"id": case_id})
    require(actor, "signoff.draft", case=case)
    reviewer = _active_user(reviewer_id, "reviewer")
    approver = _active_user(approver_id, "approver")
    if reviewer is not None and reviewer.id == actor.id:
        raise ValidationError("signoff.review_own_draft", field="reviewer")
    level = get_setting(signoff.LEVEL_SETTING[subject])
    row = Approval.create(
        case=case.id,
        subject=subject,
        kind=kind,
        language=language,
        title=title.strip(),
        body=body,
        state="drafted",
        level=level,
        drafter=actor.id,
        drafted_at=at,
        reviewer=reviewer.id if reviewer else None,
        approver=approver.id,
    )
    return case, row


def _draft_event(row: Approval, *, actor: Actor, at: dt.datetime, extra: dict | None = None) -> None:
    after = {"signoff": "drafted", "step": "draft", "draft": row.id, "level": row.level, **(extra or {})}
    append_event(row.case_id, kind="signoff", actor=actor, at=at, before={}, after=after, body=row.title)


def draft_reply(
    *,
    case_id: int,
    method: str,
    text: str,
    reviewer_id: int | None,
    approver_id: int,
    actor: Actor,
    title: str = "",
    at: dt.datetime | None = None,
) -> SignoffStep:
    """Draft a result reply (처리 결과 회신) for sign-off, the office's 전결 rule for result replies
    naming the level. A reply by text waits in the outbox as a draft of this one's batch until the
    approval releases it; any other method is recorded by the drafter once approved
    (actions/cases.record_reply with the draft). The draft's `kind` is the reply method."""
    if method not in REPLY_METHODS:
        raise ValidationError("case.unknown_reply_method", {"method": method}, field="method")
    if not text.strip():
        raise ValidationError("case.reply_empty", field="text")
    if method == "sms":
        check_message(text, "result")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case, row = _create_draft(
            case_id=case_id,
            subject="result_reply",
            kind=method,
            language="ko",
            title=title.strip() or signoff.SUBJECTS["result_reply"].ko,
            body=text.strip(),
            reviewer_id=reviewer_id,
            approver_id=approver_id,
            actor=actor,
            at=at,
        )
        extra: dict = {"method": method}
        messages: list[int] = []
        if method == "sms":
            if mobile_number(case) is None:
                raise ValidationError("outbox.no_phone", {"number": case.number}, field="phone")
            message = add_message(
                case,
                method="text",
                text=text,
                purpose="result",
                state="draft",
                actor=actor,
                at=at,
                batch=outbox_batch(row.id),
                record=False,  # the draft's event says it: one event
            )
            messages.append(message.id)
            extra["outbox"] = reference_of(message.id)
        _draft_event(row, actor=actor, at=at, extra=extra)
    return SignoffStep(row.id, case.id, "drafted", "", Changes.of(cases={case.id}, outbox=messages))


def review_draft(*, approval_id: int, actor: Actor, at: dt.datetime | None = None) -> SignoffStep:
    """The reviewer (검토자, the team leader) has checked the draft; it goes to the approver."""
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        row = _approval(approval_id)
        require(actor, "signoff.review", case=Case.get_by_id(row.case_id))
        if row.reviewer_id != actor.id:
            raise ConflictError("signoff.not_reviewer", {"id": row.id})
        signoff.check_step("review", row.state)
        return _step(row, actor=actor, at=at, what="review", changes={"state": "reviewed", "reviewed_at": at})


def approve_draft(
    *, approval_id: int, actor: Actor, deputy: bool = False, at: dt.datetime | None = None
) -> SignoffStep:
    """Approve (결재): the designated approver marks 전결 when approving by delegation (anyone but the
    mayor); with `deputy`, another approver signs for an absent one and marks 대결 (시행규칙 제7조)."""
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        row = _approval(approval_id)
        require(actor, "signoff.approve", case=Case.get_by_id(row.case_id))
        if not deputy and row.approver_id != actor.id:
            raise ConflictError("signoff.not_approver", {"id": row.id})
        if deputy and row.approver_id == actor.id:
            raise ValidationError("signoff.deputy_is_approver", field="deputy")
        if actor.id == row.drafter_id:
            raise ValidationError("signoff.approve_own_draft", field="approver")
        signoff.check_step("approve", row.state, has_reviewer=row.reviewer_id is not None)
        mark = signoff.approval_mark(row.level, deputy=deputy)
        changes = {"state": "approved", "approved_by": actor.id, "approved_at": at, "mark": mark}
        released = _release_texts(row, actor=actor, at=at)
        if released:
            # A result reply by text: approving it hands it to the outbox, where it goes out with the
            # next bulk-send file and counts for the clocks when handed over. Nothing is left to issue.
            changes["state"] = "issued"
        extra = {"released": ", ".join(reference_of(i) for i in released)} if released else {}
        return _step(
            row,
            actor=actor,
            at=at,
            what="approve",
            changes=changes,
            extra=extra,
            touched=Changes.of(outbox=released),
        )


def _release_texts(row: Approval, *, actor: Actor, at: dt.datetime) -> list[int]:
    """The outbox drafts of a result reply, approved with it (actions/outbox.py's sign-off hook)."""
    if row.subject != "result_reply":
        return []
    drafts = OutboxMessage.select(OutboxMessage.id).where(
        (OutboxMessage.batch == outbox_batch(row.id)) & (OutboxMessage.state == "draft")
    )
    ids = sorted(m.id for m in drafts)
    if ids:
        OutboxMessage.update(state="approved", approved_at=at, approved_by=actor.id).where(
            OutboxMessage.id.in_(ids)
        ).execute()
    return ids


def return_draft(
    *, approval_id: int, actor: Actor, comment: str, at: dt.datetime | None = None
) -> SignoffStep:
    """Send the draft back to its drafter with a comment (by its reviewer or approver)."""
    if not comment.strip():
        raise ValidationError("signoff.comment_needed", field="comment")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        row = _approval(approval_id)
        case = Case.get_by_id(row.case_id)
        if actor.id == row.reviewer_id:
            require(actor, "signoff.review", case=case)
        else:
            require(actor, "signoff.approve", case=case)
            if actor.id != row.approver_id:
                raise ConflictError("signoff.not_approver", {"id": row.id})
        signoff.check_step("return", row.state)
        return _step(
            row,
            actor=actor,
            at=at,
            what="return",
            changes={"state": "returned", "comment": comment.strip(), "reviewed_at": None},
            body=comment.strip(),
        )


def resubmit_draft(
    *, approval_id: int, title: str, body: str, actor: Actor, at: dt.datetime | None = None
) -> SignoffStep:
    """The drafter corrects a returned draft and submits it again along the same line."""
    if not title.strip():
        raise ValidationError("letter.subject_empty", field="title")
    if not body.strip():
        raise ValidationError("letter.text_empty", field="body")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        row = _approval(approval_id)
        require(actor, "signoff.draft", case=Case.get_by_id(row.case_id))
        if actor.id != row.drafter_id:
            raise ConflictError("signoff.not_drafter", {"id": row.id})
        signoff.check_step("resubmit", row.state)
        if row.subject == "result_reply" and row.kind == "sms":
            check_message(body, "result")
            OutboxMessage.update(message=body.strip()).where(
                (OutboxMessage.batch == outbox_batch(row.id)) & (OutboxMessage.state == "draft")
            ).execute()
        return _step(
            row,
            actor=actor,
            at=at,
            what="resubmit",
            changes={"state": "drafted", "title": title.strip(), "body": body, "drafted_at": at},
        )
