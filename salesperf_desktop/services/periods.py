"""Periods: finding or creating the stored month/quarter/year rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.status import PeriodKind, PeriodStatus
from salesperf_desktop.storage.models import PeriodRow


def get_or_create_period(session: Session, kind: PeriodKind, year: int, number: int) -> PeriodRow:
    period = session.scalar(
        select(PeriodRow).where(
            PeriodRow.kind == kind, PeriodRow.year == year, PeriodRow.number == number
        )
    )
    if period is None:
        period = PeriodRow(kind=kind, year=year, number=number)
        session.add(period)
        session.flush()
    return period


def list_periods(session: Session, kind: PeriodKind | None = None) -> list[PeriodRow]:
    stmt = select(PeriodRow).order_by(
        PeriodRow.year.desc(), PeriodRow.kind, PeriodRow.number.desc()
    )
    if kind is not None:
        stmt = stmt.where(PeriodRow.kind == kind)
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class PeriodChoice:
    id: int
    key: str
    status: PeriodStatus


def published_periods(ctx) -> list[PeriodChoice]:
    """Published and locked periods, newest first (the results the reviews work on)."""
    with ctx.session() as session:
        rows = session.scalars(
            select(PeriodRow)
            .where(PeriodRow.status.in_([PeriodStatus.PUBLISHED, PeriodStatus.LOCKED]))
            .order_by(PeriodRow.year.desc(), PeriodRow.number.desc())
        )
        return [PeriodChoice(p.id, p.key, p.status) for p in rows]
