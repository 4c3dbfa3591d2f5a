"""Mayor-signed letters for the demo's management-list cases, issued through the letters action.

A real office mails the letter a few working days after the department classifies a case long-term
review or unfeasible (DOMAIN.md §3.5), so only the cases classified in the last week still await
one. Letters go through `issue_pending_letters` (real PDFs, register numbers, reply clocks,
history events) rather than bulk rows: a demo letter is indistinguishable from one issued at the desk.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import peewee as pw

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.domain import clocks
from civicdesk_gui.domain.workflow import MANAGEMENT_LIST_OUTCOMES
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, CaseEvent

# The office mails the letter within a week of the classification; newer cases still await theirs.
AWAITING_DAYS = 7
# Office hours between the classification and the mailed letter: two to five working days.
MAIL_AFTER_HOURS = (16.0, 40.0)


def letter_dates(rng: random.Random, now: dt.datetime) -> dict[int, dt.datetime]:
    """Case id -> when its letter was issued, for management-list cases classified more than
    AWAITING_DAYS before `now` (the latest classification counts, should a case be reclassified)."""
    classified_at = pw.fn.MAX(CaseEvent.at)
    rows = (
        CaseEvent.select(CaseEvent.case, classified_at.alias("classified_at"))
        .join(Case, on=(CaseEvent.case == Case.id))
        .where((CaseEvent.kind == "classify") & Case.classification.in_(sorted(MANAGEMENT_LIST_OUTCOMES)))
        .group_by(CaseEvent.case)
        .order_by(CaseEvent.case)
        .tuples()
    )
    cutoff = now - dt.timedelta(days=AWAITING_DAYS)
    result = {}
    for case_id, at in rows:
        if at < cutoff:
            issued = clocks.add_working_hours(at, rng.uniform(*MAIL_AFTER_HOURS)).replace(microsecond=0)
            if issued >= now:  # only when holidays stretch the working days past today
                issued = (at + (now - at) / 2).replace(microsecond=0)
            result[case_id] = issued
    return result


def issue_demo_letters(
    rng: random.Random,
    now: dt.datetime,
    *,
    actor: Actor,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Issue the letters of `letter_dates`; return how many were issued."""
    dates = letter_dates(rng, now)
    case_ids = sorted(dates, key=lambda case_id: (dates[case_id], case_id))  # register order = date order
    total = len(case_ids)
    updated_before = dict(
        Case.select(Case.id, Case.updated_at)
        .where(Case.classification.in_(sorted(MANAGEMENT_LIST_OUTCOMES)))
        .tuples()
    )
    result = issue_pending_letters(
        case_ids,
        actor=actor,
        issued_at=dates,
        report=(lambda done, _total, _text: progress(done, total)) if progress else None,
    )
    if result.failed:
        first = result.failed[0]
        message = first.error.phrase or first.message
        raise CivicDeskError(
            "demo.letter_failed",
            {"number": first.case_number, "message": message, "failed": len(result.failed)},
        )
    _keep_later_updates(updated_before, dates)
    return len(result.issued)


def _keep_later_updates(updated_before: dict[int, dt.datetime], dates: dict[int, dt.datetime]) -> None:
    """A letter dated in the past wrote its date as the case's `updated_at`, though the case may
    have changed later (a new review date): keep whichever came last."""
    with database_proxy.atomic():
        for case_id, letter_at in dates.items():
            before = updated_before[case_id]
            if before > letter_at:
                Case.update(updated_at=before).where(Case.id == case_id).execute()


def print_letter_progress(done: int, total: int) -> None:
    """Terminal progress (CLI and `./dev demo`): one line rewritten in place every 50 letters."""
    if done == total or done % 50 == 0:
        print(f"\rIssuing demo letters: {done:,}/{total:,}", end="\n" if done == total else "", flush=True)
