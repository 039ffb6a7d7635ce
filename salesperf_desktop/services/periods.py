"""Periods: finding or creating the stored month/quarter/year rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.storage.models import Period, PeriodKind


def get_or_create_period(session: Session, kind: PeriodKind, year: int, number: int) -> Period:
    period = session.scalar(
        select(Period).where(Period.kind == kind, Period.year == year, Period.number == number)
    )
    if period is None:
        period = Period(kind=kind, year=year, number=number)
        session.add(period)
        session.flush()
    return period


def list_periods(session: Session, kind: PeriodKind | None = None) -> list[Period]:
    stmt = select(Period).order_by(Period.year.desc(), Period.kind, Period.number.desc())
    if kind is not None:
        stmt = stmt.where(Period.kind == kind)
    return list(session.scalars(stmt))
