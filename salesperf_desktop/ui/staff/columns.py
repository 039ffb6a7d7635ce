"""The columns of the staff register: their headings (the rows: ``services.staff_register``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
