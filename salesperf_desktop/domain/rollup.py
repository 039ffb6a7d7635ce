"""Combine monthly inputs into a quarter's or a year's input.

Quantitative measures add up actuals, targets and bases (a quarter's achievement is
Σactual ÷ Σtarget, never the mean of monthly rates); ratings and task-sheet scores average;
pass/fail: any fail fails; events add up. Only months the person was employed count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .messages import Problem
from .periods import Period
from .scoring import IndicatorInput, PersonPeriodInput
from .scoring import period_months as cached_period_months
from .template import Template

SUMMED_MEASURES = frozenset({"achievement", "ratio", "share", "expense_usage", "count", "growth"})
AVERAGED_MEASURES = frozenset({"rating", "task_sheet"})
_NO_FLAGS: tuple[Problem, ...] = ()
_MISSING: Any = object()
_SUM, _GROWTH, _MEAN, _PASS = "sum", "growth", "mean", "pass"
_KINDS: dict[int, tuple[Template, tuple[tuple[str, str], ...]]] = {}


def _item_kinds(template: Template) -> tuple[tuple[str, str], ...]:
    """(indicator, how it rolls up) per template item, remembered per template."""
    got = _KINDS.get(id(template))
    if got is not None and got[0] is template:
        return got[1]
    kinds = tuple(
        (
            it.indicator,
            (_GROWTH if it.measure == "growth" else _SUM)
            if it.measure in SUMMED_MEASURES
            else _MEAN
            if it.measure in AVERAGED_MEASURES
            else _PASS,
        )
        for it in template.items
    )
    if len(_KINDS) >= 64:
        _KINDS.clear()
    _KINDS[id(template)] = (template, kinds)
    return kinds


def _months_text(months: Sequence[Period]) -> str:
    return ", ".join(str(m) for m in months)


def _sum_item(measure: str, monthly: list[tuple[Period, IndicatorInput]]) -> IndicatorInput:
    # one pass collecting what gets added up (sum() over the same values in the same order)
    growth = measure == "growth"
    targets: list[float] = []
    actuals: list[float] = []
    bases: list[float] = []
    missing: list[Period] | None = None
    for m, x in monthly:
        a = x.actual
        if a is not None and (not growth or x.base is not None):
            actuals.append(a)
            t = x.target
            if t is not None:
                targets.append(t)
            b = x.base
            if b is not None:
                bases.append(b)
        elif missing is None:
            missing = [m]
        else:
            missing.append(m)
    if not actuals:
        # nothing to add up: keep what exists so scoring flags the precise reason
        target = sum(x.target for _, x in monthly if x.target is not None) if monthly else None
        any_target = any(x.target is not None for _, x in monthly)
        return IndicatorInput(target=target if any_target else None)
    flags = (
        (Problem("rollup_months_missing", {"months": _months_text(missing)}, "warning"),)
        if missing
        else _NO_FLAGS
    )
    return IndicatorInput(
        sum(targets) if targets else None,
        sum(actuals),
        sum(bases) if bases else None,
        None,
        None,
        flags,
    )


def _mean_item(monthly: list[tuple[Period, IndicatorInput]]) -> IndicatorInput:
    # per rater kind: the mean of each month's mean, so a month with three peers weighs as one
    per_rater: dict[str, list[float]] = {}
    direct: list[float] = []
    missing: list[Period] = []
    for m, x in monthly:
        had = False
        ratings = x.ratings
        if ratings:
            for rater, scores in ratings.items():
                if scores:
                    got = per_rater.get(rater)
                    if got is None:
                        per_rater[rater] = [sum(scores) / len(scores)]
                    else:
                        got.append(sum(scores) / len(scores))
                    had = True
        if not had and x.actual is not None:
            direct.append(x.actual)
            had = True
        if not had:
            missing.append(m)
    flags: tuple[Problem, ...] = _NO_FLAGS
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
    period_months = cached_period_months(period)
    # One look-up per month (Period hashing and equality are Python-level, so they count).
    get = monthly.get
    used: list[tuple[Period, PersonPeriodInput]] = []
    absent: list[Period] = []
    if months_employed is None:
        employed_list: list[Period] = []
        for m in period_months:
            x = get(m, _MISSING)
            if x is _MISSING:
                employed_list.append(m)
                absent.append(m)
            elif x.months_employed is None or m in x.months_employed:
                employed_list.append(m)
                used.append((m, x))
        employed = tuple(employed_list)
    else:
        wanted = set(months_employed)
        employed = tuple(m for m in period_months if m in wanted)
        for m in employed:
            x = get(m, _MISSING)
            if x is _MISSING:
                absent.append(m)
            else:
                used.append((m, x))
    flags: list[Problem] = []
    if absent and used:
        flags.append(Problem("rollup_months_missing", {"months": _months_text(absent)}, "warning"))

    month_items = [(m, x.items) for m, x in used]
    items: dict[str, IndicatorInput] = {}
    for code, kind in _item_kinds(template):
        if kind is _SUM:
            # The common case inline: every month that has the item has an actual. Anything
            # else (a month without actual: flags, fallbacks) is left to _sum_item.
            targets: list[float] = []
            actuals: list[float] = []
            bases: list[float] = []
            for _, got in month_items:
                x = got.get(code, _MISSING)
                if x is _MISSING:
                    continue
                a = x.actual
                if a is None:
                    break
                actuals.append(a)
                t = x.target
                if t is not None:
                    targets.append(t)
                b = x.base
                if b is not None:
                    bases.append(b)
            else:
                if actuals:
                    items[code] = IndicatorInput(
                        sum(targets) if targets else None,
                        sum(actuals),
                        sum(bases) if bases else None,
                        None,
                        None,
                        _NO_FLAGS,
                    )
                continue  # no month has the item: scoring flags "no input"
        elif kind is _MEAN:
            # The common case inline: every month that has the item has ratings.
            per_rater: dict[str, list[float]] = {}
            for _, got in month_items:
                x = got.get(code, _MISSING)
                if x is _MISSING:
                    continue
                ratings = x.ratings
                if not ratings:
                    break
                had = False
                for rater, scores in ratings.items():
                    if scores:
                        means = per_rater.get(rater)
                        if means is None:
                            per_rater[rater] = [sum(scores) / len(scores)]
                        else:
                            means.append(sum(scores) / len(scores))
                        had = True
                if not had:
                    break
            else:
                if per_rater:
                    items[code] = IndicatorInput(
                        None,
                        None,
                        None,
                        {r: [sum(v) / len(v)] for r, v in per_rater.items()},
                        None,
                        _NO_FLAGS,
                    )
                continue  # no month has the item: scoring flags "no input"
        entries = []
        for m, got in month_items:
            x = got.get(code, _MISSING)
            if x is not _MISSING:
                entries.append((m, x))
        if not entries:
            continue  # scoring flags "no input"
        if kind is _SUM:
            items[code] = _sum_item("", entries)
        elif kind is _GROWTH:
            items[code] = _sum_item("growth", entries)
        elif kind is _MEAN:
            items[code] = _mean_item(entries)
        else:
            items[code] = _pass_item(entries)

    events = [ev for _, x in used for ev in x.events]
    person_id = next((x.person_id for _, x in used if x.person_id), None)
    return PersonPeriodInput(
        items=items,
        events=events,
        months_employed=None if len(employed) == len(period_months) else employed,
        period=period,
        person_id=person_id,
        flags=tuple(flags),
    )
