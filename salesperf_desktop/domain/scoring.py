"""The scoring engine: one person's period input + a template → an explained result.

Order of work (documented in docs/design/template-format.md, "Scoring"):
1. each item: measure → value → rule → fraction → points = fraction × weight;
   an item that cannot be scored earns 0 and is flagged, and the total is marked incomplete;
2. items_points = Σ points; subtotals per dimension;
3. team link: (1 − team_share) × items_points + team_share × team_score;
4. adjustments (bonus/penalty events, optionally capped) are added;
5. a veto (failed veto item or compliance event) forces the lowest grade; otherwise the grade
   comes from the template's bands, with its bonus coefficient.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .adjustments import (
    AdjustmentEvent,
    AdjustmentLine,
    AdjustmentOutcome,
    Catalogue,
    apply_adjustments,
)
from .grades import DistributionReport, GradeScale, check_distribution
from .i18n import pick
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
from .periods import Period
from .rules import Rule, ScaleRule, parse_rule
from .template import Template, TemplateItem
from .vocab import DIMENSIONS, RATERS

RESULT_SCHEMA = 1
_NO_FLAGS: tuple[Problem, ...] = ()


# ---- inputs ----------------------------------------------------------------------------------


@dataclass(slots=True)
class IndicatorInput:
    """What was entered for one indicator in one period."""

    target: float | None = None
    actual: float | None = None
    base: float | None = None  # comparison figure for growth (previous year or previous period)
    ratings: Mapping[str, Sequence[float]] | None = None  # rater kind → scores (several peers)
    passed: bool | None = None
    flags: tuple[Problem, ...] = ()  # e.g. from a roll-up (months without data)


@dataclass(slots=True)
class PersonPeriodInput:
    items: Mapping[str, IndicatorInput]
    events: Sequence[AdjustmentEvent] = ()
    #: the months of `period` the person was employed; None = the whole period
    months_employed: Sequence[Period] | None = None
    period: Period | None = None
    person_id: str | None = None
    flags: tuple[Problem, ...] = ()


# ---- results ---------------------------------------------------------------------------------


@dataclass(slots=True)
class ItemResult:
    indicator: str
    name: Mapping[str, str]
    dimension: str
    weight: float
    measure: str
    rule: Rule
    target: float | None
    actual: float | None
    base: float | None
    value: float | None  # the measured value the rule scored (rate, count, rating …)
    fraction: float
    points: float
    scored: bool
    vetoed: bool = False
    raters: tuple[RaterDetail, ...] = ()
    flags: tuple[Problem, ...] = ()

    @property
    def max_points(self) -> float:
        return self.weight * self.rule.max_fraction

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.indicator

    def rule_text(self, lang: str = "zh_CN") -> str:
        return self.rule.describe(lang, self.measure)

    def to_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "name": dict(self.name),
            "label": self.label(lang),
            "dimension": self.dimension,
            "dimension_label": pick(DIMENSIONS.get(self.dimension), lang) or self.dimension,
            "weight": self.weight,
            "measure": self.measure,
            "target": self.target,
            "actual": self.actual,
            "base": self.base,
            "value": self.value,
            "rule": self.rule.to_dict(),
            "rule_text": self.rule_text(lang),
            "fraction": self.fraction,
            "points": self.points,
            "max_points": self.max_points,
            "scored": self.scored,
            "vetoed": self.vetoed,
            "raters": [
                {**r.to_dict(), "label": pick(RATERS.get(r.rater), lang) or r.rater}
                for r in self.raters
            ],
            "flags": [f.to_dict(lang) for f in self.flags],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ItemResult:
        return cls(
            indicator=d["indicator"],
            name=dict(d.get("name") or {}),
            dimension=d["dimension"],
            weight=d["weight"],
            measure=d["measure"],
            rule=parse_rule(d["rule"]),
            target=d.get("target"),
            actual=d.get("actual"),
            base=d.get("base"),
            value=d.get("value"),
            fraction=d["fraction"],
            points=d["points"],
            scored=d["scored"],
            vetoed=d.get("vetoed", False),
            raters=tuple(RaterDetail.from_dict(r) for r in d.get("raters") or ()),
            flags=tuple(Problem.from_dict(f) for f in d.get("flags") or ()),
        )


@dataclass(frozen=True, slots=True)
class DimensionSubtotal:
    dimension: str
    weight: float
    points: float

    def to_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "label": pick(DIMENSIONS.get(self.dimension), lang) or self.dimension,
            "weight": self.weight,
            "points": self.points,
        }


@dataclass(slots=True)
class AppraisalResult:
    template_code: str
    template_name: Mapping[str, str]
    sheet_total: float
    items: tuple[ItemResult, ...]
    dimensions: tuple[DimensionSubtotal, ...]
    items_points: float
    team_share: float
    team_score: float | None
    team_part: float
    adjustments: AdjustmentOutcome
    vetoed: bool
    veto_reasons: tuple[Problem, ...]
    total: float
    grade: str
    coefficient: float
    complete: bool
    flags: tuple[Problem, ...] = ()
    period: Period | None = None
    person_id: str | None = None
    months_employed: tuple[Period, ...] | None = None
    lang: str = "zh_CN"

    @property
    def individual_part(self) -> float:
        """The share of the weighted sum that is the person's own (1 − team_share)."""
        return (1.0 - self.team_share) * self.items_points

    @property
    def percent(self) -> float:
        """The total as a percentage of the sheet (comparable across 100- and 120-point sheets)."""
        return self.total / self.sheet_total * 100.0

    def item(self, indicator: str) -> ItemResult | None:
        for it in self.items:
            if it.indicator == indicator:
                return it
        return None

    def all_flags(self) -> list[Problem]:
        return [*self.flags, *(f for it in self.items for f in it.flags)]

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-able frozen snapshot: numbers, codes and the texts rendered in `lang`."""
        lang = lang or self.lang
        adj = self.adjustments
        return {
            "schema": RESULT_SCHEMA,
            "lang": lang,
            "person_id": self.person_id,
            "period": None if self.period is None else str(self.period),
            "period_label": None if self.period is None else self.period.label(lang),
            "months_employed": None
            if self.months_employed is None
            else [str(m) for m in self.months_employed],
            "template": {
                "code": self.template_code,
                "name": dict(self.template_name),
                "label": pick(self.template_name, lang) or self.template_code,
                "sheet_total": self.sheet_total,
            },
            "items": [it.to_dict(lang) for it in self.items],
            "dimensions": [d.to_dict(lang) for d in self.dimensions],
            "items_points": self.items_points,
            "team": {
                "share": self.team_share,
                "team_score": self.team_score,
                "individual_part": self.individual_part,
                "team_part": self.team_part,
            },
            "adjustments": {
                "lines": [line.to_dict(lang) for line in adj.lines],
                "bonus_raw": adj.bonus_raw,
                "penalty_raw": adj.penalty_raw,
                "bonus": adj.bonus,
                "penalty": adj.penalty,
                "total": adj.total,
                "flags": [f.to_dict(lang) for f in adj.flags],
            },
            "veto": {
                "vetoed": self.vetoed,
                "reasons": [r.to_dict(lang) for r in self.veto_reasons],
            },
            "total": self.total,
            "percent": self.percent,
            "grade": self.grade,
            "coefficient": self.coefficient,
            "complete": self.complete,
            "flags": [f.to_dict(lang) for f in self.flags],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> AppraisalResult:
        adj = d["adjustments"]
        months = d.get("months_employed")
        return cls(
            template_code=d["template"]["code"],
            template_name=dict(d["template"].get("name") or {}),
            sheet_total=d["template"]["sheet_total"],
            items=tuple(ItemResult.from_dict(it) for it in d["items"]),
            dimensions=tuple(
                DimensionSubtotal(x["dimension"], x["weight"], x["points"]) for x in d["dimensions"]
            ),
            items_points=d["items_points"],
            team_share=d["team"]["share"],
            team_score=d["team"]["team_score"],
            team_part=d["team"]["team_part"],
            adjustments=AdjustmentOutcome(
                lines=tuple(AdjustmentLine.from_dict(x) for x in adj["lines"]),
                bonus_raw=adj["bonus_raw"],
                penalty_raw=adj["penalty_raw"],
                bonus=adj["bonus"],
                penalty=adj["penalty"],
                vetoed=any(x.get("veto") for x in adj["lines"]),
                flags=tuple(Problem.from_dict(f) for f in adj.get("flags") or ()),
            ),
            vetoed=d["veto"]["vetoed"],
            veto_reasons=tuple(Problem.from_dict(r) for r in d["veto"]["reasons"]),
            total=d["total"],
            grade=d["grade"],
            coefficient=d["coefficient"],
            complete=d["complete"],
            flags=tuple(Problem.from_dict(f) for f in d.get("flags") or ()),
            period=None if d.get("period") is None else Period.parse(d["period"]),
            person_id=d.get("person_id"),
            months_employed=None if months is None else tuple(Period.parse(m) for m in months),
            lang=d.get("lang", "zh_CN"),
        )


# ---- scoring ---------------------------------------------------------------------------------

_NO_INPUT = IndicatorInput()


def measure_value(
    item: TemplateItem, inp: IndicatorInput, rater_weights: Mapping[str, float]
) -> tuple[float | None, tuple[RaterDetail, ...], list[Problem]]:
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
        if not inp.ratings and inp.actual is not None:
            # an agreed rating typed in directly (e.g. a roll-up mean, or a committee score)
            ok = math.isfinite(inp.actual)
            return (inp.actual, (), []) if ok else (None, (), [Problem("value_not_finite")])
        value, raters, flags = combine_ratings(inp.ratings, item.rater_weights or rater_weights)
        rule = item.rule
        if value is not None and isinstance(rule, ScaleRule) and not rule.lo <= value <= rule.hi:
            flags.append(Problem("rating_outside_scale", {"value": value}, "info"))
        return value, raters, flags
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


def score_item(
    item: TemplateItem, inp: IndicatorInput | None, rater_weights: Mapping[str, float]
) -> ItemResult:
    if inp is None:
        value, raters, flags = None, (), [Problem("no_input")]
        inp = _NO_INPUT
    else:
        value, raters, flags = measure_value(item, inp, rater_weights)
    if inp.flags:
        flags = [*inp.flags, *flags]
    rule = item.rule
    vetoed = False
    if value is None:
        fraction = 0.0
        scored = False
    else:
        fraction = rule.fraction(value)
        scored = True
        if rule.is_veto and fraction == 0.0:
            vetoed = True
    return ItemResult(
        item.indicator,
        item.name,
        item.dimension,
        item.weight,
        item.measure,
        rule,
        inp.target,
        inp.actual,
        inp.base,
        value,
        fraction,
        fraction * item.weight,
        scored,
        vetoed,
        raters,
        tuple(flags) if flags else _NO_FLAGS,
    )


# ---- compiled templates ----------------------------------------------------------------------
# A cohort recompute scores the same template thousands of times. What does not depend on the
# input (which measure, the rule's bound method, rater tables, dimension weights, the empty
# adjustment outcome) is worked out once per template into a `_Plan`; each item gets a scorer
# with a fast path for the common, clean case. Anything unusual (missing or odd numbers,
# flags to carry, a veto rule) goes through `score_item`, so explanations stay in one place.

_INF = math.inf
_new = object.__new__


def _item_result(
    indicator: str,
    name: Mapping[str, str],
    dimension: str,
    weight: float,
    measure: str,
    rule: Rule,
    target: float | None,
    actual: float | None,
    base: float | None,
    value: float,
    fraction: float,
    points: float,
    raters: tuple[RaterDetail, ...],
    flags: tuple[Problem, ...],
) -> ItemResult:
    """A scored, not vetoed ItemResult, the same as ItemResult(...) but cheaper.

    Calling a class goes through type.__call__ and the dataclass __init__; a plain function
    writing the slots saves about a fifth of that, which counts at 20 items × thousands of
    scores.
    """
    r = _new(ItemResult)
    r.indicator = indicator
    r.name = name
    r.dimension = dimension
    r.weight = weight
    r.measure = measure
    r.rule = rule
    r.target = target
    r.actual = actual
    r.base = base
    r.value = value
    r.fraction = fraction
    r.points = points
    r.scored = True
    r.vetoed = False
    r.raters = raters
    r.flags = flags
    return r


_set_dimension = DimensionSubtotal.dimension.__set__  # type: ignore[attr-defined]
_set_weight = DimensionSubtotal.weight.__set__  # type: ignore[attr-defined]
_set_points = DimensionSubtotal.points.__set__  # type: ignore[attr-defined]


def _subtotal(dimension: str, weight: float, points: float) -> DimensionSubtotal:
    # DimensionSubtotal is frozen: writing its slots directly skips the per-field
    # object.__setattr__ of the dataclass __init__ and builds the same object
    d = _new(DimensionSubtotal)
    _set_dimension(d, dimension)
    _set_weight(d, weight)
    _set_points(d, points)
    return d


def _fast_ratio(
    item: TemplateItem, rater_weights: Mapping[str, float]
) -> Callable[..., ItemResult]:
    """actual ÷ target (ratio measures, and count with a target)."""
    indicator, name, dimension, weight = item.indicator, item.name, item.dimension, item.weight
    measure, rule = item.measure, item.rule
    fraction = rule.fraction

    def run(inp: IndicatorInput | None) -> ItemResult:
        # clean case: no carried flags, finite actual ≥ 0 and finite target > 0 (NaN fails too)
        if inp is not None and not inp.flags:
            a = inp.actual
            t = inp.target
            if a is not None and t is not None and 0.0 <= a < _INF and 0.0 < t < _INF:
                value = a / t
                f = fraction(value)
                # _item_result() inlined: the most frequent item kind, worth the lines
                r = _new(ItemResult)
                r.indicator = indicator
                r.name = name
                r.dimension = dimension
                r.weight = weight
                r.measure = measure
                r.rule = rule
                r.target = t
                r.actual = a
                r.base = inp.base
                r.value = value
                r.fraction = f
                r.points = f * weight
                r.scored = True
                r.vetoed = False
                r.raters = ()
                r.flags = _NO_FLAGS
                return r
        return score_item(item, inp, rater_weights)

    return run


def _fast_growth(
    item: TemplateItem, rater_weights: Mapping[str, float]
) -> Callable[..., ItemResult]:
    """(actual − base) ÷ base."""
    indicator, name, dimension, weight = item.indicator, item.name, item.dimension, item.weight
    measure, rule = item.measure, item.rule
    fraction = rule.fraction

    def run(inp: IndicatorInput | None) -> ItemResult:
        if inp is not None and not inp.flags:
            a = inp.actual
            b = inp.base
            if a is not None and b is not None and 0.0 <= a < _INF and 0.0 < b < _INF:
                value = (a - b) / b
                f = fraction(value)
                return _item_result(
                    indicator, name, dimension, weight, measure, rule, inp.target, a, b,
                    value, f, f * weight, (), _NO_FLAGS,
                )  # fmt: skip
        return score_item(item, inp, rater_weights)

    return run


def _fast_rating(
    item: TemplateItem, rater_weights: Mapping[str, float]
) -> Callable[..., ItemResult]:
    """Weighted rater mean, the rater table built once."""
    indicator, name, dimension, weight = item.indicator, item.name, item.dimension, item.weight
    measure, rule = item.measure, item.rule
    fraction = rule.fraction
    weights = item.rater_weights or rater_weights
    table = rater_table(weights)
    is_scale = isinstance(rule, ScaleRule)
    lo, hi = (rule.lo, rule.hi) if isinstance(rule, ScaleRule) else (0.0, 0.0)

    def run(inp: IndicatorInput | None) -> ItemResult:
        if inp is not None and not inp.flags:
            ratings = inp.ratings
            if ratings:
                value, raters, flags = combine_with_table(ratings, weights, table)
                # a rating outside the scale is flagged: leave that to score_item
                if value is not None and (not is_scale or lo <= value <= hi):
                    f = fraction(value)
                    return _item_result(
                        indicator, name, dimension, weight, measure, rule,
                        inp.target, inp.actual, inp.base, value, f, f * weight,
                        raters, tuple(flags) if flags else _NO_FLAGS,
                    )  # fmt: skip
        return score_item(item, inp, rater_weights)

    return run


def _item_scorer(
    item: TemplateItem, rater_weights: Mapping[str, float]
) -> Callable[[IndicatorInput | None], ItemResult]:
    measure = item.measure
    if not item.rule.is_veto:
        if measure in RATIO_MEASURES or measure == "count":
            return _fast_ratio(item, rater_weights)
        if measure == "growth":
            return _fast_growth(item, rater_weights)
        if measure == "rating":
            return _fast_rating(item, rater_weights)
    return lambda inp: score_item(item, inp, rater_weights)


class _Plan:
    """What scoring and roll-ups need from a template, worked out once."""

    __slots__ = ("dims", "empty_outcome", "scorers", "template")

    def __init__(self, template: Template):
        self.template = template
        rater_weights = template.rater_weights
        # Dimensions in order of first appearance, with Σ weight added in item order exactly
        # as `score` used to; each scorer carries its dimension's index.
        slot: dict[str, int] = {}
        weights: list[float] = []
        scorers = []
        for it in template.items:
            k = slot.get(it.dimension)
            if k is None:
                k = slot[it.dimension] = len(weights)
                weights.append(it.weight)
            else:
                weights[k] = weights[k] + it.weight
            scorers.append((it.indicator, _item_scorer(it, rater_weights), k))
        self.scorers = tuple(scorers)
        self.dims = tuple(zip(slot, weights, strict=True))
        # no events: the outcome only depends on the caps; it is immutable, so share it
        self.empty_outcome = apply_adjustments(
            (), bonus_cap=template.bonus_cap, penalty_cap=template.penalty_cap
        )


_PLANS: dict[int, tuple[Template, _Plan]] = {}
_PLANS_MAX = 64


def _plan_for(template: Template) -> _Plan:
    """The plan of `template`, built on first use.

    Keyed by identity, holding the template so its id cannot be reused while cached. A
    Template is frozen and its rules, weights and items are never edited in place (an edit
    makes a new Template), so a plan never goes stale.
    """
    got = _PLANS.get(id(template))
    if got is not None and got[0] is template:
        return got[1]
    plan = _Plan(template)
    if len(_PLANS) >= _PLANS_MAX:
        _PLANS.clear()
    _PLANS[id(template)] = (template, plan)
    return plan


_MONTHS: dict[Period, tuple[Period, ...]] = {}


def period_months(period: Period) -> tuple[Period, ...]:
    """`period.months()`, remembered (building Period objects is not free)."""
    got = _MONTHS.get(period)
    if got is None:
        if len(_MONTHS) >= 1024:
            _MONTHS.clear()
        got = _MONTHS[period] = period.months()
    return got


def score(
    template: Template,
    person_input: PersonPeriodInput,
    *,
    team_score: float | None = None,
    lang: str = "zh_CN",
    catalogue: Catalogue | None = None,
) -> AppraisalResult:
    """Score one person for one period. Never raises for bad data: problems become flags.

    `team_score` is on the template's sheet scale (e.g. the team's average result out of 100).
    """
    plan = _plan_for(template)
    flags: list[Problem] = list(person_input.flags)
    period = person_input.period
    employed = person_input.months_employed
    employed_months: tuple[Period, ...] | None = None
    if employed is not None:
        employed_months = tuple(employed)
        if period is None:
            in_period = employed_months
        else:
            months = period_months(period)
            in_period = tuple(m for m in employed_months if m in months)
        total_months = len(period_months(period)) if period is not None else len(in_period)
        if not in_period:
            flags.append(Problem("not_employed", {}, "error"))
        elif period is not None and len(in_period) < total_months:
            flags.append(
                Problem(
                    "partial_period", {"employed": len(in_period), "total": total_months}, "warning"
                )
            )

    get = person_input.items.get
    results = []
    append = results.append
    items_points = 0.0
    unscored = 0
    dim_points: list[Any] = [None] * len(plan.dims)  # Σ points per dimension, from its first
    veto_reasons: list[Problem] = []
    for code, run, k in plan.scorers:
        r = run(get(code))
        append(r)
        p = r.points
        items_points += p
        acc = dim_points[k]
        dim_points[k] = p if acc is None else acc + p
        if not r.scored:
            unscored += 1
        if r.vetoed:
            veto_reasons.append(
                Problem("veto_item", {"indicator": r.indicator, "name": r.label(lang)}, "error")
            )
    items = tuple(results)
    dimensions = tuple(
        [_subtotal(d, w, p) for (d, w), p in zip(plan.dims, dim_points, strict=True)]
    )

    share = template.team_share
    team_part = 0.0
    complete = unscored == 0 and not (flags and any(f.code == "not_employed" for f in flags))
    if share > 0:
        if team_score is None or not math.isfinite(team_score):
            flags.append(Problem("team_score_missing", {"share": share}, "error"))
            complete = False
            team_score = None
        else:
            team_part = share * team_score
    blended = (1.0 - share) * items_points + team_part

    events = person_input.events
    if type(events) in (tuple, list) and not events:
        outcome = plan.empty_outcome
    else:
        outcome = apply_adjustments(
            events,
            catalogue or template.catalogue(),
            bonus_cap=template.bonus_cap,
            penalty_cap=template.penalty_cap,
        )
        for note in outcome.veto_notes:
            veto_reasons.append(Problem("veto_event", {"note": note}, "error"))
    vetoed = bool(veto_reasons)
    total = blended + outcome.total
    if unscored:
        flags.append(Problem("incomplete", {"count": unscored}, "warning"))

    band = template.grades.grade_for(total, vetoed)
    return AppraisalResult(
        template.code,
        template.name,
        template.sheet_total,
        items,
        dimensions,
        items_points,
        share,
        team_score if share > 0 else None,
        team_part,
        outcome,
        vetoed,
        tuple(veto_reasons),
        total,
        band.grade,
        band.coefficient,
        complete,
        tuple(flags) + outcome.flags,
        period,
        person_input.person_id,
        employed_months,
        lang,
    )


# ---- cohorts: team scores, the manager's derived indicator, forced distribution ---------------


def share_met_target(rates: Iterable[float | None], threshold: float = 1.0) -> float | None:
    """Share of reps whose achievement rate reached `threshold` (None rates are left out).

    None when nobody has a rate: there is nothing to compare, which is not the same as 0 %.
    """
    known = [r for r in rates if r is not None]
    if not known:
        return None
    return sum(1 for r in known if r >= threshold) / len(known)


@dataclass(slots=True)
class CohortMember:
    person_id: str
    template: Template
    input: PersonPeriodInput
    team: str | None = None  # the team this person belongs to (for the team score)
    manages: str | None = None  # the team whose reps this person manages (sales manager)


@dataclass(frozen=True, slots=True)
class MetTargetShare:
    team: str
    reps: int
    met: int
    threshold: float

    @property
    def share(self) -> float | None:
        return self.met / self.reps if self.reps else None


@dataclass(slots=True)
class CohortResult:
    results: dict[str, AppraisalResult]
    team_scores: dict[str, float] = field(default_factory=dict)  # as % of the sheet (0–100+)
    met_target: dict[str, MetTargetShare] = field(default_factory=dict)
    distribution: DistributionReport | None = None


def manager_input(
    src: PersonPeriodInput,
    team: str,
    rates: Iterable[float | None],
    met_target_indicator: str,
    threshold: float = 1.0,
) -> tuple[MetTargetShare, PersonPeriodInput]:
    """A manager's input with the derived "reps who met target" item (met reps ÷ reps) from
    the reps' achievement *rates* (None = no rate, left out)."""
    known = [r for r in rates if r is not None]
    got = MetTargetShare(team, len(known), sum(1 for r in known if r >= threshold), threshold)
    derived = (
        IndicatorInput(target=float(got.reps), actual=float(got.met))
        if got.reps
        else IndicatorInput(flags=(Problem("no_reps", {}, "error"),))
    )
    return got, PersonPeriodInput(
        items={**src.items, met_target_indicator: derived},
        events=src.events,
        months_employed=src.months_employed,
        period=src.period,
        person_id=src.person_id,
        flags=src.flags,
    )


def with_team_score(
    result: AppraisalResult, template: Template, team_score: float
) -> AppraisalResult:
    """*result* re-based on another team score without re-scoring the items.

    Identical to ``score(template, same_input, team_score=team_score)`` when *result* was
    scored with a (finite) team score: the items, adjustments and flags do not depend on it.
    The grid uses it to follow a team-mate's edit in microseconds."""
    share = result.team_share
    if share <= 0 or result.team_score is None or not math.isfinite(team_score):
        raise ValueError("with_team_score needs a result that already had a team score")
    team_part = share * team_score
    blended = (1.0 - share) * result.items_points + team_part
    total = blended + result.adjustments.total
    band = template.grades.grade_for(total, result.vetoed)
    return replace(
        result,
        team_score=team_score,
        team_part=team_part,
        total=total,
        grade=band.grade,
        coefficient=band.coefficient,
    )


def score_many(
    members: Sequence[CohortMember],
    *,
    team_scores: Mapping[str, float] | None = None,
    achievement_indicator: str = "sales_achievement",
    met_target_indicator: str = "reps_met_target",
    threshold: float = 1.0,
    grades: GradeScale | None = None,
    lang: str = "zh_CN",
    catalogue: Catalogue | None = None,
) -> CohortResult:
    """Score a cohort together.

    - A manager's `met_target_indicator` (measure ratio: met reps ÷ reps) is derived from the
      reps of the team they manage: a rep met target when their `achievement_indicator` value
      ≥ `threshold`. A value the caller entered for that indicator is kept.
    - Team score (unless given in `team_scores`, on a 100-point scale) = mean of the team
      members' weighted sums as a % of their sheet; it is scaled to each member's sheet.
    - The forced-distribution check uses `grades` or the first member's template grades.
    """
    inputs = {m.person_id: m.input for m in members}  # derived indicators go here, not into m
    first = {
        m.person_id: score(m.template, m.input, lang=lang, catalogue=catalogue) for m in members
    }

    met: dict[str, MetTargetShare] = {}
    for m in members:
        if m.manages is None or m.template.item(met_target_indicator) is None:
            continue
        if met_target_indicator in m.input.items:
            continue
        rates = []
        for rep in members:
            if rep.team == m.manages and rep.person_id != m.person_id and rep.manages is None:
                it = first[rep.person_id].item(achievement_indicator)
                rates.append(it.value if it is not None else None)
        got, inputs[m.person_id] = manager_input(
            m.input, m.manages, rates, met_target_indicator, threshold
        )
        met[m.manages] = got
        first[m.person_id] = score(m.template, inputs[m.person_id], lang=lang, catalogue=catalogue)

    computed: dict[str, list[float]] = {}
    for m in members:
        if m.team is not None:
            r = first[m.person_id]
            computed.setdefault(m.team, []).append(r.items_points / r.sheet_total * 100.0)
    scores = {t: sum(v) / len(v) for t, v in computed.items()}
    scores.update(team_scores or {})

    results: dict[str, AppraisalResult] = {}
    for m in members:
        r = first[m.person_id]
        if m.template.team_share > 0:
            pct = scores.get(m.team) if m.team is not None else None
            ts = None if pct is None else pct * m.template.sheet_total / 100.0
            r = score(
                m.template, inputs[m.person_id], team_score=ts, lang=lang, catalogue=catalogue
            )
        results[m.person_id] = r

    distribution = None
    scale = grades or (members[0].template.grades if members else None)
    if scale is not None and scale.distribution:
        distribution = check_distribution(
            (r.grade for r in results.values()),
            scale.distribution,
            order=[b.grade for b in scale.bands],
        )
    return CohortResult(results, scores, met, distribution)
