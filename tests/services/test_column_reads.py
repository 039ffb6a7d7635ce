"""The reprint list, the grade history and the results-and-plans list read the stored columns
(``shown_total``, ``grade``, ``coefficient`` since 0006) and SQLite's reading of the amendment
flag instead of decoding every stored result: their answers are exactly those of the decoding
reads they replace (kept below as the reference), on the 0004-era demo file upgraded and on a
freshly scored database with amended, reprinted and plain appraisals."""

from __future__ import annotations

import gzip
import shutil

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services import appeals, improvement, printing
from salesperf_desktop.services.appraisals import shown_score
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, StaffRow
from tests.services.test_pdf_reprint import uphold_sales_appeal
from tests.storage.test_compact_results_upgrade import OLD_0004

# ----------------------------------------------------------------------------- the references
# The reads as they were before: every appraisal loaded and its stored result decoded.


def _decoded_forms_to_reprint(session) -> list[int]:
    rows = session.scalars(select(AppraisalRow).where(AppraisalRow.result_own.is_not(None)))
    return [
        a.id
        for a in rows
        if ((a.result or {}).get(appeals.AMENDMENT_KEY) or {}).get("reprint_required")
    ]


def _decoded_reprint_rows(session) -> list[printing.ReprintRecord]:
    ids = _decoded_forms_to_reprint(session)
    appraisals = session.scalars(
        select(AppraisalRow)
        .options(selectinload(AppraisalRow.staff), selectinload(AppraisalRow.period))
        .where(AppraisalRow.id.in_(ids))
    ).all()
    rows = []
    for a in appraisals:
        note = (a.result or {}).get(appeals.AMENDMENT_KEY) or {}
        rows.append(
            printing.ReprintRecord(
                appraisal_id=a.id,
                employee_no=a.staff.employee_no,
                name=a.staff.name,
                period_key=a.period.key,
                appeal_number=note.get("appeal_number") or "",
                previous_total=note.get("previous_total"),
                previous_grade=note.get("previous_grade") or "",
                total=shown_score(a).total,
                grade=shown_score(a).grade or "",
                amended_on=note.get("amended_on") or "",
            )
        )
    rows.sort(key=lambda r: (r.period_key, r.employee_no))
    return rows


def _decoded_grade_history(session, staff_id, kind=None) -> list[improvement.GradePoint]:
    query = (
        select(AppraisalRow)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .options(selectinload(AppraisalRow.period))
        .where(
            AppraisalRow.staff_id == staff_id,
            AppraisalRow.status != AppraisalStatus.DRAFT,
            AppraisalRow.grade.is_not(None),
        )
        .order_by(PeriodRow.year, PeriodRow.kind, PeriodRow.number)
    )
    if kind is not None:
        query = query.where(PeriodRow.kind == PeriodKind(kind))
    points = []
    for a in session.scalars(query):
        shown = shown_score(a)
        points.append(
            improvement.GradePoint(
                a.id, a.period.key, a.period.kind.value, shown.grade, shown.total, shown.coefficient
            )
        )
    return points


def _decoded_result_use(session, period_id) -> list[improvement.ResultUseRecord]:
    from salesperf_desktop.services.policy import policy_for_period
    from salesperf_desktop.storage.models import ImprovementPlanRow

    policy = policy_for_period(session, session.get(PeriodRow, period_id)).policy
    appraisals = session.scalars(
        select(AppraisalRow)
        .options(selectinload(AppraisalRow.staff), selectinload(AppraisalRow.period))
        .where(AppraisalRow.period_id == period_id, AppraisalRow.status != AppraisalStatus.DRAFT)
    ).all()
    plans = {
        p.appraisal_id: p
        for p in session.scalars(
            select(ImprovementPlanRow).where(
                ImprovementPlanRow.appraisal_id.in_([a.id for a in appraisals])
            )
        )
    }
    out = []
    for a in appraisals:
        history = _decoded_grade_history(session, a.staff_id, kind=a.period.kind.value)
        plan = plans.get(a.id)
        shown = shown_score(a)
        out.append(
            improvement.ResultUseRecord(
                appraisal_id=a.id,
                staff_id=a.staff_id,
                employee_no=a.staff.employee_no,
                staff_name=a.staff.name,
                total=shown.total,
                grade=shown.grade,
                coefficient=shown.coefficient,
                needs_plan=improvement.needs_plan(shown.grade, policy.plan_grades),
                plan_state="" if plan is None else ("closed" if plan.closed else "open"),
                promotion=improvement.promotion_hint(history, upto=a.id, policy=policy),
            )
        )
    out.sort(key=lambda r: r.employee_no)
    return out


# ----------------------------------------------------------------------------- the comparison


def _assert_same_answers(ctx) -> dict[str, int]:
    """Every answer equal to the reference's; how many non-trivial ones were compared."""
    seen = {"reprints": 0, "points": 0, "periods": 0, "promotions": 0}
    with ctx.session() as s:
        assert appeals.forms_to_reprint(s) == _decoded_forms_to_reprint(s)
        seen["reprints"] = len(_decoded_forms_to_reprint(s))
        staff_ids = list(s.scalars(select(StaffRow.id)))
        for staff_id in staff_ids:
            for kind in (None, "month", "quarter", "year"):
                expected = _decoded_grade_history(s, staff_id, kind)
                assert improvement.grade_history(s, staff_id, kind=kind) == expected
                seen["points"] += len(expected)
        published = s.scalars(
            select(PeriodRow.id).where(PeriodRow.status != PeriodStatus.OPEN)
        ).all()
        for period_id in published:
            expected = _decoded_result_use(s, period_id)
            assert improvement.result_use_rows(s, period_id) == expected
            seen["periods"] += bool(expected)
            seen["promotions"] += sum(r.promotion for r in expected)
        expected_rows = _decoded_reprint_rows(s)
    assert printing.reprint_rows(ctx) == expected_rows
    return seen


def test_the_upgraded_0004_demo_file_gives_the_same_answers(tmp_path):
    from salesperf_desktop.app_context import build_context

    path = tmp_path / "salesperf.sqlite"
    with gzip.open(OLD_0004) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    ctx = build_context(path, lang="zh_CN")  # upgraded to the head, as at the officer's start
    try:
        seen = _assert_same_answers(ctx)
        assert seen["points"] > 50 and seen["periods"] >= 4
        uphold_sales_appeal(ctx, "E003")  # and one amended after the upgrade
        seen = _assert_same_answers(ctx)
        assert seen["reprints"] >= 1
    finally:
        ctx.close()


@pytest.mark.parametrize("reprinted", [False, True])
def test_a_freshly_scored_database_gives_the_same_answers(demo_ctx, reprinted):
    first, *_ = uphold_sales_appeal(demo_ctx, "E005")
    uphold_sales_appeal(demo_ctx, "E003")
    if reprinted:  # the flag stays in the result, false: not listed any more
        with demo_ctx.transaction() as s:
            appeals.mark_reprinted(s, first)
    seen = _assert_same_answers(demo_ctx)
    assert seen["reprints"] == (1 if reprinted else 2)
    assert seen["points"] > 50 and seen["periods"] >= 4
    with demo_ctx.session() as s:
        assert (first in appeals.forms_to_reprint(s)) is not reprinted
