"""A case as plain data for scripts (`civicdesk case show NUMBER --json`): its kind of petition, its
clocks (due, met, by what and by which rule), its replies with their purpose, its sign-offs and its
history. Read only; personal data only when the caller says the reader may see it."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain import petitions
from civicdesk_gui.queries.case_detail import CaseDetail, TimelineEntry, load_case_detail


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _met_by(detail: CaseDetail, met_at: dt.datetime | None) -> dict | None:
    """The history event that told the resident the result at `met_at`: a reply of purpose result,
    or a mailed letter (which counts as the result reply)."""
    if met_at is None:
        return None
    for entry in sorted(detail.timeline, key=lambda e: (e.at, e.id)):
        told = entry.kind in ("reply", "letter") and entry.after.get("purpose", "result") == "result"
        if told and entry.at == met_at:
            return {"event_id": entry.id, "kind": entry.kind, "at": _iso(entry.at)}
    return {"event_id": None, "kind": None, "at": _iso(met_at)}


def _event(entry: TimelineEntry) -> dict:
    return {
        "id": entry.id,
        "at": _iso(entry.at),
        "actor": entry.actor_name,
        "kind": entry.kind,
        "body": entry.body,
        "before": entry.before,
        "after": entry.after,
    }


def case_record(case_id: int, *, personal: bool) -> dict:
    detail = load_case_detail(case_id)
    clocks = {}
    for reading in detail.clocks:
        clocks[reading.clock] = {
            "due_at": _iso(reading.due_at),
            "met_at": _iso(reading.met_at),
            "met_late": reading.met_late(),
            "met_by": _met_by(detail, reading.met_at) if reading.clock != "monthly_update" else None,
            "rule": detail.rule_labels.get(reading.clock, ""),
        }
    replies = [
        {
            "event_id": e.id,
            "at": _iso(e.at),
            "by": e.actor_name,
            "kind": e.kind,
            "method": e.after.get("method", "letter" if e.kind == "letter" else None),
            "purpose": e.after.get("purpose", "result"),
            "meets_clocks": petitions.meets_result_clocks(e.after.get("purpose", "result")),
            "text": e.body,
        }
        for e in sorted(detail.timeline, key=lambda e: (e.at, e.id))
        if e.kind in ("reply", "letter")
    ]
    record = {
        "number": detail.number,
        "channel": detail.channel_code,
        "received_at": _iso(detail.received_at),
        "summary": detail.summary,
        "text": detail.text,
        "category": detail.category_code,
        "topic": detail.topic_label or None,
        "petition_kind": detail.petition_kind,
        "petition_kind_label": petitions.PETITION_KINDS[detail.petition_kind].ko
        if detail.petition_kind
        else None,
        "department": detail.department_name or None,
        "department_id": detail.department_id,
        "official": detail.official_name or None,
        "state": detail.state,
        "classification": detail.classification,
        "reason_code": detail.reason_code,
        "agency": detail.agency_name or None,
        "first_reply_at": _iso(detail.first_reply_at),
        "result_at": _iso(detail.result_at),
        "closed_at": _iso(detail.closed_at),
        "clocks": clocks,
        "replies": replies,
        "history": [_event(e) for e in sorted(detail.timeline, key=lambda e: (e.at, e.id))],
        "version": detail.version,
    }
    if personal:
        record["resident"] = {
            "name": detail.submitter_name,
            "phone": detail.submitter_phone,
            "address": detail.submitter_address,
        }
    return record
