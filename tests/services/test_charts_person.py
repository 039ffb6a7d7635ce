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


def test_a_trend_scores_only_its_months_without_a_published_result(big):
    """A published (or locked) month's point is the kept result: nobody is scored for it. The
    others are scored once each, for the person's team, and not again when drawn again."""
    period = _last_month(big)
    staff_id = _everyone(big, period)[5]
    months = cd.trend_months(big, period)
    published = {p.key for p in periods.published_periods(big)}
    unpublished = [m for m in months if str(m) not in published]
    assert 0 < len(unpublished) < len(months)  # (the file publishes all but its last months)
    big.results.clear()
    misses = big.results.misses
    trend = cd.trend_for(big, staff_id, period)
    assert len(trend.labels) == 12 and None not in trend.percents
    assert big.results.misses == misses + len(unpublished)
    cd.trend_for(big, staff_id, period)
    assert big.results.misses == misses + len(unpublished)  # drawn again: nothing scored


def test_a_trend_scores_a_draft_month_once_for_the_team(demo):
    """The demo's October is open (draft appraisals): only October is scored, for the person's
    team; the published and signed months before it are the kept results."""
    october, september = Period.month(2026, 10), Period.month(2026, 9)
    staff_id = _everyone(demo, october)[0]
    for period, scored in ((october, 1), (september, 0)):
        demo.results.clear()
        misses = demo.results.misses
        trend = cd.trend_for(demo, staff_id, period)
        assert demo.results.misses == misses + scored
        assert trend == _whole_company_trend(demo, staff_id, period, 12)


def test_a_trend_shows_the_amended_published_result(demo):
    """A figure corrected after publication (services.amendments re-scores the kept result):
    the trend's September point is the amended total, as every other screen shows it."""
    from salesperf_desktop.services.entry import CellWrite, save_values
    from tests.services.support import staff_id as staff_of

    september = Period.month(2026, 9)
    person = staff_of(demo, "E005")
    before = cd.trend_for(demo, person, september)
    save_values(
        demo,
        september,
        [CellWrite(person, "sales_achievement", "actual", 400_000)],
        reason="ERP补录",
    )
    after = cd.trend_for(demo, person, september)
    assert after.percents[-1] != before.percents[-1]
    assert after.achievements[-1] > before.achievements[-1]
    assert after.percents[:-1] == before.percents[:-1]
    assert after == _whole_company_trend(demo, person, september, 12)


def test_a_person_with_leave_or_a_move_is_scored_as_the_whole_company_does(demo):
    """Leave and moves are arranged and prorated by the scoring (services.movements): such a
    person's trend is scored, and equals the whole company's."""
    import datetime as dt

    from salesperf_desktop.services import movements as mvs
    from tests.services.support import staff_id as staff_of

    october = Period.month(2026, 10)
    on_leave, moved = staff_of(demo, "E003"), staff_of(demo, "E005")
    whole_month = mvs.LeaveDraft("maternity", dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    mvs.record_leave(demo, on_leave, whole_month, reason="补录产假")
    move = mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", 3, "sales_rep", "区域调整")
    mvs.record_move(demo, moved, move)
    for person in (on_leave, moved):
        trend = cd.trend_for(demo, person, october)
        assert trend == _whole_company_trend(demo, person, october, 12)
    assert None in cd.trend_for(demo, on_leave, october).percents  # not graded: on leave


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
