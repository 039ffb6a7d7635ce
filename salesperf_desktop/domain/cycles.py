"""Appraisal cycles: which periods give a person a grade and a bonus coefficient.

Seed 002 appraises mature teams monthly (with a quarterly review) and lets innovative-business
teams use “季度考核+年度总评” (a quarterly appraisal and an annual review). So:

- **monthly** people are graded every month; their quarters and years are roll-ups of the
  months, graded as before;
- **quarterly** people still have their targets, actuals and ratings entered every month, and a
  month shows their item points and running total, but no grade and no coefficient (an interim
  result, 按季度考核); the quarter is their appraisal (grade, coefficient, published form,
  signatures) and the year is their annual review (年度总评), graded too.

Whose cycle wins: a person is quarterly when their team **or** their template is quarterly
(the longer cycle wins). Setting the team to quarterly is enough for the officer, and a
template written for quarterly appraisal is never graded monthly by a team left at the default.

Forced-distribution guides and grade comparisons count each cycle's people apart
(``scoring.score_many``'s ``distributions``): a month compares the monthly people only; a quarter compares the quarterly
people's appraisals with each other, not with the monthly people's roll-ups.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .messages import Problem
from .periods import Period
from .results import AppraisalResult

MONTHLY = "monthly"
QUARTERLY = "quarterly"
CYCLES = (MONTHLY, QUARTERLY)

#: the flag an interim (ungraded) month carries: the grid and the forms explain it with it
NOT_GRADED = "graded_by_quarter"


def person_cycle(template_cycle: str | None, team_cycle: str | None) -> str:
    """The person's cycle: quarterly when the team or the template says so, else monthly."""
    return QUARTERLY if QUARTERLY in (template_cycle, team_cycle) else MONTHLY


def is_graded(cycle: str, period: Period) -> bool:
    """Whether *period* gives a person on *cycle* a grade: every period for monthly people;
    quarters and years (the annual review) for quarterly people, never a month."""
    return not (cycle == QUARTERLY and period.kind == "month")


def pays_bonus(cycle: str, period: Period) -> bool:
    """Whether *period*'s bonus sheet (奖金核算表) pays a person on *cycle* their performance
    bonus: a monthly person by the month, a quarterly person by the quarter (a monthly
    person's quarter is a review, 季度复盘, not paid twice); the year's sheet (the compliance
    bonus, the year's pools) is everyone's."""
    if period.kind == "year":
        return True
    return (cycle == QUARTERLY) == (period.kind == "quarter")


def interim(result: AppraisalResult) -> AppraisalResult:
    """*result* as an interim month of a quarterly person: the same items, points and total,
    no grade and no coefficient, with a flag that says why."""
    if is_interim(result):
        return result
    flag = Problem(NOT_GRADED, {}, "info")
    return dataclasses.replace(result, grade="", coefficient=None, flags=(*result.flags, flag))


def is_interim(result: AppraisalResult) -> bool:
    """Whether *result* is an interim month (no grade, no coefficient)."""
    return result.coefficient is None and not result.grade


def appraised_cycle(found: Iterable[str], period: Period) -> str:
    """The cycle whose own appraisal *period* is, among the cycles *found* in it: a month is the
    monthly people's; a quarter or a year is the quarterly people's when there are any (the
    monthly people's quarter is a roll-up of their months)."""
    cycles = set(found)
    if period.kind != "month" and QUARTERLY in cycles:
        return QUARTERLY
    return MONTHLY
