"""Appeals (seed 002): filed within 3 working days of publication, decided within 5.

An appeal keeps its reason and evidence files (blobs in the database, so they travel with the
backups). The committee's outcome is upheld, partly upheld or rejected, with a reason. An upheld
(or partly upheld) appeal is the one way to change a signed appraisal: the officer enters the
corrected values, the person's result is recomputed from them and replaces the stored one, and
the trail keeps the old and new values with the appeal number. The form must then be printed
again (``AMENDMENT_KEY`` in the stored result; ``forms_to_reprint``). Nothing is ever deleted:
late and overdue appeals are flagged, not refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import split_result
from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import AppealOutcome, AppraisalStatus, RaterRole
from salesperf_desktop.services.appraisals import (
    compute_period,
    shown_score,
    stored_period,
    to_domain,
)
from salesperf_desktop.services.audit import change_entry, record_change
from salesperf_desktop.services.locking import LockedError, ensure_editable
from salesperf_desktop.services.review_errors import ReviewError
from salesperf_desktop.services.workdays import (
    WorkdayCalendar,
    YearCalendar,
    load_calendar,
    workday_calendar,
)
from salesperf_desktop.storage.models import (
    AppealEvidenceRow,
    AppealRow,
    AppraisalRow,
    EventRow,
    MetricEntryRow,
    RatingRow,
    StaffRow,
    content_hash,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

DEFAULT_FILING_DAYS = 3
DEFAULT_DECISION_DAYS = 5
APPEAL_ADJUSTMENT_CODE = "appeal_adjustment"
# Key in Appraisal.result saying the stored result was amended and the form must be reprinted.
AMENDMENT_KEY = "amendment"
CHANGING_OUTCOMES = (AppealOutcome.UPHELD, AppealOutcome.PARTLY_UPHELD)


class AppealError(ReviewError):
    """The request does not fit the appeal's state (not published, already decided …)."""


def appeal_days(ctx: AppContext) -> tuple[int, int]:
    """(working days to file, working days to decide) from the company policy in force
    (seed 002: 3 and 5)."""
    from salesperf_desktop.services.policy import current_policy

    policy = current_policy(ctx).policy
    return policy.appeal_filing_days, policy.appeal_decision_days


# ----------------------------------------------------------------------------- deadlines


@dataclass(frozen=True)
class AppealWindow:
    published_on: dt.date
    filing_deadline: dt.date
    filed_on: dt.date | None
    late: bool
    decision_due: dt.date | None
    years: tuple[YearCalendar, ...]  # each year counted: official, entered or estimated

    @property
    def estimated_years(self) -> tuple[int, ...]:
        return tuple(y.year for y in self.years if not y.official)

    @property
    def official(self) -> bool:
        return not self.estimated_years


def appeal_window(
    published_on: dt.date,
    filed_on: dt.date | None = None,
    *,
    calendar: WorkdayCalendar,
    filing_days: int = DEFAULT_FILING_DAYS,
    decision_days: int = DEFAULT_DECISION_DAYS,
) -> AppealWindow:
    deadline = calendar.add_workdays(published_on, filing_days)
    due = calendar.add_workdays(filed_on, decision_days) if filed_on else None
    return AppealWindow(
        published_on=published_on,
        filing_deadline=deadline,
        filed_on=filed_on,
        late=bool(filed_on and filed_on > deadline),
        decision_due=due,
        years=calendar.years_spanned((published_on, deadline, filed_on, due)),
    )


def recount_pending_deadlines(
    session: Session,
    calendar: WorkdayCalendar,
    *,
    filing_days: int = DEFAULT_FILING_DAYS,
    decision_days: int = DEFAULT_DECISION_DAYS,
    actor: str = "",
    reason: str = "",
) -> list[str]:
    """Building block: count the deadlines of undecided appeals again on *calendar* (HR entered a
    year's holiday notice, so an estimate became official). Changes are audited; returns the
    numbers of the appeals that changed. Decided appeals keep the deadlines they were judged by."""
    changed = []
    pending = select(AppealRow).where(AppealRow.outcome == AppealOutcome.PENDING)
    for appeal in session.scalars(pending.options(selectinload(AppealRow.appraisal))):
        published_on = published_date(appeal.appraisal)
        if published_on is None:
            continue
        window = appeal_window(
            published_on,
            appeal.filed_on,
            calendar=calendar,
            filing_days=filing_days,
            decision_days=decision_days,
        )
        new = {
            "filing_deadline": window.filing_deadline,
            "decision_due": window.decision_due,
            "late": window.late,
        }
        for name, value in new.items():
            old = getattr(appeal, name)
            if old == value:
                continue
            record_change(
                session,
                entity="appeal",
                entity_id=appeal.id,
                field=name,
                old=old.isoformat() if isinstance(old, dt.date) else old,
                new=value.isoformat() if isinstance(value, dt.date) else value,
                reason=reason,
                actor=actor,
                appraisal_id=appeal.appraisal_id,
                appeal_id=appeal.id,
            )
            setattr(appeal, name, value)
            if appeal.number not in changed:
                changed.append(appeal.number)
    return changed


# ----------------------------------------------------------------------------- filing


def published_date(appraisal: AppraisalRow) -> dt.date | None:
    """When the person's result was published: their own date, else the period's."""
    return appraisal.published_on or appraisal.period.published_on


def next_appeal_number(session: Session, year: int) -> str:
    prefix = f"AP-{year}-"
    count = session.scalar(
        select(func.count()).select_from(AppealRow).where(AppealRow.number.like(f"{prefix}%"))
    )
    number = int(count or 0) + 1
    while session.scalar(select(AppealRow.id).where(AppealRow.number == f"{prefix}{number:03d}")):
        number += 1
    return f"{prefix}{number:03d}"


def file_appeal(
    session: Session,
    appraisal_id: int,
    *,
    filed_on: dt.date,
    reason: str,
    evidence: Iterable[tuple[str, bytes]] = (),
    actor: str = "",
    filing_days: int = DEFAULT_FILING_DAYS,
    decision_days: int = DEFAULT_DECISION_DAYS,
) -> AppealRow:
    """Record an appeal against a published appraisal; a late one is kept and flagged."""
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise AppealError("appeal.no_appraisal", appraisal_id=appraisal_id)
    published_on = published_date(appraisal)
    if appraisal.status is AppraisalStatus.DRAFT or published_on is None:
        raise AppealError("appeal.not_published")
    if not reason.strip():
        raise AppealError("appeal.reason_required")
    if filed_on < published_on:
        raise AppealError("appeal.before_publication")
    pending = session.scalar(
        select(AppealRow.number).where(
            AppealRow.appraisal_id == appraisal_id, AppealRow.outcome == AppealOutcome.PENDING
        )
    )
    if pending:
        raise AppealError("appeal.pending", number=pending)
    window = appeal_window(
        published_on,
        filed_on,
        calendar=load_calendar(session),
        filing_days=filing_days,
        decision_days=decision_days,
    )
    appeal = AppealRow(
        number=next_appeal_number(session, filed_on.year),
        appraisal_id=appraisal_id,
        filed_on=filed_on,
        reason=reason.strip(),
        filing_deadline=window.filing_deadline,
        decision_due=window.decision_due,
        late=window.late,
    )
    for name, content in evidence:
        appeal.evidence.append(AppealEvidenceRow(file_name=name, content=content))
    session.add(appeal)
    session.flush()
    record_change(
        session,
        entity="appeal",
        entity_id=appeal.id,
        field="filed",
        old=None,
        new=f"{appeal.number} {filed_on.isoformat()}" + (" (late)" if appeal.late else ""),
        reason=appeal.reason,
        actor=actor,
        appraisal_id=appraisal_id,
        appeal_id=appeal.id,
    )
    return appeal


# ----------------------------------------------------------------------------- evidence


def add_evidence(session: Session, appeal_id: int, file_name: str, content: bytes) -> int:
    appeal = _appeal(session, appeal_id)
    item = AppealEvidenceRow(file_name=file_name, content=content)
    appeal.evidence.append(item)
    session.flush()
    return item.id


def add_evidence_file(session: Session, appeal_id: int, path: Path) -> int:
    path = Path(path)
    return add_evidence(session, appeal_id, path.name, path.read_bytes())


def evidence_content(session: Session, evidence_id: int) -> tuple[str, bytes]:
    item = session.get(AppealEvidenceRow, evidence_id)
    if item is None:
        raise AppealError("appeal.no_evidence", evidence_id=evidence_id)
    return item.file_name, item.content


def save_evidence(session: Session, evidence_id: int, target: Path) -> Path:
    """Write an evidence file out; *target* may be a folder (the stored name is kept)."""
    name, content = evidence_content(session, evidence_id)
    target = Path(target)
    if target.is_dir():
        target = target / Path(name).name
    target.write_bytes(content)
    return target


# ----------------------------------------------------------------------------- corrections


@dataclass(frozen=True)
class EntryCorrection:
    """A corrected target/actual/base (or pass/fail) of one indicator in one month."""

    month: str  # "2026-09"
    indicator: str
    field: str  # target | actual | base | passed
    value: float | bool | None


@dataclass(frozen=True)
class RatingCorrection:
    month: str
    indicator: str
    rater_role: str  # supervisor | self | peer
    value: float


@dataclass(frozen=True)
class EventCorrection:
    """Change the count of a recorded event (0: it no longer counts; the row stays), or add one."""

    month: str
    quantity: float
    event_id: int | None = None
    code: str = ""  # for a new event: adjustment catalogue code
    points: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Corrections:
    entries: tuple[EntryCorrection, ...] = ()
    ratings: tuple[RatingCorrection, ...] = ()
    events: tuple[EventCorrection, ...] = ()
    points: float | None = None  # points the committee adds (+) or takes off (−) directly
    points_reason: str = ""
    supervisor_comment: str | None = None  # the 上级评语 as rewritten (None: unchanged)
    self_summary: str | None = None  # the 自我总结 as rewritten (None: unchanged)

    def __bool__(self) -> bool:
        return bool(
            self.entries
            or self.ratings
            or self.events
            or self.points
            or self.supervisor_comment is not None
            or self.self_summary is not None
        )


@dataclass
class Amendment:
    """What a recomputation changed: both values are kept in the trail too."""

    appraisal_id: int
    old_total: float | None
    new_total: float
    old_grade: str | None
    new_grade: str
    changed_items: list[tuple[str, Any, Any]] = field(default_factory=list)  # (what, old, new)
    reprint_required: bool = True


_ENTRY_FIELDS = ("target", "actual", "base", "passed")


def _month_row(session: Session, appraisal: AppraisalRow, month: str):
    domain_month = Period.parse(month)
    if domain_month not in to_domain(appraisal.period).months():
        raise AppealError("appeal.month_outside", month=month, period=appraisal.period.key)
    return stored_period(session, domain_month, create=True)


@dataclass(frozen=True)
class _CorrectionScope:
    """What every corrected value of one appraisal shares: its session, guard and trail."""

    session: Session
    appraisal: AppraisalRow
    appeal_id: int | None
    actor: str
    reason: str

    @property
    def staff_id(self) -> int:
        return self.appraisal.staff_id

    def trail(self, **changes) -> bool:
        """Audit one change (unchanged values are not recorded); True when recorded."""
        return (
            record_change(
                self.session,
                actor=self.actor,
                appraisal_id=self.appraisal.id,
                appeal_id=self.appeal_id,
                reason=self.reason,
                **changes,
            )
            is not None
        )

    def month(self, month: str):
        """The stored month of the appraisal's period, refused when locked (no appeal)."""
        row = _month_row(self.session, self.appraisal, month)
        ensure_editable(self.session, self.staff_id, row, appeal_id=self.appeal_id)
        return row


def apply_corrections(
    session: Session,
    appraisal: AppraisalRow,
    corrections: Corrections,
    *,
    reason: str,
    actor: str = "",
    appeal: AppealRow | None = None,
) -> int:
    """Write corrected inputs of the appraisal's months, each change audited.

    Without an appeal the usual guard applies: a signed appraisal or a locked month raises
    ``LockedError``. Returns the number of values changed.
    """
    scope = _CorrectionScope(
        session, appraisal, appeal.id if appeal is not None else None, actor, reason
    )
    ensure_correctable(scope)
    changed = sum(correct_entry(scope, c) for c in corrections.entries)
    changed += sum(correct_rating(scope, c) for c in corrections.ratings)
    changed += sum(correct_event(scope, c) for c in corrections.events)
    if corrections.points:
        changed += add_committee_points(scope, corrections.points, corrections.points_reason)
    if corrections.supervisor_comment is not None:
        changed += correct_comment(scope, corrections.supervisor_comment)
    if corrections.self_summary is not None:
        from salesperf_desktop.services.self_summary import set_self_summary_in

        changed += set_self_summary_in(
            session,
            scope.staff_id,
            appraisal.period,
            corrections.self_summary,
            actor=actor,
            reason=reason,
            appeal_id=scope.appeal_id,
        )
    session.flush()
    return changed


def ensure_correctable(scope: _CorrectionScope) -> None:
    """The appraisal's period may change; a signed appraisal only through an appeal."""
    appraisal = scope.appraisal
    ensure_editable(scope.session, scope.staff_id, appraisal.period, appeal_id=scope.appeal_id)
    if scope.appeal_id is None and appraisal.status is AppraisalStatus.SIGNED:
        raise LockedError("locked.appraisal")


def correct_comment(scope: _CorrectionScope, text: str) -> bool:
    """The supervisor's comment as rewritten (after signing: with an upheld appeal only)."""
    appraisal = scope.appraisal
    old, new = appraisal.supervisor_comment or "", text.strip()
    if old == new:
        return False
    appraisal.supervisor_comment = new
    return scope.trail(
        entity="appraisal", entity_id=appraisal.id, field="supervisor_comment", old=old, new=new
    )


def correct_entry(scope: _CorrectionScope, c: EntryCorrection) -> bool:
    """A corrected target/actual/base/passed of one month (the entry is made when missing)."""
    if c.field not in _ENTRY_FIELDS:
        raise AppealError("appeal.unknown_field", field=c.field)
    session, month = scope.session, scope.month(c.month)
    entry = session.scalar(
        select(MetricEntryRow).where(
            MetricEntryRow.staff_id == scope.staff_id,
            MetricEntryRow.period_id == month.id,
            MetricEntryRow.indicator_code == c.indicator,
        )
    )
    if entry is None:
        entry = MetricEntryRow(
            staff_id=scope.staff_id, period_id=month.id, indicator_code=c.indicator
        )
        session.add(entry)
        session.flush()
    old = getattr(entry, c.field)
    setattr(entry, c.field, c.value)
    return scope.trail(
        entity="metric_entry",
        entity_id=entry.id,
        field=f"{c.month} {c.indicator}.{c.field}",
        old=old,
        new=c.value,
    )


def correct_rating(scope: _CorrectionScope, c: RatingCorrection) -> bool:
    """A corrected rating of one rater role in one month (added when there was none)."""
    session, month = scope.session, scope.month(c.month)
    role = RaterRole(c.rater_role)
    rows = session.scalars(
        select(RatingRow).where(
            RatingRow.staff_id == scope.staff_id,
            RatingRow.period_id == month.id,
            RatingRow.indicator_code == c.indicator,
            RatingRow.rater_role == role,
        )
    ).all()
    if len(rows) > 1:
        raise AppealError("appeal.several_ratings", indicator=c.indicator, rater=role.value)
    if rows:
        rating, old = rows[0], rows[0].value
        rating.value = float(c.value)
    else:
        staff = session.get(StaffRow, scope.staff_id)
        rater_id = {"supervisor": staff.supervisor_id, "self": scope.staff_id}.get(role.value)
        rating = RatingRow(
            staff_id=scope.staff_id,
            period_id=month.id,
            indicator_code=c.indicator,
            rater_role=role,
            rater_id=rater_id,
            value=float(c.value),
        )
        session.add(rating)
        session.flush()
        old = None
    return scope.trail(
        entity="rating",
        entity_id=rating.id,
        field=f"{c.month} {c.indicator}.{role.value}",
        old=old,
        new=float(c.value),
    )


def correct_event(scope: _CorrectionScope, c: EventCorrection) -> bool:
    """A recorded event's count changed (0: it no longer counts), or a new event added."""
    session, month = scope.session, scope.month(c.month)
    if c.event_id is not None:
        event = session.get(EventRow, c.event_id)
        if event is None or event.staff_id != scope.staff_id or event.period_id != month.id:
            raise AppealError("appeal.event_not_in_month", event_id=c.event_id, month=c.month)
        old = event.quantity
        event.quantity = c.quantity
        label = event.code or event.category
    else:
        if not c.code:
            raise AppealError("appeal.event_code_required")
        event = EventRow(
            staff_id=scope.staff_id,
            period_id=month.id,
            occurred_on=_last_day(month),
            category="veto" if c.code == "compliance_veto" else "adjustment",
            code=c.code,
            quantity=c.quantity,
            points=c.points,
            note=c.note or scope.reason,
            recorded_by=scope.actor,
        )
        session.add(event)
        session.flush()
        old, label = None, c.code
    return scope.trail(
        entity="event",
        entity_id=event.id,
        field=f"{c.month} {label}.quantity",
        old=old,
        new=c.quantity,
    )


def add_committee_points(scope: _CorrectionScope, points: float, points_reason: str) -> bool:
    """Points the committee adds or takes off directly, booked in the period's last month."""
    session, reason = scope.session, scope.reason
    months = to_domain(scope.appraisal.period).months()
    month = stored_period(session, months[-1], create=True)
    note = points_reason or reason
    event = EventRow(
        staff_id=scope.staff_id,
        period_id=month.id,
        occurred_on=_last_day(month),
        category="adjustment",
        code=APPEAL_ADJUSTMENT_CODE,
        quantity=1.0,
        points=float(points),
        note=note,
        recorded_by=scope.actor,
    )
    session.add(event)
    session.flush()
    record_change(
        session,
        entity="event",
        entity_id=event.id,
        field=f"{month.key} {APPEAL_ADJUSTMENT_CODE}.points",
        old=None,
        new=float(points),
        actor=scope.actor,
        appraisal_id=scope.appraisal.id,
        appeal_id=scope.appeal_id,
        reason=f"{reason} — {note}" if note != reason else reason,
    )
    return True


def _last_day(month_row) -> dt.date:
    import calendar

    last = calendar.monthrange(month_row.year, month_row.number)[1]
    return dt.date(month_row.year, month_row.number, last)


def _item_changes(old: AppraisalResult | None, new: AppraisalResult) -> list[tuple[str, Any, Any]]:
    changes: list[tuple[str, Any, Any]] = []
    old_items = {it.indicator: it for it in old.items} if old else {}
    for it in new.items:
        before = old_items.get(it.indicator)
        if before is None:
            changes.append((f"item:{it.indicator}.points", None, round(it.points, 4)))
            continue
        if round(before.points, 4) != round(it.points, 4):
            changes.append(
                (f"item:{it.indicator}.points", round(before.points, 4), round(it.points, 4))
            )
        if before.value != it.value:
            changes.append((f"item:{it.indicator}.value", before.value, it.value))
    old_adj = round(old.adjustments.total, 4) if old else None
    if old_adj != round(new.adjustments.total, 4):
        changes.append(("adjustments", old_adj, round(new.adjustments.total, 4)))
    if old is not None and old.vetoed != new.vetoed:
        changes.append(("vetoed", old.vetoed, new.vetoed))
    return changes


def recompute_appraisal(
    session: Session,
    appraisal: AppraisalRow,
    *,
    reason: str,
    actor: str = "",
    appeal: AppealRow | None = None,
    lang: str | None = None,
    on: dt.date,
) -> Amendment:
    """Score the person again from the (corrected) inputs and replace the stored result
    (amended *on* that day)."""
    lang = lang or (appraisal.result or {}).get("lang") or "zh_CN"
    results = compute_period(
        session,
        to_domain(appraisal.period),
        staff_ids=[appraisal.staff_id],
        lang=lang,
        use_frozen_results=False,
    )
    person = results.by_staff().get(appraisal.staff_id)
    if person is None:
        raise AppealError("appeal.not_scored")
    return store_amendment(
        session, appraisal, person.result, reason=reason, actor=actor, appeal=appeal, on=on
    )


def store_amendment(
    session: Session,
    appraisal: AppraisalRow,
    new: AppraisalResult,
    *,
    reason: str,
    actor: str = "",
    appeal: AppealRow | None = None,
    appeal_id: int | None = None,
    on: dt.date,
    stored_before: dict[str, Any] | None = None,
    old: AppraisalResult | None = None,
    flush: bool = True,
    trail: list[dict[str, Any] | None] | None = None,
    shared_parts: dict[Any, Any] | None = None,
) -> Amendment:
    """Replace the stored result by *new*: the trail keeps every changed item, the old and new
    total, grade and coefficient with *reason*, and the form must be printed again.

    While an earlier amendment still waits for its reprint, the "previous" result kept is the
    one on the form last printed, not the intermediate one. A caller amending many appraisals
    passes what it has read already (*stored_before*, the stored result or its own part: only
    its language and amendment note are read; and *old*, it read, whole or as
    ``amendments.StoredFigures``), flushes once at the end
    (*flush* false), may collect the audit rows in *trail* to add them together
    (``audit.record_changes``) and pass one *shared_parts* dict for all its calls: the
    results' shared part (items' names, rules and texts) is then rendered and hashed once per
    template and language (``_stored_parts``)."""
    if stored_before is None:
        stored_before = appraisal.result
        old = AppraisalResult.from_dict(stored_before) if stored_before else None
    lang = (stored_before or {}).get("lang") or new.lang
    if appeal is None and appeal_id is not None:
        appeal = session.get(AppealRow, appeal_id)
    appeal_id = appeal.id if appeal is not None else None
    where = dict(
        actor=actor,
        appraisal_id=appraisal.id,
        appeal_id=appeal_id,
        reason=reason,
        entity="appraisal",
        entity_id=appraisal.id,
    )
    amendment = Amendment(
        appraisal_id=appraisal.id,
        old_total=appraisal.total,
        new_total=round(new.total, 4),
        old_grade=appraisal.grade,
        new_grade=new.grade,
        changed_items=_item_changes(old, new),
    )
    changes = [*amendment.changed_items]
    changes.append(("total", amendment.old_total, amendment.new_total))
    changes.append(("grade", amendment.old_grade, amendment.new_grade))
    if old is not None:
        changes.append(("coefficient", old.coefficient, new.coefficient))
    for what, before, after in changes:
        if trail is None:
            record_change(session, field=what, old=before, new=after, **where)
        else:
            trail.append(change_entry(field=what, old=before, new=after, **where))
    earlier = (stored_before or {}).get(AMENDMENT_KEY) or {}
    printed = earlier if earlier.get("reprint_required") else {}
    stored, shared, name = _stored_parts(new, lang, shared_parts)
    stored[AMENDMENT_KEY] = {
        "appeal_id": appeal_id,
        "appeal_number": appeal.number if appeal is not None else printed.get("appeal_number"),
        "reason": reason,
        "amended_on": on.isoformat(),
        "previous_total": printed.get(
            "previous_total", old.total if old is not None else amendment.old_total
        ),
        "previous_grade": printed.get("previous_grade", amendment.old_grade),
        "reprint_required": True,
    }
    appraisal.set_result_parts(stored, shared, name)
    appraisal.total = amendment.new_total
    appraisal.grade = new.grade
    if flush:
        session.flush()
    return amendment


def _stored_parts(
    result: AppraisalResult, lang: str, known: dict[Any, Any] | None
) -> tuple[dict[str, Any], list[Any] | None, str | None]:
    """(own part, shared part, its name) of ``result.to_dict(lang)`` as ``split_result``
    splits it; with *known*, the shared part of results scored on the same template items in
    *lang* is rendered and named once (it depends on nothing else)."""
    if known is None:
        shared, own = split_result(result.to_dict(lang))
        return own, shared, None
    key = (tuple(id(it.item) for it in result.items), lang)
    hit = known.get(key)
    if hit is None:
        shared, own = split_result(result.to_dict(lang))
        name = None if shared is None else content_hash(shared)
        # the items are kept with the part: their ids in the key stay theirs meanwhile
        known[key] = (result.items, shared, name)
        return own, shared, name
    _items, shared, name = hit
    return result.own_dict(lang), shared, name


def correct_appraisal(
    session: Session,
    appraisal_id: int,
    corrections: Corrections,
    *,
    note: str,
    actor: str = "",
    lang: str | None = None,
    today: dt.date | None = None,
) -> Amendment:
    """A correction after publication without an appeal: allowed only while not signed/locked.

    *today* is the day of the amendment (the context's clock; default the system date)."""
    if not note.strip():
        raise AppealError("appeal.note_required")
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise AppealError("appeal.no_appraisal", appraisal_id=appraisal_id)
    apply_corrections(session, appraisal, corrections, reason=note.strip(), actor=actor)
    on = today or dt.date.today()
    amendment = recompute_appraisal(
        session, appraisal, reason=note.strip(), actor=actor, lang=lang, on=on
    )
    amend_colleagues(session, appraisal, reason=note.strip(), actor=actor, on=on, lang=lang)
    return amendment


def amend_colleagues(
    session: Session,
    appraisal: AppraisalRow,
    *,
    reason: str,
    on: dt.date,
    actor: str = "",
    lang: str | None = None,
    appeal_id: int | None = None,
) -> None:
    """The corrected months feed colleagues' results too (team share, the manager's reps who
    met target) and the quarter and year: the post-publication rule re-scores those."""
    from salesperf_desktop.services.amendments import amend_published

    amend_published(
        session,
        to_domain(appraisal.period).months(),
        staff_ids=[appraisal.staff_id],
        reason=reason,
        on=on,
        actor=actor,
        lang=lang or (appraisal.result or {}).get("lang") or "zh_CN",
        appeal_id=appeal_id,
    )


# ----------------------------------------------------------------------------- decision


@dataclass
class Decision:
    appeal_id: int
    number: str
    outcome: AppealOutcome
    decided_late: bool
    amendment: Amendment | None


def decide_appeal(
    session: Session,
    appeal_id: int,
    *,
    outcome: AppealOutcome | str,
    reason: str,
    decided_on: dt.date,
    corrections: Corrections | None = None,
    actor: str = "",
    lang: str | None = None,
) -> Decision:
    """Record the committee's answer; an upheld one may correct values and recompute."""
    appeal = _appeal(session, appeal_id)
    outcome = AppealOutcome(outcome)
    if appeal.outcome is not AppealOutcome.PENDING:
        raise AppealError("appeal.already_decided", number=appeal.number)
    if outcome is AppealOutcome.PENDING:
        raise AppealError("appeal.choose_outcome")
    if not reason.strip():
        raise AppealError("appeal.decision_reason_required")
    if decided_on < appeal.filed_on:
        raise AppealError("appeal.decision_before_filing")
    if corrections and outcome not in CHANGING_OUTCOMES:
        raise AppealError("appeal.only_upheld_changes")
    appeal.outcome = outcome
    appeal.decided_on = decided_on
    appeal.decision_reason = reason.strip()
    why = f"{appeal.number}: {appeal.decision_reason}"
    record_change(
        session,
        entity="appeal",
        entity_id=appeal.id,
        field="outcome",
        old=AppealOutcome.PENDING.value,
        new=outcome.value,
        reason=why,
        actor=actor,
        appraisal_id=appeal.appraisal_id,
        appeal_id=appeal.id,
    )
    amendment = None
    if corrections:
        appraisal = appeal.appraisal
        apply_corrections(session, appraisal, corrections, reason=why, actor=actor, appeal=appeal)
        amendment = recompute_appraisal(
            session, appraisal, reason=why, actor=actor, appeal=appeal, lang=lang, on=decided_on
        )
        amend_colleagues(
            session,
            appraisal,
            reason=why,
            actor=actor,
            on=decided_on,
            lang=lang,
            appeal_id=appeal.id,
        )
    session.flush()
    return Decision(
        appeal_id=appeal.id,
        number=appeal.number,
        outcome=outcome,
        decided_late=decided_on > appeal.decision_due,
        amendment=amendment,
    )


def _appeal(session: Session, appeal_id: int) -> AppealRow:
    appeal = session.get(AppealRow, appeal_id)
    if appeal is None:
        raise AppealError("appeal.no_appeal", appeal_id=appeal_id)
    return appeal


# ----------------------------------------------------------------------------- reprints


def reprint_required(appraisal: AppraisalRow) -> bool:
    # (the note is a top-level key of the result's own part: the shared part is not joined)
    return _reprint_flag(appraisal.result_own)


def forms_to_reprint(session: Session) -> list[int]:
    """Appraisals whose stored result was amended after the form was printed.

    The flag lives in the stored result (``AMENDMENT_KEY``): each result is read as text and
    only those that name the flag are decoded (SQLite's own ``instr``/``json_extract`` over
    every result measured slower than this on 300 × 24)."""
    own = type_coerce(AppraisalRow.result_own, Text)
    rows = session.execute(
        select(AppraisalRow.id, own).where(own.is_not(None)).order_by(AppraisalRow.id)
    )
    return [
        appraisal_id
        for appraisal_id, text in rows
        if _FLAG_TEXT in text and _reprint_flag(json.loads(text))
    ]


_FLAG_TEXT = '"reprint_required"'


def _reprint_flag(own: Any) -> bool:
    return bool(((own or {}).get(AMENDMENT_KEY) or {}).get("reprint_required"))


def mark_reprinted(session: Session, appraisal_id: int) -> None:
    """Called by whoever printed the amended form (the amendment note itself stays)."""
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None or not reprint_required(appraisal):
        return
    result = dict(appraisal.result)
    result[AMENDMENT_KEY] = {**result[AMENDMENT_KEY], "reprint_required": False}
    appraisal.result = result


# ----------------------------------------------------------------------------- listing


@dataclass(frozen=True)
class AppealRecord:
    id: int
    number: str
    appraisal_id: int
    staff_id: int
    employee_no: str
    staff_name: str
    period_key: str
    published_on: dt.date | None
    filing_deadline: dt.date
    filed_on: dt.date
    late: bool
    decision_due: dt.date
    outcome: AppealOutcome
    decided_on: dt.date | None
    reason: str
    decision_reason: str
    evidence: tuple[tuple[int, str, int], ...]  # (id, file name, size)
    overdue: bool  # still pending after the decision was due
    decided_late: bool
    total: float | None = None  # the appealed appraisal's current result
    grade: str | None = None


def appeal_rows(
    session: Session,
    *,
    today: dt.date | None = None,
    appraisal_id: int | None = None,
    appraisal_ids: Iterable[int] | None = None,
) -> list[AppealRecord]:
    """Appeals, newest first: all, one appraisal's, or those of ``appraisal_ids`` (printing)."""
    today = today or dt.date.today()
    query = (
        select(AppealRow)
        .options(
            selectinload(AppealRow.appraisal).selectinload(AppraisalRow.staff),
            selectinload(AppealRow.appraisal).selectinload(AppraisalRow.period),
            selectinload(AppealRow.evidence),
        )
        .order_by(AppealRow.filed_on.desc(), AppealRow.id.desc())
    )
    if appraisal_id is not None:
        query = query.where(AppealRow.appraisal_id == appraisal_id)
    if appraisal_ids is not None:
        query = query.where(AppealRow.appraisal_id.in_(list(appraisal_ids)))
    return [appeal_record(a, today) for a in session.scalars(query)]


def appeal_record(a: AppealRow, today: dt.date) -> AppealRecord:
    """The view of one appeal; *today* says whether a pending one is overdue."""
    pending = a.outcome is AppealOutcome.PENDING
    return AppealRecord(
        id=a.id,
        number=a.number,
        appraisal_id=a.appraisal_id,
        staff_id=a.appraisal.staff_id,
        employee_no=a.appraisal.staff.employee_no,
        staff_name=a.appraisal.staff.name,
        period_key=a.appraisal.period.key,
        published_on=published_date(a.appraisal),
        filing_deadline=a.filing_deadline,
        filed_on=a.filed_on,
        late=a.late,
        decision_due=a.decision_due,
        outcome=a.outcome,
        decided_on=a.decided_on,
        reason=a.reason,
        decision_reason=a.decision_reason,
        evidence=tuple((e.id, e.file_name, len(e.content or b"")) for e in a.evidence),
        overdue=pending and today > a.decision_due,
        decided_late=bool(a.decided_on and a.decided_on > a.decision_due),
        total=shown_score(a.appraisal).total,
        grade=shown_score(a.appraisal).grade,
    )


@dataclass(frozen=True)
class AppealableRecord:
    appraisal_id: int
    staff_name: str
    employee_no: str
    period_key: str
    published_on: dt.date
    total: float | None
    grade: str | None
    status: AppraisalStatus


def appealable_appraisals(session: Session) -> list[AppealableRecord]:
    """Published or signed appraisals, newest period first (the filing dialog's choices)."""
    rows = session.scalars(
        select(AppraisalRow)
        .options(selectinload(AppraisalRow.staff), selectinload(AppraisalRow.period))
        .where(AppraisalRow.status != AppraisalStatus.DRAFT)
    ).all()
    out = [
        AppealableRecord(
            a.id,
            a.staff.name,
            a.staff.employee_no,
            a.period.key,
            published_date(a),
            shown_score(a).total,
            shown_score(a).grade,
            a.status,
        )
        for a in rows
        if published_date(a) is not None
    ]
    out.sort(key=lambda r: (r.published_on, r.period_key, r.employee_no), reverse=True)
    return out


@dataclass(frozen=True)
class CorrectableItem:
    indicator: str
    label: str
    measure: str


def correctable_inputs(
    session: Session, appraisal_id: int, *, lang: str = "zh_CN"
) -> tuple[list[str], list[CorrectableItem], dict[tuple[str, str], dict[str, Any]]]:
    """Months, indicators and the current inputs (month, indicator) → {target, actual, base,
    passed, supervisor, self, peer}, for the correction editor."""
    appraisal = session.get(AppraisalRow, appraisal_id)
    if appraisal is None:
        raise AppealError("appeal.no_appraisal", appraisal_id=appraisal_id)
    months = [str(m) for m in to_domain(appraisal.period).months()]
    items = []
    if appraisal.result:
        res = AppraisalResult.from_dict(appraisal.result)
        items = [CorrectableItem(it.indicator, it.label(lang), it.measure) for it in res.items]
    values: dict[tuple[str, str], dict[str, Any]] = {}
    for month in months:
        row = stored_period(session, Period.parse(month))
        if row is None:
            continue
        for e in session.scalars(
            select(MetricEntryRow).where(
                MetricEntryRow.staff_id == appraisal.staff_id, MetricEntryRow.period_id == row.id
            )
        ):
            values.setdefault((month, e.indicator_code), {}).update(
                target=e.target, actual=e.actual, base=e.base, passed=e.passed
            )
        for r in session.scalars(
            select(RatingRow).where(
                RatingRow.staff_id == appraisal.staff_id, RatingRow.period_id == row.id
            )
        ):
            values.setdefault((month, r.indicator_code), {})[r.rater_role.value] = r.value
    return months, items, values


# ----------------------------------------------------------------------------- use cases
# What the window and the CLI call: each opens its own unit of work and returns records.


@dataclass(frozen=True)
class CorrectableInputs:
    """The months of an appraisal, its indicators, and the inputs a correction may change."""

    months: tuple[str, ...]
    items: tuple[CorrectableItem, ...]
    values: dict[tuple[str, str], dict[str, Any]]  # (month, indicator) → {field: value}

    def labels(self) -> dict[str, str]:
        return {it.indicator: it.label for it in self.items}


def list_appeals(ctx: AppContext, *, today: dt.date | None = None) -> list[AppealRecord]:
    """Every appeal, newest first; overdue flags as of *today* (default the context's clock)."""
    with ctx.session() as session:
        return appeal_rows(session, today=today or ctx.today())


def get_appeal(ctx: AppContext, appeal_id: int) -> AppealRecord:
    with ctx.session() as session:
        return appeal_record(_appeal(session, appeal_id), ctx.today())


def appeal_id_by_number(ctx: AppContext, number: str) -> int | None:
    with ctx.session() as session:
        return session.scalar(select(AppealRow.id).where(AppealRow.number == number))


def appraisal_id_for(ctx: AppContext, employee_no: str, period_key: str) -> int | None:
    """The appraisal of one person in one period (None: not appraised there)."""
    with ctx.session() as session:
        period = stored_period(session, Period.parse(period_key))
        if period is None:
            return None
        return session.scalar(
            select(AppraisalRow.id)
            .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
            .where(StaffRow.employee_no == employee_no, AppraisalRow.period_id == period.id)
        )


def list_appealable(ctx: AppContext) -> list[AppealableRecord]:
    with ctx.session() as session:
        return appealable_appraisals(session)


def deadlines(
    ctx: AppContext, published_on: dt.date, filed_on: dt.date | None = None
) -> AppealWindow:
    """Filing deadline and decision due date in working days (the days the company policy sets)."""
    filing, decision = appeal_days(ctx)
    return appeal_window(
        published_on,
        filed_on,
        calendar=workday_calendar(ctx),
        filing_days=filing,
        decision_days=decision,
    )


def submit_appeal(
    ctx: AppContext,
    appraisal_id: int,
    *,
    filed_on: dt.date,
    reason: str,
    evidence_files: Iterable[Path] = (),
) -> AppealRecord:
    """File an appeal with its evidence files (read first: an unreadable one raises OSError)."""
    evidence = [(Path(p).name, Path(p).read_bytes()) for p in evidence_files]
    filing, decision = appeal_days(ctx)
    with ctx.transaction() as session:
        appeal = file_appeal(
            session,
            appraisal_id,
            filed_on=filed_on,
            reason=reason,
            evidence=evidence,
            actor=ctx.actor,
            filing_days=filing,
            decision_days=decision,
        )
        return appeal_record(appeal, filed_on)


def record_decision(
    ctx: AppContext,
    appeal_id: int,
    *,
    outcome: AppealOutcome | str,
    reason: str,
    decided_on: dt.date,
    corrections: Corrections | None = None,
) -> Decision:
    """The committee's outcome; corrections of an upheld appeal are applied and re-scored in the
    same transaction (all or nothing)."""
    with ctx.transaction() as session:
        return decide_appeal(
            session,
            appeal_id,
            outcome=outcome,
            reason=reason,
            decided_on=decided_on,
            corrections=corrections or None,
            actor=ctx.actor,
        )


def correct_published(
    ctx: AppContext, appraisal_id: int, corrections: Corrections, *, note: str
) -> Amendment:
    """A correction after publication without an appeal (refused once signed: LockedError)."""
    with ctx.transaction() as session:
        return correct_appraisal(
            session, appraisal_id, corrections, note=note, actor=ctx.actor, today=ctx.today()
        )


def correction_inputs(ctx: AppContext, appraisal_id: int) -> CorrectableInputs:
    with ctx.session() as session:
        months, items, values = correctable_inputs(session, appraisal_id, lang=ctx.lang)
    return CorrectableInputs(tuple(months), tuple(items), values)


def attach_evidence(ctx: AppContext, appeal_id: int, paths: Iterable[Path]) -> list[int]:
    """Add files to an appeal's evidence (all or none)."""
    with ctx.transaction() as session:
        return [add_evidence_file(session, appeal_id, Path(p)) for p in paths]


def evidence_name(ctx: AppContext, evidence_id: int) -> str:
    with ctx.session() as session:
        return evidence_content(session, evidence_id)[0]


def export_evidence(ctx: AppContext, evidence_id: int, target: Path) -> Path:
    """Write an evidence file to *target* (a file, or a folder keeping the stored name)."""
    with ctx.session() as session:
        return save_evidence(session, evidence_id, target)
