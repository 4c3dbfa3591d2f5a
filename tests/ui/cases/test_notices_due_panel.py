"""통지 대상 on the Cases screen, on both back ends: it lists exactly the cases interim_notices_due and
referrals_waiting return, and a batch of interim notices accounts for every case — issued with its
register number, not issued with the reason, or not reached after Cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk_gui.actions import cases, notices
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.notices import interim_notices_due, referrals_waiting
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Agency, Case, Department
from civicdesk_gui.ui.cases.cases_screen import CasesScreen
from civicdesk_gui.ui.cases.notices_due_panel import NoticesDuePanel
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE

NOW = dt.datetime.now().replace(microsecond=0)


def _case(actor, days_ago: int, *, routed: bool = True, text: str = "통학로에 보도를 설치해 주세요") -> int:
    roads = Department.get(Department.code == "도로관리과")
    received = NOW - dt.timedelta(days=days_ago)
    case_id = cases.intake_case(
        channel="text", text=text, category="policy_suggestion", petition_kind="suggestion",
        submitter_name="김영희", received_at=received, at=received, actor=actor,
        department_id=roads.id if routed else None,
    ).case_id  # fmt: skip
    if routed:
        cases.start_review(case_id=case_id, actor=actor, expected_version=None, at=received)
    return case_id


@pytest.fixture
def desk(any_db):
    actor = ensure_user("coordinator", display_name="김소통")
    ids = {
        "second": _case(actor, 65),  # day 30's notice sent: day 60's is due
        "fresh": _case(actor, 10),  # not yet
        "unrouted": _case(actor, 40, routed=False),  # due, but no department to issue it from
        "first": _case(actor, 35),
        "referred": _case(actor, 20),
    }
    notices.issue_notice(
        case_id=ids["second"], kind="interim", progress="설계 중", expected_on=dt.date(2031, 1, 1),
        actor=actor, at=NOW - dt.timedelta(days=34),
    )  # fmt: skip
    cases.refer_case(
        case_id=ids["referred"], agency_id=Agency.get(Agency.name == "파주경찰서").id, note="경찰서 소관",
        actor=actor, expected_version=None, at=NOW - dt.timedelta(days=8),
    )  # fmt: skip
    return AppContext(actor=actor, database=any_db), ids


@pytest.fixture
def panel(qtbot, desk):
    widget = NoticesDuePanel(desk[0], clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading, timeout=5000)
    return widget


def _ids(model) -> list[int]:
    return [model.index(row, 0).data(ROW_ID_ROLE) for row in range(model.rowCount())]


def test_lists_exactly_what_the_queries_return(panel, desk):
    ids = desk[1]
    due = interim_notices_due(NOW)
    assert _ids(panel.due_model) == [n.case_id for n in due]
    assert set(_ids(panel.due_model)) == {ids["second"], ids["unrouted"], ids["first"]}
    assert (
        _ids(panel.referral_model) == [r.case_id for r in referrals_waiting(NOW.date())] == [ids["referred"]]
    )
    assert panel.due_title.text().endswith(": 3") and panel.referral_title.text().endswith(": 1")
    sent = {n.case_id: n.sent for n in due}
    second = _ids(panel.due_model).index(ids["second"])
    assert panel.due_model.index(second, panel.due_model.SENT).data() == str(sent[ids["second"]]) == "1"
    assert panel.issue_button.isEnabled()


def test_a_batch_asks_with_the_count_and_accounts_for_every_case(panel, desk, qtbot):
    ids = desk[1]
    letters_before = Letter.select().count()
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if "3" in b.text()).click()

    QTimer.singleShot(0, answer)
    panel.ask_issue()
    assert asked and "3" in asked[0]
    qtbot.waitUntil(lambda: panel.last_batch is not None and panel.job is None, timeout=20000)
    batch = panel.last_batch
    number = {key: Case.get_by_id(case_id).number for key, case_id in ids.items()}
    assert sorted(n for n, _ in batch.issued) == sorted([number["second"], number["first"]])
    assert [n for n, _ in batch.skipped] == [number["unrouted"]] and batch.not_reached == []
    reason = describe(ValidationError("letter.no_department", {"number": number["unrouted"]}))
    report = panel.report_view.toPlainText()
    assert reason in report and all(register in report for _, register in batch.issued)
    assert Letter.select().count() == letters_before + 2
    for key in ("second", "first"):
        letter = (
            Letter.select()
            .where((Letter.case == ids[key]) & (Letter.kind == "interim"))
            .order_by(Letter.id.desc())
            .get()
        )
        assert (number[key], letter.register_number) in batch.issued
    # Read again afterwards: only the case that could not get one is still due.
    qtbot.waitUntil(lambda: not panel.loading and _ids(panel.due_model) == [ids["unrouted"]], timeout=5000)


def test_cancel_leaves_every_case_accounted_for(panel, desk, qtbot):
    due = list(panel.due_model.rows)
    job = panel.issue(due)
    job.cancel()
    qtbot.waitUntil(lambda: panel.last_batch is not None and panel.job is None, timeout=20000)
    batch = panel.last_batch
    accounted = [n for n, _ in batch.issued] + [n for n, _ in batch.skipped] + batch.not_reached
    assert sorted(accounted) == sorted(n.number for n in due)
    issued_letters = Letter.select().where(Letter.kind == "interim").count() - 1  # one sent in the fixture
    assert issued_letters == len(batch.issued)


def test_the_cases_screen_opens_it(qtbot, desk):
    screen = CasesScreen(desk[0], clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert screen.notices_button.shortcut() == QKeySequence("Ctrl+Shift+T")
    screen.notices_button.click()
    panel = screen.notices_panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    assert panel.isVisible() and panel.due_model.rowCount() == 3
    opened: list[int] = []
    from civicdesk_gui.ui.shell.signals import bus

    bus().open_case_requested.connect(opened.append)
    panel.due_table.selectRow(0)
    panel.open_current()
    assert opened == [panel.due_model.rows[0].case_id]
    qtbot.waitUntil(lambda: screen.views.count("all") is not None, timeout=5000)
