"""Register a request for a Mobile Mayor's Office session, as it came through an office."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions.session_unit_fields import subgroup_combo, town_combo, unit_type_combo
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen


class SessionRequestDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("New session request"))
        self.setMinimumWidth(480)
        self.requested_by = QLineEdit()
        self.contact = QLineEdit()
        self.via_office = QLineEdit()
        self.unit_type = unit_type_combo()
        self.subgroup = subgroup_combo(self.unit_type)
        self.unit_name = QLineEdit()
        self.town = town_combo()
        self.preferred_dates = QLineEdit()
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 2000)
        self.attendance.setSpecialValueText(self.tr("unknown"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.notes.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Requested by"), self.requested_by)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Through office"), self.via_office)
        form.addRow(self.tr("Unit type"), self.unit_type)
        form.addRow(self.tr("Sub-group"), self.subgroup)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Preferred dates"), self.preferred_dates)
        form.addRow(self.tr("Expected attendance"), self.attendance)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def save(self) -> None:
        change = ops.request_session(
            parent=self,
            requested_by=self.requested_by.text(),
            contact=self.contact.text(),
            via_office=self.via_office.text(),
            unit_type=self.unit_type.currentData(),
            unit_subgroup=self.subgroup.currentData() or "",  # cleared unless a professional group
            unit_name=self.unit_name.text(),
            town_id=self.town.currentData(),
            preferred_dates=self.preferred_dates.text(),
            expected_attendance=self.attendance.value() or None,
            notes=self.notes.toPlainText(),
            actor=self.context.actor,
        ).run()
        if change is None:
            return
        self.request_id = change.request_id
        self.accept()
