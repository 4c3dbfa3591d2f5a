"""CaseTableModel: lazy keyset pages fetched in the background, SQL sort, deadline badges."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort
from civicdesk_gui.ui.cases.case_table_model import CaseTableModel
from tests.case_samples import NOW, make_sample_cases

M = CaseTableModel


def wait_loaded(qtbot, model: CaseTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.total >= 0, timeout=5000)


def load_all(qtbot, model: CaseTableModel) -> None:
    wait_loaded(qtbot, model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_loaded(qtbot, model)


@pytest.fixture
def sample(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    return make_sample_cases(ensure_user("tester"))


@pytest.fixture
def model(qtbot, sample):
    model = CaseTableModel(page_size=3, clock=lambda: NOW)
    model.set_query(CaseFilter())
    wait_loaded(qtbot, model)
    yield model
    wait_loaded(qtbot, model)


def test_model_passes_the_model_tester(qtbot, qtmodeltester, model):
    assert model.rowCount() == 3  # first page only
    assert model.total == 8
    qtmodeltester.check(model)
    load_all(qtbot, model)
    assert model.rowCount() == 8
    qtmodeltester.check(model)


def test_pages_arrive_in_order_and_stop_at_the_end(qtbot, model):
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    wait_loaded(qtbot, model)
    assert model.rowCount() == 8
    assert not model.canFetchMore(QModelIndex())
    received = [model.row_at(r).received_at for r in range(8)]
    assert received == sorted(received, reverse=True)
    assert len({model.index(r, 0).data(M.CaseIdRole) for r in range(8)}) == 8


def test_filter_change_resets_and_counts_in_sql(qtbot, model, sample):
    with qtbot.waitSignal(model.modelReset):
        model.set_query(CaseFilter(view="overdue"))
    wait_loaded(qtbot, model)
    assert model.total == 4
    assert model.rowCount() == 3
    model.set_query(CaseFilter(search="보도블록"))
    wait_loaded(qtbot, model)
    assert model.total == 1
    assert model.index(0, M.COL_NUMBER).data(M.CaseIdRole) == sample["overdue"]


def test_sorting_a_column_sorts_in_sql(qtbot, model, sample):
    model.sort(M.COL_DEADLINE, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, model)
    assert model.case_sort == CaseSort("deadline", False)
    assert model.index(0, 0).data(M.CaseIdRole) == sample["other_user"]
    model.sort(M.COL_NUMBER, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    numbers = [model.index(r, M.COL_NUMBER).data() for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)


def test_deadline_badge_has_icon_and_words(qtbot, model, sample):
    model.set_query(CaseFilter(), CaseSort("deadline", False))
    load_all(qtbot, model)
    by_id = {model.index(r, 0).data(M.CaseIdRole): r for r in range(model.rowCount())}

    def badge(name: str) -> str:
        return model.index(by_id[sample[name]], M.COL_DEADLINE).data()

    assert badge("overdue").startswith("Overdue · ")
    assert badge("due_today").startswith("Today, 8 h left · ")
    assert badge("fresh") == "47 h left · Reply"  # short enough to read whole in a narrow column
    assert "days left" in badge("replied")
    assert all(len(badge(name)) <= 28 for name in ("overdue", "due_today", "fresh", "replied"))
    overdue_index = model.index(by_id[sample["overdue"]], M.COL_DEADLINE)
    assert not overdue_index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "2026-11-17 09:00" in overdue_index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(by_id[sample["overdue"]], M.COL_TOWN).data() == "문산읍"


def test_reload_sees_new_cases(qtbot, model):
    from civicdesk_gui.actions.actor import ensure_user

    actions.intake_case(
        channel="text",
        text="새 민원입니다",
        actor=ensure_user("tester"),
        received_at=NOW + dt.timedelta(hours=1),
    )
    model.reload()
    wait_loaded(qtbot, model)
    assert model.total == 9
    assert model.index(0, M.COL_SUMMARY).data() == "새 민원입니다"
