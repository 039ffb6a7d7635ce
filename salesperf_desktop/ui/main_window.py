"""The main window: five tabs over one database, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from salesperf_desktop import APP_NAME
from salesperf_desktop.ui.base_tab import BaseTab, DataEvents
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.tasks import TaskOutcome, TaskRunner, one_step

if TYPE_CHECKING:  # the context loads SQLAlchemy, which the first paint does without
    import datetime as dt

    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.services.start_reads import StartReads
    from salesperf_desktop.ui.ui_context import UiContext

TabFactory = Callable[["UiContext", QWidget], BaseTab]


def default_tab_factories() -> list[TabFactory]:
    # Imported here so each tab module loads only when a window is built.
    from salesperf_desktop.ui.charts_tab import ChartsTab
    from salesperf_desktop.ui.entry_tab import EntryTab
    from salesperf_desktop.ui.reviews_tab import ReviewsTab
    from salesperf_desktop.ui.staff_tab import StaffTab
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    return [StaffTab, TemplatesTab, EntryTab, ReviewsTab, ChartsTab]


class MainWindow(QMainWindow):
    """Hosts the tabs. Switching the database rebuilds them over a new context.

    At start-up the window may be built before the database is opened the full way
    (``ctx=None``, with the company name and staff count read by ``services.opening``): it
    shows a page saying the database is being opened, with its menus disabled, and
    ``attach(ctx)`` then builds the tabs (start-up speed; see storage/quick_read.py).
    """

    database_switch_requested = Signal(Path)
    # A checked backup chosen in File ▸ Restore backup…; start-up code closes and restores.
    database_restore_requested = Signal(Path)
    # The language chosen in Preferences ("" = follow the system); start-up rebuilds the window.
    language_switch_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        company_name: str | None = None,
        staff_count: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx: AppContext | None = None
        self.ui: UiContext | None = None
        self.events = DataEvents(self)
        self.tasks = TaskRunner(self)
        self._settings = settings or QSettings()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._db_label = QLabel(self)
        self._count_label = QLabel(self)
        # "请确认考核制度" until the officer confirms the policy: a notice, never a modal.
        self._policy_notice = QPushButton(self.tr("Please confirm the appraisal policy"), self)
        self._policy_notice.setObjectName("policyNotice")
        self._policy_notice.setFlat(True)
        self._policy_notice.setStyleSheet("color: #b35c00; font-weight: bold")
        self._policy_notice.clicked.connect(self.edit_policy)
        self._policy_notice.hide()
        # At the right end of the menu bar: seen at every start, in nobody's way (the status
        # bar and the start page's panels keep their room).
        self.statusBar().addPermanentWidget(self._count_label)
        self.statusBar().addPermanentWidget(self._db_label)
        self._build_menus()
        self.events.changed.connect(lambda _topic: self._update_status())
        if ctx is not None:
            self.attach(ctx)
        else:
            self._show_opening(company_name, staff_count)

    def _show_opening(self, company_name: str | None, staff_count: int | None) -> None:
        """The first paint: title, staff count and a page saying the database is opening."""
        page = QLabel(self.tr("Opening the database…"), self.tabs)
        page.setObjectName("openingPage")
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(page, "")
        self.tabs.tabBar().hide()
        self._set_menus_enabled(False)
        self._restore_geometry()
        if staff_count is not None:
            self._count_label.setText(fill(self.tr("%1 staff"), staff_count))
        self._set_title(company_name)

    def attach(self, ctx: AppContext) -> None:
        """Build the tabs over *ctx* (replacing the start-up page, if any)."""
        self.ctx = ctx
        opening = [self.tabs.widget(i) for i in range(self.tabs.count())]
        # The tabs go before the opening page, which stays the current one until the tab last
        # used is chosen: only that tab loads now (the others when first shown).
        self._build_tabs()
        self._restore_state()
        for page in opening:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
        self.tabs.tabBar().show()
        self._set_menus_enabled(True)
        self._update_status()
        from salesperf_desktop.ui.tasks import settle_heap

        settle_heap()

    def _set_menus_enabled(self, enabled: bool) -> None:
        for menu in (self.file_menu, self.settings_menu, self.view_menu, self.help_menu):
            for action in menu.actions():
                action.setEnabled(enabled)

    # ----------------------------------------------------------------- building

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setCornerWidget(self._policy_notice, Qt.Corner.TopRightCorner)
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            self.file_menu,
            self.tr("&New database…"),
            self.new_database,
            QKeySequence.StandardKey.New,
            "actionNewDatabase",
        )
        self._action(
            self.file_menu,
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
            "actionOpenDatabase",
        )
        self._action(
            self.file_menu, self.tr("Create &demo company…"), self.create_demo, name="actionDemo"
        )
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Back up now"), self.backup_now, name="actionBackup")
        self._action(
            self.file_menu, self.tr("&Restore backup…"), self.restore_backup, name="actionRestore"
        )
        self.file_menu.addSeparator()
        # Tabs and services add their entries to these submenus.
        self.import_menu = self.file_menu.addMenu(self.tr("&Import"))
        self.import_menu.setObjectName("importMenu")
        self.export_menu = self.file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self.print_menu = self.file_menu.addMenu(self.tr("Forms as P&DF"))
        self.print_menu.setObjectName("printMenu")
        self._action(
            self.file_menu, self.tr("&Bonus sheet…"), self.open_bonus_sheet, name="actionBonusSheet"
        )
        self.file_menu.addSeparator()
        self._action(
            self.file_menu,
            self.tr("&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            "actionQuit",
        )

        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self._action(
            self.settings_menu,
            self.tr("&Preferences…"),
            self.edit_preferences,
            name="actionPreferences",
        )
        self._action(
            self.settings_menu,
            self.tr("Appraisal p&olicy…"),
            self.edit_policy,
            name="actionPolicy",
        )
        self._action(
            self.settings_menu, self.tr("Pass&word…"), self.edit_password, name="actionPassword"
        )

        # The dock's show/hide entry is added when the tabs are built.
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("viewMenu")

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("&About"), self.about, name="actionAbout")

    def _build_tabs(self) -> None:
        from salesperf_desktop.ui.ui_context import UiContext

        # One runner for the whole window: tabs, dialogs and menus run their work on it.
        self.ui = UiContext(self.ctx, self.events, self.tasks)
        for position, factory in enumerate(default_tab_factories()):
            tab = factory(self.ui, self.tabs)
            self.tabs.insertTab(position, tab, tab.title())
            contribute = getattr(tab, "contribute_actions", None)
            if contribute is not None:
                contribute(self)
        self._build_due_panel()
        self._update_empty_menus()

    def _build_due_panel(self) -> None:
        """本月待办 beside the tabs, visible at start (the officer may close it: View menu)."""
        from salesperf_desktop.ui.due_panel import DuePanel

        self.due_panel = DuePanel(self.ui, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.due_panel)
        # Wide enough for its texts at first, then as the officer leaves it (window/state).
        self.resizeDocks([self.due_panel], [360], Qt.Orientation.Horizontal)
        self.due_panel.open_requested.connect(self.open_due_place)
        toggle = self.due_panel.toggleViewAction()
        toggle.setObjectName("actionDuePanel")
        self.view_menu.addAction(toggle)

    def tab_of(self, kind: type) -> BaseTab | None:
        return next(
            (
                self.tabs.widget(i)
                for i in range(self.tabs.count())
                if isinstance(self.tabs.widget(i), kind)
            ),
            None,
        )

    def open_due_place(self, place) -> None:
        """Open where the officer acts on a 本月待办 row (services.due.DuePlace)."""
        from salesperf_desktop.domain.periods import Period
        from salesperf_desktop.ui.entry_tab import EntryTab
        from salesperf_desktop.ui.reviews_tab import ReviewsTab

        if place.place in ("entry", "task_sheet"):
            tab = self.tab_of(EntryTab)
            self.tabs.setCurrentWidget(tab)
            period = Period.parse(place.period) if place.period else tab.period()
            if period is not None:
                tab.show_place(period, place.team_id)
            return
        tab = self.tab_of(ReviewsTab)
        self.tabs.setCurrentWidget(tab)
        tab.open_place(place.place, place.period, place.staff_id, place.record_id)

    def _update_empty_menus(self) -> None:
        for menu in (self.import_menu, self.export_menu, self.print_menu):
            menu.menuAction().setVisible(bool(menu.actions()))

    # ----------------------------------------------------------------- state

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def _restore_state(self) -> None:
        state = self._settings.value("window/state")
        if state is not None:  # the 本月待办 dock where (and whether) she left it; before the
            self.restoreState(state)  # geometry, which it would otherwise change
        if not self.isVisible():  # shown already (start-up page): keep where it is
            self._restore_geometry()
        index = self.first_tab_index()
        tabs = [i for i in range(self.tabs.count()) if isinstance(self.tabs.widget(i), BaseTab)]
        self.tabs.setCurrentIndex(tabs[index] if 0 <= index < len(tabs) else tabs[0])

    def first_tab_index(self) -> int:
        """Which of the tabs is shown first: the one in use when the window last closed (an
        index into the tabs' factories; out of range: the first)."""
        try:
            return int(self._settings.value("window/last_tab", 0))
        except (TypeError, ValueError):
            return 0

    def start_reads(self, today: dt.date, lang: str) -> StartReads:
        """What the tabs will read as they start (``services.start_reads``), as far as it is
        known before the file is open: the staff register only when its tab (the first of
        ``default_tab_factories``) is shown first. (Loads no SQLAlchemy: the GUI thread.)"""
        from salesperf_desktop.services.start_reads import StartReads
        from salesperf_desktop.ui.labels import register_labels

        return StartReads(today, lang, register_labels() if self.first_tab_index() == 0 else None)

    def prefetch_hidden_tabs(self) -> None:
        """Start-up, once the tab shown has started loading: the tabs that can load in the
        background without holding the GUI thread (``prefetch``) start loading, so their first
        visit waits less. The others load when first shown."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, BaseTab) and tab is not self.tabs.currentWidget():
                tab.prefetch()

    def _save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/last_tab", self.tabs.currentIndex())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx is not None:  # the start-up page has no tab worth remembering
            self._save_state()
        # Reads done in the reader process are given up, not waited for (queued there behind
        # the start's other reads, or the process hung): the tabs read again when next shown.
        self.tasks.give_up_waiting()
        self.tasks.stop_waiting_for_idle()  # (the start-up check and backup, if put off till now)
        self.tasks.wait_all(10000)
        super().closeEvent(event)

    def _update_status(self) -> None:
        if self.ctx is None:
            return
        from salesperf_desktop.services.overview import staff_count
        from salesperf_desktop.services.policy import current_policy

        self._count_label.setText(fill(self.tr("%1 staff"), staff_count(self.ctx)))
        self._policy_notice.setVisible(not current_policy(self.ctx).confirmed)
        self._db_label.setText(str(self.ctx.db_path))
        self._set_title(self.ctx.settings.get("company_name"))

    def _set_title(self, company: str | None) -> None:
        self.setWindowTitle(f"{company} — {APP_NAME}" if company else APP_NAME)

    # ----------------------------------------------------------------- actions

    def new_database(self) -> None:
        path, _ = get_save_file_name(
            self,
            self.tr("New database"),
            self.tr("appraisals.sqlite"),
            self.tr("SalesPerf database (*.sqlite)"),
        )
        if path:
            if not path.endswith(".sqlite"):
                path += ".sqlite"
            self.database_switch_requested.emit(Path(path))

    def open_database(self) -> None:
        path, _ = get_open_file_name(  # beside the database open now
            self,
            self.tr("Open database"),
            self.tr("SalesPerf database (*.sqlite)"),
            folder=self.ctx.db_path.parent,
        )
        if path:
            self.database_switch_requested.emit(Path(path))

    def backup_now(self) -> None:
        """A copy of the whole file (hundreds of MB after a few years): in the background."""
        from salesperf_desktop.services.backup import make_backup

        ctx = self.ctx

        def done(outcome: TaskOutcome) -> None:
            if outcome.error is not None:  # a full disk, a read-only backup folder …
                if not outcome.reported:
                    from salesperf_desktop.ui.fault_dialog import report_fault

                    report_fault(
                        self,
                        outcome.error,
                        lang=ctx.lang,
                        path=ctx.backup_dir,
                        context="backup",
                        tb=outcome.details,
                    )
                return
            if not outcome.cancelled:
                text = fill(self.tr("Backup written to %1"), outcome.result)
                self.statusBar().showMessage(text, 8000)

        job = one_step(make_backup, ctx.db_path, ctx.backup_dir, "manual")
        self.tasks.run(self.tr("Backing up…"), job, done, self)

    def restore_backup(self) -> None:
        from salesperf_desktop.services.backup import (
            BackupInvalid,
            backups_of,
            database_identity,
            verify_backup,
        )
        from salesperf_desktop.ui.restore_dialog import RestoreDialog

        backups = backups_of(self.ctx.db_path, self.ctx.backup_dir)
        if not backups:
            QMessageBox.information(
                self,
                self.tr("Restore backup"),
                fill(self.tr("There are no backups in %1."), self.ctx.backup_dir),
            )
            return
        with deleted_after(RestoreDialog(backups, "", self)) as dialog:
            chosen = dialog.chosen if dialog.exec() else None
        if chosen is None:
            return
        ctx = self.ctx

        def verify() -> str:  # the whole file is checked: seconds for a large one
            return verify_backup(chosen, database_identity(ctx.db_path, ctx.backup_dir))

        def verified(outcome: TaskOutcome) -> None:
            if isinstance(outcome.error, BackupInvalid):
                QMessageBox.warning(
                    self, self.tr("Restore backup"), outcome.error.message(ctx.lang)
                )
            elif outcome.error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.tr("Restore backup"), outcome.message)
            elif not outcome.cancelled:
                self._confirm_restore(chosen)

        self.tasks.run(self.tr("Restore backup"), one_step(verify), verified, self)

    def _confirm_restore(self, chosen: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            fill(
                self.tr(
                    "Replace the open database by the backup %1?\n\n"
                    "The current file is kept beside it under a new name."
                ),
                chosen.name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.database_restore_requested.emit(chosen)

    def edit_password(self) -> None:
        from salesperf_desktop.ui.password_dialog import PasswordSettingsDialog

        with deleted_after(PasswordSettingsDialog(self.ui, self)) as dialog:
            saved = dialog.exec()
            change = dialog.change
        if not saved:
            return
        if change is None:
            text = self.tr("Password settings saved.")
        elif change.encrypted:
            text = self.tr("Password saved. The database file and its backups are encrypted.")
        else:
            text = self.tr("Password removed. The database file and its backups are not encrypted.")
        self.statusBar().showMessage(text, 15000)

    def create_demo(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Create demo company"),
            self.tr(
                'Add the demo company "E Company" (13 staff, six months of data) to this database?'
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from salesperf_desktop.services.demo import create_demo_company

        ctx = self.ctx

        def job(cancel):
            return (yield from create_demo_company(ctx, cancel=cancel))

        self.tasks.run(self.tr("Creating the demo company…"), job, self._demo_done, self)

    def _demo_done(self, outcome: TaskOutcome) -> None:
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(self, self.tr("Demo company"), outcome.message)
            return
        if not outcome.cancelled:
            self.events.changed.emit("*")
            self.statusBar().showMessage(self.tr("Demo company created."), 8000)

    def edit_preferences(self) -> None:
        from salesperf_desktop.ui.preferences import PreferencesDialog

        with deleted_after(PreferencesDialog(self.ctx, self._settings, self)) as dialog:
            if not dialog.exec():
                return
            language = dialog.chosen_language() if dialog.language_changed else None
        self.events.changed.emit("*")
        self._update_status()
        if language is not None:
            self.language_switch_requested.emit(language)

    def edit_policy(self) -> None:
        from salesperf_desktop.ui.policy_dialog import PolicyDialog

        with deleted_after(PolicyDialog(self.ui, self)) as dialog:
            dialog.exec()
        self._update_status()

    def open_bonus_sheet(self) -> None:
        """File ▸ Bonus sheet…: the 奖金核算 page of a published period (for finance)."""
        from salesperf_desktop.ui.bonus_dialog import BonusDialog

        with deleted_after(BonusDialog(self.ui, self)) as dialog:
            dialog.exec()

    def about(self) -> None:
        from salesperf_desktop import __version__

        QMessageBox.about(
            self,
            fill(self.tr("About %1"), APP_NAME),
            fill(
                self.tr(
                    "<b>%1</b> %2<br>Offline performance appraisal for sales teams.<br>Database: %3"
                ),
                APP_NAME,
                __version__,
                self.ctx.db_path,
            ),
        )
