"""Reviews tab: GROW interviews and appeals."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableView, QVBoxLayout
from sqlalchemy import select
from sqlalchemy.orm import aliased

from salesperf_desktop.storage.models import Appeal, Appraisal, GrowInterview, Period, Staff
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.labels import appeal_outcome_label
from salesperf_desktop.ui.table_model import RowsTableModel


def _table(parent, model, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReviewsTab(BaseTab):
    topics = ("reviews", "staff")

    def __init__(self, ctx, events, parent=None):
        super().__init__(ctx, events, parent)
        self.interviews = RowsTableModel(
            [
                self.tr("Date"),
                self.tr("Employee"),
                self.tr("Period"),
                self.tr("Interviewer"),
                self.tr("Goal"),
                self.tr("Open actions"),
            ],
            self,
        )
        self.appeals = RowsTableModel(
            [
                self.tr("Appeal"),
                self.tr("Employee"),
                self.tr("Period"),
                self.tr("Filed"),
                self.tr("Decision due"),
                self.tr("Outcome"),
            ],
            self,
        )
        interviews_box = QGroupBox(self.tr("Review interviews (GROW)"), self)
        QVBoxLayout(interviews_box).addWidget(_table(self, self.interviews, "interviewTable"))
        appeals_box = QGroupBox(self.tr("Appeals"), self)
        QVBoxLayout(appeals_box).addWidget(_table(self, self.appeals, "appealTable"))
        layout = QVBoxLayout(self)
        layout.addWidget(interviews_box, 3)
        layout.addWidget(appeals_box, 2)

    def title(self) -> str:
        return self.tr("Reviews (GROW)")

    def refresh(self) -> None:
        interviewer = aliased(Staff)
        with self.ctx.session() as session:
            rows = session.execute(
                select(GrowInterview, Staff.name, Period, interviewer.name)
                .join(Staff, Staff.id == GrowInterview.staff_id)
                .join(Period, Period.id == GrowInterview.period_id)
                .outerjoin(interviewer, interviewer.id == GrowInterview.interviewer_id)
                .order_by(GrowInterview.held_on.desc())
            ).all()
            self.interviews.set_rows(
                [
                    (
                        gi.held_on,
                        name,
                        period.key,
                        who or "",
                        gi.goal.splitlines()[0] if gi.goal else "",
                        sum(1 for a in gi.actions if a.status.value == "open"),
                    )
                    for gi, name, period, who in rows
                ],
                keys=[gi.id for gi, *_ in rows],
            )
            appeals = session.execute(
                select(Appeal, Staff.name, Period)
                .join(Appraisal, Appraisal.id == Appeal.appraisal_id)
                .join(Staff, Staff.id == Appraisal.staff_id)
                .join(Period, Period.id == Appraisal.period_id)
                .order_by(Appeal.filed_on.desc())
            ).all()
            self.appeals.set_rows(
                [
                    (
                        a.number,
                        name,
                        p.key,
                        a.filed_on,
                        a.decision_due,
                        appeal_outcome_label(a.outcome.value),
                    )
                    for a, name, p in appeals
                ],
                keys=[a.id for a, *_ in appeals],
            )
