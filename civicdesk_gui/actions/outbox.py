"""The reply outbox: every text owed to a resident goes in once approved, leaves in one bulk-send file
handed to the gateway, and is closed by the gateway's delivery report (domain/outbox.py).

The hook for sign-off (결재): a reply enters the outbox in ENTRY_STATE, "approved" — the reply action's
user approves it by sending it. With the office's `signoff.required` on, a result reply's text enters
as "draft" in the batch of its result-reply draft (signoff_gate.outbox_batch) and the draft's approval
releases it (actions/signoff.approve_draft), as the linked residents' batch is released by
`release_for_sending`. Nothing but an approved message is ever exported.

A reply counts for the clocks (promise, statutory, monthly update) when it is handed to the gateway,
not when it is typed (count_as_reply at the export's time); a failed delivery keeps that count — the
office did reply on time — and is shown on the case and in the outbox's failed view to retry or phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.case_writes import get_case
from civicdesk_gui.actions.cases import count_as_reply
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.signoff_gate import LIVE_STATES, mark_issued, outbox_batch, result_reply_draft
from civicdesk_gui.documents.outbox_files import FORMATS, OutboxLine, parse_delivery_report, write_bulk_file
from civicdesk_gui.documents.sms_import import RowProblem
from civicdesk_gui.domain import outbox as rules
from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, OutboxMessage, now
from civicdesk_gui.store.office_settings import get_setting, put_setting

# The state a reply enters the outbox in (a result awaiting sign-off enters as "draft": see above).
ENTRY_STATE = "approved"
DEFAULT_BATCH_SIZE = 200
MANY_MESSAGES = MANY  # what a cancelled report import may have changed


def counts_for_clocks(purpose: str) -> bool:
    """Only a result (or an interim reply, as a reply always counted so far) meets the clocks; a
    receipt notice never does (DOMAIN.md §3 step 4)."""
    return purpose != "receipt"


def mobile_number(case: Case) -> str | None:
    """The resident's mobile number as the gateway needs it, or None (no number, a landline, invalid)."""
    digits = "".join(ch for ch in case.submitter_phone if ch.isdigit())
    if not case.phone_valid or not digits.startswith("01") or len(digits) not in (10, 11):
        return None
    return case.submitter_phone


@dataclass(frozen=True)
class Queued:
    message_ids: list[int]
    changes: Changes


def check_message(text: str, purpose: str) -> rules.MessageSize:
    if purpose not in rules.PURPOSES:
        raise ValidationError("outbox.unknown_purpose", {"purpose": purpose}, field="purpose")
    if not text.strip():
        raise ValidationError("outbox.text_empty", field="text")
    size = rules.cp949_size(text.strip())
    if size.truncated:
        raise ValidationError("outbox.too_long", {"size": size.size, "limit": rules.LMS_LIMIT}, field="text")
    return size


def add_message(
    case: Case,
    *,
    method: str,
    text: str,
    purpose: str,
    state: str,
    actor: Actor,
    at: dt.datetime,
    batch: str = "",
    retry_of: int | None = None,
    record: bool = True,
) -> OutboxMessage:
    """One message into the outbox, with its event on the case (who is told what) unless the caller's
    own event says it (`record=False`). In a transaction."""
    message = OutboxMessage.create(
        case=case.id,
        method=method,
        purpose=purpose,
        recipient_name=case.submitter_name,
        recipient_phone=case.submitter_phone,
        message=text.strip(),
        state=state,
        batch=batch,
        created_at=at,
        created_by=actor.id,
        approved_at=at if state == "approved" else None,
        approved_by=actor.id if state == "approved" else None,
        retry_of=retry_of,
    )
    if not record:
        return message
    append_event(
        case.id,
        kind="outbox",
        actor=actor,
        at=at,
        after={
            "reference": rules.reference_of(message.id),
            "method": method,
            "purpose": purpose,
            "state": state,
            "to": case.submitter_name,
        },
        body=message.message,
    )
    return message


def queue_text_reply(
    *,
    case_id: int,
    text: str,
    actor: Actor,
    purpose: str = "result",
    at: dt.datetime | None = None,
    approval_id: int | None = None,
) -> Queued:
    """A reply by text: into the outbox for the resident's mobile number (ENTRY_STATE). With sign-off
    required (결재), a result reply needs its draft (`approval_id`): until the draft is approved the
    text waits as a "draft" in the outbox, and the approval releases it (actions/signoff.py)."""
    check_message(text, purpose)
    at = at or now()
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.reply", case=case)
        if mobile_number(case) is None:
            raise ValidationError("outbox.no_phone", {"number": case.number}, field="phone")
        approval = result_reply_draft(case, approval_id, purpose=purpose, states=LIVE_STATES)
        state, batch = ENTRY_STATE, ""
        if approval is not None:
            text, batch = approval.body, outbox_batch(approval.id)
            if approval.state == "approved":
                mark_issued(approval)
            else:
                state = "draft"
        message = add_message(
            case, method="text", text=text, purpose=purpose, state=state, actor=actor, at=at, batch=batch
        )
    return Queued([message.id], Changes.of(outbox=[message.id], case_history=[case.id]))


def _message(message_id: int) -> OutboxMessage:
    message = OutboxMessage.get_or_none(OutboxMessage.id == message_id)
    if message is None:
        raise NotFoundError("outbox.not_found", {"id": message_id})
    return message


def _wrong_state(message: OutboxMessage) -> ValidationError:
    return ValidationError(
        "outbox.wrong_state", {"reference": rules.reference_of(message.id), "state": message.state}
    )


def release_for_sending(*, message_ids: list[int], actor: Actor, at: dt.datetime | None = None) -> Queued:
    """Sign-off's hook: drafts become approved, i.e. pending in the outbox (texts go out with the
    next bulk-send file; letters and calls wait to be done by hand). All or none."""
    at = at or now()
    case_ids: set[int] = set()
    with database_proxy.atomic():
        require(actor, "outbox.release")
        for message_id in dict.fromkeys(message_ids):
            message = _message(message_id)
            if message.state != "draft":
                raise _wrong_state(message)
            OutboxMessage.update(state="approved", approved_at=at, approved_by=actor.id).where(
                OutboxMessage.id == message.id
            ).execute()
            append_event(
                message.case_id,
                kind="outbox",
                actor=actor,
                at=at,
                before={"state": "draft"},
                after={"reference": rules.reference_of(message.id), "state": "approved"},
            )
            case_ids.add(message.case_id)
    return Queued(list(dict.fromkeys(message_ids)), Changes.of(outbox=message_ids, case_history=case_ids))


# ------------------------------------------------------------------------------ hand-over


@dataclass(frozen=True)
class HandedOver:
    path: Path | None  # None: nothing was pending, no file written
    count: int
    message_ids: list[int]
    changes: Changes


def export_columns(text: str | None = None) -> list[str]:
    raw = text if text is not None else get_setting("outbox.columns")
    try:
        return rules.parse_columns(raw)
    except ValueError as exc:
        raise ValidationError(
            "outbox.bad_columns",
            {"column": str(exc), "known": ", ".join(rules.COLUMN_FIELDS)},
            field="columns",
        ) from None


def export_outbox(
    *,
    actor: Actor,
    path: str | Path,
    fmt: str = "csv",
    columns: str | None = None,
    at: dt.datetime | None = None,
) -> HandedOver:
    """Write every pending text into the gateway's bulk-send file and mark them handed over, in ONE
    transaction: the file is renamed into place just before the commit, so a crash or a kill leaves
    either nothing marked (a file may be there: exporting again rewrites it with the same messages)
    or everything marked and the file whole (tests/outbox/test_export_kill.py)."""
    if fmt not in FORMATS:
        raise ValidationError("outbox.bad_format", {"format": fmt}, field="format")
    path = Path(path)
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        require(actor, "outbox.send")
        chosen = export_columns(columns)
        encoding = get_setting("outbox.csv_encoding")
        pending = list(
            OutboxMessage.select(OutboxMessage, Case)
            .join(Case)
            .where((OutboxMessage.state == "approved") & (OutboxMessage.method == "text"))
            .order_by(OutboxMessage.id)
        )
        if not pending:
            return HandedOver(None, 0, [], Changes())
        lines: list[OutboxLine] = []
        case_ids: list[int] = []
        for message in pending:
            size = rules.cp949_size(message.message)
            lines.append(
                OutboxLine(
                    rules.reference_of(message.id),
                    message.recipient_phone,
                    message.recipient_name,
                    message.message,
                    message.case.number,
                    size.kind.upper() if size.kind != "too_long" else "LMS",
                    size.size,
                )
            )
            OutboxMessage.update(state="handed_over", handed_over_at=at, handed_over_file=path.name).where(
                OutboxMessage.id == message.id
            ).execute()
            case = get_case(message.case_id)  # fresh: an earlier message may have counted on it
            before: dict = {}
            after: dict = {}
            if counts_for_clocks(message.purpose):
                _version, before, after = count_as_reply(case, actor=actor, expected_version=None, at=at)
            after.update({"reference": rules.reference_of(message.id), "file": path.name})
            append_event(
                case.id,
                kind="handed_over",
                actor=actor,
                at=at,
                before=before,
                after=after,
                body=message.message,
            )
            case_ids.append(case.id)
        append_audit(
            "outbox_export",
            actor=actor,
            details={"file": str(path), "rows": len(lines), "format": fmt, "columns": chosen},
            at=at,
        )
        write_bulk_file(lines, path, fmt=fmt, columns=chosen, encoding=encoding)
    ids = [m.id for m in pending]
    return HandedOver(path, len(ids), ids, Changes.of(outbox=ids, cases=case_ids) | AUDIT_CHANGED)


# ------------------------------------------------------------------------------ delivery report


@dataclass
class DeliveryReport:
    """Every record of the report ends in exactly one of delivered, failed, duplicate or rejected
    (or, after Cancel, not reached): `accounted == records`."""

    file: str
    encoding: str = ""
    records: int = 0
    delivered: int = 0
    failed: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    not_reached: int = 0
    blank_lines: int = 0
    cancelled: bool = False
    message_ids: list[int] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.delivered + self.failed

    @property
    def accounted(self) -> int:
        return self.imported + self.duplicates + len(self.rejected) + self.not_reached

    @property
    def changes(self) -> Changes:
        return Changes.of(outbox=self.message_ids, case_history=self.case_ids) | AUDIT_CHANGED


_SETTLED_FAILED = ("failed", "retried", "phoned", "done")


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def import_delivery_report(
    path: str | Path,
    *,
    actor: Actor,
    encoding: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> DeliveryReport:
    """Mark each handed-over text delivered or failed (with the reason). The same report imported
    again changes nothing (its lines are duplicates); a line contradicting an earlier report, naming
    no message of ours, or a message never handed over is rejected with its row and reason."""
    with database_proxy.atomic():
        require(actor, "outbox.report")  # before the file is read: a refusal writes nothing
    parsed = parse_delivery_report(path, encoding=encoding)
    report = DeliveryReport(
        parsed.file,
        parsed.encoding,
        parsed.records,
        rejected=list(parsed.rejected),
        blank_lines=parsed.blank_lines,
    )
    seen: dict[int, bool] = {}
    done = len(parsed.rejected)
    batch_size = max(1, batch_size)
    for start in range(0, len(parsed.rows), batch_size):
        if should_stop is not None and should_stop():
            report.cancelled = True
            report.not_reached = len(parsed.rows) - start
            break
        batch = parsed.rows[start : start + batch_size]
        delivered = failed = duplicates = 0
        problems: list[RowProblem] = []
        touched: list[tuple[int, int]] = []
        at = now()
        with database_proxy.atomic():
            messages = {
                m.id: m
                for m in OutboxMessage.select().where(
                    OutboxMessage.id.in_([line.message_id for line in batch])
                )
            }
            for line in batch:
                message = messages.get(line.message_id)

                def reject(code: str, values: dict, line=line, problems=problems) -> None:
                    problems.append(RowProblem(report.file, line.row, code, values))

                if message is None:
                    reject("import.row_unknown_message", {"reference": line.reference})
                    continue
                if line.message_id in seen:
                    if seen[line.message_id] == line.delivered:
                        duplicates += 1
                    else:
                        reject(
                            "import.row_already_reported",
                            {
                                "reference": line.reference,
                                "state": "delivered" if seen[line.message_id] else "failed",
                            },
                        )
                    continue
                if message.handed_over_at is None:
                    reject("import.row_not_handed_over", {"reference": line.reference})
                    continue
                if line.phone and _digits(line.phone) != _digits(message.recipient_phone):
                    reject(
                        "import.row_other_phone",
                        {
                            "reference": line.reference,
                            "expected": message.recipient_phone,
                            "phone": line.phone,
                        },
                    )
                    continue
                if message.state != "handed_over":
                    same = (message.state == "delivered") == line.delivered
                    if same and (line.delivered or message.state in _SETTLED_FAILED):
                        duplicates += 1
                        seen[line.message_id] = line.delivered
                    else:
                        reject(
                            "import.row_already_reported",
                            {"reference": line.reference, "state": message.state},
                        )
                    continue
                settled = line.at or at
                if line.delivered:
                    OutboxMessage.update(state="delivered", settled_at=settled).where(
                        OutboxMessage.id == message.id
                    ).execute()
                    kind, after = "delivered", {"state": "delivered", "reference": line.reference}
                    delivered += 1
                else:
                    reason = line.reason or "-"
                    OutboxMessage.update(state="failed", settled_at=settled, failure_reason=reason).where(
                        OutboxMessage.id == message.id
                    ).execute()
                    kind, after = (
                        "delivery_failed",
                        {"state": "failed", "reference": line.reference, "reason": reason},
                    )
                    failed += 1
                append_event(
                    message.case_id,
                    kind=kind,
                    actor=actor,
                    at=at,
                    before={"state": "handed_over"},
                    after=after,
                )
                seen[line.message_id] = line.delivered
                touched.append((message.id, message.case_id))
            if touched or duplicates or problems:
                append_audit(
                    "delivery_report",
                    actor=actor,
                    details={"file": report.file, "rows": len(batch), "first_row": batch[0].row},
                    at=at,
                )
        # Counted once the batch is committed, so the report never claims a rolled-back row.
        report.delivered += delivered
        report.failed += failed
        report.duplicates += duplicates
        report.rejected.extend(problems)
        report.message_ids.extend(m for m, _ in touched)
        report.case_ids.extend(c for _, c in touched)
        done += len(batch)
        if progress:
            progress(done, report.records)
    report.rejected.sort(key=lambda p: p.row)
    return report


# ------------------------------------------------------------------------------ follow-up


def retry_message(
    *, message_id: int, actor: Actor, text: str | None = None, at: dt.datetime | None = None
) -> Queued:
    """A failed text sent again (corrected, when `text` is given): a new message, approved, in the
    next bulk-send file; the failed one becomes "retried"."""
    at = at or now()
    with database_proxy.atomic():
        message = _message(message_id)
        case = get_case(message.case_id)
        require(actor, "outbox.follow_up", case=case)
        if message.state != "failed" or message.method != "text":
            raise _wrong_state(message)
        wording = message.message if text is None else text
        check_message(wording, message.purpose)
        if mobile_number(case) is None:
            raise ValidationError("outbox.no_phone", {"number": case.number}, field="phone")
        OutboxMessage.update(state="retried").where(OutboxMessage.id == message.id).execute()
        again = add_message(
            case,
            method="text",
            text=wording,
            purpose=message.purpose,
            state="approved",
            actor=actor,
            at=at,
            batch=message.batch,
            retry_of=message.id,
        )
    return Queued([again.id], Changes.of(outbox=[message.id, again.id], case_history=[case.id]))


def settle_by_hand(
    *, message_id: int, how: str, note: str, actor: Actor, at: dt.datetime | None = None
) -> Queued:
    """The resident was phoned ("phoned") or the letter was sent ("done") instead of, or after, a
    text: for a failed text, or a letter or call owed to a resident who chose one. A message never
    handed over counts for the clocks now."""
    if how not in ("phoned", "done"):
        raise ValidationError("outbox.wrong_state", {"reference": str(message_id), "state": how})
    at = at or now()
    with database_proxy.atomic():
        message = _message(message_id)
        case = get_case(message.case_id)
        require(actor, "outbox.follow_up", case=case)
        owed_by_hand = message.state == "approved" and message.method != "text"
        if message.state != "failed" and not owed_by_hand:
            raise _wrong_state(message)
        before: dict = {"state": message.state}
        after: dict = {}
        if message.handed_over_at is None and counts_for_clocks(message.purpose):
            _version, before_clock, after = count_as_reply(case, actor=actor, expected_version=None, at=at)
            before.update(before_clock)
        OutboxMessage.update(state=how, settled_at=at).where(OutboxMessage.id == message.id).execute()
        after.update({"reference": rules.reference_of(message.id), "state": how, "method": message.method})
        append_event(
            case.id, kind="phoned", actor=actor, at=at, before=before, after=after, body=note.strip()
        )
    return Queued([message.id], Changes.of(outbox=[message.id], cases=[case.id]))


# ------------------------------------------------------------------------------ settings

OUTBOX_SETTINGS = ("outbox.mayor_number", "outbox.columns", "outbox.csv_encoding")


@dataclass(frozen=True)
class SavedOutboxSettings:
    keys: frozenset[str]
    changes: Changes


def save_outbox_settings(*, values: dict, actor: Actor) -> SavedOutboxSettings:
    """The mayor's text number (the posters' QR codes), the bulk-send columns and the CSV encoding."""
    from civicdesk_gui.domain.phone import normalise_phone
    from civicdesk_gui.domain.settings_catalog import setting

    cleaned: dict[str, str] = {}
    for key, value in values.items():
        if key not in OUTBOX_SETTINGS:
            raise ValidationError("settings.unknown", {"key": key}, field=key)
        cleaned[key] = str(value).strip()
    if "outbox.columns" in cleaned:
        cleaned["outbox.columns"] = ",".join(export_columns(cleaned["outbox.columns"]))
    number = cleaned.get("outbox.mayor_number")
    if number:
        phone = normalise_phone(number)
        if not phone.valid:
            raise ValidationError("outbox.bad_number", {"number": number}, field="outbox.mayor_number")
        cleaned["outbox.mayor_number"] = phone.display
    encoding = cleaned.get("outbox.csv_encoding")
    if encoding is not None and not setting("outbox.csv_encoding").accepts(encoding):
        raise ValidationError("outbox.bad_encoding", {"encoding": encoding}, field="outbox.csv_encoding")
    with database_proxy.atomic():
        require(actor, "settings.office")
        for key, value in cleaned.items():
            put_setting(key, value)
        append_audit("settings_change", actor=actor, details={"keys": sorted(cleaned)})
    keys = frozenset(cleaned)
    return SavedOutboxSettings(keys, Changes.of(settings=keys) | AUDIT_CHANGED)
