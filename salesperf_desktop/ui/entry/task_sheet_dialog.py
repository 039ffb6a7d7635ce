"""The monthly work task sheet of one person (工作任务书, seed 004): 5–7 key tasks with steps,
measure, due date and points adding up to 100; at month end each task's score. The sheet's
score becomes the person's ``task_sheet`` indicator (services.task_sheets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import task_sheets as ts
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.edits import keep_untouched
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.file_dialogs import get_save_file_name, period_in_name
from salesperf_desktop.ui.labels import fill

RED = "color: #b00020"
TITLE, STEPS, MEASURE, DUE, POINTS, SCORE = range(6)
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
        self.write = write
        self._saving = False
        self.setWindowTitle(fill(self.tr("Work task sheet: %1, %2"), name, month.label(ctx.lang)))
        stored = ts.load(ctx, staff_id, month)
        self._stored = stored
        self._make_header(stored)
        self._make_table()
        self._make_labels_and_buttons()
        self._lay_out()
        self._show_tasks(stored, read_only)
        self._issued_shown = self.issued_edit.date()
        self.resize(1060, 440)
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

    def _make_table(self) -> None:
        """The tasks: title, steps, measure, due date, points and score."""
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("tasksTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Key task"),
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
        for c in (DUE, POINTS, SCORE):
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
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
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
        points = QDoubleSpinBox(self.table)
        points.setRange(0, 100)
        points.setDecimals(1)
        points.setValue(task.points if task else 0)
        score = QDoubleSpinBox(self.table)
        score.setDecimals(1)
        score.setRange(NOT_SCORED, 100)
        score.setSpecialValueText("—")
        score.setValue(task.score if task and task.score is not None else NOT_SCORED)
        for w in (due, points, score):
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
        ) != (self.tasks(), self._header())

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
        self.count_label.setStyleSheet("color: #8a5a00")
        self.count_label.setVisible(bool(self.count_label.text()))
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
            ),
            lambda outcome: self._saved(outcome, then),
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        """While the sheet is stored (a published month re-scores) the dialog waits."""
        self._saving = saving
        for w in (self.table, self.buttons, self.issued_edit, self.note_edit, self.approved_check):
            w.setEnabled(not saving)
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
