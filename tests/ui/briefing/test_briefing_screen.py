"""The briefing screen driven as the mayor would: every tile and every figure on it opens the Cases
screen with exactly the cases it counts; the period and channel choices, the department table,
refreshing on a change, the paper, and the settings page."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from civicdesk_gui.queries.case_list import count_cases
from civicdesk_gui.store.models import Case, Survey
from civicdesk_gui.store.office_settings import get_setting
from civicdesk_gui.ui.briefing.briefing_labels import outcome_label
from civicdesk_gui.ui.briefing.briefing_screen import BriefingScreen
from civicdesk_gui.ui.briefing.figure_table import FILTER_ROLE, FigureTable
from civicdesk_gui.ui.cases.cases_screen import CasesScreen
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.signals import bus
from tests.briefing_samples import NOW, make_office


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def office(context, desk_actor):
    return make_office(desk_actor)


def settled(qtbot, screen: BriefingScreen) -> None:
    qtbot.waitUntil(lambda: screen.briefing is not None and not screen.busy, timeout=15000)


@pytest.fixture
def screen(qtbot, context, office):
    preferences.put("briefing/period", "last_month")
    widget = BriefingScreen(context, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    settled(qtbot, widget)
    yield widget
    settled(qtbot, widget)


def tables(screen: BriefingScreen) -> list[FigureTable]:
    return screen.findChildren(FigureTable)


def test_tiles_show_today_and_open_their_cases(qtbot, screen):
    tiles = screen.tiles.tiles
    assert tiles["new"].value == 3 and tiles["overdue_promise"].value == 3
    assert tiles["overdue_promise"].number.text().startswith("⚠")  # not colour alone
    assert not tiles["open"].number.text().startswith("⚠")
    assert tiles["sessions_today"].value == 1
    with qtbot.waitSignal(bus().cases_filter_requested) as request:
        tiles["overdue_promise"].click()
    case_filter, title = request.args
    assert count_cases(case_filter, now=NOW) == 3 and title == "Promise overdue"
    with qtbot.waitSignal(bus().sessions_requested) as asked:
        tiles["sessions_today"].click()
    assert asked.args == [NOW.date()]


def test_every_figure_on_screen_lists_exactly_its_cases(screen):
    """The promise of the screen: click any count, get exactly that many cases, for every table."""
    checked = 0
    for table in tables(screen):
        for cell in table.linked_cells():
            assert count_cases(cell.filter, now=NOW) == cell.count, (table.figures.headers[0], cell.title)
            checked += 1
    for key, tile in screen.tiles.tiles.items():
        if key.startswith("sessions"):
            continue
        from civicdesk_gui.queries.briefing import tile_filter

        assert count_cases(tile_filter(key), now=NOW) == tile.value, key
        checked += 1
    assert checked > 60  # the walk saw the tables (outcomes, promises, departments, surveys …)


def test_the_figures_of_last_month(screen):
    outcomes = {row[0].text: row for row in screen.outcomes.figures.rows}
    resolved = outcomes[outcome_label("resolved")]
    assert resolved[1].text == "2" and resolved[2].text == "25%"
    assert outcomes["Received"][1].text == "8"
    names = [row[0].text for row in screen.measures.figures.rows]
    row = names.index("Replied within 48 hours")
    shown = [screen.measures.model().index(row, column).data() for column in range(1, 5)]
    assert shown == ["3", "6", "50%", "⚠ 3"]  # the missed ones: red, and a sign besides the colour
    assert screen.measures.figures.rows[row][4].filter is not None
    assert "received in 2026. 9. 1. – 2026. 9. 30." in screen.period_label.text()  # Korean dates (ko desk)


def test_clicking_a_figure_shows_its_cases_on_the_cases_screen(qtbot, screen, context):
    cases = CasesScreen(context, clock=lambda: NOW)
    qtbot.addWidget(cases)
    cases.show()
    qtbot.waitUntil(lambda: not cases.model.loading and cases.model.total >= 0, timeout=5000)
    table = screen.measures
    row = [r[0].text for r in table.figures.rows].index("Replied within 48 hours")
    index = table.model().index(row, 4)  # "Missed"
    assert index.data(FILTER_ROLE) is not None
    table.open_figure(index)
    qtbot.waitUntil(lambda: not cases.model.loading and cases.model.total == 3, timeout=5000)
    assert cases.figure_banner.isVisible() and "Replied within 48 hours: missed" in cases.figure_label.text()
    # The search box narrows the figure further; "Show all cases" leaves it.
    cases.figure_clear.click()
    qtbot.waitUntil(
        lambda: not cases.model.loading and cases.model.total == Case.select().count(), timeout=5000
    )
    assert not cases.figure_banner.isVisible()


def test_a_period_without_cases_and_one_channel(qtbot, screen):
    screen.set_period("custom", dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    settled(qtbot, screen)
    assert screen.briefing.figures.received == 0
    assert screen.start.isVisible() and screen.end.isVisible()
    assert all(
        cell.filter is None for table in (screen.outcomes, screen.measures) for cell in table.linked_cells()
    )
    assert preferences.get("briefing/period") == "custom"
    screen.set_period("last_month")
    screen.channel.setCurrentIndex(screen.channel.findData("mobile_office"))
    settled(qtbot, screen)
    assert screen.briefing.scope.channel == "mobile_office" and screen.briefing.figures.received == 2
    assert not screen.start.isVisible()


def test_the_department_table_ranks_only_above_the_minimum_sample_and_sorts(qtbot, screen):
    rows = {row[1].text: row for row in screen.departments.figures.rows}
    assert rows["도로관리과"][0].text == "—"  # 4 cases < 20: not ranked
    proxy = screen.departments.proxy
    screen.departments.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # received
    assert proxy.index(0, 1).data() == "도로관리과" and proxy.index(1, 1).data() == "공원녹지과"
    screen.departments.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert proxy.index(proxy.rowCount() - 1, 1).data() == "도로관리과"


def test_the_settings_page_changes_the_minimum_sample_and_the_briefing_follows(qtbot, screen, context):
    from civicdesk_gui.ui.briefing.briefing_settings_page import BriefingSettingsPage

    page = BriefingSettingsPage(context)
    qtbot.addWidget(page)
    assert page.min_sample.value() == 20
    page.min_sample.setValue(4)
    page.save()
    assert get_setting("briefing.min_sample") == 4 and "at least 4" in page.status.text()
    qtbot.waitUntil(lambda: screen.briefing.min_sample == 4 and not screen.busy, timeout=5000)
    rows = {row[1].text: row for row in screen.departments.figures.rows}
    assert rows["도로관리과"][0].text == "1" and rows["공원녹지과"][0].text == "—"
    page.min_sample.setValue(0)  # the spin box refuses what the action would
    assert page.min_sample.value() == 1


def test_a_recorded_survey_refreshes_the_briefing(qtbot, screen, context, office):
    from civicdesk_gui.ui.cases import ops

    before = screen.briefing.surveys[0].responses
    ops.record_survey(
        parent=None,
        actor=context.actor,
        case_id=office["B"],
        title="survey",
        channel="text",
        satisfaction=5,
        surveyed_at=dt.datetime(2026, 9, 30, 18, 0),
    ).run()
    qtbot.waitUntil(lambda: screen.briefing.surveys[0].responses == before + 1, timeout=5000)


def test_save_the_briefing_as_pdf(qtbot, screen, tmp_path):
    target = tmp_path / "briefing.pdf"
    screen.save_pdf_to(str(target))
    qtbot.waitUntil(target.exists, timeout=10000)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1 and "아침 현황 보고" in reader.pages[0].extract_text()


def test_the_survey_form_in_the_case_detail(qtbot, context, office):
    from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView

    view = CaseDetailView(context)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    assert view.show_case(office["B"])
    assert view.actions["survey"].isEnabled() and view.survey.isHidden()
    form = view.open_form("survey")
    assert form.channel.currentData() == "text"  # a text case is surveyed by text by default
    form.satisfaction.setCurrentIndex(form.satisfaction.findData(4))
    form.answers["would_recommend"].setCurrentIndex(form.answers["would_recommend"].findData("yes"))
    form.comment.setText("빠른 처리 감사합니다")  # Hangul through setText (keyClicks cannot type it)
    assert view.has_unsaved_text()
    view.save_button.click()
    survey = Survey.get(Survey.case == office["B"])
    assert (survey.satisfaction, survey.would_recommend, survey.would_use_again) == (4, "yes", None)
    assert survey.comment == "빠른 처리 감사합니다"
    assert not view.survey.isHidden() and "4/5" in view.survey.summary.text()
    assert not view.actions["survey"].isEnabled()  # one survey per case
    assert not view.has_unsaved_text()


def test_the_trend_chart_opens_the_cases_of_a_bar(qtbot, screen):
    bars = screen.chart.bars
    assert len(bars) == 12 and bars[-1].label == "10" and bars[0].label == "25/11"
    september = bars[-2]
    assert (september.received, september.closed) == (8, 3)
    for kind, expected in (("received", 8), ("closed", 3)):
        with qtbot.waitSignal(bus().cases_filter_requested) as request:
            screen.open_trend(len(bars) - 2, kind)
        assert count_cases(request.args[0], now=NOW) == expected
    screen.granularity.setCurrentIndex(screen.granularity.findData("week"))
    settled(qtbot, screen)
    assert len(screen.chart.bars) == 13 and screen.chart.bars[-1].label == "10/5"


def test_the_briefing_is_the_start_screen_and_a_figure_brings_the_cases_forward(qtbot, context, office):
    from civicdesk_gui.queries.briefing import tile_filter
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.current_screen_key() == "briefing"  # first launch: no screen remembered yet
    qtbot.waitUntil(lambda: not window.screens["briefing"].busy, timeout=15000)
    bus().cases_filter_requested.emit(tile_filter("referred"), "Referrals waiting")
    assert window.current_screen_key() == "cases"
    cases = window.screens["cases"]
    qtbot.waitUntil(lambda: not cases.model.loading and cases.model.total == 1, timeout=5000)
    assert cases.figure is not None
    cases.views.select_view("overdue")  # choosing a saved view leaves the figure
    assert cases.figure is None and cases.figure_banner.isHidden()
    bus().sessions_requested.emit(NOW.date())
    assert window.current_screen_key() == "sessions"
    assert window.screens["sessions"].current == NOW.date()
    qtbot.waitUntil(lambda: not cases.model.loading, timeout=5000)


def test_overdue_referrals_are_listed_and_open_their_cases(qtbot, screen):
    """K was referred to the police on 16 Sep (reminder 23 Sep) and the police have not answered: the
    section names the agency, the case and the days waiting; a click lists exactly those cases."""
    assert screen.referrals.isVisible() and screen.referrals_heading.isVisible()
    rows = screen.referrals.figures.rows
    k = Case.get(Case.text == "K 민원 내용입니다")
    from civicdesk_gui.ui.shell.reference_labels import ref_name

    assert [cell.text for cell in rows[0]] == [ref_name("파주경찰서"), k.number, "2026-09-23", "20 days"]
    assert rows[0][3].text.startswith("20") and rows[-1][3].count == 1
    with qtbot.waitSignal(bus().cases_filter_requested) as request:
        screen.referrals.open_figure(screen.referrals.model().index(0, 1))
    case_filter, title = request.args
    assert count_cases(case_filter, now=NOW) == 1 and "agency" in title
