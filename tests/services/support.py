"""Helpers the service tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.storage.models import StaffRow


def staff_id(ctx, employee_no):
    with ctx.session() as s:
        return s.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def sheet_person(ctx, month, employee_no):
    """The person's row of the month's entry sheet (values and live result)."""
    return next(p for p in load_sheet(ctx, month).people if p.employee_no == employee_no)


def opened_copy(source: Path, folder: Path, name: str = "demo.sqlite"):
    """A copy of the database file *source* put in *folder*, opened the full way (zh_CN)."""
    path = folder / name
    shutil.copy(source, path)
    return build_context(path, lang="zh_CN")
