"""A case's letter as PDF bytes, from facts the caller read (queries/letters.py) and the city's
letterhead settings: the issued letter (actions/letters.py) and the not-yet-issued preview (the
letter dialog, the template editor) go through the same two steps, content then layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from civicdesk_gui.documents.letters.content import CaseFacts, letter_content, template_values
from civicdesk_gui.documents.letters.layout import LetterContent, render_letter
from civicdesk_gui.documents.letters.templates import fill
from civicdesk_gui.store.office_settings import CitySettings


@dataclass(frozen=True)
class RenderedLetter:
    content: LetterContent  # the signer needs its sender line
    pdf: bytes


def render_case_letter(
    facts: CaseFacts,
    city: CitySettings,
    *,
    language: str,
    subject: str,
    body: str,
    register_number: str | None,
    issue_date: dt.date,
    sign_lines: tuple = (),
    prerendered: Callable[[LetterContent], bytes | None] | None = None,
) -> RenderedLetter:
    """The letter with its register number (None: marked as assigned when issued) and its sign-off
    line (domain/signoff.sign_lines) in the closing block. `prerendered` may hold the PDF a batch's
    worker process rendered ahead (render_pool.py): it gives it only for exactly this content."""
    content = letter_content(
        facts,
        city,
        language=language,
        subject=subject,
        body=body,
        register_number=register_number,
        issue_date=issue_date,
        sign_lines=sign_lines,
    )
    pdf = prerendered(content) if prerendered is not None else None
    return RenderedLetter(content, pdf if pdf is not None else render_letter(content))


def preview_pdf(
    facts: CaseFacts,
    city: CitySettings,
    *,
    language: str,
    subject: str,
    body: str,
    fill_placeholders: bool = False,
    today: dt.date | None = None,
) -> bytes:
    """A not-yet-issued rendering (register number marked as assigned on issue)."""
    today = today or dt.date.today()
    if fill_placeholders:
        values = template_values(facts, city, language, today)
        subject, body = fill(subject, values), fill(body, values)
    return render_case_letter(
        facts, city, language=language, subject=subject, body=body, register_number=None, issue_date=today
    ).pdf
