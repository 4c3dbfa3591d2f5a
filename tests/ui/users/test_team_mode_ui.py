"""Team mode at the desk: the first-run and sign-in dialogs, the remembered one-person desk, the status
bar's user and role, buttons a role may not use disabled with the permission table's reason, Settings >
Users and the audit viewer — on a real SQLite file, in Korean where the words matter."""

from __future__ import annotations

import json

import pytest

from civicdesk_gui.actions import cases, users
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.store.models import AuditEvent, Department, User
from civicdesk_gui.ui.shell.context import AppContext

PASSWORD = "운정 3동 가로등 2026"


def _context(sqlite_db, actor):
    return AppContext(actor=actor, database=sqlite_db)


def _audit(kind: str) -> list[dict]:
    return [json.loads(e.details) for e in AuditEvent.select().where(AuditEvent.kind == kind)]


def test_first_run_creates_the_administrator_and_signs_in(qtbot, sqlite_db):
    from civicdesk_gui.ui.users.sign_in_dialog import FirstRunDialog

    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.display_name.setText("정관리")
    dialog.login.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    dialog.create()
    assert not dialog.error.isHidden() and User.select().count() == 0
    dialog.again.setText(PASSWORD)
    dialog.create()
    assert dialog.actor is not None and (dialog.actor.login, dialog.actor.role) == ("admin", "admin")
    assert [e.kind for e in AuditEvent.select().order_by(AuditEvent.id)] == ["user_add", "sign_in"]


def test_sign_in_dialog_says_why_in_korean_and_counts_failures(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.users.sign_in_dialog import SignInDialog

    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    dialog = SignInDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert dialog.remember.isHidden()  # not offered unless the desk qualifies
    dialog.login.setText("admin")
    dialog.password.setText("틀린 비밀번호")
    dialog.try_sign_in()
    assert "로그인 또는 비밀번호가 틀렸습니다" in dialog.error.text() and dialog.password.text() == ""
    assert dialog.actor is None and User.get(User.login == "admin").failed_sign_ins == 1
    dialog.password.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.result() == dialog.DialogCode.Accepted


def test_a_one_person_desk_may_remember_the_sign_in(qtbot, sqlite_db, monkeypatch):
    from civicdesk_gui.ui.shell import preferences
    from civicdesk_gui.ui.users import sign_in

    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    preferences.put(sign_in.REMEMBERED, f"{sqlite_db.path}\nadmin")
    try:
        actor = sign_in.sign_in_at_start(sqlite_db)  # no dialog: remembered for this account
        assert actor is not None and actor.login == "admin"
        assert _audit("sign_in")[-1] == {"method": "remembered"}
        # A second user: the desk is no longer a one-person desk, and remembering stops.
        admin = users.sign_in(login="admin", password=PASSWORD).actor
        users.add_user(login="kim", display_name="김소통", role="coordinator", password=PASSWORD, actor=admin)
        assert sign_in.remembered_login(sqlite_db) is None
    finally:
        preferences.put(sign_in.REMEMBERED, "")


def test_the_status_bar_names_the_user_and_role(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.main_window import MainWindow

    kim = ensure_user("soutong.kim", display_name="김소통")
    window = MainWindow(_context(sqlite_db, kim))
    qtbot.addWidget(window)
    # Labelled fields, so the name never runs into the state: "사용자: 김소통 (코디네이터) | 상태: 준비됨".
    assert window.user_label.text() == "사용자: 김소통 (코디네이터)"
    assert window.user_label is not window.jobs_label
    assert window.jobs_label.text().startswith("상태:")


@pytest.fixture
def roads_case(sqlite_db):
    roads = Department.get(Department.code == "도로관리과")
    coordinator = ensure_user("coordinator", display_name="김소통")
    case_id = cases.intake_case(
        channel="text",
        text="도로가 파였어요. 010-3456-7890 으로 연락 주세요",
        submitter_name="홍길동",
        submitter_phone="010-3456-7890",
        department_id=roads.id,
        actor=coordinator,
    ).case_id
    return case_id, roads


def test_the_detail_pane_disables_what_the_role_may_not_and_says_why(qtbot, korean, sqlite_db, roads_case):
    from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView

    case_id, roads = roads_case
    parks = Department.get(Department.code == "공원녹지과")
    kinds = {
        "coordinator": ensure_user("coordinator"),
        "official_own": ensure_user("roads", role="official", department_id=roads.id),
        "official_other": ensure_user("parks", role="official", department_id=parks.id),
        "viewer": ensure_user("mayor", display_name="김시장", role="viewer"),
    }
    enabled = {}
    for kind, actor in kinds.items():
        view = CaseDetailView(_context(sqlite_db, actor))
        qtbot.addWidget(view)
        assert view.show_case(case_id)
        enabled[kind] = {key for key, action in view.actions.items() if action.isEnabled()}
        # Masked for everyone at first; only the roles that may see it can ask for it in clear.
        resident = view.resident
        assert (resident.name.text(), resident.phone.text()) == ("홍*동", "010-****-7890")
        assert "010-****-7890" in resident.text.toPlainText()
        assert resident.reveal_button.isEnabled() == (kind in {"coordinator", "official_own"})
        if kind == "official_other":
            assert "소속 부서의 민원에만" in resident.reveal_button.toolTip()
        view.reveal_personal_data()
        shown = kind in {"coordinator", "official_own"}
        assert (resident.name.text() == "홍길동") == shown and resident.reveal_button.isHidden() == shown
        assert ("010-3456-7890" in resident.text.toPlainText()) == shown
        if kind == "viewer":
            assert view.actions["note"].toolTip() == "열람자 역할은 ‘내부 메모’ 권한이 없습니다"
        if kind == "official_other":
            assert "소속 부서의 민원에만" in view.actions["note"].toolTip()
    assert {"route", "note", "reply", "withdraw"} <= enabled["coordinator"]
    assert {"note", "progress", "reply", "assign"} <= enabled["official_own"]
    assert "route" not in enabled["official_own"] and "withdraw" not in enabled["official_own"]
    assert enabled["official_other"] == enabled["viewer"] == set()
    # Opening a case records nothing; each reveal is recorded with its reader (refusals show nothing).
    views = AuditEvent.select().where(AuditEvent.kind == "personal_data_view")
    assert sorted(e.login for e in views) == ["coordinator", "roads"]


def test_the_cases_screen_buttons_follow_the_role(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.cases.cases_screen import CasesScreen

    viewer = ensure_user("mayor", display_name="김시장", role="viewer")
    screen = CasesScreen(_context(sqlite_db, viewer))
    qtbot.addWidget(screen)
    for button in (screen.new_button, screen.import_button, screen.export_button):
        assert not button.isEnabled() and "열람자 역할은" in button.toolTip()
    coordinator = CasesScreen(_context(sqlite_db, ensure_user("coordinator")))
    qtbot.addWidget(coordinator)
    assert coordinator.new_button.isEnabled() and coordinator.export_button.isEnabled()


def test_settings_users_page_for_the_administrator_only(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.users.users_page import UsersPage

    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    admin = users.sign_in(login="admin", password=PASSWORD).actor
    users.add_user(login="kim", display_name="김소통", role="coordinator", password=PASSWORD, actor=admin)
    kim = users.sign_in(login="kim", password=PASSWORD).actor
    page = UsersPage(_context(sqlite_db, admin))
    qtbot.addWidget(page)
    assert [row.login for row in page.model.rows] == ["kim", "admin"]  # by name: 김 before 정
    page.table.selectRow(0)
    assert page.active_button.isEnabled() and page.active_button.text() == "비활성화"
    page.toggle_active()
    assert not User.get(User.login == "kim").active
    assert page.model.rows[-1].login == "kim" and page.model.data(page.model.index(1, 4)) == "비활성"
    theirs = UsersPage(_context(sqlite_db, kim))
    qtbot.addWidget(theirs)
    assert not theirs.add_button.isEnabled() and "사용자 관리" in theirs.add_button.toolTip()


def test_the_audit_viewer_filters_and_exports(qtbot, korean, sqlite_db, roads_case, tmp_path):
    from civicdesk_gui.ui.audit.audit_page import AuditPage

    case_id, _ = roads_case
    admin = ensure_user("admin", role="admin")
    coordinator = ensure_user("coordinator")
    from civicdesk_gui.actions.audit import reveal_personal_data

    reveal_personal_data(case_id=case_id, actor=coordinator)
    with pytest.raises(Exception):  # noqa: B017 - a failed sign-in is an event too
        users.sign_in(login="nobody", password="x")
    page = AuditPage(_context(sqlite_db, admin))
    qtbot.addWidget(page)
    page.reload()
    assert {row.kind for row in page.model.rows} == {"personal_data_view", "sign_in_failed"}
    page.kind.setCurrentIndex(page.kind.findData("personal_data_view"))
    page.reload()
    assert [row.login for row in page.model.rows] == ["coordinator"]
    assert page.model.data(page.model.index(0, 2)) == "개인정보 열람"
    details = page.model.data(page.model.index(0, 5))
    assert details.startswith("민원 2026-") and "{" not in details and '"' not in details
    exported = page.export_to(tmp_path / "audit.csv")
    assert exported.rows == 1 and (tmp_path / "audit.csv").read_text(encoding="utf-8-sig").count("\n") == 2
    assert _audit("audit_export")[0]["rows"] == 1
    refused = AuditPage(_context(sqlite_db, coordinator))
    qtbot.addWidget(refused)
    assert refused.pages.currentWidget() is refused.refused and "감사 기록 열람" in refused.refused.text()


def test_a_user_changes_their_own_password_and_signs_out(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.main_window import MainWindow
    from civicdesk_gui.ui.users.account_menu import OwnPasswordDialog

    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    admin = users.sign_in(login="admin", password=PASSWORD).actor
    users.add_user(login="kim", display_name="김소통", role="coordinator", password=PASSWORD, actor=admin)
    kim = users.sign_in(login="kim", password=PASSWORD).actor
    dialog = OwnPasswordDialog(_context(sqlite_db, kim))
    qtbot.addWidget(dialog)
    dialog.current.setText("틀린 비밀번호")
    dialog.password.setText("새 비밀번호 2027 봄")
    dialog.again.setText("새 비밀번호 2027 봄")
    assert not dialog.change() and "현재 비밀번호" in dialog.error.text() and dialog.current.text() == ""
    dialog.current.setText(PASSWORD)
    dialog.password.setText("새 비밀번호 2027 봄")
    assert dialog.change()
    assert users.sign_in(login="kim", password="새 비밀번호 2027 봄").actor.login == "kim"
    assert _audit("own_password") == [{"login": "kim"}]

    window = MainWindow(_context(sqlite_db, kim))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_replaced, timeout=2000):
        assert window.account.sign_out()
    assert [e.login for e in AuditEvent.select().where(AuditEvent.kind == "sign_out")] == ["kim"]


def test_city_settings_are_read_only_for_other_roles(qtbot, korean, sqlite_db):
    from civicdesk_gui.ui.letters.city_settings_page import CitySettingsPage

    coordinator = CitySettingsPage(_context(sqlite_db, ensure_user("coordinator")))
    qtbot.addWidget(coordinator)
    assert all(edit.isReadOnly() for edit in coordinator.fields.values())
    assert not coordinator.read_only_note.isHidden() and "기관 설정 변경" in coordinator.read_only_note.text()
    admin = CitySettingsPage(_context(sqlite_db, ensure_user("admin", role="admin")))
    qtbot.addWidget(admin)
    assert not any(edit.isReadOnly() for edit in admin.fields.values()) and admin.read_only_note.isHidden()


def test_the_retention_period_is_the_administrators(qtbot, korean, sqlite_db):
    from civicdesk_gui.store.office_settings import get_setting
    from civicdesk_gui.ui.cases.retention_page import RetentionPage

    page = RetentionPage(_context(sqlite_db, ensure_user("admin", role="admin")))
    qtbot.addWidget(page)
    assert page.years.value() == 3 and page.years.isEnabled()
    page.years.setValue(5)
    assert page.save() and get_setting("retention.years") == 5
    assert _audit("settings_change")[-1] == {"keys": ["retention.years"]}
    theirs = RetentionPage(_context(sqlite_db, ensure_user("coordinator")))
    qtbot.addWidget(theirs)
    assert theirs.years.value() == 5 and not theirs.years.isEnabled() and not theirs.save_button.isEnabled()
