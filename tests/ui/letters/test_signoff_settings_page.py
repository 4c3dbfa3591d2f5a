"""Settings › Sign-off (결재) and Account › My contact details: the administrator turns sign-off on,
chooses who approves each kind of document and the city hall's fax (saved through the office-settings
action); a coordinator sees them read-only; each user edits their own phone, fax and e-mail."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from civicdesk_gui.store.models import AuditEvent, Department, Official, User
from civicdesk_gui.store.office_settings import get_setting


def test_the_administrator_saves_sign_off_settings(qtbot, admin_context, monkeypatch):
    from civicdesk_gui.ui.screens import build_settings_screen

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    screen = build_settings_screen(admin_context)
    qtbot.addWidget(screen)
    page = screen.page("signoff")
    assert (
        not page.required.isChecked() and page.levels["signoff.level.mayor_letter"].currentData() == "mayor"
    )
    assert [page.levels["signoff.level.notice"].itemData(i) for i in range(3)] == [
        "team_leader",
        "department_head",
        "mayor",
    ]
    page.required.setChecked(True)
    notice = page.levels["signoff.level.notice"]
    notice.setCurrentIndex(notice.findData("mayor"))
    page.fax.setText(" 031-940-4009 ")
    assert page.save() is True
    assert get_setting("signoff.required") is True
    assert get_setting("signoff.level.notice") == "mayor"
    assert get_setting("city.fax") == "031-940-4009"
    assert get_setting("signoff.level.result_reply") == "team_leader"  # unchanged, saved as shown
    assert AuditEvent.select().where(AuditEvent.kind == "settings_change").count() == 1
    assert page.fax.text() == "031-940-4009"


def test_a_coordinator_sees_sign_off_settings_read_only(qtbot, context):
    from civicdesk_gui.ui.letters.signoff_settings_page import SignoffSettingsPage

    page = SignoffSettingsPage(context)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled() and page.save_button.toolTip()
    assert not page.required.isEnabled() and page.fax.isReadOnly()
    assert not page.read_only_note.isHidden()


def test_a_user_edits_their_own_contact_details(qtbot, context):
    from civicdesk_gui.ui.users.account_menu import OwnContactDialog

    dialog = OwnContactDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.phone.isReadOnly()  # not linked to an official yet: nothing to edit
    roads = Department.get(Department.code == "도로관리과")
    official = Official.create(name="김소통", rank="주무관", department=roads, phone="031-940-4300")
    User.update(official=official.id).where(User.id == context.actor.id).execute()
    dialog = OwnContactDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.phone.text() == "031-940-4300" and "김소통" in dialog.who.text()
    dialog.fax.setText("031-940-4309")
    dialog.email.setText("not an address")
    assert dialog.save() is False and not dialog.error.isHidden()
    assert Official.get_by_id(official.id).email == ""
    dialog.email.setText("sotong@paju.go.kr")
    assert dialog.save() is True
    saved = Official.get_by_id(official.id)
    assert (saved.phone, saved.fax, saved.email) == ("031-940-4300", "031-940-4309", "sotong@paju.go.kr")
