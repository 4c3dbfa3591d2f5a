"""Help > Keyboard shortcuts lists the window's live keys (nothing to keep in step by hand), finds
them by words or keys, closes with Esc; no two shortcuts live at one moment share a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from civicdesk_gui.ui import main_window as main_window_module
from civicdesk_gui.ui.help.shortcut_catalog import clashes, plain_text
from civicdesk_gui.ui.help.shortcut_sheet import ShortcutSheet
from civicdesk_gui.ui.main_window import MainWindow
from civicdesk_gui.ui.screens import ScreenSpec, screen_specs

NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _sheet(qtbot, window) -> ShortcutSheet:
    (action,) = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(Qt.Key.Key_F1)]
    action.trigger()  # what F1 does (the offscreen platform never delivers a window's shortcut)
    sheet = window.shortcut_sheet
    qtbot.waitExposed(sheet)
    return sheet


def test_every_action_and_shortcut_of_the_window_is_in_the_sheet(qtbot, context):
    window = _window(qtbot, context)
    sheet = _sheet(qtbot, window)
    lines = {(text, keys) for _group, text, keys in sheet.visible_lines()}
    keyed = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    # The screens' own commands are there: the case's reply, the Outbox's export, the rail.
    assert len(keyed) >= 15
    for action in keyed:
        key = action.shortcut().toString(NATIVE)
        assert any(plain_text(action.text()) == text and key in keys.split(", ") for text, keys in lines), (
            action.text(),
            key,
        )
    # A QShortcut has no text of its own: each says what it does, and shows by it.
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key().toString(NATIVE)
        assert any(text and key in keys.split(", ") for text, keys in lines), key
    groups = [group for group, _text, _keys in sheet.visible_lines()]
    for title in ("Briefing", "Cases", "Outbox", "File", "Help"):
        assert title in groups
    assert ("Reply", "Ctrl+R") in lines and ("Import delivery report…", "Ctrl+R") in lines
    assert ("Search the case list", "Ctrl+F") in lines


def test_no_two_shortcuts_live_at_once_share_a_key(qtbot, context):
    window = _window(qtbot, context)
    assert clashes(window.shortcut_entries()) == []


def test_the_clash_check_sees_a_real_clash(qtbot, context):
    # Guards the test above: Ctrl+R on the Cases screen meets the case's Reply (both live while the
    # screen is shown); the same key on the Outbox (another page of the stack) does not.
    window = _window(qtbot, context)
    extra = QAction("Refresh twice", window.screens["cases"])
    extra.setShortcut(QKeySequence("Ctrl+R"))
    window.screens["cases"].addAction(extra)
    found = clashes(window.shortcut_entries())
    assert {(key, a.text, b.text) for key, a, b in found} in (
        {("Ctrl+R", "Reply", "Refresh twice")},
        {("Ctrl+R", "Refresh twice", "Reply")},
    )
    # A window-wide key meets every screen's: Ctrl+I in the File menu and on the Sessions screen.
    extra.setShortcut(QKeySequence())
    local = QShortcut(QKeySequence("Ctrl+I"), window.screens["sessions"])
    local.setWhatsThis("Import something else")
    assert [key for key, _a, _b in clashes(window.shortcut_entries())] == ["Ctrl+I"]


def test_a_screen_added_later_shows_its_keys_in_the_sheet(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QWidget

    def approvals(_context):
        screen = QWidget()
        action = QAction("Approve the draft", screen)
        action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        screen.addAction(action)
        return screen

    specs = [*screen_specs(), ScreenSpec("extra", "Approvals", "approvals", "Ctrl+8", approvals)]
    monkeypatch.setattr(main_window_module, "screen_specs", lambda: specs)
    window = _window(qtbot, context)
    lines = _sheet(qtbot, window).visible_lines()
    assert ("Everywhere", "Approvals", "Ctrl+8") in lines
    assert ("Approvals", "Approve the draft", QKeySequence("Ctrl+Shift+Return").toString(NATIVE)) in lines


def test_the_sheet_searches_by_words_and_keys_and_closes_with_escape(qtbot, context):
    window = _window(qtbot, context)
    sheet = _sheet(qtbot, window)
    everything = len(sheet.visible_lines())
    sheet.search.setText("reply")
    found = sheet.visible_lines()
    assert found and len(found) < everything
    assert all("reply" in text.lower() for _group, text, _keys in found)
    sheet.search.setText("Ctrl+K")
    assert [text for _group, text, _keys in sheet.visible_lines()] == ["Classify…"]
    assert sheet.count.text() == "1 shortcuts" or sheet.count.text().startswith("1 ")
    sheet.search.setFocus()
    qtbot.keyClick(sheet.search, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_the_sheet_reads_korean(qtbot, context, korean):
    window = _window(qtbot, context)
    sheet = _sheet(qtbot, window)
    assert sheet.windowTitle() == "단축키"
    texts = {text for _group, text, _keys in sheet.visible_lines()}
    assert "회신" in texts and "민원 목록 검색" in texts
    # The menu's mnemonic is the menu's: "바로문자 가져오기(&I)…" reads without its "(I)" here.
    assert "바로문자 가져오기…" in texts
    assert not [text for text in texts if "(" in text and "&" in text]


def test_about_names_the_version_the_database_and_the_fonts_licence(qtbot, context):
    from civicdesk_gui import __version__

    window = _window(qtbot, context)
    (about,) = [a for a in window.menuBar().actions()[-1].menu().actions() if "About" in a.text()]
    about.trigger()
    dialog = window.about_dialog
    text = dialog.findChild(QLabel).text()
    assert __version__ in text
    assert str(context.database.path) in text
    assert "SIL Open Font License 1.1" in text and "Nanum" in text
