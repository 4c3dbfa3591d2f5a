"""Help > Keyboard shortcuts: every key of the window, grouped by screen and menu, searchable.

Built from the live actions each time it opens (shortcut_catalog.py), so a screen added later
(or a key changed) shows here without anyone editing a list."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.ui.help.shortcut_catalog import ShortcutEntry
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen


class ShortcutSheet(QDialog):
    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = entries
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by what it does or by key (e.g. reply, Ctrl+R)"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self._fill()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._show_count()
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 60, metrics.height() * 32)
        self.search.setFocus()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def _fill(self) -> None:
        # One line per command: Return and Enter (or one key on several tables) are one entry.
        lines: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for entry in self.entries:
            native, portable = lines.setdefault((entry.group, entry.text), ([], []))
            # The first binding is the command's key; a standard key's others are media keys.
            if entry.native[0] not in native:
                native.append(entry.native[0])
                portable.append(entry.keys[0])
        groups: dict[str, QStandardItem] = {}
        for (group_name, text), (native, portable) in lines.items():
            group = groups.get(group_name)
            if group is None:
                group = QStandardItem(group_name)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                groups[group_name] = group
                self.model.appendRow([group, QStandardItem()])
            keys = QStandardItem(", ".join(native))
            keys.setData(" ".join(portable), Qt.ItemDataRole.ToolTipRole)
            group.appendRow([QStandardItem(text), keys])

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()
        self._show_count()

    def visible_lines(self) -> list[tuple[str, str, str]]:
        """(group, what it does, keys) of every line shown now."""
        lines = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                lines.append(
                    (
                        group.data(),
                        self.proxy.index(child, 0, group).data(),
                        self.proxy.index(child, 1, group).data(),
                    )
                )
        return lines

    def _show_count(self) -> None:
        self.count.setText(self.tr("{0} shortcuts").format(len(self.visible_lines())))
