"""Working days in mainland China: the ``holidays`` package, with the officer's notice on top.

Appeal deadlines (seed 002: file within 3 working days, decide within 5) count working days as
the State Council's General Office publishes them each autumn for the next year: public holidays
are off and weekend make-up days (调休上班, e.g. Saturday 2026-10-10) are working days.

The maintained ``holidays`` package knows the statutory holidays of any year by rule and, for
every year whose notice it ships, the published schedule with its make-up working days
(``weekend_workdays``). Each year is therefore one of:

* **official** — the package has that year's notice (it lists make-up working days in it);
* **entered** — the officer entered that year's notice herself (``CalendarDayRow``); it counts
  as official, her source, and her days win over the package's, day by day;
* **estimated** — neither: statutory holidays by rule, with a holiday that falls at a weekend
  given on the next working day, and no make-up working days yet. Deadlines in such a year are
  labelled estimated on screen, in the CLI and on the printed form.

When she enters a year the package only estimates, the package's guessed in-lieu days are
dropped for that year (her notice says where they fall); statutory holidays stay off unless she
lists them as working days.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from salesperf_desktop.domain.messages import render
from salesperf_desktop.storage.models import CalendarDayRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from salesperf_desktop.app_context import AppContext


class YearSource(str, Enum):
    OFFICIAL = "official"  # the State Council's notice, shipped in the holidays package
    ENTERED = "entered"  # the notice as the officer entered it
    ESTIMATED = "estimated"  # statutory holidays by rule; make-up working days not published yet


@dataclass(frozen=True)
class YearCalendar:
    """Where one year's working days come from."""

    year: int
    source: YearSource

    @property
    def official(self) -> bool:
        return self.source is not YearSource.ESTIMATED


# ----------------------------------------------------------------------------- the package


@lru_cache(maxsize=16)
def _china(year: int, observed: bool = True):
    """The package's China calendar around *year*: a notice may move a day across New Year
    (the 2006 notice made Saturday 2005-12-31 a working day), so the years either side too."""
    return _china_class()(years=range(year - 1, year + 2), observed=observed)


_IMPORT_LOCK = threading.Lock()
_CHINA = "holidays.countries.china"


def _china_class():
    """The package's ``China`` class, loaded when first counted with. Only that country's
    module is run: importing it the usual way runs ``holidays.countries`` first, which imports
    all of the package's ~300 countries (0.2 s of CPU at every start, for the 本月待办 panel's
    appeal deadlines; 0.015 s for China alone). Where the module is no plain file (a bundled
    program) or the package's countries are loaded already, it is imported the usual way."""
    with _IMPORT_LOCK:
        module = sys.modules.get(_CHINA)
        if module is None:
            module = _load_alone(_CHINA) or importlib.import_module(_CHINA)
        return module.China


def load_calendar_package() -> None:
    """The package's China calendar loaded now (the reader process's warm-up: 0.05-0.08 s that
    本月待办's first read would otherwise spend)."""
    _china_class()


def _load_alone(name: str):
    """*name* (a module of ``holidays.countries``) run without its package's ``__init__``;
    None when it cannot be (then the usual import does)."""
    import holidays  # the package itself: its own names load lazily

    if "holidays.countries" in sys.modules:
        return None
    path = Path(holidays.__file__).parent / "countries" / (name.rsplit(".", 1)[1] + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a later ``import holidays.countries`` reuses it
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


@lru_cache(maxsize=64)
def package_has_notice(year: int) -> bool:
    """Whether the installed ``holidays`` ships the State Council's schedule for *year*.

    Every notice since 2001 moves at least one working day to a weekend; a year with none in the
    package is one whose notice the package does not have yet.
    """
    return any(day.year == year for day in _china(year).weekend_workdays)


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:  # pragma: no cover - it is a dependency
        return "?"


def _package_is_workday(day: dt.date, *, with_estimated_in_lieu: bool = True) -> bool:
    if with_estimated_in_lieu or package_has_notice(day.year):
        return bool(_china(day.year).is_working_day(day))
    return day.weekday() < 5 and day not in _china(day.year, observed=False)


# ----------------------------------------------------------------------------- the calendar


@dataclass
class WorkdayCalendar:
    """Answers "is this a working day?" and counts working days forward.

    ``overrides`` (day → is working day) are the officer's entries; they win over the package.
    A year with any entry counts as entered (official, her source).
    """

    overrides: dict[dt.date, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._entered_years = frozenset(day.year for day in self.overrides)

    def source(self, year: int) -> YearSource:
        if year in self._entered_years:
            return YearSource.ENTERED
        if package_has_notice(year):
            return YearSource.OFFICIAL
        return YearSource.ESTIMATED

    def year(self, year: int) -> YearCalendar:
        return YearCalendar(year, self.source(year))

    def years(self, years: Iterable[int]) -> tuple[YearCalendar, ...]:
        return tuple(self.year(y) for y in sorted(set(years)))

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        entered = day.year in self._entered_years
        return _package_is_workday(day, with_estimated_in_lieu=not entered)

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

    def years_spanned(self, days: Iterable[dt.date | None]) -> tuple[YearCalendar, ...]:
        """Every year from the earliest to the latest of *days*, with its source."""
        known = [d for d in days if d is not None]
        if not known:
            return ()
        return self.years(range(min(known).year, max(known).year + 1))


def load_calendar(session: Session) -> WorkdayCalendar:
    """Building block: the calendar with the officer's entries, inside a caller's session."""
    rows = session.scalars(select(CalendarDayRow)).all()
    return WorkdayCalendar(overrides={r.day: bool(r.is_workday) for r in rows})


def workday_calendar(ctx: AppContext) -> WorkdayCalendar:
    """The calendar the screens and the CLI count with (the officer's entries included)."""
    with ctx.session() as session:
        return load_calendar(session)


def calendar_years(ctx: AppContext, years: Iterable[int]) -> tuple[YearCalendar, ...]:
    """Official, entered or estimated, for each of *years* (the appeals screen's notice)."""
    return workday_calendar(ctx).years(years)


# ----------------------------------------------------------------------------- officer's notice


@dataclass(frozen=True)
class CalendarDayRecord:
    day: dt.date
    is_workday: bool
    note: str = ""


@dataclass(frozen=True)
class PackageDay:
    """A day the package treats differently from a plain Monday-to-Friday week."""

    day: dt.date
    is_workday: bool
    name: str


@dataclass(frozen=True)
class YearNotice:
    """One year as the calendar dialog shows it."""

    year: int
    source: YearSource
    package_has_notice: bool
    entered: tuple[CalendarDayRecord, ...]


def package_days(year: int, lang: str = "zh_CN") -> tuple[PackageDay, ...]:
    """The package's days off on weekdays and working days at weekends in *year*, so the officer
    can start her entry of a notice from them (names in *lang*)."""
    from holidays.countries.china import China

    names = China(years=year, language={"zh_TW": "zh_TW", "en": "en_US"}.get(lang, "zh_CN"))
    out = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        working = _package_is_workday(day)
        if working != (day.weekday() < 5):
            out.append(PackageDay(day, working, "" if working else names.get(day, "")))
        day += dt.timedelta(days=1)
    return tuple(out)


def list_calendar_days(session: Session, year: int | None = None) -> list[CalendarDayRecord]:
    query = select(CalendarDayRow).order_by(CalendarDayRow.day)
    if year is not None:
        query = query.where(
            CalendarDayRow.day >= dt.date(year, 1, 1), CalendarDayRow.day <= dt.date(year, 12, 31)
        )
    return [CalendarDayRecord(r.day, bool(r.is_workday), r.note) for r in session.scalars(query)]


def year_notice(ctx: AppContext, year: int) -> YearNotice:
    with ctx.session() as session:
        entered = tuple(list_calendar_days(session, year))
        source = load_calendar(session).source(year)
    return YearNotice(year, source, package_has_notice(year), entered)


def save_year_notice(ctx: AppContext, year: int, rows: Sequence[CalendarDayRecord]) -> YearSource:
    """Replace *year*'s entries with *rows* in one transaction, and count the deadlines of
    undecided appeals again; an empty list hands the year back to the package. Returns the
    year's source afterwards. The year's entries as stored write nothing."""
    with ctx.transaction() as session:
        if list_calendar_days(session, year) != sorted(rows, key=lambda r: r.day):
            replace_calendar_year(session, year, rows)
            recount_appeals(ctx, session, [year])
    return YearSource.ENTERED if rows else workday_calendar(ctx).source(year)


def recount_appeals(ctx: AppContext, session: Session, years: Sequence[int]) -> list[str]:
    """Building block: after *years* were entered, undecided appeals are counted again."""
    from salesperf_desktop.services import appeals  # appeals counts with this module

    filing, decision = appeals.appeal_days(ctx)
    session.flush()
    return appeals.recount_pending_deadlines(
        session,
        load_calendar(session),
        filing_days=filing,
        decision_days=decision,
        actor=ctx.actor,
        reason=render("calendar.recounted", {"years": ", ".join(map(str, years))}, ctx.lang),
    )


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
    """Building block: replace a year's entries (the dialog and the workbook save a year at once)."""
    rows = list(rows)
    for r in rows:
        if r.day.year != year:
            raise ValueError(f"{r.day} is not in {year}")
    for existing in list_calendar_days(session, year):
        remove_calendar_day(session, existing.day)
    session.flush()
    for r in rows:
        set_calendar_day(session, r.day, r.is_workday, r.note)
