from __future__ import annotations

import pytest

from salesperf_desktop.domain.messages import Problem
from salesperf_desktop.domain.template import TemplateError, parse_template, validate_template


def codes(report, severity="error"):
    return {p.code for p in report.problems if p.severity == severity}


def test_seed_templates_are_valid(manager_dict, rep_dict):
    assert validate_template(rep_dict).ok
    report = validate_template(manager_dict)
    assert report.ok
    # seed 004's own 40-point item lies outside 5–30 %: a warning, not an error
    assert codes(report, "warning") == {"weight_out_of_range"}


def test_weights_must_add_up_to_sheet_total(rep_dict):
    rep_dict["items"][0]["weight"] = 25
    report = validate_template(rep_dict)
    assert not report.ok
    assert "weights_sum" in codes(report)
    assert "95" in report.errors[0].message("zh_CN")
    with pytest.raises(TemplateError):
        parse_template(rep_dict)


def test_department_sheet_of_120(rep_dict):
    rep_dict["sheet_total"] = 120
    assert "weights_sum" in codes(validate_template(rep_dict))
    rep_dict["items"][0]["weight"] = 50
    report = validate_template(rep_dict)
    assert report.ok
    tpl = parse_template(rep_dict)
    # the default grade scale follows the sheet: S from 95 % of 120
    assert tpl.grades.bands[0].min == pytest.approx(114)


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda t: t.update(team_share=1.0), "team_share_range"),
        (lambda t: t.update(team_share=-0.1), "team_share_range"),
        (lambda t: t.update(rater_weights={"boss": 100}), "rater_unknown"),
        (lambda t: t.update(rater_weights={"supervisor": -1}), "rater_weight_invalid"),
        (lambda t: t.update(rater_weights={"supervisor": 0, "self": 0}), "rater_weights_zero"),
        (lambda t: t.update(schema=2), "schema_unsupported"),
        (lambda t: t.update(cycle="weekly"), "cycle_unknown"),
        (lambda t: t.update(sheet_total=0), "sheet_total_invalid"),
        (lambda t: t.update(items=[]), "items_empty"),
        (lambda t: t["items"][1].update(indicator="sales_achievement"), "indicator_duplicate"),
        (lambda t: t["items"][0].update(measure="vibes"), "measure_unknown"),
        (
            lambda t: t["items"][0].update(rule={"kind": "linear", "floor": 0.9, "cap": 0.5}),
            "rule_cap_below_floor",
        ),
        (lambda t: t["items"][0].update(rule={"kind": "??"}), "rule_kind_unknown"),
        (lambda t: t["items"][0].update(rule={"kind": "veto"}), "veto_needs_pass_fail"),
        (lambda t: t["items"][2].update(growth_base="last_week"), "growth_base_invalid"),
        (lambda t: t.update(adjustment_caps={"bonus": -5}), "cap_invalid"),
        (
            lambda t: t.update(
                grades={
                    "bands": [
                        {"grade": "A", "min": 60},
                        {"grade": "B", "min": 80},
                        {"grade": "C", "min": None},
                    ]
                }
            ),
            "grade_order",
        ),
        (
            lambda t: t.update(
                grades={"bands": [{"grade": "A", "min": None}, {"grade": "B", "min": None}]}
            ),
            "grade_min_missing",
        ),
        (
            lambda t: t.update(
                grades={
                    "bands": [{"grade": "A", "min": 80}, {"grade": "B"}],
                    "distribution": {"A": 0.5, "B": 0.2},
                }
            ),
            "distribution_sum",
        ),
        (
            lambda t: t.update(
                grades={
                    "bands": [{"grade": "A", "min": 80}, {"grade": "B"}],
                    "distribution": {"A": 0.5, "Z": 0.5},
                }
            ),
            "distribution_unknown_grade",
        ),
    ],
)
def test_nonsense_is_rejected_with_a_stable_code(rep_dict, mutate, code):
    mutate(rep_dict)
    report = validate_template(rep_dict)
    assert code in codes(report), report.messages("en")
    for p in report.errors:
        for lang in ("zh_CN", "zh_TW", "en"):
            assert "{" not in p.message(lang)


def test_rater_weights_not_100_is_a_warning(rep_dict):
    rep_dict["rater_weights"] = {"supervisor": 7, "self": 1, "peer": 2}
    report = validate_template(rep_dict)
    assert report.ok and "rater_weights_sum" in codes(report, "warning")


def test_veto_item_with_weight_zero_draws_no_weight_warning(rep_dict):
    report = validate_template(rep_dict)
    assert not [p for p in report.warnings if p.params.get("indicator") == "compliance"]


def test_problems_point_to_the_item(rep_dict):
    rep_dict["items"][3]["rule"] = {"kind": "piecewise", "points": [[1, 1], [0.5, 0]]}
    problem = validate_template(rep_dict).errors[0]
    assert problem.path == "items[3].rule"
    assert problem.params["indicator"] == "effective_visits"


def test_template_round_trip_keeps_unknown_keys(rep_dict):
    rep_dict["items"][0]["unit"] = "%"
    rep_dict["source_library_version"] = 3
    tpl = parse_template(rep_dict)
    again = parse_template(tpl.to_dict())
    assert again == tpl
    assert again.to_dict()["items"][0]["unit"] == "%"
    assert again.to_dict()["source_library_version"] == 3


def test_problems_name_the_indicator_in_the_reader_s_language(rep_dict):
    """The officer reads 销售目标达成率, not sales_achievement (issue #17)."""
    rep_dict["items"][0]["weight"] = -5
    rep_dict["items"][0]["rule"] = {"kind": "linear", "floor": -1, "cap": 1.2}
    problems = [p for p in validate_template(rep_dict).problems if p.params.get("indicator")]
    assert {p.code for p in problems} >= {"weight_invalid"}
    for p in problems:
        assert "销售目标达成率" in p.message("zh_CN"), p.message("zh_CN")
        assert "sales_achievement" not in p.message("zh_CN")
        assert "Sales target achievement" in p.message("en")
    # stored and read back (results keep their problems), the name is still there
    assert "销售目标达成率" in Problem.from_dict(problems[0].to_dict()).message("zh_TW")
