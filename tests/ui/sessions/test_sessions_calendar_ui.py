"""The calendar views, the sessions screen and the on-site entry grid, driven with pytest-qt on a
real SQLite file: what the month shows, holidays, keyboard navigation, drag-and-drop through the
reschedule action, and grid rows becoming cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.queries.sessions import sessions_between
from civicdesk_gui.store.models import Case, Session, Town

MARCH_10 = dt.date(2026, 3, 10)


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    # Preferences go to a scratch folder, never to the tester's own desk settings.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def context(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.ui.shell.context import AppContext

    return AppContext(ensure_user("coord", display_name="김소통"), sqlite_db)


def town(name: str) -> int:
    return Town.get(Town.name == name).id


def schedule(context, start: dt.datetime, **kwargs):
    values = {"unit_type": "youth", "unit_name": "청년", "town_id": town("교하동")}
    values.update(kwargs)
    return actions.schedule_session(
        starts_at=start, ends_at=start + dt.timedelta(hours=2), actor=context.actor, **values
    )


def month_view(qtbot, day: dt.date):
    from civicdesk_gui.ui.sessions.calendar.calendar_month_view import CalendarMonthView

    view = CalendarMonthView()
    qtbot.addWidget(view)
    view.resize(980, 640)
    view.set_current_date(day)
    start, end = view.visible_range()
    view.set_sessions(sessions_between(start, end))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_month_shows_a_session_on_its_day(qtbot, context):
    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    view = month_view(qtbot, MARCH_10)
    assert view.day_texts(MARCH_10) == ["14:00 [청년] 청년"]
    assert view.day_texts(dt.date(2026, 3, 11)) == []
    ((row, rect),) = view.chip_rects(MARCH_10)
    assert row.id == change.session_id and view.cell_rect(MARCH_10).contains(rect)
    assert view.hit(rect.center()).session_id == change.session_id
    assert view.grab().width() == 980  # paints without error


def test_conflicts_are_marked_with_a_word(qtbot, context):
    schedule(context, dt.datetime(2026, 3, 10, 10))
    schedule(
        context,
        dt.datetime(2026, 3, 10, 12, 10),
        town_id=town("문산읍"),
        unit_name="양계 농가",
        unit_type="professional",
        unit_subgroup="poultry",
        confirm_conflicts=True,
    )
    view = month_view(qtbot, MARCH_10)
    texts = view.day_texts(MARCH_10)
    assert len(texts) == 2 and all(text.startswith("Conflict: ") for text in texts)


def test_holidays_are_named_and_today_is_marked(qtbot, context):
    view = month_view(qtbot, MARCH_10)
    assert view.day_caption(dt.date(2026, 3, 2)) == ("2", "삼일절 대체 휴일")
    assert view.day_caption(dt.date(2026, 3, 3)) == ("3", None)
    today = month_view(qtbot, dt.date.today())
    assert today.day_caption(dt.date.today())[0].endswith("Today")


def test_keyboard_navigation(qtbot, context):
    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    view = month_view(qtbot, dt.date(2026, 3, 9))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current == MARCH_10
    with qtbot.waitSignal(view.session_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [change.session_id]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current == dt.date(2026, 3, 17)
    with qtbot.waitSignal(view.day_activated) as create:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert create.args == [dt.datetime(2026, 3, 17, 14)]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current == dt.date(2026, 3, 9)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current == dt.date(2026, 4, 9)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current == dt.date(2026, 2, 9)
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.current == dt.date.today()


def _mouse(widget, kind, pos, buttons):
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def drag(widget, start, end):
    from PySide6.QtCore import QEvent

    _mouse(widget, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(widget, QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton)
    _mouse(widget, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    _mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def screen(qtbot, context, day: dt.date):
    from civicdesk_gui.ui.sessions.sessions_screen import SessionsScreen

    widget = SessionsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("month")
    widget.go_to(day)
    return widget


def test_drag_and_drop_moves_a_session_through_the_action(qtbot, context):
    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    widget = screen(qtbot, context, MARCH_10)
    view = widget.month
    ((_row, chip),) = view.chip_rects(MARCH_10)
    target = view.cell_rect(dt.date(2026, 3, 12)).center()
    drag(view, chip.center(), target)
    moved = Session.get_by_id(change.session_id)
    assert (moved.starts_at, moved.ends_at) == (dt.datetime(2026, 3, 12, 14), dt.datetime(2026, 3, 12, 16))
    assert moved.version == 2
    assert view.day_texts(dt.date(2026, 3, 12)) == ["14:00 [청년] 청년"]  # the screen reloaded
    assert widget.panel.detail.row.id == change.session_id


def test_week_view_drop_sets_day_and_time(qtbot, context):
    from civicdesk_gui.ui.sessions.calendar.calendar_week_view import CalendarWeekView

    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    view = CalendarWeekView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_current_date(MARCH_10)
    view.set_sessions(sessions_between(*view.visible_range()))
    view.show()
    block = view.session_rect(view.sessions[0])
    target = view.session_rect(view.sessions[0]).center()
    target.setX(int(target.x() + view._column_width()))  # next day
    target.setY(int(target.y() - 2 * view._hour_height()))  # two hours earlier
    with qtbot.waitSignal(view.session_dropped) as dropped:
        drag(view, block.center(), target)
    assert dropped.args[0] == change.session_id
    assert dropped.args[1].date() == dt.date(2026, 3, 11) and dropped.args[1].minute in (0, 30)
    assert dt.time(11, 30) <= dropped.args[1].time() <= dt.time(12, 30)


def test_agenda_model(qtbot, qtmodeltester, context):
    from civicdesk_gui.ui.sessions.calendar.session_agenda_view import SessionAgendaModel

    schedule(context, dt.datetime(2026, 3, 10, 14))
    schedule(context, dt.datetime(2026, 3, 10, 16, 10), town_id=town("문산읍"), confirm_conflicts=True)
    model = SessionAgendaModel()
    model.set_rows(sessions_between(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, SessionAgendaModel.UNIT).data() == "청년"
    assert model.index(0, SessionAgendaModel.CONFLICT).data() == "이동 시간 부족"


def test_entry_grid_rows_become_cases(qtbot, qtmodeltester, context):
    from civicdesk_gui.ui.sessions.suggestion_entry_grid import (
        CHOICE_ROLE,
        SuggestionEntryGrid,
        SuggestionTableModel,
    )

    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    actions.record_held(
        session_id=change.session_id,
        attendees=30,
        minutes="",
        actor=context.actor,
        expected_version=1,
        at=dt.datetime(2026, 3, 10, 17),
    )
    grid = SuggestionEntryGrid(context)
    qtbot.addWidget(grid)
    grid.set_session(change.session_id, enabled=True)
    model = grid.model
    rows = [
        ("김영희", "010-1234-5678", "놀이터 바닥 매트 교체", "civil_complaint"),
        ("박철수", "01022223333", "마을버스 배차 간격 단축", "policy_suggestion"),
    ]
    for index, (name, phone, text, category) in enumerate(rows):
        model.setData(model.index(index, SuggestionTableModel.NAME), name)
        model.setData(model.index(index, SuggestionTableModel.PHONE), phone)
        model.setData(model.index(index, SuggestionTableModel.TEXT), text)
        model.setData(model.index(index, SuggestionTableModel.CATEGORY), category, CHOICE_ROLE)
    assert model.rowCount() == 3  # a fresh blank row is always waiting
    assert model.index(0, SuggestionTableModel.CATEGORY).data() == "생활민원"
    qtmodeltester.check(model)
    with qtbot.waitSignal(grid.saved) as saved:
        qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    cases = list(Case.select().where(Case.session == change.session_id).order_by(Case.id))
    assert [c.id for c in cases] == saved.args[0]
    assert [c.submitter_name for c in cases] == ["김영희", "박철수"]
    assert [c.category.code for c in cases] == ["civil_complaint", "policy_suggestion"]
    assert all(c.promise_due_at == dt.datetime(2026, 3, 24, 14) for c in cases)
    assert model.rowCount() == 1


def test_screen_shows_requests_apart_and_the_session_panel(qtbot, context):
    actions.request_session(
        requested_by="산내마을 9단지 입주자대표회의",
        unit_type="apartment",
        unit_name="산내마을 9단지",
        actor=context.actor,
    )
    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    widget = screen(qtbot, context, MARCH_10)
    assert widget.requests.model.rowCount() == 1
    assert "Pending requests (1)" in widget.requests.title.text()
    widget.month.session_selected.emit(change.session_id)
    assert widget.panel.detail.row.number == "S2026-0001"
    assert widget.panel.edit_button.isEnabled() and not widget.panel.close_button.isEnabled()
    widget.set_view("agenda")
    assert widget.agenda.model().rowCount() == 1
    widget.set_view("week")
    assert widget.week.visible_sessions()[0].id == change.session_id


def test_editor_shows_conflicts_and_asks_before_saving(qtbot, context, monkeypatch):
    from civicdesk_gui.ui.sessions import session_editor_dialog as editor

    schedule(context, dt.datetime(2026, 3, 10, 14))
    dialog = editor.SessionEditorDialog(context, None, start=dt.datetime(2026, 3, 10, 16, 10))
    qtbot.addWidget(dialog)
    dialog.town.setCurrentIndex(dialog.town.findData(town("문산읍")))
    assert "Too little travel time" in dialog.conflicts_label.text()
    answers = []
    monkeypatch.setattr(
        editor, "ask_to_confirm_conflicts", lambda parent, conflicts: answers.append(conflicts) or False
    )
    dialog.save()
    assert Session.select().count() == 1 and answers[0][0].kind == "travel"
    monkeypatch.setattr(editor, "ask_to_confirm_conflicts", lambda parent, conflicts: True)
    dialog.save()
    assert Session.select().count() == 2 and dialog.saved_session_id is not None


def test_editor_reads_an_earlier_end_as_past_midnight(qtbot, context):
    from PySide6.QtCore import QTime

    from civicdesk_gui.ui.sessions.session_editor_dialog import SessionEditorDialog

    dialog = SessionEditorDialog(context, None, start=dt.datetime(2026, 3, 28, 22, 0))  # a Saturday night
    qtbot.addWidget(dialog)
    dialog.end.setTime(QTime(0, 30))
    assert dialog.times() == (dt.datetime(2026, 3, 28, 22), dt.datetime(2026, 3, 29, 0, 30))
    dialog.refresh_conflicts()
    assert "Ends the next day at 00:30" in dialog.conflicts_label.text()


def test_holiday_conflicts_name_the_holiday(qtbot):
    from civicdesk_gui.domain.sessions import Slot, find_conflicts
    from civicdesk_gui.ui.sessions.session_style import conflict_details, conflict_text

    found = find_conflicts(
        Slot(None, dt.datetime(2026, 9, 25, 10), dt.datetime(2026, 9, 25, 12), 1),
        [],
        travel_buffer_minutes=30,
    )
    assert conflict_details(found) == ["On a public holiday: 2026-09-25 추석"]
    assert conflict_text(found) == "공휴일"


def test_request_and_case_models(qtbot, qtmodeltester, context):
    from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
    from civicdesk_gui.queries.sessions import pending_requests, session_cases
    from civicdesk_gui.ui.sessions.session_case_model import SessionCaseModel
    from civicdesk_gui.ui.sessions.session_request_list import RequestTableModel

    actions.request_session(
        requested_by="인삼농협 조합장",
        unit_type="professional",
        unit_subgroup="ginseng",
        unit_name="인삼 재배 농가",
        preferred_dates="4월 첫째 주",
        actor=context.actor,
    )
    requests = RequestTableModel()
    requests.set_rows(pending_requests())
    qtmodeltester.check(requests)
    assert requests.index(0, RequestTableModel.UNIT).data() == "[직능 단체] 인삼 재배 농가"
    change = schedule(context, dt.datetime(2026, 3, 10, 14))
    actions.record_held(
        session_id=change.session_id,
        attendees=30,
        minutes="",
        actor=context.actor,
        expected_version=1,
        at=dt.datetime(2026, 3, 10, 17),
    )
    record_suggestions(
        session_id=change.session_id,
        suggestions=[Suggestion("청년 창업 공간 확충", "정하은")],
        actor=context.actor,
    )
    cases = SessionCaseModel()
    cases.set_rows(session_cases(change.session_id))
    qtmodeltester.check(cases)
    assert cases.index(0, SessionCaseModel.OUTCOME).data() == "접수"
    assert cases.index(0, SessionCaseModel.PROMISE).data() == "2026-03-24"
