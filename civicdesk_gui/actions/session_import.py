"""Bring sessions back from an office calendar (.ics): create or update by UID, never duplicate.

The office calendar is where a secretary may move the mayor's visit; the import applies such a
move to the scheduled session through the same actions as the calendar screen does.

Every event of the file ends as exactly one of created, updated, unchanged, skipped (with the
reason: cancelled and unknown here, or a session already held) or rejected (with its position, UID
and reason: unreadable, out of range, or refused by the session rules). One event's failure never
undoes the others: each is written under its own savepoint. The file is claimed first like a gateway
import (actions/import_batches.py), so two desks importing it at once apply it once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from civicdesk_gui.actions import import_batches
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.import_batches import BusyImport, Claim, EarlierImport
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.sessions import cancel_session, reschedule_session, schedule_session
from civicdesk_gui.documents.import_files import read_input_file
from civicdesk_gui.documents.session_ics import (
    SUMMARY_PREFIX,
    IcsEventProblem,
    IcsSession,
    ics_location,
    parse_ics,
)
from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.domain.sessions import MOVABLE_STATES, UNIT_TYPES
from civicdesk_gui.error_catalog import Phrase, english
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Session, Town, now

CANCELLED_IN_CALENDAR = "사무실 달력에서 취소됨"


@dataclass
class ImportReport:
    file: str = ""
    records: int = 0  # VEVENTs in the file
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Phrase] = field(default_factory=list)  # why each was left alone
    rejected: list[IcsEventProblem] = field(default_factory=list)
    earlier: EarlierImport | None = None
    cancelled: bool = False
    changes: Changes = NOTHING  # the sessions created, moved or cancelled (and requests that followed)

    @property
    def accounted(self) -> int:
        """Every event ends in exactly one list: this equals `records`."""
        return sum(map(len, (self.created, self.updated, self.unchanged, self.skipped, self.rejected)))

    def summary(self) -> str:
        return (
            f"{self.records} events: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped, {len(self.rejected)} rejected"
        )

    def lines(self) -> list[str]:
        """Each skipped and rejected event in English (the CLI prints them)."""
        return [f"skipped {english(p.code, p.values)}" for p in self.skipped] + [
            f"rejected {p.reason}" for p in self.rejected
        ]


def _unit_type(unit: str) -> str:
    for term in UNIT_TYPES.values():
        if unit.startswith(term.ko) or unit.startswith(term.en):
            return term.code
    return "other"


def _where(event: IcsSession) -> dict:
    return {"index": event.index, "uid": event.uid[:60]}


def import_ics_sessions(
    *,
    events: list[IcsSession],
    actor: Actor,
    at: dt.datetime | None = None,
    report: ImportReport | None = None,
    claim: Claim | None = None,
) -> ImportReport:
    """Apply the calendar's events in one transaction, each under a savepoint. Conflicts are
    accepted: the office calendar already holds the decision, and the calendar screen marks any
    clash afterwards."""
    at = at or now()
    report = report if report is not None else ImportReport(records=len(events))
    with database_proxy.atomic():
        if claim is not None:
            import_batches.heartbeat(claim)  # first: on SQLite it takes the write lock
        require(actor, "session.import")
        for event in events:
            try:
                with database_proxy.atomic():
                    existing = Session.get_or_none(Session.ics_uid == event.uid)
                    if existing is None:
                        _create(event, actor, at, report)
                    else:
                        _update(existing, event, actor, at, report)
            except CivicDeskError as exc:
                reason = exc.phrase if exc.phrase is not None else str(exc)
                report.rejected.append(
                    IcsEventProblem(
                        event.index, event.uid[:60], "ics.event_refused", {**_where(event), "reason": reason}
                    )
                )
            except (peewee.IntegrityError, peewee.DataError) as exc:
                reason = " ".join(str(exc).split())[:300]
                report.rejected.append(
                    IcsEventProblem(
                        event.index,
                        event.uid[:60],
                        "ics.event_not_stored",
                        {**_where(event), "reason": reason},
                    )
                )
    report.rejected.sort(key=lambda p: p.index)
    return report


def import_ics_file(
    path: str | Path,
    *,
    actor: Actor,
    at: dt.datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_wait: Callable[[BusyImport], None] | None = None,
) -> ImportReport:
    """Read an .ics file (regular files only) and apply it; see the module docstring."""
    with database_proxy.atomic():
        require(actor, "session.import")  # before the file is claimed: a refusal writes nothing
    path = Path(path)
    data = read_input_file(path)
    calendar = parse_ics(data, file=path.name, today=(at or now()).date())
    report = ImportReport(file=path.name, records=calendar.records, rejected=list(calendar.rejected))
    claim = import_batches.claim_file(
        kind="ics",
        digest=calendar.digest,
        file_name=path.name,
        actor=actor,
        should_stop=should_stop,
        on_wait=on_wait,
    )
    if claim is None:
        report.cancelled = True
        return report
    report.earlier = claim.earlier
    try:
        import_ics_sessions(events=calendar.events, actor=actor, at=at, report=report, claim=claim)
    except BaseException:
        import_batches.release(claim)
        raise
    import_batches.finish(
        claim,
        records=report.records,
        imported=len(report.created),
        duplicates=len(report.unchanged),
        rejected=len(report.rejected),
    )
    return report


def _create(event: IcsSession, actor: Actor, at: dt.datetime, report: ImportReport) -> None:
    if event.cancelled:
        report.skipped.append(Phrase("ics.skipped_cancelled_unknown", {"uid": event.uid[:60]}))
        return
    change = schedule_session(
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        actor=actor,
        unit_type=_unit_type(event.unit),
        unit_name=event.summary.removeprefix(SUMMARY_PREFIX),
        title=event.summary.removeprefix(SUMMARY_PREFIX),
        place=event.location,
        ics_uid=event.uid,
        confirm_conflicts=True,
        at=at,
    )
    report.created.append(change.number)
    report.changes |= change.changes


def _update(session: Session, event: IcsSession, actor: Actor, at: dt.datetime, report: ImportReport) -> None:
    if event.cancelled:
        if session.state == "scheduled":
            change = cancel_session(
                session_id=session.id,
                reason=CANCELLED_IN_CALENDAR,
                actor=actor,
                expected_version=session.version,
                at=at,
            )
            report.updated.append(session.number)
            report.changes |= change.changes
        else:
            report.unchanged.append(session.number)
        return
    same_time = (session.starts_at, session.ends_at) == (event.starts_at, event.ends_at)
    town = Town.get_or_none(Town.id == session.town_id) if session.town_id else None
    exported = ics_location(session.place, session.address, town.name if town else "")
    # The file carries "place, address": only a location someone edited there replaces ours.
    same_place = event.location in ("", exported, session.place)
    if same_time and same_place:
        report.unchanged.append(session.number)
        return
    if session.state not in MOVABLE_STATES:
        report.skipped.append(
            Phrase("ics.skipped_history_kept", {"number": session.number, "state": session.state})
        )
        return
    details = {} if same_place else {"place": event.location}
    change = reschedule_session(
        session_id=session.id,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        actor=actor,
        expected_version=session.version,
        confirm_conflicts=True,
        at=at,
        **details,
    )
    report.updated.append(session.number)
    report.changes |= change.changes
