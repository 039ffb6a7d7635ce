"""The sheets shipped from seeds 003 and 004 (issue 18 point 4), scored by hand.

Each example person is worked out on paper from the seed's formulas and the template's rules;
the engine must give the same points, item by item. The seeds' own words for every number are
checked against the seed files when they are at hand (beside the product brief).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from salesperf_desktop.domain.dimension_ranges import SEED_003_RANGES, dimension_totals
from salesperf_desktop.domain.items import IndicatorInput
from salesperf_desktop.domain.library import TEMPLATE_NOTES, template
from salesperf_desktop.domain.library.templates import (
    SHEET_SOURCES,
    TEMPLATE_SOURCES,
    source_text,
)
from salesperf_desktop.domain.policy import DEFAULT_POLICY
from salesperf_desktop.domain.scoring import PersonPeriodInput, score
from salesperf_desktop.domain.template import parse_template, validate_template

SEEDS = Path("/work/shared/seeds")
NEW_SHEETS = ("pharma_rep", "sales_director_duties", "sales_department")


def _score(code: str, items: dict[str, IndicatorInput]):
    parsed = parse_template(template(code), DEFAULT_POLICY)
    return score(parsed, PersonPeriodInput(items=items))


def _points(result) -> dict[str, float]:
    return {item.item.indicator: item.points for item in result.items}


def _rated(level: int) -> IndicatorInput:
    return IndicatorInput(ratings={"supervisor": [level]})


# ---- seed 003: the pharma scheme -------------------------------------------------------------


def test_pharma_sheet_has_seed_003s_five_formulas_and_dimensions_within_the_ranges():
    doc = template("pharma_rep")
    codes = {item["indicator"] for item in doc["items"]}
    # 三(一) 1–5: achievement, collections, new-product share, growth, key product / key region
    assert {
        "sales_achievement",
        "collection_rate",
        "new_product_share",
        "sales_growth",
        "key_product_achievement",
        "key_region_achievement",
    } <= codes
    totals = dimension_totals(doc["items"])
    assert totals == {
        "results": 45,
        "behaviour": 25,
        "skill_compliance": 15,
        "customer": 10,
        "team_growth": 5,
    }
    for r in SEED_003_RANGES:
        assert r.low * 100 <= totals[r.dimension] <= r.high * 100, r.dimension
    assert validate_template(doc).problems == ()


def test_pharma_sheet_worked_example():
    """A rep's month, by hand (targets in 10,000 yuan; ratings by the supervisor, 1–5 → 0–100 %).

    三(一)1 achievement 105 ÷ 100 = 105 % → 15 × 1.05 = 15.75
    三(一)2 collections 72 ÷ 80 = 90 % → 10 × 0.90 = 9
    三(一)3 new-product share 21 ÷ 105 = 20 % (full marks at 20 %) → 5
    三(一)4 growth (105 − 100) ÷ 100 = 5 % → 0.6 + 0.4 × 0.5 = 0.8 → 4
    三(一)5 key product 30 ÷ 40 = 75 % → 5 × 0.75 = 3.75; key region 10 ÷ 20 = 50 % < 60 % → 0
    behaviour: visits 54/60 = 90 % → band 0.8 → 4; visit plan 45/50 → 4.5; new customers 2/2 → 5;
    reports 2/4 = 50 % → band 0.2 → 1; plans rated 4 → 0.75 → 3.75
    skill: test 84/100 → 0.6 + 0.4 × 0.24/0.3 = 0.92 → 4.6; compliance passed → 5; training 4/4 → 5
    customer: satisfaction 85 % → 0.6 + 0.4 × 0.5 = 0.8 → 4; key accounts rated 3 → 0.5 → 2.5
    team: rated 5 → 5
    total 37.5 + 18.25 + 14.6 + 6.5 + 5 = 81.85
    """
    result = _score(
        "pharma_rep",
        {
            "sales_achievement": IndicatorInput(target=100, actual=105),
            "collection_rate": IndicatorInput(target=80, actual=72),
            "new_product_share": IndicatorInput(target=105, actual=21),
            "sales_growth": IndicatorInput(actual=105, base=100),
            "key_product_achievement": IndicatorInput(target=40, actual=30),
            "key_region_achievement": IndicatorInput(target=20, actual=10),
            "effective_visits": IndicatorInput(target=60, actual=54),
            "visit_plan_completion": IndicatorInput(target=50, actual=45),
            "new_customers": IndicatorInput(target=2, actual=2),
            "market_info_reports": IndicatorInput(target=4, actual=2),
            "plans_summaries_timely": _rated(4),
            "product_knowledge_test": IndicatorInput(target=100, actual=84),
            "compliance_veto": IndicatorInput(passed=True),
            "training_attendance": IndicatorInput(target=4, actual=4),
            "customer_satisfaction": IndicatorInput(target=100, actual=85),
            "key_account_maintenance": _rated(3),
            "teamwork_sharing": _rated(5),
        },
    )
    expected = {
        "sales_achievement": 15.75,
        "collection_rate": 9,
        "new_product_share": 5,
        "sales_growth": 4,
        "key_product_achievement": 3.75,
        "key_region_achievement": 0,
        "effective_visits": 4,
        "visit_plan_completion": 4.5,
        "new_customers": 5,
        "market_info_reports": 1,
        "plans_summaries_timely": 3.75,
        "product_knowledge_test": 4.6,
        "compliance_veto": 5,
        "training_attendance": 5,
        "customer_satisfaction": 4,
        "key_account_maintenance": 2.5,
        "teamwork_sharing": 5,
    }
    assert _points(result) == pytest.approx(expected)
    assert result.total == pytest.approx(81.85)
    assert result.complete
    assert result.grade == "B"  # policy bands (常用做法): 70 ≤ 81.85 < 85


def test_pharma_sheet_compliance_failure_vetoes_whatever_the_points():
    """三(三)2: 此為“一票否決”項 — a serious violation fails the appraisal."""
    result = _score("pharma_rep", {"compliance_veto": IndicatorInput(passed=False)})
    assert result.vetoed
    assert result.grade == "D"


# ---- seed 004: the sales director's duties -------------------------------------------------


def test_director_sheet_keeps_seed_004s_ten_duties_and_points():
    """篇十: 20/10/10/5/10/5/10/5/5/10 — ninety points under the heading 百分制."""
    doc = template("sales_director_duties")
    weights = [item["weight"] for item in doc["items"]]
    assert weights == [20, 10, 10, 5, 10, 5, 10, 5, 5, 10]
    assert doc["sheet_total"] == sum(weights) == 90
    assert {item["measure"] for item in doc["items"]} == {"rating"}
    assert validate_template(doc).problems == ()
    # each weight is the number the seed's own line gives (（权重分N）)
    for item in doc["items"]:
        quote = TEMPLATE_SOURCES["sales_director_duties"][item["indicator"]].weight.quote
        assert re.search(r"（权重分(\d+)）", quote).group(1) == str(item["weight"])


def test_director_sheet_worked_example():
    """Ratings 1–5 by the superior (1 → 0 %, 5 → 100 % of the duty's points):
    1: 4 → 20 × 0.75 = 15; 2: 3 → 10 × 0.5 = 5; 3: 5 → 10; 4: 4 → 3.75; 5: 2 → 10 × 0.25 = 2.5;
    6: 3 → 2.5; 7: 4 → 7.5; 8: 5 → 5; 9: 3 → 2.5; 10: 4 → 7.5 — total 61.25 of 90 (68 %).
    The policy's bands scale to the 90-point sheet (× 0.9): C from 54, B from 63 → C.
    """
    doc = template("sales_director_duties")
    levels = [4, 3, 5, 4, 2, 3, 4, 5, 3, 4]
    items = {it["indicator"]: _rated(n) for it, n in zip(doc["items"], levels, strict=True)}
    result = _score("sales_director_duties", items)
    assert list(_points(result).values()) == pytest.approx(
        [15, 5, 10, 3.75, 2.5, 2.5, 7.5, 5, 2.5, 7.5]
    )
    assert result.total == pytest.approx(61.25)
    assert result.sheet_total == 90
    assert result.grade == "C"


# ---- seed 004: the department's 120 points -----------------------------------------------


def test_department_sheet_is_120_points_over_five_to_seven_indicators():
    """篇七 第四条: 部门业绩考核计分采用一百二十分制 … 选出部门最重要的5-7项工作."""
    doc = template("sales_department")
    assert doc["sheet_total"] == 120
    assert 5 <= len(doc["items"]) <= 7
    assert sum(item["weight"] for item in doc["items"]) == 120
    assert validate_template(doc).problems == ()
    # given to a team on purpose: no person has the role "department"
    assert doc["role"] == "department"


def test_department_sheet_worked_example():
    """Plan 600 ÷ 500 = 120 % → 1.0 + (1.2 − 1.0) = 1.2 (seed 004's plan rule) → 36 × 1.2 = 43.2;
    collections 405 ÷ 450 = 90 % → 24 × 0.9 = 21.6; expenses 105 ÷ 100 = 105 % of budget →
    1.0 − 0.5 × 0.5 = 0.75 → 18 × 0.75 = 13.5; key product 180 ÷ 200 = 90 % → 18 × 0.9 = 16.2;
    8 of 10 reps on target = 80 % → band 0.8 → 12 × 0.8 = 9.6; information system rated 4 →
    12 × 0.75 = 9. Total 113.1 of 120; the policy's bands × 1.2: A from 102, S from 114 → A.
    """
    result = _score(
        "sales_department",
        {
            "sales_plan_completion": IndicatorInput(target=500, actual=600),
            "collection_rate": IndicatorInput(target=450, actual=405),
            "sales_expense_usage": IndicatorInput(target=100, actual=105),
            "key_product_achievement": IndicatorInput(target=200, actual=180),
            "reps_on_target_share": IndicatorInput(target=10, actual=8),
            "info_system_management": _rated(4),
        },
    )
    assert _points(result) == pytest.approx(
        {
            "sales_plan_completion": 43.2,
            "collection_rate": 21.6,
            "sales_expense_usage": 13.5,
            "key_product_achievement": 16.2,
            "reps_on_target_share": 9.6,
            "info_system_management": 9,
        }
    )
    assert result.total == pytest.approx(113.1)
    assert result.grade == "A"


# ---- sources ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", NEW_SHEETS)
def test_every_number_of_the_new_sheets_says_where_it_comes_from(code):
    doc = template(code)
    assert code in TEMPLATE_NOTES and code in SHEET_SOURCES
    assert set(TEMPLATE_SOURCES[code]) == {item["indicator"] for item in doc["items"]}
    for source in TEMPLATE_SOURCES[code].values():
        for part in (source.item, source.weight):
            text = source_text(part, "zh_CN")
            assert ("种子文件" in text) if part.seed else text.startswith("常用做法")
            assert source_text(part, "en")


def test_no_seed_is_credited_with_the_product_s_own_numbers():
    # seed 003 gives ranges, not the pharma sheet's points; seed 004 neither names the
    # department's indicators nor gives their points
    for source in TEMPLATE_SOURCES["pharma_rep"].values():
        assert source.weight.seed is None
    for source in TEMPLATE_SOURCES["sales_department"].values():
        assert source.item.seed is None and source.weight.seed is None
    # the director's points are the seed's own
    for source in TEMPLATE_SOURCES["sales_director_duties"].values():
        assert source.weight.seed is not None


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed documents are beside the brief")
def test_seed_quotes_are_the_seeds_own_words():
    sources = list(SHEET_SOURCES.values()) + [r.source for r in SEED_003_RANGES]
    for per_item in TEMPLATE_SOURCES.values():
        for source in per_item.values():
            sources += [source.item, source.weight]
    for source in sources:
        if source.seed:
            assert source.quote in (SEEDS / source.seed).read_text(encoding="utf-8"), source
