"""One GROW interview: the four steps with guidance, actions, follow-ups and the period's result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.status import ActionStatus
from salesperf_desktop.services import reviews
from salesperf_desktop.services.reviews import ActionDraft, FollowUp, InterviewDraft
from salesperf_desktop.ui.edits import keep_untouched, select_or_keep
from salesperf_desktop.ui.labels import dimension_label, fill
from salesperf_desktop.ui.reviews.common import (
    WARNING_COLOUR,
    action_status_label,
    date_edit,
    fill_combo,
    get_date,
    save_cancel_box,
    set_date,
    split,
)
from salesperf_desktop.ui.reviews.self_summary_box import SelfSummaryBox
from salesperf_desktop.ui.ui_context import UiContext

STATUSES = (ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED)
STORED_ROLE = Qt.ItemDataRole.UserRole + 1  # (stored action, as its row showed it)


def _status_combo(parent, status: ActionStatus, lang: str) -> QComboBox:
    combo = QComboBox(parent)
    for s in STATUSES:
        combo.addItem(action_status_label(s.value, lang), s.value)
    combo.setCurrentIndex(combo.findData(status.value))
    return combo


class InterviewDialog(QDialog):
    """Create or edit an interview; ``save()`` writes it (the OK button calls it)."""

    def __init__(
        self,
        ui: UiContext,
        *,
        interview_id: int | None = None,
        staff_id: int | None = None,
        period: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("interviewDialog")
        self.ui = ui
        self.ctx = ui.ctx
        self.interview_id = interview_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New review interview") if interview_id is None else self.tr("Review interview")
        )
        self._build()
        self._load(staff_id, period)
        self.resize(1180, 780)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        """The form (scrolling) beside the period's result, above Save and Cancel."""
        # Built in this order so the Tab key keeps its order (the follow-ups come last).
        head, grow = self._head(), self._grow_parts()
        extra, actions, follow_ups = (
            self._resources_and_career(),
            self._actions_box(),
            self._follow_ups_box(),
        )
        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.addLayout(head)
        form_layout.addWidget(follow_ups)
        form_layout.addLayout(grow)
        form_layout.addLayout(extra)
        form_layout.addWidget(actions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        splitter = split(self, Qt.Orientation.Horizontal, scroll, self._focus_box(), stretch=(3, 1))

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(save_cancel_box(self))

    def _head(self) -> QFormLayout:
        """Employee, period, date and interviewer."""
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("interviewStaff")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("interviewPeriod")
        self.held_on = date_edit(self, self.ui.today(), "interviewDate")
        self.interviewer_combo = QComboBox(self)
        self.interviewer_combo.setObjectName("interviewInterviewer")
        head = QFormLayout()
        head.addRow(self.tr("Employee"), self.staff_combo)
        head.addRow(self.tr("Period"), self.period_combo)
        head.addRow(self.tr("Date"), self.held_on)
        head.addRow(self.tr("Interviewer"), self.interviewer_combo)
        return head

    def _grow_parts(self) -> QGridLayout:
        """The four GROW steps, each with its guiding questions."""
        prompts = {
            "goal": (
                self.tr("Goal"),
                self.tr(
                    "What do we want to reach by the next review? Which target, which "
                    "customers, by when?"
                ),
            ),
            "reality": (
                self.tr("Reality"),
                self.tr(
                    "Where are we now? What happened, with figures; what is the real cause of "
                    "the gap (policy, budget, communication)?"
                ),
            ),
            "options": (
                self.tr("Options"),
                self.tr("What could we do? List several ways, who could help, what it would cost."),
            ),
            "will": (
                self.tr("Will"),
                self.tr("What will you do, by when? Add each agreed step as an action item below."),
            ),
        }
        self.parts: dict[str, QPlainTextEdit] = {}
        grow = QGridLayout()
        for index, (key, (title, prompt)) in enumerate(prompts.items()):
            box = QGroupBox(title, self)
            edit = QPlainTextEdit(box)
            edit.setObjectName(f"grow_{key}")
            edit.setPlaceholderText(prompt)
            edit.setMinimumHeight(84)
            QVBoxLayout(box).addWidget(edit)
            self.parts[key] = edit
            grow.addWidget(box, index // 2, index % 2)
        return grow

    def _resources_and_career(self) -> QGridLayout:
        """Resources promised and career notes, side by side."""
        self.resources = QPlainTextEdit(self)
        self.resources.setObjectName("growResources")
        self.resources.setPlaceholderText(
            self.tr(
                "Resources promised: a product manager's visit, a clinical demonstration, extra "
                "market budget, a training place …"
            )
        )
        self.career = QPlainTextEdit(self)
        self.career.setObjectName("growCareer")
        self.career.setPlaceholderText(
            self.tr("Career development: what the person wants next and what it takes.")
        )
        for edit in (self.resources, self.career):
            edit.setMinimumHeight(60)
        extra = QGridLayout()
        res_box = QGroupBox(self.tr("Resources promised"), self)
        QVBoxLayout(res_box).addWidget(self.resources)
        car_box = QGroupBox(self.tr("Career development"), self)
        QVBoxLayout(car_box).addWidget(self.career)
        extra.addWidget(res_box, 0, 0)
        extra.addWidget(car_box, 0, 1)
        return extra

    def _actions_box(self) -> QGroupBox:
        """The actions agreed in the Will step, with add and remove."""
        self.actions_table = QTableWidget(0, 4, self)
        self.actions_table.setObjectName("actionsTable")
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self._stretch_first(self.actions_table)
        self.actions_table.setMinimumHeight(130)
        add = QPushButton(self.tr("Add action"), self)
        add.setObjectName("addAction")
        add.clicked.connect(lambda: self.add_action())
        remove = QPushButton(self.tr("Remove action"), self)
        remove.setObjectName("removeAction")
        remove.clicked.connect(self._remove_action)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        actions_box = QGroupBox(self.tr("Actions agreed (Will)"), self)
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_table)
        actions_layout.addLayout(buttons)
        return actions_box

    def _follow_ups_box(self) -> QGroupBox:
        """Open actions of earlier interviews, to follow up at this one."""
        self.followups_table = QTableWidget(0, 6, self)
        self.followups_table.setObjectName("followUpsTable")
        self.followups_table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Agreed on"),
                self.tr("Result"),
                self.tr("Follow-up note"),
            ]
        )
        self._stretch_first(self.followups_table)
        self.followups_table.setMinimumHeight(110)
        self.followups_box = QGroupBox(
            self.tr("Follow up: open actions from earlier interviews"), self
        )
        QVBoxLayout(self.followups_box).addWidget(self.followups_table)
        return self.followups_box

    def _focus_box(self) -> QWidget:
        """The period's result the interview starts from."""
        self.focus_label = QLabel(self)
        self.focus_label.setObjectName("interviewFocus")
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextFormat(Qt.TextFormat.RichText)
        self.focus_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        focus_box = QGroupBox(self.tr("Result of the period"), self)
        focus_layout = QVBoxLayout(focus_box)
        focus_layout.addWidget(self.focus_label)
        focus_layout.addStretch(1)
        focus_box.setMinimumWidth(260)
        self.summary = SelfSummaryBox(self.ui, self)
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(focus_box, 1)
        column_layout.addWidget(self.summary, 1)
        return column

    @staticmethod
    def _stretch_first(table: QTableWidget) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    # ------------------------------------------------------------------ data

    def _load(self, staff_id: int | None, period: str | None = None) -> None:
        choices = reviews.interview_choices(self.ctx)
        draft = (
            reviews.interview_draft(self.ctx, self.interview_id)
            if self.interview_id is not None
            else None
        )
        fill_combo(
            self.staff_combo,
            [(f"{no} {name}", sid) for sid, no, name in choices.interviewees],
            keep=draft.staff_id if draft else staff_id,
        )
        if draft is not None:  # a person no longer appraised keeps their interview
            everyone = {sid: f"{no} {name}" for sid, no, name in choices.interviewers}
            select_or_keep(self.staff_combo, draft.staff_id, everyone.get(draft.staff_id))
        fill_combo(
            self.interviewer_combo,
            [("", None), *((f"{no} {name}", sid) for sid, no, name in choices.interviewers)],
            keep=draft.interviewer_id if draft else None,
        )
        fill_combo(
            self.period_combo,
            [(p, p) for p in choices.periods],
            keep=draft.period if draft else (period or choices.default_period),
        )
        if draft is not None:
            set_date(self.held_on, draft.held_on)
            for key, edit in self.parts.items():
                edit.setPlainText(getattr(draft, key))
            self.resources.setPlainText(draft.resources)
            self.career.setPlainText(draft.career_notes)
            for a in draft.actions:
                self.add_action(a)
        elif self.interviewer_combo.currentData() is None:
            self._default_interviewer()
        self.staff_combo.currentIndexChanged.connect(self._person_changed)
        self.period_combo.currentIndexChanged.connect(self._refresh_focus)
        self._refresh_follow_ups()
        self._refresh_focus()
        self._shown = self.draft()

    def _default_interviewer(self) -> None:
        sid = self.staff_combo.currentData()
        if sid is None:
            return
        boss = reviews.supervisor_of(self.ctx, sid)
        index = self.interviewer_combo.findData(boss)
        if boss is not None and index >= 0:
            self.interviewer_combo.setCurrentIndex(index)

    def _person_changed(self) -> None:
        if self.interview_id is None:
            self._default_interviewer()
        self._refresh_follow_ups()
        self._refresh_focus()

    def add_action(self, action: ActionDraft | None = None) -> int:
        action = action or ActionDraft("", "", self.ui.today() + dt.timedelta(days=30))
        table = self.actions_table
        row = table.rowCount()
        table.insertRow(row)
        what = QTableWidgetItem(action.what)
        what.setData(Qt.ItemDataRole.UserRole, action.id)
        table.setItem(row, 0, what)
        table.setItem(row, 1, QTableWidgetItem(action.owner or self._default_owner()))
        table.setCellWidget(row, 2, date_edit(table, action.due_on or self.ui.today()))
        table.setCellWidget(
            row, 3, _status_combo(table, ActionStatus(action.status), self.ctx.lang)
        )
        if action.id is not None:  # stored: what the row showed, to keep what is not changed
            what.setData(STORED_ROLE, (action, self._action_shown(row)))
        return row

    def _default_owner(self) -> str:
        text = self.staff_combo.currentText()
        return text.split(" ", 1)[1] if " " in text else text

    def _remove_action(self) -> None:
        row = self.actions_table.currentRow()
        if row >= 0:
            self.actions_table.removeRow(row)

    def _refresh_follow_ups(self) -> None:
        table = self.followups_table
        table.setRowCount(0)
        sid = self.staff_combo.currentData()
        if sid is None:
            return
        items = reviews.open_follow_ups(
            self.ctx, sid, interview_id=self.interview_id, today=self.ui.today()
        )
        for a in items:
            row = table.rowCount()
            table.insertRow(row)
            what = QTableWidgetItem(a.what + ("  ⚠ " + self.tr("overdue") if a.overdue else ""))
            what.setData(Qt.ItemDataRole.UserRole, a.id)
            what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if a.overdue:
                what.setForeground(WARNING_COLOUR)
                what.setToolTip(self.tr("Open and past its due date"))
            table.setItem(row, 0, what)
            for col, text in (
                (1, a.owner),
                (2, a.due_on.isoformat() if a.due_on else ""),
                (3, a.interview_held_on.isoformat()),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, col, item)
            table.setCellWidget(row, 4, _status_combo(table, a.status, self.ctx.lang))
            table.setItem(row, 5, QTableWidgetItem(a.follow_up_note))
        self.followups_box.setVisible(True)
        self.followups_box.setTitle(
            fill(self.tr("Follow up: open actions from earlier interviews (%1)"), len(items))
        )

    def _refresh_focus(self) -> None:
        sid = self.staff_combo.currentData()
        period = self.period_combo.currentData()
        self.summary.show_person(sid, period)
        focus = None
        if sid is not None and period:
            try:
                focus = reviews.result_focus(self.ctx, sid, period)
            except Exception:  # a period with no data at all: no result to start from
                focus = None
        if focus is None:
            self.focus_label.setText(self.tr("No result for this person and period yet."))
            return
        state = self.tr("published") if focus.frozen else self.tr("provisional")
        lines = [
            "<p><b>"
            + fill(
                self.tr("Total %1 of %2, grade %3 (%4)"),
                f"{focus.total:.1f}",
                f"{focus.sheet_total:.0f}",
                focus.grade,
                state,
            )
            + "</b><br>"
            + (
                self.tr("Appraised by quarter: a month has no grade and no bonus coefficient.")
                if focus.coefficient is None
                else fill(self.tr("Bonus coefficient %1"), f"{focus.coefficient:g}")
            )
            + "</p>",
            "<p><b>" + self.tr("Weakest dimensions") + "</b></p><ul>",
        ]
        for d in focus.weakest_dimensions:
            lines.append(
                "<li>"
                + fill(
                    self.tr("%1: %2 points lost (%3 of %4 points, %5)"),
                    d.label or dimension_label(d.dimension),
                    f"{d.gap:.1f}",
                    f"{d.points:.1f}",
                    f"{d.weight:g}",
                    f"{d.ratio:.0%}",
                )
                + "</li>"
            )
        lines.append("</ul><p><b>" + self.tr("Largest gaps to target") + "</b></p><ul>")
        for it in focus.weakest_items:
            lines.append(
                "<li>"
                + fill(
                    self.tr("%1: %2 of %3 points"), it.label, f"{it.points:.1f}", f"{it.weight:g}"
                )
                + "</li>"
            )
        lines.append("</ul>")
        self.focus_label.setText("".join(lines))

    # ------------------------------------------------------------------ saving

    def _action_shown(self, row: int) -> ActionDraft:
        what = self.actions_table.item(row, 0)
        owner = self.actions_table.item(row, 1)
        return ActionDraft(
            what=what.text() if what else "",
            owner=owner.text() if owner else "",
            due_on=get_date(self.actions_table.cellWidget(row, 2)),
            status=ActionStatus(self.actions_table.cellWidget(row, 3).currentData()),
            id=what.data(Qt.ItemDataRole.UserRole) if what else None,
        )

    def draft(self) -> InterviewDraft:
        """The interview as entered; what the officer left as shown in a stored action stays
        as stored (an action without a due date keeps none)."""
        actions = []
        for row in range(self.actions_table.rowCount()):
            action = self._action_shown(row)
            what = self.actions_table.item(row, 0)
            stored = what.data(STORED_ROLE) if what else None
            if stored is not None:
                action = keep_untouched(stored[0], stored[1], action)
            actions.append(action)
        follow_ups = []
        for row in range(self.followups_table.rowCount()):
            item = self.followups_table.item(row, 0)
            status = ActionStatus(self.followups_table.cellWidget(row, 4).currentData())
            note_item = self.followups_table.item(row, 5)
            note = note_item.text() if note_item else ""
            if status is not ActionStatus.OPEN or note.strip():
                follow_ups.append(FollowUp(item.data(Qt.ItemDataRole.UserRole), status, note))
        return InterviewDraft(
            staff_id=self.staff_combo.currentData(),
            period=self.period_combo.currentData(),
            held_on=get_date(self.held_on),
            interviewer_id=self.interviewer_combo.currentData(),
            goal=self.parts["goal"].toPlainText(),
            reality=self.parts["reality"].toPlainText(),
            options=self.parts["options"].toPlainText(),
            will=self.parts["will"].toPlainText(),
            resources=self.resources.toPlainText(),
            career_notes=self.career.toPlainText(),
            actions=actions,
            follow_ups=follow_ups,
        )

    def save(self) -> bool:
        """Store the interview and close; an edit that changes nothing closes writing nothing."""
        draft = self.draft()
        if self.interview_id is not None and draft == self._shown:
            self.accept()
            return True
        if draft.staff_id is None or not draft.period:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose the employee and the period.")
            )
            return False
        try:
            self.saved_id = reviews.store_interview(self.ctx, draft, interview_id=self.interview_id)
        except reviews.InterviewError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Fill in at least one of Goal, Reality, Options and Will."),
            )
            return False
        self.accept()
        return True
