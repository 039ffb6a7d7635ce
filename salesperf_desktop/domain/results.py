"""An appraisal's explained result: every item's numbers, subtotals, adjustments, veto, grade.

A result is a frozen snapshot once published: `to_dict()` gives JSON with the texts rendered
in one language, and `from_dict()` reads it back without the template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from .adjustments import AdjustmentLine, AdjustmentOutcome
from .i18n import pick
from .measures import RaterDetail
from .messages import Problem
from .periods import Period
from .rules import Rule, parse_rule
from .team_goal import TeamGoalResult
from .template import TemplateItem
from .vocab import DIMENSIONS, RATERS

RESULT_SCHEMA = 1


@dataclass(slots=True)
class ItemResult:
    """One template item as it was scored: what was entered, the value, fraction and points."""

    item: TemplateItem  # the item scored: indicator, name, dimension, weight, measure, rule
    target: float | None
    actual: float | None
    base: float | None
    value: float | None  # the measured value the rule scored (rate, count, rating …)
    fraction: float
    points: float
    scored: bool = True
    vetoed: bool = False
    raters: tuple[RaterDetail, ...] = ()
    flags: tuple[Problem, ...] = ()

    @property
    def indicator(self) -> str:
        return self.item.indicator

    @property
    def name(self) -> Mapping[str, str]:
        return self.item.name

    @property
    def dimension(self) -> str:
        return self.item.dimension

    @property
    def weight(self) -> float:
        return self.item.weight

    @property
    def measure(self) -> str:
        return self.item.measure

    @property
    def rule(self) -> Rule:
        return self.item.rule

    @property
    def max_points(self) -> float:
        return self.weight * self.rule.max_fraction

    def label(self, lang: str = "zh_CN") -> str:
        return pick(self.name, lang) or self.indicator

    def rule_text(self, lang: str = "zh_CN") -> str:
        return self.rule.describe(lang, self.measure)

    def to_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        own = self.own_dict(lang)
        data = {
            "indicator": self.indicator,
            "name": dict(self.name),
            "label": self.label(lang),
            "dimension": self.dimension,
            "dimension_label": pick(DIMENSIONS.get(self.dimension), lang) or self.dimension,
            "weight": self.weight,
            "measure": self.measure,
            "target": own["target"],
            "actual": own["actual"],
            "base": own["base"],
            "value": own["value"],
            "rule": self.rule.to_dict(),
            "rule_text": self.rule_text(lang),
            "fraction": own["fraction"],
            "points": own["points"],
            "max_points": self.max_points,
            "scored": own["scored"],
            "vetoed": own["vetoed"],
            "raters": own["raters"],
            "flags": own["flags"],
        }
        if self.item.growth_base is not None:  # which figure the base is (the form names it)
            data["growth_base"] = self.item.growth_base
        return data

    def own_dict(self, lang: str = "zh_CN") -> dict[str, Any]:
        """The person's own figures of ``to_dict`` (the keys outside ``SHARED_ITEM_KEYS``, in
        its order): what ``split_result`` keeps per appraisal."""
        return {
            "target": self.target,
            "actual": self.actual,
            "base": self.base,
            "value": self.value,
            "fraction": self.fraction,
            "points": self.points,
            "scored": self.scored,
            "vetoed": self.vetoed,
            "raters": [
                {**r.to_dict(), "label": pick(RATERS.get(r.rater), lang) or r.rater}
                for r in self.raters
            ],
            "flags": [f.to_dict(lang) for f in self.flags],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], item: TemplateItem | None = None) -> ItemResult:
        """The item result *d* (``to_dict``); with *item* (``shared_items``), *d* needs only its
        own figures and the item is not rebuilt (its rule not parsed again)."""
        if item is None:
            item = _stored_item(d)
        return cls(
            item=item,
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


class DimensionSubtotal(NamedTuple):
    """Σ weight and Σ points of one dimension's items."""

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
    grade: str  # "" for an interim month of a quarterly person (domain/cycles.py)
    coefficient: float | None  # None for an interim month (no coefficient)
    complete: bool
    flags: tuple[Problem, ...] = ()
    period: Period | None = None
    person_id: str | None = None
    months_employed: tuple[Period, ...] | None = None
    lang: str = "zh_CN"
    #: what drove the team share ("team_goal": seed 002's team goal; "colleagues": their mean)
    team_basis: str = "colleagues"
    #: the team goal and the points it gave (team_basis "team_goal"; None while not entered)
    team_goal: TeamGoalResult | None = None

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

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-able frozen snapshot: numbers, codes and the texts rendered in `lang`."""
        lang = lang or self.lang
        return self._as_dict(lang, [it.to_dict(lang) for it in self.items])

    def own_dict(self, lang: str | None = None) -> dict[str, Any]:
        """``split_result(self.to_dict(lang))``'s own part, without rendering the items'
        shared part (their names, rules and rule texts: the same for everyone scored on the
        template, so a caller storing many results renders it once)."""
        lang = lang or self.lang
        if not self.items:
            return self.to_dict(lang)  # nothing to share: split_result keeps it whole
        return self._as_dict(lang, [it.own_dict(lang) for it in self.items])

    def _as_dict(self, lang: str, items: list[dict[str, Any]]) -> dict[str, Any]:
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
            "items": items,
            "dimensions": [d.to_dict(lang) for d in self.dimensions],
            "items_points": self.items_points,
            "team": {
                "share": self.team_share,
                "team_score": self.team_score,
                "individual_part": self.individual_part,
                "team_part": self.team_part,
                **self._team_goal_dict(),
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

    def _team_goal_dict(self) -> dict[str, Any]:
        """The team goal keys of the stored team part (none for the colleagues' mean: results
        stored before team goals existed read back the same)."""
        if self.team_basis == "colleagues":
            return {}
        goal = None if self.team_goal is None else self.team_goal.to_dict()
        return {"basis": self.team_basis, "goal": goal}

    @classmethod
    def from_dict(
        cls, d: Mapping[str, Any], items: Sequence[TemplateItem] | None = None
    ) -> AppraisalResult:
        """The result *d* (``to_dict``); with *items* (``shared_items`` of its shared part),
        *d*'s items need only their own figures (``split_result``)."""
        adj = d["adjustments"]
        months = d.get("months_employed")
        return cls(
            template_code=d["template"]["code"],
            template_name=dict(d["template"].get("name") or {}),
            sheet_total=d["template"]["sheet_total"],
            items=tuple(ItemResult.from_dict(it) for it in d["items"])
            if items is None
            else tuple(
                ItemResult.from_dict(it, item) for it, item in zip(d["items"], items, strict=True)
            ),
            dimensions=tuple(
                DimensionSubtotal(dimension=x["dimension"], weight=x["weight"], points=x["points"])
                for x in d["dimensions"]
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
            team_basis=d["team"].get("basis", "colleagues"),
            team_goal=None
            if d["team"].get("goal") is None
            else TeamGoalResult.from_dict(d["team"]["goal"]),
        )


def _stored_item(d: Mapping[str, Any]) -> TemplateItem:
    """The template item as a stored item result names it."""
    return TemplateItem(
        indicator=d["indicator"],
        name=dict(d.get("name") or {}),
        dimension=d["dimension"],
        weight=d["weight"],
        measure=d["measure"],
        rule=parse_rule(d["rule"]),
        growth_base=d.get("growth_base"),
    )


# ----------------------------------------------------------------------------- stored form
# A stored result's items repeat, for every person on the same template version and language,
# the item's names, rule and rule text: about two thirds of a result's JSON. Storage keeps that
# shared part once (content-addressed) and each appraisal keeps only its own figures; the two
# put back together are the dict ``to_dict`` wrote, key for key and in the same order.

SHARED_ITEM_KEYS = frozenset(
    {
        "indicator",
        "name",
        "label",
        "dimension",
        "dimension_label",
        "weight",
        "measure",
        "rule",
        "rule_text",
        "max_points",
        "growth_base",
    }
)
_ITEM_NEEDS = ("indicator", "dimension", "weight", "measure", "rule")


def split_result(d: Mapping[str, Any]) -> tuple[list[Any] | None, dict[str, Any]]:
    """(shared part, own part) of a stored result; (None, the result) when it has no items
    to share (``join_result`` undoes it exactly)."""
    items = d.get("items")
    if not isinstance(items, list) or not items:
        return None, dict(d)
    if not all(isinstance(it, dict) and all(k in it for k in _ITEM_NEEDS) for it in items):
        return None, dict(d)
    shared: list[Any] = []
    own: list[dict[str, Any]] = []
    for it in items:
        shared.append([list(it), {k: v for k, v in it.items() if k in SHARED_ITEM_KEYS}])
        own.append({k: v for k, v in it.items() if k not in SHARED_ITEM_KEYS})
    return shared, {**d, "items": own}


def join_result(own: Mapping[str, Any], shared: Sequence[Any] | None) -> dict[str, Any]:
    """The stored result as ``to_dict`` wrote it, from ``split_result``'s two parts."""
    if shared is None:
        return dict(own)
    items = [
        {k: (common[k] if k in common else mine[k]) for k in keys}
        for (keys, common), mine in zip(shared, own["items"], strict=True)
    ]
    return {**own, "items": items}


def shared_items(shared: Sequence[Any]) -> tuple[TemplateItem, ...]:
    """The template items a shared part names (for ``AppraisalResult.from_dict(own, items)``)."""
    return tuple(_stored_item(common) for _keys, common in shared)
