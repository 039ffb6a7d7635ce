"""Rater sheets of a month: write one workbook per rater to a folder, import the filled ones
(checked first, all or nothing), and see whose sheet has not come back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesperf_desktop.domain.i18n import fmt_number, pick
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.vocab import RATERS
from salesperf_desktop.services import rater_sheets as rs
from salesperf_desktop.ui.file_dialogs import get_existing_directory, get_open_file_names
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.progress_strip import ProgressStrip
from salesperf_desktop.ui.table_model import RowsTableModel
from salesperf_desktop.ui.tasks import TaskOutcome, one_step

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext

ERROR_STYLE = "color: #b00020"


def _table(parent: QWidget, name: str, model: RowsTableModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class RaterSheetsDialog(QDialog):
    def __init__(self, ui: UiContext, month: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("raterSheetsDialog")
        self.ui, self.ctx, self.month = ui, ui.ctx, month
        self.lang = self.ctx.lang
        self.plan: rs.RaterSheetPlan | None = None
        self.written: list[rs.WrittenSheet] = []
        self.batch_id: int | None = None
        label = month.label(self.lang)
        self.setWindowTitle(fill(self.tr("Rater sheets: %1"), label))

        intro = QLabel(
            self.tr(
                "Each rater gets one workbook: supervisors rate their people, everyone rates "
                "themself, and team-mates of the same role rate each other. Send the files out, "
                "then import the filled ones here; the list shows whose sheet is still out."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write sheets to a folder…"), self)
        self.write_button.setObjectName("raterWrite")
        self.write_button.clicked.connect(self.write_sheets)
        self.check_button = QPushButton(self.tr("Import filled sheets…"), self)
        self.check_button.setObjectName("raterCheck")
        self.check_button.clicked.connect(self.choose_and_check)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.write_button)
        buttons_row.addWidget(self.check_button)
        buttons_row.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("raterSummary")
        self.summary.setWordWrap(True)

        self.status_box = QGroupBox(self.tr("Sheets not back yet"), self)
        self.status_model = RowsTableModel(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Rates as"),
                self.tr("Scores received"),
                self.tr("Status"),
            ],
            self,
        )
        self.status_view = _table(self, "raterStatus", self.status_model)
        self.show_all = QCheckBox(self.tr("Show every rater"), self)
        self.show_all.setObjectName("raterShowAll")
        self.show_all.toggled.connect(lambda _checked: self._show_status())
        self._status: list[rs.RaterStatusRecord] | None = None  # as read last
        self.status_count = QLabel(self)
        self.status_count.setObjectName("raterStatusCount")
        status_layout = QVBoxLayout(self.status_box)
        top = QHBoxLayout()
        top.addWidget(self.status_count, 1)
        top.addWidget(self.show_all)
        status_layout.addLayout(top)
        status_layout.addWidget(self.status_view)

        self.preview_box = QGroupBox(self.tr("Checked sheets"), self)
        self.preview_model = RowsTableModel([], self)
        self.preview = _table(self, "raterPreview", self.preview_model)
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        self.preview_box.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.setObjectName("raterApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons_row)
        layout.addWidget(self.summary)
        # (a month's raters and their scores: about 0.3 s at 300 staff, read in the background)
        self.progress = ProgressStrip(self, show_after_ms=250)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_box, 1)
        layout.addWidget(self.preview_box, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        self.refresh_status()

    # ----------------------------------------------------------------- status

    def _roles(self, roles) -> str:
        sep = ", " if self.lang == "en" else "、"
        return sep.join(pick(RATERS[r], self.lang) for r in roles)

    def refresh_status(self) -> None:
        """Read whose sheets are back in the background; a newer read drops an older one."""
        self.ui.tasks.run(
            self.windowTitle(),
            one_step(rs.rater_status, self.ctx, self.month),
            self._status_read,
            self,
            view=self.progress,
            latest=f"rater-status-{id(self)}",
        )

    def _status_read(self, outcome: TaskOutcome) -> None:
        if not isValid(self) or outcome.cancelled or outcome.error is not None:
            return  # (an error was told by the runner; the list shown stays)
        self._status = outcome.result
        self._show_status()

    def _show_status(self) -> None:
        if self._status is None:  # not read yet
            return
        rows = self._status
        out = [r for r in rows if r.state != "complete"]
        shown = rows if self.show_all.isChecked() else out
        self.status_model.set_rows(
            [
                (
                    r.employee_no,
                    r.name,
                    self._roles(r.roles),
                    f"{r.received}/{r.expected}",
                    rs.status_word(r.state, self.lang),
                )
                for r in shown
            ],
            [r.rater_id for r in shown],
        )
        if not rows:
            self.status_count.setText(self.tr("Nobody has ratings to give this month."))
        else:
            self.status_count.setText(
                fill(
                    self.tr("%1 of %2 raters have not returned a complete sheet."),
                    len(out),
                    len(rows),
                )
            )

    # ----------------------------------------------------------------- write

    def write_sheets(self) -> None:
        folder = get_existing_directory(self, self.tr("Folder for the rater sheets"))
        if not folder:
            return
        ctx, month = self.ctx, self.month
        self.write_button.setEnabled(False)
        self.ui.tasks.run(
            self.tr("Writing the rater sheets"),
            lambda cancel: rs.write_sheets(ctx, month, folder, cancel=cancel),
            lambda outcome: self._written(outcome, folder),
            self,
        )

    def _written(self, outcome, folder: str) -> None:
        self.write_button.setEnabled(True)
        if outcome.cancelled or outcome.error is not None:
            self._say(self.tr("Cancelled.") if outcome.cancelled else outcome.message, True)
            return
        self.written = outcome.result
        self._say(fill(self.tr("%1 sheet(s) written to %2."), len(self.written), folder))

    # ----------------------------------------------------------------- import

    def choose_and_check(self) -> None:
        paths, _ = get_open_file_names(
            self, self.tr("Filled rater sheets"), self.tr("Excel workbooks (*.xlsx)")
        )
        if paths:
            self.check(paths)

    def check(self, paths: list[str]) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        self._say(self.tr("Checking…"))
        ctx, month = self.ctx, self.month
        self.ui.tasks.run(
            self.tr("Checking the rater sheets"),
            lambda cancel: rs.read_sheets(ctx, paths, period=month, cancel=cancel),
            self._checked,
            self,
        )

    def _checked(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            self._say(self.tr("Cancelled.") if outcome.cancelled else outcome.message, True)
            return
        plan = self.plan = outcome.result
        self.preview_box.setVisible(True)
        if plan.problems:
            self.preview_model.set_headers([self.tr("Where"), self.tr("Problem")])
            self.preview_model.set_rows([(p.location, p.message) for p in plan.problems])
            self._say(
                fill(
                    self.tr(
                        "%1 problem(s): fix the sheets and import again; nothing was imported."
                    ),
                    len(plan.problems),
                ),
                True,
            )
            return
        self.preview_model.set_headers(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Indicator"),
                self.tr("Rater"),
                self.tr("Old"),
                self.tr("New"),
            ]
        )
        self.preview_model.set_rows(
            [
                (
                    c.employee_no,
                    c.name,
                    c.label,
                    c.rater_name,
                    fmt_number(c.old),
                    fmt_number(c.new),
                )
                for c in plan.changes
            ]
        )
        self._say(
            fill(
                self.tr("%1 sheet(s) checked: %2 score(s) will change, %3 unchanged."),
                len(plan.files),
                len(plan.changes),
                plan.unchanged,
            )
        )
        self.apply_button.setEnabled(bool(plan.changes))

    def apply(self) -> None:
        if self.plan is None or self.plan.problems:
            return
        plan, ctx = self.plan, self.ctx
        self.apply_button.setEnabled(False)
        self.ui.tasks.run(
            self.tr("Importing the rater sheets"),
            lambda cancel: rs.apply_sheets(ctx, plan, cancel=cancel),
            self._applied,
            self,
        )

    def _applied(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            text = self.tr("Cancelled.") if outcome.cancelled else outcome.message
            self._say(fill(self.tr("Nothing was imported: %1"), text), True)
            return
        self.batch_id = outcome.result
        count = len(self.plan.changes) if self.plan else 0
        self.plan = None
        self.preview_box.setVisible(False)
        self.ui.events.changed.emit("entries")
        self._say(fill(self.tr("Imported %1 score(s)."), count))
        self.refresh_status()

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")
