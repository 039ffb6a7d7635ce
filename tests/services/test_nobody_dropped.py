"""Nobody appraised is dropped silently (issue #18, staff movements).

- Staff transferred into their post (已调岗) are appraised, on the probation sheet: seed 004's
  probation sheet is “适用于试用期、转岗及新晋升人员” (for staff on probation, transferred or
  newly promoted). They used to vanish from every period.
- Someone no template fits is named by the month's grid and by the period's results.
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select, update

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import StaffStatus
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.services.templates import set_archived
from salesperf_desktop.storage.models import StaffRow, TemplateRow

NOVEMBER = Period.month(2026, 11)  # no appraisal started yet: templates are assigned afresh


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _set_status(ctx, employee_no: str, status: StaffStatus) -> int:
    with ctx.transaction() as s:
        staff_id = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))
        s.execute(update(StaffRow).where(StaffRow.id == staff_id).values(status=status))
    return staff_id


def test_a_transferred_rep_is_appraised_on_the_probation_sheet(demo):
    staff_id = _set_status(demo, "E003", StaffStatus.TRANSFERRED)
    sheet = load_sheet(demo, NOVEMBER)
    person = sheet.person(staff_id)
    assert person.template.code.startswith("probation")
    assert sheet.left_out == []
    with demo.session() as s:
        results = ap.compute_period(s, NOVEMBER)
    assert staff_id in {r.staff_id for r in results.people}


def test_someone_no_template_fits_is_named_not_dropped(demo):
    with demo.session() as s:
        probation = s.scalars(select(TemplateRow).where(TemplateRow.code.like("probation%")))
        ids = [t.id for t in probation]
    for template_id in ids:
        set_archived(demo, template_id)  # the officer retired the probation sheet
    sheet = load_sheet(demo, NOVEMBER)
    assert sheet.left_out == ["E012 黄磊"]  # on probation: only a probation sheet fits
    assert "E012" not in {p.employee_no for p in sheet.people}
    with demo.session() as s:
        results = ap.compute_period(s, NOVEMBER)
    assert results.without_template == ["E012 黄磊"]
    assert load_sheet(demo, Period.quarter(2026, 4)).left_out == ["E012 黄磊"]
