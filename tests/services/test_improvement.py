"""Result use: plans for C/D, training from the weakest dimension, promotion hints."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.services import improvement
from salesperf_desktop.services.improvement import GradePoint, PlanDraft
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow


def _september(session):
    return session.scalar(
        select(PeriodRow).where(PeriodRow.kind == PeriodKind.MONTH, PeriodRow.number == 9)
    )


def test_training_is_localised():
    assert improvement.training_suggestions("results", "zh_CN")[0] == "大客户开发与谈判技巧"
    assert improvement.training_suggestions("results", "zh_TW")[0] == "大客戶開發與談判技巧"
    assert improvement.training_suggestions("results", "en")[0].startswith("Key-account")
    assert improvement.training_suggestions("unknown") == []


def test_promotion_needs_two_consecutive_a_or_better():
    def point(i, grade, kind="month"):
        return GradePoint(i, f"2026-{i:02d}", kind, grade, 90.0, 1.2)

    assert improvement.promotion_hint([point(1, "A"), point(2, "S")])
    assert not improvement.promotion_hint([point(1, "A"), point(2, "B")])
    assert not improvement.promotion_hint([point(1, "A")])
    assert not improvement.promotion_hint([point(1, "A"), point(2, "S"), point(3, "B")])
    assert improvement.promotion_hint([point(1, "A"), point(2, "S"), point(3, "B")], upto=2)


def test_c_grade_calls_for_a_plan_with_suggestions(demo_ctx):
    with demo_ctx.session() as session:
        rows = improvement.result_use_rows(session, _september(session).id)
        needing = [r for r in rows if r.needs_plan]
        assert needing and all(r.grade in ("C", "D") for r in needing)
        advice = improvement.advice_for(session, needing[0].appraisal_id, lang="zh_CN")
        assert advice.needs_plan and advice.weakest_dimension and advice.trainings
        assert advice.coefficient == pytest.approx(0.8)
        assert advice.history[-1].appraisal_id == needing[0].appraisal_id
    with demo_ctx.transaction() as session:
        plan_id = improvement.save_plan(
            session,
            needing[0].appraisal_id,
            PlanDraft(
                goals="下月达成率≥90%",
                actions="每周复盘拜访",
                support="经理陪访",
                review_dates=[dt.date(2026, 11, 15), dt.date(2026, 10, 31)],
            ),
        )
        same = improvement.save_plan(
            session,
            needing[0].appraisal_id,
            PlanDraft(
                goals="下月达成率≥90%",
                review_dates=[dt.date(2026, 11, 15), dt.date(2026, 10, 31)],
                outcome="已达成",
                closed=True,
            ),
        )
        assert same == plan_id
    with demo_ctx.session() as session:
        _, draft = improvement.plan_for(session, needing[0].appraisal_id)
        assert draft.closed and draft.review_dates == [dt.date(2026, 10, 31), dt.date(2026, 11, 15)]
        rows = improvement.result_use_rows(session, _september(session).id)
        assert (
            next(r for r in rows if r.appraisal_id == needing[0].appraisal_id).plan_state
            == "closed"
        )
        # The plan grades are a setting.
        only_d = improvement.result_use_rows(session, _september(session).id, plan_grades=["D"])
        assert not any(r.needs_plan for r in only_d if r.grade == "C")
        assert session.get(AppraisalRow, needing[0].appraisal_id)


def test_weakest_dimension_is_the_one_that_lost_the_most_points():
    from salesperf_desktop.services.reviews import DimensionGap

    dims = [
        DimensionGap("results", "核心销售业绩", 45.0, 30.0),  # 67 %, 15 points lost
        DimensionGap("team_growth", "团队协作与发展", 5.0, 2.0),  # 40 %, 3 points lost
        DimensionGap("customer", "客户关系", 10.0, 7.0),  # 70 %, 3 points lost
        DimensionGap("none", "无权重", 0.0, 0.0),  # no weight: never the weakest
    ]
    ranked = improvement.rank_weakest(dims)
    assert [d.dimension for d in ranked] == ["results", "team_growth", "customer"]
    # a tie on points lost goes to the lower share
    assert improvement.weakness_key(5.0, 2.0) < improvement.weakness_key(10.0, 7.0)


def test_advice_names_the_dimension_with_most_points_lost_and_both_numbers(demo_ctx):
    from salesperf_desktop.domain.scoring import AppraisalResult

    with demo_ctx.session() as session:
        rows = improvement.result_use_rows(session, _september(session).id)
        for row in rows:
            advice = improvement.advice_for(session, row.appraisal_id, lang="zh_CN")
            stored = AppraisalResult.from_dict(session.get(AppraisalRow, row.appraisal_id).result)
            dims = [d for d in stored.dimensions if d.weight]
            most_lost = max(d.weight - d.points for d in dims)
            assert advice.weakest_weight - advice.weakest_points == pytest.approx(most_lost)
            chosen = next(d for d in dims if d.dimension == advice.weakest_dimension)
            assert (chosen.points, chosen.weight) == (
                advice.weakest_points,
                advice.weakest_weight,
            )
