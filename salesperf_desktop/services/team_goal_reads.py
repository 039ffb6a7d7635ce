"""The team goals scoring reads (``appraisals.compute_period``, the entry grid): a building
block without the writers' imports, so the period computation can read it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.domain.team_goal import TeamGoal, rollup_goals
from salesperf_desktop.storage.models import PeriodRow, TeamGoalRow


def goals_for(session: Session, period: Period) -> dict[str, TeamGoal]:
    """The teams' goals for *period* by team id (as the engine names teams): a month's as
    entered, a quarter's or year's rolled up from its months (``rollup_goals``)."""
    months = period.months()
    rows = session.execute(
        select(TeamGoalRow, PeriodRow.number)
        .join(PeriodRow, PeriodRow.id == TeamGoalRow.period_id)
        .where(
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.year == period.year,
            PeriodRow.number.in_([m.number for m in months]),
        )
        .order_by(TeamGoalRow.team_id, PeriodRow.number)
    )
    by_team: dict[str, list[TeamGoal]] = {}
    for row, _number in rows:
        goal = TeamGoal(row.name, row.measure, row.target, row.actual)
        by_team.setdefault(str(row.team_id), []).append(goal)
    out = {}
    for team, goals in by_team.items():
        rolled = goals[0] if period.kind == "month" else rollup_goals(goals)
        if rolled is not None:
            out[team] = rolled
    return out
