"""Reads for the letters work: which cases await a letter, issued letters and their stored bytes, case
facts and drafts. Nothing here renders or writes: a preview is documents/letters/rendering.py's, from
the facts read here."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee as pw

from civicdesk_gui.documents.letters.templates import DEFAULT_TEMPLATES, TemplateText, fill
from civicdesk_gui.domain.workflow import MANAGEMENT_LIST_OUTCOMES
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store import prepared
from civicdesk_gui.store.letter_models import Letter, LetterTemplate
from civicdesk_gui.store.models import Case, Category, Channel, Department, Official, User
from civicdesk_gui.store.office_settings import CitySettings, city_settings, get_setting

if TYPE_CHECKING:
    # The letter's content module brings ReportLab: imported by the functions that fill a letter,
    # not by the case list's awaiting_letter_condition (the desk's start-up).
    from civicdesk_gui.documents.letters.content import CaseFacts


def awaiting_letter_condition() -> pw.Expression:
    """Long-term-review and unfeasible cases without a letter that stands (a voided one does not)."""
    standing = Letter.select(Letter.id).where((Letter.case == Case.id) & Letter.voided_at.is_null())
    return Case.classification.in_(sorted(MANAGEMENT_LIST_OUTCOMES)) & ~pw.fn.EXISTS(standing)


@dataclass(frozen=True)
class AwaitingRow:
    case_id: int
    number: str
    resident_name: str
    classification: str
    reason_code: str | None
    department: str
    summary: str
    received_at: dt.datetime
    version: int
    waiting_since: dt.datetime | None = None  # classified (closed) without its letter since then


@dataclass(frozen=True)
class IssuedRow:
    letter_id: int
    case_id: int
    case_number: str
    register_number: str
    resident_name: str
    kind: str
    language: str
    issued_at: dt.datetime
    issued_by: str
    signed: bool
    voided_at: dt.datetime | None
    void_reason: str
    size: int


def awaiting_letter_rows(*, limit: int = 5000) -> list[AwaitingRow]:
    query = (
        Case.select(
            Case.id,
            Case.number,
            Case.submitter_name,
            Case.classification,
            Case.reason_code,
            Department.code.alias("department_code"),
            Case.summary,
            Case.received_at,
            Case.version,
            Case.closed_at,
        )
        .join(Department, pw.JOIN.LEFT_OUTER, on=(Case.department == Department.id))
        .where(awaiting_letter_condition())
        .order_by(Case.received_at, Case.id)
        .limit(limit)
    )
    return [
        AwaitingRow(
            r["id"],
            r["number"],
            r["submitter_name"],
            r["classification"],
            r["reason_code"],
            r["department_code"] or "",
            r["summary"],
            r["received_at"],
            r["version"],
            r["closed_at"],
        )
        for r in query.dicts()
    ]


def awaiting_case_ids() -> list[int]:
    return [c.id for c in Case.select(Case.id).where(awaiting_letter_condition()).order_by(Case.id)]


def issued_letter_rows(
    *,
    include_void: bool = True,
    case_id: int | None = None,
    limit: int = 5000,
    search: str = "",
    state: str | None = None,
) -> list[IssuedRow]:
    """The register, newest first. `search` finds a register number, case number or resident (part of
    any); `state` "standing" or "voided" keeps only those."""
    size = pw.fn.LENGTH(Letter.pdf)
    query = (
        Letter.select(
            Letter.id,
            Letter.case,
            Letter.register_number,
            Letter.kind,
            Letter.language,
            Letter.issued_at,
            Letter.signed,
            Letter.voided_at,
            Letter.void_reason,
            size.alias("size"),
            Case.number,
            Case.submitter_name,
            User.display_name,
        )
        .join(Case, on=(Letter.case == Case.id))
        .switch(Letter)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Letter.issued_by == User.id))
        .order_by(Letter.issued_at.desc(), Letter.id.desc())
        .limit(limit)
    )
    if not include_void:
        query = query.where(Letter.voided_at.is_null())
    if case_id is not None:
        query = query.where(Letter.case == case_id)
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            Letter.register_number.contains(search.strip())
            | Case.number.contains(search.strip())
            | (Case.submitter_name**pattern)
        )
    if state == "standing":
        query = query.where(Letter.voided_at.is_null())
    elif state == "voided":
        query = query.where(Letter.voided_at.is_null(False))
    rows = []
    for r in query.dicts():
        rows.append(
            IssuedRow(
                r["id"],
                r["case"],
                r["number"],
                r["register_number"],
                r["submitter_name"],
                r["kind"],
                r["language"],
                r["issued_at"],
                r["display_name"] or "",
                bool(r["signed"]),
                r["voided_at"],
                r["void_reason"],
                int(r["size"] or 0),
            )
        )
    return rows


def _standing_query(case_id: int):
    return Letter.select(Letter.id, Letter.register_number).where(
        (Letter.case == case_id) & Letter.voided_at.is_null()
    )


def standing_letter(case_id: int) -> Letter | None:
    """The case's letter that stands (not voided), id and register number only (asked per letter of a
    batch, so from a prepared statement)."""
    return prepared.first_model("standing_letter", _standing_query, case_id)


def letter_pdf(letter_id: int) -> tuple[str, bytes]:
    """(register number, the exact stored bytes): a reprint is byte-for-byte the issued letter."""
    row = Letter.select(Letter.register_number, Letter.pdf).where(Letter.id == letter_id).first()
    if row is None:
        raise NotFoundError("letter.not_found", {"id": letter_id})
    return row.register_number, bytes(row.pdf)


@dataclass(frozen=True)
class StoredLetter:
    """An issued letter's stored bytes, checked against the SHA-256 recorded when it was issued."""

    letter_id: int
    case_number: str
    register_number: str
    pdf: bytes
    voided: bool
    file_path: str | None
    file_written_at: dt.datetime | None


def stored_letter(letter_id: int) -> StoredLetter:
    row = (
        Letter.select(
            Letter.id,
            Letter.register_number,
            Letter.pdf,
            Letter.sha256,
            Letter.voided_at,
            Letter.file_path,
            Letter.file_written_at,
            Case.number,
        )
        .join(Case, on=(Letter.case == Case.id))
        .where(Letter.id == letter_id)
        .dicts()
        .first()
    )
    if row is None:
        raise NotFoundError("letter.not_found", {"id": letter_id})
    pdf = bytes(row["pdf"])
    if hashlib.sha256(pdf).hexdigest() != row["sha256"]:
        raise ValidationError("letter.stored_bytes_differ", {"register_number": row["register_number"]})
    return StoredLetter(
        row["id"],
        row["number"],
        row["register_number"],
        pdf,
        row["voided_at"] is not None,
        row["file_path"],
        row["file_written_at"],
    )


def owed_letter_ids() -> list[int]:
    """Letters a batch issued into a folder whose file was never written whole (the batch was killed
    or stopped by the disk between the two); voided letters are not mailed, so owe nothing."""
    query = Letter.select(Letter.id).where(
        Letter.file_path.is_null(False) & Letter.file_written_at.is_null() & Letter.voided_at.is_null()
    )
    return [row.id for row in query.order_by(Letter.id)]


def letter_ids_by_register(numbers: list[str]) -> list[int]:
    """The letters with these register numbers, in the order given; an unknown number is refused."""
    wanted = [number.strip() for number in numbers]
    found = dict(
        Letter.select(Letter.register_number, Letter.id).where(Letter.register_number.in_(wanted)).tuples()
    )
    for number in wanted:
        if number not in found:
            raise NotFoundError("letter.register_unknown", {"register_number": number})
    return [found[number] for number in dict.fromkeys(wanted)]


TYPICAL_LETTER_BYTES = 150_000  # a letter with seal and emblem is 40-120 KB; room checks use this


def stored_size(letter_ids: list[int]) -> int:
    if not letter_ids:
        return 0
    size = Letter.select(pw.fn.SUM(pw.fn.LENGTH(Letter.pdf))).where(Letter.id.in_(letter_ids)).scalar()
    return int(size or 0)


def typical_letter_size() -> int:
    """The largest of the last issued letters (or a generous guess): what one more letter may need."""
    recent = Letter.select(pw.fn.LENGTH(Letter.pdf).alias("size")).order_by(Letter.id.desc()).limit(20)
    sizes = [int(row.size or 0) for row in recent]
    return max([TYPICAL_LETTER_BYTES, *sizes])


def batch_room_needed(new_letters: int) -> int:
    """Bytes the files of `new_letters` letters about to be issued may take."""
    return new_letters * typical_letter_size() if new_letters > 0 else 0


def _facts_query(case_id: int):
    return (
        Case.select(
            Case.id,
            Case.version,
            Case.number,
            Case.classification,
            Case.reason_code,
            Case.reason_text,
            Case.submitter_name,
            Case.submitter_address,
            Case.received_at,
            Case.summary,
            Case.next_review_on,
            Case.department.alias("department"),
            Case.petition_kind,
            Channel.code.alias("channel_code"),
            Category.code.alias("category_code"),
            Department.code.alias("department_code"),
            Department.name_en.alias("department_name_en"),
            Department.phone.alias("department_phone"),
            Official.name.alias("official_name"),
            Official.rank.alias("official_rank"),
            Official.phone.alias("official_phone"),
            Official.email.alias("official_email"),
            Official.fax.alias("official_fax"),
        )
        .join(Channel, on=(Case.channel == Channel.id))
        .switch(Case)
        .join(Category, pw.JOIN.LEFT_OUTER, on=(Case.category == Category.id))
        .switch(Case)
        .join(Department, pw.JOIN.LEFT_OUTER, on=(Case.department == Department.id))
        .switch(Case)
        .join(Official, pw.JOIN.LEFT_OUTER, on=(Case.official == Official.id))
        .where(Case.id == case_id)
        .limit(1)
    )


def _responsible_query(department_id: int):
    return (
        Official.select(Official.name, Official.rank, Official.phone, Official.email, Official.fax)
        .where((Official.department == department_id) & Official.active)
        .order_by(Official.is_responsible.desc(), Official.id)
        .limit(1)
    )


def case_facts(case_id: int) -> CaseFacts:
    """Everything a letter says about its case, in one joined query (a batch asks this per letter)."""
    from civicdesk_gui.documents.letters.content import CaseFacts

    row = prepared.first_row("case_facts", _facts_query, case_id)
    if row is None:
        raise NotFoundError("case.not_found", {"id": case_id})
    row["received_at"] = Case.received_at.python_value(row["received_at"])
    row["next_review_on"] = Case.next_review_on.python_value(row["next_review_on"])
    official = (
        row["official_name"],
        row["official_rank"],
        row["official_phone"],
        row["official_email"],
        row["official_fax"],
    )
    if row["official_name"] is None and row["department"] is not None:
        # The letter names an official in charge: without an assigned one, the department's responsible one.
        fallback = prepared.first_row("responsible_official", _responsible_query, row["department"])
        if fallback is not None:
            official = (
                fallback["name"],
                fallback["rank"],
                fallback["phone"],
                fallback["email"],
                fallback["fax"],
            )
    return CaseFacts(
        case_id=row["id"],
        case_version=row["version"],
        number=row["number"],
        classification=row["classification"],
        reason_code=row["reason_code"],
        reason_text=row["reason_text"] or "",
        resident_name=row["submitter_name"],
        resident_address=row["submitter_address"],
        received_at=row["received_at"],
        channel=row["channel_code"],
        summary=row["summary"],
        department_code=row["department_code"],
        department_phone=row["department_phone"] or "",
        official_name=official[0] or "",
        official_rank=official[1] or "",
        official_phone=official[2] or "",
        next_review_on=row["next_review_on"],
        petition_kind=row["petition_kind"],
        official_email=official[3] or "",
        department_name_en=row["department_name_en"] or "",
        official_fax=official[4] or "",
        category_code=row["category_code"],
    )


def case_id_by_number(number: str) -> int:
    case = Case.select(Case.id).where(Case.number == number.strip()).first()
    if case is None:
        raise NotFoundError("case.number_unknown", {"number": number})
    return case.id


def current_template(kind: str, language: str) -> tuple[TemplateText, int]:
    """The admin's text for (kind, language) and its version (0: the shipped default, never saved)."""
    row = LetterTemplate.get_or_none((LetterTemplate.kind == kind) & (LetterTemplate.language == language))
    if row is None:
        try:
            return DEFAULT_TEMPLATES[(kind, language)], 0
        except KeyError:
            raise ValidationError(
                "letter_template.missing", {"kind": kind, "language": language}, field="kind"
            ) from None
    return TemplateText(kind, language, row.subject, row.body), row.version


@dataclass(frozen=True)
class LetterDraft:
    case_id: int
    case_number: str
    case_version: int
    kind: str
    language: str
    subject: str
    body: str


def letter_draft(
    case_id: int, language: str, *, today: dt.date | None = None, facts: CaseFacts | None = None
) -> LetterDraft:
    """The case's letter filled from its template, ready for the coordinator to edit (`facts`: the
    case's, just read by the caller)."""
    facts = facts if facts is not None and facts.case_id == case_id else case_facts(case_id)
    if facts.classification not in MANAGEMENT_LIST_OUTCOMES:
        raise ValidationError("letter.not_due", {"number": facts.number}, field="classification")
    template, _version = current_template(facts.classification, language)
    return fill_draft(facts, template, city_settings(), language, today or dt.date.today())


def fill_draft(
    facts: CaseFacts, template: TemplateText, city: CitySettings, language: str, today: dt.date
) -> LetterDraft:
    """The draft of `template` filled with the case's facts (no database: a batch fills each letter
    from what it read once, letter_reads)."""
    from civicdesk_gui.documents.letters.content import template_values

    values = template_values(facts, city, language, today)
    return LetterDraft(
        facts.case_id,
        facts.number,
        facts.case_version,
        facts.classification,
        language,
        fill(template.subject, values),
        fill(template.body, values),
    )


@dataclass(frozen=True)
class LetterReads:
    """What every letter of a batch prints or obeys alike, read once for the batch: the letterhead settings, the templates in the batch's language, whether the office
    requires sign-off. A batch started after a change reads the change."""

    language: str
    city: CitySettings
    templates: dict[str, TemplateText]  # by kind (templates.KINDS)
    signoff_required: bool

    def draft(self, facts: CaseFacts, today: dt.date) -> LetterDraft:
        if facts.classification not in MANAGEMENT_LIST_OUTCOMES:
            raise ValidationError("letter.not_due", {"number": facts.number}, field="classification")
        template = self.templates.get(facts.classification)
        if template is None:
            raise ValidationError(
                "letter_template.missing",
                {"kind": facts.classification, "language": self.language},
                field="kind",
            )
        return fill_draft(facts, template, self.city, self.language, today)


def letter_reads(language: str) -> LetterReads:
    templates = {}
    for kind in sorted(MANAGEMENT_LIST_OUTCOMES):
        with contextlib.suppress(ValidationError):  # else refused for each letter of that kind
            templates[kind] = current_template(kind, language)[0]
    return LetterReads(language, city_settings(), templates, bool(get_setting("signoff.required")))


def sample_facts() -> CaseFacts:
    """A made-up case for the template editor's live preview (no resident's data on screen)."""
    from civicdesk_gui.documents.letters.content import CaseFacts

    return CaseFacts(
        case_id=0,
        case_version=1,
        number="2026-000123",
        classification="long_term_review",
        reason_code="large_budget",
        reason_text="보도 신설에는 사유지 편입과 약 38억 원의 사업비가 필요하여 2027년 본예산 편성 때 다시 검토합니다.",
        resident_name="홍길동",
        resident_address="경기도 파주시 문산읍 당동1로 12",
        received_at=dt.datetime(2026, 10, 2, 9, 30),
        channel="text",
        summary="문산읍 당동리 통학로에 보도를 설치해 주세요",
        department_code="도로관리과",
        department_phone="031-940-4311",
        official_name="박민수",
        official_rank="주무관",
        official_phone="031-940-4311",
        next_review_on=dt.date(2027, 2, 20),
    )


@dataclass(frozen=True)
class LetterRecord:
    letter_id: int
    case_id: int
    register_number: str
    kind: str
    language: str
    subject: str
    text: str
    sha256: str
    signed: bool
    issued_at: dt.datetime
    voided_at: dt.datetime | None
    void_reason: str


def letter_record(letter_id: int) -> LetterRecord:
    row = (
        Letter.select(*[f for f in Letter._meta.sorted_fields if f.name != "pdf"])
        .where(Letter.id == letter_id)
        .first()
    )
    if row is None:
        raise NotFoundError("letter.not_found", {"id": letter_id})
    return LetterRecord(
        row.id,
        row.case_id,
        row.register_number,
        row.kind,
        row.language,
        row.subject,
        row.text,
        row.sha256,
        row.signed,
        row.issued_at,
        row.voided_at,
        row.void_reason,
    )


def default_letter_language() -> str:
    return get_setting("letters.default_language")


def current_city_settings():
    """The letterhead settings as the Settings screen shows them."""
    return city_settings()


def certificate_path() -> str:
    return get_setting("letters.certificate_path")
