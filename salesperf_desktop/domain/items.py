"""Scoring one template item: what was entered → the measured value → the rule's fraction → points.

An item that cannot be scored earns 0 and carries flags saying why (never a silent zero).
`score_item` is the one place those explanations are made. `item_scorer` gives a scorer for one
item of a template that takes a short way for the common, clean case of its measure and leaves
everything else to `score_item`; the golden results (tests/fixtures/golden) pin that both agree.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .measures import (
    RATIO_MEASURES,
    RaterDetail,
    combine_ratings,
    combine_with_table,
    growth_value,
    rater_table,
    ratio_value,
)
from .messages import Problem
from .results import ItemResult
from .rules import ScaleRule
from .template import TemplateItem

_NO_FLAGS: tuple[Problem, ...] = ()
_INF = math.inf


@dataclass(slots=True)
class IndicatorInput:
    """What was entered for one indicator in one period."""

    target: float | None = None
    actual: float | None = None
    base: float | None = None  # comparison figure for growth (previous year or previous period)
    ratings: Mapping[str, Sequence[float]] | None = None  # rater kind → scores (several peers)
    passed: bool | None = None
    flags: tuple[Problem, ...] = ()  # e.g. from a roll-up (months without data)


_NO_INPUT = IndicatorInput()

#: The value an item's rule scores, the rater breakdown and the flags explaining problems.
Measured = tuple[float | None, tuple[RaterDetail, ...], list[Problem]]


def measure_value(
    item: TemplateItem, inp: IndicatorInput, rater_weights: Mapping[str, float]
) -> Measured:
    """The value the item's rule scores, the rater breakdown, and flags explaining problems."""
    measure = item.measure
    if measure in RATIO_MEASURES:
        value, flags = ratio_value(inp.actual, inp.target)
        return value, (), flags
    if measure == "growth":
        value, flags = growth_value(inp.actual, inp.base)
        return value, (), flags
    if measure == "count":
        value, flags = ratio_value(inp.actual, inp.target, target_optional=True)
        return value, (), flags
    if measure == "rating":
        return _rating_value(item, inp, rater_weights)
    if measure == "pass_fail":
        if inp.passed is not None:
            return (1.0 if inp.passed else 0.0), (), []
        if inp.actual is not None and math.isfinite(inp.actual):
            return (1.0 if inp.actual >= 0.5 else 0.0), (), []
        return None, (), [Problem("pass_missing")]
    # task_sheet: the month's work-task-sheet score as entered
    if inp.actual is None:
        return None, (), [Problem("missing_actual")]
    if not math.isfinite(inp.actual):
        return None, (), [Problem("value_not_finite")]
    return inp.actual, (), []


def _rating_value(
    item: TemplateItem, inp: IndicatorInput, rater_weights: Mapping[str, float]
) -> Measured:
    if not inp.ratings and inp.actual is not None:
        # an agreed rating typed in directly (e.g. a roll-up mean, or a committee score)
        if math.isfinite(inp.actual):
            return inp.actual, (), []
        return None, (), [Problem("value_not_finite")]
    value, raters, flags = combine_ratings(inp.ratings, item.rater_weights or rater_weights)
    rule = item.rule
    if value is not None and isinstance(rule, ScaleRule) and not rule.lo <= value <= rule.hi:
        flags.append(Problem("rating_outside_scale", {"value": value}, "info"))
    return value, raters, flags


def score_item(
    item: TemplateItem, inp: IndicatorInput | None, rater_weights: Mapping[str, float]
) -> ItemResult:
    """One item's result with every problem flagged; 0 points when it cannot be scored."""
    if inp is None:
        value, raters, flags = None, (), [Problem("no_input")]
        inp = _NO_INPUT
    else:
        value, raters, flags = measure_value(item, inp, rater_weights)
    if inp.flags:
        flags = [*inp.flags, *flags]
    fraction = 0.0 if value is None else item.rule.fraction(value)
    return ItemResult(
        item=item,
        target=inp.target,
        actual=inp.actual,
        base=inp.base,
        value=value,
        fraction=fraction,
        points=fraction * item.weight,
        scored=value is not None,
        vetoed=value is not None and item.rule.is_veto and fraction == 0.0,
        raters=raters,
        flags=tuple(flags) if flags else _NO_FLAGS,
    )


# ---- the short way for clean inputs -------------------------------------------------------------
# A check returns (value, raters, flags) when the input is clean for the measure, else None.

CleanValue = tuple[float, tuple[RaterDetail, ...], tuple[Problem, ...]]
Check = Callable[[IndicatorInput], CleanValue | None]


def _clean_ratio(inp: IndicatorInput) -> CleanValue | None:
    """actual ÷ target for a finite actual ≥ 0 and a finite target > 0 (NaN fails too)."""
    actual, target = inp.actual, inp.target
    if actual is not None and target is not None and 0.0 <= actual < _INF and 0.0 < target < _INF:
        return actual / target, (), _NO_FLAGS
    return None


def _clean_growth(inp: IndicatorInput) -> CleanValue | None:
    """(actual − base) ÷ base for a finite actual ≥ 0 and a finite base > 0."""
    actual, base = inp.actual, inp.base
    if actual is not None and base is not None and 0.0 <= actual < _INF and 0.0 < base < _INF:
        return (actual - base) / base, (), _NO_FLAGS
    return None


def _clean_rating(item: TemplateItem, rater_weights: Mapping[str, float]) -> Check:
    """The weighted rater mean, its rater table built once; a value outside the scale is not
    clean (score_item flags it)."""
    weights = item.rater_weights or rater_weights
    table = rater_table(weights)
    rule = item.rule
    lo, hi = (rule.lo, rule.hi) if isinstance(rule, ScaleRule) else (-_INF, _INF)

    def check(inp: IndicatorInput) -> CleanValue | None:
        if not inp.ratings:
            return None
        value, raters, flags = combine_with_table(inp.ratings, weights, table)
        if value is None or not lo <= value <= hi:
            return None
        return value, raters, tuple(flags) if flags else _NO_FLAGS

    return check


def _check_for(item: TemplateItem, rater_weights: Mapping[str, float]) -> Check | None:
    if item.rule.is_veto:
        return None  # a fail vetoes the appraisal: always the explained way
    if item.measure in RATIO_MEASURES or item.measure == "count":
        return _clean_ratio
    if item.measure == "growth":
        return _clean_growth
    if item.measure == "rating":
        return _clean_rating(item, rater_weights)
    return None


ItemScorer = Callable[[IndicatorInput | None], ItemResult]


def item_scorer(item: TemplateItem, rater_weights: Mapping[str, float]) -> ItemScorer:
    """`score_item` for one template item, worked out once (a cohort scores it thousands of
    times): clean inputs skip the checks that only explain problems."""
    # Nothing entered scores the same for everyone: one result, shared (results are never
    # changed once made). A month just opened is mostly that: 80,000 items at 3,000 staff.
    nothing = score_item(item, None, rater_weights)
    check = _check_for(item, rater_weights)
    if check is None:
        explain = functools.partial(score_item, item, rater_weights=rater_weights)

        def score_or_explain(inp: IndicatorInput | None) -> ItemResult:
            return nothing if inp is None else explain(inp)

        return score_or_explain
    weight, fraction_of = item.weight, item.rule.fraction

    def score_clean_or_explain(inp: IndicatorInput | None) -> ItemResult:
        if inp is None:
            return nothing
        clean = None if inp.flags else check(inp)
        if clean is None:
            return score_item(item, inp, rater_weights)
        value, raters, flags = clean
        fraction = fraction_of(value)
        return ItemResult(
            item=item,
            target=inp.target,
            actual=inp.actual,
            base=inp.base,
            value=value,
            fraction=fraction,
            points=fraction * weight,
            raters=raters,
            flags=flags,
        )

    return score_clean_or_explain


ItemValue = Callable[[IndicatorInput | None], float | None]


def item_value(item: TemplateItem, rater_weights: Mapping[str, float]) -> ItemValue:
    """``measure_value(item, inp, rater_weights)[0]`` for one template item, worked out once
    (None for no input: the item is not scored). Clean inputs take `item_scorer`'s short way;
    everything else is measured the one way `score_item` measures it."""
    if item.measure == "rating":
        weights = item.rater_weights or rater_weights
        table = rater_table(weights)

        def rating(inp: IndicatorInput | None) -> float | None:
            if inp is None:
                return None
            if not inp.ratings:
                return measure_value(item, inp, rater_weights)[0]
            return combine_with_table(inp.ratings, weights, table)[0]

        return rating
    check = _check_for(item, rater_weights)

    def value(inp: IndicatorInput | None) -> float | None:
        if inp is None:
            return None
        clean = check(inp) if check is not None else None
        return clean[0] if clean is not None else measure_value(item, inp, rater_weights)[0]

    return value
