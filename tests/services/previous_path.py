"""The scoring read path as it was before issue #19, kept only to prove the fast path equal.

ORM rows for the staff (with their team and supervisor loaded), one stored period looked up per
month, SQLAlchemy rows for entries and ratings, ORM events, and the whole eligible cohort
scored whatever the caller lists. ``previous_compute_period`` is that path end to end; the
templates, appraisals, roll-up and engine are the current ones (they did not change).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rollup import rollup
from salesperf_desktop.domain.scoring import IndicatorInput, PersonPeriodInput, score_many
from salesperf_desktop.domain.status import StaffStatus
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.team_goal_reads import goals_for
from salesperf_desktop.storage.models import (
    EventRow,
    MetricEntryRow,
    RatingRow,
    StaffRow,
    TemplateRow,
)


def _month_bounds(month: Period) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(month.year, month.number)[1]
    return dt.date(month.year, month.number, 1), dt.date(month.year, month.number, last)


def _months_employed(staff: StaffRow, period: Period) -> list[Period]:
    months = []
    for month in period.months():
        start, end = _month_bounds(month)
        if staff.hire_date and staff.hire_date > end:
            continue
        if staff.leave_date and staff.leave_date < start:
            continue
        months.append(month)
    return months


def previous_monthly_inputs(
    session: Session, staff_ids: Iterable[int], months: Sequence[Period]
) -> dict[int, dict[Period, PersonPeriodInput]]:
    staff_ids = list(staff_ids)
    by_id: dict[int, Period] = {}
    for month in months:
        row = ap.stored_period(session, month)
        if row is not None:
            by_id[row.id] = month
    items: dict[tuple[int, Period], dict[str, dict[str, Any]]] = defaultdict(dict)
    events: dict[tuple[int, Period], list[AdjustmentEvent]] = defaultdict(list)
    if by_id and staff_ids:
        period_ids = list(by_id)
        for sid, pid, code, target, actual, base, passed in session.execute(
            select(
                MetricEntryRow.staff_id,
                MetricEntryRow.period_id,
                MetricEntryRow.indicator_code,
                MetricEntryRow.target,
                MetricEntryRow.actual,
                MetricEntryRow.base,
                MetricEntryRow.passed,
            ).where(
                MetricEntryRow.period_id.in_(period_ids), MetricEntryRow.staff_id.in_(staff_ids)
            )
        ):
            items[(sid, by_id[pid])][code] = {
                "target": target,
                "actual": actual,
                "base": base,
                "passed": passed,
                "ratings": {},
            }
        for sid, pid, code, role, value in session.execute(
            select(
                RatingRow.staff_id,
                RatingRow.period_id,
                RatingRow.indicator_code,
                RatingRow.rater_role,
                RatingRow.value,
            )
            .where(RatingRow.period_id.in_(period_ids), RatingRow.staff_id.in_(staff_ids))
            .order_by(RatingRow.id)
        ):
            slot = items[(sid, by_id[pid])].setdefault(
                code,
                {"target": None, "actual": None, "base": None, "passed": None, "ratings": {}},
            )
            slot["ratings"].setdefault(role.value, []).append(value)
        for ev in session.scalars(
            select(EventRow)
            .where(EventRow.period_id.in_(period_ids), EventRow.staff_id.in_(staff_ids))
            .order_by(EventRow.occurred_on, EventRow.id)
        ):
            if ev.category in ap.NOTE_ONLY_CATEGORIES:
                continue
            events[(ev.staff_id, by_id[ev.period_id])].append(
                AdjustmentEvent(
                    code=ev.code or ("compliance_veto" if ev.category == "veto" else ev.category),
                    count=ev.quantity,
                    points=ev.points,
                    note=ev.note,
                    date=ev.occurred_on.isoformat(),
                    approver=ev.approver,
                    document_no=ev.document_no,
                )
            )
    result: dict[int, dict[Period, PersonPeriodInput]] = {sid: {} for sid in staff_ids}
    for sid in staff_ids:
        for month in months:
            raw = items.get((sid, month), {})
            result[sid][month] = PersonPeriodInput(
                items={
                    code: IndicatorInput(
                        target=v["target"],
                        actual=v["actual"],
                        base=v["base"],
                        ratings=v["ratings"] or None,
                        passed=v["passed"],
                    )
                    for code, v in raw.items()
                },
                events=tuple(events.get((sid, month), ())),
                period=month,
                person_id=str(sid),
            )
    return result


def _eligible_rows(session: Session, period: Period) -> list[StaffRow]:
    people = session.scalars(
        select(StaffRow)
        .options(selectinload(StaffRow.team), selectinload(StaffRow.supervisor))
        .order_by(StaffRow.employee_no)
    ).all()
    roles = ap.APPRAISED_ROLES | set(
        session.scalars(select(TemplateRow.role).where(TemplateRow.archived.is_(False)))
    )
    return [
        s
        for s in people
        if s.role in roles
        and s.status in (StaffStatus.REGULAR, StaffStatus.PROBATION, StaffStatus.LEFT)
        and _months_employed(s, period)
    ]


def previous_compute_period(
    session: Session,
    period: Period,
    *,
    team_id: int | None = None,
    staff_ids: Iterable[int] | None = None,
    lang: str = "zh_CN",
    use_frozen_results: bool = True,
) -> ap.PeriodResults:
    """compute_period before issue #19: the whole cohort from ORM-loaded inputs."""
    staff = _eligible_rows(session, period)
    templates = ap.load_templates(session)
    stored = ap.stored_period(session, period)
    appraisals = ap.appraisals_by_staff(session, stored, with_results=use_frozen_results)
    inputs = previous_monthly_inputs(session, [s.id for s in staff], period.months())
    results = ap.PeriodResults(period=period)
    resolver = ap.TemplateResolver(templates, appraisals)
    members, meta = [], {}
    for s in staff:
        resolved = resolver.resolve(s)
        if resolved is None:
            results.without_template.append(s.name)
            continue
        template, version = resolved
        employed = _months_employed(s, period)
        per_month = inputs.get(s.id, {})
        if period.kind != "month":
            person_input = rollup(template, per_month, period, months_employed=employed)
        elif not employed:
            continue
        else:
            person_input = per_month.get(period) or PersonPeriodInput(
                items={}, period=period, person_id=str(s.id)
            )
        members.append(ap._cohort_member(s, template, person_input))
        meta[str(s.id)] = (s, template, version)
    if not members:
        return results
    cohort = score_many(
        members,
        team_goals=goals_for(session, period),  # seed 002's team goals (issue #18), as read now
        met_target_indicator=ap.MET_TARGET_INDICATOR,
        lang=lang,
    )
    selected = set(staff_ids) if staff_ids is not None else None
    results.team_scores = dict(cohort.team_scores)
    results.distribution = cohort.distribution
    for pid, res in cohort.results.items():
        s, template, version = meta[pid]
        if team_id is not None and s.team_id != team_id:
            continue
        if selected is not None and s.id not in selected:
            continue
        appraisal = appraisals.get(s.id)
        shown, frozen = ap._shown_result(res, appraisal, use_frozen_results)
        results.people.append(
            ap.PersonResult(
                staff_id=s.id,
                employee_no=s.employee_no,
                name=s.name,
                role=s.role,
                team_id=s.team_id,
                team_name=s.team.name if s.team else "",
                supervisor_name=s.supervisor.name if s.supervisor else "",
                template_code=template.code,
                template_version=version,
                result=shown,
                appraisal_id=appraisal.id if appraisal else None,
                appraisal_status=appraisal.status if appraisal else None,
                frozen=frozen,
                template=template,
            )
        )
    results.people.sort(key=lambda p: p.employee_no)
    return results
