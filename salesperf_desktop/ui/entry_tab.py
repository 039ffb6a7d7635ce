"""Monthly entry tab: the spreadsheet-like grid of a month (quarters/years read-only), imports
and the period workflow (entered → published → signed and locked).

The GUI thread never waits for the database here: a period is read (a quarter or a year
computed) in the background with its progress in the tab, and a change of a published month
is saved (re-scoring the published results) in the background too. Both go through one lane of
the window's task runner, so a reload always reads what the edits before it saved, and the
saves are written in the order of the edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from salesperf_desktop.domain.cycles import QUARTERLY
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodStatus
from salesperf_desktop.services import workflow
from salesperf_desktop.services.entry import load_sheet, read_sheet, save_values, sheet_from
from salesperf_desktop.services.periods import month_choices, stored_months
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.services.reader_process import reader
from salesperf_desktop.services.staff import list_teams
from salesperf_desktop.services.start_reads import entry_read_there
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.entry import LANE, write_in_lane
from salesperf_desktop.ui.entry.events_panel import EventsPanel
from salesperf_desktop.ui.entry.grid_model import FROZEN, EntryGridModel, PendingSave
from salesperf_desktop.ui.entry.grid_view import EntryGridView
from salesperf_desktop.ui.entry.message_bar import MessageBar
from salesperf_desktop.ui.fault_dialog import report_fault
from salesperf_desktop.ui.file_dialogs import get_save_file_name
from salesperf_desktop.ui.labels import fill, period_status_label
from salesperf_desktop.ui.progress_strip import ProgressStrip
from salesperf_desktop.ui.tasks import release_later


class EntryTab(BaseTab):
    topics = ("entries", "periods", "staff", "templates")

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self._emitting = False
        self._last_reason = ""
        self._reload_waiting = False  # a reload asked for while edits were still being saved
        self._stored: set[Period] = set()  # the months stored when the periods were last listed
        self.sheet = None
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodBox")
        self.period_box.setMinimumContentsLength(10)
        self.period_box.currentIndexChanged.connect(self.reload)
        self.team_box = QComboBox(self)
        self.team_box.setObjectName("teamBox")
        self.team_box.setMinimumContentsLength(10)
        self.team_box.currentIndexChanged.connect(self._team_chosen)
        # One template's indicators at a time (the director's, managers' and reps' differ).
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("templateBox")
        self.template_box.setMinimumContentsLength(12)
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self._wanted_template: str | None = None  # asked for before the period was read
        self.status_label = QLabel(self)
        self.status_label.setObjectName("periodStatus")

        self.model = EntryGridModel(
            self._save, self._ask_reason, self, doubt_resolver=self._resolve_doubt
        )
        self.model.refused.connect(self._show_refusal)
        self.model.errors_cleared.connect(self._errors_gone)
        self.model.save_failed.connect(self._save_failed)
        self.model.saves_done.connect(self._after_saves)
        self.progress = ProgressStrip(self)
        self.table = EntryGridView(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(96)
        header.setMinimumHeight(44)
        self.table.frozen.horizontalHeader().setMinimumHeight(44)
        # a doubtful value she chose to type again: its editor opens once the old one closed
        self.model.retype.connect(
            lambda r, c, t: QTimer.singleShot(0, lambda: self.table.retype(r, c, t))
        )

        self.message = MessageBar(self)
        self._left_out_text = ""
        self._make_toolbar()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_box)
        top.addWidget(QLabel(self.tr("Team:"), self))
        top.addWidget(self.team_box)
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.template_box)
        top.addWidget(self.status_label, 1)
        # the period's status (进行中, 已发布 …) is always read whole: the row never squeezes it
        self.status_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.progress)
        # The selected person's key events beside the grid.
        self.events_panel = EventsPanel(ui, self._ask_reason, self._write, self)
        self.events_panel.changed.connect(self._events_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("entrySplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.events_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        # The side panel follows the current row; after an edit (Enter moves down a row) on
        # the next turn of the event loop: after the total is painted and the edit saved.
        self._person_timer = QTimer(self)
        self._person_timer.setSingleShot(True)
        self._person_timer.setInterval(0)
        self._person_timer.timeout.connect(self._show_person)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._person_timer.start() if self.model.saving() else self._show_person()
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _make_toolbar(self) -> None:
        """Undo/redo (Ctrl+Z, Ctrl+Y), the imports and the targets in two menu buttons, and
        the workflow steps.

        A toolbar, not a row of buttons, so a window narrower than 1,200 px still folds them
        into its »."""
        # Fixed texts (what they undo in the tooltip): a text that changes with every edit
        # would lay the toolbar and the whole tab out again, and repaint the grid, each time.
        stack = self.model.undo_stack
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(self.undo_action.setToolTip)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        # Undo, redo and the month's workflow steps are buttons of their own; the imports and
        # the targets, task sheets and goals (each used once a month or less) are two menu
        # buttons, so every action stays in view at 1,200 px in every language (the steps
        # alone were pushed behind the toolbar's » there).
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("entryToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(text: str, name: str, slot, menu: QMenu | None = None) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.triggered.connect(lambda _checked=False: slot())
            (menu or self.toolbar).addAction(a)
            return a

        def menu_button(text: str, name: str) -> QMenu:
            menu = QMenu(self)
            opener = QAction(text, self)
            opener.setObjectName(name)
            opener.setMenu(menu)
            self.toolbar.addAction(opener)
            button = self.toolbar.widgetForAction(opener)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setObjectName(name)
            return menu

        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        imports = menu_button(self.tr("Import"), "importMenuButton")
        self.import_button = action(
            self.tr("Targets and actuals (Excel)…"), "importButton", self.import_metrics, imports
        )
        self.rater_sheets_button = action(
            self.tr("Rater sheets (Excel)…"), "raterSheetsButton", self.rater_sheets, imports
        )
        self.events_import_button = action(
            self.tr("Key events (Excel)…"), "eventsImportButton", self.import_events, imports
        )
        plans = menu_button(self.tr("Targets and tasks"), "plansMenuButton")
        self.targets_button = action(
            self.tr("Annual targets…"), "targetsButton", self.targets, plans
        )
        self.copy_targets_button = action(
            self.tr("Copy last month's targets"), "copyTargetsButton", self.copy_targets, plans
        )
        self.task_sheet_button = action(
            self.tr("Work task sheet…"), "taskSheetButton", self.task_sheet, plans
        )
        self.team_goals_button = action(
            self.tr("Team goals…"), "teamGoalsButton", self.team_goals, plans
        )
        self.mentoring_button = action(
            self.tr("Mentoring results…"), "mentoringButton", self.mentoring, plans
        )
        self.toolbar.addSeparator()
        self.entered_button = action(
            self.tr("Entries complete"), "enteredButton", self.mark_entered
        )
        self.publish_button = action(self.tr("Publish…"), "publishButton", self.publish)
        self.lock_button = action(self.tr("Sign off and lock…"), "lockButton", self.lock)

    def title(self) -> str:
        return self.tr("Monthly entry")

    def contribute_actions(self, window) -> None:
        action = QAction(self.tr("Targets and actuals (Excel)…"), window)
        action.setObjectName("actionImportMetrics")
        action.triggered.connect(self.import_metrics)
        window.import_menu.addAction(action)
        for text, name, slot in (
            (self.tr("Rater sheets (Excel)…"), "actionRaterSheets", self.rater_sheets),
            (self.tr("Key events (Excel)…"), "actionImportEvents", self.import_events),
        ):
            extra = QAction(text, window)
            extra.setObjectName(name)
            extra.triggered.connect(slot)
            window.import_menu.addAction(extra)
        template = QAction(self.tr("Blank import template (Excel)…"), window)
        template.setObjectName("actionMetricsTemplate")
        template.triggered.connect(self.save_template)
        window.export_menu.addAction(template)

    # ----------------------------------------------------------------- loading

    def _on_data_changed(self, topic: str) -> None:
        if not self._emitting:
            super()._on_data_changed(topic)

    def _changed_elsewhere(self) -> None:
        self._emitting = True
        try:
            self.events.changed.emit("entries")
        finally:
            self._emitting = False

    def is_loaded(self) -> bool:
        return super().is_loaded() and not self.ui.tasks.busy(LANE)

    def prefetch(self) -> None:
        """Start-up, while another tab is shown: the month is read in the background
        (``MainWindow.prefetch_hidden_tabs``)."""
        self.ensure_fresh()

    def refresh(self) -> None:
        self._fill_periods(self._month_choices())
        self._fill_teams(list_teams(self.ctx))
        self.reload()

    def _month_choices(self) -> list[Period]:
        stored = stored_months(self.ctx)
        self._stored = set(stored)  # (which months the reader process may read: reload)
        return month_choices(self.ctx, self.ui.today(), stored)

    def _fill_periods(self, periods: list[Period]) -> None:
        """Months newest first, then the computed quarters and years; keeps the choice."""
        current = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p in periods:
            suffix = "" if p.kind == "month" else "  " + self.tr("(computed)")
            self.period_box.addItem(p.label(self.ctx.lang) + suffix, p.format())
        index = self.period_box.findData(current) if current else -1
        self.period_box.setCurrentIndex(max(index, 0))
        self.period_box.blockSignals(False)

    def _fill_teams(self, teams) -> None:
        team = self.team_box.currentData()
        self.team_box.blockSignals(True)
        self.team_box.clear()
        self.team_box.addItem(self.tr("All teams"), None)
        for t in teams:
            self.team_box.addItem(t.name, t.id)
        self.team_box.setCurrentIndex(max(0, self.team_box.findData(team)))
        self.team_box.blockSignals(False)

    def period(self) -> Period | None:
        key = self.period_box.currentData()
        return Period.parse(key) if key else None

    def show_place(
        self, period: Period, team_id: int | None = None, template: str | None = None
    ) -> None:
        """Show *period* for *team_id* (None: every team) on *template* (a template code;
        None: the one most of the team is on): for places that send the officer here
        (本月待办). The period is read in the background when it is not the one shown."""
        if self.period_box.count() == 0:
            self._stale = False
            self._fill_periods(self._month_choices())
            self._fill_teams(list_teams(self.ctx))
        self.team_box.blockSignals(True)
        self.team_box.setCurrentIndex(max(0, self.team_box.findData(team_id)))
        self.team_box.blockSignals(False)
        self._wanted_template = template
        index = self.period_box.findData(period.format())
        if index < 0:  # a month not offered (before the first period): added for the visit
            self.period_box.addItem(period.label(self.ctx.lang), period.format())
            index = self.period_box.count() - 1
        shown = self.sheet is not None and self.sheet.month == period
        if index != self.period_box.currentIndex():
            self.period_box.setCurrentIndex(index)  # reads it
        elif shown and not self.ui.tasks.busy(LANE):
            self._show_team()
        else:
            self.reload()

    def reload(self) -> None:
        """Read the chosen period in the background, once the edits before it are saved."""
        self._errors_gone()
        self.model.flush()
        if self.model.saving():  # read after the saves, or the grid would miss them
            self._reload_waiting = True
            self._set_loading(True)
            return
        self._reload_waiting = False
        period = self.period()
        if period is None:
            self.sheet = None
            self.model.set_sheet(None, None, self.ctx.lang)
            return
        ctx, lang = self.ctx, self.ctx.lang
        code = "progress.reading_period" if period.kind == "month" else "progress.computing_period"
        text = render(code, {"period": period.label(lang)}, lang)

        # A month is read in the reader process (services.reader_process) while the window has
        # other work under way (start-up: the matplotlib import, the other tabs' reads all want
        # this process's GIL), handed over now when nothing of the lane is before it, else once
        # the lane's saves are written. With nothing else under way it is read here: faster
        # alone (no pickling; a month fully entered is 14 MiB pickled at 3,000 staff); so is a
        # month not stored yet (``entry_read_there``). A quarter or a year is computed here:
        # through the context's cache of results, shared with the other tabs.
        there = (
            period.kind == "month"
            and entry_read_there(period, self._stored)
            and self.ui.tasks.busy()
        )
        free = not self.ui.tasks.busy(LANE)
        early = reader.send(ctx, read_sheet, period, lang) if there and free else None

        def job(cancel):
            yield Progress(0, 0, text)
            sent = early or (reader.send(ctx, read_sheet, period, lang) if there else None)
            if sent is None:
                sheet = load_sheet(ctx, period, lang=lang)
            else:  # (this thread waits, then unpickles)
                data = reader.result(sent, ctx, read_sheet, period, lang, cancel=cancel)
                sheet = sheet_from(ctx, data)
            yield Progress(1, 1, text)  # (cancelled meanwhile: the runner drops the sheet)
            return sheet

        # The grid, its status and the workflow steps shown are not the period chosen any more.
        # Another period's grid is emptied rather than greyed: its rows are not this period's,
        # and a full grid repainted while the worker reads would wait on it cell by cell.
        self._set_loading(True)
        if self.sheet is not None and self.sheet.month != period:
            self.model.set_sheet(None, None, self.ctx.lang)
            self.events_panel.set_person(None, "", None)
        self.ui.tasks.run(
            text,
            job,
            lambda outcome: self._loaded(period, outcome),
            self,
            view=self.progress,
            lane=LANE,
            latest=f"sheet-{id(self)}",  # choosing again drops what is being read
            elsewhere=early is not None,
        )

    def _after_saves(self) -> None:
        if self._reload_waiting:
            self.reload()

    def _set_loading(self, loading: bool) -> None:
        self.table.setEnabled(not loading)
        self.toolbar.setEnabled(not loading)
        if loading:
            self.status_label.clear()

    def _loaded(self, period: Period, outcome) -> None:
        self._set_loading(False)
        if outcome.cancelled:  # back to the period still shown
            shown = self.sheet.month.format() if self.sheet is not None else None
            index = self.period_box.findData(shown) if shown else -1
            if index >= 0:
                self.period_box.blockSignals(True)
                self.period_box.setCurrentIndex(index)
                self.period_box.blockSignals(False)
            if self.sheet is not None and self.model.sheet is not self.sheet:
                self._show_team()  # emptied when the other period was chosen
            self._update_status()
            self._say_done(self.tr("Cancelled."))
            return
        if outcome.error is not None:
            self.sheet = None
            self.model.set_sheet(None, None, self.ctx.lang)
            if not outcome.reported:  # a fault of the machine was told by the runner
                self._show_refusal(outcome.message)
            return
        release_later(self.sheet)  # (freed apart from showing the new one)
        self.sheet = outcome.result
        self._show_team()
        self._tell_left_out()

    def _tell_left_out(self) -> None:
        """Whoever is appraised in the period but fits no template, or is not graded (leave
        all period), is named with the reason, never just missing from the grid; whoever moved
        within the period is named with their parts (scored in each team by working days)."""
        sheet = self.sheet
        left = sheet.left_out if sheet is not None else []
        not_graded = sheet.not_graded if sheet is not None else []
        moved = sheet.moved if sheet is not None else []
        sep = "、" if self.ctx.lang != "en" else ", "
        lines = []
        if left:
            lines.append(
                fill(
                    self.tr(
                        "Not in this period's appraisal: %1 (no indicator template fits them). "
                        "Make one for their role or team on the Indicator templates tab."
                    ),
                    sep.join(left),
                )
            )
        if not_graded:
            lines.append(fill(self.tr("Not graded this period: %1."), "；".join(not_graded)))
        if moved:
            lines.append(fill(self.tr("Moved within the period: %1."), "；".join(moved)))
        if lines:
            text = "\n".join(lines)
            self._left_out_text = text
            self.message.show_info(text)
        elif self._left_out_text and self.message.text() == self._left_out_text:
            self.message.clear()  # told for another period

    def _team_chosen(self) -> None:
        self._show_team()

    def _template_chosen(self) -> None:
        self._show_team()

    def _fill_templates(self) -> str | None:
        """The templates of the team's people (with how many are on each); keeps the choice."""
        wanted = self._wanted_template or self.template_box.currentData()
        self._wanted_template = None
        choices = EntryGridModel.templates(self.sheet, self.team_box.currentData())
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for code, template, people in choices:
            self.template_box.addItem(
                fill(self.tr("%1 (%2 people)"), template.label(self.ctx.lang), people), code
            )
        index = self.template_box.findData(wanted) if wanted else -1
        self.template_box.setCurrentIndex(max(index, 0) if choices else -1)
        self.template_box.blockSignals(False)
        return self.template_box.currentData()

    def _show_team(self) -> None:
        sheet = self.sheet
        template = self._fill_templates()
        self.model.set_sheet(sheet, self.team_box.currentData(), self.ctx.lang, template)
        # Wide enough for every header line (long Chinese indicator names must not be clipped)
        # and, for 工号 and 姓名, the widest one shown (read from the people, not worked out
        # cell by cell: the numbers fit the minimum).
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        cells = self.table.fontMetrics()
        people = self.model.rows
        # each text measured once (a name shared by two people, a repeated header line)
        texts = {
            0: {p.employee_no for p in people},
            1: {p.name for p in people},
        }
        # a quarterly person's month shows 按季度考核 where the grade would be
        month = sheet is not None and sheet.month.kind == "month"
        if month and any(p.cycle == QUARTERLY for p in people):
            grade = next(i for i, c in enumerate(self.model.columns) if c.kind == "grade")
            texts[grade] = {QCoreApplication.translate("EntryGrid", "Graded by quarter")}
        header_width, cell_width = metrics.horizontalAdvance, cells.horizontalAdvance
        widths = []
        for c, text in enumerate(self.model.headers):
            widest = max(map(header_width, text.split("\n")))
            value = max(map(cell_width, texts.get(c, ())), default=0)
            widths.append(max(56 if c < FROZEN else 72, widest + 20, value + 16))
        self.table.set_column_widths(widths)
        self._update_status()
        self._show_person()

    def _update_status(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        status = sheet.status
        text = period_status_label(status.value, self.ctx.lang)
        if sheet.computed:
            computed = self.tr("computed from the months (read-only)")
            text = computed if status is PeriodStatus.OPEN else f"{text} · {computed}"
        elif status is PeriodStatus.PUBLISHED:
            text += " · " + self.tr("changes are audited")
        elif status is PeriodStatus.LOCKED:
            text += " · " + self.tr("read-only; only an upheld appeal can change it")
        self.status_label.setText(text)
        monthly = not sheet.computed
        self.entered_button.setEnabled(monthly and status is PeriodStatus.OPEN)
        # A quarter or a year is published and signed as a whole: it is the appraisal of the
        # quarterly people (their annual review for a year) and a roll-up for the monthly ones.
        self.publish_button.setEnabled(status in (PeriodStatus.OPEN, PeriodStatus.ENTERED))
        self.lock_button.setEnabled(status is PeriodStatus.PUBLISHED)
        for a in (self.targets_button, self.copy_targets_button, self.task_sheet_button):
            a.setEnabled(monthly and bool(sheet.people))

    # ----------------------------------------------------------------- editing

    def _save(self, writes, reason: str) -> PendingSave | None:
        """An open month's cells are saved at once (a few ms); a published month's change
        re-scores the published results (up to a second): in the background, after whatever
        the lane still has to do."""
        sheet = self.sheet
        if not sheet.audited and not self.ui.tasks.busy(LANE):
            save_values(self.ctx, sheet.month, writes, reason=reason)
            self._changed_elsewhere()
            return None
        ctx, month, lang = self.ctx, sheet.month, self.ctx.lang
        text = render("progress.saving_amended" if sheet.audited else "progress.saving", {}, lang)
        pending = PendingSave()

        def job(_cancel):
            yield Progress(0, 0, text)
            return save_values(ctx, month, writes, reason=reason)

        def done(outcome) -> None:
            if outcome.error is None:
                self._changed_elsewhere()
            pending.finish(outcome.error, outcome.reported)

        self.ui.tasks.run(text, job, done, self, view=self.progress, lane=LANE, cancellable=False)
        return pending

    def _write(self, work, done) -> None:
        """A dialog's or the events panel's write, in the lane after the grid's saves; the
        progress in the tab's strip."""
        sheet = self.sheet
        audited = sheet is not None and sheet.audited
        write_in_lane(self.ui, self, work, done, audited=audited, view=self.progress)

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reason for the change"),
            self.tr(
                "This period is published: the change is recorded in the audit trail.\n"
                "Why is it changed?"
            ),
            text=self._last_reason,
        )
        if not ok or not text.strip():
            self._show_refusal(self.tr("Not changed: a reason is needed in a published period."))
            return None
        self._last_reason = text.strip()
        return self._last_reason

    def _resolve_doubt(self, questions) -> list | None:
        """Ask about valid values that are probably not meant (``domain.plausibility``): keep
        them, take the suggested ones, or type again (None: nothing is changed)."""
        lang = self.ctx.lang
        month = self.sheet.month.label(lang) if self.sheet is not None else ""

        def worded(q) -> str:
            return render(
                "plausibility.question",
                {
                    "person": q.person,
                    "indicator": q.indicator,
                    "field": q.field,
                    "month": month,
                    "doubt": render(q.doubt.code, q.doubt.params, lang),
                },
                lang,
            )

        single = len(questions) == 1
        if single:
            text = worded(questions[0])
        else:
            shown = questions[:5]
            text = "\n\n".join(
                [fill(self.tr("%1 of the values look unusual:"), len(questions))]
                + [worded(q) for q in shown]
                + (["…"] if len(questions) > len(shown) else [])
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please check the value"), text)
        box.setParent(self, box.windowFlags())
        box.setObjectName("plausibilityQuestion")
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 26em; }")  # whole lines
        keep_text = (
            fill(self.tr("Keep %1"), fmt_number(questions[0].value))
            if single
            else self.tr("Keep them all")
        )
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepButton")
        use = None
        if all(q.doubt.suggestion is not None for q in questions):
            use_text = (
                fill(self.tr("Use %1"), fmt_number(questions[0].doubt.suggestion))
                if single
                else self.tr("Use the values suggested")
            )
            use = box.addButton(use_text, QMessageBox.ButtonRole.AcceptRole)
            use.setObjectName("suggestionButton")
        again = box.addButton(
            self.tr("Type it again") if single else self.tr("Change nothing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        again.setObjectName("retypeButton")
        box.setDefaultButton(use or again)
        box.setEscapeButton(again)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is keep:
            return [q.value for q in questions]
        if use is not None and chosen is use:
            return [q.doubt.suggestion for q in questions]
        return None

    def _save_failed(self, error: BaseException) -> None:
        """Disk full, locked by another program …: the old values are back; say so plainly."""
        report_fault(
            self, error, lang=self.ctx.lang, path=self.ctx.db_path, context="saving entries"
        )

    def _show_refusal(self, text: str) -> None:
        self.message.show_error(text)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text.splitlines()[0] if text else "", 8000)

    # ----------------------------------------------------------------- person tools

    def current_person(self):
        index = self.table.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def _monthly_sheet(self):
        sheet = self.sheet
        return sheet if sheet is not None and not sheet.computed else None

    def _show_person(self) -> None:
        sheet = self._monthly_sheet()
        person = self.current_person() if sheet is not None else None
        if person is None:
            self.events_panel.set_person(None, "", None)
            return
        self.events_panel.set_person(
            person.staff_id,
            person.name,
            sheet.month,
            catalogue=person.template.catalogue(sheet.catalogue),
            read_only=sheet.read_only or person.locked,
            audited=sheet.audited,
        )

    def _events_changed(self, staff_id: int) -> None:
        from salesperf_desktop.services.events import engine_events

        sheet = self._monthly_sheet()
        if sheet is None:
            return
        self.model.show_events(staff_id, engine_events(self.ctx, staff_id, sheet.month))
        self._changed_elsewhere()

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self._monthly_sheet() is None:
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.task_sheet_button)
        menu.addAction(self.targets_button)
        menu.addAction(self.events_panel.add_button.text(), self.events_panel.add)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _need_person(self):
        person = self.current_person()
        if person is None:
            self._show_refusal(self.tr("Select a person in the grid first."))
        return person

    def task_sheet(self) -> None:
        from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog

        sheet = self._monthly_sheet()
        person = self._need_person() if sheet is not None else None
        if person is None:
            return
        dialog = TaskSheetDialog(
            self.ctx,
            person.staff_id,
            person.name,
            sheet.month,
            self,
            read_only=sheet.read_only or person.locked,
            audited=sheet.audited,
            reason_provider=self._ask_reason,
            write=self._write,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._task_sheet_saved(person.staff_id, dialog))
        dialog.open()

    def _task_sheet_saved(self, staff_id: int, dialog) -> None:
        if not dialog.saved:  # closed with nothing changed: nothing was written
            return
        if dialog.scored:  # the template scores the sheet: its score is in the grid
            score = dialog.saved_score
            values = [(staff_id, "task_sheet", "actual", score)]
            if score is not None:
                values.append((staff_id, "task_sheet", "target", 100.0))
            self.model.show_external(values)
        if dialog.penalty_changed:  # the −10 of a poor sheet: the key events and the total
            if self.events_panel.staff_id == staff_id:
                self.events_panel.reload()
            self._events_changed(staff_id)
        else:
            self._changed_elsewhere()

    def targets(self) -> None:
        from salesperf_desktop.ui.entry.targets_dialog import TargetsDialog

        sheet = self._monthly_sheet()
        if sheet is None or not sheet.people:
            return
        person = self.current_person()
        dialog = TargetsDialog(
            self.ctx,
            sheet,
            person.staff_id if person else None,
            self,
            reason_provider=self._ask_reason,
            write=self._write,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._targets_applied(dialog.applied))
        dialog.open()

    def team_goals(self) -> None:
        """The month's team goals (seed 002's team pool) in a dialog; the grid is read again
        once they are written (the members' team share follows them)."""
        from salesperf_desktop.ui.entry.team_goals_dialog import TeamGoalsDialog

        sheet = self._monthly_sheet()
        if sheet is None:
            self._show_refusal(self.tr("Team goals are entered month by month."))
            return
        self._open_month_dialog(TeamGoalsDialog, sheet, lambda d: self._team_goals_saved(d.saved))

    def mentoring(self) -> None:
        """The month's 带教成果 (seed 002's mentor KPI) in a dialog, once its figures are read in
        the background (the month's sheet is scored); the grid is read again once the figures
        are written as the mentors' actuals."""
        from salesperf_desktop.services.mentoring import mentoring_records

        sheet = self._monthly_sheet()
        if sheet is None:
            self._show_refusal(self.tr("Mentoring results are written month by month."))
            return
        ctx, month = self.ctx, sheet.month

        def job(_cancel):
            yield from ()  # a generator for the task runner, with no steps to show
            return mentoring_records(ctx, month)

        self.ui.tasks.run(
            self.tr("Reading the mentoring results…"),
            job,
            lambda outcome: self._open_mentoring(sheet, outcome),
            self,
            view=self.progress,
            lane=LANE,
        )

    def _open_mentoring(self, sheet, outcome) -> None:
        from salesperf_desktop.ui.entry.mentoring_dialog import MentoringDialog

        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._show_refusal(outcome.message)
            return
        self._open_month_dialog(
            MentoringDialog,
            sheet,
            lambda d: self._mentoring_written(d.written),
            outcome.result,
        )

    def _open_month_dialog(self, dialog_class, sheet, on_accepted, *data) -> None:
        """A dialog that writes the month's values under the grid's rules (read-only when
        locked, the grid's reason after publication, the write in the entry lane)."""
        dialog = dialog_class(
            self.ctx,
            sheet.month,
            *data,
            self,
            read_only=sheet.read_only,
            audited=sheet.audited,
            reason_provider=self._ask_reason,
            write=self._write,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accepted(dialog))
        dialog.open()

    def _mentoring_written(self, written: int) -> None:
        self._changed_elsewhere()
        self.reload()
        self._say_done(fill(self.tr("Mentoring results written: %1 mentors."), written))

    def _team_goals_saved(self, saved: int) -> None:
        if not saved:
            return
        self._changed_elsewhere()
        self.reload()
        self._say_done(fill(self.tr("Team goals written: %1 teams."), saved))

    def _targets_applied(self, applied) -> None:
        self._changed_elsewhere()
        self.reload()
        if applied is not None:
            self._say_done(fill(self.tr("Targets written: %1 monthly values."), applied.written))

    def _say_done(self, text: str) -> None:
        """A line that reports success (not a refusal): green, with a tick."""
        self._errors_gone()
        self.message.show_success(text)

    def _errors_gone(self) -> None:
        """The refusal shown is over (fixed, or replaced by a success): off the bar and off
        the window's status line."""
        if self.message.kind == "error":
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().clearMessage()
        self.message.clear_errors()

    def copy_targets(self) -> None:
        from salesperf_desktop.services.targets import copy_previous_month

        sheet = self._monthly_sheet()
        if sheet is None or sheet.read_only:
            self._show_refusal(self.model.read_only_reason())
            return
        people = [p.staff_id for p in self.model.rows if not p.locked]
        if not self._confirm(
            self.tr("Copy last month's targets"),
            fill(
                self.tr("Copy every target of the previous month into %1 for the %2 people shown?"),
                sheet.month.label(self.ctx.lang),
                len(people),
            ),
        ):
            return
        reason = ""
        if sheet.audited:
            reason = self._ask_reason()
            if reason is None:
                return
        ctx, month, lang = self.ctx, sheet.month, self.ctx.lang
        text = render("progress.saving_amended" if sheet.audited else "progress.saving", {}, lang)

        def job(_cancel):  # a published month re-scores its published results: in the lane
            yield Progress(0, 0, text)
            return copy_previous_month(ctx, month, people, reason=reason)

        def done(outcome) -> None:
            if outcome.error is not None:
                if not outcome.reported:  # locked, nothing to copy …: in plain words
                    self._show_refusal(outcome.message)
                return
            self._changed_elsewhere()
            self.reload()
            self._say_done(fill(self.tr("%1 targets copied."), outcome.result))

        self.ui.tasks.run(text, job, done, self, view=self.progress, lane=LANE, cancellable=False)

    # ----------------------------------------------------------------- workflow

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _transition(self, action, done_text: str) -> None:
        """Run a workflow step (``action(period)``), tell the other tabs, say it is done."""
        try:
            action(self.period())
        except workflow.WorkflowError as exc:
            QMessageBox.warning(self, self.tr("Period"), exc.message(self.ctx.lang))
            return
        self._emitting = True
        try:
            self.events.changed.emit("periods")
        finally:
            self._emitting = False
        self.reload()
        self._say_done(done_text)

    def mark_entered(self) -> None:
        label = self.period().label(self.ctx.lang)
        self._transition(
            lambda p: workflow.mark_entered(self.ctx, p),
            fill(self.tr("%1: entries marked complete."), label),
        )

    def publish(self) -> None:
        period = self.period()
        label = period.label(self.ctx.lang)
        text = fill(
            self.tr(
                "Publish %1? The results become final and are frozen into the appraisals; "
                "the appeal window starts today. Later changes are audited."
            ),
            label,
        )
        quarterly = [p for p in self.sheet.people if p.cycle == QUARTERLY] if self.sheet else []
        if quarterly and period.kind == "month":
            text += "\n\n" + fill(
                self.tr(
                    "%1 people are appraised by quarter: this month gives them no grade and "
                    "no form. Publish their quarter once its three months are entered."
                ),
                len(quarterly),
            )
        if not self._confirm(self.tr("Publish"), text):
            return
        self._transition(
            lambda p: workflow.publish(self.ctx, p, self.ui.today()),
            fill(self.tr("%1 published."), label),
        )

    def lock(self) -> None:
        label = self.period().label(self.ctx.lang)
        if not self._confirm(
            self.tr("Sign off and lock"),
            fill(
                self.tr(
                    "Lock %1? Do this once the signed forms are filed. The period becomes "
                    "read-only; only an upheld appeal can change it."
                ),
                label,
            ),
        ):
            return
        self._transition(
            lambda p: workflow.lock(self.ctx, p, self.ui.today()),
            fill(self.tr("%1 signed off and locked."), label),
        )

    # ----------------------------------------------------------------- import

    def import_metrics(self) -> None:
        from salesperf_desktop.ui.entry.import_dialog import ImportDialog

        dialog = ImportDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.imported.connect(self._say_done)
        dialog.open()

    def rater_sheets(self) -> None:
        """The rater sheets of the month shown (a quarter or year is rolled up from months)."""
        from salesperf_desktop.ui.entry.rater_sheets_dialog import RaterSheetsDialog

        period = self.period()
        if period is None or period.kind != "month":
            self._show_refusal(self.tr("Choose a month: rater sheets are written per month."))
            return
        dialog = RaterSheetsDialog(self.ui, period, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def import_events(self) -> None:
        from salesperf_desktop.ui.entry.events_import_dialog import EventsImportDialog

        dialog = EventsImportDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def save_template(self) -> None:
        from salesperf_desktop.services.metrics_import import write_template

        path, _ = get_save_file_name(
            self,
            self.tr("Save the import template"),
            self.tr("import-template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        write_template(self.ctx, path)
        self._say_done(fill(self.tr("Template saved: %1"), path))
