"""Annual targets broken down into months (seed 004: seasonal targets), and small helpers.

``split`` divides an annual target evenly or by a seasonal profile (12 factors, normalised);
the months add up exactly to the annual target (decimal arithmetic; the last month absorbs the
rounding). ``apply_targets`` writes the monthly targets for one or several people in one
transaction through ``entry.write_values`` — the grid's lock and audit rules.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.library.demo import SEASONAL_PROFILE
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.amendments import amend_published
from salesperf_desktop.services.entry import CellWrite, write_values
from salesperf_desktop.services.locking import ReasonRequired
from salesperf_desktop.services.metrics_import import lock_index
from salesperf_desktop.storage.models import MetricEntryRow

SETTING = "seasonal_profile"
# Seed 004: lower in the off-season (Spring Festival, summer), higher in the peak (year end).
DEFAULT_PROFILE: tuple[float, ...] = tuple(SEASONAL_PROFILE[m] for m in range(1, 13))
EVEN_PROFILE: tuple[float, ...] = (1.0,) * 12


class ProfileError(ValueError):
    pass


def check_profile(factors: Sequence[float]) -> tuple[float, ...]:
    """12 finite, non-negative factors with a positive sum, else ProfileError."""
    try:
        values = tuple(float(f) for f in factors)
    except (TypeError, ValueError) as exc:
        raise ProfileError("not numbers") from exc
    if len(values) != 12:
        raise ProfileError("12 factors are needed")
    if any(not math.isfinite(v) or v < 0 for v in values) or sum(values) <= 0:
        raise ProfileError("factors must be ≥ 0 and not all 0")
    return values


def load_profile(settings) -> tuple[float, ...]:
    """The saved seasonal profile (the `seasonal_profile` setting), else seed 004's default."""
    stored = settings.get(SETTING)
    if stored:
        try:
            return check_profile(stored)
        except ProfileError:
            pass
    return DEFAULT_PROFILE


def save_profile(settings, factors: Sequence[float]) -> None:
    settings.set(SETTING, list(check_profile(factors)))


def split(annual: float, factors: Sequence[float] | None = None, decimals: int = 0) -> list[float]:
    """Twelve monthly targets adding up exactly to *annual* (by *factors*, else evenly)."""
    weights = [Decimal(str(f)) for f in check_profile(factors or EVEN_PROFILE)]
    total = Decimal(str(annual))
    quantum = Decimal(1).scaleb(-decimals)
    whole = sum(weights)
    months = [(total * w / whole).quantize(quantum, ROUND_HALF_UP) for w in weights[:11]]
    months.append(total - sum(months))
    return [float(m) for m in months]


@dataclass
class MonthState:
    month: Period
    audited: bool = False  # published: changes need a reason and are kept in the audit trail
    locked: set[int] = field(default_factory=set)  # staff whose value is locked this month


def year_states(ctx, year: int, staff_ids: Sequence[int]) -> list[MonthState]:
    """For each month of *year*: published (audited) or not, and whose value is locked."""
    with ctx.session() as session:
        return _year_states(session, year, staff_ids)


def _year_states(session: Session, year: int, staff_ids: Sequence[int]) -> list[MonthState]:
    locks = lock_index(session, Period.of_year(year).months())
    out = []
    for m in range(1, 13):
        month = Period.month(year, m)
        out.append(
            MonthState(
                month,
                (year, m) in locks.audited_months,
                {sid for sid in staff_ids if locks.is_locked(sid, month)},
            )
        )
    return out


class TargetsLocked(Exception):
    def __init__(self, months: list[Period]):
        super().__init__(", ".join(str(m) for m in months))
        self.months = months


@dataclass
class Applied:
    written: int = 0  # monthly values written
    skipped: list[tuple[int, Period]] = field(default_factory=list)  # locked, left alone


def apply_targets(
    ctx,
    indicator: str,
    year: int,
    plan: Mapping[int, Sequence[float]],
    *,
    reason: str = "",
    skip_locked: bool = False,
) -> Applied:
    """Write *plan* (staff id → 12 monthly targets) for *indicator* in one transaction.

    A locked month raises TargetsLocked (nothing written) unless *skip_locked*; a published
    month needs a *reason* (ValueError otherwise) and is audited."""
    result = Applied()
    written: list[Period] = []
    with ctx.transaction() as session:
        states = _year_states(session, year, list(plan))
        locked = [s.month for s in states if s.locked]
        if locked and not skip_locked:
            raise TargetsLocked(locked)
        for state in states:
            writes = []
            for sid, months in plan.items():
                if sid in state.locked:
                    result.skipped.append((sid, state.month))
                    continue
                value = months[state.month.number - 1]
                writes.append(CellWrite(sid, indicator, "target", None if value is None else value))
            if state.audited and writes and not reason.strip():
                raise ReasonRequired()
            count = write_values(
                session, state.month, writes, reason=reason, actor=ctx.actor, amend=False
            )
            result.written += count
            if count:
                written.append(state.month)
        # after publication: re-score once for all the months written (not month by month)
        amend_published(
            session,
            written,
            staff_ids=list(plan),
            reason=reason,
            on=ctx.today(),
            actor=ctx.actor,
            lang=ctx.lang,
        )
    return result


def copy_previous_month(ctx, month: Period, staff_ids: Sequence[int], *, reason: str = "") -> int:
    """Copy every target of the month before *month* into *month* for these people.

    Returns the number of values copied; lock and audit rules as in the grid."""
    prev = (
        Period.month(month.year - 1, 12)
        if month.number == 1
        else (Period.month(month.year, month.number - 1))
    )
    with ctx.transaction() as session:
        row = ap.stored_period(session, prev)
        if row is None:
            return 0
        writes = [
            CellWrite(e.staff_id, e.indicator_code, "target", e.target)
            for e in session.scalars(
                select(MetricEntryRow)
                .where(
                    MetricEntryRow.period_id == row.id,
                    MetricEntryRow.staff_id.in_(list(staff_ids)),
                    MetricEntryRow.target.is_not(None),
                )
                .order_by(MetricEntryRow.staff_id, MetricEntryRow.id)
            )
        ]
        return write_values(
            session, month, writes, reason=reason, actor=ctx.actor, on=ctx.today(), lang=ctx.lang
        )
