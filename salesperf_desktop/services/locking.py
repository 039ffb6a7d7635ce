"""Who may change what: the one guard every writer (grid, imports, CLI, templates) calls.

Open and entered periods are editable. After publication a change is allowed with a reason:
it is audited and the published, unsigned results it feeds are re-scored at once
(``services.amendments``). A signed appraisal or a locked period is read-only; the refusal
names the way forward, an appeal: only an upheld appeal (services.appeals, which passes
``appeal_id``) may change it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.status import AppraisalStatus, PeriodStatus
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow


class LockedError(CodedError):
    """The value belongs to a signed appraisal or a locked period (codes "locked.*")."""


class ReasonRequired(CodedError, ValueError):
    """A change after publication needs the officer's reason (it goes to the audit trail)."""

    def __init__(self):
        super().__init__("locked.reason_required")


def period_is_locked(period: PeriodRow) -> bool:
    return period.status is PeriodStatus.LOCKED


def ensure_editable(
    session: Session, staff_id: int, period: PeriodRow, *, appeal_id: int | None = None
) -> None:
    """Raise LockedError unless the person's value in this (month) period may change.

    A month also counts as locked when the quarter or year containing it has a signed
    appraisal for the person, because that appraisal was computed from the month.
    """
    if appeal_id is not None:
        return
    if period_is_locked(period):
        raise LockedError("locked.period", period=period.key)
    signed = session.scalar(
        select(AppraisalRow.period_id)
        .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
        .where(
            AppraisalRow.staff_id == staff_id,
            AppraisalRow.status == AppraisalStatus.SIGNED,
            PeriodRow.year == period.year,
            (PeriodRow.id == period.id) | _containing(period),
        )
        .order_by((PeriodRow.id == period.id).desc())
        .limit(1)
    )
    if signed == period.id:
        raise LockedError("locked.signed", period=period.key)
    if signed is not None:
        raise LockedError("locked.covering", period=period.key)


def _containing(period: PeriodRow):
    from salesperf_desktop.domain.status import PeriodKind

    if period.kind is not PeriodKind.MONTH:
        return PeriodRow.id == -1
    quarter = (period.number - 1) // 3 + 1
    return ((PeriodRow.kind == PeriodKind.QUARTER) & (PeriodRow.number == quarter)) | (
        PeriodRow.kind == PeriodKind.YEAR
    )
