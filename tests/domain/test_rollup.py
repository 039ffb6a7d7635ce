from __future__ import annotations

import pytest

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.rollup import rollup
from salesperf_desktop.domain.scoring import IndicatorInput, PersonPeriodInput, score

Q3 = Period.parse("2026-Q3")
JUL, AUG, SEP = Q3.months()


def month(m, achievement_target, achievement_actual, **items):
    base = {
        "sales_achievement": IndicatorInput(target=achievement_target, actual=achievement_actual)
    }
    base.update(items)
    return PersonPeriodInput(items=base, period=m)


def test_quarter_uses_summed_actuals_not_mean_of_rates(rep_template):
    # seasonal targets: 100, 300, 100; rates 150 %, 50 %, 150 % → mean 116.7 %, real 80 %
    monthly = {JUL: month(JUL, 100, 150), AUG: month(AUG, 300, 150), SEP: month(SEP, 100, 150)}
    q = rollup(rep_template, monthly, Q3)
    item = q.items["sales_achievement"]
    assert (item.target, item.actual) == (500, 450)
    result = score(rep_template, q).item("sales_achievement")
    assert result.value == pytest.approx(0.9)
    mean_of_rates = (1.5 + 0.5 + 1.5) / 3
    assert result.value != pytest.approx(mean_of_rates)


def test_ratings_average_events_add_pass_fail_any_fail(rep_template):
    monthly = {
        JUL: PersonPeriodInput(
            items={
                "teamwork": IndicatorInput(ratings={"supervisor": [5], "peer": [4, 2]}),
                "compliance": IndicatorInput(passed=True),
            },
            events=[AdjustmentEvent("praise_company")],
            period=JUL,
        ),
        AUG: PersonPeriodInput(
            items={
                "teamwork": IndicatorInput(ratings={"supervisor": [3]}),
                "compliance": IndicatorInput(passed=False),
            },
            events=[AdjustmentEvent("late_or_early_leave", count=2)],
            period=AUG,
        ),
        SEP: PersonPeriodInput(
            items={
                "teamwork": IndicatorInput(ratings={"supervisor": [4]}),
                "compliance": IndicatorInput(passed=True),
            },
            period=SEP,
        ),
    }
    q = rollup(rep_template, monthly, Q3)
    assert q.items["teamwork"].ratings == {"supervisor": [4.0], "peer": [3.0]}
    assert q.items["compliance"].passed is False
    assert len(q.events) == 2
    result = score(rep_template, q)
    assert result.vetoed
    assert result.adjustments.total == 10 - 2


def test_growth_rolls_up_bases_too(rep_template):
    monthly = {
        m: PersonPeriodInput(items={"sales_growth": IndicatorInput(actual=a, base=b)}, period=m)
        for m, a, b in ((JUL, 110, 100), (AUG, 90, 100), (SEP, 130, 100))
    }
    q = rollup(rep_template, monthly, Q3)
    assert score(rep_template, q).item("sales_growth").value == pytest.approx(0.1)


def test_joined_mid_quarter_uses_only_employed_months(rep_template):
    monthly = {JUL: month(JUL, 100, 0), AUG: month(AUG, 100, 90), SEP: month(SEP, 100, 110)}
    q = rollup(rep_template, monthly, Q3, months_employed=[AUG, SEP])
    assert q.items["sales_achievement"].actual == 200
    assert q.items["sales_achievement"].target == 200
    result = score(rep_template, q)
    assert "partial_period" in {f.code for f in result.flags}


def test_month_missing_from_quarter_is_flagged(rep_template):
    monthly = {
        JUL: month(JUL, 100, 100),
        AUG: month(AUG, 100, None),
        SEP: month(SEP, 100, 100),
    }
    q = rollup(rep_template, monthly, Q3)
    assert q.items["sales_achievement"].target == 200
    item = score(rep_template, q).item("sales_achievement")
    flag = next(f for f in item.flags if f.code == "rollup_months_missing")
    assert "2026-08" in flag.message("en")
    assert item.scored


def test_year_from_quarters_of_months(rep_template):
    year = Period.parse("2026")
    monthly = [month(m, 100, 100 + m.number) for m in year.months()]
    y = rollup(rep_template, monthly, year)
    assert y.items["sales_achievement"].actual == sum(100 + n for n in range(1, 13))
    assert y.period == year and y.months_employed is None


def test_a_summed_item_is_added_in_whole_millionths(rep_template):
    """146.4 + 78.2 + 0.1 in doubles is 224.70000000000002; to the millionth it is 224.7."""
    jul, aug, sep = Q3.months()
    monthly = {
        m: PersonPeriodInput(items={"sales_achievement": IndicatorInput(1.0, a)}, period=m)
        for m, a in ((jul, 146.4), (aug, 78.2), (sep, 0.1))
    }
    assert 146.4 + 78.2 + 0.1 != 224.7
    assert rollup(rep_template, monthly, Q3).items["sales_achievement"].actual == 224.7
