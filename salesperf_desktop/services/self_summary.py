"""The person's self-summary (自我总结) for a period, printed on the appraisal form.

Seed 003 (四、考核實施流程 3.自我評估與上級評價): the salesperson first writes a self-summary
and self-assessment at the end of the period, then the supervisor rates. The text is stored per
person and period; after publication every change is audited; once the form is signed (or the
period locked) it is read-only — only an upheld appeal's decision may change it
(``set_self_summary_in`` with ``appeal_id``), like any score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppraisalStatus, PeriodStatus
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, SelfSummaryRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

MAX_CHARS = 4000


def _appraisal(session: Session, staff_id: int, period: PeriodRow) -> AppraisalRow | None:
    return session.scalar(
        select(AppraisalRow).where(
            AppraisalRow.staff_id == staff_id, AppraisalRow.period_id == period.id
        )
    )


def summary_in(session: Session, staff_id: int, period_id: int) -> str:
    row = session.scalar(
        select(SelfSummaryRow).where(
            SelfSummaryRow.staff_id == staff_id, SelfSummaryRow.period_id == period_id
        )
    )
    return row.text if row is not None else ""


def summaries_in(session: Session, period_id: int) -> dict[int, str]:
    """Every self-summary of a period by staff id (the forms read them in one query)."""
    return {
        r.staff_id: r.text
        for r in session.scalars(
            select(SelfSummaryRow).where(SelfSummaryRow.period_id == period_id)
        )
    }


def set_self_summary_in(
    session: Session,
    staff_id: int,
    period: PeriodRow,
    text: str,
    *,
    actor: str = "",
    reason: str = "",
    appeal_id: int | None = None,
) -> bool:
    """Write the text (building block); True when it changed. Signed: refused unless appeal."""
    appraisal = _appraisal(session, staff_id, period)
    signed = period.status is PeriodStatus.LOCKED or (
        appraisal is not None and appraisal.status is AppraisalStatus.SIGNED
    )
    if signed and appeal_id is None:
        raise LockedError("summary.locked")
    new = text.strip()[:MAX_CHARS]
    row = session.scalar(
        select(SelfSummaryRow).where(
            SelfSummaryRow.staff_id == staff_id, SelfSummaryRow.period_id == period.id
        )
    )
    old = row.text if row is not None else ""
    if old == new:
        return False
    if row is None:
        row = SelfSummaryRow(staff_id=staff_id, period_id=period.id, text=new)
        session.add(row)
    else:
        row.text = new
    session.flush()
    record_change(
        session,
        entity="self_summary",
        entity_id=row.id,
        field="self_summary",
        old=old or None,
        new=new,
        reason=reason or ("appeal decision" if appeal_id else "self-summary"),
        actor=actor,
        appraisal_id=appraisal.id if appraisal is not None else None,
        appeal_id=appeal_id,
    )
    return True


def self_summary(ctx: AppContext, staff_id: int, period: Period) -> str:
    with ctx.session() as s:
        stored = stored_period(s, period)
        return "" if stored is None else summary_in(s, staff_id, stored.id)


def is_summary_locked(ctx: AppContext, staff_id: int, period: Period) -> bool:
    with ctx.session() as s:
        stored = stored_period(s, period)
        if stored is None:
            return False
        if stored.status is PeriodStatus.LOCKED:
            return True
        appraisal = _appraisal(s, staff_id, stored)
        return appraisal is not None and appraisal.status is AppraisalStatus.SIGNED


def set_self_summary(
    ctx: AppContext, staff_id: int, period: Period, text: str, *, reason: str = ""
) -> bool:
    """Store the person's self-summary for *period*; True when it changed (audited)."""
    with ctx.transaction() as s:
        stored = stored_period(s, period, create=True)
        s.flush()
        return set_self_summary_in(s, staff_id, stored, text, actor=ctx.actor, reason=reason)
