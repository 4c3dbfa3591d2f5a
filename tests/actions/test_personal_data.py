"""Residents' personal data for each role, on SQLite and PostgreSQL: the case list's summaries, the CSV
and XLSX exports (the action and `civicdesk export`), the detail pane's reveal and its audit event, and
the retention purge keeping `civicdesk stats --json` identical."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from civicdesk_gui.actions import audit, cases, exports, retention
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.cli import main
from civicdesk_gui.domain.masking import privacy_of
from civicdesk_gui.errors import PermissionDenied, ValidationError
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, fetch_page
from civicdesk_gui.store import database
from civicdesk_gui.store.models import AuditEvent, Case, Department

NOW = dt.datetime(2026, 11, 20, 9, 0)
TEXT = "집 앞 가로등이 꺼졌어요. 010-2345-6789 로 연락 주세요 (900101-1234567)"
CLEAR = "집 앞 가로등이 꺼졌어요. 010-2345-6789 로 연락 주세요 (900101-1******)"
MASKED = "집 앞 가로등이 꺼졌어요. 010-****-6789 로 연락 주세요 (900101-1******)"


@pytest.fixture
def office(any_db):
    roads = Department.get(Department.code == "도로관리과")
    parks = Department.get(Department.code == "공원녹지과")
    users = {
        "admin": ensure_user("admin", display_name="정관리", role="admin"),
        "coordinator": ensure_user("coordinator", display_name="김소통"),
        "official_own": ensure_user("roads", display_name="이도로", role="official", department_id=roads.id),
        "official_other": ensure_user(
            "parks", display_name="박공원", role="official", department_id=parks.id
        ),
        "viewer": ensure_user("mayor", display_name="김시장", role="viewer"),
    }
    case_id = cases.intake_case(
        channel="text",
        text=TEXT,
        received_at=NOW,
        submitter_name="김철수",
        submitter_phone="010-2345-6789",
        submitter_address="경기도 파주시 시청로 50 101동 202호",
        department_id=roads.id,
        actor=users["coordinator"],
    ).case_id
    return users, case_id, any_db


SEES = {"admin": True, "coordinator": True, "official_own": True, "official_other": False, "viewer": False}


@pytest.mark.parametrize("kind", sorted(SEES))
def test_the_case_list_summary_for_each_role(office, kind):
    users, case_id, _ = office
    (row,) = fetch_page(CaseFilter(), CaseSort(), now=NOW, privacy=privacy_of(users[kind]))
    expected = CLEAR if SEES[kind] else MASKED
    assert row.id == case_id and expected.startswith(row.summary[:20])
    assert ("010-2345-6789" in row.summary) == SEES[kind] or len(row.summary) < 30
    assert "1234567" not in row.summary


@pytest.mark.parametrize("kind", sorted(SEES))
def test_the_detail_reveal_for_each_role(office, kind):
    users, case_id, _ = office
    if not SEES[kind]:
        with pytest.raises(PermissionDenied):
            audit.reveal_personal_data(case_id=case_id, actor=users[kind])
        assert not AuditEvent.select().where(AuditEvent.kind == "personal_data_view").exists()
        return
    revealed = audit.reveal_personal_data(case_id=case_id, actor=users[kind])
    assert (revealed.personal.name, revealed.personal.phone, revealed.personal.text) == (
        "김철수",
        "010-2345-6789",
        TEXT,
    )
    event = AuditEvent.get(AuditEvent.kind == "personal_data_view")
    assert (event.actor_id, event.case_id) == (users[kind].id, case_id)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["admin", "coordinator"])
def test_exports_show_what_the_role_may_see(office, kind, fmt, tmp_path):
    users, _case_id, _ = office
    path = tmp_path / f"cases.{fmt}"
    exports.export_cases(actor=users[kind], case_filter=CaseFilter(), sort=CaseSort(), path=path, fmt=fmt)
    cells = _cells(path, fmt)
    assert CLEAR in cells and TEXT not in cells  # a registration number never leaves in clear
    event = AuditEvent.get(AuditEvent.kind == "case_export")
    assert json.loads(event.details)["personal_data"] == "all"


def test_an_export_by_an_office_role_without_personal_data_is_masked(office, tmp_path):
    """An export is the office's (officials and the mayor may not export); masking follows the role
    read in the action, so a coordinator made viewer a moment ago exports nothing — and an exporter's
    role that may not see personal data gets it masked."""
    from civicdesk_gui.documents.case_export import export_cases as write_cases
    from civicdesk_gui.domain.masking import NOBODY
    from civicdesk_gui.queries.case_list import iterate_rows

    path = tmp_path / "cases.csv"
    write_cases(
        iterate_rows(CaseFilter(), CaseSort(), now=NOW, with_text=True, privacy=NOBODY), path, fmt="csv"
    )
    cells = _cells(path, "csv")
    assert MASKED in cells and "010-2345-6789" not in " ".join(cells)


def test_the_export_command_masks_by_role(office, tmp_path, capsys):
    users, _case_id, target = office
    path = tmp_path / "cases.csv"
    code = _cli(["export", "--db", target.url, "--as", "coordinator", "-o", str(path)])
    assert code == 0 and CLEAR in _cells(path, "csv")
    code = _cli(["export", "--db", target.url, "--as", "mayor", "-o", str(tmp_path / "no.csv")])
    assert code == 4 and not (tmp_path / "no.csv").exists()


def _cli(argv: list[str]) -> int:
    try:
        return main(argv)
    finally:
        database.close()


def _cells(path, fmt) -> list[str]:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [cell for row in csv.reader(handle) for cell in row]
    sheet = load_workbook(path, read_only=True).active
    return [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]


# ---------------------------------------------------------------------------------------- retention


def test_purge_anonymises_old_closed_cases_and_keeps_the_figures(any_db, tmp_path, capsys, monkeypatch):
    from civicdesk_gui.demo.generator import generate_demo
    from civicdesk_gui.queries import stats

    demo_now = dt.datetime(2026, 11, 18, 11, 0)
    generate_demo(cases=300, seed=2, now=demo_now, letters=False)
    admin = ensure_user("admin", display_name="정관리", role="admin")
    monkeypatch.setattr(stats, "clock_now", lambda: demo_now)
    monkeypatch.setattr(retention, "clock_now", lambda: demo_now)
    old = Case.closed_at.is_null(False) & (Case.closed_at < dt.datetime(2025, 11, 18, 11, 0))
    due = Case.select().where(old).count()
    assert due > 10 and Case.select().where(old & (Case.submitter_name != "")).count() > 0

    before = _stats_json(any_db.url, capsys)
    dry = _run_purge(any_db.url, ["--older-than", "1", "--dry-run"], capsys)
    assert (
        dry
        == f"{due} cases closed before 2025-11-18 (more than 1 years ago) would be anonymised (dry run: nothing changed)"
    )
    assert Case.select().where(old & Case.anonymised_at.is_null(False)).count() == 0
    assert not AuditEvent.select().where(AuditEvent.kind == "retention_purge").exists()

    purged = retention.purge_personal_data(actor=admin, older_than_years=1, at=demo_now)
    assert purged.cases == due and purged.changes.touches_cases()
    assert _stats_json(any_db.url, capsys) == before
    for case in Case.select().where(old):
        assert (case.submitter_name, case.submitter_phone, case.submitter_address) == ("", "", "")
        assert case.anonymised_at == demo_now
    recent = Case.select().where(~old & (Case.submitter_name != "")).count()
    assert recent > 0  # the others keep theirs
    (event,) = AuditEvent.select().where(AuditEvent.kind == "retention_purge")
    assert json.loads(event.details) == {"years": 1, "closed_before": "2025-11-18 11:00", "cases": due}
    # Again: nothing left to do.
    assert retention.purge_personal_data(actor=admin, older_than_years=1, at=demo_now).cases == 0


def test_purge_uses_the_office_setting_and_refuses_nonsense(office, capsys):
    users, _case_id, target = office
    from civicdesk_gui.store.office_settings import get_setting

    assert get_setting("retention.years") == 3
    purged = retention.purge_personal_data(actor=users["admin"], dry_run=True)
    assert (purged.years, purged.cases) == (3, 0)
    with pytest.raises(ValidationError):
        retention.purge_personal_data(actor=users["admin"], older_than_years=0)
    with pytest.raises(PermissionDenied):
        retention.purge_personal_data(actor=users["coordinator"], dry_run=True)
    code = _cli(["purge", "--db", target.url, "--as", "coordinator", "--dry-run"])
    assert code == 4
    code = _cli(["purge", "--db", target.url, "--as", "admin", "--older-than", "0"])
    assert code == 2 and "not 0" in capsys.readouterr().err


def _stats_json(url: str, capsys) -> dict:
    capsys.readouterr()
    assert _cli(["stats", "--db", url, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _run_purge(url: str, extra: list[str], capsys) -> str:
    capsys.readouterr()
    assert _cli(["purge", "--db", url, "--as", "admin", *extra]) == 0
    return capsys.readouterr().out.strip()
