"""Working days on the official Chinese calendar, with the officer's list as a fallback.

Appeal deadlines (seed 002: file within 3 working days, decide within 5) count working days as
the State Council publishes them: public holidays are off and weekend make-up days
(调休上班, e.g. Saturday 2026-10-10) are working days. ``chinese_calendar`` knows this for the
years it ships data for and raises ``NotImplementedError`` for others; for those years we use
Monday–Friday plus the holidays and make-up days the officer entered (``CalendarDay`` rows), and
the screen says so (``WorkdayCalendar.fallback_years``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.storage.models import CalendarDayRow


@lru_cache(maxsize=64)
def official_year(year: int) -> bool:
    """Whether the official calendar (chinese_calendar) has data for *year*."""
    import chinese_calendar

    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def _official_is_workday(day: dt.date) -> bool:
    import chinese_calendar

    return bool(chinese_calendar.is_workday(day))


@dataclass
class WorkdayCalendar:
    """Answers "is this a working day?" and counts working days forward.

    ``overrides`` (day → is working day) are the officer's entries; they are used only in years
    the official calendar does not know, so a stray entry cannot contradict the State Council.
    ``fallback_years`` collects every such year a question touched, for the on-screen notice.
    """

    overrides: dict[dt.date, bool] = field(default_factory=dict)
    fallback_years: set[int] = field(default_factory=set)

    def is_official(self, day: dt.date) -> bool:
        return official_year(day.year)

    def is_workday(self, day: dt.date) -> bool:
        if official_year(day.year):
            return _official_is_workday(day)
        self.fallback_years.add(day.year)
        if day in self.overrides:
            return self.overrides[day]
        return day.weekday() < 5

    def add_workdays(self, start: dt.date, count: int) -> dt.date:
        """The *count*-th working day after *start* (the start day itself is day 0)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_after(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; 0 when end is not after start."""
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return count

    def uses_fallback(self, days: Iterable[dt.date]) -> list[int]:
        """Years among *days* (and everything between them) outside the official calendar."""
        days = list(days)
        if not days:
            return []
        return sorted(
            {y for y in range(min(days).year, max(days).year + 1) if not official_year(y)}
        )


def load_calendar(session: Session) -> WorkdayCalendar:
    rows = session.scalars(select(CalendarDayRow)).all()
    return WorkdayCalendar(overrides={r.day: bool(r.is_workday) for r in rows})


# ----------------------------------------------------------------------------- officer's list


@dataclass(frozen=True)
class CalendarDayRecord:
    day: dt.date
    is_workday: bool
    note: str


def list_calendar_days(session: Session, year: int | None = None) -> list[CalendarDayRecord]:
    query = select(CalendarDayRow).order_by(CalendarDayRow.day)
    if year is not None:
        query = query.where(
            CalendarDayRow.day >= dt.date(year, 1, 1), CalendarDayRow.day <= dt.date(year, 12, 31)
        )
    return [CalendarDayRecord(r.day, bool(r.is_workday), r.note) for r in session.scalars(query)]


def set_calendar_day(session: Session, day: dt.date, is_workday: bool, note: str = "") -> None:
    """Add or change one entry: a holiday on a weekday, or a make-up working day at a weekend."""
    row = session.get(CalendarDayRow, day)
    if row is None:
        session.add(CalendarDayRow(day=day, is_workday=is_workday, note=note))
    else:
        row.is_workday = is_workday
        row.note = note


def remove_calendar_day(session: Session, day: dt.date) -> None:
    row = session.get(CalendarDayRow, day)
    if row is not None:
        session.delete(row)


def replace_calendar_year(session: Session, year: int, rows: Iterable[CalendarDayRecord]) -> None:
    """Replace a year's entries (the editor dialog saves a year at once)."""
    for existing in list_calendar_days(session, year):
        remove_calendar_day(session, existing.day)
    session.flush()
    for r in rows:
        if r.day.year != year:
            raise ValueError(f"{r.day} is not in {year}")
        set_calendar_day(session, r.day, r.is_workday, r.note)
