"""The named steps of template validation, rule parsing and scoring, each on its own."""

from __future__ import annotations

import math

from salesperf_desktop.domain.rules import _parse, _parse_scale, check_rule
from salesperf_desktop.domain.scoring import _score_items, _team_part, plan_for
from salesperf_desktop.domain.template import (
    _check_header,
    _check_item,
    _check_items,
    parse_template,
)


def test_header_step_drops_an_invalid_sheet_total():
    out = []
    assert _check_header({"code": "x", "sheet_total": -5}, out) is None
    assert [p.code for p in out] == ["sheet_total_invalid"]


def test_item_step_returns_the_weight_or_none(rep_dict):
    item = rep_dict["items"][0]
    out = []
    assert _check_item(item, 0, set(), 100, out) == item["weight"]
    assert out == []
    bad = {**item, "weight": -1}
    assert _check_item(bad, 0, set(), 100, out) is None
    assert [p.code for p in out] == ["weight_invalid"]
    assert _check_item("not an item", 1, set(), 100, out) is None


def test_items_step_flags_weights_that_miss_the_sheet_total(rep_dict):
    items = rep_dict["items"]
    items[0] = {**items[0], "weight": items[0]["weight"] + 1}
    out = []
    _check_items(items, 100, out)
    assert "weights_sum" in [p.code for p in out]


def test_duplicate_indicator_is_caught_across_items(rep_dict):
    item = rep_dict["items"][0]
    out = []
    seen: set[str] = set()
    _check_item(item, 0, seen, 100, out)
    _check_item(item, 1, seen, 100, out)
    assert [p.code for p in out] == ["indicator_duplicate"]


def test_rule_dispatch_by_kind():
    assert _parse({"kind": "veto"}, []) is not None
    problems = []
    assert _parse({"kind": ["linear"]}, problems) is None
    assert [p.code for p in problems] == ["rule_kind_unknown"]
    assert [p.code for p in check_rule({"kind": "nope"})] == ["rule_kind_unknown"]


def test_scale_step_checks_anchors_within_range():
    problems = []
    assert _parse_scale({"min": 1, "max": 5, "anchors": {"9": "too high"}}, problems) is None
    assert [p.code for p in problems] == ["rule_anchor_outside"]


def test_team_part_step_flags_a_missing_team_score():
    flags = []
    assert _team_part(0.2, math.nan, flags) == (0.0, None)
    assert [f.code for f in flags] == ["team_score_missing"]
    flags = []
    assert _team_part(0.2, 80.0, flags) == (0.2 * 80.0, 80.0)
    assert _team_part(0.0, 80.0, flags) == (0.0, 80.0)
    assert flags == []


def test_item_step_counts_unscored_items(rep_dict):
    template = parse_template(rep_dict)
    scored = _score_items(plan_for(template), {}, "zh_CN")
    assert len(scored.items) == len(template.items)
    assert scored.unscored == len(template.items)
