"""Retention: residents' personal data of cases closed long ago is anonymised (Personal Information
Protection Act art. 21: destroy personal data once the period it is kept for has passed).

`purge_personal_data` is one action of the administrator, in one transaction, with one audit event:
every case closed more than YEARS ago (the office setting `retention.years`, 3 by default) loses the
resident's name, phone and address, and the phone numbers and resident registration numbers inside its
text and summary are masked (domain/masking.py). What the office counts stays as it was — channel,
category, town, department, clocks, outcome, whether the phone was valid — so `civicdesk stats` gives
the same figures before and after. A dry run counts and writes nothing.

Left as they are: the history (append-only by law and by trigger; it holds no resident's name or
phone), and issued letters, which are official records kept under their own retention schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.domain.masking import mask_text
from civicdesk_gui.domain.settings_catalog import RETENTION_YEARS_RANGE
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.models import now as clock_now
from civicdesk_gui.store.office_settings import get_setting, put_setting

LISTED_UP_TO = 1000  # more cases than this: the change notice says MANY


@dataclass(frozen=True)
class Purged:
    cases: int  # anonymised (a dry run: would be)
    years: int
    cutoff: dt.datetime  # cases closed before this
    dry_run: bool
    changes: Changes


def retention_cutoff(now: dt.datetime, years: int) -> dt.datetime:
    """`years` calendar years before `now` (29 February falls back to the 28th)."""
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def _years(value: int | None) -> int:
    years = get_setting("retention.years") if value is None else value
    low, high = RETENTION_YEARS_RANGE
    if isinstance(years, bool) or not isinstance(years, int) or not low <= years <= high:
        raise ValidationError(
            "retention.bad_years", {"low": low, "high": high, "value": years}, field="older_than"
        )
    return years


def purge_personal_data(
    *, actor: Actor, older_than_years: int | None = None, dry_run: bool = False, at: dt.datetime | None = None
) -> Purged:
    at = (at or clock_now()).replace(microsecond=0)
    with database_proxy.atomic():
        require(actor, "case.purge")
        years = _years(older_than_years)
        cutoff = retention_cutoff(at, years)
        due = Case.closed_at.is_null(False) & (Case.closed_at < cutoff) & Case.anonymised_at.is_null()
        ids = [case_id for (case_id,) in Case.select(Case.id).where(due).order_by(Case.id).tuples()]
        if dry_run:
            return Purged(len(ids), years, cutoff, True, Changes())
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = Case.select(Case.id, Case.text, Case.summary).where(Case.id.in_(chunk)).tuples()
            for case_id, text, summary in rows:
                masked_text, masked_summary = mask_text(text), mask_text(summary)
                if (masked_text, masked_summary) != (text, summary):
                    Case.update(text=masked_text, summary=masked_summary).where(Case.id == case_id).execute()
            Case.update(
                submitter_name="",
                submitter_phone="",
                submitter_address="",
                anonymised_at=at,
                version=Case.version + 1,
            ).where(Case.id.in_(chunk)).execute()
        append_audit(
            "retention_purge",
            actor=actor,
            details={"years": years, "closed_before": f"{cutoff:%Y-%m-%d %H:%M}", "cases": len(ids)},
            at=at,
        )
    listed = ids if len(ids) <= LISTED_UP_TO else MANY
    return Purged(len(ids), years, cutoff, False, Changes.of(cases=listed) | AUDIT_CHANGED)


@dataclass(frozen=True)
class SavedRetention:
    years: int
    changes: Changes


def save_retention_years(*, years: int, actor: Actor) -> SavedRetention:
    """The office's retention period (Settings > Personal data), the administrator's, audited."""
    with database_proxy.atomic():
        require(actor, "settings.office")
        years = _years(years)
        put_setting("retention.years", years)
        append_audit("settings_change", actor=actor, details={"keys": ["retention.years"]})
    return SavedRetention(years, Changes.of(settings={"retention.years"}) | AUDIT_CHANGED)
