"""The main window: a navigation rail, the screens, a status bar. It assembles; it does no work."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from civicdesk_gui.ui.screens import screen_specs
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.background import tracker
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.signals import bus

RAIL_STYLE = """
QListWidget#navigationRail { background: #eceff1; border: none; border-right: 1px solid #cfd8dc; }
QListWidget#navigationRail::item { padding: 10px 6px; color: #263238; }
QListWidget#navigationRail::item:selected { background: #cfe0f5; color: #0d47a1; border-left: 3px solid #1565c0; }
"""


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("CivicDesk — {0}").format(context.database.display_name))
        self.setMinimumSize(QSize(1000, 640))

        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setStyleSheet(RAIL_STYLE)
        self.rail.setIconSize(QSize(22, 22))
        self.rail.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        self._keys: list[str] = []
        for spec in screen_specs():
            widget = spec.factory(context)
            self.screens[spec.key] = widget
            self._keys.append(spec.key)
            self.stack.addWidget(widget)
            item = QListWidgetItem(icons.icon(spec.icon), spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.rail.addItem(item)
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            self.addAction(action)
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        # Any screen may ask to show a case (a session's suggestion, a duplicate link): the Cases
        # screen opens it, and the window brings that screen forward.
        bus().open_case_requested.connect(lambda _case_id: self.show_screen("cases"))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_file_menu()
        self._build_status_bar()
        self._restore_layout()

    def _build_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = menu.addAction(icons.icon("import"), self.tr("&Import text messages…"))
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self._import)
        open311_action = menu.addAction(icons.icon("import"), self.tr("Import &Open311 requests (JSON)…"))
        open311_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        open311_action.triggered.connect(self._import_open311)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)  # through closeEvent: unsaved text is asked about

    def _import(self) -> None:
        from civicdesk_gui.ui.cases.import_dialog import run_import_dialog

        run_import_dialog(self.context, self)

    def _import_open311(self) -> None:
        from civicdesk_gui.ui.cases.open311_import import run_open311_import_dialog

        run_open311_import_dialog(self.context, self)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("Database: {0}").format(self.context.database.display_name))
        self.user_label = QLabel(self.tr("User: {0}").format(self.context.actor.display_name))
        self.jobs_label = QLabel()
        self.notice_label = QLabel()
        notices = [self._notice_text(code) for code in self.context.database.notices]
        if notices:
            self.notice_label.setPixmap(icons.icon("warning", color="#e65100").pixmap(16, 16))
            self.notice_label.setToolTip("\n\n".join(notices))
            bar.addPermanentWidget(self.notice_label)
            bar.showMessage(notices[0])
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.jobs_label)
        tracker().count_changed.connect(self._show_jobs)
        # Each op carries its own success line ("Note saved"); it shows here for a few seconds.
        bus().status_message.connect(lambda text: bar.showMessage(text, 5000))
        self._show_jobs(tracker().count)

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
            self.jobs_label.setText(self.tr("Working… ({0})").format(count))
        else:
            self.jobs_label.setText(self.tr("Ready"))

    def show_screen(self, key: str) -> None:
        if key in self._keys:
            self.rail.setCurrentRow(self._keys.index(key))

    def current_screen_key(self) -> str:
        return self._keys[self.rail.currentRow()] if self.rail.currentRow() >= 0 else ""

    def _restore_layout(self) -> None:
        geometry = preferences.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = preferences.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.show_screen(preferences.get("window/screen"))
        if self.rail.currentRow() < 0:
            self.show_screen("cases")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        # Screens with unsaved typing may refuse to close (they ask the user first).
        for widget in self.screens.values():
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
