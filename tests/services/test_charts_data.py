"""What the charts can show: periods with data, the months of a trend, one person's trend."""

from __future__ import annotations

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services.appraisals import period_results


def test_no_data_no_periods(ctx):
    assert cd.chartable_periods(ctx) == []
    assert cd.trend_months(ctx, Period.parse("2026-09")) == []


def test_months_quarters_and_years_with_data_newest_first(demo_ctx):
    periods = [str(p) for p in cd.chartable_periods(demo_ctx)]
    months = [p for p in periods if len(p) == 7 and "Q" not in p]
    assert months == ["2026-10", "2026-09", "2026-08", "2026-07", "2026-06", "2026-05"]
    assert {"2026-Q2", "2026-Q3", "2026-Q4", "2026"} <= set(periods)
    # a quarter comes just before its last month
    assert periods.index("2026-Q3") + 1 == periods.index("2026-09")


def test_a_trend_runs_up_to_the_end_of_the_period(demo_ctx):
    months = cd.trend_months(demo_ctx, Period.parse("2026-Q3"))
    assert [str(m) for m in months] == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]
    assert len(cd.trend_months(demo_ctx, Period.parse("2026-10"), count=3)) == 3


def test_a_persons_trend_has_a_point_per_month(demo_ctx):
    months = cd.trend_months(demo_ctx, Period.parse("2026-10"))
    monthly = [period_results(demo_ctx, m) for m in months]
    person = monthly[-1].people[0]
    trend = cd.person_trend(monthly, person.staff_id, "zh_CN")
    assert len(trend.labels) == len(trend.percents) == len(months)
    assert all(p is not None for p in trend.percents)


def test_a_month_stored_without_entries_is_not_offered(demo_ctx):
    """A month exists as soon as something is stored for it (a target, an appraisal started);
    the charts offer only months with entered figures."""
    from salesperf_desktop.services.periods import stored_period

    with demo_ctx.transaction() as session:
        stored_period(session, Period.parse("2026-11"), create=True)
    periods = [str(p) for p in cd.chartable_periods(demo_ctx)]
    assert "2026-11" not in periods and periods[0] == "2026"
    assert [str(m) for m in cd.trend_months(demo_ctx, Period.parse("2026-11"), 2)] == [
        "2026-09",
        "2026-10",
    ]
