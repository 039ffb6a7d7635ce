"""Deadlines of the officer's month (本月待办), counted in Chinese working days.

Pure rules over any calendar that answers "is this a working day?" and counts working days
forward (``services.workdays.WorkdayCalendar``: the State Council's notice, with the officer's
entries on top). Stated by seed 002: an appeal is filed within 3 working days of publication and
decided within 5 of filing. Company policy (a default the officer may change, not a seed's
figure): the review interview (GROW) follows publication within 5 working days.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Protocol

# Company policy, not a seed's figure: the review interview within this many working days.
INTERVIEW_WORKING_DAYS = 5


class WorkingDays(Protocol):
    def is_workday(self, day: dt.date) -> bool: ...
    def add_workdays(self, start: dt.date, count: int) -> dt.date: ...


class DueKind(str, enum.Enum):
    """What is due, in the order 本月待办 lists it (the most pressing kinds first)."""

    APPEALS = "appeals"
    ACTIONS = "actions"
    INTERVIEWS = "interviews"
    SIGNATURES = "signatures"
    ENTRIES = "entries"
    TASK_SHEETS = "task_sheets"
    PUBLISH = "publish"


class Urgency(str, enum.Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"  # within SOON_WORKING_DAYS
    LATER = "later"
    NONE = "none"  # no deadline


SOON_WORKING_DAYS = 2


def working_days_left(calendar: WorkingDays, today: dt.date, deadline: dt.date) -> int:
    """Working days from *today* to *deadline*: 0 when it is due today, 3 when three working
    days come before it ends (the deadline's day counted, today not), negative when it passed
    (−2: two working days have gone by since the deadline)."""
    if deadline == today:
        return 0
    step = dt.timedelta(days=1)
    if deadline > today:
        first, last, sign = today + step, deadline, 1
    else:
        first, last, sign = deadline + step, today, -1
    count, day = 0, first
    while day <= last:
        if calendar.is_workday(day):
            count += 1
        day += step
    if sign < 0:
        return -max(count, 1)  # a deadline passed over a holiday is still one day late
    return count


def urgency(days_left: int | None) -> Urgency:
    if days_left is None:
        return Urgency.NONE
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left == 0:
        return Urgency.TODAY
    if days_left <= SOON_WORKING_DAYS:
        return Urgency.SOON
    return Urgency.LATER


def interview_deadline(
    calendar: WorkingDays, published_on: dt.date, days: int = INTERVIEW_WORKING_DAYS
) -> dt.date:
    """The review interview is due *days* working days after the result was published."""
    return calendar.add_workdays(published_on, days)


def filing_deadline(calendar: WorkingDays, published_on: dt.date, days: int = 3) -> dt.date:
    """The last day to file an appeal (seed 002: within 3 working days of publication)."""
    return calendar.add_workdays(published_on, days)


def month_has_ended(year: int, month: int, today: dt.date) -> bool:
    """Whether the month is over on *today* (its actuals are then due)."""
    return (year, month) < (today.year, today.month)
