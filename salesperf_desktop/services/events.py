"""Key events of a person's month (seed 004): bonus/penalty items, milestones, the compliance
veto, and key incidents (positive/negative, a dated note that moves no points).

Every write checks the lock (``locking.ensure_editable``: a locked month or signed appraisal is
refused) and, after publication, needs a reason and is kept in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE, Catalogue
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.task_sheet import POOR_QUALITY_CODE
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.amendments import after_publication, amend_published
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.locking import ensure_editable
from salesperf_desktop.storage.models import AppraisalRow, EventRow, PeriodRow, TaskSheetRow

ADJUSTMENT = "adjustment"
VETO = "veto"
INCIDENT_POSITIVE = "incident_positive"
INCIDENT_NEGATIVE = "incident_negative"
CATEGORIES = (ADJUSTMENT, VETO, INCIDENT_POSITIVE, INCIDENT_NEGATIVE)
VETO_CODE = "compliance_veto"
# Catalogue items the officer does not pick by hand (an upheld appeal records its own).
HIDDEN_CODES = frozenset({"appeal_adjustment", VETO_CODE})


class EventError(ValueError):
    """Refused input; ``code`` and ``params`` say why (``message``)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "zh_CN") -> str:
        return render(f"event.{self.code}", self.params, lang)


@dataclass(frozen=True)
class EventDraft:
    category: str
    occurred_on: dt.date
    code: str = ""
    quantity: float = 1.0
    points: float | None = None  # per unit; None = the catalogue's points
    note: str = ""


@dataclass(frozen=True)
class EventRecord(EventDraft):
    id: int = 0
    points_total: float | None = None  # what it counts (None: a note-only incident)


def kind_choices(catalogue: Catalogue = DEFAULT_CATALOGUE) -> list[tuple[str, str]]:
    """(category, code) pairs the officer can pick, catalogue order, then veto and incidents."""
    out = [(ADJUSTMENT, t.code) for t in catalogue if t.code not in HIDDEN_CODES and not t.veto]
    return [*out, (VETO, VETO_CODE), (INCIDENT_POSITIVE, ""), (INCIDENT_NEGATIVE, "")]


def points_of(draft: EventDraft, catalogue: Catalogue = DEFAULT_CATALOGUE) -> float | None:
    """Signed points the event counts (count × points each); None for a note-only incident."""
    if draft.category in (INCIDENT_POSITIVE, INCIDENT_NEGATIVE):
        return None
    kind = catalogue.get(draft.code or VETO_CODE)
    each = draft.points if draft.points is not None else (kind.points if kind else 0.0)
    return each * draft.quantity


def validate(
    draft: EventDraft, month: Period, catalogue: Catalogue = DEFAULT_CATALOGUE
) -> EventDraft:
    """The draft normalised for storage, or EventError."""
    if draft.category not in CATEGORIES:
        raise EventError("bad_category", value=draft.category)
    start, end = ap.month_bounds(month)
    if not start <= draft.occurred_on <= end:
        raise EventError("date_outside_month", start=start.isoformat(), end=end.isoformat())
    note = draft.note.strip()
    if draft.category in (INCIDENT_POSITIVE, INCIDENT_NEGATIVE):
        if not note:
            raise EventError("note_required")
        return EventDraft(draft.category, draft.occurred_on, "", 1.0, None, note)
    if draft.category == VETO:
        if not note:
            raise EventError("note_required")
        return EventDraft(VETO, draft.occurred_on, VETO_CODE, 1.0, None, note)
    kind = catalogue.get(draft.code)
    if kind is None:
        raise EventError("unknown_code", value=draft.code)
    quantity = float(draft.quantity) if kind.per_unit else 1.0
    if quantity <= 0:
        raise EventError("quantity_not_positive")
    points = None
    if kind.points_per_event:
        if draft.points is None or draft.points == 0:
            raise EventError("points_required")
        points = float(draft.points)
    return EventDraft(ADJUSTMENT, draft.occurred_on, kind.code, quantity, points, note)


def _row(ev: EventRow, catalogue: Catalogue) -> EventRecord:
    draft = EventDraft(ev.category, ev.occurred_on, ev.code, ev.quantity, ev.points, ev.note)
    return EventRecord(**draft.__dict__, id=ev.id, points_total=points_of(draft, catalogue))


def list_events(
    ctx,
    staff_id: int,
    month: Period,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
) -> list[EventRecord]:
    """The person's events of the month, by date."""
    with ctx.session() as session:
        period = ap.stored_period(session, month)
        if period is None:
            return []
        return [
            _row(ev, catalogue)
            for ev in session.scalars(
                select(EventRow)
                .where(EventRow.staff_id == staff_id, EventRow.period_id == period.id)
                .order_by(EventRow.occurred_on, EventRow.id)
            )
        ]


def engine_events(ctx, staff_id: int, month: Period) -> tuple:
    """The person's events as the scoring engine counts them (the grid re-scores with them)."""
    with ctx.session() as session:
        inp = ap.monthly_inputs(session, [staff_id], [month])[staff_id][month]
    return tuple(inp.events)


def _audit_value(draft: EventDraft | None) -> dict | None:
    if draft is None:
        return None
    return {
        "category": draft.category,
        "code": draft.code,
        "date": draft.occurred_on.isoformat(),
        "quantity": draft.quantity,
        "points": draft.points,
        "note": draft.note,
    }


def _guard(session: Session, staff_id: int, month: Period, reason: str):
    period = ap.stored_period(session, month, create=True)
    ensure_editable(session, staff_id, period)
    audited = after_publication(session, month)
    if audited and not reason.strip():
        raise EventError("reason_required")
    return period, audited


def _amend(session: Session, ctx, staff_id: int, month: Period, reason: str) -> None:
    """After publication: the published, unsigned appraisals the month feeds are re-scored."""
    amend_published(
        session,
        [month],
        staff_ids=[staff_id],
        reason=reason,
        on=ctx.today(),
        actor=ctx.actor,
        lang=ctx.lang,
    )


def _audit(session, ctx, staff_id, period, event_id, old, new, reason) -> None:
    appraisal_id = session.scalar(
        select(AppraisalRow.id).where(
            AppraisalRow.staff_id == staff_id, AppraisalRow.period_id == period.id
        )
    )
    record_change(
        session,
        entity="event",
        entity_id=event_id,
        field="event",
        old=_audit_value(old),
        new=_audit_value(new),
        reason=reason,
        actor=ctx.actor,
        appraisal_id=appraisal_id,
    )


def add_event(
    ctx,
    staff_id: int,
    month: Period,
    draft: EventDraft,
    *,
    reason: str = "",
    catalogue: Catalogue = DEFAULT_CATALOGUE,
) -> int:
    """Record an event; raises EventError (bad input) or LockedError. Returns its id."""
    draft = validate(draft, month, catalogue)
    with ctx.transaction() as session:
        return record_event(session, ctx, staff_id, month, draft, reason=reason)


def record_event(
    session: Session,
    ctx,
    staff_id: int,
    month: Period,
    draft: EventDraft,
    *,
    reason: str = "",
    amend: bool = True,
) -> int:
    """Building block: ``add_event`` of a validated *draft* in the caller's transaction (the
    task sheet records its −10 with the sheet). *amend* false: the caller re-scores once."""
    period, audited = _guard(session, staff_id, month, reason)
    _once_a_month(session, staff_id, period.id, draft.code)
    ev = EventRow(
        staff_id=staff_id,
        period_id=period.id,
        occurred_on=draft.occurred_on,
        category=draft.category,
        code=draft.code,
        quantity=draft.quantity,
        points=draft.points,
        note=draft.note,
        recorded_by=ctx.actor,
    )
    session.add(ev)
    session.flush()
    if audited:
        _audit(session, ctx, staff_id, period, ev.id, None, draft, reason)
        if amend:
            _amend(session, ctx, staff_id, month, reason)
    return ev.id


def _once_a_month(session: Session, staff_id: int, period_id: int, code: str) -> None:
    """A poor task sheet costs its points once a month (seed 004 差错扣分 4: one sheet a month,
    "工作任务书填报质量不好的，扣10分"): a second one is refused, never counted silently."""
    if code != POOR_QUALITY_CODE:
        return
    recorded = session.scalar(
        select(EventRow.id).where(
            EventRow.staff_id == staff_id,
            EventRow.period_id == period_id,
            EventRow.code == POOR_QUALITY_CODE,
        )
    )
    if recorded is not None:
        raise EventError("poor_task_sheet_once")


def _stored(session: Session, event_id: int) -> tuple[EventRow, Period]:
    ev = session.get(EventRow, event_id)
    if ev is None:
        raise EventError("no_event", value=str(event_id))
    return ev, ap.to_domain(session.get(PeriodRow, ev.period_id))


def update_event(
    ctx,
    event_id: int,
    draft: EventDraft,
    *,
    reason: str = "",
    catalogue: Catalogue = DEFAULT_CATALOGUE,
) -> None:
    """Change a stored event; the event as stored writes nothing (no reason, no audit row)."""
    with ctx.transaction() as session:
        change_event(session, ctx, event_id, draft, reason=reason, catalogue=catalogue)


def change_event(
    session: Session,
    ctx,
    event_id: int,
    draft: EventDraft,
    *,
    reason: str = "",
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    amend: bool = True,
) -> None:
    """Building block: ``update_event`` in the caller's transaction."""
    ev, month = _stored(session, event_id)
    draft = validate(draft, month, catalogue)
    old = EventDraft(ev.category, ev.occurred_on, ev.code, ev.quantity, ev.points, ev.note)
    if draft == old:
        return
    period, audited = _guard(session, ev.staff_id, month, reason)
    if draft.code != ev.code:
        _once_a_month(session, ev.staff_id, period.id, draft.code)
    ev.category, ev.occurred_on, ev.code = draft.category, draft.occurred_on, draft.code
    ev.quantity, ev.points, ev.note = draft.quantity, draft.points, draft.note
    if audited:
        _audit(session, ctx, ev.staff_id, period, ev.id, old, draft, reason)
        if amend:
            _amend(session, ctx, ev.staff_id, month, reason)


def delete_event(ctx, event_id: int, *, reason: str = "") -> None:
    with ctx.transaction() as session:
        remove_event(session, ctx, event_id, reason=reason)


def remove_event(
    session: Session, ctx, event_id: int, *, reason: str = "", amend: bool = True
) -> None:
    """Building block: ``delete_event`` in the caller's transaction."""
    ev, month = _stored(session, event_id)
    period, audited = _guard(session, ev.staff_id, month, reason)
    old = EventDraft(ev.category, ev.occurred_on, ev.code, ev.quantity, ev.points, ev.note)
    if audited:
        _audit(session, ctx, ev.staff_id, period, ev.id, old, None, reason)
    staff_id = ev.staff_id
    if ev.code == POOR_QUALITY_CODE:  # the sheet's reasons go with its −10: none is ticked now
        session.execute(
            update(TaskSheetRow)
            .where(TaskSheetRow.staff_id == staff_id, TaskSheetRow.period_id == ev.period_id)
            .values(quality_reasons="")
        )
    session.delete(ev)
    if audited and amend:
        _amend(session, ctx, staff_id, month, reason)
