"""Settings → Sessions: the travel buffer is edited in minutes, saved to the desk preference, and
the sessions screen marks conflicts with the new value as soon as it is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.store.models import Town
from civicdesk_gui.ui.sessions.session_settings_page import TRAVEL_BUFFER_KEY
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.signals import bus

MARCH_10 = dt.date(2026, 3, 10)


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    # Preferences go to a scratch folder, so the saved buffer does not leak into other tests.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _schedule(context, start: dt.datetime, town: str, unit_name: str) -> None:
    actions.schedule_session(
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        unit_type="youth",
        unit_name=unit_name,
        town_id=Town.get(Town.name == town).id,
        actor=context.actor,
    )


def test_the_settings_screen_has_a_sessions_page_that_saves_the_buffer(qtbot, context):
    from civicdesk_gui.ui.screens import build_settings_screen

    screen = build_settings_screen(context)
    qtbot.addWidget(screen)
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    expected = {"Sessions", "Open311", "Users", "Audit log", "Backups", "Names", "Personal data", "Database"}
    assert expected <= set(titles), titles
    page = screen.page("sessions")
    assert page.travel_buffer.value() == 30  # the declared default
    assert page.travel_buffer.suffix().strip() == "min"
    page.travel_buffer.setValue(45)
    with qtbot.waitSignal(bus().changed, timeout=1000):
        page.save_button.click()
    assert preferences.get(TRAVEL_BUFFER_KEY) == 45
    assert "45" in page.status.text()
    page.travel_buffer.setValue(500)
    assert page.travel_buffer.value() == page.travel_buffer.maximum() == 240
    page.travel_buffer.setValue(-5)
    assert page.travel_buffer.value() == 0
    # A second settings screen (or a restart) shows the saved value.
    again = build_settings_screen(context)
    qtbot.addWidget(again)
    assert again.page("sessions").travel_buffer.value() == 45


def test_the_sessions_screen_rereads_the_buffer_when_settings_change(qtbot, context):
    from civicdesk_gui.ui.screens import build_settings_screen
    from civicdesk_gui.ui.sessions.sessions_screen import SessionsScreen

    # 40 minutes from 교하동 to 문산읍: enough with the default 30, too little with an hour.
    _schedule(context, dt.datetime(2026, 3, 10, 10), "교하동", "청년")
    _schedule(context, dt.datetime(2026, 3, 10, 12, 40), "문산읍", "양계 농가")
    sessions = SessionsScreen(context)
    qtbot.addWidget(sessions)
    sessions.set_view("month")
    sessions.go_to(MARCH_10)
    texts = sessions.month.day_texts(MARCH_10)
    assert len(texts) == 2 and not any(text.startswith("Conflict") for text in texts)
    settings = build_settings_screen(context)
    qtbot.addWidget(settings)
    settings.page("sessions").travel_buffer.setValue(60)
    settings.page("sessions").save_button.click()
    texts = sessions.month.day_texts(MARCH_10)
    assert len(texts) == 2 and all(text.startswith("Conflict: ") for text in texts)
    settings.page("sessions").travel_buffer.setValue(0)
    settings.page("sessions").save_button.click()
    assert not any(text.startswith("Conflict") for text in sessions.month.day_texts(MARCH_10))
