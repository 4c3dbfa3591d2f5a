"""Settings › Sign-off (결재): whether letters, notices and result replies need an approved draft before
they go out, who approves each by the office's 전결 rules, and the city hall's fax for the closing
block. Saved through the office-settings action (actions/letters.save_city_settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.signoff import LEVELS
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term

LEVEL_KEYS = ("signoff.level.mayor_letter", "signoff.level.notice", "signoff.level.result_reply")
KEYS = ("city.fax", "signoff.required", *LEVEL_KEYS)


class SignoffSettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.required = QCheckBox(preferences.label("signoff.required"))
        explain = QLabel(
            self.tr(
                "When this is on, mayor-signed letters, statutory notices and result replies need an "
                "approved draft (drafter → reviewer → approver) before they are issued or sent; without "
                "one CivicDesk refuses to issue them."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #546e7a;")
        self.levels: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.required)
        form.addRow(explain)
        for key in LEVEL_KEYS:
            combo = QComboBox()
            for code in LEVELS:
                combo.addItem(term(LEVELS, code), code)
            self.levels[key] = combo
            form.addRow(preferences.label(key), combo)
        self.fax = QLineEdit()
        self.fax.setMaxLength(40)
        self.fax.setPlaceholderText(self.tr("e.g. 031-940-4119"))
        fax_note = QLabel(
            self.tr(
                "The closing block of a letter prints the fax of the official in charge, or this one when "
                "the official has none. Each official keeps their own phone, fax and e-mail under "
                "Account › My contact details."
            )
        )
        fax_note.setWordWrap(True)
        fax_note.setStyleSheet("color: #546e7a;")
        fax_box = QVBoxLayout()  # the note right under its field (a row of its own left a gap)
        fax_box.setContentsMargins(0, 0, 0, 0)
        fax_box.addWidget(self.fax)
        fax_box.addWidget(fax_note)
        form.addRow(preferences.label("city.fax"), fax_box)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.editable = permitted(self.save_button, context.actor, "settings.office")
        self.read_only_note = QLabel(self.save_button.toolTip())
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #546e7a;")
        self.read_only_note.setVisible(not self.editable)
        if not self.editable:
            for widget in (self.required, *self.levels.values()):
                widget.setEnabled(False)
            self.fax.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        bus().changed.connect(self._changed)
        self.load()

    def load(self) -> None:
        self.required.setChecked(bool(preferences.get("signoff.required")))
        for key, combo in self.levels.items():
            combo.setCurrentIndex(max(0, combo.findData(preferences.get(key))))
        self.fax.setText(preferences.get("city.fax"))

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches_settings(*KEYS):
            self.load()

    def values(self) -> dict:
        return {
            "signoff.required": self.required.isChecked(),
            **{key: combo.currentData() for key, combo in self.levels.items()},
            "city.fax": self.fax.text(),
        }

    def save(self) -> bool:
        saved = ops.save_city_settings(parent=self, actor=self.context.actor, values=self.values()).run()
        if saved is None:
            return False
        self.load()
        QMessageBox.information(self, self.tr("Settings"), self.tr("Sign-off settings saved."))
        return True
