"""The reads the window's tabs make as it starts, named once: for the tabs, and for start-up to
hand them to the reader process ahead of the tabs (``ReaderProcess.send_ahead``).

At 3,000 staff × 36 months the reader process's reads (the staff register, the Charts period,
the Monthly entry month when stored, 本月待办) take about a second one after the other, and the window's
process needs a further 0.2-0.3 s after the full open to load the modules its tabs are made of
and build them. Sent as soon as the file is open, the reads run meanwhile; each tab's own read,
when it comes, is given the one made ahead if it asks for exactly the same and nothing has been
written to the file since (``reader_worker``). The tabs' default choices below are therefore
the tabs' own: a tab that chose differently would only read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from salesperf_desktop.domain.periods import Period

if TYPE_CHECKING:
    from salesperf_desktop.services.chart_work import ChartRequest

# The staff register's order at start: by its first column (employee ID), ascending; as
# ``staff_register``'s *by* (column, descending).
REGISTER_START_ORDER = (0, False)


@dataclass(frozen=True)
class StartReads:
    """What the window reads as it starts, as far as it is known before the file is open."""

    today: dt.date
    lang: str
    # The staff register's labels (``RegisterLabels``' fields, made by the GUI thread's
    # translator); None: the staff tab is not the one shown first.
    register_labels: tuple[dict[str, str], dict[str, str], dict[str, str]] | None
    due: bool = True  # 本月待办 is read (its panel is shown)


def entry_start_month(months: list[Period]) -> Period | None:
    """The Monthly entry tab's period at start: the first it offers (``month_choices``)."""
    return months[0] if months else None


def entry_read_there(month: Period, stored: Collection[Period]) -> bool:
    """Whether the reader process reads a Monthly entry month while the window is busy: a
    month not stored holds nothing yet, and is scored from nothing in a tenth of a second at
    3,000 staff (once per template, ``domain.scoring``), less than pickling it there and back
    costs; the window's process reads it itself and the reader's other reads come sooner."""
    return month in stored


def chart_start_period(periods: list[Period]) -> Period | None:
    """The Charts tab's period at start: the latest month with data, else the first offered."""
    return next((p for p in periods if p.kind == "month"), periods[0] if periods else None)


def chart_start_request(period: Period, lang: str) -> ChartRequest:
    """The Charts tab's chart at start: the first person chart, of the first person."""
    from salesperf_desktop.services.chart_work import PERSON_CHARTS, ChartRequest

    return ChartRequest(
        chart=PERSON_CHARTS[0], period=period, scope="person", subject=None, lang=lang
    )


def reads_of(ctx, plan: StartReads) -> list[tuple[Callable[..., Any], tuple]]:
    """The reads *plan* makes, in the order the window needs them: the tab shown first, the
    chart (drawn as soon as matplotlib is in), the month, then 本月待办 (the longest)."""
    from salesperf_desktop.services import charts_data as cd
    from salesperf_desktop.services.chart_work import person_chart
    from salesperf_desktop.services.due import due_this_month
    from salesperf_desktop.services.entry import read_sheet
    from salesperf_desktop.services.periods import month_choices, stored_months
    from salesperf_desktop.services.staff_register import RegisterLabels, staff_register

    reads: list[tuple[Callable[..., Any], tuple]] = []
    if plan.register_labels is not None:
        labels = RegisterLabels(*plan.register_labels)
        reads.append((staff_register, (labels, REGISTER_START_ORDER)))
    period = chart_start_period(cd.chartable_periods(ctx))
    if period is not None:
        reads.append((person_chart, (chart_start_request(period, plan.lang),)))
    stored = stored_months(ctx)
    month = entry_start_month(month_choices(ctx, plan.today, stored))
    if month is not None and entry_read_there(month, stored):
        reads.append((read_sheet, (month, plan.lang)))
    if plan.due:
        reads.append((due_this_month, (plan.today, plan.lang)))
    return reads
