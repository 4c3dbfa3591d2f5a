"""The administrator names reference data in both languages: departments, agencies, topics, channels
and categories each carry a Korean and an English name (the English interface and English letters
show the English one). Reason codes, statuses and results are the office's fixed vocabulary
(domain/vocabulary.py), named in both languages there."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Agency, Category, Channel, Department, Topic

# kind -> (model, Korean name field, English name field)
REFERENCE_KINDS: dict[str, tuple[type[pw.Model], str, str]] = {
    "department": (Department, "name", "name_en"),
    "agency": (Agency, "name", "name_en"),
    "topic": (Topic, "name_ko", "name_en"),
    "channel": (Channel, "name_ko", "name_en"),
    "category": (Category, "name_ko", "name_en"),
}


@dataclass(frozen=True)
class RenamedReference:
    kind: str
    row_id: int
    changes: Changes


def rename_reference(*, kind: str, row_id: int, name_ko: str, name_en: str, actor: Actor) -> RenamedReference:
    """Give one reference row its Korean and English names. The Korean name is required (documents in
    Korean name it); an empty English name means "shown in Korean" in the English interface."""
    if kind not in REFERENCE_KINDS:
        raise ValidationError("reference.unknown_kind", {"kind": kind}, field="kind")
    model, ko_field, en_field = REFERENCE_KINDS[kind]
    name_ko, name_en = name_ko.strip(), name_en.strip()
    if not name_ko:
        raise ValidationError("reference.name_empty", field="name_ko")
    limit = max(getattr(model, ko_field).max_length, 1), max(getattr(model, en_field).max_length, 1)
    if len(name_ko) > limit[0] or len(name_en) > limit[1]:
        raise ValidationError("reference.name_too_long", {"limit": min(limit)}, field="name_en")
    with database_proxy.atomic():
        require(actor, "reference.edit")
        row = model.get_or_none(model.id == row_id)
        if row is None:
            raise NotFoundError("reference.not_found", {"kind": kind, "id": row_id})
        taken = (
            model.select(model.id)
            .where((getattr(model, ko_field) == name_ko) & (model.id != row_id))
            .exists()
        )
        if taken:
            raise ValidationError("reference.name_taken", {"name": name_ko}, field="name_ko")
        before = {"ko": getattr(row, ko_field), "en": getattr(row, en_field)}
        model.update({getattr(model, ko_field): name_ko, getattr(model, en_field): name_en}).where(
            model.id == row_id
        ).execute()
        append_audit(
            "reference_rename",
            actor=actor,
            details={"kind": kind, "id": row_id, "before": before, "after": {"ko": name_ko, "en": name_en}},
        )
    # Every list naming a department or a topic shows the new name: the case rows are touched too.
    changes = Changes.of(reference={kind}, cases=MANY)
    return RenamedReference(kind, row_id, changes | AUDIT_CHANGED)
