"""The GUI import: background job with progress, the column-mapping dialog, Cancel, the report."""

from __future__ import annotations

from civicdesk_gui.store.models import Case
from civicdesk_gui.ui.cases.import_dialog import ColumnMappingDialog, start_import
from civicdesk_gui.ui.shell.signals import bus
from tests.data import sms_samples


def test_import_runs_in_the_background_and_reports(qtbot, context, tmp_path):
    samples = sms_samples.write_samples(tmp_path)
    changed = []
    bus().changed.connect(lambda changes, _initiator: changed.append(changes))
    controller = start_import(context, samples["gateway_utf8.csv"])
    assert controller.progress is not None and controller.progress.isVisible()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        pass
    report = blocker.args[0]
    assert (report.imported, len(report.rejected)) == (5, 3)
    assert Case.select().count() == 5
    text = controller.report_dialog.text.toPlainText()
    # The same accounting as the CLI's (commands/import_cases.py), rows adding up to the file's.
    assert text.splitlines()[:4] == [
        "File: gateway_utf8.csv (8 rows, utf-8)",
        "Imported: 5",
        "Already imported (duplicates): 0",
        "Rejected: 3",
    ]
    assert "gateway_utf8.csv row 6: no text" in text
    assert len(changed) == 1 and changed[0].cases == {c.id for c in Case.select()}  # the five new cases
    controller.report_dialog.close()


def test_the_same_file_again_says_when_and_by_whom(qtbot, context, tmp_path):
    samples = sms_samples.write_samples(tmp_path)
    for _ in range(2):
        controller = start_import(context, samples["gateway_bom.csv"])
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            pass
        controller.report_dialog.close()
    text = controller.report_dialog.text.toPlainText()
    assert f"by {context.actor.display_name} (2 cases came from it)" in text
    assert "Imported: 0" in text and "Already imported (duplicates): 2" in text


def test_waiting_for_another_desk_is_shown(qtbot, context, tmp_path):
    from civicdesk_gui.ui.cases.import_dialog import ImportProgressDialog

    dialog = ImportProgressDialog("gateway.csv")
    qtbot.addWidget(dialog)
    dialog.show_progress(0, 0, "gateway.csv is being imported by kim@desk2 (since 2026-11-30 09:00)")
    assert dialog.label.text().startswith("gateway.csv is being imported by kim@desk2")
    assert dialog.bar.maximum() == 0  # a busy bar, not a stuck one
    dialog.show_progress(5, 10)
    assert dialog.label.text() == "5 of 10 rows" and dialog.bar.value() == 5


def test_unknown_headers_open_the_mapping_dialog(qtbot, context, tmp_path):
    samples = sms_samples.write_samples(tmp_path)
    controller = start_import(context, samples["gateway_custom.csv"])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog: ColumnMappingDialog = controller.mapping_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    # Each column is offered with its first value, and the first rows are shown under the choices.
    combo = dialog.combos["text"]
    offered = combo.itemText(combo.findData("본문"))
    assert offered.startswith("본문 — ") and len(offered) > len("본문 — ")
    assert dialog.preview.rowCount() >= 1
    dialog.combos["received_at"].setCurrentIndex(dialog.combos["received_at"].findData("시각"))
    dialog.combos["text"].setCurrentIndex(dialog.combos["text"].findData("본문"))
    assert ok.isEnabled()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        ok.click()
    assert blocker.args[0].imported == 1
    controller.report_dialog.close()


def test_cancel_keeps_whole_batches(qtbot, context, tmp_path):
    from civicdesk_gui.actions.case_import import DEFAULT_BATCH_SIZE as BATCH

    rows = [f"2026-11-09 09:{i % 60:02d},010-4000-{i:04d},주민{i},민원 {i}번" for i in range(3 * BATCH)]
    path = tmp_path / "big.csv"
    path.write_text("수신일시,발신번호,성명,내용\n" + "\n".join(rows) + "\n", encoding="utf-8")
    controller = start_import(context, path)
    qtbot.waitUntil(lambda: controller.progress.bar.value() >= BATCH, timeout=60_000)
    controller.progress.cancel_button.click()  # the job stops after the batch under way
    with qtbot.waitSignal(controller.finished, timeout=60_000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled
    assert Case.select().count() == report.imported
    assert 0 < report.imported < 3 * BATCH
    assert report.imported % BATCH == 0  # whole batches only
    assert "Cancelled" in controller.report_dialog.text.toPlainText()
    controller.report_dialog.close()


def test_main_window_has_a_file_menu_with_import_and_quit(qtbot, context):
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)  # never closed here: closing saves the layout to this desk's settings
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Import text messages…",
        "Import &Open311 requests (JSON)…",
        "&Back up now…",
        "&Restore from backup…",
        "&Quit",
    ]
    assert file_menu.actions()[0].shortcut().toString() == "Ctrl+I"
    window.deleteLater()
