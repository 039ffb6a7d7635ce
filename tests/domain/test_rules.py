from __future__ import annotations

import pytest

from salesperf_desktop.domain.rules import RuleError, parse_rule

SEED004 = {"kind": "piecewise", "points": [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]], "below": 0}


def test_seed004_manager_sales_plan_rule_on_weight_40():
    rule = parse_rule(SEED004)
    assert rule.fraction(1.0) * 40 == pytest.approx(40)
    assert rule.fraction(1.5) * 40 == pytest.approx(60)
    assert rule.fraction(2.3) * 40 == pytest.approx(60)  # above 150 % of plan stays at 60
    assert rule.fraction(0.59) * 40 == 0
    assert rule.fraction(0.8) * 40 == pytest.approx(32)


def test_linear_floor_and_cap():
    rule = parse_rule({"kind": "linear", "floor": 0.6, "cap": 1.2})
    assert rule.fraction(0.59) == 0
    assert rule.fraction(0.6) == pytest.approx(0.6)
    assert rule.fraction(1.0) == 1.0
    assert rule.fraction(1.5) == 1.2
    assert rule.fraction(-3) == 0


def test_linear_defaults_and_full_at():
    assert parse_rule({"kind": "linear"}).fraction(1.7) == 1.0
    rule = parse_rule({"kind": "linear", "full_at": 0.8, "cap": 1})
    assert rule.fraction(0.8) == 1.0
    assert rule.fraction(0.4) == pytest.approx(0.5)


def test_piecewise_inverse_rule_for_expense_usage():
    rule = parse_rule({"kind": "piecewise", "points": [[0.8, 1.0], [1.0, 0.8], [1.2, 0.0]]})
    assert rule.increasing is False
    assert rule.fraction(0.7) == 1.0  # below the first point: first fraction by default
    assert rule.fraction(0.9) == pytest.approx(0.9)
    assert rule.fraction(1.3) == 0.0


def test_bands_pick_highest_band_reached_whatever_the_order_given():
    rule = parse_rule(
        {"kind": "bands", "bands": [{"min": 0.7, "fraction": 0.5}, {"min": 0.9, "fraction": 1.0}]}
    )
    assert rule.fraction(0.95) == 1.0
    assert rule.fraction(0.9) == 1.0
    assert rule.fraction(0.75) == 0.5
    assert rule.fraction(0.1) == 0.0


def test_scale_zero_based_and_not():
    assert parse_rule({"kind": "scale", "min": 1, "max": 5}).fraction(4) == pytest.approx(0.75)
    assert parse_rule({"kind": "scale", "min": 1, "max": 5, "zero_based": False}).fraction(
        1
    ) == pytest.approx(0.2)
    assert parse_rule({"kind": "scale", "min": 1, "max": 5}).fraction(9) == 1.0


def test_scale_anchor_text():
    rule = parse_rule(
        {
            "kind": "scale",
            "min": 1,
            "max": 5,
            "anchors": {
                "1": {"zh_CN": "差", "en": "poor"},
                "5": {"zh_CN": "优", "en": "excellent"},
            },
        }
    )
    assert rule.anchor_text(5, "en") == "excellent"
    assert rule.anchor_text(3, "zh_CN") == "差"


def test_veto_rule():
    rule = parse_rule({"kind": "veto"})
    assert rule.is_veto and rule.fraction(1) == 1 and rule.fraction(0) == 0


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"kind": "magic"}, "rule_kind_unknown"),
        ({"kind": "linear", "floor": 0.8, "cap": 0.5}, "rule_cap_below_floor"),
        ({"kind": "linear", "cap": "high"}, "rule_number"),
        ({"kind": "linear", "full_at": 0}, "rule_full_at"),
        ({"kind": "piecewise", "points": [[1.0, 1.0], [0.5, 0.0]]}, "rule_breakpoints_order"),
        ({"kind": "piecewise", "points": [[1.0, 1.0], [1.0, 0.5]]}, "rule_breakpoints_order"),
        ({"kind": "piecewise", "points": []}, "rule_breakpoints_empty"),
        ({"kind": "piecewise", "points": [[1.0]]}, "rule_breakpoint_shape"),
        ({"kind": "piecewise", "points": [[1.0, -0.5]]}, "rule_negative"),
        ({"kind": "bands", "bands": []}, "rule_bands_empty"),
        (
            {"kind": "bands", "bands": [{"min": 1, "fraction": 1}, {"min": 1, "fraction": 0.5}]},
            "rule_bands_duplicate",
        ),
        ({"kind": "scale", "min": 5, "max": 5}, "rule_scale_range"),
        (
            {"kind": "scale", "min": 1, "max": 5, "anchors": {"7": {"en": "x"}}},
            "rule_anchor_outside",
        ),
        ("linear", "not_an_object"),
    ],
)
def test_nonsense_rules_are_rejected_with_a_code_and_readable_message(data, code):
    with pytest.raises(RuleError) as info:
        parse_rule(data)
    assert info.value.code == code
    for lang in ("zh_CN", "zh_TW", "en"):
        text = info.value.message(lang)
        assert text and "{" not in text


def test_round_trip_to_dict():
    for data in (
        {"kind": "linear", "floor": 0.6, "cap": 1.2},
        SEED004,
        {"kind": "bands", "bands": [{"min": 0.9, "fraction": 1.0}], "otherwise": 0.1},
        {"kind": "scale", "min": 1, "max": 5, "zero_based": False},
        {"kind": "veto"},
    ):
        rule = parse_rule(data)
        assert parse_rule(rule.to_dict()) == rule


def test_describe_in_words():
    rule = parse_rule({"kind": "linear", "floor": 0.6, "cap": 1.2})
    assert rule.describe("zh_CN", "achievement") == "按完成率线性计分，低于60%得0分，最高120%"
    assert (
        rule.describe("en", "achievement") == "Linear on achievement; 0 below 60%, capped at 120%"
    )
    assert "達成率" in rule.describe("zh_TW", "achievement")
    for data in (
        SEED004,
        {"kind": "bands", "bands": [{"min": 0.9, "fraction": 1}]},
        {"kind": "scale", "min": 1, "max": 5},
        {"kind": "veto"},
    ):
        for lang in ("zh_CN", "zh_TW", "en"):
            assert parse_rule(data).describe(lang, "achievement")


def test_a_piecewise_rule_never_gives_less_than_its_points_between_them():
    """Interpolating next to a point worth 0 gave -1.1e-16 (rounding), which prints as -0.00 on
    the form; the value between two points lies between their fractions (hypothesis found it)."""
    rule = parse_rule(
        {
            "kind": "piecewise",
            "points": [[-6.714950785713253e-188, 0.96875], [3.1765453883667327e-227, 0.0]],
            "below": None,
        }
    )
    assert rule.fraction(0.0) == 0.0
    falling = parse_rule({"kind": "piecewise", "points": [[0.8, 1.0], [1.0, 0.8], [1.2, 0.0]]})
    for step in range(0, 401):
        value = 0.8 + step * 0.001
        assert 0.0 <= falling.fraction(value) <= 1.0
