"""Register the bundled Korean fonts with Qt, so the UI never depends on what the machine has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from civicdesk_gui.paths import fonts_dir

UI_FAMILY = "NanumGothic"
UI_POINT_SIZE = 10


def register_bundled_fonts() -> list[str]:
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_ui_font(app: QApplication) -> None:
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
