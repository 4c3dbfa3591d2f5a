"""Every keyboard shortcut of a window, read from its live QActions and QShortcuts, so the Help sheet
can never drift from the keys that really work; and which of them would clash.

A QShortcut has no text of its own: its description is its whatsThis (or, failing that, the text of
the button whose tooltip names the same key, as the Outbox's buttons do)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMenu, QStackedWidget, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText
PORTABLE = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the screen or menu it belongs to
    text: str  # what it does, in the interface's language
    keys: tuple[str, ...]  # portable text ("Ctrl+R"), one per binding
    native: tuple[str, ...]  # as the platform writes them
    owner: QWidget | None  # the widget it is attached to (None: a menu of the window)
    context: Qt.ShortcutContext
    source: QObject  # the QAction or QShortcut itself


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ("&Back up now…" → "Back up now…", and the Korean
    "지금 백업(&B)…" → "지금 백업…")."""
    text = re.sub(r"\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _sequences(obj: QAction | QShortcut) -> list[QKeySequence]:
    keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
    return [key for key in keys if not key.isEmpty()]


def _owner(obj: QObject) -> QWidget | None:
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


def _menu_of(action: QAction) -> QMenu | None:
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu):
            return obj
    return None


def _shortcut_text(shortcut: QShortcut, owner: QWidget | None) -> str:
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    if owner is None:
        return ""
    names = {key.toString(PORTABLE) for key in _sequences(shortcut)}
    for button in owner.findChildren(QAbstractButton):
        tip = button.toolTip()
        if button.text() and any(f"({name})" in tip for name in names):
            return plain_text(button.text())
    return ""


def collect_shortcuts(window: QWidget, groups: list[tuple[str, QWidget]]) -> list[ShortcutEntry]:
    """Every action and shortcut with a key under `window`; `groups` names the screens (title,
    widget) an owner may sit in, the rest is grouped by its menu or as the window's."""
    window_group = _window_title()
    entries: list[ShortcutEntry] = []
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        sequences = _sequences(obj)
        if not sequences:
            continue
        owner = _owner(obj)
        if isinstance(obj, QAction):
            menu = _menu_of(obj)
            if menu is not None and not _in_any(owner, groups):
                group, owner = plain_text(menu.title()), None
            else:
                group = _group_of(owner, groups) or window_group
            text = plain_text(obj.text())
        else:
            group = _group_of(owner, groups) or window_group
            text = _shortcut_text(obj, owner)
        entries.append(
            ShortcutEntry(
                group=group,
                text=text,
                keys=tuple(key.toString(PORTABLE) for key in sequences),
                native=tuple(key.toString(NATIVE) for key in sequences),
                owner=owner,
                context=obj.shortcutContext() if isinstance(obj, QAction) else obj.context(),
                source=obj,
            )
        )
    # The window's own keys and its menus first, then each screen in the rail's order.
    screens = [title for title, _widget in groups]
    first_seen = {entry.group: i for i, entry in reversed(list(enumerate(entries)))}

    def rank(entry: ShortcutEntry) -> tuple[int, int]:
        if entry.group == window_group:
            return (0, 0)
        if entry.group in screens:
            return (2, screens.index(entry.group))
        return (1, first_seen[entry.group])

    return sorted(entries, key=rank)


def _window_title() -> str:
    return QCoreApplication.translate("ShortcutSheet", "Everywhere")


def _in_any(owner: QWidget | None, groups: list[tuple[str, QWidget]]) -> bool:
    return _group_of(owner, groups) is not None


def _group_of(owner: QWidget | None, groups: list[tuple[str, QWidget]]) -> str | None:
    if owner is None:
        return None
    for title, screen in groups:
        if owner is screen or screen.isAncestorOf(owner):
            return title
    return None


# ----------------------------------------------------------------------------------- clashes


def _chain(widget: QWidget) -> list[QWidget]:
    chain = []
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain[::-1]


def _exclusive(a: QWidget, b: QWidget) -> bool:
    """Never shown together: they sit on different pages of one stack (screens, tabs)."""
    path_a, path_b = _chain(a), _chain(b)
    common = 0
    while common < min(len(path_a), len(path_b)) and path_a[common] is path_b[common]:
        common += 1
    if common == 0 or common == len(path_a) or common == len(path_b):
        return False
    return isinstance(path_a[common - 1], QStackedWidget)


def _focus_area(entry: ShortcutEntry) -> tuple[str, QWidget | None]:
    if entry.owner is None or entry.context in (
        Qt.ShortcutContext.WindowShortcut,
        Qt.ShortcutContext.ApplicationShortcut,
    ):
        return ("window", None)
    if entry.context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        return ("subtree", entry.owner)
    return ("widget", entry.owner)


def _areas_meet(a: ShortcutEntry, b: ShortcutEntry) -> bool:
    kind_a, widget_a = _focus_area(a)
    kind_b, widget_b = _focus_area(b)
    if kind_a == "window" or kind_b == "window":
        return True
    if kind_a == "widget" and kind_b == "widget":
        return widget_a is widget_b
    if kind_a == "subtree" and kind_b == "subtree":
        return widget_a is widget_b or widget_a.isAncestorOf(widget_b) or widget_b.isAncestorOf(widget_a)
    subtree, single = (widget_a, widget_b) if kind_a == "subtree" else (widget_b, widget_a)
    return subtree is single or subtree.isAncestorOf(single)


def clashes(entries: list[ShortcutEntry]) -> list[tuple[str, ShortcutEntry, ShortcutEntry]]:
    """Pairs of shortcuts with one key that could be live at the same moment: Qt would call the key
    ambiguous and run neither."""
    found = []
    for i, a in enumerate(entries):
        for b in entries[i + 1 :]:
            shared = set(a.keys) & set(b.keys)
            if not shared or a.source is b.source:
                continue
            if a.owner is not None and b.owner is not None and _exclusive(a.owner, b.owner):
                continue
            if _areas_meet(a, b):
                found.extend((key, a, b) for key in sorted(shared))
    return found
