"""A case entered by mistake is withdrawn, never deleted: out of the working views and figures, back
under the state filter; exports and views of personal data leave an audit event."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from civicdesk_gui.actions import audit, cases, exports
from civicdesk_gui.errors import TransitionError, ValidationError
from civicdesk_gui.queries.audit import AuditFilter, fetch_audit
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, count_cases, fetch_page, saved_view_counts
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store.models import AuditEvent, Case, CaseEvent

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def two_cases(actor):
    kept = cases.intake_case(channel="text", text="가로등이 꺼졌어요", received_at=NOW, actor=actor).case_id
    mistake = cases.intake_case(channel="text", text="시험 문자입니다", received_at=NOW, actor=actor).case_id
    return kept, mistake


def test_a_withdrawn_case_leaves_the_working_views_and_figures(two_cases, actor):
    kept, mistake = two_cases
    with pytest.raises(ValidationError):
        cases.withdraw_case(case_id=mistake, reason=" ", actor=actor, expected_version=None)
    change = cases.withdraw_case(case_id=mistake, reason="시험 입력", actor=actor, expected_version=None)
    assert change.after == {"state": "withdrawn"} and change.changes.touches_cases([mistake])
    case = Case.get_by_id(mistake)
    assert (case.status, case.classification, case.update_due_at) == ("withdrawn", None, None)
    assert CaseEvent.select().where(CaseEvent.case == mistake).count() == 2  # intake, withdraw
    now = NOW + dt.timedelta(days=40)  # both would be overdue
    assert [r.id for r in fetch_page(CaseFilter(), now=now)] == [kept]
    assert count_cases(CaseFilter(view="overdue"), now=now) == 1
    assert saved_view_counts(actor, now=now)["all"] == 1
    shown = fetch_page(CaseFilter(states=("withdrawn",)), CaseSort(), now=now)
    assert [(r.id, r.state) for r in shown] == [(mistake, "withdrawn")]
    stats = compute_stats(now)
    assert stats["total"] == 1 and stats["withdrawn"] == 1 and sum(stats["by_status"].values()) == 1
    assert stats["overdue"]["promise"] == 1
    # There is no way back, and nothing else happens to it.
    with pytest.raises(TransitionError):
        cases.start_review(case_id=mistake, actor=actor, expected_version=None)


def test_an_export_is_audited_with_its_file_and_rows(two_cases, actor, tmp_path):
    path = tmp_path / "민원.csv"
    exported = exports.export_cases(
        actor=actor, case_filter=CaseFilter(), sort=CaseSort(), path=path, fmt="csv"
    )
    assert exported.rows == 2 and path.exists() and not list(tmp_path.glob(".*.part"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 3
    event = AuditEvent.get(AuditEvent.kind == "case_export")
    details = json.loads(event.details)
    assert event.actor_id == actor.id and details["rows"] == 2 and details["file"] == str(path)


def test_a_cancelled_export_leaves_no_file_and_no_event(two_cases, actor, tmp_path, monkeypatch):
    class Stop(Exception):
        pass

    def check():
        raise Stop

    from civicdesk_gui.documents import case_export

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(case_export, "REPORT_EVERY", 1)  # ask "stop?" after every row
    with pytest.raises(Stop):
        exports.export_cases(
            actor=actor,
            case_filter=CaseFilter(),
            sort=CaseSort(),
            path=folder / "cases.csv",
            fmt="csv",
            check=check,
        )
    assert list(folder.iterdir()) == []
    assert not AuditEvent.select().where(AuditEvent.kind == "case_export").exists()


def test_views_of_personal_data_and_the_audit_export(two_cases, actor, admin, tmp_path):
    kept, _ = two_cases
    revealed = audit.reveal_personal_data(case_id=kept, actor=actor)
    assert revealed.personal.text == "가로등이 꺼졌어요"
    number = Case.get_by_id(kept).number
    (row,) = fetch_audit(AuditFilter(case_number=number))
    assert (row.kind, row.login, row.details) == ("personal_data_view", actor.login, {"number": number})
    assert fetch_audit(AuditFilter(kind="case_export")) == []
    path = tmp_path / "audit.csv"
    exported = exports.export_audit(actor=admin, audit_filter=AuditFilter(), path=path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert exported.rows == 1 and lines[1][3] == "개인정보 열람" and lines[1][5] == number
    # The export itself is in the log.
    assert fetch_audit(AuditFilter(kind="audit_export"))[0].login == "admin"


def test_settings_and_template_changes_are_audited(admin):
    from civicdesk_gui.actions.letters import save_city_settings, save_letter_template

    save_city_settings(values={"city.name": "고양시", "city.seal_png": None}, actor=admin)
    save_letter_template(
        kind="unfeasible",
        language="ko",
        subject="회신",
        body="{resident_name} 님",
        actor=admin,
        expected_version=0,
    )
    events = {e.kind: (e.actor_id, json.loads(e.details)) for e in AuditEvent.select()}
    assert events["settings_change"] == (admin.id, {"keys": ["city.name", "city.seal_png"]})
    assert (
        events["template_change"][1]["kind"] == "unfeasible" and events["template_change"][1]["version"] == 1
    )
