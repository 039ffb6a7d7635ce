"""带教成果 (seed 002 §三(三)): each mentor's mentees and figures for a month, and writing them
as the mentor's actuals of the two mentoring indicators (``domain.mentoring``).

The figures are worked out from the register (mentors, hire dates, probation), the mentees'
monthly sales actuals and the month's compliance errors. They are written as the month's
actuals through the grid's own path (``entry.write_values``): one transaction, the locks, a
reason and the audit trail after publication, published appraisals amended. A figure written
earlier that the mentees' data no longer give (a sale entered late, an event removed) is
flagged on the grid (``sheet_notes``) and in the dialog until it is written again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain import mentoring as mt
from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import AppraisalResult
from salesperf_desktop.domain.status import PeriodKind, PeriodStatus, StaffStatus
from salesperf_desktop.services.entry import CellWrite, EntrySheet, _month_sheet, write_values
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.storage.models import EventRow, MetricEntryRow, PeriodRow, StaffRow

VETO = "veto"  # the event category of a compliance veto (services/events.py)
VETO_ITEM = "compliance_veto"  # the library's compliance veto item


@dataclass(frozen=True)
class MentorRecord:
    """One mentor's 带教成果 of one kind in a month, as the dialog lists it."""

    mentor_id: int
    mentor: str  # "E010 郑强"
    kind: str  # mentoring.BUSINESS / COMPLIANCE
    indicator: str
    mentees: tuple[str, ...]  # "E012 黄磊"
    figure: str  # "60.5 天" / "66.67%" / none counted
    lines: tuple[str, ...]  # how the figure was made
    target: float | None  # what is to be written
    actual: float | None
    on_sheet: bool  # the mentor's sheet of the month has the indicator
    locked: bool  # the mentor's appraisal is locked or signed: not written
    stored_target: float | None = None
    stored_actual: float | None = None

    @property
    def written(self) -> bool:
        """The figure entered is the one the mentees' data give."""
        return _same(self.stored_target, self.target) and _same(self.stored_actual, self.actual)

    @property
    def to_write(self) -> bool:
        return self.on_sheet and not self.locked and not self.written


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) < 1e-9


# ----------------------------------------------------------------------------- reading


def _mentees(session: Session) -> list[mt.Mentee]:
    rows = session.execute(
        select(
            StaffRow.id,
            StaffRow.employee_no,
            StaffRow.name,
            StaffRow.hire_date,
            StaffRow.status,
            StaffRow.leave_date,
            StaffRow.business_mentor_id,
            StaffRow.compliance_mentor_id,
        ).where(
            or_(
                StaffRow.business_mentor_id.is_not(None), StaffRow.compliance_mentor_id.is_not(None)
            )
        )
    ).all()
    return [
        mt.Mentee(sid, no, name, hired, status == StaffStatus.PROBATION, left, biz, comp)
        for sid, no, name, hired, status, left, biz, comp in rows
    ]


def _sale_months(session: Session, ids: Sequence[int], upto: Period) -> dict[int, set[Period]]:
    """Staff id → the months up to *upto* with a sales actual above 0."""
    rows = session.execute(
        select(MetricEntryRow.staff_id, PeriodRow.year, PeriodRow.number)
        .join(PeriodRow, PeriodRow.id == MetricEntryRow.period_id)
        .where(
            MetricEntryRow.staff_id.in_(ids),
            MetricEntryRow.indicator_code.in_(mt.SALES_INDICATORS),
            MetricEntryRow.actual > 0,
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.year <= upto.year,
        )
    ).all()
    found: dict[int, set[Period]] = {}
    for sid, year, number in rows:
        found.setdefault(sid, set()).add(Period.month(year, number))
    return found


def _errors(session: Session, ids: Sequence[int], period_id: int | None) -> dict[int, list[str]]:
    """Staff id → the compliance errors of the month (a veto event, a failed veto item)."""
    found: dict[int, list[str]] = {}
    if period_id is None:
        return found
    for sid in session.scalars(
        select(EventRow.staff_id).where(
            EventRow.period_id == period_id, EventRow.staff_id.in_(ids), EventRow.category == VETO
        )
    ):
        found.setdefault(sid, []).append(mt.VETO_EVENT)
    for sid, passed, actual in session.execute(
        select(MetricEntryRow.staff_id, MetricEntryRow.passed, MetricEntryRow.actual).where(
            MetricEntryRow.period_id == period_id,
            MetricEntryRow.staff_id.in_(ids),
            MetricEntryRow.indicator_code == VETO_ITEM,
        )
    ):
        failed = passed is False or (passed is None and actual is not None and actual < 0.5)
        if failed:
            found.setdefault(sid, []).append(mt.VETO_ITEM)
    return found


def _outcomes(session: Session, month: Period, period_id: int | None) -> list[mt.MentorOutcome]:
    mentees = [m for m in _mentees(session) if mt.is_new(m, month)]
    ids = [m.staff_id for m in mentees]
    return mt.outcomes(
        mentees, month, _sale_months(session, ids, month), _errors(session, ids, period_id)
    )


def _records(session: Session, sheet: EntrySheet, lang: str) -> list[MentorRecord]:
    outcomes = _outcomes(session, sheet.month, sheet.period_id)
    names = dict(
        (sid, f"{no} {name}")
        for sid, no, name in session.execute(
            select(StaffRow.id, StaffRow.employee_no, StaffRow.name).where(
                StaffRow.id.in_({o.mentor_id for o in outcomes})
            )
        )
    )
    by_id = {p.staff_id: p for p in sheet.people}
    records = []
    for o in outcomes:
        person = by_id.get(o.mentor_id)
        on_sheet = person is not None and person.template.item(o.indicator) is not None
        records.append(
            MentorRecord(
                mentor_id=o.mentor_id,
                mentor=names.get(o.mentor_id, str(o.mentor_id)),
                kind=o.kind,
                indicator=o.indicator,
                mentees=tuple(f"{m.employee_no} {m.name}" for m in o.mentees),
                figure=o.figure_text(lang),
                lines=tuple(o.explain(lang)),
                target=o.target,
                actual=o.actual,
                on_sheet=on_sheet,
                locked=bool(person is not None and (person.locked or person.signed)),
                stored_target=person.get(o.indicator, "target") if person else None,
                stored_actual=person.get(o.indicator, "actual") if person else None,
            )
        )
    # a mentor whose sheet still holds a figure but who has no new mentee this month any more
    listed = {(r.mentor_id, r.indicator) for r in records}
    for p in sheet.people:
        for code in mt.INDICATORS:
            if (p.staff_id, code) in listed or p.template.item(code) is None:
                continue
            stored_t, stored_a = p.get(code, "target"), p.get(code, "actual")
            if stored_t is None and stored_a is None:
                continue
            kind = next(k for k, c in mt.INDICATOR_OF.items() if c == code)
            empty = mt.MentorOutcome(p.staff_id, kind)
            records.append(
                MentorRecord(
                    p.staff_id,
                    f"{p.employee_no} {p.name}",
                    kind,
                    code,
                    (),
                    empty.figure_text(lang),
                    tuple(empty.explain(lang)),
                    None,
                    None,
                    True,
                    p.locked or p.signed,
                    stored_t,
                    stored_a,
                )
            )
    records.sort(key=lambda r: (mt.KINDS.index(r.kind), r.mentor))
    return records


def mentoring_records(ctx, month: Period, *, lang: str | None = None) -> list[MentorRecord]:
    """Every mentor of *month* with their new mentees, the figures and what is entered."""
    lang = lang or ctx.lang
    with ctx.session() as session:
        sheet = _month_sheet(session, month, lang)
        return _records(session, sheet, lang)


# ----------------------------------------------------------------------------- writing


def _writes(records: Iterable[MentorRecord]) -> list[CellWrite]:
    writes = []
    for r in records:
        if not r.to_write:
            continue
        if not _same(r.stored_target, r.target):
            writes.append(CellWrite(r.mentor_id, r.indicator, "target", r.target))
        if not _same(r.stored_actual, r.actual):
            writes.append(CellWrite(r.mentor_id, r.indicator, "actual", r.actual))
    return writes


def write_mentoring(ctx, month: Period, *, reason: str = "") -> int:
    """Write every mentor's figures of *month* that differ from what is entered, in one
    transaction (all or nothing) under the grid's rules: refused in a locked month, a reason
    required after publication (``ReasonRequired``), audited, published appraisals amended.
    Mentors whose appraisal is locked or signed, or whose sheet lacks the indicator, are
    left as they are (the dialog says so). Returns how many mentors' figures were written."""
    with ctx.transaction() as session:
        sheet = _month_sheet(session, month, ctx.lang)
        if sheet.status is PeriodStatus.LOCKED:
            raise LockedError("locked.period", period=str(month))
        records = [r for r in _records(session, sheet, ctx.lang) if r.to_write]
        write_values(
            session,
            month,
            _writes(records),
            reason=reason,
            actor=ctx.actor,
            on=ctx.today(),
            lang=ctx.lang,
        )
    return len(records)


# ----------------------------------------------------------------------------- the grid


def sheet_notes(session: Session, sheet: EntrySheet) -> dict[tuple[int, str], tuple[str, ...]]:
    """(mentor's staff id, indicator) → the lines the grid shows on the mentor's cell: how the
    figure was made, and a warning when what is entered is not what the mentees' data give.
    Nothing is read when no sheet of the month has a mentoring indicator."""
    templates = {id(p.template): p.template for p in sheet.people}.values()
    if not any(t.item(code) is not None for t in templates for code in mt.INDICATORS):
        return {}
    lang = sheet.lang
    notes = {}
    for r in _records(session, sheet, lang):
        if not r.on_sheet:
            continue
        lines = list(r.lines)
        if not r.written:
            params = {
                "figure": _shown(r.kind, r.target, r.actual, lang),
                "stored": _shown(r.kind, r.stored_target, r.stored_actual, lang),
            }
            lines.append(render("mentoring.stale", params, lang))
        notes[(r.mentor_id, r.indicator)] = tuple(lines)
    return notes


def _shown(kind: str, target: float | None, actual: float | None, lang: str) -> str:
    if actual is None:
        return "—"
    if kind == mt.BUSINESS:
        return render("mentoring.days", {"days": fmt_number(actual)}, lang)
    return fmt_percent(actual / target) if target else fmt_number(actual)


# ----------------------------------------------------------------------------- the form


def form_notes(
    session: Session, month: Period, people: Iterable[tuple[int, AppraisalResult]], lang: str
) -> dict[int, list[str]]:
    """Staff id → the lines a mentor's printed form adds under 说明: per mentoring item on their
    sheet, how its figure was made, and a warning when the actual printed is not what the
    mentees' data give now. Nothing is read when no result has a mentoring item."""
    wanted = {
        sid: [it for it in result.items if it.indicator in mt.INDICATORS] for sid, result in people
    }
    wanted = {sid: items for sid, items in wanted.items() if items}
    if not wanted or month.kind != PeriodKind.MONTH.value:
        return {}
    stored = stored_period(session, month)
    found = {
        (o.mentor_id, o.indicator): o
        for o in _outcomes(session, month, stored.id if stored else None)
        if o.mentor_id in wanted
    }
    notes: dict[int, list[str]] = {}
    for sid, items in wanted.items():
        for it in items:
            kind = next(k for k, c in mt.INDICATOR_OF.items() if c == it.indicator)
            o = found.get((sid, it.indicator)) or mt.MentorOutcome(sid, kind)
            lines = notes.setdefault(sid, [])
            lines.append(_one_line(it.label(lang), o.explain(lang), lang))
            if not (_same(it.target, o.target) and _same(it.actual, o.actual)):
                params = {
                    "figure": _shown(kind, o.target, o.actual, lang),
                    "stored": _shown(kind, it.target, it.actual, lang),
                }
                lines.append(render("mentoring.stale", params, lang))
    return notes


def _one_line(name: str, lines: Sequence[str], lang: str) -> str:
    """ "带教学员首单周期：学员：E012 黄磊（…）；首单周期平均 120 天（…）" for the form's notes."""
    if lang == "en":
        return f"{name}: {lines[0]} " + "; ".join(lines[1:])
    return f"{name}：{lines[0]}" + "；".join(lines[1:])
