"""The explanation of a result adds up at the printed precision (two decimals), line by line."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.explain import apportion, cents_of, explain
from salesperf_desktop.domain.results import AppraisalResult
from salesperf_desktop.domain.scoring import IndicatorInput, PersonPeriodInput, score
from salesperf_desktop.domain.template import parse_template

from .conftest import REP_SHEET


def _rep(**changes):
    data = copy.deepcopy(REP_SHEET)
    data.update(changes)
    return parse_template(data)


def _full_marks_input(events=()):
    """Every item of REP_SHEET at (near) full marks: 30 + 15 + 10 + 20 + 15 + 10 = 100 points."""
    return PersonPeriodInput(
        items={
            "sales_achievement": IndicatorInput(target=100, actual=100),
            "collection_rate": IndicatorInput(target=100, actual=100),
            "sales_growth": IndicatorInput(base=100, actual=120),
            "effective_visits": IndicatorInput(target=10, actual=10),
            "product_knowledge": IndicatorInput(ratings={"supervisor": [100]}),
            "compliance": IndicatorInput(passed=True),
            "teamwork": IndicatorInput(ratings={"supervisor": [5]}),
        },
        events=tuple(events),
    )


def _adds_up(e) -> None:
    """Every level of the explanation adds up in cents."""
    assert sum(t.cents for t in e.terms()) == e.total.cents
    assert e.items_points.cents + e.team_cents + e.adjustments_total.cents == e.total.cents
    assert sum(d.cents for d in e.dimensions) == e.items_points.cents
    assert sum(a.cents for a in e.adjustments) == e.adjustments_total.cents
    for d in e.dimensions:
        assert sum(it.cents for it in e.items_of(d.key)) == d.cents


def test_seed002_team_share_30_percent_is_a_line_with_its_effect():
    """Seed 002 ties 30 % of the individual result to the team goal: a person at 100 indicator
    points in a team at 80 ends at 0.7 × 100 + 0.3 × 80 = 94, i.e. 100 + (80 − 100) × 30 %."""
    template = _rep(team_share=0.3)
    r = score(template, _full_marks_input(), team_score=80.0)
    assert round(r.total, 6) == 94.0
    e = explain(r)
    assert e.items_points.amount() == "100.00"
    assert e.team is not None and e.team.amount(signed=True) == "-6.00"
    assert e.team.text("zh_CN") == "团队分享 30%：（团队成绩 80.00 − 指标得分 100.00）× 30%"
    assert e.team.text("zh_TW") == "團隊分享 30%：（團隊成績 80.00 − 指標得分 100.00）× 30%"
    assert e.total.amount() == "94.00"
    _adds_up(e)


def test_seed004_bonus_and_penalty_lines_name_the_catalogue_item_and_reason():
    """Seed 004: company-level commendation +15, late arrival −1 each (two of them)."""
    events = [
        AdjustmentEvent("commendation_company", note="季度销售冠军"),
        AdjustmentEvent("late_or_early_leave", count=2),
    ]
    r = score(_rep(), _full_marks_input(events))
    e = explain(r)
    texts = [(a.text("zh_CN"), a.amount(signed=True)) for a in e.adjustments]
    assert texts == [("受到公司级嘉奖（季度销售冠军）", "+15.00"), ("迟到/早退 2 × -1", "-2.00")]
    assert e.adjustments_total.amount() == "13.00"
    assert e.team is None
    assert e.total.amount() == "113.00"
    _adds_up(e)


def test_seed004_commendation_line_carries_its_approval_and_document_number():
    """Seed 004: +10/+15 “均需有正式文件公布”. The approval and the document number recorded
    with the event travel with the stored result and are printed on the event's line; a
    result stored before they were kept reads the same as before."""
    events = [
        AdjustmentEvent(
            "commendation_company",
            note="协助完成省级带量采购投标。",
            approver="总经理办公会",
            document_no="司发〔2026〕21号",
        )
    ]
    r = score(_rep(), _full_marks_input(events))
    line = explain(r).adjustments[0]
    assert line.text("zh_CN") == (
        "受到公司级嘉奖（协助完成省级带量采购投标；审批：总经理办公会；文号：司发〔2026〕21号）"
    )
    assert line.text("zh_TW") == (
        "受到公司級嘉獎（协助完成省级带量采购投标；審批：总经理办公会；文號：司发〔2026〕21号）"
    )
    kept = AppraisalResult.from_dict(r.to_dict())
    assert explain(kept).adjustments[0].text("zh_CN") == line.text("zh_CN")
    older = r.to_dict()
    for entry in older["adjustments"]["lines"]:
        del entry["approver"], entry["document_no"]
    assert explain(AppraisalResult.from_dict(older)).adjustments[0].text("zh_CN") == (
        "受到公司级嘉奖（协助完成省级带量采购投标。）"
    )


def test_a_cap_is_a_correction_line():
    """Bonus capped at 12: +15 and +10 earn 12, shown as the lines and a −13 correction."""
    template = _rep(adjustment_caps={"bonus": 12, "penalty": 30})
    events = [AdjustmentEvent("commendation_company"), AdjustmentEvent("praise_company")]
    e = explain(score(template, _full_marks_input(events)))
    assert [(a.kind, a.amount(signed=True)) for a in e.adjustments] == [
        ("adjustment", "+15.00"),
        ("adjustment", "+10.00"),
        ("bonus_cap", "-13.00"),
    ]
    assert e.adjustments[-1].text("zh_CN") == "加分封顶 12.00（加分合计 25.00）"
    assert e.total.amount() == "112.00"
    _adds_up(e)


def test_a_veto_is_a_note_that_leaves_the_total():
    events = [AdjustmentEvent("compliance_veto", note="违规推广")]
    r = score(_rep(), _full_marks_input(events))
    e = explain(r)
    assert r.vetoed and e.veto is not None
    assert e.veto.cents is None and e.veto.amount() == ""
    assert e.veto.text("zh_CN").startswith(f"一票否决：总分不变，等级定为 {r.grade}（")
    assert e.total.amount() == f"{r.total:.2f}"
    _adds_up(e)


def test_a_missing_team_result_is_explained_as_counted_zero():
    template = _rep(team_share=0.3)
    r = score(template, _full_marks_input())  # no team score
    e = explain(r)
    assert e.team is not None and e.team.amount() == "-30.00"
    assert "团队成绩缺失" in e.team.text("zh_CN")
    _adds_up(e)


def test_rounding_each_line_alone_would_not_add_up_but_the_explanation_does():
    """Three dimensions of 33.334 each: rounded alone 33.33 × 3 = 99.99 ≠ 100.00."""
    result = score(_rep(), _full_marks_input())
    thirds = AppraisalResult.from_dict(
        _with_points(
            result.to_dict(), {"results": 33.334, "behaviour": 33.334, "team_growth": 33.334}
        )
    )
    e = explain(thirds)
    assert e.total.amount() == "100.00"
    assert sorted(d.amount() for d in e.dimensions if d.cents) == ["33.33", "33.33", "33.34"]
    _adds_up(e)


def _with_points(d: dict, per_dimension: dict[str, float]) -> dict:
    """A stored result whose dimensions hold *per_dimension* points (first item takes them)."""
    d = copy.deepcopy(d)
    seen = set()
    for it in d["items"]:
        first = it["dimension"] not in seen
        seen.add(it["dimension"])
        it["points"] = per_dimension.get(it["dimension"], 0.0) if first else 0.0
    for x in d["dimensions"]:
        x["points"] = per_dimension.get(x["dimension"], 0.0)
    d["items_points"] = sum(per_dimension.values())
    d["total"] = d["items_points"]
    return d


def test_apportion_keeps_whole_cents_and_rounds_the_rest_down_or_up():
    assert apportion([98.367, -1.0], 9737) == [9837, -100]
    assert apportion([0.005, 0.005], 1) == [1, 0]  # ties: the earlier part
    assert apportion([], 0) == []
    assert cents_of(97.365) == int(f"{97.365:.2f}".replace(".", ""))


# ---- properties ------------------------------------------------------------------------------

points = st.floats(min_value=0, max_value=200, allow_nan=False, allow_infinity=False)
share = st.sampled_from([0.0, 0.1, 0.3, 0.5])
event = st.builds(
    AdjustmentEvent,
    st.sampled_from(
        [
            "commendation_company",
            "praise_company",
            "error_criticism",
            "late_or_early_leave",
            "voluntary_overtime",
            "milestone",
            "compliance_veto",
            "sick_leave_day",
        ]
    ),
    count=st.integers(min_value=1, max_value=5),
    points=st.one_of(st.none(), st.floats(min_value=-50, max_value=50).map(lambda x: round(x, 3))),
)
caps = st.fixed_dictionaries(
    {
        "bonus": st.one_of(st.none(), st.floats(0, 30)),
        "penalty": st.one_of(st.none(), st.floats(0, 30)),
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(points, min_size=7, max_size=7),
    share,
    st.one_of(st.none(), points),
    st.lists(event, max_size=6),
    caps,
)
def test_explanation_adds_up_and_never_moves_a_line_more_than_a_cent(
    item_points, team_share, team_score, events, adjustment_caps
):
    template = _rep(team_share=team_share, adjustment_caps=adjustment_caps)
    base = score(template, _full_marks_input(events), team_score=team_score)
    # arbitrary item points (the engine's rules are tested elsewhere), then re-blended exactly
    # as the engine blends them
    d = base.to_dict()
    for it, p in zip(d["items"], item_points, strict=True):
        it["points"] = p
    dims: dict[str, float] = {}
    for it in d["items"]:
        dims[it["dimension"]] = dims.get(it["dimension"], 0.0) + it["points"]
    for x in d["dimensions"]:
        x["points"] = dims[x["dimension"]]
    d["items_points"] = sum(it["points"] for it in d["items"])
    team_part = d["team"]["team_part"]
    d["total"] = (1 - team_share) * d["items_points"] + team_part + base.adjustments.total
    r = AppraisalResult.from_dict(d)

    e = explain(r)
    _adds_up(e)
    assert e.total.amount() == f"{r.total:.2f}".replace("-0.00", "0.00")
    for line in (*e.items, *e.dimensions, e.items_points, *e.adjustments, e.adjustments_total):
        assert abs(line.cents - line.points * 100) < 1 + 1e-6, line
    if e.team is not None:
        assert abs(e.team.cents - e.team.points * 100) < 1 + 1e-6
    assert (e.veto is not None) == r.vetoed
