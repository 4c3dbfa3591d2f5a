"""The briefing's office setting: how many cases a department needs in the period before the
department table ranks it (so a department with three cases is not called the worst)."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.office_settings import put_setting

MIN_SAMPLE_KEY = "briefing.min_sample"
MAX_MIN_SAMPLE = 10_000


@dataclass(frozen=True)
class SavedBriefingSettings:
    min_sample: int
    changes: Changes


def save_min_sample(*, value: int, actor: Actor) -> SavedBriefingSettings:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MIN_SAMPLE:
        raise ValidationError(
            "briefing.min_sample", {"value": value, "limit": MAX_MIN_SAMPLE}, field="min_sample"
        )
    with database_proxy.atomic():
        require(actor, "settings.briefing")
        put_setting(MIN_SAMPLE_KEY, value)
    return SavedBriefingSettings(value, Changes.of(settings={MIN_SAMPLE_KEY}))
