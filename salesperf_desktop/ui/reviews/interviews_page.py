"""Interviews page: every GROW interview, its actions, and buttons to hold the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services import choices, reviews
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.reviews.common import (
    FlaggedRowsModel,
    action_status_label,
    fill_combo,
    reselect,
    select_key,
    selected_key,
    split,
    table,
)
from salesperf_desktop.ui.ui_context import UiContext


class InterviewsPage(QWidget):
    def __init__(self, ui: UiContext, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.ctx = ui.ctx
        self.events = ui.events
        self.person_filter = QComboBox(self)
        self.person_filter.setObjectName("interviewPersonFilter")
        self.person_filter.setMinimumContentsLength(12)
        self.person_filter.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New interview…"), self)
        self.new_button.setObjectName("newInterview")
        self.new_button.clicked.connect(lambda: self.open_interview(None))
        self.edit_button = QPushButton(self.tr("Open interview…"), self)
        self.edit_button.setObjectName("editInterview")
        self.edit_button.clicked.connect(lambda: self.open_interview(selected_key(self.view)))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Employee"), self))
        bar.addWidget(self.person_filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)

        self.model = FlaggedRowsModel(
            [
                self.tr("Date"),
                self.tr("Employee"),
                self.tr("Period"),
                self.tr("Interviewer"),
                self.tr("Open actions"),
                self.tr("Overdue"),
                self.tr("Goal"),
            ],
            self,
        )
        self.view = table(self, self.model, "interviewTable")
        self.view.doubleClicked.connect(lambda _i: self.open_interview(selected_key(self.view)))
        self.view.selectionModel().selectionChanged.connect(self._show_actions)

        self.actions_model = FlaggedRowsModel(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Follow-up note"),
            ],
            self,
        )
        actions_view = table(self, self.actions_model, "interviewActions")
        actions_box = QGroupBox(self.tr("Actions agreed at the selected interview"), self)
        QVBoxLayout(actions_box).addWidget(actions_view)

        splitter = split(self, Qt.Orientation.Vertical, self.view, actions_box)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Interviews (GROW)")

    def refresh(self) -> None:
        current = selected_key(self.view)
        self._fill_people()
        rows = reviews.list_interviews(self.ctx, staff_id=self.person_id(), today=self.ui.today())
        self.model.set_rows(
            [
                (
                    r.held_on,
                    f"{r.employee_no} {r.staff_name}",
                    r.period_key,
                    r.interviewer,
                    r.open_actions,
                    r.overdue_actions or "",
                    r.goal,
                )
                for r in rows
            ],
            keys=[r.id for r in rows],
            warnings=[
                fill(self.tr("%1 open actions are past their due date"), r.overdue_actions)
                if r.overdue_actions
                else ""
                for r in rows
            ],
        )
        reselect(self.view, current)
        self._show_actions()

    def _fill_people(self) -> None:
        """All staff, then everyone by employee ID, keeping the person chosen."""
        fill_combo(
            self.person_filter,
            [
                (self.tr("All staff"), None),
                *((f"{p.employee_no} {p.name}", p.id) for p in choices.people(self.ctx)),
            ],
        )

    def person_id(self) -> int | None:
        """The person whose interviews are listed (None: everyone's)."""
        return self.person_filter.currentData()

    def _show_actions(self, *_args) -> None:
        key = selected_key(self.view)
        if key is None:
            self.actions_model.set_rows([])
            return
        actions = reviews.interview_actions(self.ctx, key, today=self.ui.today())
        self.actions_model.set_rows(
            [
                (
                    a.what,
                    a.owner,
                    a.due_on,
                    action_status_label(a.status.value, self.ctx.lang),
                    a.follow_up_note,
                )
                for a in actions
            ],
            keys=[a.id for a in actions],
            warnings=[self.tr("Open and past its due date") if a.overdue else "" for a in actions],
        )

    def show_person(self, staff_id: int | None) -> None:
        """List *staff_id*'s interviews (everyone's for None)."""
        index = self.person_filter.findData(staff_id) if staff_id is not None else 0
        if index >= 0:
            self.person_filter.setCurrentIndex(index)

    def open_interview(self, interview_id: int | None, period: str | None = None) -> None:
        """Open an interview (None: a new one with the person listed, for *period*)."""
        # Loaded when first opened: the window's start does without it.
        from salesperf_desktop.ui.reviews.interview_dialog import InterviewDialog

        with deleted_after(
            InterviewDialog(
                self.ui,
                interview_id=interview_id,
                staff_id=self.person_id(),
                period=period,
                parent=self,
            )
        ) as dialog:
            if not dialog.exec() or dialog.saved_id is None:
                return
            saved_id = dialog.saved_id
        self.events.changed.emit("reviews")
        self.refresh()
        select_key(self.view, saved_id)
