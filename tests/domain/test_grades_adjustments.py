from __future__ import annotations

import pytest

from salesperf_desktop.domain.adjustments import (
    DEFAULT_CATALOGUE,
    AdjustmentEvent,
    apply_adjustments,
)
from salesperf_desktop.domain.grades import (
    DEFAULT_GRADES,
    GradeScale,
    check_distribution,
    grade_for,
)
from salesperf_desktop.domain.i18n import LANGS, pick


def test_seed004_catalogue_defaults():
    expected = {
        "commendation_company": 15,
        "praise_company": 10,
        "serious_error_criticism": -100,
        "error_criticism": -20,
        "rule_breach": -15,
        "poor_task_sheet": -10,
        "late_or_early_leave": -1,
        "personal_leave_day": -1,
        "sick_leave_day": 0,
        "voluntary_overtime": 1,
        "unplanned_task": 1,
    }
    for code, points in expected.items():
        assert DEFAULT_CATALOGUE.get(code).points == points
    assert DEFAULT_CATALOGUE.get("compliance_veto").veto
    for t in DEFAULT_CATALOGUE:
        assert all(t.name.get(lang) for lang in LANGS)


def test_unknown_event_is_flagged_not_silently_dropped():
    out = apply_adjustments([AdjustmentEvent("free_lunch")])
    assert out.total == 0
    assert out.flags[0].code == "adjustment_unknown"


def test_edited_catalogue():
    cat = DEFAULT_CATALOGUE.with_points({"praise_company": 8})
    assert apply_adjustments([AdjustmentEvent("praise_company", count=2)], cat).total == 16
    assert DEFAULT_CATALOGUE.get("praise_company").points == 10


def test_grade_bands_and_veto():
    scale = GradeScale.from_dict(DEFAULT_GRADES)
    assert scale.grade_for(95).grade == "S"
    assert scale.grade_for(94.9).grade == "A"
    assert scale.grade_for(-20).grade == "D"
    assert scale.grade_for(120, vetoed=True).grade == "D"
    assert grade_for(72).grade == "B" and grade_for(72).coefficient == 1.0


def test_forced_distribution_reports_deviations_per_grade():
    grades = ["S"] * 4 + ["A"] * 2 + ["B"] * 4
    report = check_distribution(grades, DEFAULT_GRADES["distribution"], order="SABCD")
    rows = {r.grade: r for r in report.rows}
    assert rows["S"].expected_count == pytest.approx(1) and rows["S"].actual_count == 4
    assert rows["S"].deviation == pytest.approx(3)
    assert rows["D"].actual_share == 0
    assert {r.grade for r in report.deviations} == {"S", "C"}  # C: 2 expected, 0 given
    assert not report.ok


def test_pick_fallback():
    assert pick({"zh_CN": "简", "en": "en"}, "zh_TW") == "简"
    assert pick({"en": "only"}, "zh_TW") == "only"
    assert pick({"fr": "x"}, "zh_CN") == "x"
    assert pick(None, "en") == ""
