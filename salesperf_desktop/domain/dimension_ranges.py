"""Seed 003's five-dimension scheme: the share of the sheet each dimension's weights should take.

Seed 003 (藥品銷售人員業績考核表, 三、考核維度與指標設計) suggests, as a share of the sheet:
core sales results 40–50 %, sales behaviour and process 20–30 %, professional skill and
compliance 15–20 %, customer relationship and service 10–15 %, teamwork and development 5–10 %.

A template follows that scheme when it says so (``"scheme": "seed_003"``) or when its indicators
fall into exactly these five dimensions (the shipped sales-rep templates). Each dimension of such
a template whose total weight, as a share of the sheet total, lies outside its range draws a
warning, never an error: the seed says 建議 (a suggestion), and the officer decides.

Worked examples (100-point sheet):
- the pharma template (domain/library/templates.py): 45 / 25 / 15 / 10 / 5 — every dimension
  inside its range, no warning;
- the same sheet with skill and compliance raised to 25 and behaviour lowered to 15: two
  warnings, 专业能力与合规 25 分 = 25 % (above 15–20 %) and 销售行为与过程 15 分 = 15 % (below
  20–30 %);
- on a 120-point sheet the ranges scale: core results need 48–60 points (40–50 % of 120).
A dimension the scheme names but the template leaves empty counts as 0 %: below its range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .messages import Problem
from .policy import Source

SEED_003 = "003_bc0353570e4b84c7.txt"
#: The template key (and value) by which a template declares it follows seed 003's scheme.
SCHEME_KEY = "scheme"
SEED_003_SCHEME = "seed_003"
# A share this close to a bound counts as on it (weights with decimals, 120-point sheets).
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class DimensionRange:
    """A dimension's suggested share of the sheet (fractions, 0.4 = 40 %) and where it is said."""

    dimension: str
    low: float
    high: float
    part: str  # the seed's numbering of the dimension within 三、考核維度與指標設計
    source: Source


def _source(part: str, quote: str) -> Source:
    return Source(SEED_003, clause=f"三、考核維度與指標設計 {part}", quote=quote)


#: Seed 003's ranges, in the seed's order; the quotes are the seed file's own words.
SEED_003_RANGES: tuple[DimensionRange, ...] = (
    DimensionRange(
        "results",
        0.40,
        0.50,
        "(一)",
        _source("(一)", "(一)核心銷售業(yè)績指標(biāo)(權(quán)重建議:40%-50%)"),
    ),
    DimensionRange(
        "behaviour",
        0.20,
        0.30,
        "(二)",
        _source("(二)", "(二)銷售行為與過程指標(biāo)(權(quán)重建議:20%-30%)"),
    ),
    DimensionRange(
        "skill_compliance",
        0.15,
        0.20,
        "(三)",
        _source("(三)", "(三)專業(yè)素養(yǎng)與合規(guī)指標(biāo)(權(quán)重建議:15%-20%)"),
    ),
    DimensionRange(
        "customer",
        0.10,
        0.15,
        "(四)",
        _source("(四)", "(四)客戶關(guān)系與服務(wù)指標(biāo)(權(quán)重建議:10%-15%)"),
    ),
    DimensionRange(
        "team_growth",
        0.05,
        0.10,
        "(五)",
        _source("(五)", "(五)團(tuán)隊(duì)協(xié)作與個人發(fā)展(權(quán)重建議:5%-10%)"),
    ),
)

SEED_003_DIMENSIONS: frozenset[str] = frozenset(r.dimension for r in SEED_003_RANGES)


def dimension_totals(items: Any) -> dict[str, float]:
    """The weight of each dimension: the sum of its items' weights (unusable items skipped)."""
    totals: dict[str, float] = {}
    if not isinstance(items, list):
        return totals
    for item in items:
        if not isinstance(item, Mapping):
            continue
        dimension, weight = item.get("dimension"), item.get("weight")
        if not isinstance(dimension, str) or isinstance(weight, bool):
            continue
        if isinstance(weight, int | float) and weight >= 0:
            totals[dimension] = totals.get(dimension, 0.0) + float(weight)
    return totals


def follows_seed_003(template: Mapping[str, Any]) -> bool:
    """Whether seed 003's ranges apply: declared, or its items use exactly the five dimensions."""
    declared = template.get(SCHEME_KEY)
    if declared is not None:
        return declared == SEED_003_SCHEME
    return set(dimension_totals(template.get("items"))) == SEED_003_DIMENSIONS


def check_dimension_ranges(template: Mapping[str, Any]) -> list[Problem]:
    """A warning for each dimension outside seed 003's range, for a template following it.

    Nothing when the template does not follow the scheme or its sheet total is unusable (the
    template check reports that itself).
    """
    sheet_total = template.get("sheet_total", 100)
    if (
        isinstance(sheet_total, bool)
        or not isinstance(sheet_total, int | float)
        or not sheet_total > 0
        or not follows_seed_003(template)
    ):
        return []
    totals = dimension_totals(template.get("items"))
    problems = []
    for r in SEED_003_RANGES:
        weight = totals.get(r.dimension, 0.0)
        share = weight / sheet_total
        if r.low - _EPSILON <= share <= r.high + _EPSILON:
            continue
        problems.append(
            Problem(
                "dimension_share_out_of_range",
                {
                    "dimension": r.dimension,
                    "weight": round(weight, 2),
                    "share": share,
                    "low": r.low,
                    "high": r.high,
                    "part": r.part,
                },
                severity="warning",
                path=f"dimensions.{r.dimension}",
            )
        )
    return problems


__all__ = [
    "SCHEME_KEY",
    "SEED_003",
    "SEED_003_RANGES",
    "SEED_003_SCHEME",
    "DimensionRange",
    "check_dimension_ranges",
    "dimension_totals",
    "follows_seed_003",
]
