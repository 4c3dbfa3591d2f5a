"""A receipt notice does not stop the clocks, a result does — and the case list, the briefing's tiles,
`civicdesk stats`, the detail pane and `civicdesk case show --json` say the same, on both back ends.

Now is Wednesday 18 March 2026, 12:00. Both cases are 고충민원 (grievance, 7 days) texts received
Monday 9 March 10:00: promise due Wed 11 March 10:00; statutory due Tue 17 March 18:00 (9–13, 16, 17).
- "notice": a receipt notice Mon 9 March 11:00 only — late on both clocks.
- "told": the same receipt notice, then the result Tue 10 March 09:00 — both met.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civicdesk_gui import cli
from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.queries import briefing
from civicdesk_gui.queries.case_detail import load_case_detail
from civicdesk_gui.queries.case_list import CaseFilter, count_cases, fetch_page
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store.models import AuditEvent, Case

D = dt.datetime
NOW = D(2026, 3, 18, 12, 0)
RECEIVED = D(2026, 3, 9, 10, 0)


@pytest.fixture
def two_cases(actor):
    ids = {}
    for name in ("notice", "told"):
        case_id = actions.intake_case(
            channel="text",
            text="보도블록 파손 신고를 했는데 처리가 안 됩니다",
            category="civil_complaint",
            petition_kind="grievance",
            submitter_name="김민원",
            submitter_phone="010-1234-5678",
            received_at=RECEIVED,
            at=RECEIVED,
            actor=actor,
        ).case_id
        actions.record_reply(
            case_id=case_id, method="sms", text="접수되었습니다", purpose="receipt", actor=actor,
            expected_version=1, at=D(2026, 3, 9, 11, 0),
        )  # fmt: skip
        ids[name] = case_id
    actions.record_reply(
        case_id=ids["told"], method="phone", text="보수를 마쳤습니다", purpose="result", actor=actor,
        expected_version=2, at=D(2026, 3, 10, 9, 0),
    )  # fmt: skip
    return ids


def _listed(case_filter: CaseFilter) -> set[int]:
    assert count_cases(case_filter, now=NOW) == len(rows := fetch_page(case_filter, limit=100, now=NOW))
    return {row.id for row in rows}


def test_list_tiles_stats_and_detail_agree(two_cases):
    notice, told = two_cases["notice"], two_cases["told"]
    case = Case.get_by_id(notice)
    assert case.promise_due_at == D(2026, 3, 11, 10, 0) and case.statutory_due_at == D(2026, 3, 17, 18, 0)
    assert case.first_reply_at == D(2026, 3, 9, 11, 0) and case.result_at is None
    # The list: the receipt notice left both clocks running, and late.
    assert _listed(CaseFilter(overdue="promise")) == {notice}
    assert _listed(CaseFilter(overdue="statutory")) == {notice}
    rows = {row.id: row for row in fetch_page(CaseFilter(), limit=10, now=NOW)}
    assert rows[notice].next_clock == "promise" and rows[notice].next_due_at == D(2026, 3, 11, 10, 0)
    assert rows[told].next_clock == "monthly_update"  # only the monthly clock still runs
    # The briefing's tiles and `stats` count the same.
    counts = briefing.tiles(NOW).counts
    assert counts["overdue_promise"] == 1 and counts["overdue_statutory"] == 1
    stats = compute_stats(now=NOW)
    assert stats["overdue"]["promise"] == 1 and stats["overdue"]["statutory"] == 1
    assert stats["compliance"]["promise_48h"] == {"numerator": 1, "denominator": 2, "share": 0.5}
    assert stats["compliance"]["statutory"] == {"numerator": 1, "denominator": 2, "share": 0.5}
    # The detail pane.
    detail = load_case_detail(notice)
    assert detail.promise.met_at is None and detail.promise.overdue(NOW)
    assert detail.statutory.met_at is None and detail.statutory.overdue(NOW)
    assert detail.rule_labels["statutory"].startswith("고충민원 7일")
    met = load_case_detail(told)
    assert met.promise.met_at == met.statutory.met_at == D(2026, 3, 10, 9, 0)
    assert not met.statutory.met_late()


def test_case_show_json(two_cases, any_db, capsys):
    ensure_user("mayor", display_name="김시장", role="viewer")
    code = cli.main(["case", "show", Case.get_by_id(two_cases["told"]).number, "--db", any_db.url,
                     "--as", "tester", "--json"])  # fmt: skip
    out, _ = capsys.readouterr()
    assert code == 0
    record = json.loads(out)
    assert record["petition_kind"] == "grievance" and record["petition_kind_label"] == "고충민원"
    statutory = record["clocks"]["statutory"]
    assert statutory["due_at"] == "2026-03-17T18:00:00" and statutory["met_at"] == "2026-03-10T09:00:00"
    assert statutory["met_by"]["kind"] == "reply" and statutory["rule"].startswith("고충민원 7일")
    assert [(r["purpose"], r["meets_clocks"]) for r in record["replies"]] == [
        ("receipt", False),
        ("result", True),
    ]
    assert [e["kind"] for e in record["history"]] == ["intake", "reply", "reply"]
    assert record["resident"]["name"] == "김민원"  # a coordinator may see personal data
    # The mayor (viewer) reads the case but not the resident; only the coordinator's sight of the
    # resident's personal data is in the audit log (a reveal, as in the detail pane).
    code = cli.main(["case", "show", record["number"], "--db", any_db.url, "--as", "mayor", "--json"])
    mayor_view = json.loads(capsys.readouterr().out)
    assert code == 0 and "resident" not in mayor_view
    views = AuditEvent.select().where(AuditEvent.kind == "personal_data_view").count()
    assert views == 1
    # No --as: refused with exit 4, nothing printed on stdout.
    code = cli.main(["case", "show", record["number"], "--db", any_db.url, "--json"])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_PERMISSION and out == "" and err.count("\n") == 1
