"""The monthly work task sheet of one person (工作任务书, seed 004), whatever their template:
5–7 key tasks, each of one of the seed's five task types, with steps, measure, due date and
points adding up to 100; at month end each task's score. Where the template scores the sheet,
its score becomes the person's ``task_sheet`` indicator (services.task_sheets). The appraiser's
approval, and the reasons the sheet is of poor quality, which go with the −10 item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.task_sheet import AVERAGED_REASON, QUALITY_REASONS, TASK_TYPES
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import task_sheets as ts
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.edits import keep_untouched
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.file_dialogs import get_save_file_name, period_in_name
from salesperf_desktop.ui.labels import fill

RED = "color: #b00020"
AMBER = "color: #8a5a00"
TITLE, TYPE, STEPS, MEASURE, DUE, POINTS, SCORE = range(7)
NOT_SCORED = -1.0  # the score spin box's minimum shows "—": not scored yet


class TaskSheetDialog(QDialog):
    def __init__(
        self,
        ctx,
        staff_id: int,
        name: str,
        month: Period,
        parent=None,
        *,
        read_only: bool = False,
        audited: bool = False,
        reason_provider: Callable[[], str | None] = lambda: "",
        write: Writer,
    ):
        """*write* runs the save in the entry lane (``ui.entry.write_in_lane``)."""
        super().__init__(parent)
        self.setObjectName("taskSheetDialog")
        self.ctx, self.staff_id, self.month = ctx, staff_id, month
        self.read_only, self.audited, self.reason_provider = read_only, audited, reason_provider
        self.person_name = name
        self.saved_score: float | None = None
        self.saved = False
        self.penalty_changed = False  # the save added, reworded or deleted the −10 event
        self.write = write
        self._saving = False
        self.setWindowTitle(fill(self.tr("Work task sheet: %1, %2"), name, month.label(ctx.lang)))
        stored = ts.load(ctx, staff_id, month)
        self._stored = stored
        self.scored = stored.scored  # the template scores the sheet (its task_sheet item)
        self._make_header(stored)
        self._make_quality(stored)
        self._make_table()
        self._make_labels_and_buttons()
        self._lay_out()
        self._show_tasks(stored, read_only)
        self._issued_shown = self.issued_edit.date()
        self.resize(1240, 600)
        self.validate()

    def _make_header(self, stored: ts.StoredSheet) -> None:
        """The explanation, the issue date and the note."""
        self.intro = QLabel(
            self.tr(
                "5–7 key tasks for the month, with steps and measures, a due date and points "
                "that add up to 100. At month end enter each task's score (0 to its points); "
                "the sum is the month's task sheet score."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.issued_edit = QDateEdit(self)
        self.issued_edit.setObjectName("issuedOn")
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat("yyyy-MM-dd")
        start, _end = ap.month_bounds(self.month)
        self.issued_edit.setDate(QDate(stored.issued_on or start))
        self.note_edit = QLineEdit(stored.note, self)
        self.note_edit.setObjectName("sheetNote")
        # seed 004 (工作任务书的审核): the appraiser checks the sheet the rep filled in.
        self.approved_check = QCheckBox(self.tr("Approved by the appraiser on:"), self)
        self.approved_check.setObjectName("sheetApproved")
        self.approved_check.setChecked(stored.approved_on is not None)
        self.approved_edit = QDateEdit(self)
        self.approved_edit.setObjectName("approvedOn")
        self.approved_edit.setCalendarPopup(True)
        self.approved_edit.setDisplayFormat("yyyy-MM-dd")
        self.approved_edit.setDate(QDate(stored.approved_on or self.ctx.today()))
        self.approved_edit.setEnabled(self.approved_check.isChecked())
        self.approved_check.toggled.connect(self.approved_edit.setEnabled)

    def _make_quality(self, stored: ts.StoredSheet) -> None:
        """Whether the template scores the sheet; seed 004's poor-quality reasons (差错扣分 4)
        as a checklist tied to the catalogue's −10 item; the equal-points warning."""
        self.scored_label = QLabel(
            ""
            if stored.scored
            else self.tr(
                "This person's template does not score the task sheet: it is the month's plan, "
                "approved and checked by the appraiser; its score counts nowhere."
            ),
            self,
        )
        self.scored_label.setObjectName("sheetNotScored")
        self.scored_label.setWordWrap(True)
        self.scored_label.setVisible(not stored.scored)
        points = stored.penalty_points
        self.quality_box = QGroupBox(
            fill(self.tr("Poor quality of the task sheet (%1 points)"), fmt_number(points or 0)),
            self,
        )
        self.quality_box.setObjectName("qualityReasons")
        grid = QVBoxLayout(self.quality_box)
        self.reason_checks: dict[str, QCheckBox] = {}
        for reason in QUALITY_REASONS:
            check = QCheckBox(reason.label(self.ctx.lang), self.quality_box)
            check.setObjectName(f"reason_{reason.code}")
            check.setChecked(reason.code in stored.quality_reasons)
            check.setEnabled(points is not None)
            check.toggled.connect(lambda _on: self.validate())
            self.reason_checks[reason.code] = check
            grid.addWidget(check)
        self.penalty_label = QLabel(self.quality_box)
        self.penalty_label.setObjectName("penaltyState")
        self.penalty_label.setWordWrap(True)
        grid.addWidget(self.penalty_label)
        self.averaged_label = QLabel(self)
        self.averaged_label.setObjectName("pointsAveraged")
        self.averaged_label.setWordWrap(True)
        self.averaged_label.setStyleSheet(AMBER)

    def reasons(self) -> list[str]:
        """The poor-quality reasons ticked (codes, the seed's order)."""
        return [code for code, check in self.reason_checks.items() if check.isChecked()]

    def _penalty_text(self) -> str:
        """What saving does to the −10 event, said beside the checklist."""
        stored, ticked = self._stored, bool(self.reasons())
        if stored.penalty_points is None:
            return self.tr("The adjustment catalogue has no item for a poor task sheet.")
        points = fmt_number(stored.penalty_points)
        if stored.penalties > 1:
            return fill(
                self.tr(
                    "Recorded %1 times this month in the key events: delete the extra ones "
                    "there; the sheet keeps one."
                ),
                stored.penalties,
            )
        if ticked and stored.penalties:
            return fill(self.tr("Recorded in the key events: %1 points."), points)
        if ticked:
            return fill(self.tr("Saving records %1 points in the key events."), points)
        if stored.penalties:
            if stored.quality_reasons:
                return fill(self.tr("Saving deletes the %1 points from the key events."), points)
            return fill(
                self.tr("Recorded by hand in the key events (%1 points): tick its reasons."),
                points,
            )
        return self.tr("Tick a reason to record the deduction; untick them all to take it back.")

    def _make_table(self) -> None:
        """The tasks: title, steps, measure, due date, points and score."""
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("tasksTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Key task"),
                self.tr("Task type"),
                self.tr("Steps and measures"),
                self.tr("Measure of success"),
                self.tr("Due"),
                self.tr("Points"),
                self.tr("Score"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        for c in (TITLE, STEPS, MEASURE):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        for c in (TYPE, DUE, POINTS, SCORE):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _i: self.validate())

    def _make_labels_and_buttons(self) -> None:
        """Sum, count, score and error lines; add/remove, print, save."""
        self.sum_label = QLabel(self)
        self.sum_label.setObjectName("pointsSum")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskCount")
        self.count_label.setWordWrap(True)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("sheetScore")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sheetErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(RED)

        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.setObjectName("addTask")
        self.add_button.clicked.connect(lambda: self.add_task())
        self.remove_button = QPushButton(self.tr("Remove task"), self)
        self.remove_button.setObjectName("removeTask")
        self.remove_button.clicked.connect(self.remove_task)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printTaskSheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTaskSheet")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        """Header, table, sums, warnings, buttons."""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Issued on:"), self))
        top.addWidget(self.issued_edit)
        top.addWidget(self.approved_check)
        top.addWidget(self.approved_edit)
        top.addWidget(QLabel(self.tr("Note:"), self))
        top.addWidget(self.note_edit, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.sum_label)
        row_buttons.addSpacing(16)
        row_buttons.addWidget(self.score_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scored_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.averaged_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.quality_box)
        layout.addLayout(bottom)

    def _show_tasks(self, stored: ts.StoredSheet, read_only: bool) -> None:
        """The stored tasks (or five empty rows); read-only when the month is locked."""
        for task in stored.tasks:
            self.add_task(task)
        if not stored.tasks:
            for _ in range(ts.MIN_TASKS):
                self.add_task()
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for w in (self.add_button, self.remove_button, self.save_button, self.issued_edit):
                w.setEnabled(False)
            self.approved_check.setEnabled(False)
            self.approved_edit.setEnabled(False)
            self.note_edit.setReadOnly(True)
            for check in self.reason_checks.values():
                check.setEnabled(False)

    # ----------------------------------------------------------------- rows

    def add_task(self, task: ts.TaskDraft | None = None) -> int:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        for c, text in ((TITLE, task.title if task else ""), (STEPS, task.steps if task else "")):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setItem(r, MEASURE, QTableWidgetItem(task.measure if task else ""))
        self.table.blockSignals(False)
        due = QDateEdit(self.table)
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        _start, end = ap.month_bounds(self.month)
        due.setDate(QDate(task.due_on if task and task.due_on else end))
        kind = QComboBox(self.table)
        kind.addItem(self.tr("(choose)"), None)
        for t in TASK_TYPES:
            kind.addItem(t.label(self.ctx.lang), t.code)
            kind.setItemData(kind.count() - 1, t.label(self.ctx.lang), Qt.ItemDataRole.ToolTipRole)
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind.setCurrentIndex(max(0, kind.findData(task.task_type if task else None)))
        kind.currentIndexChanged.connect(lambda _i: self.validate())
        self.table.setCellWidget(r, TYPE, kind)
        points = QDoubleSpinBox(self.table)
        points.setRange(0, 100)
        points.setDecimals(1)
        points.setValue(task.points if task else 0)
        score = QDoubleSpinBox(self.table)
        score.setDecimals(1)
        score.setRange(NOT_SCORED, 100)
        score.setSpecialValueText("—")
        score.setValue(task.score if task and task.score is not None else NOT_SCORED)
        for w in (kind, due, points, score):
            w.setEnabled(not self.read_only)
        self.table.setCellWidget(r, DUE, due)
        self.table.setCellWidget(r, POINTS, points)
        self.table.setCellWidget(r, SCORE, score)
        if task is not None:  # a stored task: what the row showed, to keep what is not changed
            self.table.blockSignals(True)
            self.table.item(r, TITLE).setData(Qt.ItemDataRole.UserRole, (task, self._shown(r)))
            self.table.blockSignals(False)
        points.valueChanged.connect(lambda _v: self.validate())
        score.valueChanged.connect(lambda _v: self.validate())
        self.validate()
        return r

    def remove_task(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
        self.validate()

    def points_spin(self, row: int) -> QDoubleSpinBox:
        return self.table.cellWidget(row, POINTS)

    def score_spin(self, row: int) -> QDoubleSpinBox:
        return self.table.cellWidget(row, SCORE)

    def type_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, TYPE)

    def tasks(self) -> list[ts.TaskDraft]:
        """The tasks as shown; what the officer left untouched in a stored task stays as stored
        (an empty due date, a score with more decimals than the box shows)."""
        out = []
        for r in range(self.table.rowCount()):
            task = self._shown(r)
            loaded = self.table.item(r, TITLE).data(Qt.ItemDataRole.UserRole)
            if loaded is not None:
                task = keep_untouched(loaded[0], loaded[1], task)
            out.append(task)
        return out

    def _shown(self, r: int) -> ts.TaskDraft:
        def text(c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item else ""

        score = self.score_spin(r).value()
        return ts.TaskDraft(
            text(TITLE),
            text(STEPS),
            text(MEASURE),
            self.table.cellWidget(r, DUE).date().toPython(),
            self.points_spin(r).value(),
            None if score <= NOT_SCORED else score,
            self.type_combo(r).currentData(),
        )

    def _header(self) -> tuple:
        """(issued on, note, approved on) to save: the stored ones while the officer leaves
        them."""
        issued = self.issued_edit.date()
        note = self.note_edit.text()
        approved = self.approved_edit.date().toPython() if self.approved_check.isChecked() else None
        return (
            self._stored.issued_on if issued == self._issued_shown else issued.toPython(),
            self._stored.note if note == self._stored.note else note.strip(),
            approved,
        )

    def changed(self) -> bool:
        """False while the sheet is the stored one (saving would write nothing)."""
        stored = self._stored
        return not stored.tasks or (
            stored.tasks,
            (stored.issued_on, stored.note, stored.approved_on),
            list(stored.quality_reasons),
        ) != (self.tasks(), self._header(), self.reasons())

    # ----------------------------------------------------------------- checks

    def validate(self) -> list[ts.SheetProblem]:
        if not hasattr(self, "save_button"):
            return []
        tasks = self.tasks()
        problems = ts.check(tasks)
        errors = [p for p in problems if p.severity == "error"]
        total = ts.points_sum(tasks)
        ok_sum = not any(p.code == "points_sum" for p in problems)
        self.sum_label.setText(fill(self.tr("Points: %1 / 100"), fmt_number(total)))
        self.sum_label.setStyleSheet("font-weight: bold" + ("" if ok_sum else "; " + RED))
        score = ts.sheet_score(tasks)
        self.score_label.setText(
            fill(self.tr("Score: %1"), fmt_number(score))
            if score is not None
            else self.tr("Score: not scored yet")
        )
        count = len(tasks)
        self.count_label.setText(
            ""
            if ts.MIN_TASKS <= count <= ts.MAX_TASKS
            else ts.SheetProblem("task_count", "warning", params=(count,)).message(self.ctx.lang)
        )
        self.count_label.setStyleSheet(AMBER)
        self.count_label.setVisible(bool(self.count_label.text()))
        # seed 004: "重点不突出，表现为每项任务的分值平均化" — warned, never refused
        averaged = next((p for p in problems if p.code == "points_averaged"), None)
        self.averaged_label.setText(averaged.message(self.ctx.lang) if averaged else "")
        self.averaged_label.setVisible(averaged is not None)
        self.reason_checks[AVERAGED_REASON].setStyleSheet(AMBER if averaged else "")
        self.penalty_label.setText(self._penalty_text())
        for r in range(self.table.rowCount()):
            bad_points = any(p.row == r and p.code == "points_not_positive" for p in errors)
            bad_score = any(p.row == r and p.code == "score_range" for p in errors)
            self.points_spin(r).setStyleSheet("background: #f8d0d0" if bad_points else "")
            self.score_spin(r).setStyleSheet("background: #f8d0d0" if bad_score else "")
        self.error_label.setText("\n".join(p.message(self.ctx.lang) for p in errors[:6]))
        self.error_label.setVisible(bool(errors))
        self.save_button.setEnabled(not errors and not self.read_only)
        self.print_button.setEnabled(not errors)
        return problems

    # ----------------------------------------------------------------- saving

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Store the sheet (asking the reason in a published month) in the entry lane, the
        dialog waiting meanwhile; *then* runs once nothing is left to save. False: refused
        here (errors, read-only, no reason). An unchanged sheet is not written and no reason
        is asked."""
        then = then or (lambda: None)
        problems = self.validate()
        if any(p.severity == "error" for p in problems) or self.read_only or self._saving:
            return False
        if not self.changed():
            then()
            return True
        issued_on, note, approved_on = self._header()
        reason = self.reason_provider() if self.audited else ""
        if reason is None:
            return False
        ctx, staff_id, month, tasks = self.ctx, self.staff_id, self.month, self.tasks()
        reasons = self.reasons()
        self._set_saving(True)
        self.write(
            lambda: ts.save(
                ctx,
                staff_id,
                month,
                tasks,
                issued_on=issued_on,
                note=note,
                reason=reason,
                approved_on=approved_on,
                quality_reasons=reasons,
            ),
            lambda outcome: self._saved(outcome, then),
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        """While the sheet is stored (a published month re-scores) the dialog waits."""
        self._saving = saving
        for w in (self.table, self.buttons, self.issued_edit, self.note_edit, self.approved_check):
            w.setEnabled(not saving)
        self.quality_box.setEnabled(not saving)
        self.approved_edit.setEnabled(not saving and self.approved_check.isChecked())
        for w in (self.add_button, self.remove_button, self.print_button):
            w.setEnabled(not saving)
        if not saving:
            self.validate()  # the buttons as the sheet allows

    def _saved(self, outcome, then: Callable[[], object]) -> None:
        """Stored: *then* (close, print); refused: said here, the sheet as typed kept."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, LockedError):
                text = self.tr("Not saved: the month is signed and locked.")
            else:
                text = outcome.message
            self.error_label.setText(text)
            self.error_label.setVisible(True)
            return
        self.saved_score = outcome.result
        self.saved = True
        self.penalty_changed = self.reasons() != list(self._stored.quality_reasons)
        then()

    def accept(self) -> None:
        self.save(then=super().accept)

    def reject(self) -> None:
        if not self._saving:  # not while the sheet is being stored
            super().reject()

    def print_sheet(self) -> None:
        """Save (when editable), then write the sheet as a PDF form where the officer chooses,
        and open it."""
        if self.read_only:
            self._print()
        else:
            self.save(then=self._print)

    def _print(self) -> str:
        """The stored sheet as a PDF form; its path ("" when nothing was written)."""
        default = fill(
            self.tr("task-sheet_%1_%2.pdf"), self.person_name, period_in_name(self.month)
        )
        path, _ = get_save_file_name(
            self, self.tr("Save the task sheet"), default, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return ""
        ts.write_pdf(self.ctx, self.staff_id, self.month, path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return path
