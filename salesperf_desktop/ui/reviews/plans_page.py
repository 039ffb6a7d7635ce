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
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesperf_desktop.domain.status import PeriodStatus
from salesperf_desktop.services import improvement
from salesperf_desktop.services.improvement import PlanDraft
from salesperf_desktop.storage.models import PeriodRow
from salesperf_desktop.ui.reviews.common import (
    FlaggedRowsModel,
    fill_combo,
    fmt_points,
    select_key,
    selected_key,
    table,
)


class PlansPage(QWidget):
    def __init__(self, ctx, events, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
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

        # The plan form scrolls rather than forcing a tall window.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Results and plans")

    def _plan_grades(self) -> list[str]:
        return list(self.ctx.settings.get("improvement_plan_grades") or [])

    def refresh(self) -> None:
        current = selected_key(self.view)
        grades = self._plan_grades()
        self.grades_label.setText(
            self.tr("Grades that call for an improvement plan: %1").replace("%1", ", ".join(grades))
        )
        with self.ctx.session() as session:
            periods = session.scalars(
                select(PeriodRow)
                .where(PeriodRow.status.in_([PeriodStatus.PUBLISHED, PeriodStatus.LOCKED]))
                .order_by(PeriodRow.year.desc(), PeriodRow.number.desc())
            ).all()
            fill_combo(self.period_combo, [(p.key, p.id) for p in periods])
            period_id = self.period_combo.currentData()
            rows = (
                improvement.result_use_rows(session, period_id, plan_grades=grades)
                if period_id
                else []
            )
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
        if current is not None:
            select_key(self.view, current)
        elif rows:
            self.view.selectRow(0)
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
        with self.ctx.session() as session:
            advice = improvement.advice_for(
                session, key, lang=self.ctx.lang, plan_grades=self._plan_grades()
            )
            plan = improvement.plan_for(session, key)
        lines = [
            self.tr("Grade %1, bonus coefficient %2")
            .replace("%1", advice.grade or "")
            .replace("%2", "" if advice.coefficient is None else f"{advice.coefficient:g}")
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
        lines.append(self.tr("History: %1").replace("%1", history))
        self.advice.setText("<br>".join(lines))
        if plan is not None:
            _, draft = plan
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
            return (
                self.tr(
                    "Weakest dimension: %1, %2 points lost (%3 of %4 points, %5). "
                    "Suggested training:"
                )
                .replace("%1", advice.weakest_label)
                .replace("%2", f"{max(0.0, weight - points):.1f}")
                .replace("%3", f"{points:.1f}")
                .replace("%4", f"{weight:g}")
                .replace("%5", f"{points / weight:.0%}")
            )
        return self.tr("Weakest dimension: %1. Suggested training:").replace(
            "%1", advice.weakest_label
        )

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
            with self.ctx.transaction() as session:
                improvement.save_plan(session, key, draft)
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
