"""Combine monthly inputs into a quarter's or a year's input.

Quantitative measures add up actuals, targets and bases (a quarter's achievement is
Σactual ÷ Σtarget, never the mean of monthly rates); ratings and task-sheet scores average;
pass/fail: any fail fails; events add up. Only months the person was employed count.

Values are summed exactly to the millionth: each month's figure becomes a whole number of
millionths (``millionths``: × 1,000,000 rounded half away from zero, exactly as SQLite's
``CAST(x * 1000000 + CASE WHEN x < 0 THEN -0.5 ELSE 0.5 END AS INTEGER)`` does), the whole
numbers are added (exact, in any order) and the sum is that total ÷ 1,000,000. So the sums do
not depend on the order the months are added in, and a database can add them up
(``services.appraisals`` reads a quarter's or year's sums with ``GROUP BY``) to bit-for-bit the
same figures as this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from math import isfinite

from .adjustments import AdjustmentEvent
from .messages import Problem
from .periods import Period
from .scoring import IndicatorInput, PersonPeriodInput
from .template import Template

SUMMED_MEASURES = frozenset({"achievement", "ratio", "share", "expense_usage", "count", "growth"})
AVERAGED_MEASURES = frozenset({"rating", "task_sheet", "days"})
_NO_FLAGS: tuple[Problem, ...] = ()

MILLION = 1_000_000
#: A pass/fail month without a verdict passes when its actual reaches this.
PASS_FROM = 0.5
_I64 = 1 << 63  # SQLite's integers are 64-bit: a cast beyond saturates
_TWO_63 = float(_I64)


def millionths(value: float) -> int:
    """*value* as a whole number of millionths, rounded half away from zero: exactly what SQLite
    computes with ``CAST(x * 1000000 + CASE WHEN x < 0 THEN -0.5 ELSE 0.5 END AS INTEGER)``
    (the same double product and sum, then the cast's truncation toward zero, saturating at 64 bits — beyond
    ±9.2 × 10¹², which entry refuses anyway). A figure that is not a finite number (never
    stored: entry refuses it) is given back as it is, so the sum it joins is not finite either
    and scoring flags it, as before."""
    if not isfinite(value):
        return value  # type: ignore[return-value]
    r = float(value) * 1_000_000.0
    if r >= _TWO_63:
        return _I64 - 1
    if r <= -_TWO_63:
        return -_I64
    return int(r - 0.5) if r < 0 else int(r + 0.5)


def summed_input(
    actual: int | None,
    target: int | None,
    base: int | None,
    targets_alone: int | None,
    missing: Sequence[Period],
) -> IndicatorInput:
    """A summed measure's input from its months' sums in millionths: Σ actual, Σ target and
    Σ base over the months used (None when no month added any), Σ target over every month
    (*targets_alone*: what is kept when no month has an actual, so scoring flags the precise
    reason) and the months without an actual (flagged)."""
    if actual is None:
        return IndicatorInput(target=None if targets_alone is None else targets_alone / MILLION)
    flags = (
        (Problem("rollup_months_missing", {"months": _months_text(missing)}, "warning"),)
        if missing
        else _NO_FLAGS
    )
    return IndicatorInput(
        target=None if target is None else target / MILLION,
        actual=actual / MILLION,
        base=None if base is None else base / MILLION,
        flags=flags,
    )


def _months_text(months: Sequence[Period]) -> str:
    return ", ".join(str(m) for m in months)


#: One month's figures of one indicator: (month, target, actual, base, passed, ratings). What
#: the roll-up rules read of a month's ``IndicatorInput``; a quarter or year read straight from
#: the database's rows (services/appraisals.py) builds these without an input per month.
Figures = tuple[
    Period,
    float | None,
    float | None,
    float | None,
    bool | None,
    Mapping[str, Sequence[float]] | None,
]


def figures(month: Period, x: IndicatorInput) -> Figures:
    """The month's figures of one indicator input."""
    return (month, x.target, x.actual, x.base, x.passed, x.ratings)


def _sum_item(monthly: Sequence[Figures], *, growth: bool = False) -> IndicatorInput:
    """Σ actual, Σ target, Σ base over the months with an actual (and a base, for growth)."""
    target = actual = base = targets_alone = None
    missing: list[Period] = []
    for m, t, a, b, _, _ in monthly:
        nt = None if t is None else millionths(t)
        if nt is not None:
            targets_alone = nt if targets_alone is None else targets_alone + nt
        if a is not None and (not growth or b is not None):
            n = millionths(a)
            actual = n if actual is None else actual + n
            if nt is not None:
                target = nt if target is None else target + nt
            if b is not None:
                n = millionths(b)
                base = n if base is None else base + n
        else:
            missing.append(m)
    return summed_input(actual, target, base, targets_alone, missing)


def _mean_item(monthly: Sequence[Figures]) -> IndicatorInput:
    """Per rater kind the mean of each month's mean (a month with three peers weighs as one);
    months rated directly (an agreed score) average their values."""
    per_rater: dict[str, list[float]] = {}
    direct: list[float] = []
    missing: list[Period] = []
    for m, _, actual, _, _, ratings in monthly:
        had = False
        if ratings:
            for rater, scores in ratings.items():
                if scores:
                    got = per_rater.get(rater)
                    if got is None:
                        per_rater[rater] = [sum(scores) / len(scores)]
                    else:
                        got.append(sum(scores) / len(scores))
                    had = True
        if not had and actual is not None:
            direct.append(actual)
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


def _pass_item(monthly: Sequence[Figures]) -> IndicatorInput:
    """Any fail fails; an actual counts as a pass from 0.5."""
    known = [f[4] for f in monthly if f[4] is not None]
    known += [f[2] >= PASS_FROM for f in monthly if f[4] is None and f[2] is not None]
    return IndicatorInput(passed=all(known) if known else None)


def combined_by_sums(measure: str) -> bool:
    """Whether an item of *measure* rolls up from sums and a pass/fail alone (what a database
    can add up exactly: ``summed_input``, an any-fail), not from each month's figures (the
    averaged measures: a mean of monthly means)."""
    return measure not in AVERAGED_MEASURES


def _combine(measure: str, monthly: Sequence[Figures]) -> IndicatorInput:
    if measure == "growth":
        return _sum_item(monthly, growth=True)
    if measure in SUMMED_MEASURES:
        return _sum_item(monthly)
    if measure in AVERAGED_MEASURES:
        return _mean_item(monthly)
    return _pass_item(monthly)


def _months_used(
    monthly: Mapping[Period, PersonPeriodInput],
    period: Period,
    months_employed: Sequence[Period] | None,
) -> tuple[tuple[Period, ...], list[tuple[Period, PersonPeriodInput]], list[Period]]:
    """(months employed, (month, input) of those with an input, employed months without one).

    Without `months_employed`, a month counts unless its own input says the person was not
    employed in it."""
    employed: list[Period] = []
    used: list[tuple[Period, PersonPeriodInput]] = []
    absent: list[Period] = []
    wanted = None if months_employed is None else set(months_employed)
    for m in period.months():
        x = monthly.get(m)
        if wanted is not None and m not in wanted:
            continue
        if x is None:
            absent.append(m)
        elif wanted is None and x.months_employed is not None and m not in x.months_employed:
            continue
        else:
            used.append((m, x))
        employed.append(m)
    return tuple(employed), used, absent


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
    employed, used, absent = _months_used(monthly, period, months_employed)
    flags: list[Problem] = []
    if absent and used:
        flags.append(Problem("rollup_months_missing", {"months": _months_text(absent)}, "warning"))
    by_code: dict[str, list[Figures]] = {}
    for it in template.items:
        code = it.indicator
        by_code[code] = [figures(m, x.items[code]) for m, x in used if code in x.items]
    return rolled_up(
        template,
        by_code,
        period,
        employed=employed,
        events=[ev for _, x in used for ev in x.events],
        person_id=next((x.person_id for _, x in used if x.person_id), None),
        flags=tuple(flags),
    )


def rolled_up(
    template: Template,
    by_code: Mapping[str, Sequence[Figures]],
    period: Period,
    *,
    employed: Sequence[Period],
    events: list[AdjustmentEvent],
    person_id: str | None,
    flags: tuple[Problem, ...] = (),
    combined: Mapping[str, IndicatorInput] | None = None,
) -> PersonPeriodInput:
    """The period's input from each indicator's monthly figures (the months used, in order):
    what `rollup` makes of monthly inputs, and a quarter or year read straight from the
    database's rows makes of those. *combined* holds items already rolled up from the
    database's sums (``summed_input``), taken as they are."""
    items: dict[str, IndicatorInput] = {}
    for it in template.items:
        if combined is not None and it.indicator in combined:
            items[it.indicator] = combined[it.indicator]
            continue
        entries = by_code.get(it.indicator)
        if entries:  # else scoring flags "no input"
            items[it.indicator] = _combine(it.measure, entries)
    return PersonPeriodInput(
        items=items,
        events=events,
        months_employed=None if len(employed) == len(period.months()) else tuple(employed),
        period=period,
        person_id=person_id,
        flags=flags,
    )
