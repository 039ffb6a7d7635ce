"""Combine monthly inputs into a quarter's or a year's input.

Quantitative measures add up actuals, targets and bases (a quarter's achievement is
Σactual ÷ Σtarget, never the mean of monthly rates); ratings and task-sheet scores average;
pass/fail: any fail fails; events add up. Only months the person was employed count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from salesperf_desktop.domain.messages import Problem
from salesperf_desktop.domain.periods import Period

from .scoring import IndicatorInput, PersonPeriodInput
from .template import Template

SUMMED_MEASURES = frozenset({"achievement", "ratio", "share", "expense_usage", "count", "growth"})
AVERAGED_MEASURES = frozenset({"rating", "task_sheet"})


def _months_text(months: Sequence[Period]) -> str:
    return ", ".join(str(m) for m in months)


def _sum_item(measure: str, monthly: list[tuple[Period, IndicatorInput]]) -> IndicatorInput:
    growth = measure == "growth"
    used: list[IndicatorInput] = []
    missing: list[Period] = []
    for m, x in monthly:
        if x.actual is not None and (not growth or x.base is not None):
            used.append(x)
        else:
            missing.append(m)
    flags = (
        [Problem("rollup_months_missing", {"months": _months_text(missing)}, "warning")]
        if missing and used
        else []
    )
    if not used:
        # nothing to add up: keep what exists so scoring flags the precise reason
        target = sum(x.target for _, x in monthly if x.target is not None) if monthly else None
        any_target = any(x.target is not None for _, x in monthly)
        return IndicatorInput(target=target if any_target else None)
    targets = [x.target for x in used if x.target is not None]
    bases = [x.base for x in used if x.base is not None]
    return IndicatorInput(
        target=sum(targets) if targets else None,
        actual=sum(x.actual for x in used),  # type: ignore[misc]
        base=sum(bases) if bases else None,
        flags=tuple(flags),
    )


def _mean_item(monthly: list[tuple[Period, IndicatorInput]]) -> IndicatorInput:
    # per rater kind: the mean of each month's mean, so a month with three peers weighs as one
    per_rater: dict[str, list[float]] = {}
    direct: list[float] = []
    missing: list[Period] = []
    for m, x in monthly:
        had = False
        for rater, scores in (x.ratings or {}).items():
            if scores:
                per_rater.setdefault(rater, []).append(sum(scores) / len(scores))
                had = True
        if not had and x.actual is not None:
            direct.append(x.actual)
            had = True
        if not had:
            missing.append(m)
    flags: tuple[Problem, ...] = ()
    if missing and (per_rater or direct):
        flags = (Problem("rollup_months_missing", {"months": _months_text(missing)}, "warning"),)
    if per_rater:
        return IndicatorInput(
            ratings={r: [sum(v) / len(v)] for r, v in per_rater.items()}, flags=flags
        )
    if direct:
        return IndicatorInput(actual=sum(direct) / len(direct), flags=flags)
    return IndicatorInput()


def _pass_item(monthly: list[tuple[Period, IndicatorInput]]) -> IndicatorInput:
    known = [x.passed for _, x in monthly if x.passed is not None]
    known += [x.actual >= 0.5 for _, x in monthly if x.passed is None and x.actual is not None]
    return IndicatorInput(passed=all(known) if known else None)


def rollup(
    template: Template,
    monthly: Mapping[Period, PersonPeriodInput] | Iterable[PersonPeriodInput],
    period: Period,
    *,
    months_employed: Sequence[Period] | None = None,
) -> PersonPeriodInput:
    """The input for `period` (a quarter or a year) from the person's monthly inputs.

    `monthly` maps month → input (or is a list of inputs whose `.period` is set).
    `months_employed`, when given, limits the roll-up to those months and the result is
    flagged as a partial period by `score`.
    """
    if not isinstance(monthly, Mapping):
        monthly = {x.period: x for x in monthly if x.period is not None}
    period_months = period.months()
    if months_employed is None:
        employed = tuple(
            m
            for m in period_months
            if m not in monthly
            or monthly[m].months_employed is None
            or m in monthly[m].months_employed
        )
    else:
        wanted = set(months_employed)
        employed = tuple(m for m in period_months if m in wanted)
    used = [m for m in employed if m in monthly]
    flags: list[Problem] = []
    absent = [m for m in employed if m not in monthly]
    if absent and used:
        flags.append(Problem("rollup_months_missing", {"months": _months_text(absent)}, "warning"))

    month_items = [(m, monthly[m].items) for m in used]
    items: dict[str, IndicatorInput] = {}
    for item in template.items:
        code = item.indicator
        entries = [(m, got[code]) for m, got in month_items if code in got]
        if not entries:
            continue  # scoring flags "no input"
        if item.measure in SUMMED_MEASURES:
            items[code] = _sum_item(item.measure, entries)
        elif item.measure in AVERAGED_MEASURES:
            items[code] = _mean_item(entries)
        else:
            items[code] = _pass_item(entries)

    events = [ev for m in used for ev in monthly[m].events]
    person_id = next((monthly[m].person_id for m in used if monthly[m].person_id), None)
    return PersonPeriodInput(
        items=items,
        events=events,
        months_employed=None if len(employed) == len(period_months) else employed,
        period=period,
        person_id=person_id,
        flags=tuple(flags),
    )
