"""Staff tab: the register of every person, searchable and sortable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout

from salesperf_desktop.services.staff import list_staff
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.labels import product_line_label, role_label, status_label
from salesperf_desktop.ui.table_model import RowsTableModel


class StaffTab(BaseTab):
    topics = ("staff",)

    def __init__(self, ctx, events, parent=None):
        super().__init__(ctx, events, parent)
        self.model = RowsTableModel(self._headers(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        self.search = QLineEdit(self)
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Search by ID, name, team, region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the rows around the visible ones, not all 300 (start-up time).
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Staff")

    def _headers(self) -> list[str]:
        return [
            self.tr("Employee ID"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Team"),
            self.tr("Region"),
            self.tr("Product line"),
            self.tr("Supervisor"),
            self.tr("Hire date"),
            self.tr("Status"),
        ]

    def refresh(self) -> None:
        with self.ctx.session() as session:
            rows = list_staff(session)
        self.model.set_rows(
            [
                (
                    r.employee_no,
                    r.name,
                    role_label(r.role),
                    r.team,
                    r.region,
                    product_line_label(r.product_line),
                    r.supervisor,
                    r.hire_date,
                    status_label(r.status.value),
                )
                for r in rows
            ],
            keys=[r.id for r in rows],
        )
