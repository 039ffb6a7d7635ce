"""The staff register's row and search text by the rule of stop 20 (``ui/staff/columns.py``
and ``ui/staff_tab.py`` then: Qt's translations asked for each row on the read's thread), kept
as the reference the register read in ``services.staff_register`` is compared with."""

from __future__ import annotations

from salesperf_desktop.ui.labels import product_line_label, role_label, status_label
from salesperf_desktop.ui.table_model import display_text

SEARCH_COLUMNS = (0, 1, 2, 3, 4, 5, 9, 10)


def staff_display_row(r) -> tuple:
    """What one row of the register showed for a ``services.staff.StaffRecord``."""
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


def haystack(row) -> str:
    return "\x1f".join(display_text(row[c]) for c in SEARCH_COLUMNS).casefold()
