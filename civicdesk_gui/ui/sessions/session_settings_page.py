"""Settings → Sessions: the travel time kept free between two Mobile Mayor's Office sessions.

The buffer is a preference of this desk (ui/preferences), not an office setting: it only decides
which sessions the calendar and the editor flag as too close for the mayor to travel between.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions.ops import TRAVEL_BUFFER_KEY
from civicdesk_gui.ui.shell import preferences

# Four hours is more than any drive between two towns of one city; 0 turns the check into overlaps only.
MAX_TRAVEL_BUFFER_MINUTES = 240


class SessionSettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.travel_buffer = QSpinBox()
        self.travel_buffer.setRange(0, MAX_TRAVEL_BUFFER_MINUTES)
        self.travel_buffer.setSingleStep(5)
        self.travel_buffer.setSuffix(self.tr(" min"))
        self.travel_buffer.setAccessibleName(self.tr("Travel time between sessions"))
        form = QFormLayout()
        field_row = QHBoxLayout()  # the spin box keeps its size; the row's rest stays empty
        field_row.addWidget(self.travel_buffer)
        field_row.addStretch(1)
        form.addRow(preferences.label(TRAVEL_BUFFER_KEY), field_row)
        note = QLabel(
            self.tr(
                "Sessions that start less than this long after another one ends are marked as a "
                "conflict in the calendar and when a session is scheduled. 0 checks overlaps only. "
                "This setting belongs to this desk."
            )
        )
        note.setWordWrap(True)
        note.setMaximumWidth(640)
        note.setStyleSheet("color: #546e7a;")
        form.addRow("", note)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")
        self.travel_buffer.valueChanged.connect(lambda _value: self.status.clear())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        self.travel_buffer.setValue(int(preferences.get(TRAVEL_BUFFER_KEY)))
        self.status.clear()

    def save(self) -> None:
        minutes = self.travel_buffer.value()
        if ops.save_travel_buffer(parent=self, minutes=minutes).run() is not None:
            # No confirmation dialog: the text below the button says it is saved (no dialog stacks).
            self.status.setText(self.tr("Saved: {0} minutes between sessions.").format(minutes))
