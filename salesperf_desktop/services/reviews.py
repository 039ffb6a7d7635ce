"""Review interviews in the GROW form (seed 002: 月度绩效面谈) and their action items.

An interview belongs to a person and a period: Goal, Reality, Options, Will, the resources
promised (资源包) and career notes. Action items agreed in the Will step are followed up at the
person's next interview: every item still open from an earlier interview is offered there, and
the follow-up (done / dropped / still open, with a note) records ``followed_up_in_id``.
The interview can start from the period's result: ``period_focus`` gives the weakest dimensions
(most points lost first, see ``improvement.rank_weakest``) and the gap to target.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import ActionStatus, PeriodKind, PeriodStatus
from salesperf_desktop.services.appraisals import compute_period, stored_period
from salesperf_desktop.services.review_errors import ReviewError
from salesperf_desktop.storage.models import (
    ActionItemRow,
    GrowInterviewRow,
    PeriodRow,
    StaffRow,
    period_key,
)

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

GROW_PARTS = ("goal", "reality", "options", "will")


class InterviewError(ReviewError):
    """An interview that cannot be saved as it is."""


@dataclass
class ActionDraft:
    what: str
    owner: str = ""
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    id: int | None = None  # an existing item of this interview


@dataclass(frozen=True)
class FollowUp:
    """What became of an earlier interview's open item, decided at this interview."""

    action_id: int
    status: ActionStatus
    note: str = ""


@dataclass
class InterviewDraft:
    staff_id: int
    period: str  # "2026-09", "2026-Q3"
    held_on: dt.date
    interviewer_id: int | None = None
    goal: str = ""
    reality: str = ""
    options: str = ""
    will: str = ""
    resources: str = ""
    career_notes: str = ""
    actions: list[ActionDraft] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)


def save_interview(
    session: Session, draft: InterviewDraft, *, interview_id: int | None = None
) -> int:
    """Create or update an interview with its actions and follow-ups; returns its id."""
    if not any(getattr(draft, part).strip() for part in GROW_PARTS):
        raise InterviewError("interview.grow_required")
    period = stored_period(session, Period.parse(draft.period), create=True)
    if interview_id is None:
        interview = GrowInterviewRow(
            staff_id=draft.staff_id, period_id=period.id, held_on=draft.held_on
        )
        session.add(interview)
    else:
        interview = session.get(GrowInterviewRow, interview_id)
        if interview is None:
            raise InterviewError("interview.not_found", interview_id=interview_id)
    interview.staff_id = draft.staff_id
    interview.period_id = period.id
    interview.held_on = draft.held_on
    interview.interviewer_id = draft.interviewer_id
    for part in (*GROW_PARTS, "resources", "career_notes"):
        setattr(interview, part, getattr(draft, part).strip())

    kept = {a.id for a in draft.actions if a.id is not None}
    by_id = {a.id: a for a in interview.actions}
    for item in list(interview.actions):
        if item.id not in kept:
            interview.actions.remove(item)  # removed while editing this interview's own list
    for a in draft.actions:
        if not a.what.strip():
            continue
        item = by_id.get(a.id) if a.id is not None else None
        if item is None:
            item = ActionItemRow(what="")
            interview.actions.append(item)
        item.what = a.what.strip()
        item.owner = a.owner.strip()
        item.due_on = a.due_on
        item.status = ActionStatus(a.status)
    session.flush()

    for f in draft.follow_ups:
        item = session.get(ActionItemRow, f.action_id)
        if item is None or item.interview.staff_id != draft.staff_id:
            raise InterviewError("interview.not_this_persons", action_id=f.action_id)
        if item.interview_id == interview.id:
            raise InterviewError("interview.own_actions")
        item.status = ActionStatus(f.status)
        item.follow_up_note = f.note.strip()
        item.followed_up_in_id = interview.id
    session.flush()
    return interview.id


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class ActionRecord:
    id: int
    interview_id: int
    interview_held_on: dt.date
    what: str
    owner: str
    due_on: dt.date | None
    status: ActionStatus
    follow_up_note: str
    followed_up_in_id: int | None
    overdue: bool


def is_overdue(item: ActionItemRow, today: dt.date) -> bool:
    return item.status is ActionStatus.OPEN and item.due_on is not None and item.due_on < today


def _action_row(item: ActionItemRow, today: dt.date) -> ActionRecord:
    return ActionRecord(
        id=item.id,
        interview_id=item.interview_id,
        interview_held_on=item.interview.held_on,
        what=item.what,
        owner=item.owner,
        due_on=item.due_on,
        status=item.status,
        follow_up_note=item.follow_up_note,
        followed_up_in_id=item.followed_up_in_id,
        overdue=is_overdue(item, today),
    )


def follow_up_candidates(
    session: Session,
    staff_id: int,
    *,
    interview_id: int | None = None,
    held_on: dt.date | None = None,
    today: dt.date | None = None,
) -> list[ActionRecord]:
    """Items from the person's earlier interviews to follow up at this one.

    Those still open, plus those this interview already followed up (so editing shows them).
    """
    today = today or dt.date.today()
    query = (
        select(ActionItemRow)
        .join(GrowInterviewRow, GrowInterviewRow.id == ActionItemRow.interview_id)
        .options(selectinload(ActionItemRow.interview))
        .where(GrowInterviewRow.staff_id == staff_id)
        .order_by(GrowInterviewRow.held_on, ActionItemRow.id)
    )
    if interview_id is not None:
        query = query.where(ActionItemRow.interview_id != interview_id)
    if held_on is not None:
        query = query.where(GrowInterviewRow.held_on <= held_on)
    rows = []
    for item in session.scalars(query):
        mine = interview_id is not None and item.followed_up_in_id == interview_id
        if item.status is ActionStatus.OPEN or mine:
            rows.append(_action_row(item, today))
    return rows


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    held_on: dt.date
    staff_id: int
    staff_name: str
    employee_no: str
    period_key: str
    interviewer: str
    goal: str
    open_actions: int
    overdue_actions: int


def interview_rows(
    session: Session, *, staff_id: int | None = None, today: dt.date | None = None
) -> list[InterviewRecord]:
    """Newest first, read as columns (no interview, person or period objects); the actions'
    counts from their status and due date alone, by the same rule as ``is_overdue``."""
    today = today or dt.date.today()
    interviewer = aliased(StaffRow)
    query = (
        select(
            GrowInterviewRow.id,
            GrowInterviewRow.held_on,
            StaffRow.id,
            StaffRow.name,
            StaffRow.employee_no,
            PeriodRow.kind,
            PeriodRow.year,
            PeriodRow.number,
            interviewer.name,
            GrowInterviewRow.goal,
        )
        .join(StaffRow, StaffRow.id == GrowInterviewRow.staff_id)
        .join(PeriodRow, PeriodRow.id == GrowInterviewRow.period_id)
        .outerjoin(interviewer, interviewer.id == GrowInterviewRow.interviewer_id)
        .order_by(GrowInterviewRow.held_on.desc(), GrowInterviewRow.id.desc())
    )
    actions = select(ActionItemRow.interview_id, ActionItemRow.status, ActionItemRow.due_on)
    if staff_id is not None:
        query = query.where(GrowInterviewRow.staff_id == staff_id)
        actions = actions.join(
            GrowInterviewRow, GrowInterviewRow.id == ActionItemRow.interview_id
        ).where(GrowInterviewRow.staff_id == staff_id)
    rows = session.execute(query).all()
    open_count: dict[int, int] = {}
    overdue_count: dict[int, int] = {}
    for item in session.execute(actions) if rows else ():
        if item.status is ActionStatus.OPEN:
            open_count[item.interview_id] = open_count.get(item.interview_id, 0) + 1
        if is_overdue(item, today):
            overdue_count[item.interview_id] = overdue_count.get(item.interview_id, 0) + 1
    return [
        InterviewRecord(
            id=gid,
            held_on=held_on,
            staff_id=person_id,
            staff_name=name,
            employee_no=employee_no,
            period_key=period_key(kind.value, year, number),
            interviewer=who or "",
            goal=(goal.splitlines() or [""])[0],
            open_actions=open_count.get(gid, 0),
            overdue_actions=overdue_count.get(gid, 0),
        )
        for gid, held_on, person_id, name, employee_no, kind, year, number, who, goal in rows
    ]


def load_interview(session: Session, interview_id: int) -> InterviewDraft:
    gi = session.get(GrowInterviewRow, interview_id)
    if gi is None:
        raise InterviewError("interview.not_found", interview_id=interview_id)
    period = session.get(PeriodRow, gi.period_id)
    return InterviewDraft(
        staff_id=gi.staff_id,
        period=period.key,
        held_on=gi.held_on,
        interviewer_id=gi.interviewer_id,
        goal=gi.goal,
        reality=gi.reality,
        options=gi.options,
        will=gi.will,
        resources=gi.resources,
        career_notes=gi.career_notes,
        actions=[ActionDraft(a.what, a.owner, a.due_on, a.status, a.id) for a in gi.actions],
    )


def actions_of(
    session: Session, interview_id: int, today: dt.date | None = None
) -> list[ActionRecord]:
    today = today or dt.date.today()
    gi = session.get(GrowInterviewRow, interview_id)
    return [_action_row(a, today) for a in gi.actions] if gi else []


# ----------------------------------------------------------------------------- result focus


@dataclass(frozen=True)
class DimensionGap:
    dimension: str
    label: str
    weight: float
    points: float

    @property
    def ratio(self) -> float:
        return self.points / self.weight if self.weight else 1.0

    @property
    def gap(self) -> float:
        return max(0.0, self.weight - self.points)


@dataclass(frozen=True)
class ItemGap:
    indicator: str
    label: str
    target: float | None
    actual: float | None
    weight: float
    points: float

    @property
    def gap(self) -> float:
        return max(0.0, self.weight - self.points)


@dataclass(frozen=True)
class PeriodFocus:
    """What the interview starts from: the result and where points were lost."""

    period: str
    total: float
    sheet_total: float
    grade: str  # "" with no coefficient: a month of someone appraised by quarter
    coefficient: float | None
    frozen: bool
    weakest_dimensions: tuple[DimensionGap, ...]
    weakest_items: tuple[ItemGap, ...]


def period_focus(
    session: Session, staff_id: int, period: str, *, lang: str = "zh_CN", limit: int = 3
) -> PeriodFocus | None:
    """The person's result for the period with the weakest dimensions first (None: no result)."""
    from salesperf_desktop.domain.i18n import pick
    from salesperf_desktop.domain.vocab import DIMENSIONS
    from salesperf_desktop.services.improvement import rank_weakest

    results = compute_period(session, Period.parse(period), staff_ids=[staff_id], lang=lang)
    person = results.by_staff().get(staff_id)
    if person is None:
        return None
    res = person.result
    dims = [
        DimensionGap(
            d.dimension, pick(DIMENSIONS.get(d.dimension), lang) or d.dimension, d.weight, d.points
        )
        for d in res.dimensions
        if d.weight
    ]
    dims = rank_weakest(dims)  # most points lost first, ties by the lower share
    items = [
        ItemGap(it.indicator, it.label(lang), it.target, it.actual, it.weight, it.points)
        for it in res.items
        if it.weight and it.points < it.weight
    ]
    items.sort(key=lambda i: -i.gap)
    return PeriodFocus(
        period=period,
        total=res.total,
        sheet_total=res.sheet_total,
        grade=res.grade,
        coefficient=res.coefficient,
        frozen=person.frozen,
        weakest_dimensions=tuple(dims[:limit]),
        weakest_items=tuple(items[:limit]),
    )


def staff_choices(session: Session, *, appraised_only: bool = False) -> list[tuple[int, str, str]]:
    """(id, employee no, name): everyone (interviewers), or only appraised roles (interviewees)."""
    from salesperf_desktop.services.appraisals import APPRAISED_ROLES

    query = select(StaffRow).order_by(StaffRow.employee_no)
    if appraised_only:
        query = query.where(StaffRow.role.in_(sorted(APPRAISED_ROLES)))
    return [(s.id, s.employee_no, s.name) for s in session.scalars(query)]


def period_choices(session: Session) -> Sequence[str]:
    rows = session.scalars(
        select(PeriodRow).order_by(PeriodRow.year.desc(), PeriodRow.kind, PeriodRow.number.desc())
    )
    return [p.key for p in rows]


def latest_published_month(session: Session) -> str | None:
    """The latest published (or locked) month: what a review usually discusses."""
    row = session.scalar(
        select(PeriodRow)
        .where(
            PeriodRow.kind == PeriodKind.MONTH,
            PeriodRow.status.in_([PeriodStatus.PUBLISHED, PeriodStatus.LOCKED]),
        )
        .order_by(PeriodRow.year.desc(), PeriodRow.number.desc())
        .limit(1)
    )
    return row.key if row is not None else None


# ----------------------------------------------------------------------------- use cases
# What the window calls: each opens its own unit of work and returns records.

StaffChoice = tuple[int, str, str]  # (id, employee no, name)


@dataclass(frozen=True)
class InterviewChoices:
    """What the interview form offers: interviewees, interviewers and periods."""

    interviewees: tuple[StaffChoice, ...]
    interviewers: tuple[StaffChoice, ...]
    periods: tuple[str, ...]
    default_period: str | None  # the latest published month, else the newest period


def interview_choices(ctx: AppContext) -> InterviewChoices:
    with ctx.session() as session:
        periods = tuple(period_choices(session))
        return InterviewChoices(
            interviewees=tuple(staff_choices(session, appraised_only=True)),
            interviewers=tuple(staff_choices(session)),
            periods=periods,
            default_period=latest_published_month(session) or (periods[0] if periods else None),
        )


def interview_draft(ctx: AppContext, interview_id: int) -> InterviewDraft:
    with ctx.session() as session:
        return load_interview(session, interview_id)


def supervisor_of(ctx: AppContext, staff_id: int) -> int | None:
    """The person's supervisor (the usual interviewer), if any."""
    with ctx.session() as session:
        person = session.get(StaffRow, staff_id)
        return person.supervisor_id if person else None


def list_interviews(
    ctx: AppContext, *, staff_id: int | None = None, today: dt.date | None = None
) -> list[InterviewRecord]:
    with ctx.session() as session:
        return interview_rows(session, staff_id=staff_id, today=today or ctx.today())


def interview_actions(
    ctx: AppContext, interview_id: int, *, today: dt.date | None = None
) -> list[ActionRecord]:
    with ctx.session() as session:
        return actions_of(session, interview_id, today or ctx.today())


def open_follow_ups(
    ctx: AppContext,
    staff_id: int,
    *,
    interview_id: int | None = None,
    today: dt.date | None = None,
) -> list[ActionRecord]:
    """``follow_up_candidates`` for the interview being written."""
    with ctx.session() as session:
        return follow_up_candidates(
            session, staff_id, interview_id=interview_id, today=today or ctx.today()
        )


def result_focus(ctx: AppContext, staff_id: int, period: str) -> PeriodFocus | None:
    with ctx.session() as session:
        return period_focus(session, staff_id, period, lang=ctx.lang)


def store_interview(
    ctx: AppContext, draft: InterviewDraft, *, interview_id: int | None = None
) -> int:
    """Create or update an interview with its actions and follow-ups (all or nothing)."""
    with ctx.transaction() as session:
        return save_interview(session, draft, interview_id=interview_id)
