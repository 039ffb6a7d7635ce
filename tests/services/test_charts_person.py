"""A person's charts score only their team, each month once, and show exactly what the whole
company's results show for them."""

from __future__ import annotations

import shutil

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services import periods
from salesperf_desktop.services.appraisals import period_results


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


@pytest.fixture
def big(big_file, tmp_path):
    path = tmp_path / "big.sqlite"
    shutil.copy(big_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _whole_company_trend(ctx, staff_id: int, period: Period, count: int) -> cd.Trend:
    """The trend as the charts tab drew it before: everyone scored, month by month."""
    months = cd.trend_months(ctx, period, count)
    return cd.person_trend([period_results(ctx, m) for m in months], staff_id, ctx.lang)


def _everyone(ctx, period: Period) -> list[int]:
    return [p.staff_id for p in period_results(ctx, period).people]


def test_every_demo_persons_trend_is_the_whole_company_one(demo):
    period = Period.month(2026, 10)
    for staff_id in _everyone(demo, period):
        assert cd.trend_for(demo, staff_id, period) == _whole_company_trend(
            demo, staff_id, period, 12
        )


def _last_month(ctx) -> Period:
    return periods.stored_months(ctx)[0]


def test_benchmark_trends_over_24_months_are_the_whole_company_ones(big):
    period = _last_month(big)
    people = _everyone(big, period)
    for staff_id in people[:2] + people[12:14] + people[-2:]:
        trend = cd.trend_for(big, staff_id, period, count=24)
        assert len(trend.labels) == len(periods.stored_months(big))
        assert trend == _whole_company_trend(big, staff_id, period, 24)


def test_a_trend_scores_each_month_once_and_only_once(big):
    period = _last_month(big)
    staff_id = _everyone(big, period)[5]
    misses = big.results.misses
    cd.trend_for(big, staff_id, period)
    assert big.results.misses == misses + 12  # one team scoring per month
    cd.trend_for(big, staff_id, period)
    assert big.results.misses == misses + 12  # drawn again: nothing scored


@pytest.mark.parametrize(
    "period", [Period.month(2026, 9), Period.quarter(2026, 3), Period.of_year(2026)], ids=str
)
def test_radar_and_breakdown_from_the_team_alone_match_the_whole_company(demo, period):
    whole = period_results(demo, period)
    for person in whole.people:
        alone = cd.person_results(demo, person.staff_id, period)
        assert cd.person_radar(alone, person.staff_id, "zh_CN") == cd.person_radar(
            whole, person.staff_id, "zh_CN"
        )
        assert cd.person_breakdown(alone, person.staff_id, "en") == cd.person_breakdown(
            whole, person.staff_id, "en"
        )


def test_people_offered_are_those_the_results_list(demo, big):
    for ctx, period in (
        (demo, Period.month(2026, 10)),
        (demo, Period.of_year(2026)),
        (big, _last_month(big).quarter_of()),
    ):
        listed = [(p.staff_id, p.name, p.employee_no) for p in period_results(ctx, period).people]
        offered = [(p.staff_id, p.name, p.employee_no) for p in cd.people_in(ctx, period)]
        assert offered == listed


def _register_reads(ctx) -> list[str]:
    """The statements that read the whole staff register (the people scoring starts from)."""
    from sqlalchemy import event

    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        if "FROM staff LEFT OUTER JOIN teams" in statement:
            seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", note)
    return seen


def test_a_persons_trend_reads_the_register_once_not_once_a_month(demo):
    """At 3,000 staff, reading and sorting the register twelve times to score a team of 12 was
    most of a trend's time (issue #19)."""
    period = Period.month(2026, 10)
    staff_id = _everyone(demo, period)[0]
    demo.results.clear()
    reads = _register_reads(demo)
    trend = cd.trend_for(demo, staff_id, period)
    assert len(trend.labels) > 1
    assert len(reads) == 1


def test_a_person_added_in_the_same_transaction_is_scored_with_the_register_kept(demo):
    """The register kept in a session is read again once anything scoring reads has changed
    (the data-change counter), also inside the writing transaction itself."""
    from sqlalchemy import select

    from salesperf_desktop.domain.status import StaffStatus
    from salesperf_desktop.services.appraisals import compute_period
    from salesperf_desktop.storage.models import StaffRow

    period = Period.month(2026, 10)
    with demo.transaction() as session:
        before = {p.employee_no for p in compute_period(session, period).people}
        model = session.scalars(select(StaffRow).where(StaffRow.role == "sales_rep")).first()
        session.add(
            StaffRow(
                employee_no="E999",
                name="新同事",
                role=model.role,
                team_id=model.team_id,
                supervisor_id=model.supervisor_id,
                product_line=model.product_line,
                hire_date=model.hire_date,
                status=StaffStatus.REGULAR,
            )
        )
        after = {p.employee_no for p in compute_period(session, period).people}
        session.rollback()
    assert after == before | {"E999"}
