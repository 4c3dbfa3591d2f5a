"""The main window: a navigation rail, the screens, a status bar. It assembles; it does no work."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from civicdesk_gui.domain import permissions
from civicdesk_gui.ui.screens import ScreenSpec, screen_specs
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.background import tracker
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.focus import focus_screen
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term

RAIL_STYLE = """
QListWidget#navigationRail { background: #eceff1; border: none; border-right: 1px solid #cfd8dc; }
QListWidget#navigationRail::item { padding: 10px 6px; color: #263238; }
QListWidget#navigationRail::item:selected { background: #cfe0f5; color: #0d47a1; border-left: 3px solid #1565c0; }
"""


class LazyScreens(Mapping):
    """The rail's screens by key, each built by its factory on first access; until then a blank
    placeholder holds its place in the stack."""

    def __init__(self, context: AppContext, stack: QStackedWidget) -> None:
        self._context = context
        self._stack = stack
        self._specs: dict[str, ScreenSpec] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, spec: ScreenSpec) -> None:
        self._specs[spec.key] = spec
        self._stack.addWidget(QWidget())

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> list[QWidget]:
        return list(self._built.values())

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            spec = self._specs[key]  # KeyError for an unknown screen, as a dict
            index = list(self._specs).index(key)
            current = self._stack.currentIndex()
            widget = spec.factory(self._context)
            self._built[key] = widget
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class MainWindow(QMainWindow):
    database_replaced = Signal()  # a backup was restored: the database must be opened again

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("CivicDesk — {0}").format(context.database.display_name))
        # Small enough for a 1366x768 laptop at 150 % scaling (911x512 logical pixels, less the frame).
        self.setMinimumSize(QSize(800, 460))

        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setStyleSheet(RAIL_STYLE)
        self.rail.setIconSize(QSize(22, 22))
        self.rail.setFixedWidth(136)
        self.stack = QStackedWidget()
        # Each screen is built the first time it is shown (or asked for): the desk opens on one
        # screen, and the others' imports, widgets and first reads wait until the user goes there.
        self.screens = LazyScreens(context, self.stack)
        self._keys: list[str] = []
        self._titles: dict[str, str] = {}
        for spec in screen_specs():
            self.screens.add(spec)
            self._keys.append(spec.key)
            self._titles[spec.key] = spec.title
            item = QListWidgetItem(icons.icon(spec.icon), spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.rail.addItem(item)
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            self.addAction(action)
        self.rail.currentRowChanged.connect(self._show_row)
        # A click on the rail (or Ctrl+1..n) puts the keyboard into the screen, so its own shortcuts
        # work at once; arrow keys on the rail only preview screens and leave focus on the rail.
        self.rail.itemClicked.connect(lambda _item: self.focus_current_screen())
        self.rail.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click does not take focus from the screen
        # Any screen may ask to show a case (a session's suggestion, a duplicate link): the Cases
        # screen opens it, and the window brings that screen forward.
        # Bound methods, not lambdas: Qt drops these connections when a retired window is destroyed.
        bus().open_case_requested.connect(self._open_case_requested)
        # A briefing figure lists its cases on the Cases screen; a session tile shows the calendar.
        bus().cases_filter_requested.connect(self._cases_filter_requested)
        bus().sessions_requested.connect(self._sessions_requested)
        # The case pane asks for a case's letter: the Letters screen opens its dialog (not brought forward).
        bus().letter_requested.connect(self._letter_requested)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_file_menu()
        from civicdesk_gui.ui.users.account_menu import AccountMenu

        self.account = AccountMenu(self, context)
        self.account.signed_out.connect(self.database_replaced)  # open again: the sign-in comes first
        self._build_help_menu()
        self._build_status_bar()
        self._restore_layout()

    def _build_file_menu(self) -> None:
        from civicdesk_gui.ui.backups.backup_commands import BackupCommands

        menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = menu.addAction(icons.icon("import"), self.tr("&Import text messages…"))
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self._import)
        permitted(import_action, self.context.actor, "case.import")
        open311_action = menu.addAction(icons.icon("import"), self.tr("Import &Open311 requests (JSON)…"))
        open311_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        open311_action.triggered.connect(self._import_open311)
        permitted(open311_action, self.context.actor, "case.import_open311")
        menu.addSeparator()
        self.backups = BackupCommands(self.context, self)
        # A restore replaced the database: whoever started the window opens it again.
        self.backups.restored.connect(self.database_replaced)
        backup_action = menu.addAction(icons.icon("backup"), self.tr("&Back up now…"))
        backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup_action.setToolTip(self.tr("Copy the database to a file, checked (Ctrl+Shift+B)"))
        backup_action.triggered.connect(lambda: self.backups.back_up_now())
        restore_action = menu.addAction(icons.icon("restore"), self.tr("&Restore from backup…"))
        restore_action.triggered.connect(lambda: self.backups.restore())
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)  # through closeEvent: unsaved text is asked about

    def _build_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        # F1: Qt's own help key, free in every screen (Ctrl+/ is a text field's key in some styles).
        shortcuts = menu.addAction(icons.icon("keyboard"), self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
        shortcuts.setToolTip(self.tr("Every key of this window, by screen (F1)"))
        shortcuts.triggered.connect(self.show_shortcuts)
        about = menu.addAction(self.tr("&About CivicDesk"))
        about.triggered.connect(self.show_about)

    def shortcut_entries(self):
        """Every shortcut of the window now, grouped by screen and menu (ui/help/shortcut_catalog.py)."""
        from civicdesk_gui.ui.help.shortcut_catalog import collect_shortcuts

        # Asking for every screen builds the ones not yet shown: the sheet lists all their keys.
        groups = [(self._titles[key], self.screens[key]) for key in self._keys]
        return collect_shortcuts(self, groups)

    def show_shortcuts(self) -> None:
        from civicdesk_gui.ui.help.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet(self.shortcut_entries(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        self.shortcut_sheet = sheet

    def show_about(self) -> None:
        from civicdesk_gui.ui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self.context.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def _import(self) -> None:
        from civicdesk_gui.ui.cases.import_dialog import run_import_dialog

        run_import_dialog(self.context, self)

    def _import_open311(self) -> None:
        from civicdesk_gui.ui.cases.open311_import import run_open311_import_dialog

        run_open311_import_dialog(self.context, self)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("Database: {0}").format(self.context.database.display_name))
        # Who is signed in, and as what: "김소통 · 코디네이터" (separate from the job indicator).
        actor = self.context.actor
        self.user_label = QLabel(
            self.tr("User: {0} ({1})").format(actor.display_name, term(permissions.ROLES, actor.role))
        )
        self.user_label.setToolTip(self.tr("Signed in as {0}").format(actor.login))
        self.jobs_label = QLabel()
        self.notice_label = QLabel()
        notices = [self._notice_text(code) for code in self.context.database.notices]
        if notices:
            self.notice_label.setPixmap(icons.icon("warning", color="#e65100").pixmap(16, 16))
            self.notice_label.setToolTip("\n\n".join(notices))
            bar.addPermanentWidget(self.notice_label)
            bar.showMessage(notices[0])
        # Separate fields, each with its own frame, so "김소통 · 코디네이터" and "준비" never read as one.
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(_separator())
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(_separator())
        bar.addPermanentWidget(self.jobs_label)
        tracker().count_changed.connect(self._show_jobs)
        # Each op carries its own success line ("Note saved"); it shows here for a few seconds.
        bus().status_message.connect(self._show_status_message)
        bus().database_waiting.connect(self._show_waiting)
        self._show_jobs(tracker().count)

    def _show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _show_waiting(self, waiting: bool) -> None:
        """A write waits for another desk's lock: say so now (a write on this thread blocks the event
        loop, so the bar is repainted at once rather than by the loop)."""
        bar = self.statusBar()
        if waiting:
            bar.showMessage(self.tr("Waiting for another desk to finish saving…"))
        else:
            bar.clearMessage()
        bar.repaint()

    def _notice_text(self, code: str) -> str:
        texts = {
            "postgres_c_locale": self.tr(
                "This PostgreSQL database uses the C locale: Korean search works but cannot use its "
                "index and is slow on many cases. Ask the administrator to recreate it with the C.UTF-8 locale."
            ),
        }
        return texts.get(code, code)

    def _show_jobs(self, count: int) -> None:
        if count:
            self.jobs_label.setText(self.tr("State: working… ({0})").format(count))
        else:
            self.jobs_label.setText(self.tr("State: ready"))

    def start_live_updates(self) -> None:
        """Other desks' changes reach these screens within a second or two (ui/shell/live.py)."""
        from civicdesk_gui.ui.shell.live import LiveUpdates

        try:
            self.live = LiveUpdates(self.context.database, self)
        except Exception:  # noqa: BLE001 - the desk works without it; F5 still refreshes
            self.live = None
            self.statusBar().showMessage(self.tr("Other desks' changes appear when you refresh (F5)."))

    def retire(self) -> None:
        """Another window took over (the database was restored and opened again): hide now, and go
        once no background job can still report to these screens."""
        from civicdesk_gui.ui.shell.error_dialog import RETIRED

        self.setProperty(RETIRED, True)  # its screens' late failures are not shown (error_dialog)
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        self.hide()
        self._retire_timer = QTimer(self)
        self._retire_timer.setInterval(100)

        def leave_when_idle() -> None:
            if tracker().count == 0:
                self._retire_timer.stop()
                self.deleteLater()

        self._retire_timer.timeout.connect(leave_when_idle)
        self._retire_timer.start()

    def show_screen(self, key: str, *, focus: bool = True) -> None:
        if key in self._keys:
            self.rail.setCurrentRow(self._keys.index(key))
            if focus:
                self.focus_current_screen()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.screens[self._keys[row]]  # built now if it was not yet
            self.stack.setCurrentIndex(row)

    def _open_case_requested(self, case_id: int) -> None:
        self._request("cases", bus().open_case_requested, case_id)

    def _cases_filter_requested(self, case_filter: object, title: str) -> None:
        self._request("cases", bus().cases_filter_requested, case_filter, title)

    def _sessions_requested(self, day: object) -> None:
        self._request("sessions", bus().sessions_requested, day)

    def _letter_requested(self, case_id: int) -> None:
        self._request("letters", bus().letter_requested, case_id, show=False)

    def _request(self, key: str, signal, *args, show: bool = True) -> None:
        """A bus request for a screen: bring it forward; when it had to be built for this request,
        it was not listening yet, so the request is sent again for it (its other listener, this
        window, is idempotent)."""
        built = self.screens.is_built(key)
        if show:
            self.show_screen(key)
        else:
            self.screens[key]
        if not built:
            signal.emit(*args)

    def focus_current_screen(self) -> None:
        widget = self.stack.currentWidget()
        if widget is not None:
            focus_screen(widget)

    def current_screen_key(self) -> str:
        return self._keys[self.rail.currentRow()] if self.rail.currentRow() >= 0 else ""

    def _restore_layout(self) -> None:
        geometry = preferences.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        fit_on_screen(self)  # a saved size from a bigger monitor, or the default, within this screen
        state = preferences.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.show_screen(preferences.get("window/screen"))
        if self.rail.currentRow() < 0:
            self.show_screen("briefing")  # the start screen (DOMAIN.md §5: the mayor's morning)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        # Screens with unsaved typing may refuse to close (they ask the user first).
        for widget in self.screens.built():
            confirm = getattr(widget, "confirm_close", None)
            if confirm is not None and not confirm():
                event.ignore()
                return
        preferences.put("window/geometry", self.saveGeometry())
        preferences.put("window/state", self.saveState())
        preferences.put("window/screen", self.current_screen_key())
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1360, 860)
