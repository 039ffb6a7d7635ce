"""The company policy (考核制度): defaults with their sources, validation, worked examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.grades import GradeBand, GradeScale
from salesperf_desktop.domain.policy import (
    DEFAULT_POLICY,
    SOURCES,
    Policy,
    changes,
    validate_policy,
)
from salesperf_desktop.domain.template import parse_template

SEEDS = Path("/work/shared/seeds")


def _codes(policy: Policy) -> set[str]:
    return {p.code for p in validate_policy(policy)}


def test_the_defaults_are_valid_and_every_part_says_where_it_comes_from():
    assert validate_policy(DEFAULT_POLICY) == []
    for key in (
        "grades",
        "distribution",
        "rater_weights",
        "rating_zero_based",
        "promotion",
        "improvement",
        "appeal_filing_days",
        "appeal_decision_days",
    ):
        assert key in SOURCES
    # No seed gives rater weights, bands, coefficients or the distribution: 常用做法.
    for key in ("grades", "distribution", "rater_weights", "promotion", "improvement"):
        assert SOURCES[key].common_practice
    assert not SOURCES["appeal_filing_days"].common_practice


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed documents are beside the brief")
def test_seed_quotes_are_the_seeds_own_words():
    """Seed 002, 五 (二) 申訴機制透明化: 3 working days to file, 5 to decide."""
    for source in SOURCES.values():
        if source.seed:
            assert source.quote in (SEEDS / source.seed).read_text(encoding="utf-8")
    assert "3個工作日" in SOURCES["appeal_filing_days"].quote
    assert DEFAULT_POLICY.appeal_filing_days == 3
    assert "5個工作日" in SOURCES["appeal_decision_days"].quote
    assert DEFAULT_POLICY.appeal_decision_days == 5


def test_worked_example_grade_coefficient_promotion_plan():
    # 86.5 on 100 points: A (85 ≤ 86.5 < 95), coefficient 1.2
    band = DEFAULT_POLICY.scale_for(100).grade_for(86.5)
    assert (band.grade, band.coefficient) == ("A", 1.2)
    # the department's 120-point sheet: bands × 1.2, so A starts at 102
    assert DEFAULT_POLICY.scale_for(120).grade_for(101.9).grade == "B"
    assert DEFAULT_POLICY.scale_for(120).grade_for(102).grade == "A"
    assert DEFAULT_POLICY.promotion_due(["B", "A", "S"])
    assert not DEFAULT_POLICY.promotion_due(["A", "B"])
    assert DEFAULT_POLICY.needs_plan("C") and not DEFAULT_POLICY.needs_plan("B")
    # a rating of 4 on 1–5: (4 − 1) ÷ 4 = 75 % counted from the lowest; 4 ÷ 5 = 80 % otherwise
    assert DEFAULT_POLICY.rating_fraction(4) == pytest.approx(0.75)
    assert DEFAULT_POLICY.with_(rating_zero_based=False).rating_fraction(4) == pytest.approx(0.8)


def test_overlapping_or_unordered_bands_are_refused():
    bands = list(DEFAULT_POLICY.grades.bands)
    bands[1] = GradeBand("A", 96, 1.2)  # A above S: the bands overlap
    bad = DEFAULT_POLICY.with_(grades=GradeScale(tuple(bands), DEFAULT_POLICY.grades.distribution))
    assert "grade_order" in _codes(bad)


def test_a_worse_grade_paying_more_is_refused():
    bands = list(DEFAULT_POLICY.grades.bands)
    bands[2] = GradeBand("B", 70, 1.3)
    bad = DEFAULT_POLICY.with_(grades=GradeScale(tuple(bands), DEFAULT_POLICY.grades.distribution))
    assert "policy.coefficient_rises" in _codes(bad)


def test_rater_weights_must_add_up_to_100_with_a_supervisor():
    assert "policy.rater_sum" in _codes(
        DEFAULT_POLICY.with_(rater_weights={"supervisor": 70, "self": 10, "peer": 10})
    )
    assert "policy.supervisor_needed" in _codes(
        DEFAULT_POLICY.with_(rater_weights={"supervisor": 0, "self": 50, "peer": 50})
    )
    assert validate_policy(DEFAULT_POLICY.with_(rater_weights={"supervisor": 100})) == []


def test_distribution_must_add_up_to_100():
    scale = GradeScale(DEFAULT_POLICY.grades.bands, {"S": 0.1, "A": 0.2, "B": 0.4, "C": 0.2})
    assert "distribution_sum" in _codes(DEFAULT_POLICY.with_(grades=scale))


def test_unknown_rule_grades_and_day_limits_are_refused():
    assert "policy.grade_unknown" in _codes(DEFAULT_POLICY.with_(plan_grades=("E",)))
    assert "policy.days_range" in _codes(DEFAULT_POLICY.with_(appeal_filing_days=0))


def test_changes_name_each_part_that_moved():
    new = DEFAULT_POLICY.with_(appeal_filing_days=4, promotion_run=3)
    assert set(changes(DEFAULT_POLICY, new)) == {"appeal_filing_days", "promotion_run"}
    assert Policy.from_dict(new.to_dict()) == new


def test_templates_following_the_policy_take_its_bands_and_weights():
    from salesperf_desktop.domain.library.templates import template as seed_template

    data = seed_template("rep_mature")
    policy = DEFAULT_POLICY.with_(
        rater_weights={"supervisor": 80.0, "self": 0.0, "peer": 20.0},
        grades=GradeScale(
            (GradeBand("A", 90, 1.3), GradeBand("B", 70, 1.0), GradeBand("C", None, 0.5)), None
        ),
    )
    template = parse_template(data, policy)
    assert template.grades.grade_for(91).grade == "A"
    assert dict(template.rater_weights)["supervisor"] == 80.0
    # without a policy (or with its own scale) the template keeps what it says
    assert parse_template(data).grades.grade_for(91).grade == "A"
    assert parse_template(data).grades.grade_for(96).grade == "S"


@st.composite
def _policies(draw):
    n = draw(st.integers(2, 6))
    mins = sorted(draw(st.lists(st.integers(1, 119), min_size=n - 1, max_size=n - 1, unique=True)))
    coefficients = sorted(draw(st.lists(st.floats(0, 3), min_size=n, max_size=n)), reverse=True)
    names = [chr(ord("A") + i) for i in range(n)]
    bands = tuple(
        GradeBand(names[i], float(mins[::-1][i]) if i < n - 1 else None, coefficients[i])
        for i in range(n)
    )
    sup = draw(st.integers(1, 100))
    self_w = draw(st.integers(0, 100 - sup))
    return Policy(
        grades=GradeScale(bands, None),
        rater_weights={"supervisor": sup, "self": self_w, "peer": 100 - sup - self_w},
        promotion_grades=(names[0],),
        plan_grades=(names[-1],),
    )


@settings(deadline=None, max_examples=60)
@given(_policies(), st.floats(-50, 200))
def test_a_valid_policy_gives_every_total_exactly_one_band(policy, total):
    assert validate_policy(policy) == []
    band = policy.grades.grade_for(total)
    fitting = [
        b for b in policy.grades.bands if b.min is None or total >= b.min
    ]  # bands whose minimum the total reaches; the best of them is the grade
    assert band == fitting[0]
    # a higher total never gets a lower coefficient
    assert policy.grades.grade_for(total + 10).coefficient >= band.coefficient


@settings(deadline=None, max_examples=60)
@given(_policies())
def test_policies_round_trip_through_storage(policy):
    assert Policy.from_dict(policy.to_dict()).to_dict() == policy.to_dict()
