"""The briefing's tiles: a big number over a short label, each a button that lists its cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

TILE_STYLE = """
QPushButton#briefingTile { background: #f5f7f8; border: 1px solid #cfd8dc; border-radius: 6px; text-align: left; }
QPushButton#briefingTile:hover { background: #e3f2fd; border-color: #90caf9; }
QPushButton#briefingTile:focus { border: 2px solid #1565c0; }
QPushButton#briefingTile[alert="true"] { background: #fff5f5; border-color: #ef9a9a; }
"""


class Tile(QPushButton):
    def __init__(self, key: str, label: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("briefingTile")
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(64)
        self.number = QLabel("…")
        self.number.setStyleSheet(
            "font-size: 20pt; font-weight: bold; color: #263238; background: transparent;"
        )
        self.caption = QLabel(label)
        self.caption.setStyleSheet("color: #546e7a; background: transparent;")
        self.caption.setWordWrap(True)
        for label_widget in (self.number, self.caption):
            label_widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(label)
        self.value: int | None = None

    def set_value(self, value: int, *, alert: bool = False) -> None:
        self.value = value
        # Colour is not the only signal: a late count carries a warning sign too.
        self.number.setText(("⚠ " if alert else "") + f"{value:,}")
        colour = "#b71c1c" if alert else "#263238"
        self.number.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: {colour}; background: transparent;"
        )
        self.setProperty("alert", "true" if alert else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleDescription(f"{value:,}")


class TileGrid(QWidget):
    """Tiles in rows of `columns`."""

    def __init__(self, columns: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.tiles: dict[str, Tile] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.setStyleSheet(TILE_STYLE)

    def add(self, tile: Tile) -> Tile:
        index = len(self.tiles)
        self.tiles[tile.key] = tile
        self.grid.addWidget(tile, index // self.columns, index % self.columns)
        return tile
