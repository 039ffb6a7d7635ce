"""Monthly entry tab: targets and actuals of a month, per person and indicator."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout
from sqlalchemy import select

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.services.periods import list_periods
from salesperf_desktop.storage.models import Indicator, MetricEntry, PeriodKind, Staff
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.labels import period_status_label
from salesperf_desktop.ui.table_model import RowsTableModel


class EntryTab(BaseTab):
    topics = ("entries", "periods", "staff")

    def __init__(self, ctx, events, parent=None):
        super().__init__(ctx, events, parent)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodBox")
        self.period_box.currentIndexChanged.connect(self._load_entries)
        self.status_label = QLabel(self)
        self.model = RowsTableModel(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Indicator"),
                self.tr("Target"),
                self.tr("Actual"),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setObjectName("entryTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.period_box)
        top.addWidget(self.status_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Monthly entry")

    def refresh(self) -> None:
        with self.ctx.session() as session:
            periods = list_periods(session, PeriodKind.MONTH)
            items = [(p.key, p.id, p.status.value) for p in periods]
        current = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for key, pid, status in items:
            self.period_box.addItem(key, (pid, status))
        self.period_box.blockSignals(False)
        index = max(0, self.period_box.findData(current)) if current else 0
        self.period_box.setCurrentIndex(index)
        self._load_entries()

    def _load_entries(self) -> None:
        data = self.period_box.currentData()
        if not data:
            self.model.set_rows([])
            return
        period_id, status = data
        self.status_label.setText(period_status_label(status))
        lang = self.ctx.lang
        with self.ctx.session() as session:
            names = {i.code: pick(i.name, lang) for i in session.scalars(select(Indicator))}
            rows = session.execute(
                select(
                    Staff.employee_no,
                    Staff.name,
                    MetricEntry.indicator_code,
                    MetricEntry.target,
                    MetricEntry.actual,
                )
                .join(Staff, Staff.id == MetricEntry.staff_id)
                .where(MetricEntry.period_id == period_id)
                .order_by(Staff.employee_no, MetricEntry.indicator_code)
            ).all()
        self.model.set_rows(
            [(no, name, names.get(code, code), t, a) for no, name, code, t, a in rows]
        )
