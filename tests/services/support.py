"""Helpers the service tests share."""

from __future__ import annotations

from sqlalchemy import select

from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.storage.models import StaffRow


def staff_id(ctx, employee_no):
    with ctx.session() as s:
        return s.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def sheet_person(ctx, month, employee_no):
    """The person's row of the month's entry sheet (values and live result)."""
    return next(p for p in load_sheet(ctx, month).people if p.employee_no == employee_no)
