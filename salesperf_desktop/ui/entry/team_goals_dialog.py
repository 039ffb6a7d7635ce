"""The month's team goals (seed 002's 团队绩效池): one row per team with the goal's name, its
measure, the target and the actual; the attainment is shown as it is typed. Written under the
grid's rules (services.team_goals: one transaction, locks, a reason and the audit trail after
publication)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import AMOUNT, PERCENT, TeamGoal
from salesperf_desktop.services import team_goals as tgs
from salesperf_desktop.services import team_goals_io as tio
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.labels import fill

RED = "color: #b00020"
READ_ONLY = QColor("#f0f0f0")
TEAM, NAME, MEASURE, TARGET, ACTUAL, ATTAINMENT = range(6)
SHOWN_PROBLEMS = 10  # an import's problems listed under the table (the count says the rest)


class TeamGoalsDialog(QDialog):
    def __init__(
        self,
        ctx,
        month: Period,
        parent=None,
        *,
        read_only: bool = False,
        audited: bool = False,
        reason_provider: Callable[[], str | None] = lambda: "",
        write: Writer,
    ):
        """*write* runs the write in the entry lane (``ui.entry.write_in_lane``)."""
        super().__init__(parent)
        self.setObjectName("teamGoalsDialog")
        self.setWindowTitle(fill(self.tr("Team goals: %1"), month.label(ctx.lang)))
        self.ctx, self.month, self.write = ctx, month, write
        self.read_only, self.audited, self.reason_provider = read_only, audited, reason_provider
        self.saved = 0
        self._saving = False
        self.records = tgs.team_goal_records(ctx, month)
        self._make_table()
        self.message = QLabel(self)
        self.message.setObjectName("teamGoalsMessage")
        self.message.setStyleSheet(RED)
        self.message.setWordWrap(True)
        about = QLabel(
            self.tr(
                "Seed 002: a share of each member's result (set in the template, usually 30 %) "
                "follows the team's goal. Attainment = actual ÷ target, capped like the "
                "template's achievement items (usual practice). Enter percentages as numbers "
                "(20 = 20 %)."
            ),
            self,
        )
        about.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTeamGoals")
        self.save_button.setEnabled(not read_only)
        # Enter finishes the cell being typed, it does not save the dialog half-typed
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setObjectName("exportTeamGoals")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.import_button.setObjectName("importTeamGoals")
        self.import_button.setEnabled(not read_only)
        self.import_button.clicked.connect(self.import_workbook)
        for button in (self.export_button, self.import_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.table.itemChanged.connect(lambda _item: self._show_attainment())
        self._show_attainment()
        self.resize(860, 320)

    def _make_table(self) -> None:
        self.table = QTableWidget(len(self.records), 6, self)
        self.table.setObjectName("teamGoalsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Team"),
                self.tr("Team goal"),
                self.tr("Measure"),
                self.tr("Target"),
                self.tr("Actual"),
                self.tr("Attainment"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TEAM, 150)
        self.table.setColumnWidth(MEASURE, 130)
        self.measure_boxes: list[QComboBox] = []
        self.table.blockSignals(True)
        for row, rec in enumerate(self.records):
            self.table.setItem(row, TEAM, self._fixed(rec.team_name))
            self.table.setItem(row, NAME, self._editable(rec.name))
            box = QComboBox(self.table)
            box.addItem(render("team_goal.percent", {}, self.ctx.lang), PERCENT)
            box.addItem(render("team_goal.amount", {}, self.ctx.lang), AMOUNT)
            box.setCurrentIndex(max(0, box.findData(rec.measure)))
            box.setEnabled(not self.read_only)
            box.currentIndexChanged.connect(lambda _i: self._show_attainment())
            self.measure_boxes.append(box)
            self.table.setCellWidget(row, MEASURE, box)
            self.table.setItem(row, TARGET, self._editable(_shown(rec.target), number=True))
            self.table.setItem(row, ACTUAL, self._editable(_shown(rec.actual), number=True))
            self.table.setItem(row, ATTAINMENT, self._fixed(""))
        self.table.blockSignals(False)

    def _fixed(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setBackground(READ_ONLY)
        return item

    def _editable(self, text: str, *, number: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if self.read_only:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if number:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    # ----------------------------------------------------------------- reading the rows

    def goal_in_row(self, row: int) -> TeamGoal:
        """The row's goal as typed; CellRefused for a number that is not one."""
        measure = self.measure_boxes[row].currentData()
        target = _number(self.table.item(row, TARGET).text(), measure)
        actual = _number(self.table.item(row, ACTUAL).text(), measure)
        return TeamGoal(self.table.item(row, NAME).text().strip(), measure, target, actual)

    def _show_attainment(self) -> None:
        self.table.blockSignals(True)
        problems = []
        for row in range(self.table.rowCount()):
            try:
                goal = self.goal_in_row(row)
            except cell_values.CellRefused as refused:
                problems.append(render(refused.code, refused.params, self.ctx.lang))
                text = "—"
            else:
                if goal.name or goal.target is not None or goal.actual is not None:
                    text = fmt_percent(goal.attainment)
                else:
                    text = render("team_goal.not_entered", {}, self.ctx.lang)
            self.table.item(row, ATTAINMENT).setText(text)
        self.table.blockSignals(False)
        self._say("\n".join(problems))
        self.save_button.setEnabled(not self.read_only and not problems and not self._saving)

    def changes(self) -> dict[int, TeamGoal]:
        """The teams whose goal differs from the stored one, with the goal as typed."""
        out = {}
        for row, rec in enumerate(self.records):
            goal = self.goal_in_row(row)
            stored = TeamGoal(rec.name, rec.measure, rec.target, rec.actual)
            if not rec.entered and not goal.name and goal.target is None and goal.actual is None:
                continue
            if goal != stored:
                out[rec.team_id] = goal
        return out

    # ----------------------------------------------------------------- writing

    def save(self) -> None:
        # a cell still being typed counts: moving off it commits it
        self.table.setCurrentCell(-1, -1)
        try:
            changes = self.changes()
        except cell_values.CellRefused:
            return
        if not changes:
            self.accept()
            return
        reason = ""
        if self.audited:
            reason = self.reason_provider()
            if reason is None:
                return
        ctx, month = self.ctx, self.month
        self._set_saving(True)
        self.write(lambda: tgs.save_team_goals(ctx, month, changes, reason=reason), self._saved)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.table.setEnabled(not saving)
        self.save_button.setEnabled(not saving)
        self.import_button.setEnabled(not saving and not self.read_only)
        self.export_button.setEnabled(not saving)

    # ----------------------------------------------------------------- Excel

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(RED if error else "")
        self.message.setText(text)

    def export(self) -> None:
        """The month's goals of every team to a workbook (团队目标_2026年10月.xlsx)."""
        lang = self.ctx.lang
        name = f"{render('team_goals_io.file_name', {}, lang)}_{self.month.label(lang)}.xlsx"
        path, _ = get_save_file_name(
            self, self.tr("Export the team goals"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        ctx, month = self.ctx, self.month
        self._set_saving(True)
        self.write(lambda: tio.export_team_goals(ctx, [month], path), self._exported)

    def _exported(self, outcome) -> None:
        self._set_saving(False)
        if outcome.error is not None:
            self._say(outcome.message)
        elif not outcome.cancelled:
            self._say(fill(self.tr("Saved: %1"), str(outcome.result)), error=False)

    def import_workbook(self) -> None:
        """Goals from a workbook (the exported sheet, filled in): checked whole first; nothing
        is written while a row has a problem."""
        path, _ = get_open_file_name(
            self, self.tr("Team goals workbook"), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        ctx = self.ctx
        self._set_saving(True)
        self.write(lambda: run_to_end(tio.plan_team_goals_import(ctx, path)), self._checked)

    def _checked(self, outcome) -> None:
        self._set_saving(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._say(outcome.message)
            return
        plan = outcome.result
        if plan.problems:
            lines = [str(p) for p in plan.problems]
            head = fill(
                self.tr("%1 problem(s): fix the workbook; nothing was imported."), len(lines)
            )
            shown = lines[:SHOWN_PROBLEMS] + (["…"] if len(lines) > SHOWN_PROBLEMS else [])
            self._say("\n".join([head, *shown]))
            return
        if not plan.changes:
            self._say(self.tr("The workbook changes no team goal."), error=False)
            return
        reason = ""
        if plan.published:
            reason = self.reason_provider()
            if reason is None:
                return
        ctx = self.ctx
        self._set_saving(True)
        self.write(
            lambda: run_to_end(tio.apply_team_goals_import(ctx, plan, reason=reason)),
            lambda outcome: self._imported(outcome, len(plan.changes)),
        )

    def _imported(self, outcome, changed: int) -> None:
        """Written: the dialog closes and the tab says how many (as after a save)."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._say(fill(self.tr("Nothing was imported: %1"), outcome.message))
            return
        self.saved = changed
        self.accept()

    def _saved(self, outcome) -> None:
        """Written: the dialog closes (the tab reloads); refused: said here, the rows kept."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self.message.setText(outcome.message)
            return
        self.saved = outcome.result
        self.accept()

    def reject(self) -> None:
        if not self._saving:  # not while the goals are being written
            super().reject()


def _shown(value: float | None) -> str:
    return "" if value is None else fmt_number(value)


def _number(text: str, measure: str) -> float | None:
    """What was typed; a percentage may be typed with its % sign (20% = 20)."""
    text = text.strip()
    if measure == PERCENT and text.endswith(("%", "％")):
        text = text[:-1]
    return cell_values.number(text)
