"""The columns of the staff register: their headings and what one person's row shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesperf_desktop.ui.labels import product_line_label, role_label, status_label

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
    """What one row of the register shows for a ``services.staff.StaffRecord``."""
    status = getattr(r.status, "value", r.status)  # an enum, or its stored code
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
