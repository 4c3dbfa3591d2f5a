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
    assert (report.imported, report.skipped) == (5, 3)
    assert Case.select().count() == 5
    text = controller.report_dialog.text.toPlainText()
    assert "Imported: 5" in text and "gateway_utf8.csv row 6: no text" in text
    assert len(changed) == 1 and changed[0].cases == {c.id for c in Case.select()}  # the five new cases
    controller.report_dialog.close()


def test_unknown_headers_open_the_mapping_dialog(qtbot, context, tmp_path):
    samples = sms_samples.write_samples(tmp_path)
    controller = start_import(context, samples["gateway_custom.csv"])
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog: ColumnMappingDialog = controller.mapping_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.combos["received_at"].setCurrentIndex(dialog.combos["received_at"].findData("시각"))
    dialog.combos["text"].setCurrentIndex(dialog.combos["text"].findData("본문"))
    assert ok.isEnabled()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        ok.click()
    assert blocker.args[0].imported == 1
    controller.report_dialog.close()


def test_cancel_keeps_whole_batches(qtbot, context, tmp_path):
    rows = [f"2026-11-09 09:{i % 60:02d},010-4000-{i:04d},주민{i},민원 {i}번" for i in range(1200)]
    path = tmp_path / "big.csv"
    path.write_text("수신일시,발신번호,성명,내용\n" + "\n".join(rows) + "\n", encoding="utf-8")
    controller = start_import(context, path)
    qtbot.waitUntil(lambda: controller.progress.bar.value() >= 200, timeout=30_000)
    controller.progress.cancel_button.click()  # the job stops after the batch under way
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled
    assert Case.select().count() == report.imported
    assert 0 < report.imported < 1200
    assert report.imported % 200 == 0  # whole batches only
    assert "Cancelled" in controller.report_dialog.text.toPlainText()
    controller.report_dialog.close()


def test_main_window_has_a_file_menu_with_import_and_quit(qtbot, context):
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)  # never closed here: closing saves the layout to this desk's settings
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["&Import text messages…", "Import &Open311 requests (JSON)…", "&Quit"]
    assert file_menu.actions()[0].shortcut().toString() == "Ctrl+I"
    window.deleteLater()
