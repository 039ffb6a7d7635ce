"""Working days: the holidays package's official notices, estimates for years it lacks, and the
officer's own entry of a notice, which wins."""

from __future__ import annotations

import datetime as dt

import pytest

from salesperf_desktop.services.workdays import (
    CalendarDayRecord,
    WorkdayCalendar,
    YearSource,
    calendar_years,
    list_calendar_days,
    package_days,
    package_has_notice,
    replace_calendar_year,
    save_year_notice,
    set_calendar_day,
    workday_calendar,
    year_notice,
)

D = dt.date


def _skip_if_the_package_has_2027():
    if package_has_notice(2027):
        pytest.skip("the installed holidays package already ships the 2027 notice")


def test_national_day_2026_and_the_make_up_saturday():
    cal = WorkdayCalendar()
    assert cal.is_workday(D(2026, 9, 30))
    assert not any(cal.is_workday(D(2026, 10, d)) for d in range(1, 8))  # 1–7 October off
    assert cal.is_workday(D(2026, 10, 10))  # Saturday, make-up working day
    assert not cal.is_workday(D(2026, 10, 11))  # Sunday
    assert cal.source(2026) is YearSource.OFFICIAL


def test_counting_forward_over_the_holiday():
    cal = WorkdayCalendar()
    # Published Wednesday 30 September: working days 8 Oct, 9 Oct, Sat 10 Oct (make-up).
    assert cal.add_workdays(D(2026, 9, 30), 3) == D(2026, 10, 10)
    # Filed Friday 9 October: 10, 12, 13, 14, 15 October.
    assert cal.add_workdays(D(2026, 10, 9), 5) == D(2026, 10, 15)
    assert cal.add_workdays(D(2026, 9, 30), 0) == D(2026, 9, 30)


def test_a_notice_moving_a_day_across_new_year_is_kept():
    # The 2006 notice made Saturday 31 December 2005 a working day (chinesecalendar missed it).
    assert WorkdayCalendar().is_workday(D(2005, 12, 31))


def test_2027_is_estimated_statutory_holidays_by_rule_without_make_up_days():
    _skip_if_the_package_has_2027()
    cal = WorkdayCalendar()
    assert cal.source(2027) is YearSource.ESTIMATED
    assert not cal.is_workday(D(2027, 1, 1))  # New Year's Day, a Friday
    assert not cal.is_workday(D(2027, 10, 1))
    # National Day 2–3 Oct falls at the weekend: given on Monday 4 and Tuesday 5 October.
    assert not cal.is_workday(D(2027, 10, 4)) and not cal.is_workday(D(2027, 10, 5))
    assert not cal.is_workday(D(2027, 10, 9))  # no make-up Saturday is known yet
    # Published Thursday 30 September 2027: 6, 7, 8 October.
    assert cal.add_workdays(D(2027, 9, 30), 3) == D(2027, 10, 8)


def test_a_year_far_ahead_is_estimated():
    assert WorkdayCalendar().source(2040) is YearSource.ESTIMATED
    assert not package_has_notice(2040)


def test_her_entry_wins_over_the_package_and_the_year_counts_as_hers(ctx):
    with ctx.transaction() as session:
        # The company was told to work on Wednesday 7 October 2026 (a package holiday).
        set_calendar_day(session, D(2026, 10, 7), True, "公司安排")
    cal = workday_calendar(ctx)
    assert cal.is_workday(D(2026, 10, 7))
    assert not cal.is_workday(D(2026, 10, 6))  # the rest of the package's year still holds
    assert cal.is_workday(D(2026, 10, 10))  # the package's make-up day still counts
    assert cal.source(2026) is YearSource.ENTERED
    assert cal.add_workdays(D(2026, 9, 30), 3) == D(2026, 10, 9)  # 7, 8, 9 October


def test_entering_the_2027_notice_makes_the_year_hers_and_replaces_the_estimate(ctx):
    _skip_if_the_package_has_2027()
    # A notice as the State Council might publish it: 1–7 October off, Saturday 9 October worked.
    notice = [CalendarDayRecord(D(2027, 10, d), False, "国庆节") for d in range(1, 8)]
    notice.append(CalendarDayRecord(D(2027, 10, 9), True, "调休上班"))
    assert calendar_years(ctx, [2027])[0].source is YearSource.ESTIMATED
    assert save_year_notice(ctx, 2027, notice) is YearSource.ENTERED
    cal = workday_calendar(ctx)
    assert [y.source for y in calendar_years(ctx, [2026, 2027])] == [
        YearSource.OFFICIAL,
        YearSource.ENTERED,
    ]
    assert not cal.is_workday(D(2027, 10, 6)) and not cal.is_workday(D(2027, 10, 7))
    assert cal.is_workday(D(2027, 10, 9))
    # Published Thursday 30 September 2027: 8 Oct (Fri), 9 Oct (make-up Sat), 11 Oct.
    assert cal.add_workdays(D(2027, 9, 30), 3) == D(2027, 10, 11)
    # Her notice says where days off fall: the package's guessed in-lieu days go, the
    # statutory days stay (Spring Festival she has not typed in).
    assert cal.is_workday(D(2027, 2, 9))
    assert not cal.is_workday(D(2027, 2, 8))
    # An empty list hands the year back to the package.
    assert save_year_notice(ctx, 2027, []) is YearSource.ESTIMATED
    assert year_notice(ctx, 2027).entered == ()


def test_year_notice_for_the_dialog(ctx):
    with ctx.transaction() as session:
        set_calendar_day(session, D(2040, 1, 2), False, "元旦调休")
    notice = year_notice(ctx, 2040)
    assert notice.source is YearSource.ENTERED and not notice.package_has_notice
    assert notice.entered == (CalendarDayRecord(D(2040, 1, 2), False, "元旦调休"),)
    assert year_notice(ctx, 2026).source is YearSource.OFFICIAL


def test_package_days_are_a_starting_point_for_her_entry():
    days = {d.day: d for d in package_days(2026, "zh_CN")}
    assert days[D(2026, 10, 10)].is_workday  # make-up Saturday
    assert not days[D(2026, 10, 1)].is_workday and days[D(2026, 10, 1)].name == "国庆节"
    assert D(2026, 10, 3) not in days  # a Saturday off anyway is not listed


def test_replace_a_year(ctx):
    with ctx.transaction() as session:
        set_calendar_day(session, D(2040, 5, 1), False, "劳动节")
    with ctx.transaction() as session:
        replace_calendar_year(session, 2040, [CalendarDayRecord(D(2040, 10, 1), False, "国庆")])
    with ctx.session() as session:
        assert [r.day for r in list_calendar_days(session)] == [D(2040, 10, 1)]


def test_a_day_outside_the_year_is_refused_and_nothing_changes(ctx):
    save_year_notice(ctx, 2040, [CalendarDayRecord(D(2040, 5, 1), False, "劳动节")])
    with pytest.raises(ValueError):
        save_year_notice(ctx, 2040, [CalendarDayRecord(D(2041, 1, 1), False, "")])
    assert [r.day for r in year_notice(ctx, 2040).entered] == [D(2040, 5, 1)]


def test_entering_the_notice_recounts_undecided_appeals_and_audits_it(demo_ctx):
    _skip_if_the_package_has_2027()
    from salesperf_desktop.services import appeals
    from salesperf_desktop.services.audit import trail_for_appraisal
    from tests.services.test_pdf_reprint import _september_appraisal

    with demo_ctx.transaction() as session:
        appraisal = _september_appraisal(session, "E003")
        appraisal.published_on = D(2027, 9, 30)
        appeal = appeals.file_appeal(
            session, appraisal.id, filed_on=D(2027, 10, 8), reason="订单漏计"
        )
        appraisal_id, number = appraisal.id, appeal.number
        # Estimated 2027: 1–5 October off, no make-up Saturday.
        assert (appeal.filing_deadline, appeal.decision_due) == (D(2027, 10, 8), D(2027, 10, 15))
    notice = [CalendarDayRecord(D(2027, 10, d), False, "国庆节") for d in range(1, 8)]
    save_year_notice(demo_ctx, 2027, [*notice, CalendarDayRecord(D(2027, 10, 9), True, "")])
    with demo_ctx.session() as session:
        record = next(r for r in appeals.appeal_rows(session) if r.number == number)
        # Official now: 8 Oct, Sat 9 Oct, 11 Oct to file; decided by 9, 11, 12, 13, 14 Oct.
        assert (record.filing_deadline, record.decision_due) == (D(2027, 10, 11), D(2027, 10, 14))
        trail = [e for e in trail_for_appraisal(session, appraisal_id) if e.entity == "appeal"]
    assert any(
        e.field == "decision_due" and e.new_value == "2027-10-14" and "2027" in e.reason
        for e in trail
    )


def test_counting_loads_china_alone_and_the_package_still_imports_whole():
    """The 本月待办 panel counts appeal deadlines at every start: only China's calendar module is
    run for it (the package's own ``holidays.countries`` imports ~300 countries), and the
    package imported the usual way afterwards is whole and shares that module."""
    import subprocess
    import sys

    script = (
        "import datetime as dt, sys\n"
        "from salesperf_desktop.services.workdays import WorkdayCalendar\n"
        "cal = WorkdayCalendar()\n"
        "print(cal.add_workdays(dt.date(2026, 9, 30), 3), cal.is_workday(dt.date(2026, 10, 10)))\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))\n"
        "import holidays.countries as hc\n"
        "print(hc.China is sys.modules['holidays.countries.china'].China, hc.Germany.__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["2026-10-10 True", "['holidays.countries.china']", "True Germany"]
