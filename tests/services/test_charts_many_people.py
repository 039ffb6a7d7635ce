"""Team charts over many people (services/charts_data.py): the ranking and the achievement chart
show the first and the last of the selection in the chart's order, and how many are between;
a selection that fits is shown whole, as before. Worked on messy results: ties, a negative
total, people without an achievement rate, a sales item missing."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import charts_data as cd


def _messy(base: ap.PeriodResults, count: int, seed: int) -> ap.PeriodResults:
    """*count* people made from the demo company's, with totals and sales figures of every
    kind: ties, a negative total, no target, a zero target (no rate), no sales item at all."""
    rnd = random.Random(seed)
    people = []
    for n in range(count):
        person = base.people[n % len(base.people)]
        result = person.result
        roll = rnd.random()
        total = rnd.choice([50.0, 50.0, 87.5]) if roll < 0.2 else rnd.uniform(-10, 130)
        items = []
        for item in result.items:
            if item.indicator == cd.ACHIEVEMENT_INDICATOR:
                if roll > 0.95:
                    continue  # no sales item on this person's sheet
                target = rnd.choice([None, 0.0, 80000.0, 120000.0, *[rnd.uniform(1e4, 5e5)] * 6])
                actual = rnd.uniform(0, 4e5)
                rate = actual / target if target else None
                if roll < 0.1:
                    rate = 1.0  # ties at 100 %
                item = replace(item, target=target, actual=actual, value=rate)
            items.append(item)
        people.append(
            replace(
                person,
                staff_id=1000 + n,
                employee_no=f"E{1000 + n}",
                name=f"员工{n:03d}",
                result=replace(result, total=total, items=tuple(items)),
            )
        )
    return replace(base, people=people)


def _everyone_ranked(results: ap.PeriodResults) -> list[str]:
    """The rule as it was for every selection: everyone, highest total first."""
    people = sorted(results.people, key=lambda p: p.result.percent, reverse=True)
    return [p.name for p in people]


def _sales_item(result):
    """The person's sales achievement item (or, without one, their first achievement item)."""
    return result.item(cd.ACHIEVEMENT_INDICATOR) or next(
        (i for i in result.items if i.measure == "achievement"), None
    )


def _everyone_with_a_target(results: ap.PeriodResults) -> list[tuple[str, float | None]]:
    out = []
    for p in results.people:
        item = _sales_item(p.result)
        if item is not None and item.target is not None:
            out.append((p.name, item.value))
    return out


@pytest.fixture
def demo_results(demo_ctx):
    from salesperf_desktop.domain.periods import Period

    return ap.period_results(demo_ctx, Period.month(2026, 10))


@pytest.mark.parametrize(("count", "seed"), [(31, 1), (45, 2), (300, 3), (3000, 4)])
def test_a_ranking_of_many_shows_the_highest_and_the_lowest_fifteen(demo_results, count, seed):
    results = _messy(demo_results, count, seed)
    everyone = _everyone_ranked(results)
    ranking = cd.team_ranking(results, None)
    assert ranking.names == everyone[:15] + everyone[-15:]
    assert ranking.left_out == count - 30
    by_name = {p.name: p.result for p in results.people}
    assert ranking.percents == [by_name[n].percent for n in ranking.names]
    assert ranking.grades == [by_name[n].grade for n in ranking.names]


@pytest.mark.parametrize("count", [1, 12, 30])
def test_a_ranking_that_fits_shows_everyone_as_before(demo_results, count):
    results = _messy(demo_results, count, seed=count)
    ranking = cd.team_ranking(results, None)
    assert ranking.names == _everyone_ranked(results)
    assert ranking.left_out == 0


@pytest.mark.parametrize(("count", "seed"), [(60, 5), (200, 6), (3000, 7)])
def test_an_achievement_chart_of_many_shows_the_highest_and_the_lowest_ten_rates(
    demo_results, count, seed
):
    results = _messy(demo_results, count, seed)
    targeted = _everyone_with_a_target(results)
    assert len(targeted) > 20
    chart = cd.achievement_by_person(results, None)
    assert chart.left_out == len(targeted) - 20
    assert len(chart.names) == len(chart.targets) == len(chart.actuals) == len(chart.rates) == 20
    # highest rate first; those without a rate (a zero target) at the end
    rated = sorted((r for _n, r in targeted if r is not None), reverse=True)
    unrated = sum(1 for _n, r in targeted if r is None)
    in_order = rated + [None] * unrated
    assert chart.rates == in_order[:10] + in_order[-10:]
    # each bar is its person's own figures
    by_name = {p.name: _sales_item(p.result) for p in results.people}
    for name, target, actual, rate in zip(
        chart.names, chart.targets, chart.actuals, chart.rates, strict=True
    ):
        item = by_name[name]
        assert (target, actual, rate) == (item.target, item.actual or 0.0, item.value)


def test_an_achievement_chart_that_fits_shows_everyone_in_the_results_order(demo_results):
    results = _messy(demo_results, 80, seed=8)
    targeted = _everyone_with_a_target(results)[:20]
    keep = {name for name, _rate in targeted}
    results = replace(results, people=[p for p in results.people if p.name in keep])
    chart = cd.achievement_by_person(results, None)
    assert [(n, r) for n, r in zip(chart.names, chart.rates, strict=True)] == targeted
    assert chart.left_out == 0
