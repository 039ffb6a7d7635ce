"""Appraisal cycles (issue #18 point 2, seed 002: 创新业务团队 “季度考核+年度总评”).

A quarterly person's months are scored (points and total) but not graded; their quarter and
their year (年度总评) are. Each cycle's people are compared with each other only.
"""

from __future__ import annotations

import pytest

from salesperf_desktop.domain import cycles
from salesperf_desktop.domain.library import template
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rollup import rollup
from salesperf_desktop.domain.scoring import (
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    score_many,
    with_team_score,
)
from salesperf_desktop.domain.template import parse_template

SEP, Q3, YEAR = Period.month(2026, 9), Period.quarter(2026, 3), Period.of_year(2026)


@pytest.mark.parametrize(
    ("template_cycle", "team_cycle", "expected"),
    [
        ("monthly", "monthly", "monthly"),
        ("monthly", "quarterly", "quarterly"),  # the team set to quarterly is enough
        ("quarterly", "monthly", "quarterly"),  # a quarterly template is never graded monthly
        ("quarterly", "quarterly", "quarterly"),
        (None, None, "monthly"),
    ],
)
def test_the_longer_cycle_wins(template_cycle, team_cycle, expected):
    assert cycles.person_cycle(template_cycle, team_cycle) == expected


def test_what_each_cycle_grades():
    assert [cycles.is_graded("monthly", p) for p in (SEP, Q3, YEAR)] == [True, True, True]
    assert [cycles.is_graded("quarterly", p) for p in (SEP, Q3, YEAR)] == [False, True, True]
    assert cycles.appraised_cycle({"monthly", "quarterly"}, SEP) == "monthly"
    assert cycles.appraised_cycle({"monthly", "quarterly"}, Q3) == "quarterly"
    assert cycles.appraised_cycle({"monthly"}, YEAR) == "monthly"


def _rep_mature():
    return parse_template(template("rep_mature"))


def _month(month: Period, sales: float) -> PersonPeriodInput:
    """A mature rep's month: sales against a target of 100,000, full marks elsewhere."""
    t = _rep_mature()
    items = {}
    for it in t.items:
        if it.indicator == "sales_achievement":
            items[it.indicator] = IndicatorInput(target=100000.0, actual=sales)
        elif it.measure in ("rating", "task_sheet"):
            items[it.indicator] = IndicatorInput(actual=5.0 if it.measure == "rating" else 100.0)
        elif it.measure == "pass_fail":
            items[it.indicator] = IndicatorInput(passed=True)
        else:
            items[it.indicator] = IndicatorInput(target=1.0, actual=1.0, base=1.0)
    return PersonPeriodInput(items=items, period=month, person_id="rep")


def test_a_quarterly_reps_three_months_are_scored_not_graded_and_the_quarter_is_graded():
    """Worked example: July 120 %, August 60 %, September 90 % of a 100,000 target. Each month
    keeps its points and total but has no grade and no coefficient; the quarter is graded
    from the roll-up (Σ actual ÷ Σ target = 270,000 ÷ 300,000 = 90 %), the year too."""
    t = _rep_mature()
    months = {
        m: _month(m, s) for m, s in zip(Q3.months(), (120000.0, 60000.0, 90000.0), strict=True)
    }
    monthly_results = []
    for m, inp in months.items():
        graded = cycles.is_graded("quarterly", m)
        member = CohortMember("rep", t, inp, cycle="quarterly", graded=graded)
        got = score_many([member]).results["rep"]
        monthly_results.append(got)
        assert (got.grade, got.coefficient) == ("", None), m
        assert got.total > 0 and got.items  # points and total are still there
        assert [f.code for f in got.flags if f.code == cycles.NOT_GRADED] == [cycles.NOT_GRADED]
        # the same month for a monthly person is graded as before
        monthly = score_many([CohortMember("rep", t, inp)]).results["rep"]
        assert monthly.grade and monthly.coefficient is not None
        assert monthly.total == got.total
    quarter_input = rollup(t, months, Q3)
    sales = quarter_input.items["sales_achievement"]
    assert (sales.target, sales.actual) == (300000.0, 270000.0)
    quarter = score_many(
        [CohortMember("rep", t, quarter_input, cycle="quarterly", graded=True)]
    ).results["rep"]
    assert quarter.grade == t.grades.grade_for(quarter.total).grade != ""
    assert quarter.coefficient == t.grades.grade_for(quarter.total).coefficient
    assert quarter.item("sales_achievement").value == pytest.approx(0.9)
    # the year (年度总评): the months the person has, rolled up, graded
    year_input = rollup(t, months, YEAR, months_employed=Q3.months())
    year = score_many([CohortMember("rep", t, year_input, cycle="quarterly")]).results["rep"]
    assert year.grade and year.coefficient is not None
    assert year.total == pytest.approx(quarter.total)


def test_each_cycle_is_compared_with_its_own_people_and_interim_months_stay_ungraded():
    t = _rep_mature()
    members = [
        CohortMember(f"m{i}", t, _month(SEP, 100000.0 + 1000 * i), team="a") for i in range(4)
    ] + [
        CohortMember(f"q{i}", t, _month(SEP, 80000.0), team="b", cycle="quarterly", graded=False)
        for i in range(3)
    ]
    got = score_many(members)
    assert got.distribution is got.distributions["monthly"]
    assert got.distribution.cohort_size == 4  # the quarterly three are not graded in September
    assert "quarterly" not in got.distributions
    interim = got.results["q0"]
    assert cycles.is_interim(interim)
    # a team-mate's edit re-bases the team share without giving the month a grade
    shared = parse_template({**template("rep_mature"), "team_share": 0.3})
    member = CohortMember("x", shared, _month(SEP, 90000.0), team="t", graded=False)
    result = score_many([member]).results["x"]
    moved = with_team_score(result, shared, 50.0)
    assert cycles.is_interim(moved) and moved.total != result.total
