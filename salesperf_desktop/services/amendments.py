"""The one rule for changes after publication, applied by every writer of score inputs.

A value, rating, event or target of a month may change after the month (or the quarter or year
containing it) was published, as long as no appraisal it feeds is signed and the month is not
locked (``locking.ensure_editable`` refuses those and names the way forward: an appeal). The
change needs a reason, and in the same transaction:

- every published, not yet signed appraisal of the month, its quarter and its year is scored
  again exactly as ``publish_period`` scored it (the whole cohort: a rep's change may move the
  manager's "reps who met target" or the team share of colleagues);
- each appraisal whose result changed gets the new result, total and grade; the trail keeps the
  old and new values with the reason (``appeals.store_amendment``), and the form printed earlier
  is superseded: it must be printed again and signed (``appeals.reprint_required``).

Signed appraisals keep their result; only an upheld appeal changes them
(``appeals.decide_appeal``), which then applies this rule to the colleagues too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import AppraisalResult
from salesperf_desktop.domain.status import AppraisalStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services.appeals import Amendment, _item_changes, store_amendment
from salesperf_desktop.services.appraisals import compute_period, stored_result, to_domain
from salesperf_desktop.services.audit import record_changes
from salesperf_desktop.services.locking import ReasonRequired, ensure_editable
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import (
    AppraisalRow,
    PeriodRow,
    SnapshotRow,
    StaffRow,
    shared_document,
)


def covering_periods(month: Period) -> tuple[Period, ...]:
    """The month and the quarter and year computed from it."""
    return (month, month.quarter_of(), month.year_of())


# Built once: every grid save asks whether its month is published.
_PUBLISHED = select(PeriodRow).where(
    PeriodRow.year.in_(bindparam("years", expanding=True)),
    PeriodRow.status.in_((PeriodStatus.PUBLISHED, PeriodStatus.LOCKED)),
)


def published_covering(session: Session, months: Iterable[Period]) -> list[PeriodRow]:
    """The published (or locked) stored periods among the months and their quarters and years."""
    wanted = {p for m in months for p in covering_periods(m)}
    if not wanted:
        return []
    rows = session.scalars(_PUBLISHED, {"years": sorted({p.year for p in wanted})})
    found = [r for r in rows if to_domain(r) in wanted]
    order = {PeriodKind.MONTH: 0, PeriodKind.QUARTER: 1, PeriodKind.YEAR: 2}
    found.sort(key=lambda r: (r.year, order[r.kind], r.number))
    return found


def after_publication(session: Session, *months: Period) -> bool:
    """Whether a change of *months* changes something published (a reason is then required)."""
    return bool(published_covering(session, months))


@dataclass(frozen=True)
class GuardedChange:
    """A change of the score inputs of *months* for *staff_ids*, allowed by ``guard_change``:
    *periods* are the months' stored rows (None: not stored), *audited* whether something
    published covers them (the change is then audited and ``amend`` re-scores)."""

    months: tuple[Period, ...]
    periods: tuple[PeriodRow | None, ...]
    staff_ids: frozenset[int]
    audited: bool
    reason: str
    appeal_id: int | None = None

    def amend(
        self, session: Session, *, on: dt.date, actor: str = "", lang: str = "zh_CN"
    ) -> list[Amendment]:
        """After the write: the published, unsigned appraisals it feeds are scored again and
        stored with the reason (nothing when the months are not published)."""
        if not self.audited:
            return []
        return amend_published(
            session,
            self.months,
            staff_ids=self.staff_ids,
            reason=self.reason,
            on=on,
            actor=actor,
            lang=lang,
            appeal_id=self.appeal_id,
        )


def guard_change(
    session: Session,
    months: Iterable[Period],
    staff_ids: Iterable[int],
    *,
    reason: str = "",
    appeal_id: int | None = None,
    create: bool = True,
) -> GuardedChange:
    """Building block, the one check before a writer changes inputs of *months* for the people
    *staff_ids*: after publication a reason is required (ReasonRequired), and a locked month or
    a signed appraisal fed by it refuses (LockedError; an upheld appeal, *appeal_id*, may).
    With *create* the months' periods are stored when missing (a writer of values needs them);
    without, a month not stored has nothing to guard."""
    months = tuple(months)
    staff_ids = frozenset(staff_ids)
    periods = tuple(stored_period(session, m, create=create) for m in months)
    audited = after_publication(session, *months)
    if audited and not reason.strip() and appeal_id is None:
        raise ReasonRequired()
    for period in periods:
        if period is not None:
            for sid in sorted(staff_ids):
                ensure_editable(session, sid, period, appeal_id=appeal_id)
    return GuardedChange(months, periods, staff_ids, audited, reason.strip(), appeal_id)


def scored_with(session: Session, staff_ids: Iterable[int]) -> set[int]:
    """The people whose result may move with these people's inputs: they themselves and their
    teams (the team share and a manager's "reps who met target" are the only links between
    people in ``score_many``)."""
    staff_ids = set(staff_ids)
    teams = set(
        session.scalars(
            select(StaffRow.team_id).where(
                StaffRow.id.in_(staff_ids), StaffRow.team_id.is_not(None)
            )
        )
    )
    if teams:
        staff_ids |= set(session.scalars(select(StaffRow.id).where(StaffRow.team_id.in_(teams))))
    return staff_ids


class _Stored:
    """An unsigned published appraisal as an amendment reads it: its columns from one query,
    not the ORM object (an import amended 1,272 of 1,800 through the ORM's unit of work), filled by
    ``appeals.store_amendment`` as it fills an ``AppraisalRow`` (``set_result_parts`` is the
    row's own: the same columns get the same values) and written in one statement
    (``_write_amended``)."""

    def __init__(self, session: Session, row: Any) -> None:
        self.id, self.staff_id, self.result_own, self.result_shared_hash = row[:4]
        self.total, self.grade = row[4:]
        self._session = session

    set_result_parts = AppraisalRow.set_result_parts

    def result_shared_body(self) -> Any:
        name = self.result_shared_hash  # (kept for the session, as ``AppraisalRow`` keeps it)
        return None if name is None else shared_document(self._session, name)


_APPRAISAL = AppraisalRow.__table__.c
_STORED_COLUMNS = (
    AppraisalRow.id,
    AppraisalRow.staff_id,
    AppraisalRow.result_own,
    AppraisalRow.result_shared_hash,
    AppraisalRow.total,
    AppraisalRow.grade,
)
# the columns AppraisalRow.set_result_parts and store_amendment set, by primary key
_AMEND = (
    update(AppraisalRow.__table__)
    .where(_APPRAISAL.id == bindparam("b_id"))
    .values(
        result=bindparam("b_result"),
        result_shared_hash=bindparam("b_shared"),
        total=bindparam("b_total"),
        grade=bindparam("b_grade"),
        shown_total=bindparam("b_shown"),
        coefficient=bindparam("b_coefficient"),
    )
)


def _unsigned(session: Session, period: PeriodRow, staff_ids: set[int] | None) -> list[_Stored]:
    query = select(*_STORED_COLUMNS).where(
        AppraisalRow.period_id == period.id,
        AppraisalRow.status == AppraisalStatus.PUBLISHED,
    )
    if staff_ids is not None:
        query = query.where(AppraisalRow.staff_id.in_(staff_ids))
    return [_Stored(session, row) for row in session.execute(query.order_by(AppraisalRow.id))]


def _write_amended(session: Session, amended: list[_Stored]) -> None:
    """Write the amended appraisals in one statement: the shared parts they name first (as
    ``AppraisalRow``'s flush does), then their columns; an ORM object of one of them that the
    session holds is expired (read again when next used)."""
    pending: dict[str, Any] = {}
    for row in amended:
        pending.update(row.__dict__.pop("_pending_shared", None) or {})
    for name, body in pending.items():
        if session.get(SnapshotRow, name) is None:
            session.add(SnapshotRow(hash=name, body=body))
    session.flush()
    if not amended:
        return
    session.execute(
        _AMEND,
        [
            {
                "b_id": row.id,
                "b_result": row.result_own,
                "b_shared": row.result_shared_hash,
                "b_total": row.total,
                "b_grade": row.grade,
                "b_shown": row.shown_total,
                "b_coefficient": row.coefficient,
            }
            for row in amended
        ],
    )
    for row in amended:
        loaded = session.identity_map.get(identity_key(AppraisalRow, row.id))
        if loaded is not None:
            session.expire(loaded)


@dataclass(frozen=True, slots=True)
class _ItemFigures:
    indicator: str
    points: float
    value: float | None


@dataclass(frozen=True, slots=True)
class _AdjustmentFigures:
    total: float


@dataclass(frozen=True, slots=True)
class StoredFigures:
    """What ``result_differs`` and the amendment's trail read of a stored result (its total,
    grade, coefficient, veto, team score, adjustments and each item's points and value), read
    from the stored dict without rebuilding the whole result (``stored_result``)."""

    total: float
    grade: str
    coefficient: float | None
    vetoed: bool
    team_score: float | None
    items: tuple[_ItemFigures, ...]
    adjustments: _AdjustmentFigures


def stored_figures(appraisal: AppraisalRow | _Stored) -> StoredFigures | AppraisalResult | None:
    """The appraisal's stored result as far as an amendment compares it (None: none stored);
    the whole result (``stored_result``) when its items are not stored apart."""
    own = appraisal.result_own
    if own is None:
        return None
    shared = appraisal.result_shared_body()
    if shared is None:
        return stored_result(appraisal)
    items = tuple(
        _ItemFigures(common["indicator"], mine["points"], mine.get("value"))
        for (_keys, common), mine in zip(shared, own["items"], strict=True)
    )
    adjustments = own["adjustments"]
    return StoredFigures(
        total=own["total"],
        grade=own["grade"],
        coefficient=own["coefficient"],
        vetoed=own["veto"]["vetoed"],
        team_score=own["team"]["team_score"],
        items=items,
        adjustments=_AdjustmentFigures(adjustments["bonus"] + adjustments["penalty"]),
    )


def result_differs(old: AppraisalResult | StoredFigures | None, new: AppraisalResult) -> bool:
    """Whether a form printed with *old* would show something else than one with *new*."""
    if old is None:
        return True
    return (
        round(old.total, 4) != round(new.total, 4)
        or old.grade != new.grade
        or old.coefficient != new.coefficient
        or old.vetoed != new.vetoed
        or _rounded(old.team_score) != _rounded(new.team_score)
        or bool(_item_changes(old, new))
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def amend_published(
    session: Session,
    months: Iterable[Period],
    *,
    staff_ids: Iterable[int] | None = None,
    reason: str,
    on: dt.date,
    actor: str = "",
    lang: str = "zh_CN",
    appeal_id: int | None = None,
) -> list[Amendment]:
    """Building block, called by every writer after it changed inputs of *months* (of the people
    *staff_ids*; None: anyone): re-score the published periods covering them and store each
    unsigned appraisal whose result changed (only the people scored with them can change).

    Returns what changed (one Amendment per appraisal), in period then person order."""
    months = list(months)
    amendments: list[Amendment] = []
    session.flush()
    covering = published_covering(session, months)
    if not covering:
        return amendments
    affected = None if staff_ids is None else scored_with(session, staff_ids)
    for period in covering:
        appraisals = _unsigned(session, period, affected)
        if not appraisals:
            continue
        amendments += _amend_period(
            session,
            period,
            appraisals,
            reason=reason,
            on=on,
            actor=actor,
            lang=lang,
            appeal_id=appeal_id,
        )
    return amendments


def amend_after_import(
    session: Session, ctx, months: Iterable[Period], *, staff_ids, reason: str
) -> list[Amendment]:
    """``amend_published`` as every import ends: on the context's day, by its officer, in its
    language (metrics, key events and rater sheets alike)."""
    return amend_published(
        session,
        months,
        staff_ids=staff_ids,
        reason=reason,
        on=ctx.today(),
        actor=getattr(ctx, "actor", ""),
        lang=getattr(ctx, "lang", "zh_CN"),
    )


def _amend_period(
    session: Session,
    period: PeriodRow,
    appraisals: list[_Stored],
    *,
    reason: str,
    on: dt.date,
    actor: str,
    lang: str,
    appeal_id: int | None,
) -> list[Amendment]:
    """Score the period's cohort once per language the results were published in.

    The stored results' figures (``stored_figures``) are compared with the fresh results as
    scored: a result is written only when it differs."""
    # the own part of each stored result: its language and amendment note, without the items
    own = {a.id: a.result_own for a in appraisals}
    by_lang: dict[str, list[_Stored]] = {}
    for a in appraisals:
        by_lang.setdefault((own[a.id] or {}).get("lang") or lang, []).append(a)
    amendments = []
    amended: list[_Stored] = []
    trail: list[dict[str, Any] | None] = []  # the audit rows, added together
    shared_parts: dict[Any, Any] = {}  # the results' shared part, rendered once per template
    for result_lang, group in by_lang.items():
        scored = compute_period(
            session,
            to_domain(period),
            staff_ids=[a.staff_id for a in group],
            lang=result_lang,
            use_frozen_results=False,
        ).by_staff()
        for a in group:
            person = scored.get(a.staff_id)
            # None, or an interim month (no grade): a month published before the person's team
            # went quarterly keeps what was published (issue #18: months are not theirs now)
            if person is None or person.result.coefficient is None:
                continue
            new = person.result
            old = stored_figures(a)
            if not result_differs(old, new):
                continue
            amended.append(a)
            amendments.append(
                store_amendment(
                    session,
                    a,
                    new,
                    reason=reason,
                    actor=actor,
                    appeal_id=appeal_id,
                    on=on,
                    stored_before=own[a.id] or {},
                    old=old,
                    flush=False,
                    trail=trail,
                    shared_parts=shared_parts,
                )
            )
    _write_amended(session, amended)
    record_changes(session, trail)
    return amendments
