"""Periods: the one place that finds or creates a stored month/quarter/year, and the list of
months the window offers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodKind, PeriodStatus
from salesperf_desktop.storage.models import PeriodRow


def to_domain(period: PeriodRow) -> Period:
    return Period(period.kind.value, period.year, period.number)


# Built once: every grid save looks its month up, and building the statement cost more than
# running it (SQLAlchemy caches the compiled form of a statement, not its construction).
_PERIOD = select(PeriodRow).where(
    PeriodRow.kind == bindparam("kind"),
    PeriodRow.year == bindparam("year"),
    PeriodRow.number == bindparam("number"),
)


def stored_period(session: Session, period: Period, *, create: bool = False) -> PeriodRow | None:
    """The stored row of *period*; with *create*, made when missing (building block)."""
    kind = PeriodKind(period.kind)
    row = session.scalar(_PERIOD, {"kind": kind, "year": period.year, "number": period.number})
    if row is None and create:
        row = PeriodRow(kind=kind, year=period.year, number=period.number)
        session.add(row)
        session.flush()
    return row


def stored_months(ctx) -> list[Period]:
    """Every month stored in the database, newest first."""
    with ctx.session() as session:
        rows = session.scalars(
            select(PeriodRow)
            .where(PeriodRow.kind == PeriodKind.MONTH)
            .order_by(PeriodRow.year.desc(), PeriodRow.number.desc())
        )
        return [Period.month(p.year, p.number) for p in rows]


def month_choices(ctx, today, stored: list[Period] | None = None) -> list[Period]:
    """The months, quarters and years the entry tab offers: every stored month (*stored*, read
    unless given) plus the current one (newest first), then the quarters and years they make up."""
    stored = stored_months(ctx) if stored is None else stored
    months = sorted(set(stored) | {Period.month(today.year, today.month)}, reverse=True)
    quarters = sorted({m.quarter_of() for m in months}, reverse=True)
    years = sorted({m.year_of() for m in months}, reverse=True)
    return [*months, *quarters, *years]


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
