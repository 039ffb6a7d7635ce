"""An import into a published month amends exactly the people whose results it changes."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind
from salesperf_desktop.services.amendments import result_differs
from salesperf_desktop.services.appeals import AMENDMENT_KEY
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.metrics_import import apply_import, default_mapping, plan_import
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import (
    AppraisalRow,
    AuditEntryRow,
    MetricEntryRow,
    PeriodRow,
    StaffRow,
)

SEPTEMBER = Period.month(2026, 9)


def _september(ctx) -> dict[int, tuple[int, AppraisalStatus, dict | None]]:
    """Staff id → (appraisal id, status, stored result) of the published September."""
    with ctx.session() as s:
        rows = s.scalars(
            select(AppraisalRow)
            .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
            .where(PeriodRow.kind == PeriodKind.MONTH, PeriodRow.year == 2026)
            .where(PeriodRow.number == 9)
        )
        return {a.staff_id: (a.id, a.status, a.result) for a in rows}


def _sales(ctx, employee_no: str) -> tuple[int, float | None]:
    with ctx.session() as s:
        sid = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))
        entry = s.scalar(
            select(MetricEntryRow)
            .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
            .where(MetricEntryRow.staff_id == sid, PeriodRow.year == 2026, PeriodRow.number == 9)
            .where(MetricEntryRow.indicator_code == "sales_achievement")
        )
        return sid, entry.target


def test_an_import_into_a_published_month_amends_exactly_the_changed_people(demo_ctx, tmp_path):
    before = _september(demo_ctx)
    sid, target = _sales(demo_ctx, "E003")
    assert before[sid][1] is AppraisalStatus.PUBLISHED
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    ws.append(["E003", "张伟", "2026-09", "sales_achievement", target, target * 3, None])
    wb.save(tmp_path / "sep.xlsx")
    plan = run_to_end(plan_import(demo_ctx, tmp_path / "sep.xlsx", default_mapping()))
    assert plan.problems == [] and len(plan.changes) == 1

    run_to_end(apply_import(demo_ctx, plan, reason="ERP correction"))

    after = _september(demo_ctx)
    amended = {s for s in after if after[s][2] != before[s][2]}
    assert sid in amended  # three times the sales moves the person's own result
    with demo_ctx.session() as s:
        fresh = compute_period(
            s, SEPTEMBER, lang=before[sid][2]["lang"], use_frozen_results=False
        ).by_staff()
        trail = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "appraisal")).all()
    for staff_id, (_, status, stored) in after.items():
        if staff_id in amended:
            # the stored result is the fresh score, with the note that the form is reprinted
            result = dict(stored)
            note = result.pop(AMENDMENT_KEY)
            assert result == fresh[staff_id].result.to_dict(stored["lang"])
            assert note["reason"] == "ERP correction" and note["reprint_required"]
            assert status is AppraisalStatus.PUBLISHED
        elif status is AppraisalStatus.PUBLISHED and stored is not None:
            # left untouched, because scoring them again changes nothing a form shows
            old = AppraisalResult.from_dict(before[staff_id][2])
            assert not result_differs(old, fresh[staff_id].result)
    # the trail names every amended appraisal and no other
    assert {e.appraisal_id for e in trail} == {after[s][0] for s in amended}
    own = [e for e in trail if e.appraisal_id == after[sid][0]]
    fields = {e.field: (e.old_value, e.new_value) for e in own}
    assert fields["total"][0] != fields["total"][1]
    assert all(e.reason == "ERP correction" for e in own)
