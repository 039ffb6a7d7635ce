"""A person's moves and leave (调岗、晋升、降职; 事假、病假、产假): recorded with their dates and the
officer's reason; a period in which the person moved is scored in each placement by working
days, leave as the company's rules say (``domain.movements``)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.messages import CodedError, render
from salesperf_desktop.domain.movements import LEAVE_KINDS, MOVE_KINDS
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.locking import ReasonRequired
from salesperf_desktop.services.staff import staff_form
from salesperf_desktop.ui.labels import fill, role_label
from salesperf_desktop.ui.staff.fields import code_combo

ROLES = ("sales_rep", "sales_manager", "director")


def _date_edit(parent: QWidget, day) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day))
    return edit


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class StaffHistoryDialog(QDialog):
    """调动与请假 of one person: the lists, and a line to record a new one of each."""

    def __init__(self, ui, staff_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffHistoryDialog")
        self.ui, self.ctx, self.staff_id = ui, ui.ctx, staff_id
        self.changed = False
        form = staff_form(self.ctx, staff_id)
        person = form.current
        self.setWindowTitle(fill(self.tr("Moves and leave: %1"), person.name))
        lang = self.ctx.lang
        today = ui.today()

        # ---- moves
        self.moves = _table(
            [
                self.tr("Effective"),
                self.tr("Kind"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Reason"),
            ],
            self,
        )
        self.moves.setObjectName("movesTable")
        self.move_kind = code_combo(
            [(render(f"move.kind.{k}", {}, lang), k) for k in MOVE_KINDS], self
        )
        self.move_kind.setObjectName("moveKind")
        self.move_date = _date_edit(self, today)
        self.move_date.setObjectName("moveDate")
        self.move_team = QComboBox(self)
        self.move_team.setObjectName("moveTeam")
        self.move_team.addItem(render("move.no_team", {}, lang), None)
        for team in form.teams:
            self.move_team.addItem(team.name, team.id)
        self.move_team.setCurrentIndex(max(self.move_team.findData(person.team_id), 0))
        roles = list(dict.fromkeys((*ROLES, *form.roles)))
        self.move_role = code_combo([(role_label(r), r) for r in roles], self)
        self.move_role.setObjectName("moveRole")
        self.move_role.setCurrentIndex(max(self.move_role.findData(person.role), 0))
        self.move_reason = QLineEdit(self)
        self.move_reason.setObjectName("moveReason")
        self.move_reason.setPlaceholderText(self.tr("Why, and who decided (e.g. the notice)"))
        self.record_move_button = QPushButton(self.tr("Record move"), self)
        self.record_move_button.setObjectName("recordMove")
        self.record_move_button.clicked.connect(self.record_move)
        move_form = QFormLayout()
        move_form.addRow(self.tr("Kind"), self.move_kind)
        move_form.addRow(self.tr("Effective from"), self.move_date)
        move_form.addRow(self.tr("Team after"), self.move_team)
        move_form.addRow(self.tr("Role after"), self.move_role)
        move_form.addRow(self.tr("Reason"), self.move_reason)
        move_box = QGroupBox(self.tr("Transfers, promotions, demotions"), self)
        move_layout = QVBoxLayout(move_box)
        move_layout.addWidget(self.moves)
        move_layout.addLayout(move_form)
        self.undo_move_button = QPushButton(self.tr("Take back the latest move…"), self)
        self.undo_move_button.setObjectName("undoMove")
        self.undo_move_button.clicked.connect(self.undo_move)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.record_move_button)
        move_buttons.addWidget(self.undo_move_button)
        move_layout.addLayout(move_buttons)

        # ---- leave
        self.leave = _table(
            [self.tr("Kind"), self.tr("First day"), self.tr("Last day"), self.tr("Note")], self
        )
        self.leave.setObjectName("leaveTable")
        self.leave_kind = code_combo(
            [(render(f"leave.kind.{k}", {}, lang), k) for k in LEAVE_KINDS], self
        )
        self.leave_kind.setObjectName("leaveKind")
        self.leave_start = _date_edit(self, today)
        self.leave_start.setObjectName("leaveStart")
        self.leave_end = _date_edit(self, today)
        self.leave_end.setObjectName("leaveEnd")
        self.leave_note = QLineEdit(self)
        self.leave_note.setObjectName("leaveNote")
        self.record_leave_button = QPushButton(self.tr("Record leave"), self)
        self.record_leave_button.setObjectName("recordLeave")
        self.record_leave_button.clicked.connect(self.record_leave)
        self.remove_leave_button = QPushButton(self.tr("Remove selected leave"), self)
        self.remove_leave_button.setObjectName("removeLeave")
        self.remove_leave_button.clicked.connect(self.remove_leave)
        leave_form = QFormLayout()
        leave_form.addRow(self.tr("Kind"), self.leave_kind)
        leave_form.addRow(self.tr("First day"), self.leave_start)
        leave_form.addRow(self.tr("Last day"), self.leave_end)
        leave_form.addRow(self.tr("Note"), self.leave_note)
        leave_buttons = QHBoxLayout()
        leave_buttons.addWidget(self.record_leave_button)
        leave_buttons.addWidget(self.remove_leave_button)
        rule = QLabel(
            self.tr(
                "Personal leave deducts 1 point a working day; sick leave none. Maternity and "
                "other long leave prorate the month's targets to the working days present. "
                "On leave all month: not graded that month, and named above the grid."
            ),
            self,
        )
        rule.setWordWrap(True)
        leave_box = QGroupBox(self.tr("Leave"), self)
        leave_layout = QVBoxLayout(leave_box)
        leave_layout.addWidget(self.leave)
        leave_layout.addLayout(leave_form)
        leave_layout.addLayout(leave_buttons)
        leave_layout.addWidget(rule)

        self.error = QLabel(self)
        self.error.setObjectName("historyError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        # what a move recorded for the register only left as signed (not an error)
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.note.hide()
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        boxes = QHBoxLayout()
        boxes.addWidget(move_box, 3)
        boxes.addWidget(leave_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(closing)
        self.resize(1100, 560)
        self._load()

    def _load(self) -> None:
        lang = self.ctx.lang
        no_team = render("move.no_team", {}, lang)
        moves = mvs.list_moves(self.ctx, self.staff_id)
        self.moves.setRowCount(len(moves))
        for row, m in enumerate(moves):
            cells = (
                m.effective.isoformat(),
                render(f"move.kind.{m.kind}", {}, lang),
                f"{m.from_team or no_team} {role_label(m.from_role)}",
                f"{m.to_team or no_team} {role_label(m.to_role)}",
                m.reason,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the reason may be longer than its column
                self.moves.setItem(row, col, item)
        self.undo_move_button.setEnabled(bool(moves))
        self._leave_ids = []
        leave = mvs.list_leave(self.ctx, self.staff_id)
        self.leave.setRowCount(len(leave))
        for row, lv in enumerate(leave):
            self._leave_ids.append(lv.id)
            cells = (
                render(f"leave.kind.{lv.kind}", {}, lang),
                lv.start.isoformat(),
                lv.end.isoformat(),
                lv.note,
            )
            for col, text in enumerate(cells):
                self.leave.setItem(row, col, QTableWidgetItem(text))

    def _tell(self, error: CodedError | None) -> None:
        self.error.setText(error.message(self.ctx.lang) if error else "")
        self.error.setVisible(error is not None)

    def _done(self) -> None:
        self.changed = True
        self._tell(None)
        self.note.hide()
        self._load()
        self.ui.events.changed.emit("staff")
        # a published month's appraisals may have been amended: forms to print again
        self.ui.events.changed.emit("reviews")

    def _write(self, write, suggested: str = "") -> bool:
        """*write(reason)*; a change of a published month needs a reason, asked as the grid
        asks it (the appraisals it changes are amended with it), then written again."""
        try:
            write("")
        except ReasonRequired:
            reason = self._ask_reason(suggested)
            if reason is None:
                return False
            try:
                write(reason)
            except CodedError as refused:
                self._tell(refused)
                return False
            self._done()
            return True
        except CodedError as refused:
            self._tell(refused)
            return False
        self._done()
        return True

    def _ask_reason(self, suggested: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reason for the change"),
            self.tr(
                "This changes a published month: its appraisals are amended and printed again, "
                "and the change is recorded in the audit trail.\nWhy is it changed?"
            ),
            text=suggested,
        )
        if not ok or not text.strip():
            self.error.setText(self.tr("Not changed: a reason is needed in a published period."))
            self.error.show()
            return None
        return text.strip()

    def record_move(self) -> None:
        draft = mvs.MoveDraft(
            self.move_date.date().toPython(),
            self.move_kind.currentData(),
            self.move_team.currentData(),
            self.move_role.currentData(),
            self.move_reason.text(),
        )
        frozen: tuple = ()
        if draft.effective is not None and draft.reason.strip():
            # a long-past move reaches locked or signed months: her choice, before the reason
            frozen = mvs.frozen_months_of_move(self.ctx, self.staff_id, draft.effective)
            if frozen and not self._register_only(frozen, draft.effective, undo=False):
                return

        def write(reason: str) -> None:
            mvs.record_move(
                self.ctx, self.staff_id, draft, reason=reason, register_only=bool(frozen)
            )

        if self._write(write, draft.reason.strip()):
            self.move_reason.clear()
            self._left_as_signed(
                frozen,
                self.tr("Recorded for the register only: the appraisals of %1 stay as signed."),
            )

    def undo_move(self) -> None:
        """A move recorded by mistake: the latest one is taken back, with a reason."""
        moves = mvs.list_moves(self.ctx, self.staff_id)
        latest = max(moves, key=lambda m: (m.effective, m.id)) if moves else None
        frozen: tuple = ()
        if latest is not None:
            frozen = mvs.frozen_months_of_move(self.ctx, self.staff_id, latest.effective)
            if frozen and not self._register_only(frozen, latest.effective, undo=True):
                return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Take back the latest move"),
            self.tr("Why is the latest move taken back? (kept in the audit trail)"),
        )
        if not ok:
            return
        if self._write(
            lambda _asked: mvs.undo_latest_move(
                self.ctx, self.staff_id, reason, register_only=bool(frozen)
            )
        ):
            self._left_as_signed(
                frozen,
                self.tr("Taken back for the register only: the appraisals of %1 stay as signed."),
            )

    def _register_only(self, frozen, day, *, undo: bool) -> bool:
        """Her choice for a move reaching locked or signed months: the register only, or
        cancel (the appraisals signed there change only through an appeal)."""
        months = mvs.months_text(frozen, self.ctx.lang)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Locked months"), "", parent=self)
        box.setObjectName("registerOnlyChoice")
        box.setText(
            fill(
                self.tr(
                    "%1: locked, or signed by this person. Their appraisals change only "
                    "through an upheld appeal."
                ),
                months,
            )
        )
        if undo:
            explain = self.tr(
                "The move can be taken back for the register only: the team and sheet "
                "history from %1 go back to what they were, but the appraisals of those months "
                "are not scored again and stay as signed (the audit trail says so). Published "
                "months after them that are not signed yet are amended as usual."
            )
            choice = self.tr("Take back for the register only")
        else:
            explain = self.tr(
                "The move can be recorded for the register only: the team and sheet history "
                "change from %1, but the appraisals of those months are not scored again and "
                "stay as signed (the audit trail says so). Published months after them that "
                "are not signed yet are amended as usual."
            )
            choice = self.tr("Record for the register only")
        box.setInformativeText(fill(explain, day.isoformat()))
        register = box.addButton(choice, QMessageBox.ButtonRole.AcceptRole)
        register.setObjectName("registerOnly")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is register

    def _left_as_signed(self, frozen, text: str) -> None:
        """Say on screen what a register-only change left as it was."""
        if frozen:
            self.note.setText(fill(text, mvs.months_text(frozen, self.ctx.lang)))
            self.note.show()

    def record_leave(self) -> None:
        draft = mvs.LeaveDraft(
            self.leave_kind.currentData(),
            self.leave_start.date().toPython(),
            self.leave_end.date().toPython(),
            self.leave_note.text(),
        )

        def write(reason: str) -> None:
            mvs.record_leave(self.ctx, self.staff_id, draft, reason=reason)

        if self._write(write, draft.note.strip()):
            self.leave_note.clear()

    def remove_leave(self) -> None:
        row = self.leave.currentRow()
        if 0 <= row < len(self._leave_ids):
            leave_id = self._leave_ids[row]
            self._write(lambda reason: mvs.remove_leave(self.ctx, leave_id, reason))
