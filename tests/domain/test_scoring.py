from __future__ import annotations

import json

import pytest

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import (
    AppraisalResult,
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    score,
    score_many,
    share_met_target,
)
from salesperf_desktop.domain.template import parse_template


def manager_input(achievement: float = 1.0, **extra) -> PersonPeriodInput:
    items = {
        "sales_plan_completion": IndicatorInput(target=100, actual=100 * achievement),
        "reps_met_target": IndicatorInput(target=10, actual=9),
        "expense_usage": IndicatorInput(target=50, actual=40),
        "info_system": IndicatorInput(ratings={"supervisor": [5]}),
        "work_attitude": IndicatorInput(ratings={"supervisor": [5]}),
    }
    return PersonPeriodInput(items=items, period=Period.parse("2026-09"), **extra)


def rep_input(achievement: float = 1.0, **extra) -> PersonPeriodInput:
    items = {
        "sales_achievement": IndicatorInput(target=100, actual=100 * achievement),
        "collection_rate": IndicatorInput(target=80, actual=80),
        "sales_growth": IndicatorInput(actual=120, base=100),
        "effective_visits": IndicatorInput(target=40, actual=40),
        "product_knowledge": IndicatorInput(ratings={"supervisor": [100]}),
        "compliance": IndicatorInput(passed=True),
        "teamwork": IndicatorInput(ratings={"supervisor": [5], "self": [5], "peer": [5, 5]}),
    }
    return PersonPeriodInput(items=items, period=Period.parse("2026-09"), **extra)


# ---- seed 004 manager sheet ---------------------------------------------------------------


@pytest.mark.parametrize(("achievement", "points"), [(1.0, 40), (1.5, 60), (1.8, 60), (0.59, 0)])
def test_manager_sales_plan_points(manager_template, achievement, points):
    result = score(manager_template, manager_input(achievement))
    assert result.item("sales_plan_completion").points == pytest.approx(points)


def test_manager_full_marks_at_plan(manager_template):
    result = score(manager_template, manager_input(1.0))
    assert result.items_points == pytest.approx(100)
    assert result.total == pytest.approx(100)
    assert result.complete
    assert result.grade == "S" and result.coefficient == 1.5


def test_expense_usage_lower_is_better(manager_template):
    under = score(manager_template, manager_input()).item("expense_usage")
    items = dict(manager_input().items, expense_usage=IndicatorInput(target=50, actual=60))
    over = score(manager_template, PersonPeriodInput(items=items)).item("expense_usage")
    assert under.points > over.points
    assert under.value == pytest.approx(0.8) and under.points == pytest.approx(20)


# ---- raters --------------------------------------------------------------------------------


def test_missing_peer_share_is_redistributed_not_zero(manager_template):
    items = dict(
        manager_input().items, info_system=IndicatorInput(ratings={"supervisor": [5], "self": [1]})
    )
    item = score(manager_template, PersonPeriodInput(items=items)).item("info_system")
    shares = {r.rater: r.share for r in item.raters}
    assert shares == {
        "supervisor": pytest.approx(70 / 80),
        "self": pytest.approx(10 / 80),
        "peer": 0,
    }
    assert item.value == pytest.approx((70 * 5 + 10 * 1) / 80)
    assert "rater_missing" in {f.code for f in item.flags}
    assert "peer" in item.flags[0].message("en") or "同事" in item.flags[0].message("zh_CN")


def test_several_peers_are_averaged(rep_template):
    items = dict(
        rep_input().items,
        teamwork=IndicatorInput(ratings={"supervisor": [4], "self": [4], "peer": [5, 3, 1]}),
    )
    item = score(rep_template, PersonPeriodInput(items=items)).item("teamwork")
    assert item.value == pytest.approx((70 * 4 + 10 * 4 + 20 * 3) / 100)
    peer = next(r for r in item.raters if r.rater == "peer")
    assert peer.mean == 3 and peer.scores == (5, 3, 1)


def test_item_rater_weights_override(rep_dict):
    rep_dict["items"][6]["rater_weights"] = {"peer": 100}
    tpl = parse_template(rep_dict)
    items = dict(
        rep_input().items, teamwork=IndicatorInput(ratings={"supervisor": [1], "peer": [5]})
    )
    item = score(tpl, PersonPeriodInput(items=items)).item("teamwork")
    assert item.value == 5
    assert "rater_unweighted" in {f.code for f in item.flags}


# ---- veto, adjustments, team -----------------------------------------------------------------


def test_veto_forces_lowest_grade_even_with_99_points(rep_template):
    inp = rep_input(1.0)
    inp.items["teamwork"] = IndicatorInput(ratings={"supervisor": [4.6]})  # 99 points
    ok = score(rep_template, inp)
    assert ok.total == pytest.approx(99) and ok.grade == "S"
    inp.items["compliance"] = IndicatorInput(passed=False)
    vetoed = score(rep_template, inp)
    assert vetoed.total == pytest.approx(99)
    assert vetoed.vetoed and vetoed.grade == "D" and vetoed.coefficient == 0
    assert vetoed.veto_reasons[0].code == "veto_item"
    assert "合规" in vetoed.veto_reasons[0].message("zh_CN")


def test_compliance_veto_event(rep_template):
    inp = rep_input(events=[AdjustmentEvent("compliance_veto", note="违规推广")])
    result = score(rep_template, inp)
    assert result.vetoed and result.grade == "D"
    assert "违规推广" in result.veto_reasons[0].message("zh_CN")


def test_adjustments_are_added_outside_weighted_sum(rep_template):
    events = [
        AdjustmentEvent("praise_company"),
        AdjustmentEvent("late_or_early_leave", count=3),
        AdjustmentEvent("sick_leave_day", count=2),
        AdjustmentEvent("voluntary_overtime", count=2),
    ]
    inp = rep_input(0.8, events=events)
    base = score(rep_template, rep_input(0.8))
    result = score(rep_template, inp)
    assert result.items_points == pytest.approx(base.items_points)
    assert result.adjustments.total == pytest.approx(10 - 3 + 0 + 2)
    assert result.total == pytest.approx(base.total + 9)


def test_adjustment_caps_and_template_overrides(rep_dict):
    rep_dict["adjustment_caps"] = {"bonus": 12, "penalty": 30}
    rep_dict["adjustment_points"] = {"rule_breach": -5}
    tpl = parse_template(rep_dict)
    events = [
        AdjustmentEvent("commendation_company"),
        AdjustmentEvent("praise_company"),
        AdjustmentEvent("serious_error_criticism"),
        AdjustmentEvent("rule_breach"),
    ]
    result = score(tpl, rep_input(events=events))
    adj = result.adjustments
    assert adj.bonus_raw == 25 and adj.bonus == 12
    assert adj.penalty_raw == -105 and adj.penalty == -30
    assert {f.code for f in adj.flags} == {"bonus_capped", "penalty_capped"}
    assert next(x for x in adj.lines if x.code == "rule_breach").points == -5


def test_milestone_points_per_event(rep_template):
    inp = rep_input(events=[AdjustmentEvent("milestone", points=8, note="10家三甲医院试用完成")])
    assert score(rep_template, inp).adjustments.total == 8


def test_team_share(rep_dict):
    rep_dict["team_share"] = 0.3
    tpl = parse_template(rep_dict)
    result = score(tpl, rep_input(0.6), team_score=90)
    individual = result.items_points
    assert result.total == pytest.approx(0.7 * individual + 0.3 * 90)
    assert result.team_part == pytest.approx(27)
    missing = score(tpl, rep_input(0.6))
    assert not missing.complete
    assert "team_score_missing" in {f.code for f in missing.flags}
    assert missing.total == pytest.approx(0.7 * individual)


def test_share_met_target_helper():
    assert share_met_target([1.0, 1.2, 0.8, 0.95], threshold=1.0) == 0.5
    assert share_met_target([None, 1.1]) == 1.0
    assert share_met_target([]) is None


def test_score_many_derives_manager_indicator_and_team_score(manager_dict, rep_dict):
    manager_dict["items"] = [i for i in manager_dict["items"]]
    rep_dict["team_share"] = 0.3
    mgr_tpl, rep_tpl = parse_template(manager_dict), parse_template(rep_dict)
    reps = [
        CohortMember(f"r{i}", rep_tpl, rep_input(1.0 if i < 9 else 0.5), team="east")
        for i in range(10)
    ]
    mgr_in = manager_input()
    del mgr_in.items["reps_met_target"]
    manager = CohortMember("m", mgr_tpl, mgr_in, manages="east")
    out = score_many([*reps, manager])
    assert out.met_target["east"].share == pytest.approx(0.9)
    # seed 004: ≥ 90 % of reps met target → the full 20 points
    assert out.results["m"].item("reps_met_target").points == 20
    team = out.team_scores["east"]
    rep = out.results["r0"]
    assert rep.team_score == pytest.approx(team)
    assert rep.total == pytest.approx(0.7 * rep.items_points + 0.3 * team)
    assert "reps_met_target" not in mgr_in.items  # the caller's input is untouched
    assert out.distribution is not None and out.distribution.cohort_size == 11


# ---- edge cases: flagged, never a crash, never a silent zero ------------------------------------


@pytest.mark.parametrize(
    ("indicator", "entered", "flag"),
    [
        ("sales_achievement", IndicatorInput(target=0, actual=50), "target_zero"),
        ("sales_achievement", IndicatorInput(target=100), "missing_actual"),
        ("sales_achievement", IndicatorInput(actual=100), "target_missing"),
        ("sales_achievement", IndicatorInput(target=-5, actual=100), "negative_target"),
        ("sales_growth", IndicatorInput(actual=100), "no_base"),
        ("sales_growth", IndicatorInput(actual=100, base=0), "base_zero"),
        ("sales_growth", IndicatorInput(actual=100, base=-10), "negative_base"),
        ("product_knowledge", IndicatorInput(), "no_ratings"),
        ("compliance", IndicatorInput(), "pass_missing"),
        ("sales_achievement", IndicatorInput(target=100, actual=float("nan")), "value_not_finite"),
        ("sales_achievement", None, "no_input"),
    ],
)
def test_unscorable_items_are_flagged_and_total_incomplete(rep_template, indicator, entered, flag):
    inp = rep_input()
    if entered is None:
        del inp.items[indicator]
    else:
        inp.items[indicator] = entered
    result = score(rep_template, inp)
    item = result.item(indicator)
    assert not item.scored and item.points == 0
    assert flag in {f.code for f in item.flags}
    assert not result.complete
    assert "incomplete" in {f.code for f in result.flags}
    for f in item.flags:
        for lang in ("zh_CN", "zh_TW", "en"):
            assert f.message(lang) and "{" not in f.message(lang)


def test_negative_actual_is_scored_but_flagged(rep_template):
    inp = rep_input()
    inp.items["sales_achievement"] = IndicatorInput(target=100, actual=-20)
    item = score(rep_template, inp).item("sales_achievement")
    assert item.scored and item.points == 0
    assert "negative_actual" in {f.code for f in item.flags}


def test_count_without_target_scores_the_raw_count(rep_dict):
    rep_dict["items"][3]["rule"] = {
        "kind": "bands",
        "bands": [{"min": 20, "fraction": 1}, {"min": 10, "fraction": 0.5}],
    }
    tpl = parse_template(rep_dict)
    inp = rep_input()
    inp.items["effective_visits"] = IndicatorInput(actual=12)
    assert score(tpl, inp).item("effective_visits").points == 10


def test_person_who_joined_mid_quarter_is_flagged(rep_template):
    inp = rep_input()
    inp.period = Period.parse("2026-Q3")
    inp.months_employed = [Period.month(2026, 8), Period.month(2026, 9)]
    result = score(rep_template, inp)
    flag = next(f for f in result.flags if f.code == "partial_period")
    assert flag.params == {"employed": 2, "total": 3}
    assert "2" in flag.message("zh_CN")
    inp.months_employed = []
    assert "not_employed" in {f.code for f in score(rep_template, inp).flags}


# ---- explanation and snapshot -------------------------------------------------------------


def test_breakdown_explains_every_number(rep_template):
    result = score(rep_template, rep_input(0.9), lang="zh_CN")
    data = result.to_dict()
    item = data["items"][0]
    assert item["label"] == "销售目标达成率"
    assert item["rule_text"] == "按完成率线性计分，低于60%得0分，最高120%"
    assert item["value"] == pytest.approx(0.9) and item["points"] == pytest.approx(27)
    assert {d["dimension"] for d in data["dimensions"]} == {
        "results",
        "behaviour",
        "skill_compliance",
        "team_growth",
    }
    assert sum(d["points"] for d in data["dimensions"]) == pytest.approx(data["items_points"])
    teamwork = next(i for i in data["items"] if i["indicator"] == "teamwork")
    assert [r["rater"] for r in teamwork["raters"]] == ["supervisor", "self", "peer"]
    english = result.to_dict("en")
    assert english["items"][0]["rule_text"].startswith("Linear on achievement")
    assert english["period_label"] == "Sep 2026"


def test_result_snapshot_round_trip(rep_template):
    events = [AdjustmentEvent("praise_company", note="季度表彰")]
    inp = rep_input(0.9, events=events)
    inp.items["sales_growth"] = IndicatorInput(actual=10)
    result = score(rep_template, inp)
    text = json.dumps(result.to_dict(), ensure_ascii=False)
    again = AppraisalResult.from_dict(json.loads(text))
    assert again.to_dict() == result.to_dict()
    assert again.to_dict("en") == result.to_dict("en")
