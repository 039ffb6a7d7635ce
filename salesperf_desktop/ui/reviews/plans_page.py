"""Result use: grade, coefficient, promotion hints, training, improvement plans (C/D)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesperf_desktop.services import improvement, periods
from salesperf_desktop.services.improvement import PlanDraft
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.progress_strip import ProgressStrip
from salesperf_desktop.ui.reviews.common import (
    FlaggedRowsModel,
    fill_combo,
    fmt_points,
    reselect,
    selected_key,
    split,
    table,
)
from salesperf_desktop.ui.tasks import one_step
from salesperf_desktop.ui.ui_context import UiContext


class PlansPage(QWidget):
    def __init__(self, ui: UiContext, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.ctx = ui.ctx
        self.events = ui.events
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("plansPeriod")
        self.period_combo.setMinimumContentsLength(10)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period_combo)
        self.grades_label = QLabel(self)
        bar.addWidget(self.grades_label, 1)

        self.model = FlaggedRowsModel(
            [
                self.tr("Employee"),
                self.tr("Total"),
                self.tr("Grade"),
                self.tr("Bonus coefficient"),
                self.tr("Improvement plan"),
                self.tr("Promotion"),
            ],
            self,
        )
        self.view = table(self, self.model, "resultUseTable")
        self.view.selectionModel().selectionChanged.connect(self._show)

        right = self._advice_and_plan()

        # The plan form scrolls rather than forcing a tall window.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = split(self, Qt.Orientation.Horizontal, self.view, scroll, stretch=(1, 1))
        self.progress = ProgressStrip(self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)

    def _advice_and_plan(self) -> QWidget:
        """The use of the selected result above its improvement plan form."""
        self.advice = QLabel(self)
        self.advice.setObjectName("adviceLabel")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.goals = QPlainTextEdit(self)
        self.goals.setObjectName("planGoals")
        self.goals.setPlaceholderText(self.tr("Measurable goals for the improvement period"))
        self.actions = QPlainTextEdit(self)
        self.actions.setObjectName("planActions")
        self.actions.setPlaceholderText(self.tr("What the employee will do, step by step"))
        self.support = QPlainTextEdit(self)
        self.support.setObjectName("planSupport")
        self.support.setPlaceholderText(
            self.tr("Coaching, training and resources the company gives")
        )
        self.review_dates = QLineEdit(self)
        self.review_dates.setObjectName("planReviewDates")
        self.review_dates.setPlaceholderText("2026-11-15, 2026-12-15")
        self.outcome = QPlainTextEdit(self)
        self.outcome.setObjectName("planOutcome")
        self.outcome.setPlaceholderText(self.tr("Outcome at the last review"))
        for edit in (self.goals, self.actions, self.support, self.outcome):
            edit.setMinimumHeight(48)
        self.closed = QCheckBox(self.tr("Plan closed"), self)
        self.save_button = QPushButton(self.tr("Save plan"), self)
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save_plan)
        plan_box = QGroupBox(self.tr("Improvement plan"), self)
        form = QFormLayout(plan_box)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Actions"), self.actions)
        form.addRow(self.tr("Support"), self.support)
        form.addRow(self.tr("Review dates"), self.review_dates)
        form.addRow(self.tr("Outcome"), self.outcome)
        row = QHBoxLayout()
        row.addWidget(self.closed)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        advice_box = QGroupBox(self.tr("Use of the result"), self)
        QVBoxLayout(advice_box).addWidget(self.advice)
        right_layout.addWidget(advice_box)
        right_layout.addWidget(plan_box, 1)
        return right

    def title(self) -> str:
        return self.tr("Results and plans")

    def refresh(self) -> None:
        current = selected_key(self.view)
        grades = improvement.plan_grades(self.ctx)
        self.grades_label.setText(
            fill(self.tr("Grades that call for an improvement plan: %1"), ", ".join(grades))
        )
        fill_combo(self.period_combo, [(p.key, p.id) for p in periods.published_periods(self.ctx)])
        period_id = self.period_combo.currentData()
        if not period_id:
            self._show_rows([], current)
            return

        def read(outcome) -> None:
            if outcome.error is None and not outcome.cancelled and isValid(self):
                self._show_rows(outcome.result, current)

        # Everyone's grade history is read for the promotion hints: seconds at 300 staff.
        job = one_step(improvement.list_result_use, self.ctx, period_id)
        self.ui.tasks.run(
            self.title(), job, read, self, view=self.progress, latest=f"plans-{id(self)}"
        )

    def _show_rows(self, rows: list, current) -> None:
        states = {"": self.tr("needed"), "open": self.tr("open"), "closed": self.tr("closed")}
        self.model.set_rows(
            [
                (
                    f"{r.employee_no} {r.staff_name}",
                    fmt_points(r.total),
                    r.grade or "",
                    "" if r.coefficient is None else f"{r.coefficient:g}",
                    states[r.plan_state] if (r.needs_plan or r.plan_state) else "",
                    self.tr("two A or better in a row") if r.promotion else "",
                )
                for r in rows
            ],
            keys=[r.appraisal_id for r in rows],
            warnings=[
                self.tr("Improvement plan needed") if r.needs_plan and not r.plan_state else ""
                for r in rows
            ],
        )
        reselect(self.view, current)
        self._show()

    def _show(self, *_args) -> None:
        key = selected_key(self.view)
        for w in (self.goals, self.actions, self.support, self.outcome):
            w.clear()
        self.review_dates.clear()
        self.closed.setChecked(False)
        if key is None:
            self.advice.clear()
            return
        advice, plan = improvement.advice_and_plan(self.ctx, key)
        lines = [
            fill(
                self.tr("Grade %1, bonus coefficient %2"),
                advice.grade or "",
                "" if advice.coefficient is None else f"{advice.coefficient:g}",
            )
        ]
        if advice.needs_plan:
            lines.append("<b>" + self.tr("This grade calls for an improvement plan.") + "</b>")
        if advice.promotion:
            lines.append(self.tr("Promotion hint: two consecutive results of A or better."))
        if advice.weakest_label:
            lines.append(
                self._weakest_text(advice)
                + "<ul>"
                + "".join(f"<li>{t}</li>" for t in advice.trainings)
                + "</ul>"
            )
        history = " · ".join(f"{p.period_key} {p.grade}" for p in advice.history[-6:])
        lines.append(fill(self.tr("History: %1"), history))
        self.advice.setText("<br>".join(lines))
        if plan is not None:
            draft = plan
            self.goals.setPlainText(draft.goals)
            self.actions.setPlainText(draft.actions)
            self.support.setPlainText(draft.support)
            self.review_dates.setText(", ".join(d.isoformat() for d in draft.review_dates))
            self.outcome.setPlainText(draft.outcome)
            self.closed.setChecked(draft.closed)
        elif advice.needs_plan and advice.trainings:
            self.support.setPlainText("\n".join(advice.trainings))

    def _weakest_text(self, advice: improvement.Advice) -> str:
        """The weakest dimension with both numbers: points lost and the share it scored."""
        if advice.weakest_weight:
            points, weight = advice.weakest_points or 0.0, advice.weakest_weight
            return fill(
                self.tr(
                    "Weakest dimension: %1, %2 points lost (%3 of %4 points, %5). "
                    "Suggested training:"
                ),
                advice.weakest_label,
                f"{max(0.0, weight - points):.1f}",
                f"{points:.1f}",
                f"{weight:g}",
                f"{points / weight:.0%}",
            )
        return fill(self.tr("Weakest dimension: %1. Suggested training:"), advice.weakest_label)

    def save_plan(self) -> bool:
        key = selected_key(self.view)
        if key is None:
            return False
        try:
            dates = [
                dt.date.fromisoformat(part.strip())
                for part in self.review_dates.text().replace("，", ",").split(",")
                if part.strip()
            ]
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Improvement plan"), self.tr("Write review dates as 2026-11-15.")
            )
            return False
        draft = PlanDraft(
            goals=self.goals.toPlainText(),
            actions=self.actions.toPlainText(),
            support=self.support.toPlainText(),
            review_dates=dates,
            outcome=self.outcome.toPlainText(),
            closed=self.closed.isChecked(),
        )
        try:
            improvement.store_plan(self.ctx, key, draft)
        except ValueError:
            QMessageBox.warning(
                self,
                self.tr("Improvement plan"),
                self.tr("An improvement plan needs goals or actions."),
            )
            return False
        self.events.changed.emit("reviews")
        self.refresh()
        return True
