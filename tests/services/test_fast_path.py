"""The fast read path scores exactly what the previous path scored, and scoring only a person's
team gives exactly their result in the whole company.

The previous path (tests/services/previous_path.py) loaded ORM rows and scored everyone; the
fast one reads columns, a chunk of people at a time, and scores only the teams asked for.
Compared on the demo company (every template, probation, leavers, events, published and
signed appraisals) and on a benchmark database (benchmarks/bigdb.py), for months, quarters and
years: every person's full result, the team scores, the distribution and who has no template.
"""

from __future__ import annotations

import shutil

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import periods

from ..domain import golden
from .previous_path import previous_compute_period

DEMO_PERIODS = golden.demo_periods()
# Which months a benchmark database holds is the builder's business: the periods compared are
# found in it (the first and last month, a quarter, every year it touches).
BIG_PERIODS = ["first month", "middle month", "last month", "a quarter", "each year"]


def big_periods(ctx, which: str) -> list[Period]:
    months = sorted(periods.stored_months(ctx))
    if which == "first month":
        return months[:1]
    if which == "middle month":
        return [months[len(months) // 2]]
    if which == "last month":
        return months[-1:]
    if which == "a quarter":
        return [months[len(months) // 2].quarter_of()]
    return sorted({m.year_of() for m in months})


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("fast-demo") / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def big(big_file, tmp_path_factory):
    """A private copy of the benchmark-style database (tests/services/conftest.py)."""
    path = tmp_path_factory.mktemp("fast-big") / "big.sqlite"
    shutil.copy(big_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _people(results: ap.PeriodResults) -> list[tuple]:
    return [
        (
            p.staff_id,
            p.employee_no,
            p.name,
            p.role,
            p.team_id,
            p.team_name,
            p.supervisor_name,
            p.template_code,
            p.template_version,
            p.appraisal_id,
            p.appraisal_status,
            p.frozen,
            p.result.to_dict(),
        )
        for p in results.people
    ]


def _whole(results: ap.PeriodResults) -> dict:
    return {
        "team_scores": results.team_scores,
        "distribution": None if results.distribution is None else results.distribution.to_dict(),
        "without_template": results.without_template,
        "people": _people(results),
    }


def _both(ctx, period: Period, **kw) -> tuple[dict, dict]:
    with ctx.session() as session:
        fast = ap.compute_period(session, period, **kw)
        previous = previous_compute_period(session, period, **kw)
    return _whole(fast), _whole(previous)


@pytest.mark.parametrize("frozen", [True, False], ids=["shown", "rescored"])
@pytest.mark.parametrize("period", DEMO_PERIODS, ids=str)
def test_demo_company_scores_exactly_as_the_previous_path(demo, period, frozen):
    fast, previous = _both(demo, period, use_frozen_results=frozen)
    assert fast["people"], "the demo has results for every period"
    assert fast == previous


@pytest.mark.parametrize("which", BIG_PERIODS)
def test_benchmark_database_scores_exactly_as_the_previous_path(big, which):
    for period in big_periods(big, which):
        fast, previous = _both(big, period)
        assert len(fast["people"]) == 40
        assert fast == previous


def test_a_team_listed_alone_is_the_same_as_before(big):
    (year,) = big_periods(big, "each year")[-1:]
    with big.session() as session:
        team_id = ap.compute_period(session, year).people[-1].team_id
    fast, previous = _both(big, year, team_id=team_id)
    assert fast == previous


def _alone_equals_whole(ctx, period: Period) -> int:
    """Each person scored with only their team gives their result in the whole company."""
    with ctx.session() as session:
        whole = {p.staff_id: p for p in ap.compute_period(session, period).people}
        for staff_id, expected in whole.items():
            alone = ap.compute_period(session, period, staff_ids=[staff_id])
            assert _people(alone) == _people(_listing(expected)), (period, expected.name)
    return len(whole)


def _listing(person: ap.PersonResult) -> ap.PeriodResults:
    return ap.PeriodResults(period=person.result.period, people=[person])


@pytest.mark.parametrize("period", DEMO_PERIODS, ids=str)
def test_demo_person_scored_with_their_team_only_gets_their_whole_company_result(demo, period):
    assert _alone_equals_whole(demo, period) > 0


@pytest.mark.parametrize(
    "period", [Period.month(2024, 3), Period.quarter(2024, 4), Period.of_year(2024)], ids=str
)
def test_benchmark_person_scored_with_their_team_only_gets_their_whole_company_result(big, period):
    assert _alone_equals_whole(big, period) == 40


def test_scoring_one_person_reads_only_their_team(big):
    period = Period.of_year(2024)
    with big.session() as session:
        everyone = ap.eligible_staff(session, period)
        manager = next(s for s in everyone if s.role == "sales_manager")
        together = ap.scored_together(everyone, [manager.id])
        alone = ap.compute_period(session, period, staff_ids=[manager.id])
    assert {s.team_id for s in together} == {manager.team_id}
    assert len(together) < len(everyone)
    assert set(alone.team_scores) == {str(manager.team_id)}
    assert [p.staff_id for p in alone.people] == [manager.id]
