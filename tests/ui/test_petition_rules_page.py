"""Settings › Petition kinds and periods: the administrator adds, changes and removes kind rules and
period rules on the page (each through its audited action); a case received afterwards gets the new
period; a coordinator sees the rules but cannot change them; the detail pane names the rule behind a
deadline in the interface's language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from civicdesk_gui.actions import cases
from civicdesk_gui.store.models import AuditEvent, Case, DeadlineRule, KindRule, Topic
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.signals import bus

D = dt.datetime
RECEIVED = D(2026, 3, 9, 10, 0)  # a Monday


@pytest.fixture
def english():
    previous = preferences.get("ui/language")
    preferences.put("ui/language", "en")
    yield
    preferences.put("ui/language", previous)


def _accepting(monkeypatch, dialog_class, fill):
    """The dialog, filled in as the user would, then OK."""

    def exec_(self):
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _select(table, text: str) -> None:
    row = next(r for r in range(table.rowCount()) if any(
        table.item(r, c).text() == text for c in range(table.columnCount())))  # fmt: skip
    table.selectRow(row)


def _intake(context, kind: str) -> int:
    return cases.intake_case(
        channel="text", text="공무원의 불친절한 응대에 대한 고충입니다", category="civil_complaint",
        petition_kind=kind, submitter_name="김민원", received_at=RECEIVED, at=RECEIVED, actor=context.actor,
    ).case_id  # fmt: skip


def test_the_administrator_edits_rules_on_the_page(qtbot, admin_context, monkeypatch):
    from civicdesk_gui.ui.reference.rules_page import DeadlineRuleDialog, KindRuleDialog, PetitionRulesPage

    page = PetitionRulesPage(admin_context)
    qtbot.addWidget(page)
    assert page.kind_table.rowCount() == KindRule.select().count()
    assert page.deadline_table.rowCount() == DeadlineRule.select().count()
    before = _intake(admin_context, "grievance")

    # Change: 고충민원 7 days → 10 days, with an English label.
    _select(page.deadline_table, "고충민원 7일 — 시행령 제17조")

    def longer(dialog):  # fmt: skip
        assert not dialog.kind.isEnabled()  # what the rule is for stays
        dialog.amount.setValue(10)
        dialog.label.setText("고충민원 10일 — 시 조례")
        dialog.label_en.setText("Grievance, 10 days — city ordinance")

    _accepting(monkeypatch, DeadlineRuleDialog, longer)
    with qtbot.waitSignal(bus().changed, timeout=2000):
        page.change_deadline_rule()
    rule = DeadlineRule.get((DeadlineRule.clock == "statutory") & (DeadlineRule.kind == "grievance"))
    assert (rule.amount, rule.label_en) == (10, "Grievance, 10 days — city ordinance")
    shown = [page.deadline_table.item(r, 5).text() for r in range(page.deadline_table.rowCount())]
    assert "고충민원 10일 — 시 조례" in shown  # the page reloaded on the change notice
    after = _intake(admin_context, "grievance")
    assert Case.get_by_id(after).statutory_due_at == D(2026, 3, 20, 18, 0)  # 10 days
    assert Case.get_by_id(before).statutory_due_at == D(2026, 3, 17, 18, 0)  # kept its 7 days

    # Add: the topic 주정차 is a grievance.
    parking = Topic.get(Topic.code == "parking")

    def parking_rule(dialog):  # fmt: skip
        dialog.topic.setCurrentIndex(dialog.topic.findData(parking.id))
        dialog.kind.setCurrentIndex(dialog.kind.findData("grievance"))
        dialog.label.setText("주정차 단속 이의: 고충민원")

    _accepting(monkeypatch, KindRuleDialog, parking_rule)
    with qtbot.waitSignal(bus().changed, timeout=2000):
        page.add_kind_rule()
    added = KindRule.get(KindRule.topic == parking.id)
    assert added.kind == "grievance" and added.label == "주정차 단속 이의: 고충민원"
    assert page.kind_table.rowCount() == KindRule.select().count()

    # Remove it again (confirmed).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(page.kind_table, "주정차 단속 이의: 고충민원")
    with qtbot.waitSignal(bus().changed, timeout=2000):
        page.remove_kind_rule()
    assert KindRule.get_or_none(KindRule.id == added.id) is None
    assert AuditEvent.select().where(AuditEvent.kind == "rule_change").count() == 3


def test_a_refused_edit_shows_why_and_writes_nothing(qtbot, admin_context, monkeypatch):
    from civicdesk_gui.ui.reference.rules_page import PetitionRulesPage

    page = PetitionRulesPage(admin_context)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        "civicdesk_gui.ui.shell.ops.show_error", lambda parent, exc, tb=None: shown.append(exc)
    )
    _select(page.deadline_table, "월 1회 이상 진행 상황 갱신")
    page.remove_deadline_rule()
    assert DeadlineRule.select().where(DeadlineRule.clock == "monthly_update").count() == 1
    assert [exc.code for exc in shown] == ["rule.only_one"]


def test_a_coordinator_sees_the_rules_but_cannot_change_them(qtbot, context):
    from civicdesk_gui.ui.reference.rules_page import PetitionRulesPage

    page = PetitionRulesPage(context)
    qtbot.addWidget(page)
    assert page.deadline_table.rowCount() == DeadlineRule.select().count()
    for button in page.kind_buttons[1:] + page.deadline_buttons[1:]:
        assert not button.isEnabled() and button.toolTip()
    assert page.reason is not None


def test_the_detail_pane_names_the_rule_in_english(qtbot, context, english):
    from civicdesk_gui.queries.case_detail import load_case_detail
    from civicdesk_gui.ui.cases.detail.case_detail_sections import ClocksSection

    case_id = _intake(context, "grievance")
    section = ClocksSection()
    qtbot.addWidget(section)
    section.show_detail(load_case_detail(case_id), RECEIVED + dt.timedelta(hours=1))
    row = section.rows["statutory"]
    assert row.rule.text() == "Grievance, 7 days — Enforcement Decree Art. 17"
    assert "Grievance, 7 days" in row.toolTip()


def test_the_detail_pane_names_the_rule_in_korean(qtbot, context):
    from civicdesk_gui.queries.case_detail import load_case_detail
    from civicdesk_gui.ui.cases.detail.case_detail_sections import ClocksSection

    previous = preferences.get("ui/language")
    preferences.put("ui/language", "ko")
    try:
        case_id = _intake(context, "grievance")
        section = ClocksSection()
        qtbot.addWidget(section)
        section.show_detail(load_case_detail(case_id), RECEIVED + dt.timedelta(hours=1))
        assert section.rows["statutory"].rule.text() == "고충민원 7일 — 시행령 제17조"
    finally:
        preferences.put("ui/language", previous)
