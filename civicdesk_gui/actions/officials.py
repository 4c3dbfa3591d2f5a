"""An official's own contact details as an official letter's closing block prints them: phone, fax
and e-mail (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제4조⑥4호; 시행령 제31조 for notices). Each user
keeps their own, through the official their account is linked to (Settings › Users links them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Official

_NUMBER = re.compile(r"[0-9+() \-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class SavedContact:
    official_id: int
    changes: Changes


def _checked(phone: str, fax: str, email: str) -> dict[str, str]:
    values = {"phone": phone.strip(), "fax": fax.strip(), "email": email.strip()}
    for name, value in values.items():
        limit = getattr(Official, name).max_length
        if len(value) > limit:
            raise ValidationError("contact.too_long", {"field": name, "limit": limit}, field=name)
    for name in ("phone", "fax"):
        if not _NUMBER.fullmatch(values[name]):
            raise ValidationError("contact.bad_number", {"field": name, "value": values[name]}, field=name)
    if values["email"] and not _EMAIL.fullmatch(values["email"]):
        raise ValidationError("contact.bad_email", {"value": values["email"]}, field="email")
    return values


def save_own_contact(*, phone: str, fax: str, email: str, actor: Actor) -> SavedContact:
    """The signed-in user's phone, fax and e-mail on the official their account is linked to; an empty
    fax prints the city hall's (Settings › Sign-off)."""
    values = _checked(phone, fax, email)
    with database_proxy.atomic():
        user = require(actor, "profile.contact")
        official = Official.get_or_none(Official.id == user.official_id) if user.official_id else None
        if official is None:
            raise ValidationError("contact.no_official", field="official")
        before = {"phone": official.phone, "fax": official.fax, "email": official.email}
        Official.update(**values).where(Official.id == official.id).execute()
        append_audit(
            "contact_change",
            actor=actor,
            details={"official": official.id, "before": before, "after": values},
        )
    return SavedContact(official.id, Changes.of(reference={"officials"}) | AUDIT_CHANGED)
