"""Schedule a session (on a day, or from a request) or edit a scheduled one. Conflicts with the
mayor's diary show while typing; saving a conflicting slot asks for an explicit confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.session_conflicts import check_slot
from civicdesk_gui.queries.sessions import RequestRow, SessionDetail
from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.sessions.session_unit_fields import subgroup_combo, town_combo, unit_type_combo
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen


def ask_to_confirm_conflicts(parent: QWidget, conflicts) -> bool:
    """The explicit confirmation DOMAIN.md §4 asks for before a clashing session is saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SessionEditorDialog", "Schedule conflict"))
    box.setText(
        QCoreApplication.translate("SessionEditorDialog", "This session clashes with the mayor's diary:")
        + "\n\n• "
        + "\n• ".join(style.conflict_details(conflicts))
    )
    box.setInformativeText(QCoreApplication.translate("SessionEditorDialog", "Save it anyway?"))
    save = box.addButton(
        QCoreApplication.translate("SessionEditorDialog", "Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save


def travel_buffer() -> int:
    return int(preferences.get("sessions/travel_buffer_minutes"))


class SessionEditorDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        start: dt.datetime | None = None,
        request: RequestRow | None = None,
        detail: SessionDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request = request
        self.detail = detail
        self.saved_session_id: int | None = None
        self.setWindowTitle(self.tr("Edit session") if detail else self.tr("Schedule a session"))
        self.setMinimumWidth(520)
        start = start or (
            detail.row.starts_at if detail else dt.datetime.combine(dt.date.today(), dt.time(14))
        )
        length = (detail.row.ends_at - detail.row.starts_at) if detail else dt.timedelta(hours=2)
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setCalendarPopup(True)
        # The weekday follows the interface language, not the machine's locale.
        self.date.setDisplayFormat(self.tr("yyyy-MM-dd (ddd)"))
        self.date.setLocale(QLocale(self.tr("en_US", "locale of weekday names")))
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        end = start + length
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.town = town_combo()
        self.unit_type = unit_type_combo()
        self.subgroup = subgroup_combo(self.unit_type)
        self.unit_name = QLineEdit()
        self.place = QLineEdit()
        self.address = QLineEdit()
        self.target_group = QLineEdit()
        self.officials = QLineEdit()
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setStyleSheet(f"color: {style.CONFLICT_COLOR};")
        self._prefill()

        times = QHBoxLayout()
        times.addWidget(self.date)
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        form = QFormLayout()
        form.addRow(self.tr("Date and time"), times)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Unit type"), self.unit_type)
        form.addRow(self.tr("Sub-group"), self.subgroup)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Target group"), self.target_group)
        form.addRow(self.tr("Officials attending"), self.officials)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if request is not None:
            note = QLabel(
                self.tr("From the request of {0} ({1})").format(request.requested_by, request.preferred_dates)
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(buttons)
        for widget in (self.date, self.start, self.end):
            widget.editingFinished.connect(self.refresh_conflicts)
        self.town.currentIndexChanged.connect(self.refresh_conflicts)
        self.refresh_conflicts()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def _prefill(self) -> None:
        source = self.detail.row if self.detail else self.request
        if source is None:
            return
        self.town.setCurrentIndex(max(0, self.town.findData(source.town_id)))
        self.unit_type.setCurrentIndex(max(0, self.unit_type.findData(source.unit_type)))
        self.subgroup.setCurrentIndex(max(0, self.subgroup.findData(source.unit_subgroup)))
        self.unit_name.setText(source.unit_name)
        if self.detail:
            self.place.setText(self.detail.row.place)
            self.address.setText(self.detail.address)
            self.target_group.setText(self.detail.target_group)
            self.officials.setText(self.detail.attending_officials)

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        """Start and end; an end at or before the start means the session runs past midnight."""
        day = self.date.date().toPython()
        starts_at = dt.datetime.combine(day, self.start.time().toPython().replace(second=0))
        ends_at = dt.datetime.combine(day, self.end.time().toPython().replace(second=0))
        if ends_at <= starts_at:
            ends_at += dt.timedelta(days=1)
        return starts_at, ends_at

    def refresh_conflicts(self) -> list:
        starts_at, ends_at = self.times()
        try:
            conflicts = check_slot(
                starts_at=starts_at,
                ends_at=ends_at,
                town_id=self.town.currentData(),
                travel_buffer_minutes=travel_buffer(),
                session_id=self.detail.row.id if self.detail else None,
            )
        except CivicDeskError as exc:
            self.conflicts_label.setText(describe(exc))
            return []
        lines = style.conflict_details(conflicts)
        if ends_at.date() != starts_at.date():
            lines.insert(0, self.tr("Ends the next day at {0:%H:%M}").format(ends_at))
        self.conflicts_label.setText("\n".join(("⚠ " + line) for line in lines))
        return conflicts

    def save(self, *, confirmed: bool = False) -> None:
        starts_at, ends_at = self.times()
        details = {
            "unit_type": self.unit_type.currentData(),
            "unit_subgroup": self.subgroup.currentData() or "",
            "unit_name": self.unit_name.text(),
            "place": self.place.text(),
            "address": self.address.text(),
            "target_group": self.target_group.text(),
            "attending_officials": self.officials.text(),
        }
        common = dict(
            starts_at=starts_at,
            ends_at=ends_at,
            town_id=self.town.currentData(),
            travel_buffer_minutes=travel_buffer(),
            confirm_conflicts=confirmed,
            **details,
        )
        if self.detail is None:
            op = ops.schedule_session(
                parent=self,
                actor=self.context.actor,
                request_id=self.request.id if self.request else None,
                request_expected_version=self.request.version if self.request else None,
                **common,
            )
        else:
            op = ops.reschedule_session(
                parent=self,
                actor=self.context.actor,
                session_id=self.detail.row.id,
                version=self.detail.row.version,
                keep_town=False,
                **common,
            )
        change = op.failure(self._refused).run()
        if change is None:
            return
        self.saved_session_id = change.session_id
        self.accept()

    def _refused(self, exc) -> None:
        if isinstance(exc, ops.SessionConflictError):
            if ask_to_confirm_conflicts(self, exc.conflicts):
                self.save(confirmed=True)
            return
        show_error(self, exc)
