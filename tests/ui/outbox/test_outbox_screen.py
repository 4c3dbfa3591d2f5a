"""The Outbox screen driven through its buttons: approve the linked residents' drafts, export the
pending texts for the gateway, import the delivery report, send a failed one again or record a call;
and the places register with its posters."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from civicdesk_gui.actions import cases, outbox
from civicdesk_gui.store.models import Case, OutboxMessage, Place
from civicdesk_gui.ui.outbox.outbox_screen import OutboxScreen
from tests.outbox.outbox_samples import report_file, text_case


@pytest.fixture
def screen(qtbot, context):
    widget = OutboxScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    return widget


def _view(screen, qtbot, key: str) -> None:
    row = list(outbox_keys(screen)).index(key)
    screen.views.setCurrentRow(row)
    qtbot.waitUntil(lambda: screen.current_view() == key and screen.summary.text() != "")


def outbox_keys(screen):
    return [screen.views.item(i).data(256) for i in range(screen.views.count())]


def _wait_rows(screen, qtbot, count: int) -> None:
    qtbot.waitUntil(lambda: screen.model.rowCount() == count, timeout=5000)


def test_from_linked_drafts_to_delivered(screen, qtbot, desk_actor, tmp_path, monkeypatch):
    ids = [text_case(desk_actor, name=f"주민{i}", phone=f"010-5000-000{i}") for i in range(3)]
    for other in ids[1:]:
        cases.mark_duplicate(case_id=other, original_id=ids[0], actor=desk_actor, expected_version=None)

    from civicdesk_gui.ui.outbox.linked_dialog import LinkedRepliesDialog

    dialog = LinkedRepliesDialog(screen.context, screen)
    qtbot.addWidget(dialog)
    dialog.number.setText(Case.get_by_id(ids[1]).number)
    dialog.look_up()
    assert "3" in dialog.found.text() and dialog.prepare_button.isEnabled()
    dialog.text.setPlainText("{이름}님, 처리했습니다.")
    dialog.prepare()
    assert dialog.result() == QDialog.DialogCode.Accepted

    _view(screen, qtbot, "drafts")
    _wait_rows(screen, qtbot, 3)
    assert screen.approve_button.isVisible()
    screen.table.selectAll()
    screen.approve_selected()
    assert {m.state for m in OutboxMessage.select()} == {"approved"}

    _view(screen, qtbot, "pending")
    _wait_rows(screen, qtbot, 3)
    target = tmp_path / "send.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    screen.export_pending()
    with open(target, encoding="cp949", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[2] for r in rows[1:]] == [
        "주민0님, 처리했습니다.",
        "주민1님, 처리했습니다.",
        "주민2님, 처리했습니다.",
    ]
    _wait_rows(screen, qtbot, 0)

    message_ids = [m.id for m in OutboxMessage.select().order_by(OutboxMessage.id)]
    report = report_file(
        tmp_path / "r.csv", [(message_ids[0], "", "성공", ""), (message_ids[1], "", "실패", "결번")]
    )
    outbox.import_delivery_report(report, actor=screen.context.actor)  # the report as the desk imports it
    _view(screen, qtbot, "failed")
    _wait_rows(screen, qtbot, 1)
    assert "결번" in screen.model.index(0, screen.model.COL_STATE).data()
    screen.table.selectRow(0)
    assert not screen.preview.isReadOnly()  # a failed text may be corrected before it goes again
    screen.preview.setPlainText("주민1님, 다시 알려 드립니다: 처리했습니다.")
    screen.retry_selected()
    states = [m.state for m in OutboxMessage.select().order_by(OutboxMessage.id)]
    assert states == ["delivered", "retried", "handed_over", "approved"]
    assert (
        OutboxMessage.select().order_by(OutboxMessage.id.desc()).first().message.startswith("주민1님, 다시")
    )


def test_the_report_dialog_lists_rejected_rows_in_korean(screen, qtbot, desk_actor, tmp_path, monkeypatch):
    path = report_file(tmp_path / "bad.csv", [("CD00000404", "", "성공", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    screen.import_report()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text, details = shown[0]
    assert "bad.csv" in text and "CD00000404" in details


def test_places_register_and_posters(screen, qtbot, context, tmp_path, monkeypatch):
    panel = screen.places
    panel.new_place()
    panel.name.setText("상무시민공원")
    panel.town.setCurrentIndex(1)
    panel.save()
    (place,) = Place.select()
    assert place.code == "P-0001" and panel.model.rowCount() == 1
    outbox.save_outbox_settings(values={"outbox.mayor_number": "010-2345-6789"}, actor=_admin())
    panel.table.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    panel.write_posters()
    assert sorted(p.name for p in tmp_path.glob("P-0001-*.pdf")) == [
        "P-0001-poster.pdf",
        "P-0001-stickers.pdf",
    ]
    QApplication.processEvents()


def _admin():
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("boss", role="admin")
