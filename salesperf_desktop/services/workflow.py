"""The period workflow: open → entered → published → signed and locked.

- *entered*: the officer says the month's figures are complete (can be reopened);
- *published*: results are final and frozen into the appraisals (``appraisals.publish_period``),
  the appeal window starts; later changes of entries are audited;
- *locked*: signed forms filed; read-only everywhere (grid, imports, CLI) except through an
  upheld appeal (``locking.ensure_editable``).

Each transition is a use case (``mark_entered(ctx, period)`` …) in its own transaction; a date
not given is the context's today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus, PeriodStatus, status_word
from salesperf_desktop.services.appraisals import publish_period
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import AppraisalRow, MetricEntryRow


class WorkflowError(Exception):
    """The transition is not allowed from the period's current status."""

    def __init__(self, code: str, period: str, status: str):
        super().__init__(f"{period}: cannot {code} a period that is {status}")
        self.code = code
        self.period = period
        self.status = status

    def message(self, lang: str = "zh_CN") -> str:
        status = status_word(PeriodStatus(self.status), lang)
        return render(f"period.cannot_{self.code}", {"period": self.period, "status": status}, lang)


@dataclass(frozen=True)
class PeriodState:
    period: str
    status: PeriodStatus
    published_on: dt.date | None
    locked_on: dt.date | None
    entries: int
    appraisals: int
    signed: int


def status_of(ctx, period: Period) -> PeriodState:
    """The period's status and how many entries, appraisals and signatures it has."""
    with ctx.session() as session:
        return _status_of(session, period)


def mark_entered(ctx, period: Period) -> None:
    """The officer says the month's figures are complete (WorkflowError unless open)."""
    with ctx.transaction() as session:
        _mark_entered(session, period)


def reopen(ctx, period: Period) -> None:
    """Back from entered to open (WorkflowError otherwise)."""
    with ctx.transaction() as session:
        _reopen(session, period)


def publish(ctx, period: Period, on: dt.date | None = None) -> int:
    """Freeze results into the appraisals on *on* (default today); returns how many."""
    with ctx.transaction() as session:
        return _publish(session, period, on or ctx.today(), lang=ctx.lang)


def lock(ctx, period: Period, on: dt.date | None = None) -> int:
    """Sign off and lock on *on* (default today); returns the number of appraisals locked."""
    with ctx.transaction() as session:
        return _lock(session, period, on or ctx.today())


def _status_of(session: Session, period: Period) -> PeriodState:
    row = stored_period(session, period)
    if row is None:
        return PeriodState(period.format(), PeriodStatus.OPEN, None, None, 0, 0, 0)
    entries = session.scalar(
        select(func.count()).select_from(MetricEntryRow).where(MetricEntryRow.period_id == row.id)
    )
    counts = dict(
        session.execute(
            select(AppraisalRow.status, func.count())
            .where(AppraisalRow.period_id == row.id)
            .group_by(AppraisalRow.status)
        ).all()
    )
    return PeriodState(
        period.format(),
        row.status,
        row.published_on,
        row.locked_on,
        int(entries or 0),
        int(sum(counts.values())),
        int(counts.get(AppraisalStatus.SIGNED, 0)),
    )


def _mark_entered(session: Session, period: Period) -> None:
    row = stored_period(session, period, create=True)
    if row.status is not PeriodStatus.OPEN:
        raise WorkflowError("mark_entered", period.format(), row.status.value)
    row.status = PeriodStatus.ENTERED


def _reopen(session: Session, period: Period) -> None:
    row = stored_period(session, period, create=True)
    if row.status is not PeriodStatus.ENTERED:
        raise WorkflowError("reopen", period.format(), row.status.value)
    row.status = PeriodStatus.OPEN


def _publish(session: Session, period: Period, on: dt.date, *, lang: str = "zh_CN") -> int:
    """Freeze results into the appraisals; returns how many were published."""
    row = stored_period(session, period, create=True)
    if row.status not in (PeriodStatus.OPEN, PeriodStatus.ENTERED):
        raise WorkflowError("publish", period.format(), row.status.value)
    return publish_period(session, period, on, lang=lang)


def _lock(session: Session, period: Period, on: dt.date) -> int:
    """Sign off and lock a published period; returns the number of appraisals locked."""
    row = stored_period(session, period, create=True)
    if row.status is not PeriodStatus.PUBLISHED:
        raise WorkflowError("lock", period.format(), row.status.value)
    row.status = PeriodStatus.LOCKED
    row.locked_on = on
    count = 0
    for appraisal in session.scalars(select(AppraisalRow).where(AppraisalRow.period_id == row.id)):
        if appraisal.locked_on is None:
            appraisal.locked_on = on
        count += 1
    return count
