"""How a case action writes: the optimistic version check, a state change through the transition
table (closing or restarting the monthly clock), the clocks from the deadline rules, and the
lookups that turn ids into rows with a clear error. The actions in cases.py are built from these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.history import append_event, case_conflict
from civicdesk_gui.domain import clocks, petitions, workflow
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store import prepared
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.rules import load_kind_rules, load_rules


@dataclass(frozen=True)
class CaseChange:
    case_id: int
    number: str
    version: int
    kind: str
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    changes: Changes = field(kw_only=True)  # what the action wrote (the case, and any case it linked)


def case_touched(*case_ids: int) -> Changes:
    """The case rows (or their history) an action wrote."""
    return Changes.of(cases=case_ids)


def get_case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFoundError("case.not_found", {"id": case_id})
    return case


def lookup(model, key, field_name: str, *, by: str = "id"):
    if key is None:
        return None
    column = getattr(model, by)
    row = model.get_or_none(column == key)
    if row is None:
        raise ValidationError("record.unknown", {"record": field_name, "key": key}, field=field_name)
    return row


def display_name(row) -> str | None:
    if row is None:
        return None
    for attr in ("name", "name_ko", "code"):
        if hasattr(row, attr):
            return getattr(row, attr)
    return str(row.id)


def default_kind(*, category_code: str | None, topic_code: str | None) -> str | None:
    """The kind of petition the administrator's KindRule rows give a category and topic."""
    rule = petitions.pick_kind(load_kind_rules(), category=category_code, topic=topic_code)
    return rule.kind if rule else None


def clock_fields(
    *,
    channel_code: str,
    category_code: str | None,
    received_at: dt.datetime,
    session_at: dt.datetime | None,
    kind: str | None,
) -> dict:
    """The promise (per channel) and the statutory period (per kind of petition, 시행령 제14–17조)."""
    rules = load_rules()
    promise = clocks.pick_rule(rules, clock="promise", channel=channel_code, category=category_code)
    statutory = clocks.pick_rule(
        rules, clock="statutory", channel=channel_code, category=category_code, kind=kind
    )
    return {
        "promise_due_at": clocks.due_at(promise, received_at=received_at, session_at=session_at),
        # No kind (encouragement, thanks): not a petition under the Act, no statutory period.
        "statutory_due_at": clocks.due_at(statutory, received_at=received_at, session_at=session_at)
        if kind is not None
        else None,
    }


def update_due(
    *, channel_code: str, category_code: str | None, last_update: dt.datetime
) -> dt.datetime | None:
    rule = clocks.pick_rule(
        load_rules(), clock="monthly_update", channel=channel_code, category=category_code
    )
    return clocks.due_at(rule, received_at=last_update, session_at=None)


def write_case(
    case: Case, *, expected_version: int | None, actor: Actor, at: dt.datetime, changes: dict
) -> int:
    """Apply `changes` if nobody saved since `expected_version`; return the new version. The statement
    is prepared once per set of fields changed (store/prepared.py): every case action writes this way."""
    version = case.version if expected_version is None else expected_version
    values = {getattr(Case, name): value for name, value in changes.items()}
    values.update({Case.updated_at: at, Case.updated_by: actor.id})
    updated = prepared.update_by_id(
        "case_write", Case, case.id, values, bump=(Case.version,), where={Case.version: version}
    )
    if updated != 1:
        raise case_conflict(case.id)
    return version + 1


def change_state(
    case: Case,
    *,
    target: str,
    kind: str,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime,
    extra: dict | None = None,
    extra_before: dict | None = None,
    extra_after: dict | None = None,
    body: str = "",
) -> CaseChange:
    current = workflow.state_of(case.status, case.classification)
    workflow.check_transition(current, target)
    pair = workflow.stored_pair(target)
    changes = {"status": pair.status, "classification": pair.classification, **(extra or {})}
    if workflow.is_closed(pair.classification):
        changes.setdefault("closed_at", at)
        changes.setdefault("update_due_at", None)
    else:
        changes.setdefault("closed_at", None)
        if workflow.is_open(pair.status, pair.classification):
            changes.setdefault(
                "update_due_at",
                update_due(
                    channel_code=case.channel.code,
                    category_code=case.category.code if case.category_id else None,
                    last_update=case.last_update_at or case.received_at,
                ),
            )
        else:
            changes.setdefault("update_due_at", None)
    before = {"state": current, **(extra_before or {})}
    after = {"state": target, **(extra_after or {})}
    version = write_case(case, expected_version=expected_version, actor=actor, at=at, changes=changes)
    append_event(case.id, kind=kind, actor=actor, at=at, before=before, after=after, body=body)
    return CaseChange(case.id, case.number, version, kind, before, after, changes=case_touched(case.id))


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None
