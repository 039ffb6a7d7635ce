"""Sign-off: the printed form was signed by hand; record who signed and when, then lock.

When the employee, the supervisor and HR have all signed, the appraisal is ``signed`` and from
then on read-only (``locking.ensure_editable``); only an upheld appeal changes it. When every
appraisal of a period is signed the officer may lock the period. After an appeal amended a
signed appraisal the form is printed again and the new signatures replace the old ones (the
old ones stay in the audit trail): ``mark_form_reprinted`` (called by the print job) clears the
reprint flag and leaves the appraisal awaiting its new signatures until they are recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus, PeriodStatus
from salesperf_desktop.services.appeals import AMENDMENT_KEY, mark_reprinted, reprint_required
from salesperf_desktop.services.appraisals import shown_score
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.review_errors import ReviewError
from salesperf_desktop.storage.models import AppealRow, AppraisalRow, PeriodRow, SignatureRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

SIGNER_ROLES = ("employee", "supervisor", "hr")


# Key in the amendment note: the amended form was reprinted and waits for its new signatures.
AWAITING_KEY = "awaiting_signatures"


class SignoffError(ReviewError):
    """A signature or a lock that does not fit the appraisal's or the period's state."""


def awaiting_signatures(appraisal: AppraisalRow) -> bool:
    """The amended form was reprinted but its new signatures are not recorded yet."""
    # (the note is a top-level key of the result's own part: the shared part is not joined)
    return bool(((appraisal.result_own or {}).get(AMENDMENT_KEY) or {}).get(AWAITING_KEY))


def _set_awaiting(appraisal: AppraisalRow, value: bool) -> None:
    result = dict(appraisal.result or {})
    amendment = result.get(AMENDMENT_KEY)
    if not amendment or bool(amendment.get(AWAITING_KEY)) == value:
        return
    result[AMENDMENT_KEY] = {**amendment, AWAITING_KEY: value}
    appraisal.result = result


def mark_form_reprinted(
    session: Session, appraisal_id: int, on: dt.date, *, actor: str = ""
) -> bool:
    """The amended form was printed again: clear the reprint flag, await the new signatures.

    Returns False (and changes nothing) when the appraisal did not need a reprint.
    """
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None or not reprint_required(appraisal):
        return False
    mark_reprinted(session, appraisal_id)
    if appraisal.status is AppraisalStatus.SIGNED:
        _set_awaiting(appraisal, True)
    amendment = appraisal.result[AMENDMENT_KEY]
    record_change(
        session,
        entity="appraisal",
        entity_id=appraisal_id,
        field="reprinted",
        old=None,
        new=on.isoformat(),
        reason=amendment.get("appeal_number") or amendment.get("reason") or "",
        actor=actor,
        appraisal_id=appraisal_id,
        appeal_id=amendment.get("appeal_id"),
    )
    session.flush()
    return True


@dataclass(frozen=True)
class SignatureInput:
    role: str  # employee | supervisor | hr
    signer_name: str
    signed_on: dt.date


def record_signatures(
    session: Session,
    appraisal_id: int,
    signatures: Iterable[SignatureInput],
    *,
    actor: str = "",
) -> AppraisalRow:
    """Record hand signatures; all three make the appraisal signed (locked)."""
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise SignoffError("signoff.no_appraisal", appraisal_id=appraisal_id)
    if appraisal.status is AppraisalStatus.DRAFT:
        raise SignoffError("signoff.not_published")
    resign = (
        reprint_required(appraisal)
        or awaiting_signatures(appraisal)
        or appraisal.status is not AppraisalStatus.SIGNED
    )
    if not resign:
        raise LockedError("locked.already_signed")
    existing = {s.role: s for s in appraisal.signatures}
    for sig in signatures:
        if sig.role not in SIGNER_ROLES:
            raise SignoffError("signoff.unknown_role", role=sig.role)
        if not sig.signer_name.strip():
            raise SignoffError("signoff.name_required")
        published = appraisal.published_on or appraisal.period.published_on
        if published and sig.signed_on < published:
            raise SignoffError("signoff.before_publication")
        old = existing.get(sig.role)
        before = f"{old.signer_name} {old.signed_on.isoformat()}" if old else None
        if old is None:
            old = SignatureRow(role=sig.role, signer_name="", signed_on=sig.signed_on)
            appraisal.signatures.append(old)
            existing[sig.role] = old
        old.signer_name = sig.signer_name.strip()
        old.signed_on = sig.signed_on
        record_change(
            session,
            entity="signature",
            entity_id=appraisal.id,
            field=f"signature:{sig.role}",
            old=before,
            new=f"{old.signer_name} {old.signed_on.isoformat()}",
            reason="audit.signed_form",
            actor=actor,
            appraisal_id=appraisal.id,
        )
    if all(role in existing for role in SIGNER_ROLES):
        before = appraisal.status
        appraisal.status = AppraisalStatus.SIGNED
        appraisal.locked_on = max(existing[r].signed_on for r in SIGNER_ROLES)
        record_change(
            session,
            entity="appraisal",
            entity_id=appraisal.id,
            field="status",
            old=before.value,
            new=AppraisalStatus.SIGNED.value,
            reason="audit.signed_form",
            actor=actor,
            appraisal_id=appraisal.id,
        )
        _audit_signed_comment(session, appraisal, actor)
        if reprint_required(appraisal):
            mark_reprinted(session, appraisal.id)  # a re-signed amended form was printed
        _set_awaiting(appraisal, False)
    session.flush()
    return appraisal


# ----------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class SignoffRecord:
    appraisal_id: int
    staff_id: int
    employee_no: str
    staff_name: str
    supervisor_name: str
    total: float | None
    grade: str | None
    status: AppraisalStatus
    signatures: dict[str, tuple[str, dt.date]]
    reprint_required: bool
    pending_appeal: str | None
    awaiting_signatures: bool = False  # reprinted after an amendment, not signed again yet


def signoff_rows(session: Session, period_id: int) -> list[SignoffRecord]:
    rows = session.scalars(
        select(AppraisalRow)
        .options(
            selectinload(AppraisalRow.staff),
            selectinload(AppraisalRow.signatures),
            selectinload(AppraisalRow.appeals),
        )
        .where(AppraisalRow.period_id == period_id)
    ).all()
    out = []
    for a in rows:
        shown = shown_score(a)
        supervisor = a.staff.supervisor
        pending = [ap.number for ap in a.appeals if ap.outcome is AppealOutcome.PENDING]
        out.append(
            SignoffRecord(
                appraisal_id=a.id,
                staff_id=a.staff_id,
                employee_no=a.staff.employee_no,
                staff_name=a.staff.name,
                supervisor_name=supervisor.name if supervisor else "",
                total=shown.total,
                grade=shown.grade,
                status=a.status,
                signatures={s.role: (s.signer_name, s.signed_on) for s in a.signatures},
                reprint_required=reprint_required(a),
                pending_appeal=pending[0] if pending else None,
                awaiting_signatures=awaiting_signatures(a),
            )
        )
    out.sort(key=lambda r: r.employee_no)
    return out


def period_signoff_state(session: Session, period_id: int) -> tuple[int, int]:
    """(signed appraisals, all appraisals) of the period."""
    statuses = session.scalars(
        select(AppraisalRow.status).where(AppraisalRow.period_id == period_id)
    )
    statuses = list(statuses)
    return sum(1 for s in statuses if s is AppraisalStatus.SIGNED), len(statuses)


def can_lock_period(session: Session, period_id: int) -> bool:
    period = session.get(PeriodRow, period_id)
    if period is None or period.status is not PeriodStatus.PUBLISHED:
        return False
    signed, total = period_signoff_state(session, period_id)
    if not total or signed != total:
        return False
    return not session.scalar(
        select(AppealRow.id)
        .join(AppraisalRow, AppraisalRow.id == AppealRow.appraisal_id)
        .where(AppraisalRow.period_id == period_id, AppealRow.outcome == AppealOutcome.PENDING)
        .limit(1)
    )


def lock_period(session: Session, period_id: int, on: dt.date, *, actor: str = "") -> None:
    """Lock a published period whose appraisals are all signed and appeals all decided."""
    period = session.get(PeriodRow, period_id)
    if period is None:
        raise SignoffError("signoff.no_period", period_id=period_id)
    if period.status is PeriodStatus.LOCKED:
        return
    if not can_lock_period(session, period_id):
        signed, total = period_signoff_state(session, period_id)
        raise SignoffError("signoff.cannot_lock", period=period.key, signed=signed, total=total)
    period.status = PeriodStatus.LOCKED
    period.locked_on = on
    record_change(
        session,
        entity="period",
        entity_id=period.id,
        field="status",
        old=PeriodStatus.PUBLISHED.value,
        new=PeriodStatus.LOCKED.value,
        reason="audit.all_signed",
        actor=actor,
    )


def ensure_appraisal_editable(session: Session, appraisal_id: int) -> None:
    """Guard for direct edits of an appraisal (comments, results): signed means read-only."""
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise SignoffError("signoff.no_appraisal", appraisal_id=appraisal_id)
    if appraisal.status is AppraisalStatus.SIGNED or appraisal.period.status is PeriodStatus.LOCKED:
        raise LockedError("locked.appraisal")


def set_supervisor_comment(
    session: Session, appraisal_id: int, comment: str, *, actor: str = "", reason: str = ""
) -> bool:
    """Write the supervisor's comment (上级评语) printed on the form; True when it changed.

    Once the appraisal is signed (or its period locked) it is refused: the signed form holds the
    comment, and only the decision on an upheld appeal may rewrite it
    (``appeals.Corrections.supervisor_comment``), like any score. After publication every change
    is audited.
    """
    try:
        ensure_appraisal_editable(session, appraisal_id)
    except LockedError as exc:
        raise LockedError("locked.comment") from exc
    appraisal = session.get(AppraisalRow, appraisal_id)
    old, new = appraisal.supervisor_comment or "", comment.strip()
    if old == new:
        return False
    appraisal.supervisor_comment = new
    if appraisal.status is not AppraisalStatus.DRAFT:
        record_change(
            session,
            entity="appraisal",
            entity_id=appraisal_id,
            field="supervisor_comment",
            old=old,
            new=new,
            reason=reason,
            actor=actor,
            appraisal_id=appraisal_id,
        )
    return True


def _audit_signed_comment(session: Session, appraisal: AppraisalRow, actor: str) -> None:
    """At signing, the trail holds the comment as signed (one written on the draft, before
    publication, was not audited yet)."""
    from salesperf_desktop.services.audit import trail_for_appraisal

    comment = appraisal.supervisor_comment or ""
    audited = [
        e.new_value or ""
        for e in trail_for_appraisal(session, appraisal.id)
        if e.entity == "appraisal" and e.field == "supervisor_comment"
    ]
    if comment != (audited[-1] if audited else ""):
        record_change(
            session,
            entity="appraisal",
            entity_id=appraisal.id,
            field="supervisor_comment",
            old=audited[-1] if audited else None,
            new=comment,
            reason="audit.signed_form",
            actor=actor,
            appraisal_id=appraisal.id,
        )


# ----------------------------------------------------------------------------- audit view


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    actor: str
    entity: str
    field: str
    old: str | None
    new: str | None
    reason: str
    appeal_number: str | None


def audit_rows(session: Session, appraisal_id: int, lang: str | None = None) -> list[AuditRecord]:
    """Every recorded change of the appraisal after publication, oldest first, with the appeal.
    With *lang*, the program's reasons and the operator are in that language (as shown)."""
    from salesperf_desktop.domain.messages.audit import operator_text, reason_text
    from salesperf_desktop.services.audit import trail_for_appraisal

    numbers = {
        row.id: row.number
        for row in session.execute(
            select(AppealRow.id, AppealRow.number).where(AppealRow.appraisal_id == appraisal_id)
        )
    }
    return [
        AuditRecord(
            at=e.at,
            actor=operator_text(e.actor, lang) if lang else e.actor,
            entity=e.entity,
            field=e.field,
            old=e.old_value,
            new=e.new_value,
            reason=reason_text(e.reason, lang) if lang else e.reason,
            appeal_number=numbers.get(e.appeal_id) if e.appeal_id else None,
        )
        for e in trail_for_appraisal(session, appraisal_id)
    ]


# ----------------------------------------------------------------------------- use cases
# What the window calls: each opens its own unit of work and returns records.


@dataclass(frozen=True)
class PeriodSignoff:
    """A period's sign-off: every appraisal with its signatures, and whether it may be locked."""

    rows: tuple[SignoffRecord, ...]
    status: PeriodStatus | None
    signed: int
    total: int
    can_lock: bool


def period_signoff(ctx: AppContext, period_id: int) -> PeriodSignoff:
    with ctx.session() as session:
        period = session.get(PeriodRow, period_id)
        signed, total = period_signoff_state(session, period_id)
        return PeriodSignoff(
            rows=tuple(signoff_rows(session, period_id)),
            status=period.status if period is not None else None,
            signed=signed,
            total=total,
            can_lock=can_lock_period(session, period_id),
        )


def sign(ctx: AppContext, appraisal_id: int, signatures: Iterable[SignatureInput]) -> None:
    """Record the hand signatures of the printed form (all three lock the appraisal)."""
    with ctx.transaction() as session:
        record_signatures(session, appraisal_id, list(signatures), actor=ctx.actor)


def lock(ctx: AppContext, period_id: int, *, on: dt.date | None = None) -> None:
    with ctx.transaction() as session:
        lock_period(session, period_id, on or ctx.today(), actor=ctx.actor)


def check_editable(ctx: AppContext, appraisal_id: int) -> None:
    """Raises LockedError when the appraisal is signed or its period locked."""
    with ctx.session() as session:
        ensure_appraisal_editable(session, appraisal_id)


@dataclass(frozen=True)
class CommentRecord:
    """The supervisor's comment of one appraisal, and whether it may still be written."""

    appraisal_id: int
    text: str
    editable: bool  # False once signed (or the period locked): an upheld appeal only


def supervisor_comment(ctx: AppContext, appraisal_id: int) -> CommentRecord:
    with ctx.session() as session:
        appraisal = session.get(AppraisalRow, appraisal_id)
        if appraisal is None:
            raise SignoffError("signoff.no_appraisal", appraisal_id=appraisal_id)
        try:
            ensure_appraisal_editable(session, appraisal_id)
            editable = True
        except LockedError:
            editable = False
        return CommentRecord(appraisal_id, appraisal.supervisor_comment or "", editable)


def write_supervisor_comment(ctx: AppContext, appraisal_id: int, text: str) -> bool:
    """Write the 上级评语 (LockedError once signed); True when it changed."""
    with ctx.transaction() as session:
        return set_supervisor_comment(session, appraisal_id, text, actor=ctx.actor)


def appraisal_trail(ctx: AppContext, appraisal_id: int) -> list[AuditRecord]:
    with ctx.session() as session:
        return audit_rows(session, appraisal_id, ctx.lang)
