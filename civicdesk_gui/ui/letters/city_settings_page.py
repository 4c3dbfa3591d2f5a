"""Settings > City: the letterhead of every letter (city, mayor, seal, emblem, signing certificate)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.letters.seal import default_seal_png
from civicdesk_gui.queries.letters import current_city_settings as city_settings
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.widgets.signing_session import forget_passphrase

# Their labels are declared with the settings (domain/settings_catalog.py).
TEXT_FIELDS = [
    "city.name",
    "city.name_en",
    "city.mayor_title",
    "city.mayor_title_en",
    "city.mayor_name",
    "city.address",
    "city.phone",
    "city.homepage",
]


class ImagePicker(QWidget):
    """A PNG held in memory until Save: preview, Choose…, Clear."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.png: bytes | None = None
        self.empty_text = empty_text
        self.preview = QLabel()
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #cfd8dc; background: white;")
        choose = QPushButton(self.tr("Choose PNG…"))
        choose.clicked.connect(self.choose)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self.set_png(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(choose)
        layout.addWidget(clear)
        layout.addStretch(1)

    def set_png(self, png: bytes | None, shown: bytes | None = None) -> None:
        self.png = png
        data = png or shown
        if data:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.preview.setPixmap(pixmap.scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.empty_text)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose image"), "", "PNG (*.png)")
        if name:
            self.set_png(Path(name).read_bytes())


class CitySettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            self.fields[key] = edit
            form.addRow(preferences.label(key), edit)
        self.seal = ImagePicker(self.tr("generated"))
        self.emblem = ImagePicker(self.tr("none"))
        form.addRow(preferences.label("city.seal_png"), self.seal)
        form.addRow(preferences.label("city.emblem_png"), self.emblem)
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(self.tr("none: letters are not cryptographically signed"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_certificate)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(browse)
        form.addRow(preferences.label("letters.certificate_path"), cert_row)
        note = QLabel(
            self.tr(
                "The certificate's passphrase is never stored: it is asked when letters are issued and "
                "kept only until CivicDesk closes."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        form.addRow("", note)
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(preferences.label("letters.default_language"), self.language)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        self.editable = permitted(save, context.actor, "settings.office")  # the administrator's
        self.read_only_note = QLabel(save.toolTip())
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #546e7a;")
        self.read_only_note.setVisible(not self.editable)
        if not self.editable:  # shown as they are; the action refuses a change anyway
            for edit in self.fields.values():
                edit.setReadOnly(True)
            self.certificate.setReadOnly(True)
            for widget in (browse, self.language, self.seal, self.emblem):
                widget.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        city = city_settings()
        values = {
            "city.name": city.name,
            "city.name_en": city.name_en,
            "city.mayor_title": city.mayor_title,
            "city.mayor_title_en": city.mayor_title_en,
            "city.mayor_name": city.mayor_name,
            "city.address": city.address,
            "city.phone": city.phone,
            "city.homepage": city.homepage,
        }
        for key, edit in self.fields.items():
            edit.setText(values[key])
        self.seal.set_png(city.seal_png, shown=default_seal_png(city.mayor_title))
        self.emblem.set_png(city.emblem_png)
        self.certificate.setText(city.certificate_path)
        self.language.setCurrentIndex(max(0, self.language.findData(city.default_language)))

    def _browse_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signing certificate"), "", "PKCS#12 (*.p12 *.pfx)"
        )
        if name:
            self.certificate.setText(name)

    def values(self) -> dict:
        values: dict = {key: edit.text() for key, edit in self.fields.items()}
        values["city.seal_png"] = self.seal.png
        values["city.emblem_png"] = self.emblem.png
        values["letters.certificate_path"] = self.certificate.text()
        values["letters.default_language"] = self.language.currentData()
        return values

    def save(self) -> bool:
        saved = ops.save_city_settings(parent=self, actor=self.context.actor, values=self.values()).run()
        if saved is None:
            return False
        forget_passphrase()  # the certificate may have changed
        self.load()
        QMessageBox.information(self, self.tr("Settings"), self.tr("City settings saved."))
        return True
