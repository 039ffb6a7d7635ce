"""Staff movements and leave: recorded in the Staff tab, read when a period is scored.

The officer records a dated move (transfer, promotion, demotion) with her reason, or a leave
period; both are audited. The register's team and role follow the latest move. Scoring a period
(``appraisals.compute_period``) asks ``PeriodMovements`` where each person was, day by day:
a person who moved within the period is scored in each placement and combined by working days
(``domain.movements``); leave adds the 事假 deduction, prorates targets for long leave, and a
person on leave the whole period is not graded and named with the reason.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from salesperf_desktop.domain import movements as mv
from salesperf_desktop.domain.adjustments import AdjustmentType
from salesperf_desktop.domain.messages import CodedError, Problem, render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import AppraisalResult
from salesperf_desktop.domain.scoring import PersonPeriodInput
from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.domain.template import Template
from salesperf_desktop.services.adjustment_types import stored_catalogue
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.staff import code_label
from salesperf_desktop.services.workdays import load_calendar
from salesperf_desktop.storage.models import LeaveRow, PeriodRow, StaffMoveRow, StaffRow, TeamRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.services.amendments import GuardedChange
    from salesperf_desktop.services.appraisals import StaffFacts


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class MoveRecord:
    id: int
    effective: dt.date
    kind: str
    from_team: str
    to_team: str
    from_role: str
    to_role: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class LeaveRecord:
    id: int
    kind: str
    start: dt.date
    end: dt.date
    note: str


@dataclass(frozen=True)
class MoveDraft:
    effective: dt.date | None
    kind: str
    to_team_id: int | None
    to_role: str
    reason: str


@dataclass(frozen=True)
class LeaveDraft:
    kind: str
    start: dt.date
    end: dt.date
    note: str = ""


@dataclass(frozen=True)
class StaffHistory:
    """A person's moves and leave, as the domain sees them."""

    moves: tuple[mv.Move, ...] = ()
    leaves: tuple[mv.Leave, ...] = ()


# ----------------------------------------------------------------------------- reading


def _team_names(session: Session) -> dict[int, str]:
    return {tid: name for tid, name in session.execute(select(TeamRow.id, TeamRow.name))}


def list_moves(ctx: AppContext, staff_id: int) -> list[MoveRecord]:
    """The person's moves, latest first."""
    with ctx.session() as session:
        names = _team_names(session)
        rows = session.scalars(
            select(StaffMoveRow)
            .where(StaffMoveRow.staff_id == staff_id)
            .order_by(StaffMoveRow.effective.desc(), StaffMoveRow.id.desc())
        )
        return [
            MoveRecord(
                r.id,
                r.effective,
                r.kind,
                names.get(r.from_team_id, "") if r.from_team_id else "",
                names.get(r.to_team_id, "") if r.to_team_id else "",
                r.from_role,
                r.to_role,
                r.reason,
                r.recorded_by,
            )
            for r in rows
        ]


def list_leave(ctx: AppContext, staff_id: int) -> list[LeaveRecord]:
    """The person's leave, latest first."""
    with ctx.session() as session:
        rows = session.scalars(
            select(LeaveRow).where(LeaveRow.staff_id == staff_id).order_by(LeaveRow.start.desc())
        )
        return [LeaveRecord(r.id, r.kind, r.start, r.end, r.note) for r in rows]


def load_histories(
    session: Session, staff_ids: Iterable[int] | None = None
) -> dict[int, StaffHistory]:
    """Building block: the moves and leave of *staff_ids* (everyone's when None); people with
    neither are absent."""
    wanted = None if staff_ids is None else set(staff_ids)
    moves: dict[int, list[mv.Move]] = {}
    leaves: dict[int, list[mv.Leave]] = {}
    for r in session.scalars(select(StaffMoveRow)):
        if wanted is None or r.staff_id in wanted:
            before = mv.Placement(r.from_team_id, r.from_role, r.from_line)
            after = mv.Placement(r.to_team_id, r.to_role, r.to_line)
            moves.setdefault(r.staff_id, []).append(mv.Move(r.effective, r.kind, before, after))
    for r in session.scalars(select(LeaveRow)):
        if wanted is None or r.staff_id in wanted:
            leaves.setdefault(r.staff_id, []).append(mv.Leave(r.kind, r.start, r.end))
    return {
        sid: StaffHistory(tuple(moves.get(sid, ())), tuple(leaves.get(sid, ())))
        for sid in set(moves) | set(leaves)
    }


# ----------------------------------------------------------------------------- recording


def _placement_text(session: Session, team_id: int | None, role: str, lang: str) -> str:
    team = session.get(TeamRow, team_id) if team_id is not None else None
    name = team.name if team is not None else render("move.no_team", {}, lang)
    return f"{name} {code_label('role', role, lang)}"


def record_move(
    ctx: AppContext,
    staff_id: int,
    draft: MoveDraft,
    *,
    reason: str = "",
    register_only: bool = False,
) -> int:
    """Record a move effective from ``draft.effective``; the register's team and role become
    those after the latest move. Audited with the officer's reason. Raises CodedError.

    A move that changes a published month (from its effective day to the next move) amends
    the published appraisals under the rule of every change after publication
    (``amendments.guard_change``): *reason* is then required (ReasonRequired), a locked month
    or the person's signed appraisal refuses (LockedError).

    *register_only* is the officer's choice for such a month (a long-past transfer recorded
    late): the move goes into the register and its history from its date, while the locked
    months and those of the person's signed appraisals (``frozen_months_of_move``) are left as
    signed: not scored again, not amended. The months after them are treated as above. The
    audit trail says which months were left so."""
    if draft.kind not in mv.MOVE_KINDS:
        raise CodedError("move.kind_unknown")
    if draft.effective is None:
        raise CodedError("move.date_required")
    if not draft.reason.strip():
        raise CodedError("move.reason_required")
    with ctx.transaction() as session:
        staff = session.get(StaffRow, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        history = load_histories(session, [staff_id]).get(staff_id, StaffHistory())
        current = mv.Placement(staff.team_id, staff.role, staff.product_line)
        before = mv.placement_on(draft.effective, history.moves, current)
        team = session.get(TeamRow, draft.to_team_id) if draft.to_team_id is not None else None
        # a team of one product line moves the person to it; otherwise they keep theirs
        line = team.product_line if team is not None and team.product_line else before.product_line
        after = mv.Placement(draft.to_team_id, draft.to_role, line)
        if before == after:
            raise CodedError("move.nothing_changes")
        later = [m.effective for m in history.moves if m.effective > draft.effective]
        last = min(later, default=None)
        frozen: list[Period] = []
        if register_only:
            frozen = _frozen_months(session, staff_id, draft.effective, last)
        change = _guard(session, staff_id, draft.effective, last, reason, leave_out=frozen)
        row = StaffMoveRow(
            staff_id=staff_id,
            effective=draft.effective,
            kind=draft.kind,
            from_team_id=before.team_id,
            to_team_id=after.team_id,
            from_role=before.role,
            to_role=after.role,
            from_line=before.product_line,
            to_line=after.product_line,
            reason=draft.reason.strip(),
            recorded_by=ctx.actor,
        )
        session.add(row)
        session.flush()
        latest = max(
            (*history.moves, mv.Move(draft.effective, draft.kind, before, after)),
            key=lambda m: m.effective,
        )
        staff.team_id, staff.role = latest.after.team_id, latest.after.role
        staff.product_line = latest.after.product_line or staff.product_line
        _audit_move(ctx, session, row, (before.team_id, before.role), (after.team_id, after.role))
        _audit_register_only(ctx, session, row, frozen, reason or draft.reason)
        _amend(ctx, session, change, (before.team_id, after.team_id))
        return row.id


def frozen_months_of_move(ctx: AppContext, staff_id: int, effective: dt.date) -> tuple[Period, ...]:
    """The months a move effective on *effective* would change (up to the person's next move)
    that are locked, or that feed a signed appraisal of the person: a move into them is refused
    unless recorded for the register only (``record_move(register_only=True)``)."""
    with ctx.session() as session:
        history = load_histories(session, [staff_id]).get(staff_id, StaffHistory())
        later = [m.effective for m in history.moves if m.effective > effective]
        return tuple(_frozen_months(session, staff_id, effective, min(later, default=None)))


def months_text(months: Sequence[Period], lang: str) -> str:
    """ "2026年3月–2026年8月、2026年10月": runs of consecutive months as ranges."""
    runs: list[list[Period]] = []
    for month in sorted(months, key=lambda m: (m.year, m.number)):
        if runs and (runs[-1][-1].year * 12 + runs[-1][-1].number + 1) == (
            month.year * 12 + month.number
        ):
            runs[-1].append(month)
        else:
            runs.append([month])
    parts = [
        run[0].label(lang) if len(run) == 1 else f"{run[0].label(lang)}–{run[-1].label(lang)}"
        for run in runs
    ]
    return (", " if lang == "en" else "、").join(parts)


def undo_latest_move(
    ctx: AppContext, staff_id: int, reason: str, *, register_only: bool = False
) -> None:
    """Take back the person's latest move, recorded by mistake: the register's team, role and
    product line go back to what they were before it. Only the latest can be taken back (an
    earlier one is the start of the ones after it). Audited with the reason; raises CodedError
    without one, or when there is no move. A move into locked or signed months is taken back
    as it was recorded: refused (LockedError), or for the register only (see ``record_move``)."""
    if not reason.strip():
        raise CodedError("move.reason_required")
    with ctx.transaction() as session:
        staff = session.get(StaffRow, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        row = session.scalars(
            select(StaffMoveRow)
            .where(StaffMoveRow.staff_id == staff_id)
            .order_by(StaffMoveRow.effective.desc(), StaffMoveRow.id.desc())
        ).first()
        if row is None:
            raise CodedError("move.none_to_undo")
        frozen = _frozen_months(session, staff_id, row.effective, None) if register_only else []
        change = _guard(session, staff_id, row.effective, None, reason, leave_out=frozen)
        staff.team_id, staff.role = row.from_team_id, row.from_role
        staff.product_line = row.from_line or staff.product_line
        to, back = (row.to_team_id, row.to_role), (row.from_team_id, row.from_role)
        _audit_move(ctx, session, row, to, back, reason)
        _audit_register_only(ctx, session, row, frozen, reason)
        session.delete(row)
        _amend(ctx, session, change, (row.from_team_id, row.to_team_id))


def record_leave(ctx: AppContext, staff_id: int, draft: LeaveDraft, *, reason: str = "") -> int:
    """Record a leave period (audited). Raises CodedError for an unknown kind or bad dates.
    Leave in a published month amends its appraisals as a move does (*reason* required)."""
    if draft.kind not in mv.LEAVE_KINDS:
        raise CodedError("leave.kind_unknown")
    if draft.end < draft.start:
        raise CodedError("leave.dates")
    with ctx.transaction() as session:
        if session.get(StaffRow, staff_id) is None:
            raise LookupError(staff_id)
        change = _guard(session, staff_id, draft.start, draft.end, reason)
        row = LeaveRow(
            staff_id=staff_id,
            kind=draft.kind,
            start=draft.start,
            end=draft.end,
            note=draft.note.strip(),
            recorded_by=ctx.actor,
        )
        session.add(row)
        session.flush()
        _audit_leave(ctx, session, row, None, _leave_text(row, ctx.lang), reason or draft.note)
        _amend(ctx, session, change)
        return row.id


def remove_leave(ctx: AppContext, leave_id: int, reason: str = "") -> None:
    """Delete a leave period recorded by mistake (audited); in a published month as
    ``record_leave`` (*reason* required, the appraisals amended)."""
    with ctx.transaction() as session:
        row = session.get(LeaveRow, leave_id)
        if row is None:
            return
        change = _guard(session, row.staff_id, row.start, row.end, reason)
        _audit_leave(ctx, session, row, _leave_text(row, ctx.lang), None, reason)
        session.delete(row)
        _amend(ctx, session, change)


def _stored_months(session: Session, first: dt.date, last: dt.date | None) -> list[Period]:
    """The stored months from *first* to *last* (None: every later one), in order."""
    start = (first.year, first.month)
    end = (last.year, last.month) if last is not None else (9999, 12)
    months = [
        Period.month(y, n)
        for y, n in session.execute(
            select(PeriodRow.year, PeriodRow.number).where(
                PeriodRow.kind == PeriodKind.MONTH, PeriodRow.year.between(start[0], end[0])
            )
        )
        if start <= (y, n) <= end
    ]
    return sorted(months, key=lambda m: (m.year, m.number))


def _frozen_months(
    session: Session, staff_id: int, first: dt.date, last: dt.date | None
) -> list[Period]:
    """Those of the months from *first* to *last* that the change rule refuses for the person
    (locked, or feeding a signed appraisal of theirs)."""
    from salesperf_desktop.services.locking import LockedError, ensure_editable
    from salesperf_desktop.services.periods import stored_period

    frozen = []
    for month in _stored_months(session, first, last):
        try:
            ensure_editable(session, staff_id, stored_period(session, month, create=False))
        except LockedError:
            frozen.append(month)
    return frozen


def _guard(
    session: Session,
    staff_id: int,
    first: dt.date,
    last: dt.date | None,
    reason: str,
    *,
    leave_out: Sequence[Period] = (),
) -> GuardedChange:
    """The change rule for the stored months from *first* to *last* (None: every later one):
    the months a move or leave changes the person's scoring in; *leave_out* (a move recorded
    for the register only) are neither checked nor amended."""
    from salesperf_desktop.services.amendments import guard_change

    months = [m for m in _stored_months(session, first, last) if m not in leave_out]
    return guard_change(session, months, [staff_id], reason=reason, create=False)


def _amend(ctx, session: Session, change: GuardedChange, teams: Iterable[int | None] = ()) -> None:
    """Re-score the published months the move or leave changed: the person, the team they are
    in now, and the *teams* they were in (a manager's "reps who met target" may move)."""
    if not change.audited:
        return
    wanted = [t for t in teams if t is not None]
    mates = session.scalars(select(StaffRow.id).where(StaffRow.team_id.in_(wanted)))
    people = replace(change, staff_ids=change.staff_ids | set(mates))
    people.amend(session, on=ctx.today(), actor=ctx.actor, lang=ctx.lang)


def _audit_move(ctx, session: Session, row: StaffMoveRow, old, new, reason=None) -> None:
    """A move recorded or taken back, in the audit trail: "调岗 2026-10-15", placement (team,
    role) before → after; the reason is the move's own unless another is given."""
    kind = render(f"move.kind.{row.kind}", {}, ctx.lang)
    record_change(
        session,
        entity="staff_move",
        entity_id=row.id,
        field=f"{kind} {row.effective.isoformat()}",
        old=_placement_text(session, *old, ctx.lang),
        new=_placement_text(session, *new, ctx.lang),
        reason=(row.reason if reason is None else reason).strip(),
        actor=ctx.actor,
    )


def _audit_register_only(
    ctx, session: Session, row: StaffMoveRow, frozen: Sequence[Period], reason: str
) -> None:
    """Beside the move's own line: the months whose locked or signed appraisals were left as
    signed (a move recorded or taken back for the register only)."""
    if not frozen:
        return
    record_change(
        session,
        entity="staff_move",
        entity_id=row.id,
        field=render("move.register_only.field", {}, ctx.lang),
        old=None,
        new=render("move.register_only.audit", {"months": months_text(frozen, ctx.lang)}, ctx.lang),
        reason=reason.strip(),
        actor=ctx.actor,
    )


def _leave_text(row: LeaveRow, lang: str) -> str:
    """事假 2026-10-19–2026-10-20"""
    kind = render(f"leave.kind.{row.kind}", {}, lang)
    return f"{kind} {row.start.isoformat()}–{row.end.isoformat()}"


def _audit_leave(ctx, session: Session, row: LeaveRow, old, new, reason: str) -> None:
    record_change(
        session,
        entity="staff_leave",
        entity_id=row.id,
        field=render("audit.leave", {}, ctx.lang),
        old=old,
        new=new,
        reason=reason.strip(),
        actor=ctx.actor,
    )


# ----------------------------------------------------------------------------- scoring


@dataclass
class PeriodMovements:
    """Where each person was during one period, and what follows for their scoring."""

    period: Period
    start: dt.date
    end: dt.date
    is_workday: mv.IsWorkday
    histories: dict[int, StaffHistory]
    team_names: dict[int, str]
    lang: str = "zh_CN"
    personal_leave: AdjustmentType | None = None  # the 事假 item as the officer's catalogue has it
    _parts: dict[int, tuple[mv.Part, ...]] = field(default_factory=dict, repr=False)

    def parts(self, s: StaffFacts) -> tuple[mv.Part, ...]:
        """The person's placements in the period (one part when they did not move in it)."""
        if s.id not in self._parts:
            history = self.histories.get(s.id, StaffHistory())
            current = mv.Placement(s.team_id, s.role, s.product_line)
            self._parts[s.id] = mv.parts(
                self.start, self.end, history.moves, current, self.is_workday
            )
        return self._parts[s.id]

    def placed(self, s: StaffFacts, part: mv.Part) -> StaffFacts:
        team_id, role = part.placement.team_id, part.placement.role
        line = part.placement.product_line or s.product_line
        if (team_id, role, line) == (s.team_id, s.role, s.product_line):
            return s
        name = self.team_names.get(team_id, "") if team_id is not None else ""
        return replace(s, team_id=team_id, team_name=name, role=role, product_line=line)

    def at_end(self, s: StaffFacts) -> StaffFacts:
        """The person as placed at the period's end (a past month: the team they were in)."""
        if s.id not in self.histories or not self.histories[s.id].moves:
            return s
        return self.placed(s, self.parts(s)[-1])

    def earlier_parts(self, s: StaffFacts) -> list[tuple[StaffFacts, mv.Part]]:
        """The placements before the last one, each with the person as placed in it."""
        if s.id not in self.histories or not self.histories[s.id].moves:
            return []
        return [(self.placed(s, p), p) for p in self.parts(s)[:-1]]

    def arrange(self, staff: Sequence[StaffFacts]) -> tuple[list[StaffFacts], list[str]]:
        """The people to score, each as placed at the period's end, and the lines naming those
        not graded for the period with the reason (leave throughout)."""
        placed, not_graded = [], []
        for s in staff:
            reason = self.not_graded(s)
            if reason is not None:
                not_graded.append(reason)
            else:
                placed.append(self.at_end(s))
        return placed, not_graded

    def prorate(
        self,
        s: StaffFacts,
        result: AppraisalResult,
        person_input: PersonPeriodInput,
        template: Template,
        resolve: Callable[[StaffFacts], tuple[Template, int] | None],
        team_pcts: Mapping[str, float],
        input_for: Callable[[StaffFacts, Template], PersonPeriodInput | None] | None = None,
    ) -> AppraisalResult:
        """*result* (the last part's) combined with the person's earlier parts in the period,
        each scored on its own template (*resolve*; the last one when none fits) and team.

        A quarter's or a year's input is rolled up for the last part's sheet only: *input_for*
        gives an earlier part its own sheet's input (a month's input holds every indicator)."""
        earlier = self.earlier_parts(s)
        if not earlier:
            return result
        scored = []
        for facts, part in earlier:
            resolved = resolve(facts)
            tpl = resolved[0] if resolved is not None else template
            team = part.placement.team_id
            pct = team_pcts.get(str(team)) if team is not None else None
            own = input_for(facts, tpl) if input_for is not None and tpl is not template else None
            scored.append((mv.score_part(tpl, own or person_input, pct, self.lang), part))
        scored.append((result, self.parts(s)[-1]))
        return self.combine(s, scored, template)

    def earlier_team_mates(self, staff: Sequence[StaffFacts], wanted: set[int]) -> set[int]:
        """Members of the teams the *wanted* people left within the period: those teams' scores
        count for the earlier parts."""
        teams = {
            part.placement.team_id
            for s in staff
            if s.id in wanted
            for _, part in self.earlier_parts(s)
            if part.placement.team_id is not None
        }
        return {s.id for s in staff if s.team_id in teams} if teams else set()

    def moved_within(self, staff: Sequence[StaffFacts]) -> set[int]:
        """The people who moved within the period: their sheet is the one of the placement
        they end it in (a new team's or role's), not the one frozen when the period's
        appraisal was started in their old placement."""
        return {s.id for s in staff if s.id in self.histories and len(self.parts(s)) > 1}

    def not_graded(self, s: StaffFacts) -> str | None:
        """Why the person is not graded for the period ("E013 孙丽：整期休产假…"), or None."""
        history = self.histories.get(s.id)
        if history is None or not history.leaves:
            return None
        leaves = [lv for lv in history.leaves if lv.end >= self.start and lv.start <= self.end]
        if not mv.on_leave_throughout(leaves, self.start, self.end, self.is_workday):
            return None
        kinds = mv.leave_workdays(leaves, self.start, self.end, self.is_workday)
        kind = max(kinds, key=lambda k: kinds[k])
        name = f"{s.employee_no} {s.name}"
        label = render(f"leave.kind.{kind}", {}, self.lang)
        return render("leave.throughout", {"name": name, "kind": label}, self.lang)

    def with_leave(self, s: StaffFacts, person_input: PersonPeriodInput) -> PersonPeriodInput:
        """The input with the period's 事假 deduction added (once: unless the officer already
        entered 事假 events for the period by hand) and targets prorated for long leave."""
        history = self.histories.get(s.id)
        if history is None or not history.leaves:
            return person_input
        leaves = history.leaves
        by_kind = mv.leave_workdays(leaves, self.start, self.end, self.is_workday)
        if not by_kind:
            return person_input
        events = tuple(person_input.events)
        if not any(e.code == mv.PERSONAL_LEAVE_ITEM for e in events):
            note = render("leave.source", {"days": by_kind.get("personal", 0)}, self.lang)
            events += mv.leave_events(
                leaves, self.start, self.end, self.is_workday, note, self.personal_leave
            )
        items = person_input.items
        flags = tuple(person_input.flags)
        share = mv.present_share(leaves, self.start, self.end, self.is_workday)
        if share < 1.0:
            items = mv.prorate_targets(items, share)
            total = mv.workdays_between(self.start, self.end, self.is_workday)
            long_kinds = [k for k in by_kind if k not in mv.TARGETS_STAND]
            away = sum(by_kind[k] for k in long_kinds)
            kinds = "、".join(render(f"leave.kind.{k}", {}, self.lang) for k in long_kinds)
            params = {"kinds": kinds, "away": away, "present": total - away, "total": total}
            flags += (Problem("leave.targets_prorated", params, "warning"),)
        return replace(person_input, items=items, events=events, flags=flags)

    def note(self, s: StaffFacts) -> str:
        """The grid's line for a person who moved in the period, or ""."""
        shown = self.parts(s) if s.id in self.histories else ()
        if len(shown) < 2:
            return ""
        return f"{s.employee_no} {s.name}：{self._problem(shown).message(self.lang)}"

    def _problem(self, shown: Sequence[mv.Part]):
        def team(team_id: int | None) -> str:
            return self.team_names.get(team_id, "") if team_id is not None else ""

        def role(code: str) -> str:
            return code_label("role", code, self.lang)

        return mv.prorated_note(shown, team, role, self.lang, self.period.kind)

    def combine(
        self,
        s: StaffFacts,
        scored: Sequence[tuple[AppraisalResult, mv.Part]],
        template: Template,
    ) -> AppraisalResult:
        """The period's result of a person who moved: the parts weighted by working days."""
        note = self._problem([p for _, p in scored])
        return mv.combine([(r, p.workdays) for r, p in scored], template, note)


def period_movements(
    session: Session, period: Period, staff_ids: Iterable[int] | None = None, lang: str = "zh_CN"
) -> PeriodMovements:
    """Building block: the period's movements, read in the caller's session."""
    months = period.months()
    start = dt.date(months[0].year, months[0].number, 1)
    last = months[-1]
    end = dt.date(last.year, last.number, calendar.monthrange(last.year, last.number)[1])
    histories = load_histories(session, staff_ids)
    if not histories:
        return PeriodMovements(period, start, end, _weekday, {}, {}, lang)
    leave_item = stored_catalogue(session).get(mv.PERSONAL_LEAVE_ITEM)
    is_workday = load_calendar(session).is_workday
    return PeriodMovements(
        period, start, end, is_workday, histories, _team_names(session), lang, leave_item
    )


def _weekday(day: dt.date) -> bool:  # never asked: nobody has a history
    return day.weekday() < 5
