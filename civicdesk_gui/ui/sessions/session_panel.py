"""One session beside the calendar: what, where, who asked; the actions its state allows; the
on-site entry grid once held; the cases raised there with their outcomes; its history."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.masking import NOBODY, PersonalDataPolicy, privacy_of
from civicdesk_gui.domain.sessions import SESSION_EVENT_KINDS
from civicdesk_gui.domain.vocabulary import label
from civicdesk_gui.errors import NotFoundError
from civicdesk_gui.queries.sessions import SessionDetail, session_cases, session_detail, session_history
from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.sessions.session_case_model import CASE_ID_ROLE, SessionCaseModel
from civicdesk_gui.ui.sessions.suggestion_entry_grid import SuggestionEntryGrid
from civicdesk_gui.ui.shell import file_folders, icons
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.ops import show_conflict
from civicdesk_gui.ui.shell.permitted import permitted, refusal_text
from civicdesk_gui.ui.shell.signals import bus


def build_brief(session_id: int, path: Path, privacy: PersonalDataPolicy = NOBODY) -> Path:
    from civicdesk_gui.documents.pre_visit_brief import build_pre_visit_brief
    from civicdesk_gui.queries.session_brief import brief_data

    return build_pre_visit_brief(brief_data(session_id), path, privacy=privacy)


class SessionPanel(QWidget):
    edit_requested = Signal(object)  # SessionDetail
    session_shown = Signal(bool)  # a session is shown (the screen gives the panel room) or not

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: SessionDetail | None = None
        self.summary = QLabel(self.tr("Select a session in the calendar."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit / move"))
        self.held_button = QPushButton(icons.icon("progress"), self.tr("Record as held…"))
        # "Close out" the session (its follow-up is done), never to be read as closing a window.
        self.close_button = QPushButton(self.tr("Close out session…"))
        self.close_button.setToolTip(self.tr("Record that the session's follow-up is finished"))
        self.cancel_button = QPushButton(self.tr("Cancel session…"))
        self.brief_button = QPushButton(icons.icon("pdf"), self.tr("Pre-visit brief"))
        self.edit_button.clicked.connect(lambda: self.detail and self.edit_requested.emit(self.detail))
        self.held_button.clicked.connect(self._record_held)
        self.close_button.clicked.connect(self._close)
        self.cancel_button.clicked.connect(self._cancel)
        self.brief_button.clicked.connect(self._brief)
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.edit_button,
            self.held_button,
            self.close_button,
            self.cancel_button,
            self.brief_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.grid = SuggestionEntryGrid(context)
        self.cases_model = SessionCaseModel(self)
        self.cases = QTableView()
        self.cases.setModel(self.cases_model)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.verticalHeader().hide()
        self.cases.horizontalHeader().setSectionResizeMode(
            SessionCaseModel.SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.cases.doubleClicked.connect(
            lambda index: bus().open_case_requested.emit(index.data(CASE_ID_ROLE))
        )
        self.history = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("On-site suggestions"))
        self.tabs.addTab(self.cases, self.tr("Cases"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.button_row)
        layout.addWidget(self.tabs, 1)
        self.show_session(None)

    def show_session(self, session_id: int | None) -> None:
        try:
            self.detail = session_detail(session_id) if session_id is not None else None
        except NotFoundError:  # removed meanwhile (another desk, an .ics import): show nothing
            self.detail = None
        detail = self.detail
        state = detail.row.state if detail else ""
        self.edit_button.setEnabled(state == "scheduled")
        self.held_button.setEnabled(state == "scheduled")
        self.close_button.setEnabled(state == "held")
        self.cancel_button.setEnabled(state == "scheduled")
        self.brief_button.setEnabled(state in ("scheduled", "held"))
        actor = self.context.actor
        for button, action in (
            (self.edit_button, "session.edit"),
            (self.held_button, "session.record"),
            (self.close_button, "session.record"),
            (self.cancel_button, "session.cancel"),
        ):
            permitted(button, actor, action)  # the role's word comes last: it only disables
        may_enter = refusal_text(actor, "session.suggestions") is None
        self.grid.set_session(detail.row.id if detail else None, enabled=state == "held" and may_enter)
        # Nothing selected: one line of help, no panel of disabled buttons under the calendar.
        self.tabs.setVisible(detail is not None)
        self.button_row.setVisible(detail is not None)
        self.session_shown.emit(detail is not None)
        if detail is None:
            self.summary.setText(
                self.tr("Select a session in the calendar, or double-click a day to schedule one.")
            )
            self.cases_model.set_rows([])
            self.history.clear()
            return
        self.summary.setText(self._summary_html(detail))
        self.cases_model.set_rows(session_cases(detail.row.id))
        self.tabs.setTabText(1, self.tr("Cases ({0})").format(detail.row.case_count))
        self.history.clear()
        for event in session_history(session_id=detail.row.id):
            kind = label(SESSION_EVENT_KINDS, event.kind, style.language())
            self.history.addItem(f"{event.at:%Y-%m-%d %H:%M}  {kind}  {event.actor}  {event.body}".rstrip())

    def _summary_html(self, detail: SessionDetail) -> str:
        row = detail.row
        color = style.UNIT_COLORS.get(row.unit_type, "#757575")
        lines = [
            f"<span style='font-size:13pt; font-weight:bold'>{escape(row.label)}</span> "
            f"<span style='background:{color}; color:white; padding:2px'>&nbsp;"
            f"{escape(style.unit_text(row.unit_type, row.unit_subgroup))}&nbsp;</span> "
            f"<span style='color:#546e7a'>{escape(row.number)} · {escape(style.session_state_text(row.state))}</span>",
            f"{row.starts_at:%Y-%m-%d %H:%M}–{row.ends_at:%H:%M} · {escape(row.town_name)} "
            f"{escape(row.place)} {escape(detail.address)}",
        ]
        if detail.target_group or detail.attending_officials:
            lines.append(
                escape(" · ".join(p for p in (detail.target_group, detail.attending_officials) if p))
            )
        if detail.request is not None:
            r = detail.request
            lines.append(
                self.tr("Requested by {0} {1} via {2}").format(
                    escape(r.requested_by), escape(r.contact), escape(r.via_office)
                )
            )
        if row.attendees is not None:
            lines.append(self.tr("Attendees: {0} · suggestions: {1}").format(row.attendees, row.case_count))
        if detail.minutes:
            lines.append(f"<span style='color:#37474f'>{escape(detail.minutes)}</span>")
        if detail.state_reason:
            lines.append(f"<span style='color:#b71c1c'>{escape(detail.state_reason)}</span>")
        for line in style.conflict_details(row.conflicts):
            lines.append(f"<span style='color:{style.CONFLICT_COLOR}'>⚠ {escape(line)}</span>")
        return "<br>".join(lines)

    def _record_held(self) -> None:
        if self.detail is None:
            return
        attendees, ok = QInputDialog.getInt(
            self, self.tr("Record as held"), self.tr("Number of attendees"), 30, 0, 5000
        )
        if not ok:
            return
        minutes, ok = QInputDialog.getMultiLineText(self, self.tr("Record as held"), self.tr("Minutes"))
        if not ok:
            return
        self._act(ops.record_held, attendees=attendees, minutes=minutes)

    def _close(self) -> None:
        self._act(ops.close_session)

    def _cancel(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel session"), self.tr("Reason for cancelling"))
        if ok:
            self._act(ops.cancel_session, reason=reason)

    def _act(self, op, **kwargs) -> None:
        session_id = self.detail.row.id
        # Refused or stale: what is stored now is shown (the success notice reloads it anyway).
        op(
            parent=self,
            actor=self.context.actor,
            session_id=session_id,
            version=self.detail.row.version,
            **kwargs,
        ).failure(lambda exc: self._refused(exc, session_id)).conflict(
            lambda exc: self._stale(exc, session_id)
        ).run()

    def _refused(self, exc, session_id: int) -> None:
        show_error(self, exc)
        self.show_session(session_id)

    def _stale(self, exc, session_id: int) -> None:
        show_conflict(self, exc)
        self.show_session(session_id)

    def _brief(self) -> None:
        if self.detail is None:
            return
        default = file_folders.suggest(
            "pdf", f"{self.detail.row.number}-사전보고-{dt.date.today():%Y%m%d}.pdf"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save pre-visit brief"), default, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        file_folders.remember("pdf", path)
        session_id = self.detail.row.id
        self.brief_button.setEnabled(False)

        def finished(result: Path) -> None:
            self.brief_button.setEnabled(True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception, tb: str) -> None:
            self.brief_button.setEnabled(True)
            show_error(self, exc, tb)

        run_in_background(
            lambda job: build_brief(session_id, Path(path), privacy_of(self.context.actor)),
            on_done=finished,
            on_error=failed,
        )
