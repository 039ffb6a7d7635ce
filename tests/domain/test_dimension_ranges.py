"""Seed 003's dimension ranges (40–50 / 20–30 / 15–20 / 10–15 / 5–10 % of the sheet) as warnings."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.dimension_ranges import (
    SEED_003_RANGES,
    check_dimension_ranges,
    follows_seed_003,
)
from salesperf_desktop.domain.library import template
from salesperf_desktop.domain.template import validate_template

FIVE = [r.dimension for r in SEED_003_RANGES]


def _set_dimension(doc: dict, dimension: str, total: float) -> None:
    """Put *total* on the first item of *dimension* and 0 on its others."""
    first = True
    for item in doc["items"]:
        if item["dimension"] == dimension:
            item["weight"] = total if first else 0
            first = False


def _sheet(weights: dict[str, float], sheet_total: float = 100) -> dict:
    """A minimal template with one rated item per dimension."""
    return {
        "code": "t",
        "name": {"zh_CN": "测试"},
        "sheet_total": sheet_total,
        "items": [
            {
                "indicator": f"i_{d}",
                "dimension": d,
                "weight": w,
                "measure": "rating",
                "rule": {"kind": "scale", "min": 1, "max": 5},
            }
            for d, w in weights.items()
        ],
    }


def test_the_pharma_sheet_is_inside_every_range():
    doc = template("pharma_rep")
    assert follows_seed_003(doc)
    assert check_dimension_ranges(doc) == []


def test_worked_example_two_dimensions_moved_out_of_their_ranges():
    """Skill and compliance 15 → 25 (above 15–20 %), behaviour 25 → 15 (below 20–30 %)."""
    doc = template("pharma_rep")
    _set_dimension(doc, "skill_compliance", 25)
    _set_dimension(doc, "behaviour", 15)
    problems = check_dimension_ranges(doc)
    assert [p.params["dimension"] for p in problems] == ["behaviour", "skill_compliance"]
    assert all(p.severity == "warning" for p in problems)
    assert problems[1].message("zh_CN") == (
        "维度“专业能力与合规”合计权重 25 分，占总分 25%，不在种子文件 003 建议的 15%–20% 之内"
        "（三、考核维度与指标设计(三)）"
    )
    assert problems[0].message("zh_TW") == (
        "維度「銷售行為與過程」合計權重 15 分，佔總分 15%，不在種子檔案 003 建議的 20%–30% 之內"
        "（三、考核維度與指標設計(二)）"
    )
    assert "seed 003 suggests 20%–30%" in problems[0].message("en")
    # a warning, not an error: the template can still be saved
    report = validate_template(doc)
    assert report.ok
    assert {"dimension_share_out_of_range"} <= {p.code for p in report.warnings}


def test_the_bounds_belong_to_the_range():
    for weights in (
        {"results": 40, "behaviour": 30, "skill_compliance": 15, "customer": 10, "team_growth": 5},
        {"results": 50, "behaviour": 20, "skill_compliance": 15, "customer": 10, "team_growth": 5},
    ):
        assert check_dimension_ranges(_sheet(weights)) == []


def test_on_a_120_point_sheet_the_ranges_are_shares():
    """40–50 % of 120 is 48–60 points: 48 passes, 47 does not."""
    weights = {"results": 48, "behaviour": 30, "skill_compliance": 20, "customer": 14}
    weights["team_growth"] = 8
    assert check_dimension_ranges(_sheet(weights, 120)) == []
    weights = {**weights, "results": 47, "customer": 15}
    (problem,) = check_dimension_ranges(_sheet(weights, 120))
    assert problem.params["dimension"] == "results"
    assert "47 分，占总分 39%" in problem.message("zh_CN")


def test_which_templates_follow_the_scheme():
    # the manager sheet has its own fixed points (seed 004): no ranges
    assert not follows_seed_003(template("sales_manager"))
    assert check_dimension_ranges(template("sales_manager")) == []
    # probation staff are appraised on separate terms: only three of the five dimensions
    assert not follows_seed_003(template("probation"))
    # a declared template keeps the check when a dimension is emptied: 0 % is below 5–10 %
    doc = template("pharma_rep")
    doc["items"] = [i for i in doc["items"] if i["dimension"] != "team_growth"]
    (problem,) = check_dimension_ranges(doc)
    assert problem.params["dimension"] == "team_growth" and problem.params["weight"] == 0
    # and a template can opt out
    opted_out = {**copy.deepcopy(doc), "scheme": "own"}
    assert check_dimension_ranges(opted_out) == []


def test_an_unusable_sheet_total_is_left_to_the_template_check():
    doc = {**template("pharma_rep"), "sheet_total": "abc"}
    assert check_dimension_ranges(doc) == []


_weights = st.fixed_dictionaries({d: st.integers(min_value=0, max_value=60) for d in FIVE}).filter(
    lambda w: sum(w.values()) > 0
)


@settings(max_examples=150, deadline=None)
@given(weights=_weights, sheet_total=st.sampled_from([90, 100, 120]))
def test_warned_exactly_for_the_dimensions_outside_their_ranges(weights, sheet_total):
    doc = _sheet({d: w for d, w in weights.items() if w > 0}, sheet_total)
    doc["scheme"] = "seed_003"
    warned = {p.params["dimension"] for p in check_dimension_ranges(doc)}
    outside = {
        r.dimension
        for r in SEED_003_RANGES
        if not r.low - 1e-9 <= weights[r.dimension] / sheet_total <= r.high + 1e-9
    }
    assert warned == outside
    # never an error: the seed suggests (建議), the officer decides
    report = validate_template(doc)
    assert not any(p.code == "dimension_share_out_of_range" for p in report.errors)
