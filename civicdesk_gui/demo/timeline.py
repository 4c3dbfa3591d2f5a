"""One demo case's life, written the way the actions would have written it.

`CaseTimeline` keeps the case's fields and its history events in step: every step checks the
transition table, bumps the version like `actions.case_writes.write_case`, and records the same event kind
and before/after keys. A step planned after "now" has not happened yet: the case stops there, which
is how recent cases end up received, routed or in review.
"""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions.cases import REFERRAL_REMIND_DAYS
from civicdesk_gui.actions.history import event_json
from civicdesk_gui.domain import clocks, workflow
from civicdesk_gui.domain.clocks import Rule


class NotYet(Exception):
    """The next step of the plan lies in the future."""


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def event_text(value: dict) -> str:
    """What actions.history.event_json stores for a flat dict of None, bools, ints and strings,
    written out directly (several times faster than the encoder, for the demo's millions of events);
    anything else goes to event_json. tests/demo compares the two."""
    if not value:
        return "{}"
    parts = []
    for key, item in value.items():
        if item is None:
            text = "null"
        elif item is True:
            text = "true"
        elif item is False:
            text = "false"
        elif type(item) is str:
            # The encoder escapes only quotes, backslashes and control characters (Korean stays as is).
            text = (
                f'"{item}"'
                if item.isprintable() and '"' not in item and "\\" not in item
                else event_json(item)
            )
        elif type(item) is int:
            text = str(item)
        else:
            return event_json(value)
        parts.append(f'"{key}": {text}')
    return "{" + ", ".join(parts) + "}"


class CaseTimeline:
    def __init__(
        self,
        *,
        case_id: int,
        now: dt.datetime,
        received_at: dt.datetime,
        monthly_rule: Rule | None,
        actor_id: int,
    ):
        self.case_id = case_id
        self.now = now
        self.received_at = received_at
        self.monthly_rule = monthly_rule
        self.actor_id = actor_id
        self.events: list[tuple] = []
        self.state = "received"
        self.department_id: int | None = None
        self.official_id: int | None = None
        self.first_reply_at: dt.datetime | None = None
        self.last_update_at: dt.datetime = received_at
        self.update_due_at: dt.datetime | None = None
        self.closed_at: dt.datetime | None = None
        self.next_review_on: dt.date | None = None
        self.reason_code: str | None = None
        self.reason_text = ""
        self.agency_id: int | None = None
        # A referral is chased as actions/cases.py does: the agency is asked after a week, until it answers.
        self.referral_remind_on: dt.date | None = None
        self.agency_answered_at: dt.datetime | None = None
        self.duplicate_of: int | None = None
        self.version = 1
        self.created_at = received_at
        self.updated_at = received_at
        self.last_at = received_at

    # ------------------------------------------------------------------------------- bookkeeping

    def _at(self, at: dt.datetime) -> dt.datetime:
        at = max(at, self.last_at).replace(microsecond=0)
        if at > self.now:
            raise NotYet
        return at

    def _event(self, kind: str, at: dt.datetime, before: dict, after: dict, body: str = "") -> None:
        self.events.append(
            (self.case_id, at, self.actor_id, kind, body, event_text(before), event_text(after))
        )
        self.last_at = at

    def _bump(self, at: dt.datetime) -> None:
        self.version += 1
        self.updated_at = at

    def _monthly_due(self, last_update: dt.datetime) -> dt.datetime | None:
        return clocks.due_at(self.monthly_rule, received_at=last_update, session_at=None)

    def _move(self, target: str, at: dt.datetime) -> tuple[str, str]:
        """Change state as actions.case_writes.change_state does (closing or restarting the monthly clock)."""
        current = self.state
        workflow.check_transition(current, target)
        pair = workflow.stored_pair(target)
        if workflow.is_closed(pair.classification):
            self.closed_at = at
            self.update_due_at = None
        else:
            self.closed_at = None
            if workflow.is_open(pair.status, pair.classification):
                self.update_due_at = self._monthly_due(self.last_update_at)
            else:
                self.update_due_at = None
        self.state = target
        return current, target

    # ------------------------------------------------------------------------------------ steps

    def intake(self, at: dt.datetime, *, channel: str, category: str | None, phone_valid: bool) -> None:
        at = min(max(at, self.received_at), self.now).replace(microsecond=0)
        self.created_at = self.updated_at = at
        self.update_due_at = self._monthly_due(self.received_at)
        after = {
            "state": "received",
            "channel": channel,
            "category": category,
            "department": None,
            "phone_valid": phone_valid,
        }
        self._event("intake", at, {}, after)

    def mark_duplicate(
        self, at: dt.datetime, *, original_id: int, original_number: str, number: str
    ) -> tuple:
        """Link to the earlier case; returns the event the original case gets as well."""
        at = self._at(at)
        self.duplicate_of = original_id
        self._bump(at)
        self._event("duplicate", at, {"duplicate_of": None}, {"duplicate_of": original_number})
        return (original_id, at, self.actor_id, "duplicate", "", "{}", event_text({"duplicated_by": number}))

    def route(
        self, at: dt.datetime, *, department_id: int, department_name: str, previous: str | None
    ) -> None:
        at = self._at(at)
        before, after = self._move("routed", at)
        if self.department_id != department_id:
            self.official_id = None
        self.department_id = department_id
        self._bump(at)
        self._event(
            "route",
            at,
            {"state": before, "department": previous},
            {"state": after, "department": department_name},
        )

    def assign(self, at: dt.datetime, *, official_id: int, official_name: str) -> None:
        at = self._at(at)
        before, after = self._move("in_review", at)
        self.official_id = official_id
        self._bump(at)
        self._event(
            "assign", at, {"state": before, "official": None}, {"state": after, "official": official_name}
        )

    def note(self, at: dt.datetime, *, text: str) -> None:
        """An internal note: history only, the case row does not change (actions.add_note)."""
        at = self._at(at)
        self._event("note", at, {}, {}, text)

    def reply(self, at: dt.datetime, *, method: str, text: str) -> None:
        at = self._at(at)
        before = {"first_reply_at": _iso(self.first_reply_at)}
        if self.first_reply_at is None:
            self.first_reply_at = at
        self.last_update_at = at
        status = workflow.stored_pair(self.state)
        if workflow.is_open(status.status, status.classification):
            self.update_due_at = self._monthly_due(at)
        self._bump(at)
        self._event(
            "reply",
            at,
            before,
            {"first_reply_at": _iso(self.first_reply_at), "method": method, "purpose": "result"},
            text,
        )

    def classify(
        self,
        at: dt.datetime,
        *,
        classification: str,
        reason_code: str | None = None,
        reason_text: str = "",
        agency_id: int | None = None,
        agency_name: str | None = None,
        review_after_days: int = 90,
    ) -> None:
        at = self._at(at)
        workflow.validate_classification(
            classification=classification,
            reason_code=reason_code,
            reason_text=reason_text,
            agency_id=agency_id,
        )
        before_reason = self.reason_code
        before, after = self._move(classification, at)
        self.reason_code, self.reason_text, self.agency_id = reason_code, reason_text, agency_id
        self.next_review_on = (
            (at + dt.timedelta(days=review_after_days)).date()
            if classification in workflow.MANAGEMENT_LIST_OUTCOMES
            else None
        )
        if classification == "referred":
            self.referral_remind_on = (at + dt.timedelta(days=REFERRAL_REMIND_DAYS)).date()
        self._bump(at)
        self._event(
            "refer" if classification == "referred" else "classify",
            at,
            {"state": before, "reason_code": before_reason},
            {
                "state": after,
                "reason_code": reason_code,
                "agency": agency_name,
                "next_review_on": _iso(self.next_review_on),
            },
            reason_text,
        )

    def agency_answer(self, at: dt.datetime, *, text: str) -> None:
        """The agency a case was referred to answered (actions/notices.record_agency_answer)."""
        at = self._at(at)
        before = {"referral_remind_on": _iso(self.referral_remind_on)}
        self.agency_answered_at, self.referral_remind_on = at, None
        self._bump(at)
        self._event("agency_answer", at, before, {"agency_answered_at": at.isoformat()}, text)

    def progress(self, at: dt.datetime, *, text: str) -> None:
        at = self._at(at)
        before = {"update_due_at": _iso(self.update_due_at)}
        self.last_update_at = at
        status = workflow.stored_pair(self.state)
        if workflow.is_open(status.status, status.classification):
            self.update_due_at = self._monthly_due(at)
        self._bump(at)
        self._event("progress", at, before, {"update_due_at": _iso(self.update_due_at)}, text)

    def set_next_review(self, at: dt.datetime, *, review_on: dt.date) -> None:
        at = self._at(at)
        before = {"next_review_on": _iso(self.next_review_on)}
        self.next_review_on = review_on
        self._bump(at)
        self._event("next_review", at, before, {"next_review_on": _iso(review_on)})
