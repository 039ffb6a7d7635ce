"""Team goals (seed 002's 团队绩效池): one team-level indicator per team and month.

The officer enters, for each team and month, the goal's name (e.g. 区域市场份额达标率), its
measure (an amount or a percentage), the target and the actual. A template whose team share
follows the team goal (``domain.team_goal``) gives each member the share of the goal's
attainment in points. A goal is written under the grid's rules: refused for a locked month or a
member's signed appraisal; after publication it needs a reason, is audited, and the published,
unsigned appraisals of the team are scored again at once (``amendments``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import GOAL_MEASURES, PERCENT, TeamGoal
from salesperf_desktop.services.amendments import guard_change
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import StaffRow, TeamGoalRow, TeamRow


class TeamGoalError(CodedError, ValueError):
    """A team goal refused as typed (codes "team_goal.*")."""


@dataclass(frozen=True)
class TeamGoalRecord:
    """One team's goal for a month as the window shows it (``entered`` false: none yet)."""

    team_id: int
    team_name: str
    name: str = ""
    measure: str = PERCENT
    target: float | None = None
    actual: float | None = None

    @property
    def entered(self) -> bool:
        return bool(self.name) or self.target is not None or self.actual is not None

    @property
    def attainment(self) -> float | None:
        return TeamGoal(self.name, self.measure, self.target, self.actual).attainment


def team_goal_records(ctx, month: Period) -> list[TeamGoalRecord]:
    """Every team with its goal for *month* (an empty record where none is entered yet)."""
    with ctx.session() as session:
        stored = stored_period(session, month)
        goals = {}
        if stored is not None:
            goals = {
                g.team_id: g
                for g in session.scalars(
                    select(TeamGoalRow).where(TeamGoalRow.period_id == stored.id)
                )
            }
        out = []
        for team in session.scalars(select(TeamRow).order_by(TeamRow.code)):
            g = goals.get(team.id)
            if g is None:
                out.append(TeamGoalRecord(team.id, team.name))
            else:
                out.append(
                    TeamGoalRecord(team.id, team.name, g.name, g.measure, g.target, g.actual)
                )
        return out


def _checked(name: str, measure: str, target: float | None, actual: float | None) -> str:
    name = name.strip()
    if measure not in GOAL_MEASURES:
        raise TeamGoalError("team_goal.measure", value=measure)
    for value in (target, actual):
        if value is not None and (not math.isfinite(value) or value < 0):
            raise TeamGoalError("team_goal.negative", value=f"{value:g}")
    if not name and (target is not None or actual is not None):
        raise TeamGoalError("team_goal.name_required")
    return name


def save_team_goals(ctx, month: Period, goals: dict[int, TeamGoal], *, reason: str = "") -> int:
    """Store the goals of several teams for *month* (by team id) in one transaction: all or
    nothing (a locked member refuses them all). Returns how many were written."""
    with ctx.transaction() as session:
        for team_id, goal in goals.items():
            write_team_goal(
                session,
                month,
                team_id,
                goal,
                reason=reason,
                actor=ctx.actor,
                on=ctx.today(),
                lang=ctx.lang,
            )
    return len(goals)


def write_team_goal(
    session: Session,
    month: Period,
    team_id: int,
    goal: TeamGoal,
    *,
    reason: str = "",
    actor: str = "",
    on: dt.date,
    lang: str = "zh_CN",
) -> None:
    """``save_team_goal`` inside the caller's transaction (the demo writes many at once)."""
    name = _checked(goal.name, goal.measure, goal.target, goal.actual)
    members = list(session.scalars(select(StaffRow.id).where(StaffRow.team_id == team_id)))
    change = guard_change(session, [month], members, reason=reason)
    period = change.periods[0]
    row = session.scalar(
        select(TeamGoalRow).where(
            TeamGoalRow.team_id == team_id, TeamGoalRow.period_id == period.id
        )
    )
    old = (
        (row.name, row.measure, row.target, row.actual) if row is not None else ("", "", None, None)
    )
    if not name:
        if row is not None:
            session.delete(row)
    elif row is None:
        row = TeamGoalRow(team_id=team_id, period_id=period.id, name=name, measure=goal.measure)
        session.add(row)
    if name:
        row.name, row.measure, row.target, row.actual = name, goal.measure, goal.target, goal.actual
    session.flush()
    if not change.audited:
        return
    new = (name, goal.measure if name else "", goal.target, goal.actual)
    for field, before, after in zip(("name", "measure", "target", "actual"), old, new, strict=True):
        record_change(
            session,
            entity="team_goal",
            entity_id=team_id,
            field=f"team_goal.{field}",
            old=before,
            new=after,
            reason=reason,
            actor=actor,
        )
    change.amend(session, on=on, actor=actor, lang=lang)
