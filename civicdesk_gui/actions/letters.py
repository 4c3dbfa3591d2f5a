"""Issuing, voiding and batch-issuing mayor-signed letters; saving letter templates and city settings.

Issuing is one transaction: the register number (<department code>-<serial>, never reused), the PDF
(signed last when a certificate is given), its SHA-256, the Letter row, the case's reply clocks
(shared with record_reply) and one "letter" history event. If anything fails, none of it happened.
Batches, and the files they write from the stored bytes, are actions/letter_batch.py's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.cases import count_as_reply
from civicdesk_gui.actions.history import append_event, case_conflict
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.letters.content import CaseFacts
from civicdesk_gui.documents.letters.files import letter_file_name
from civicdesk_gui.documents.letters.layout import LetterContent, format_date
from civicdesk_gui.documents.letters.rendering import render_case_letter
from civicdesk_gui.documents.letters.templates import KINDS, LANGUAGES, validate_template
from civicdesk_gui.domain import signoff
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.workflow import MANAGEMENT_LIST_OUTCOMES
from civicdesk_gui.errors import ConflictError, NotFoundError, ValidationError
from civicdesk_gui.queries.letters import LetterDraft, LetterReads, case_facts, standing_letter
from civicdesk_gui.store import prepared
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Approval, Letter, LetterTemplate
from civicdesk_gui.store.models import Case, Official, User, now
from civicdesk_gui.store.office_settings import (
    SETTINGS,
    city_settings,
    encode_image,
    get_setting,
    put_setting,
)
from civicdesk_gui.store.sequences import next_value

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class IssuedLetter:
    letter_id: int
    case_id: int
    case_number: str
    register_number: str
    sha256: str
    pdf: bytes
    case_version: int
    changes: Changes  # the new letter, the one it replaced (a correction), and the case


@dataclass(frozen=True)
class VoidedLetter:
    letter_id: int
    case_id: int
    register_number: str
    changes: Changes  # the letter and its case, which awaits a letter again


@dataclass(frozen=True)
class SavedTemplate:
    kind: str
    language: str
    version: int  # the new version: pass it as expected_version on the next save
    changes: Changes


@dataclass(frozen=True)
class SavedCitySettings:
    settings: frozenset[str]  # the keys saved
    changes: Changes


def register_counter_name(department_code: str) -> str:
    return f"letter:{department_code}"


@dataclass(frozen=True)
class BatchLetter:
    """How a batch (actions/letter_batch.py) issues each of its letters: with what it read once for
    all of them (letterhead, templates, the sign-off rule: queries.letters.letter_reads), the wording
    filled from the case's facts — issue_letter reads the facts again in its transaction and asks for
    the wording of those, which the batch fills again only if they changed — and the PDF a worker
    process rendered ahead, given only for exactly the content built here."""

    reads: LetterReads
    draft: Callable[[CaseFacts], LetterDraft]
    prerendered: Callable[[LetterContent], bytes | None] | None = None


def _case_query(case_id: int):
    return Case.select().where(Case.id == case_id)


def issue_letter(
    *,
    case_id: int,
    actor: Actor,
    expected_version: int | None,
    language: str,
    subject: str = "",
    body: str = "",
    signer=None,
    replaces_letter_id: int | None = None,
    void_reason: str = "",
    at: dt.datetime | None = None,
    file_folder: Path | None = None,
    approval_id: int | None = None,
    prerendered: Callable[[LetterContent], bytes | None] | None = None,
    batch: BatchLetter | None = None,
) -> IssuedLetter:
    """Issue the case's letter; with `replaces_letter_id`, void that letter (a correction) in the same step.
    With `file_folder` (a batch), the file the letter is owed there is recorded with it: written from
    the stored bytes after the commit (actions/letter_batch.py), or by the next batch if this one dies.
    `prerendered`: a PDF rendered ahead, used only when the content read here (register number drawn,
    facts, date) is exactly what it was rendered from. `batch`: the subject and body come from the
    batch's template, filled with the facts read here (see BatchLetter)."""
    if language not in LANGUAGES:
        raise ValidationError("letter.unknown_language", {"language": language}, field="language")
    if batch is None:
        _check_wording(subject, body)
    else:
        prerendered = batch.prerendered
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        case = prepared.first_model("letter_case", _case_query, case_id)
        if case is None:
            raise NotFoundError("case.not_found", {"id": case_id})
        require(actor, "letter.issue", case=case)
        if case.classification not in MANAGEMENT_LIST_OUTCOMES:
            raise ValidationError("letter.not_due", {"number": case.number}, field="classification")
        signoff_required = batch.reads.signoff_required if batch is not None else None
        approval = _approved_draft(case, approval_id, signoff_required)
        sign_lines: tuple = ()
        if approval is not None:
            # What was approved is what goes out (영 제17조: an approved document is not altered).
            language, subject, body = approval.language, approval.title, approval.body
            sign_lines = approval_lines(approval, language)
        if expected_version is not None and case.version != expected_version:
            raise case_conflict(case.id)  # checked before rendering; _write checks it again
        before: dict = {}
        old = _letter_to_replace(case, replaces_letter_id, void_reason)
        if old is not None:
            Letter.update(voided_at=at, voided_by=actor.id, void_reason=void_reason.strip()).where(
                Letter.id == old.id
            ).execute()
            before = {"letter": old.register_number, "void_reason": void_reason.strip()}
        facts = case_facts(case.id)
        if case.department_id is None or not facts.department_code:
            raise ValidationError("letter.no_department", {"number": case.number}, field="department")
        if batch is not None and approval is None:
            draft = batch.draft(facts)
            subject, body = draft.subject, draft.body
            _check_wording(subject, body)
        register_number = (
            f"{facts.department_code}-{next_value(register_counter_name(facts.department_code))}"
        )
        city = batch.reads.city if batch is not None else city_settings()
        rendered = render_case_letter(
            facts,
            city,
            language=language,
            subject=subject.strip(),
            body=body,
            register_number=register_number,
            issue_date=at.date(),
            sign_lines=sign_lines,
            prerendered=prerendered,
        )
        pdf = rendered.pdf
        if signer is not None:  # last step before hashing: nothing may touch the bytes afterwards
            # pyHanko takes a second to import: only when a letter is signed.
            from civicdesk_gui.documents.letters.signing import sign_pdf

            pdf = sign_pdf(pdf, signer, sender=rendered.content.sender, location=city.name)
        digest = hashlib.sha256(pdf).hexdigest()
        letter_id = prepared.insert(  # prepared once: a batch inserts a letter thousands of times
            "letter",
            Letter,
            {
                Letter.case: case.id,
                Letter.register_number: register_number,
                Letter.department: case.department_id,
                Letter.kind: case.classification,
                Letter.language: language,
                Letter.subject: subject.strip(),
                Letter.text: body,
                Letter.pdf: pdf,
                Letter.sha256: digest,
                Letter.signed: signer is not None,
                Letter.issued_at: at,
                Letter.issued_by: actor.id,
                Letter.file_path: str(file_folder / letter_file_name(case.number, register_number))
                if file_folder
                else None,
            },
        )
        if old is not None:
            Letter.update(replaced_by=letter_id).where(Letter.id == old.id).execute()
        if approval is not None:
            Approval.update(state="issued", letter=letter_id, version=Approval.version + 1).where(
                Approval.id == approval.id
            ).execute()
        version, reply_before, reply_after = count_as_reply(
            case,
            actor=actor,
            expected_version=expected_version,
            at=at,
            codes=(facts.channel, facts.category_code),
        )
        after = {**reply_after, "letter": register_number, "sha256": digest, "signed": signer is not None}
        append_event(
            case.id,
            kind="letter",
            actor=actor,
            at=at,
            before={**before, **reply_before},
            after=after,
            body=subject,
        )
    changes = Changes.of(letters={letter_id, old.id if old is not None else None}, cases={case.id})
    return IssuedLetter(letter_id, case.id, case.number, register_number, digest, pdf, version, changes)


def _check_wording(subject: str, body: str) -> None:
    if not subject.strip():
        raise ValidationError("letter.subject_empty", field="subject")
    if not body.strip():
        raise ValidationError("letter.text_empty", field="body")


def _approved_draft(
    case: Case, approval_id: int | None, signoff_required: bool | None = None
) -> Approval | None:
    """The approved draft to issue; without one, refused when the office requires sign-off
    (`signoff_required`: as a batch read it; None: read now)."""
    if approval_id is None:
        if signoff_required is None:
            signoff_required = bool(get_setting("signoff.required"))
        if signoff_required:
            raise ConflictError("letter.not_approved", {"number": case.number})
        return None
    approval = Approval.get_or_none(Approval.id == approval_id)
    if approval is None or approval.case_id != case.id or approval.subject == "result_reply":
        raise ValidationError(
            "letter.approval_mismatch", {"id": approval_id, "number": case.number}, field="approval"
        )
    if approval.state != "approved":
        raise ConflictError("letter.not_approved", {"number": case.number})
    return approval


def approval_lines(approval: Approval, language: str) -> tuple:
    """The closing block's 기안자 / 검토자 / 결재권자 fields of an approved draft."""

    def who(user_id: int | None) -> tuple[str, str] | None:
        if user_id is None:
            return None
        user = User.get_by_id(user_id)
        official = Official.get_or_none(Official.id == user.official_id) if user.official_id else None
        if official is not None:
            return official.rank, official.name
        return "", user.display_name

    approver = who(approval.approved_by_id)
    if approver is not None and approver[0] == "" and approval.level == "mayor" and not approval.mark:
        approver = (
            signoff.LEVELS["mayor"].ko if language == "ko" else signoff.LEVELS["mayor"].en,
            approver[1],
        )
    return tuple(
        signoff.sign_lines(
            drafter=who(approval.drafter_id),
            reviewer=who(approval.reviewer_id),
            approver=approver,
            level=approval.level,
            mark=approval.mark,
            date=format_date(approval.approved_at.date(), language),
        )
    )


def _letter_to_replace(case: Case, letter_id: int | None, reason: str) -> Letter | None:
    if letter_id is None:
        existing = standing_letter(case.id)
        if existing is not None:
            raise ValidationError(
                "letter.already_issued",
                {"number": case.number, "register_number": existing.register_number},
                field="case",
            )
        return None
    if not reason.strip():
        raise ValidationError("letter.correction_reason_needed", field="void_reason")
    old = Letter.get_or_none(Letter.id == letter_id)
    if old is None or old.case_id != case.id:
        raise NotFoundError("letter.not_of_case", {"letter_id": letter_id, "number": case.number})
    if old.voided_at is not None:
        raise ConflictError("letter.already_voided", {"register_number": old.register_number})
    return old


def void_letter(*, letter_id: int, reason: str, actor: Actor, at: dt.datetime | None = None) -> VoidedLetter:
    """Void an issued letter (it stays stored, unchanged); the case awaits a letter again."""
    if not reason.strip():
        raise ValidationError("letter.void_reason_needed", field="void_reason")
    at = (at or now()).replace(microsecond=0)
    with database_proxy.atomic():
        letter = Letter.get_or_none(Letter.id == letter_id)
        if letter is None:
            raise NotFoundError("letter.not_found", {"id": letter_id})
        require(actor, "letter.void", case=Case.get_by_id(letter.case_id))
        if letter.voided_at is not None:
            raise ConflictError("letter.already_voided", {"register_number": letter.register_number})
        Letter.update(voided_at=at, voided_by=actor.id, void_reason=reason.strip()).where(
            Letter.id == letter.id
        ).execute()
        append_event(
            letter.case_id,
            kind="letter_void",
            actor=actor,
            at=at,
            before={"letter": letter.register_number},
            after={"voided": True},
            body=reason.strip(),
        )
    return VoidedLetter(
        letter.id,
        letter.case_id,
        letter.register_number,
        Changes.of(letters={letter.id}, cases={letter.case_id}),
    )


def save_letter_template(
    *, kind: str, language: str, subject: str, body: str, actor: Actor, expected_version: int
) -> SavedTemplate:
    """Save an admin's template; unknown placeholders are refused here, not when printing.
    `expected_version` 0 means "still the shipped default". The result carries the new version."""
    if kind not in KINDS:
        raise ValidationError("letter.unknown_kind", {"kind": kind}, field="kind")
    if language not in LANGUAGES:
        raise ValidationError("letter.unknown_language", {"language": language}, field="language")
    validate_template(subject, body)
    at = now()
    with database_proxy.atomic():
        require(actor, "letter.template")
        row = LetterTemplate.get_or_none(
            (LetterTemplate.kind == kind) & (LetterTemplate.language == language)
        )
        current = row.version if row else 0
        if current != expected_version:
            raise ConflictError("letter_template.changed", current_version=current)
        if row is None:
            LetterTemplate.create(
                kind=kind, language=language, subject=subject, body=body, updated_at=at, updated_by=actor.id
            )
        else:
            LetterTemplate.update(
                subject=subject, body=body, version=current + 1, updated_at=at, updated_by=actor.id
            ).where(LetterTemplate.id == row.id).execute()
        append_audit(
            "template_change",
            actor=actor,
            details={"kind": kind, "language": language, "version": current + 1, "subject": subject},
            at=at,
        )
    changes = Changes.of(reference={"letter_templates"}) | AUDIT_CHANGED
    return SavedTemplate(kind, language, current + 1, changes)


def save_city_settings(*, values: dict, actor: Actor) -> SavedCitySettings:
    """Save the city's letterhead settings. Images are PNG bytes (or None to clear)."""
    for key in values:
        if key not in SETTINGS:
            raise ValidationError("settings.unknown", {"key": key}, field=key)
    for key in ("city.name", "city.mayor_title"):
        if key in values and not str(values[key]).strip():
            raise ValidationError("settings.empty", {"setting": key}, field=key)
    if values.get("letters.default_language", "ko") not in LANGUAGES:
        raise ValidationError("settings.letter_language", field="letters.default_language")
    path = str(values.get("letters.certificate_path", "") or "").strip()
    if path and not Path(path).is_file():
        raise ValidationError("certificate.not_found", {"path": path}, field="letters.certificate_path")
    with database_proxy.atomic():
        require(actor, "settings.office")
        for key, value in values.items():
            if key.endswith("_png"):
                if value and not bytes(value).startswith(PNG_SIGNATURE):
                    raise ValidationError("settings.not_png", {"setting": key}, field=key)
                value = encode_image(value)
            elif isinstance(value, str):
                value = value.strip()
            put_setting(key, value)
        # Which settings, not their values: images and paths say nothing more to an auditor.
        append_audit("settings_change", actor=actor, details={"keys": sorted(values)})
    keys = frozenset(values)
    return SavedCitySettings(keys, Changes.of(settings=keys) | AUDIT_CHANGED)
