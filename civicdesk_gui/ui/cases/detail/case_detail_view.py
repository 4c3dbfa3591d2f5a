"""The case detail pane: everything about one case, its history, and every action on it.

Writes go through the cases ops with the version on screen; a stale save opens the conflict dialog
and keeps what the user typed. The pane reloads only when a change notice touches its case (its own
writes included: one read per write). Typed text is never dropped silently: switching case
or closing asks first (`confirm_close`)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import permissions, workflow
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS
from civicdesk_gui.errors import ConflictError, NotFoundError, ValidationError
from civicdesk_gui.queries.case_detail import CaseDetail, events_since, load_case_detail
from civicdesk_gui.store.models import now
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.detail.case_action_dialogs import ClassifyDialog, ConflictDialog
from civicdesk_gui.ui.cases.detail.case_action_forms import ActionForm, all_forms
from civicdesk_gui.ui.cases.detail.case_detail_sections import ClocksSection, HandlingSection, ResidentSection
from civicdesk_gui.ui.cases.detail.case_notice_answers import AgencyAnswerDialog, SupplementReceivedDialog
from civicdesk_gui.ui.cases.detail.case_notice_dialogs import NoticeDialog
from civicdesk_gui.ui.cases.detail.case_survey import SurveyForm, SurveySection
from civicdesk_gui.ui.cases.detail.case_timeline_view import CaseTimelineView
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import user_message
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import state_label
from civicdesk_gui.ui.widgets.issued_pdf_dialog import IssuedPdfDialog

# Actions shown as buttons; all of them (and these) are also in the Actions menu.
# Reply and classify first: when the pane is narrow, the toolbar folds its last buttons into ».
BUTTON_ACTIONS = ("reply", "classify", "note", "route", "assign", "progress")
MENU_ACTIONS = (
    "route",
    "assign",
    "note",
    "progress",
    "reply",
    "classify",
    "reopen",
    "next_review",
    "petition_kind",
    "duplicate",
    "letter",
    "withdraw",
    "survey",
)
# Each action and the permission it needs (domain/permissions.py decides; nothing is ruled here).
PERMISSIONS = {
    "route": "case.route",
    "assign": "case.assign",
    "note": "case.note",
    "progress": "case.progress",
    "reply": "case.reply",
    "classify": "case.classify",
    "reopen": "case.reopen",
    "next_review": "case.next_review",
    "petition_kind": "case.categorise",
    "duplicate": "case.duplicate",
    "letter": "letter.issue",
    "withdraw": "case.withdraw",
    "survey": "case.survey",
    # Statutory notices go out as letters through the office; the department records what comes back
    # (the same permissions as actions/notices.py asks).
    "notice_interim": "letter.issue",
    "notice_extension": "letter.issue",
    "notice_transfer": "letter.issue",
    "notice_supplement": "letter.issue",
    "supplement_received": "case.progress",
    "agency_answer": "case.refer",
}
# The Notice menu (통지문): the four notices, then what comes back from the resident or the agency.
NOTICE_ACTIONS = ("notice_interim", "notice_extension", "notice_transfer", "notice_supplement")
RETURN_ACTIONS = ("supplement_received", "agency_answer")
NOTICE_SHORTCUT = "Ctrl+Shift+N"  # opens the Notice menu


# Keyboard shortcuts of the case's actions (shown in the Actions menu and the buttons' tooltips); they
# work wherever focus is on the Cases screen while a case is shown.
SHORTCUTS = {
    "reply": "Ctrl+R",
    "classify": "Ctrl+K",
    "note": "Ctrl+M",
    "route": "Ctrl+D",
    "assign": "Ctrl+Shift+A",
    "progress": "Ctrl+U",
    "letter": "Ctrl+L",
}


class CaseDetailView(QWidget):
    back_requested = Signal()  # Esc / Back: return to the list
    showing_case = Signal(bool)  # a case is shown (True) or the pane has nothing to show (False)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.classify_dialog: ClassifyDialog | None = None
        self.pdf_dialog: IssuedPdfDialog | None = None
        self.notice_dialog: NoticeDialog | SupplementReceivedDialog | AgencyAnswerDialog | None = None
        self.forms: dict[str, ActionForm] = {form.kind: form for form in [*all_forms(), SurveyForm()]}
        self.actions: dict[str, QAction] = {}
        self._build()
        bus().changed.connect(self._on_changed)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(self.tr("Close the open form, then back to the list"))
        shortcut.activated.connect(self._escape)
        self._show_empty(self.tr("Select a case to see it here."))

    # ------------------------------------------------------------------------------ building

    def _action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "route": ("route", self.tr("Route…")),
            "assign": ("assign", self.tr("Assign official…")),
            "note": ("note", self.tr("Note")),
            "progress": ("progress", self.tr("Progress update")),
            "reply": ("reply", self.tr("Reply")),
            "classify": ("classify", self.tr("Classify…")),
            "reopen": ("reopen", self.tr("Reopen…")),
            "next_review": ("review_date", self.tr("Next review date…")),
            "petition_kind": ("classify", self.tr("Kind of petition…")),
            "duplicate": ("duplicate", self.tr("Mark as duplicate…")),
            "letter": ("letter", self.tr("Draft letter…")),
            "withdraw": ("withdraw", self.tr("Withdraw (entered by mistake)…")),
            "survey": ("survey", self.tr("Record satisfaction survey…")),
            "notice_interim": ("notice", self.tr("Interim notice…")),
            "notice_extension": ("notice", self.tr("Extension of the period…")),
            "notice_transfer": ("refer", self.tr("Transfer notice…")),
            "notice_supplement": ("pause", self.tr("Request a supplement…")),
            "supplement_received": ("progress", self.tr("Supplement received…")),
            "agency_answer": ("answer", self.tr("Record the agency's answer…")),
        }

    def _build(self) -> None:
        for key, (icon_name, text) in self._action_texts().items():
            action = QAction(icons.icon(icon_name), text, self)
            action.triggered.connect(lambda _=False, k=key: self.start_action(k))
            if key in SHORTCUTS:
                sequence = QKeySequence(SHORTCUTS[key])
                action.setShortcut(sequence)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the pane is shown
                action.setToolTip(
                    f"{text.rstrip('…')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
                )
                self.addAction(action)
            self.actions[key] = action

        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setStyleSheet(
            "background: #e3f2fd; color: #0d47a1; border-radius: 4px; padding: 2px 8px;"
        )
        back = QToolButton()
        back.setIcon(icons.icon("back"))
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.clicked.connect(self.back_requested)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.number_label)
        header.addWidget(self.state_label)
        header.addStretch(1)

        # A QToolBar folds the buttons that do not fit into its » menu, so the pane stays usable
        # when the splitter makes it narrow.
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        for key in BUTTON_ACTIONS:
            toolbar.addAction(self.actions[key])
            # A toolbar's buttons take no focus by default: here they are the pane's main controls,
            # reached by Tab like any button.
            toolbar.widgetForAction(self.actions[key]).setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toolbar = toolbar
        menu = QMenu(self)
        for key in MENU_ACTIONS:
            menu.addAction(self.actions[key])
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Actions"))
        self.more_button.setMenu(menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # 통지문: the statutory notices and what comes back (also under Actions).
        notice_menu = QMenu(self.tr("Notice"), self)
        notice_menu.setIcon(icons.icon("notice"))
        for key in NOTICE_ACTIONS:
            notice_menu.addAction(self.actions[key])
        notice_menu.addSeparator()
        for key in RETURN_ACTIONS:
            notice_menu.addAction(self.actions[key])
        menu.addSeparator()
        menu.addMenu(notice_menu)
        self.notice_menu = notice_menu
        # The Notice menu is the toolbar's last button: in a narrow pane it folds into » with the rest.
        self.notice_action = notice_menu.menuAction()
        self.notice_action.setToolTip(
            self.tr("Statutory notices: interim, extension, transfer, supplement request")
            + f" ({QKeySequence(NOTICE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        toolbar.addAction(self.notice_action)
        self.notice_button = toolbar.widgetForAction(self.notice_action)
        self.notice_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.notice_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        notice_keys = QShortcut(QKeySequence(NOTICE_SHORTCUT), self)
        notice_keys.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the pane is shown
        notice_keys.activated.connect(self.show_notice_menu)
        header.addWidget(self.more_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("caseMessage")
        self.message.hide()

        self.panel = self._build_panel()
        self.resident = ResidentSection()
        self.resident.reveal_requested.connect(self.reveal_personal_data)
        self.clocks = ClocksSection()
        self.handling = HandlingSection()
        self.handling.case_link_activated.connect(bus().open_case_requested)
        self.survey = SurveySection()
        self.timeline = CaseTimelineView()
        self.timeline.setMinimumHeight(280)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.resident)
        body_layout.addWidget(self.clocks)
        body_layout.addWidget(self.handling)
        body_layout.addWidget(self.survey)
        body_layout.addWidget(QLabel(self.tr("History (newest first)")))
        body_layout.addWidget(self.timeline, 1)
        # The sections wrap their long values to the pane's width, so the pane never scrolls sideways.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll, self.body = scroll, body

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 8)
        content_layout.addLayout(header)
        content_layout.addWidget(toolbar)
        content_layout.addWidget(self.message)
        content_layout.addWidget(self.panel)
        content_layout.addWidget(scroll, 1)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #607d8b;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("actionPanel")
        panel.setStyleSheet("QFrame#actionPanel { background: #f5f7f9; border: 1px solid #cfd8dc; }")
        self.panel_title = QLabel()
        self.panel_title.setStyleSheet("font-weight: bold;")
        self.panel_stack = QStackedWidget()
        for form in self.forms.values():
            self.panel_stack.addWidget(form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_current_form)
        close = QPushButton(self.tr("Close (keeps the text)"))
        close.clicked.connect(self.close_panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.panel_title)
        layout.addWidget(self.panel_stack)
        layout.addLayout(buttons)
        panel.hide()
        return panel

    # ------------------------------------------------------------------------------ showing

    def show_case(self, case_id: int | None) -> bool:
        """Show `case_id`; False when the user chose to keep editing unsaved text of the current case."""
        if case_id == self.case_id:
            self.reload()
            return True
        if self.has_unsaved_text() and not self._ask_discard():
            return False
        self._clear_forms()
        self.close_panel()
        self.message.hide()
        self.case_id = case_id
        self.resident.revealed = None  # another resident: masked again
        self.reload()
        return True

    def reveal_personal_data(self) -> None:
        """ "Show personal data": the clear values come from the audited action, never from the pane's
        own query, so nobody sees them without the audit log saying so."""
        if self.detail is None or not self.resident.reveal_button.isEnabled():
            return  # the role may not (the button says why; the action would refuse anyway)
        case_id = self.detail.id

        def shown(revealed) -> None:
            if self.case_id == case_id and self.detail is not None:
                self.resident.revealed = revealed.personal
                self.resident.show_detail(self.detail)

        ops.reveal_personal_data(parent=self, actor=self.context.actor, case_id=case_id).success(shown).run()

    def reload(self) -> None:
        """Read the case again; whatever the user is typing stays where it is."""
        if self.case_id is None:
            self.detail = None
            self._show_empty(self.tr("Select a case to see it here."))
            return
        try:
            self.detail = load_case_detail(self.case_id)
        except NotFoundError:
            self.detail = None
            self._show_empty(self.tr("This case no longer exists."))
            return
        self._render(self.detail)

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.pages.setCurrentIndex(0)
        for action in self.actions.values():
            action.setEnabled(False)
        self.showing_case.emit(False)

    def _render(self, detail: CaseDetail) -> None:
        current = now()
        self.number_label.setText(self.tr("Case {0}").format(detail.number))
        self.state_label.setText(state_label(detail.state))
        self.resident.show_detail(detail)
        self.clocks.show_detail(detail, current)
        self.handling.show_detail(detail)
        self.survey.show_detail(detail)
        self.timeline.set_entries(detail.timeline)
        for form in self.forms.values():
            form.load(detail)
        self._enable_actions(detail)
        actor = self.context.actor
        refused = permissions.refusal(
            actor.role,
            "case.view_personal",
            actor_department_id=actor.department_id,
            case_department_id=detail.department_id,
            on_case=True,
        )
        self.resident.reveal_button.setEnabled(refused is None)
        self.resident.reveal_button.setToolTip(
            describe(refused)
            if refused is not None
            else self.tr("Shows the resident's data; the audit log records it")
        )
        self.pages.setCurrentIndex(1)
        self.showing_case.emit(True)

    def _enable_actions(self, detail: CaseDetail) -> None:
        targets = workflow.allowed_targets(detail.state)
        management = detail.classification in workflow.MANAGEMENT_LIST_OUTCOMES
        enabled = {
            "route": "routed" in targets,
            "assign": detail.department_id is not None and not workflow.is_closed(detail.classification),
            "note": True,
            "progress": True,
            "reply": True,
            "classify": any(code in targets for code in CLASSIFICATIONS),
            "reopen": detail.status == "classified" and "in_review" in targets,
            "next_review": management,
            "petition_kind": detail.status != workflow.WITHDRAWN,
            "duplicate": detail.duplicate_of is None,
            "letter": management,
            "withdraw": workflow.WITHDRAWN in targets,
            "survey": detail.survey is None,  # one survey per case
            **self._notice_states(detail),
        }
        actor = self.context.actor
        for key, action in self.actions.items():
            refused = permissions.refusal(
                actor.role,
                PERMISSIONS[key],
                actor_department_id=actor.department_id,
                case_department_id=detail.department_id,
                on_case=True,
            )
            action.setEnabled(enabled[key] and refused is None)
            # Disabled by the role: the tooltip says why, in the permission table's words.
            action.setToolTip(describe(refused) if refused is not None else self._plain_tooltip(action))

    @staticmethod
    def _notice_states(detail: CaseDetail) -> dict[str, bool]:
        """Which notices make sense now (the dialogs and the action check again, with reasons)."""
        open_case = detail.status != workflow.WITHDRAWN and not workflow.is_closed(detail.classification)
        routed = open_case and detail.department_id is not None
        referred = detail.classification == "referred"
        return {
            "notice_interim": routed,
            "notice_extension": routed and detail.statutory.due_at is not None and detail.result_at is None,
            "notice_transfer": routed and referred and detail.agency_id is not None,
            "notice_supplement": routed and detail.paused_at is None,
            "supplement_received": detail.paused_at is not None,
            "agency_answer": referred and detail.agency_answered_at is None,
        }

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.case_id is not None and changes.touches_case_history([self.case_id]):
            self.reload()

    # ------------------------------------------------------------------------------ actions

    @staticmethod
    def _plain_tooltip(action: QAction) -> str:
        """The action's name with its shortcut: "Reply (Ctrl+R)"."""
        text = action.text().rstrip("…")
        if action.shortcut().isEmpty():
            return text
        return f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"

    def start_action(self, key: str) -> None:
        if self.detail is None:
            return
        self.message.hide()
        if key == "classify":
            self.open_classify_dialog()
        elif key == "letter":
            # The letters feature owns the letter dialog; it hears this request (features never import each other).
            bus().letter_requested.emit(self.detail.id)
        elif key in NOTICE_ACTIONS or key in RETURN_ACTIONS:
            self.open_notice_dialog(key)
        else:
            self.open_form(key)

    def open_form(self, key: str) -> ActionForm:
        form = self.forms[key]
        self.panel_stack.setCurrentWidget(form)
        self.panel_title.setText(form.title())
        self.panel.show()
        focus = getattr(form, "editor", None) or form
        focus.setFocus()
        return form

    def close_panel(self) -> None:
        self.panel.hide()

    def current_form(self) -> ActionForm | None:
        return self.panel_stack.currentWidget() if self.panel.isVisible() else None

    def save_current_form(self) -> None:
        form = self.current_form()
        if form is not None and self.perform(form):
            self.close_panel()

    def open_classify_dialog(self) -> ClassifyDialog:
        dialog = ClassifyDialog(self.detail, self)
        dialog.accepted.connect(lambda: self.perform(dialog))
        self.classify_dialog = dialog
        dialog.open()
        return dialog

    def show_notice_menu(self) -> None:
        """Ctrl+Shift+N: the Notice menu at its button, or under the toolbar when it is folded into »."""
        if self.detail is None or not self.isVisible():
            return
        anchor = self.notice_button if self.notice_button.isVisible() else self.toolbar
        self.notice_menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))

    def open_notice_dialog(self, key: str):
        """The dialog of one notice (or of what came back); on success the register number goes to the
        status bar and the issued PDF opens, to print or save."""
        assert self.detail is not None
        actor = self.context.actor
        if key == "supplement_received":
            dialog = SupplementReceivedDialog(self.detail, actor, self)
        elif key == "agency_answer":
            dialog = AgencyAnswerDialog(self.detail, actor, self)
        else:
            dialog = NoticeDialog(self.detail, key.removeprefix("notice_"), actor, parent=self)
        dialog.written.connect(lambda result: self._notice_done(dialog, result))
        self.notice_dialog = dialog
        dialog.open()
        return dialog

    def _notice_done(self, dialog, result) -> None:
        pdf = getattr(result, "pdf", None)
        if pdf is None:  # drafted for sign-off, or a supplement / answer recorded
            if getattr(result, "approval_id", None) is not None:
                self._show_message(self.tr("Drafted for sign-off: it is issued once approved"))
            else:
                self._show_message(self.tr("Saved: {0}").format(dialog.windowTitle()))
            return
        number = self.detail.number if self.detail else ""
        self._show_message(self.tr("Notice issued: register number {0}").format(result.register_number))
        pdf_dialog = IssuedPdfDialog(
            title=dialog.windowTitle(),
            headline=self.tr("Issued with register number {0}. Print it or save it for mailing.").format(
                result.register_number
            ),
            pdf=pdf,
            file_name=f"{number}_{result.register_number}.pdf",
            parent=self,
        )
        self.pdf_dialog = pdf_dialog
        pdf_dialog.open()

    def perform(self, performer) -> bool:
        """Run one form's action on the version on screen. True when it was saved."""
        if self.detail is None:
            return False
        try:
            op = performer.op(detail=self.detail, actor=self.context.actor, parent=self)
        except ValidationError as exc:  # the form is incomplete (no official chosen …)
            self._show_message(user_message(exc), error=True)
            return False
        saved: list[bool] = []
        (
            op.success(lambda _change: saved.append(True))
            .failure(lambda exc: self._show_message(user_message(exc), error=True))
            .conflict(lambda exc: self._open_conflict(performer, exc))
            .run()
        )
        if not saved:
            return False
        performer.clear()
        self._show_message(self.tr("Saved: {0}").format(performer.title()))
        return True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        prefix = "⚠ " if error else "✓ "
        color = "#b71c1c" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color};")
        self.message.setText(prefix + text)
        self.message.show()

    def _open_conflict(self, performer, error: ConflictError) -> None:
        assert self.detail is not None
        changes = events_since(self.detail.id, self.detail.last_event_id)
        dialog = ConflictDialog(
            number=self.detail.number,
            error=error,
            changes=changes,
            pending=performer.pending_summary(),
            parent=self,
        )
        dialog.finished.connect(lambda _result: self._conflict_resolved(performer, dialog.choice))
        self.conflict_dialog = dialog
        dialog.open()

    def _conflict_resolved(self, performer, choice: int) -> None:
        self.reload()  # the other person's change is on screen either way
        if choice == ConflictDialog.REAPPLY:
            if self.perform(performer) and isinstance(performer, ActionForm):
                self.close_panel()
        elif choice == ConflictDialog.DISCARD:
            performer.clear()
            if isinstance(performer, ActionForm):
                self.close_panel()

    # ------------------------------------------------------------------------------ unsaved text

    def _performers(self) -> list:
        dialogs = [self.classify_dialog] if self.classify_dialog and self.classify_dialog.isVisible() else []
        if self.notice_dialog is not None and self.notice_dialog.isVisible():
            dialogs.append(self.notice_dialog)
        return [*self.forms.values(), *dialogs]

    def has_unsaved_text(self) -> bool:
        return any(p.has_unsaved_text() for p in self._performers())

    def _clear_forms(self) -> None:
        for performer in self._performers():
            performer.clear()

    def _ask_discard(self) -> bool:
        """Ask before dropping typed text; True when the user chose to discard it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved text"))
        number = self.detail.number if self.detail else ""
        box.setText(self.tr("You typed text for case {0} that is not saved yet.").format(number))
        box.setInformativeText(self.tr("Discard it, or go back and save it?"))
        discard = box.addButton(self.tr("Discard text"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is discard:
            self._clear_forms()
            return True
        return False

    def confirm_close(self) -> bool:
        """False when the user chose to keep editing unsaved text."""
        return not self.has_unsaved_text() or self._ask_discard()

    def _escape(self) -> None:
        if self.panel.isVisible():
            self.close_panel()
        else:
            self.back_requested.emit()
