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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import Problem
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.vocab import DIMENSIONS, RATERS

from .adjustments import (
    AdjustmentEvent,
    AdjustmentLine,
    AdjustmentOutcome,
    Catalogue,
    apply_adjustments,
)
from .grades import DistributionReport, GradeScale, check_distribution
from .measures import RATIO_MEASURES, RaterDetail, combine_ratings, growth_value, ratio_value
from .rules import Rule, ScaleRule, parse_rule
from .template import Template, TemplateItem

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
    flags: list[Problem] = list(person_input.flags)
    period = person_input.period
    employed = person_input.months_employed
    employed_months: tuple[Period, ...] | None = None
    if employed is not None:
        employed_months = tuple(employed)
        in_period = (
            employed_months
            if period is None
            else tuple(m for m in employed_months if m in period.months())
        )
        total_months = len(period.months()) if period is not None else len(in_period)
        if not in_period:
            flags.append(Problem("not_employed", {}, "error"))
        elif period is not None and len(in_period) < total_months:
            flags.append(
                Problem(
                    "partial_period", {"employed": len(in_period), "total": total_months}, "warning"
                )
            )

    inputs = person_input.items
    rater_weights = template.rater_weights
    items = tuple(score_item(it, inputs.get(it.indicator), rater_weights) for it in template.items)

    items_points = 0.0
    unscored = 0
    dims: dict[str, list[float]] = {}
    veto_reasons: list[Problem] = []
    for r in items:
        items_points += r.points
        if not r.scored:
            unscored += 1
        acc = dims.get(r.dimension)
        if acc is None:
            dims[r.dimension] = [r.weight, r.points]
        else:
            acc[0] += r.weight
            acc[1] += r.points
        if r.vetoed:
            veto_reasons.append(
                Problem("veto_item", {"indicator": r.indicator, "name": r.label(lang)}, "error")
            )
    dimensions = tuple(DimensionSubtotal(d, w, p) for d, (w, p) in dims.items())

    share = template.team_share
    team_part = 0.0
    complete = unscored == 0 and not any(f.code == "not_employed" for f in flags)
    if share > 0:
        if team_score is None or not math.isfinite(team_score):
            flags.append(Problem("team_score_missing", {"share": share}, "error"))
            complete = False
            team_score = None
        else:
            team_part = share * team_score
    blended = (1.0 - share) * items_points + team_part

    outcome = apply_adjustments(
        person_input.events,
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
        template_code=template.code,
        template_name=template.name,
        sheet_total=template.sheet_total,
        items=items,
        dimensions=dimensions,
        items_points=items_points,
        team_share=share,
        team_score=team_score if share > 0 else None,
        team_part=team_part,
        adjustments=outcome,
        vetoed=vetoed,
        veto_reasons=tuple(veto_reasons),
        total=total,
        grade=band.grade,
        coefficient=band.coefficient,
        complete=complete,
        flags=tuple(flags) + outcome.flags,
        period=period,
        person_id=person_input.person_id,
        months_employed=employed_months,
        lang=lang,
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
        known = [r for r in rates if r is not None]
        got = MetTargetShare(
            m.manages, len(known), sum(1 for r in known if r >= threshold), threshold
        )
        met[m.manages] = got
        derived = (
            IndicatorInput(target=float(got.reps), actual=float(got.met))
            if got.reps
            else IndicatorInput(flags=(Problem("no_reps", {}, "error"),))
        )
        src = m.input
        inputs[m.person_id] = PersonPeriodInput(
            items={**src.items, met_target_indicator: derived},
            events=src.events,
            months_employed=src.months_employed,
            period=src.period,
            person_id=src.person_id,
            flags=src.flags,
        )
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
