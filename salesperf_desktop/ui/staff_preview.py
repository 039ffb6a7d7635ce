"""The staff register as the first paint shows it, before the database is opened the full way.

Start-up speed (see storage/quick_read.py): the main window appears at once with this page,
filled from a plain sqlite3 read; a moment later the real staff tab takes its place. It looks
like the staff tab (same headers and rows: both use staff_headers and staff_display_row) but
is read-only and its controls are disabled until then.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.ui.labels import product_line_label, role_label, status_label
from salesperf_desktop.ui.table_model import RowsTableModel

translate = QCoreApplication.translate  # the staff tab's own strings and translations


def staff_headers() -> list[str]:
    return [
        translate("StaffTab", "Employee ID"),
        translate("StaffTab", "Name"),
        translate("StaffTab", "Role"),
        translate("StaffTab", "Team"),
        translate("StaffTab", "Region"),
        translate("StaffTab", "Product line"),
        translate("StaffTab", "Supervisor"),
        translate("StaffTab", "Business mentor"),
        translate("StaffTab", "Compliance mentor"),
        translate("StaffTab", "Hire date"),
        translate("StaffTab", "Status"),
    ]


def staff_display_row(r) -> tuple:
    """What one row of the register shows; shared by the staff tab and this preview.

    *r* is a ``services.staff.StaffRecord`` or a ``storage.quick_read.QuickStaffRow``; their
    status is an enum or its stored code (this module must not import the ORM models)."""
    status = getattr(r.status, "value", r.status)
    return (
        r.employee_no,
        r.name,
        role_label(r.role),
        r.team,
        r.region,
        product_line_label(r.product_line),
        r.supervisor,
        r.business_mentor,
        r.compliance_mentor,
        r.hire_date,
        status_label(status),
    )


class StaffPreview(QWidget):
    """Rows are ``storage.quick_read.QuickStaffRow`` (plain values, stored codes)."""

    def __init__(self, rows: Sequence, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffPreview")
        self.model = RowsTableModel(staff_headers(), self)
        self.model.set_rows(
            [staff_display_row(r) for r in rows],
            keys=[r.id for r in rows],
        )
        search = QLineEdit(self)
        search.setPlaceholderText(translate("StaffTab", "Search by ID, name, team, region…"))
        top = QHBoxLayout()
        top.addWidget(search, 1)
        for text in (
            translate("StaffTab", "All teams"),
            translate("StaffTab", "All roles"),
            translate("StaffTab", "All statuses"),
        ):
            combo = QComboBox(self)
            combo.addItem(text)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            top.addWidget(combo)
        buttons = QHBoxLayout()
        buttons.addWidget(QPushButton(translate("StaffTab", "Add person…"), self))
        buttons.addWidget(QPushButton(translate("StaffTab", "Edit…"), self))
        buttons.addStretch(1)
        buttons.addWidget(QPushButton(translate("StaffTab", "Teams…"), self))
        for i in range(top.count()):
            if top.itemAt(i).widget():
                top.itemAt(i).widget().setEnabled(False)
        for i in range(buttons.count()):
            if buttons.itemAt(i).widget():
                buttons.itemAt(i).widget().setEnabled(False)

        self.table = QTableView(self)
        self.table.setObjectName("staffPreviewTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # rows come in ID order
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def title(self) -> str:
        return translate("StaffTab", "Staff")
