"""Working days on the official Chinese calendar; weekends + the officer's list otherwise."""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.services.workdays import (
    CalendarDayRecord,
    WorkdayCalendar,
    list_calendar_days,
    load_calendar,
    official_year,
    replace_calendar_year,
    set_calendar_day,
)

D = dt.date


def test_national_day_2026_and_the_make_up_saturday():
    cal = WorkdayCalendar()
    assert cal.is_workday(D(2026, 9, 30))
    assert not any(cal.is_workday(D(2026, 10, d)) for d in range(1, 8))  # 1–7 October off
    assert cal.is_workday(D(2026, 10, 10))  # Saturday, make-up working day
    assert not cal.is_workday(D(2026, 10, 11))  # Sunday
    assert cal.fallback_years == set()


def test_counting_forward_over_the_holiday():
    cal = WorkdayCalendar()
    # Published Wednesday 30 September: working days 8 Oct, 9 Oct, Sat 10 Oct (make-up).
    assert cal.add_workdays(D(2026, 9, 30), 3) == D(2026, 10, 10)
    # Filed Friday 9 October: 10, 12, 13, 14, 15 October.
    assert cal.add_workdays(D(2026, 10, 9), 5) == D(2026, 10, 15)
    assert cal.workdays_after(D(2026, 9, 30), D(2026, 10, 10)) == 3
    assert cal.add_workdays(D(2026, 9, 30), 0) == D(2026, 9, 30)


def test_unknown_year_falls_back_to_weekends_and_the_officers_list(ctx):
    year = 2040
    assert not official_year(year)
    with ctx.transaction() as session:
        set_calendar_day(session, D(year, 1, 1), False, "元旦")  # a Sunday anyway
        set_calendar_day(session, D(year, 1, 2), False, "元旦调休")  # Monday off
        set_calendar_day(session, D(year, 1, 7), True, "调休上班")  # Saturday worked
    with ctx.session() as session:
        cal = load_calendar(session)
        assert [r.day for r in list_calendar_days(session, year)] == [
            D(year, 1, 1),
            D(year, 1, 2),
            D(year, 1, 7),
        ]
    assert not cal.is_workday(D(year, 1, 2))
    assert cal.is_workday(D(year, 1, 3))
    assert cal.is_workday(D(year, 1, 7))
    assert not cal.is_workday(D(year, 1, 8))  # Sunday
    # Friday 30 Dec 2039 + 3 working days: 3, 4, 5 January 2040 (2 Jan is the holiday).
    assert cal.add_workdays(D(year - 1, 12, 30), 3) == D(year, 1, 5)
    assert year in cal.fallback_years


def test_officers_entries_never_override_an_official_year(ctx):
    with ctx.transaction() as session:
        set_calendar_day(session, D(2026, 10, 8), False, "wrong")
    with ctx.session() as session:
        assert load_calendar(session).is_workday(D(2026, 10, 8))


def test_replace_a_year(ctx):
    with ctx.transaction() as session:
        set_calendar_day(session, D(2040, 5, 1), False, "劳动节")
    with ctx.transaction() as session:
        replace_calendar_year(session, 2040, [CalendarDayRecord(D(2040, 10, 1), False, "国庆")])
    with ctx.session() as session:
        assert [r.day for r in list_calendar_days(session)] == [D(2040, 10, 1)]
