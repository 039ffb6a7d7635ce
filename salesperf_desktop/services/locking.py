"""Who may change what: the one guard every writer (grid, imports, CLI, templates) calls.

Open and entered periods are editable. After publication a change is allowed with a reason:
it is audited and the published, unsigned results it feeds are re-scored at once
(``services.amendments``). A signed appraisal or a locked period is read-only; the refusal
names the way forward, an appeal: only an upheld appeal (services.appeals, which passes
``appeal_id``) may change it.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow


class LockedError(CodedError):
    """The value belongs to a signed appraisal or a locked period (codes "locked.*")."""


class ReasonRequired(CodedError, ValueError):
    """A change after publication needs the officer's reason (it goes to the audit trail)."""

    def __init__(self):
        super().__init__("locked.reason_required")


def period_is_locked(period: PeriodRow) -> bool:
    return period.status is PeriodStatus.LOCKED


# Built once (a grid save checks each person): the signed appraisal, if any, of the period
# itself (first) or of the quarter or year computed from it. For a quarter or a year the
# covering kinds are None, which matches nothing.
_SIGNED = (
    select(AppraisalRow.period_id)
    .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
    .where(
        AppraisalRow.staff_id == bindparam("staff_id"),
        AppraisalRow.status == AppraisalStatus.SIGNED,
        PeriodRow.year == bindparam("year"),
        (PeriodRow.id == bindparam("period_id"))
        | (
            (PeriodRow.kind == bindparam("quarter_kind"))
            & (PeriodRow.number == bindparam("quarter"))
        )
        | (PeriodRow.kind == bindparam("year_kind")),
    )
    .order_by((PeriodRow.id == bindparam("period_id")).desc())
    .limit(1)
)


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
    month = period.kind is PeriodKind.MONTH
    signed = session.scalar(
        _SIGNED,
        {
            "staff_id": staff_id,
            "year": period.year,
            "period_id": period.id,
            "quarter_kind": PeriodKind.QUARTER if month else None,
            "quarter": (period.number - 1) // 3 + 1 if month else None,
            "year_kind": PeriodKind.YEAR if month else None,
        },
    )
    if signed == period.id:
        raise LockedError("locked.signed", period=period.key)
    if signed is not None:
        raise LockedError("locked.covering", period=period.key)
