"""The case screens' writes, one function per user action (anki's aqt/operations/note.py shape).

Each builds a WriteOp around one action with the version the user was looking at; the widget adds
its own follow-up (`.success`, `.failure`, `.conflict`) and runs it. Only ops modules import actions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import (
    audit,
    case_import,
    cases,
    exports,
    notices,
    open311_import,
    outbox,
    retention,
    signoff,
    surveys,
)
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_import import ImportReport  # re-exported: the import dialog's type hints
from civicdesk_gui.actions.open311_import import Open311ImportReport  # re-exported likewise
from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.notices import DueNotice, interim_defaults
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.ops import WriteOp
from civicdesk_gui.ui.shell.signals import bus

__all__ = ["ImportReport", "Open311ImportReport"]


def _saved(what: str) -> str:
    return QCoreApplication.translate("CaseOps", "Saved: {0}").format(what)


def intake_case(*, parent: QWidget | None, actor: Actor, **fields) -> WriteOp[cases.IntakeResult]:
    """Register a new case from the intake form (fields as `actions.cases.intake_case` takes them)."""
    return WriteOp(
        parent,
        lambda _job: cases.intake_case(actor=actor, **fields),
        done_message=QCoreApplication.translate("CaseOps", "New case registered"),
    )


def route_case(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, department_id: int | None, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.route_case(
            case_id=case_id, department_id=department_id, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def assign_official(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, official_id: int, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.assign_official(
            case_id=case_id, official_id=official_id, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def add_note(
    *, parent: QWidget | None, actor: Actor, case_id: int, text: str, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.add_note(case_id=case_id, text=text, actor=actor),
        done_message=_saved(title),
    )


def record_progress(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, text: str, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.record_progress(case_id=case_id, text=text, actor=actor, expected_version=version),
        done_message=_saved(title),
    )


def record_reply(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    version: int,
    method: str,
    text: str,
    title: str,
    purpose: str = "result",
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.record_reply(
            case_id=case_id, method=method, text=text, actor=actor, expected_version=version, purpose=purpose
        ),
        done_message=_saved(title),
    )


def set_petition_kind(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, kind: str, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.set_petition_kind(
            case_id=case_id, kind=kind, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def queue_text_reply(
    *, parent: QWidget | None, actor: Actor, case_id: int, text: str, purpose: str = "result"
) -> WriteOp[outbox.Queued]:
    """A reply by text: into the outbox, handed to the gateway with the next bulk-send file."""
    return WriteOp(
        parent,
        lambda _job: outbox.queue_text_reply(case_id=case_id, text=text, actor=actor, purpose=purpose),
        done_message=QCoreApplication.translate("CaseOps", "Reply queued in the outbox"),
    )


def draft_reply(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    method: str,
    text: str,
    reviewer_id: int | None,
    approver_id: int,
) -> WriteOp[signoff.SignoffStep]:
    """Submit a result reply for sign-off (결재 올리기); it goes out once approved."""
    return WriteOp(
        parent,
        lambda _job: signoff.draft_reply(
            case_id=case_id,
            method=method,
            text=text,
            reviewer_id=reviewer_id,
            approver_id=approver_id,
            actor=actor,
        ),
        done_message=QCoreApplication.translate("CaseOps", "Reply submitted for sign-off"),
    )


def reopen_case(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, reason: str, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.reopen_case(case_id=case_id, reason=reason, actor=actor, expected_version=version),
        done_message=_saved(title),
    )


def set_next_review(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, review_on: dt.date, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.set_next_review(
            case_id=case_id, review_on=review_on, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def mark_duplicate(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, original_id: int, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.mark_duplicate(
            case_id=case_id, original_id=original_id, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def classify_case(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    version: int,
    classification: str,
    reason_code: str | None,
    reason_text: str,
    agency_id: int | None,
    next_review_on: dt.date | None,
    title: str,
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.classify_case(
            case_id=case_id,
            classification=classification,
            reason_code=reason_code,
            reason_text=reason_text,
            agency_id=agency_id,
            next_review_on=next_review_on,
            actor=actor,
            expected_version=version,
        ),
        done_message=_saved(title),
    )


def withdraw_case(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, reason: str, title: str
) -> WriteOp[cases.CaseChange]:
    return WriteOp(
        parent,
        lambda _job: cases.withdraw_case(
            case_id=case_id, reason=reason, actor=actor, expected_version=version
        ),
        done_message=_saved(title),
    )


def reveal_personal_data(*, parent: QWidget | None, actor: Actor, case_id: int) -> WriteOp[audit.Revealed]:
    """ "Show personal data" in the detail pane: the clear values, and the audit event saying who saw them."""
    return WriteOp(parent, lambda _job: audit.reveal_personal_data(case_id=case_id, actor=actor))


def export_cases(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_filter,
    sort,
    path: Path,
    fmt: str,
    now: dt.datetime,
    expected: int,
) -> WriteOp[exports.Exported]:
    """Export the view in the background (progress, Cancel); audited once the file is in place."""

    def work(job: Job) -> exports.Exported:
        shown = [-1]

        def progress(done: int) -> None:
            # At most ~100 updates, whatever the size: each is a signal to the GUI thread.
            percent = done * 100 // max(expected, 1)
            if percent != shown[0]:
                shown[0] = percent
                job.report(done, expected, "")

        return exports.export_cases(
            actor=actor,
            case_filter=case_filter,
            sort=sort,
            path=path,
            fmt=fmt,
            now=now,
            progress=progress,
            check=job.check,
        )

    return WriteOp(parent, work)


def export_open311(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_filter,
    path: Path,
    language: str,
    now: dt.datetime,
    expected: int,
) -> WriteOp[exports.Exported]:
    """Export the view as Open311 requests.json in the background (no residents' personal data)."""

    def work(job: Job) -> exports.Exported:
        shown = [-1]

        def progress(done: int) -> None:
            percent = done * 100 // max(expected, 1)
            if percent != shown[0]:
                shown[0] = percent
                job.report(done, expected, "")

        return exports.export_open311(
            actor=actor,
            case_filter=case_filter,
            path=path,
            language=language,
            now=now,
            progress=progress,
            check=job.check,
        )

    return WriteOp(parent, work)


def import_messages(
    *, parent: QWidget | None, actor: Actor, path: Path, mapping: dict[str, str] | None = None
) -> WriteOp[case_import.ImportReport]:
    """Import a text-message gateway export in the background. Cancel stops between batches; the
    report then says so and counts what was imported before it."""

    def work(job: Job) -> case_import.ImportReport:
        def waiting(busy) -> None:  # another desk imports the same file: say so instead of a still bar
            text = QCoreApplication.translate(
                "CaseOps", "{0} is being imported by {1} (since {2}); waiting for that import to finish…"
            )
            job.report(0, 0, text.format(busy.file_name, busy.who, f"{busy.since:%Y-%m-%d %H:%M}"))

        return case_import.import_sms_file(
            path,
            actor=actor,
            mapping=mapping,
            progress=lambda done, total: job.report(done, total, ""),
            should_stop=lambda: job.cancelled,
            on_wait=waiting,
        )

    return WriteOp(parent, work)


def import_open311(
    *, parent: QWidget | None, actor: Actor, path: Path
) -> WriteOp[open311_import.Open311ImportReport]:
    """Import Open311 service requests in the background; Cancel stops between batches."""

    def work(job: Job) -> open311_import.Open311ImportReport:
        return open311_import.import_open311_file(
            path,
            actor=actor,
            progress=lambda done, total: job.report(done, total, ""),
            should_stop=lambda: job.cancelled,
        )

    return WriteOp(parent, work)


def save_service_mappings(
    *, parent: QWidget | None, actor: Actor, mappings: list[tuple[str, str | None, int | None, str]]
) -> WriteOp[open311_import.SavedMappings]:
    """Rows of the Open311 service-code table as (service code, category code, topic id, name there)."""
    rows = [
        open311_import.ServiceMapping(code, category, topic, name) for code, category, topic, name in mappings
    ]
    return WriteOp(
        parent,
        lambda _job: open311_import.save_service_mappings(mappings=rows, actor=actor),
        done_message=QCoreApplication.translate("CaseOps", "Service codes saved"),
    )


def delete_service_mappings(
    *, parent: QWidget | None, actor: Actor, service_codes: list[str]
) -> WriteOp[open311_import.SavedMappings]:
    return WriteOp(
        parent,
        lambda _job: open311_import.delete_service_mappings(service_codes=service_codes, actor=actor),
        done_message=QCoreApplication.translate("CaseOps", "Service code removed"),
    )


def record_survey(
    *, parent: QWidget | None, actor: Actor, case_id: int, title: str, **answers
) -> WriteOp[surveys.SurveyRecorded]:
    """The resident's satisfaction survey, typed in from the case detail (answers as
    `actions.surveys.record_survey` takes them)."""
    return WriteOp(
        parent,
        lambda _job: surveys.record_survey(case_id=case_id, actor=actor, **answers),
        done_message=_saved(title),
    )


def save_retention_years(
    *, parent: QWidget | None, actor: Actor, years: int
) -> WriteOp[retention.SavedRetention]:
    return WriteOp(
        parent,
        lambda _job: retention.save_retention_years(years=years, actor=actor),
        done_message=QCoreApplication.translate("CasesOps", "Retention period saved"),
    )


# ---------------------------------------------------------------------------- statutory notices


def issue_notice(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, kind: str, **fields
) -> WriteOp[notices.IssuedNotice]:
    """Issue one statutory notice (fields as `actions.notices.issue_notice` takes them): its register
    number goes to the status bar."""
    op: WriteOp[notices.IssuedNotice] = WriteOp(
        parent,
        lambda _job: notices.issue_notice(
            case_id=case_id, kind=kind, actor=actor, expected_version=version, **fields
        ),
    )
    return op.success(
        lambda issued: bus().status_message.emit(
            QCoreApplication.translate("CaseOps", "Notice issued: register number {0}").format(
                issued.register_number
            )
        )
    )


def draft_notice(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    kind: str,
    title: str,
    body: str,
    reviewer_id: int | None,
    approver_id: int,
) -> WriteOp[signoff.SignoffStep]:
    """With sign-off required, a notice goes to its approver first (결재); it is issued once approved."""
    return WriteOp(
        parent,
        lambda _job: signoff.draft_letter(
            case_id=case_id,
            subject="notice",
            kind=kind,
            language="ko",
            title=title,
            body=body,
            reviewer_id=reviewer_id,
            approver_id=approver_id,
            actor=actor,
        ),  # fmt: skip
        done_message=QCoreApplication.translate("CaseOps", "Notice drafted for sign-off"),
    )


def record_supplement(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int
) -> WriteOp[Changes]:
    return WriteOp(
        parent,
        lambda _job: notices.record_supplement(case_id=case_id, actor=actor, expected_version=version),
        done_message=QCoreApplication.translate("CaseOps", "Supplement received: the clock runs again"),
    )


def record_agency_answer(
    *, parent: QWidget | None, actor: Actor, case_id: int, version: int, text: str
) -> WriteOp[Changes]:
    return WriteOp(
        parent,
        lambda _job: notices.record_agency_answer(
            case_id=case_id, text=text, actor=actor, expected_version=version
        ),
        done_message=QCoreApplication.translate("CaseOps", "Agency's answer recorded"),
    )


@dataclass
class InterimBatch:
    """What a batch of interim notices did, case by case: issued (with the register number) or not
    issued with the reason; nothing is left out — cases not reached (Cancel) are listed too."""

    issued: list[tuple[str, str]] = field(default_factory=list)  # (case number, register number)
    skipped: list[tuple[str, CivicDeskError]] = field(default_factory=list)  # (case number, why)
    not_reached: list[str] = field(default_factory=list)  # case numbers, when cancelled
    changes: Changes = NOTHING


def issue_interim_notices(
    *, parent: QWidget | None, actor: Actor, due: list[DueNotice], now: dt.datetime
) -> WriteOp[InterimBatch]:
    """Issue the due interim notices in the background, one transaction each (시행령 제23조). Each
    proposes the latest progress and the expected date (queries.notices.interim_defaults); a case that
    cannot get one (closed meanwhile, awaiting sign-off, no department) is reported with the reason.
    Cancel stops between notices; the report lists the cases not reached."""

    def work(job: Job) -> InterimBatch:
        batch = InterimBatch()
        for done, notice in enumerate(due):
            if job.cancelled:
                batch.not_reached = [n.number for n in due[done:]]
                break
            job.report(done, len(due), notice.number)
            try:
                progress, expected = interim_defaults(notice.case_id, now)
                issued = notices.issue_notice(
                    case_id=notice.case_id, kind="interim", progress=progress, expected_on=expected,
                    actor=actor, at=now,
                )  # fmt: skip
            except CivicDeskError as exc:
                batch.skipped.append((notice.number, exc))
                continue
            batch.issued.append((notice.number, issued.register_number))
            batch.changes |= issued.changes
        else:
            job.report(len(due), len(due), "")
        return batch

    return WriteOp(parent, work)
