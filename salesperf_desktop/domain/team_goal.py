"""The team goal of seed 002's team performance pool (团队绩效池).

Seed 002: “将个人绩效的30%与团队整体目标绑定（如区域市场份额达标率）”. Each team has, per month,
one team-level indicator (a name such as 区域市场份额达标率 or 团队销售额, its measure, a target
and an actual). A template whose team share is driven by the team goal (``TEAM_GOAL``) gives
every member ``share × team points``, where the team points (on a 100-point scale) are the goal's
attainment (actual ÷ target) capped like the template's other achievement items
(``goal_cap``). The seed names the 30 % and the goal; the conversion and the cap are the usual
practice (常用做法), stated on the template.

Quarters and years roll up like the other indicators: an amount is summed (Σ actual ÷ Σ target);
a percentage's attainment is worked out again from the mean target and mean actual of the months
it was entered for (never a mean of monthly attainments).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .rules import LinearRule

#: What drives a template's team share: the team goal (seed 002) or, kept for existing files,
#: the mean of the regular colleagues' results.
TEAM_GOAL = "team_goal"
COLLEAGUES = "colleagues"
TEAM_BASES = (TEAM_GOAL, COLLEAGUES)

#: A team goal's measure: a money amount (summed over months) or a percentage (market share).
AMOUNT = "amount"
PERCENT = "percent"
GOAL_MEASURES = (AMOUNT, PERCENT)

#: The cap when the template has no achievement item to follow (100 % = full points).
DEFAULT_CAP = 1.0


@dataclass(frozen=True, slots=True)
class TeamGoal:
    """One team's goal for a month (or rolled up for a quarter or a year)."""

    name: str
    measure: str
    target: float | None
    actual: float | None

    @property
    def attainment(self) -> float | None:
        """actual ÷ target; None while either is missing or the target is not positive."""
        if self.target is None or self.actual is None or self.target <= 0:
            return None
        return self.actual / self.target


def rollup_goals(months: Iterable[TeamGoal | None]) -> TeamGoal | None:
    """The goal of a quarter or year from its months' goals (None when no month has one)."""
    goals = [g for g in months if g is not None]
    if not goals:
        return None
    last = goals[-1]
    targets = [g.target for g in goals if g.target is not None]
    actuals = [g.actual for g in goals if g.actual is not None]
    if last.measure == PERCENT:
        target = sum(targets) / len(targets) if targets else None
        actual = sum(actuals) / len(actuals) if actuals else None
    else:
        target = sum(targets) if targets else None
        actual = sum(actuals) if actuals else None
    return TeamGoal(last.name, last.measure, target, actual)


@dataclass(frozen=True, slots=True)
class TeamGoalResult:
    """The team goal as one member's result shows it: the goal, its attainment and the points
    (on 100) it gives under the template's cap."""

    name: str
    measure: str
    target: float | None
    actual: float | None
    attainment: float | None
    cap: float
    points: float | None  # None: attainment unknown (target or actual missing)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "measure": self.measure,
            "target": self.target,
            "actual": self.actual,
            "attainment": self.attainment,
            "cap": self.cap,
            "points": self.points,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TeamGoalResult:
        return cls(
            d["name"],
            d["measure"],
            d.get("target"),
            d.get("actual"),
            d.get("attainment"),
            d.get("cap", DEFAULT_CAP),
            d.get("points"),
        )


def goal_result(goal: TeamGoal, cap: float) -> TeamGoalResult:
    """*goal* converted to points on 100: attainment × 100, never above ``cap`` × 100."""
    rate = goal.attainment
    points = None if rate is None else LinearRule(cap=cap).fraction(rate) * 100.0
    return TeamGoalResult(goal.name, goal.measure, goal.target, goal.actual, rate, cap, points)


def achievement_cap(items: Iterable[Any]) -> float:
    """The cap of the sheet's first achievement item scored linearly (the template's own way of
    capping an achievement rate), else 100 %."""
    for it in items:
        if it.measure == "achievement" and isinstance(it.rule, LinearRule):
            return it.rule.cap
    return DEFAULT_CAP
