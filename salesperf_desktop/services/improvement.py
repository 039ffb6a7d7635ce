"""Using the result: improvement plans, training needs, bonus coefficient, promotion hints.

A grade among the policy's plan grades (services/policy.py; proposed: C, D) calls for an improvement plan (goals,
actions, support, review dates, outcome). Training is suggested from the weakest dimension —
the one that lost the most points (weight − points), so a 5-point dimension half missed does not
outrank sales results that lost fifteen; the coefficient and promotion hints (two consecutive A or better) come from the grade history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.messages.reviews import TRAINING
from salesperf_desktop.domain.policy import DEFAULT_POLICY, Policy
from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind
from salesperf_desktop.domain.vocab import DIMENSIONS
from salesperf_desktop.services.appraisals import shown_columns, shown_from_columns, shown_score
from salesperf_desktop.services.policy import current_policy, policy_for_period
from salesperf_desktop.storage.models import (
    AppraisalRow,
    ImprovementPlanRow,
    PeriodRow,
    StaffRow,
    period_key,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

_D = TypeVar("_D")

# The company policy (services/policy.py) sets these; the proposal: C and D call for a plan,
# two A's or better in a row give a promotion hint (常用做法, no seed states them).
DEFAULT_PLAN_GRADES = DEFAULT_POLICY.plan_grades


def training_suggestions(dimension: str, lang: str = "zh_CN") -> list[str]:
    """The training suggested for a weak dimension (seed 002/003 wording) in *lang*."""
    return [render(code, {}, lang) for code in TRAINING.get(dimension, ())]


def weakness_key(weight: float, points: float) -> tuple[float, float]:
    """Sort key, weakest first: most points lost (weight − points), then the lower share."""
    lost = max(0.0, weight - points)
    share = points / weight if weight else 1.0
    return (-lost, share)


def rank_weakest(dimensions: Iterable[_D]) -> list[_D]:
    """Weighted dimensions (anything with ``weight`` and ``points``), weakest first.

    The interview side panel (``reviews.period_focus``) and the training advice share this.
    """
    return sorted(
        (d for d in dimensions if d.weight), key=lambda d: weakness_key(d.weight, d.points)
    )


def needs_plan(grade: str | None, plan_grades: Sequence[str] = DEFAULT_PLAN_GRADES) -> bool:
    return grade is not None and grade in set(plan_grades)


# ----------------------------------------------------------------------------- history


@dataclass(frozen=True)
class GradePoint:
    appraisal_id: int
    period_key: str
    kind: str
    grade: str
    total: float | None
    coefficient: float | None


def grade_history(session: Session, staff_id: int, *, kind: str | None = None) -> list[GradePoint]:
    """Published and signed results of the person, oldest first (optionally one period kind)."""
    return grade_histories(session, [staff_id], kind=kind).get(staff_id, [])


# Everyone's grade history as plain tuples from the driver: SQLAlchemy's row processing cost
# as much as the query at 7,000 rows (issue #19). The fourth column is
# ``appraisals.keeps_result_column`` (the status is not a draft here, by the WHERE); the
# statuses and kinds are stored by value. A benchmark fetches the same SELECT
# (benchmarks/bench_reprint_history.py).
HISTORY_SQL = (
    "SELECT a.staff_id, a.id, a.period_id,"
    " a.result IS NOT NULL AND a.result NOT IN ('null', '{{}}'),"
    " a.shown_total, a.grade, a.coefficient"
    " FROM appraisals a JOIN periods p ON p.id = a.period_id"
    " WHERE a.status != 'draft' AND a.grade IS NOT NULL AND a.staff_id IN ({staff}){kind}"
    " ORDER BY a.staff_id, p.year, p.kind, p.number"
)


def grade_histories(
    session: Session, staff_ids: Iterable[int], *, kind: str | None = None
) -> dict[int, list[GradePoint]]:
    """``grade_history`` of several people in one read of columns (no stored result decoded:
    the shown total, grade and coefficient are columns since 0006); people with none are left
    out."""
    ids = list(staff_ids)
    if not ids:
        return {}
    session.flush()  # the driver read below does not autoflush as session.execute does
    sql = HISTORY_SQL.format(
        staff=",".join("?" * len(ids)), kind="" if kind is None else " AND p.kind = ?"
    )
    cursor = session.connection().connection.cursor()
    try:
        # (the periods are few: read once, not once a row)
        periods = {
            pid: (period_key(kind_, year, number), kind_)
            for pid, kind_, year, number in cursor.execute(
                "SELECT id, kind, year, number FROM periods"
            )
        }
        args = ids if kind is None else (*ids, PeriodKind(kind).value)
        rows = cursor.execute(sql, args).fetchall()
    finally:
        cursor.close()
    histories: dict[int, list[GradePoint]] = {}
    for staff_id, appraisal_id, period_id, kept, total, grade, coefficient in rows:
        key, period_kind = periods[period_id]
        point = (
            GradePoint(appraisal_id, key, period_kind, grade, total, coefficient)
            if kept  # ``shown_from_columns``
            else GradePoint(appraisal_id, key, period_kind, None, None, None)
        )
        got = histories.get(staff_id)
        if got is None:
            histories[staff_id] = [point]
        else:
            got.append(point)
    return histories


def promotion_hint(
    history: Sequence[GradePoint], upto: int | None = None, policy: Policy = DEFAULT_POLICY
) -> bool:
    """The policy's run (default: two consecutive results of the same period kind) of
    promotion grades (default: A or better), ending at *upto*."""
    if upto is not None:
        index = next((i for i, p in enumerate(history) if p.appraisal_id == upto), None)
        if index is None:
            return False
        history = history[: index + 1]
    if not history:
        return False
    kind = history[-1].kind
    return policy.promotion_due([p.grade for p in history if p.kind == kind])


# ----------------------------------------------------------------------------- advice


@dataclass
class Advice:
    appraisal_id: int
    grade: str | None
    total: float | None
    coefficient: float | None
    needs_plan: bool
    weakest_dimension: str | None
    weakest_label: str
    weakest_points: float | None = None  # points the weakest dimension scored …
    weakest_weight: float | None = None  # … of its weight: lost = weight − points
    trainings: list[str] = field(default_factory=list)
    promotion: bool = False
    history: list[GradePoint] = field(default_factory=list)


def advice_for(
    session: Session,
    appraisal_id: int,
    *,
    lang: str = "zh_CN",
    plan_grades: Sequence[str] | None = None,
) -> Advice:
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise ValueError(f"no appraisal {appraisal_id}")
    policy = policy_for_period(session, appraisal.period).policy
    plan_grades = policy.plan_grades if plan_grades is None else plan_grades
    weakest = None
    weakest_points = weakest_weight = None
    coefficient = None
    if appraisal.result:
        res = AppraisalResult.from_dict(appraisal.result)
        coefficient = res.coefficient
        ranked = rank_weakest(res.dimensions)
        if ranked:
            weakest = ranked[0].dimension
            weakest_points, weakest_weight = ranked[0].points, ranked[0].weight
    history = grade_history(session, appraisal.staff_id, kind=appraisal.period.kind.value)
    shown = shown_score(appraisal)
    return Advice(
        appraisal_id=appraisal.id,
        grade=shown.grade,
        total=shown.total,
        coefficient=coefficient,
        needs_plan=needs_plan(shown.grade, plan_grades),
        weakest_dimension=weakest,
        weakest_label=(pick(DIMENSIONS.get(weakest), lang) or weakest) if weakest else "",
        weakest_points=weakest_points,
        weakest_weight=weakest_weight,
        trainings=training_suggestions(weakest, lang) if weakest else [],
        promotion=promotion_hint(history, upto=appraisal.id, policy=policy),
        history=history,
    )


# ----------------------------------------------------------------------------- plans


@dataclass
class PlanDraft:
    goals: str = ""
    actions: str = ""
    support: str = ""
    review_dates: list[dt.date] = field(default_factory=list)
    outcome: str = ""
    closed: bool = False


def plan_for(session: Session, appraisal_id: int) -> tuple[int, PlanDraft] | None:
    plan = session.scalar(
        select(ImprovementPlanRow)
        .where(ImprovementPlanRow.appraisal_id == appraisal_id)
        .order_by(ImprovementPlanRow.id.desc())
    )
    if plan is None:
        return None
    return plan.id, _draft(plan)


def plans_for(session: Session, appraisal_ids: Iterable[int]) -> dict[int, PlanDraft]:
    """The improvement plan of each of many appraisals (the latest one), in one query."""
    ids = list(appraisal_ids)
    if not ids:
        return {}
    plans: dict[int, PlanDraft] = {}
    for plan in session.scalars(
        select(ImprovementPlanRow)
        .where(ImprovementPlanRow.appraisal_id.in_(ids))
        .order_by(ImprovementPlanRow.id)
    ):
        plans[plan.appraisal_id] = _draft(plan)  # the latest one wins, as in plan_for
    return plans


def _draft(plan: ImprovementPlanRow) -> PlanDraft:
    return PlanDraft(
        goals=plan.goals,
        actions=plan.actions,
        support=plan.support,
        review_dates=[dt.date.fromisoformat(str(d)) for d in plan.review_dates or []],
        outcome=plan.outcome,
        closed=plan.closed,
    )


def save_plan(
    session: Session, appraisal_id: int, draft: PlanDraft, *, today: dt.date | None = None
) -> int:
    """Create or update the appraisal's improvement plan (one per appraisal)."""
    if not (draft.goals.strip() or draft.actions.strip()):
        raise ValueError("an improvement plan needs goals or actions")
    found = plan_for(session, appraisal_id)
    if found is None:
        plan = ImprovementPlanRow(appraisal_id=appraisal_id, created_on=today or dt.date.today())
        session.add(plan)
    else:
        plan = session.get(ImprovementPlanRow, found[0])
    plan.goals = draft.goals.strip()
    plan.actions = draft.actions.strip()
    plan.support = draft.support.strip()
    plan.review_dates = [d.isoformat() for d in sorted(draft.review_dates)]
    plan.outcome = draft.outcome.strip()
    plan.closed = draft.closed
    session.flush()
    return plan.id


@dataclass(frozen=True)
class ResultUseRecord:
    appraisal_id: int
    staff_id: int
    employee_no: str
    staff_name: str
    total: float | None
    grade: str | None
    coefficient: float | None
    needs_plan: bool
    plan_state: str  # "" | "open" | "closed"
    promotion: bool


def result_use_rows(
    session: Session, period_id: int, *, plan_grades: Sequence[str] | None = None
) -> list[ResultUseRecord]:
    """Everyone published in the period: grade, coefficient, plan needed/kept, promotion hint
    (by the policy the period was published with)."""
    period = session.get(PeriodRow, period_id)
    policy = policy_for_period(session, period).policy
    plan_grades = policy.plan_grades if plan_grades is None else plan_grades
    # Columns, not appraisals: no stored result is decoded (the shown figures are columns).
    appraisals = session.execute(
        select(
            AppraisalRow.id,
            AppraisalRow.staff_id,
            StaffRow.employee_no,
            StaffRow.name,
            *shown_columns(),
        )
        .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
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
    histories = grade_histories(
        session, {a.staff_id for a in appraisals}, kind=period.kind.value if period else None
    )
    out = []
    for appraisal_id, staff_id, employee_no, name, *columns in appraisals:
        plan = plans.get(appraisal_id)
        shown = shown_from_columns(*columns)
        out.append(
            ResultUseRecord(
                appraisal_id=appraisal_id,
                staff_id=staff_id,
                employee_no=employee_no,
                staff_name=name,
                total=shown.total,
                grade=shown.grade,
                coefficient=shown.coefficient,
                needs_plan=needs_plan(shown.grade, plan_grades),
                plan_state="" if plan is None else ("closed" if plan.closed else "open"),
                promotion=promotion_hint(
                    histories.get(staff_id, []), upto=appraisal_id, policy=policy
                ),
            )
        )
    out.sort(key=lambda r: r.employee_no)
    return out


# ----------------------------------------------------------------------------- use cases
# What the window calls: each opens its own unit of work and returns records.


def plan_grades(ctx: AppContext) -> list[str]:
    """The grades that call for an improvement plan (the company policy in force)."""
    return list(current_policy(ctx).policy.plan_grades)


def list_result_use(ctx: AppContext, period_id: int) -> list[ResultUseRecord]:
    with ctx.session() as session:
        return result_use_rows(session, period_id)


def advice_and_plan(ctx: AppContext, appraisal_id: int) -> tuple[Advice, PlanDraft | None]:
    """The advice on using the appraisal's result, and its improvement plan if there is one."""
    with ctx.session() as session:
        advice = advice_for(session, appraisal_id, lang=ctx.lang)
        plan = plan_for(session, appraisal_id)
    return advice, (plan[1] if plan is not None else None)


def store_plan(ctx: AppContext, appraisal_id: int, draft: PlanDraft) -> int:
    """Create or update the plan; ValueError when it has neither goals nor actions."""
    with ctx.transaction() as session:
        return save_plan(session, appraisal_id, draft, today=ctx.today())
