"""Consistency checks of the seed library, templates and demo data against the format doc."""

from __future__ import annotations

import pytest

from salesperf_desktop.domain.library import (
    DIMENSION_CODES,
    DIMENSIONS,
    INDICATORS,
    LANGUAGES,
    SEED_TEMPLATES,
    TEMPLATE_NOTES,
    indicator,
    template,
)
from salesperf_desktop.domain.library.demo import (
    STAFF,
    TARGET_LEVELS,
    TEAMS,
    demo_months,
)

MEASURES = {
    "achievement",
    "ratio",
    "growth",
    "expense_usage",
    "count",
    "rating",
    "pass_fail",
    "task_sheet",
    "days",
}
UNITS = {"%", "count", "points", "score", "days", "hours"}
ROLES = {"sales_rep", "sales_manager", "director", "department", "any"}
PRODUCT_LINES = {"mature", "innovative", "distributor", "any"}
CYCLES = {"monthly", "quarterly"}
TEMPLATE_KEYS = {
    "schema",
    "code",
    "name",
    "role",
    "product_line",
    "cycle",
    "sheet_total",
    "rater_weights",
    "team_share",
    "adjustment_caps",
    "grades",
    "items",
}
ITEM_KEYS = {"indicator", "dimension", "weight", "measure", "rule", "name"}
INDICATOR_KEYS = {
    "code",
    "dimension",
    "measure",
    "unit",
    "name",
    "definition",
    "formula",
    "source",
    "default_rule",
    "default_weight",
}
# Common characters whose traditional form differs (checked with OpenCC s2tw); none may remain
# in zh_TW text.
SIMPLIFIED_ONLY = set(
    "销额达计划实际业绩为与标务资产种区间质数据统门项关键场内户访问报说规评价则简线时进"
    "经发动观过这们费应总结团队职测试训练记录权级满调态认证响层广领导购医疗临药诊"
)


def _localised_maps(obj, path=""):
    """Every localised map in a nested structure, with its path."""
    if isinstance(obj, dict):
        if set(obj) == set(LANGUAGES):
            yield path, obj
            return
        for key, value in obj.items():
            yield from _localised_maps(value, f"{path}.{key}")
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            yield from _localised_maps(value, f"{path}[{i}]")


ALL_DATA = {
    "DIMENSIONS": DIMENSIONS,
    "INDICATORS": INDICATORS,
    "SEED_TEMPLATES": SEED_TEMPLATES,
    "TEMPLATE_NOTES": TEMPLATE_NOTES,
    "TEAMS": TEAMS,
    "STAFF": STAFF,
}


def _all_maps():
    for name, data in ALL_DATA.items():
        yield from _localised_maps(data, name)


def check_rule(rule: dict) -> None:
    """Fields per rule kind as the format doc specifies."""
    kind = rule["kind"]
    if kind == "linear":
        assert set(rule) <= {"kind", "floor", "cap", "full_at"}
        floor, cap = rule.get("floor", 0), rule.get("cap", 1)
        assert 0 <= floor <= cap
        assert rule.get("full_at", 1) > 0
    elif kind == "piecewise":
        assert set(rule) <= {"kind", "points", "below"}
        points = rule["points"]
        assert len(points) >= 2
        assert all(len(p) == 2 for p in points)
        xs = [p[0] for p in points]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), "values strictly increasing"
        assert all(p[1] >= 0 for p in points)
    elif kind == "bands":
        assert set(rule) <= {"kind", "bands", "otherwise"}
        assert rule["bands"]
        for band in rule["bands"]:
            assert set(band) == {"min", "fraction"}
            assert band["fraction"] >= 0
        mins = [b["min"] for b in rule["bands"]]
        assert len(set(mins)) == len(mins)
        fractions = [b["fraction"] for b in sorted(rule["bands"], key=lambda b: -b["min"])]
        assert fractions == sorted(fractions, reverse=True), "higher value, higher fraction"
    elif kind == "scale":
        assert set(rule) <= {"kind", "min", "max", "anchors", "zero_based"}
        assert rule["min"] < rule["max"]
        levels = {str(v) for v in range(rule["min"], rule["max"] + 1)}
        assert set(rule["anchors"]) <= levels
        assert str(rule["min"]) in rule["anchors"] and str(rule["max"]) in rule["anchors"]
        for text in rule["anchors"].values():
            assert set(text) == set(LANGUAGES)
    elif kind == "veto":
        assert set(rule) == {"kind"}
    else:
        pytest.fail(f"unknown rule kind {kind!r}")


# --- library ------------------------------------------------------------------------------
def test_indicator_codes_unique_and_snake_case():
    codes = [i["code"] for i in INDICATORS]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert code.isidentifier() and code == code.lower(), code


def test_indicator_entries_complete():
    for entry in INDICATORS:
        assert set(entry) == INDICATOR_KEYS, entry["code"]
        assert entry["dimension"] in DIMENSION_CODES
        assert entry["measure"] in MEASURES
        assert entry["unit"] in UNITS
        assert isinstance(entry["default_weight"], int) and 5 <= entry["default_weight"] <= 40
        for key in ("name", "definition", "formula", "source"):
            assert set(entry[key]) == set(LANGUAGES), (entry["code"], key)
        check_rule(entry["default_rule"])


def test_measure_and_rule_fit():
    for entry in INDICATORS:
        kind = entry["default_rule"]["kind"]
        if entry["measure"] == "rating":
            assert kind == "scale", entry["code"]
        if entry["measure"] == "pass_fail":
            assert kind == "veto", entry["code"]
        if entry["measure"] == "expense_usage":
            fractions = [p[1] for p in entry["default_rule"]["points"]]
            assert fractions == sorted(fractions, reverse=True), "under budget scores higher"


def test_required_indicators_present():
    required = {
        "sales_achievement", "collection_rate", "new_product_share", "sales_growth",
        "key_product_achievement", "key_region_achievement", "market_share_retention",
        "distributor_stockin_achievement", "sell_through_rate", "clinical_trial_conversion",
        "target_department_coverage", "effective_visits", "visit_plan_completion",
        "visit_record_completeness", "new_customers", "market_info_reports",
        "plans_summaries_timely", "product_knowledge_test", "academic_promotion",
        "compliance_veto", "promo_material_approval_rate", "training_attendance",
        "customer_satisfaction", "nps", "complaint_response_time", "key_account_maintenance",
        "teamwork_sharing", "career_plan_followthrough", "sales_plan_completion",
        "reps_on_target_share", "sales_expense_usage", "info_system_management",
        "work_attitude", "task_sheet",
    }  # fmt: skip
    assert required <= {i["code"] for i in INDICATORS}


def test_complaint_response_rule_is_decreasing():
    fractions = [p[1] for p in indicator("complaint_response_time")["default_rule"]["points"]]
    assert fractions == sorted(fractions, reverse=True)


def test_lookups_return_copies():
    entry = indicator("sales_achievement")
    entry["default_weight"] = 99
    assert indicator("sales_achievement")["default_weight"] != 99
    doc = template("rep_mature")
    doc["items"].clear()
    assert template("rep_mature")["items"]
    with pytest.raises(KeyError):
        indicator("no_such_indicator")
    with pytest.raises(KeyError):
        template("no_such_template")


def test_dimensions():
    assert DIMENSION_CODES == (
        "results", "behaviour", "skill_compliance", "customer", "team_growth", "management",
    )  # fmt: skip
    for dim in DIMENSIONS:
        share = dim["suggested_share"]
        assert share is None or (len(share) == 2 and share[0] <= share[1])


# --- localisation -------------------------------------------------------------------------
def test_every_localised_map_has_three_nonempty_languages():
    maps = list(_all_maps())
    assert len(maps) > 200
    for path, text in maps:
        assert set(text) == set(LANGUAGES), path
        for lang in LANGUAGES:
            assert isinstance(text[lang], str) and text[lang].strip(), (path, lang)
            assert "TODO" not in text[lang] and "…" not in text[lang], (path, lang)


def test_traditional_differs_from_simplified():
    maps = [(p, t) for p, t in _all_maps() if SIMPLIFIED_ONLY & set(t["zh_CN"])]
    differing = [p for p, t in maps if t["zh_TW"] != t["zh_CN"]]
    assert len(differing) >= 0.8 * len(maps)
    # Traditional text must not keep common simplified-only characters.
    for path, text in _all_maps():
        leftovers = SIMPLIFIED_ONLY & set(text["zh_TW"])
        assert not leftovers, (path, leftovers)


def test_english_is_not_chinese():
    for path, text in _all_maps():
        assert all(ord(ch) < 0x3000 or ch in "–…" for ch in text["en"]), path


# --- templates ----------------------------------------------------------------------------
def test_template_codes():
    codes = [t["code"] for t in SEED_TEMPLATES]
    assert codes == [
        "rep_mature",
        "rep_innovative",
        "rep_distributor",
        "sales_manager",
        "probation",
        "pharma_rep",
        "sales_director_duties",
        "sales_department",
    ]
    assert set(TEMPLATE_NOTES) == set(codes)


@pytest.mark.parametrize("doc", SEED_TEMPLATES, ids=lambda t: t["code"])
def test_template_document(doc):
    # a template following seed 003's scheme says so (domain/dimension_ranges.py)
    # seed 002's team pool: a sheet with a team share says what drives it (the team goal)
    assert set(doc) - {"scheme", "team_basis"} == TEMPLATE_KEYS
    assert doc.get("team_basis", "team_goal" if doc["team_share"] else None) == (
        "team_goal" if doc["team_share"] else None
    )
    assert doc.get("scheme", "seed_003") == "seed_003"
    assert doc["schema"] == 1
    assert doc["role"] in ROLES
    assert doc["product_line"] in PRODUCT_LINES
    assert doc["cycle"] in CYCLES
    # 90: the director duty sheet keeps seed 004's ten weights, which add up to 90
    assert doc["sheet_total"] in (90, 100, 120)
    assert doc["rater_weights"] == {"supervisor": 70, "self": 10, "peer": 20}
    assert 0 <= doc["team_share"] < 1
    assert doc["adjustment_caps"] == {"bonus": None, "penalty": None}
    assert sum(i["weight"] for i in doc["items"]) == doc["sheet_total"]
    codes = [i["indicator"] for i in doc["items"]]
    assert len(codes) == len(set(codes))
    for item in doc["items"]:
        assert set(item) == ITEM_KEYS
        entry = indicator(item["indicator"])
        assert item["measure"] == entry["measure"]
        assert item["dimension"] == entry["dimension"]
        assert item["name"] == entry["name"]
        check_rule(item["rule"])
        share = item["weight"] / doc["sheet_total"]
        # Seed 004: 5–30 %; the manager sheet's 40 points for plan completion is the seed's own.
        if not (doc["code"] == "sales_manager" and item["indicator"] == "sales_plan_completion"):
            assert 0.05 <= share <= 0.30, (doc["code"], item["indicator"])


@pytest.mark.parametrize("doc", SEED_TEMPLATES, ids=lambda t: t["code"])
def test_template_grades(doc):
    bands = doc["grades"]["bands"]
    mins = [b["min"] for b in bands]
    assert mins[-1] is None, "the last band catches everything below"
    assert mins[:-1] == sorted(mins[:-1], reverse=True)
    coefficients = [b["coefficient"] for b in bands]
    assert coefficients == sorted(coefficients, reverse=True)
    distribution = doc["grades"]["distribution"]
    if distribution is not None:
        assert set(distribution) == {b["grade"] for b in bands}
        assert sum(distribution.values()) == pytest.approx(1.0)


def test_rep_mature_dimension_shares_follow_seed_003():
    doc = template("rep_mature")
    shares = {}
    for item in doc["items"]:
        shares[item["dimension"]] = shares.get(item["dimension"], 0) + item["weight"]
    for dim in DIMENSIONS:
        if dim["suggested_share"] is not None:
            low, high = dim["suggested_share"]
            assert low <= shares.get(dim["code"], 0) <= high, dim["code"]
    assert any(i["indicator"] == "compliance_veto" for i in doc["items"])


def test_sales_manager_sheet_is_seed_004():
    doc = template("sales_manager")
    weights = {i["indicator"]: i["weight"] for i in doc["items"]}
    assert weights == {
        "sales_plan_completion": 40,
        "reps_on_target_share": 20,
        "sales_expense_usage": 20,
        "info_system_management": 15,
        "work_attitude": 5,
    }
    plan = next(i for i in doc["items"] if i["indicator"] == "sales_plan_completion")
    assert plan["rule"] == {
        "kind": "piecewise",
        "points": [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]],
        "below": 0.0,
    }
    share = next(i for i in doc["items"] if i["indicator"] == "reps_on_target_share")
    top = max(share["rule"]["bands"], key=lambda b: b["min"])
    assert top == {"min": 0.9, "fraction": 1.0}


def test_innovative_template_is_quarterly_with_team_share():
    doc = template("rep_innovative")
    assert doc["cycle"] == "quarterly"
    assert doc["team_share"] == 0.3
    codes = {i["indicator"] for i in doc["items"]}
    assert {
        "academic_promotion",
        "clinical_trial_conversion",
        "target_department_coverage",
    } <= codes


# --- demo ---------------------------------------------------------------------------------
def test_demo_staff_consistent():
    ids = [p["employee_id"] for p in STAFF]
    assert len(ids) == len(set(ids)) >= 10
    templates = {t["code"] for t in SEED_TEMPLATES}
    teams = {t["code"] for t in TEAMS}
    for person in STAFF:
        assert person["template"] in templates
        assert person["team"] is None or person["team"] in teams
        for link in ("supervisor", "business_mentor"):
            assert person[link] is None or person[link] in ids
        assert set(TARGET_LEVELS[person["employee_id"]]) == {
            i["indicator"] for i in template(person["template"])["items"]
        }
    roles = [p["role"] for p in STAFF]
    assert roles.count("sales_manager") == 1 and roles.count("director") == 1
    assert [p["status"] for p in STAFF].count("probation") == 1


def test_demo_generator_deterministic():
    first = list(demo_months(2025, 1, 12, seed=7))
    again = list(demo_months(2025, 1, 12, seed=7))
    other = list(demo_months(2025, 1, 12, seed=8))
    assert first == again
    assert first != other


def test_demo_generator_covers_every_indicator():
    rows = list(demo_months(2024, 11, 6, seed=3))
    assert len(rows) == 6 * len(STAFF)
    assert {(r["year"], r["month"]) for r in rows} == {
        (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4),
    }  # fmt: skip
    by_person = {p["employee_id"]: p for p in STAFF}
    for row in rows:
        doc = template(by_person[row["employee_id"]]["template"])
        assert row["template"] == doc["code"]
        assert [e["indicator"] for e in row["entries"]] == [i["indicator"] for i in doc["items"]]
        for entry, item in zip(row["entries"], doc["items"], strict=True):
            if item["measure"] == "rating":
                ratings = entry["ratings"]
                assert 1 <= ratings["supervisor"] <= 5 and 1 <= ratings["self"] <= 5
                assert ratings["peer"] is None or 1 <= ratings["peer"] <= 5
            else:
                assert entry["actual"] is not None and entry["actual"] >= 0
                assert entry["target"], (row["employee_id"], entry["indicator"])
            if item["measure"] == "growth":
                assert entry["base"] > 0


def test_demo_events_and_veto():
    rows = list(demo_months(2025, 1, 6, seed=11))
    events = [(r["employee_id"], e) for r in rows for e in r["events"]]
    codes = {e.get("code") for _, e in events}
    assert {"commendation_company", "late_or_early_leave", "compliance_veto", "milestone"} <= codes
    polarities = {e.get("polarity") for _, e in events if e["kind"] == "key_incident"}
    assert polarities == {"positive", "negative"}
    for _, event in events:
        assert event["date"] and event["note"]
    vetoed = [r for r in rows if any(e.get("code") == "compliance_veto" for e in r["events"])]
    assert len(vetoed) == 1
    veto_entry = next(e for e in vetoed[0]["entries"] if e["indicator"] == "compliance_veto")
    assert veto_entry["actual"] == 0


def test_demo_seasonal_targets():
    rows = list(demo_months(2025, 1, 12, seed=1))
    e003 = {
        r["month"]: next(e for e in r["entries"] if e["indicator"] == "sales_achievement")
        for r in rows
        if r["employee_id"] == "E003"
    }
    assert e003[2]["target"] < e003[6]["target"] < e003[12]["target"]


def test_demo_manager_sheet_follows_reps():
    rows = list(demo_months(2025, 3, 1, seed=5))
    by_id = {r["employee_id"]: r for r in rows}
    team = ("E003", "E004", "E005", "E006")
    plan = next(e for e in by_id["E002"]["entries"] if e["indicator"] == "sales_plan_completion")
    sales = [
        next(e for e in by_id[r]["entries"] if e["indicator"] == "sales_achievement") for r in team
    ]
    assert plan["target"] == sum(s["target"] for s in sales)
    assert plan["actual"] == sum(s["actual"] for s in sales)
    share = next(e for e in by_id["E002"]["entries"] if e["indicator"] == "reps_on_target_share")
    assert share["target"] == 4
    assert share["actual"] == sum(1 for s in sales if s["actual"] >= s["target"])
