"""``item_value`` (one template item's value worked out once, for 本月待办's count of missing
values) gives exactly what ``measure_value`` gives the scoring, for every measure and every kind
of untidy input: the count of unscored items must be the scoring's own."""

from __future__ import annotations

import itertools
import math

import pytest

from salesperf_desktop.domain.items import IndicatorInput, item_value, measure_value
from salesperf_desktop.domain.rules import LinearRule, ScaleRule, VetoRule
from salesperf_desktop.domain.template import TemplateItem

NAN, INF = math.nan, math.inf
TEMPLATE_RATERS = {"supervisor": 0.6, "peer": 0.4, "self": 0.0}

FIGURES = (None, 0.0, 1.0, 2.5, -3.0, NAN, INF)
RATINGS = (
    None,
    {},
    {"supervisor": [4.0]},
    {"supervisor": [4.0, 5.0], "peer": [3.0]},
    {"supervisor": []},
    {"self": [5.0]},  # a rater whose weight is 0
    {"boss": [5.0]},  # a rater without weight
    {"supervisor": [9.0]},  # outside the scale
    {"peer": [NAN]},
)


def _items() -> list[TemplateItem]:
    linear, scale, veto = LinearRule(), ScaleRule(1.0, 5.0), VetoRule()
    out = [
        TemplateItem(code, "业绩", 10.0, measure, linear)
        for code, measure in (
            ("achievement", "achievement"),
            ("ratio", "ratio"),
            ("share", "share"),
            ("expense_usage", "expense_usage"),
            ("growth", "growth"),
            ("count", "count"),
            ("task_sheet", "task_sheet"),
            ("pass_fail", "pass_fail"),
        )
    ]
    out += [
        TemplateItem("achievement_veto", "业绩", 10.0, "achievement", veto),
        TemplateItem("compliance", "合规", 10.0, "pass_fail", veto),
        TemplateItem("attitude", "态度", 10.0, "rating", scale),
        TemplateItem("own_raters", "态度", 10.0, "rating", scale, rater_weights={"peer": 1.0}),
        TemplateItem("unbounded", "态度", 10.0, "rating", linear),
    ]
    return out


def _inputs():
    yield None
    for target, actual, base in itertools.product(FIGURES, repeat=3):
        yield IndicatorInput(target=target, actual=actual, base=base)
    for actual, passed in itertools.product(FIGURES, (None, True, False)):
        yield IndicatorInput(actual=actual, passed=passed)
    for actual, ratings in itertools.product(FIGURES, RATINGS):
        yield IndicatorInput(actual=actual, ratings=ratings)


def _same(a: float | None, b: float | None) -> bool:
    return a is b is None or (
        a is not None and b is not None and (a == b or (math.isnan(a) and math.isnan(b)))
    )


@pytest.mark.parametrize("item", _items(), ids=lambda i: i.indicator)
def test_the_value_is_the_scorings_own(item):
    value = item_value(item, TEMPLATE_RATERS)
    for inp in _inputs():
        expected = None if inp is None else measure_value(item, inp, TEMPLATE_RATERS)[0]
        assert _same(value(inp), expected), (item.indicator, inp)
