"""The monthly work task sheet (工作任务书, seed 004): 5–7 key tasks with steps and measures,
due dates and points adding up to 100, scored at month end.

Anyone may have a sheet, whatever their template. Where the template scores it, the sheet's
score (Σ task scores, once every task is scored) is the person's ``task_sheet`` indicator for the
month (actual = score, target = 100), written through ``entry.write_values`` in the same
transaction, so locks and the audit trail apply as in the grid. Elsewhere the sheet is the plan
the appraiser approves and checks (seed 004: "并作为考评依据") and scores nothing.

Each task has one of seed 004's five task types. The reasons a sheet is of poor quality (seed 004
差错扣分 4) go with the catalogue's −10 item: ticking the first one records the −10 event, later
ones only reword its note, unticking the last one deletes it; one event at most, never two.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.task_sheet import (
    POOR_QUALITY_CODE,
    TASK_TYPE_CODES,
    decode_reasons,
    encode_reasons,
    points_averaged,
    reasons_in_order,
    reasons_text,
)
from salesperf_desktop.domain.template import Template
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import events as ev
from salesperf_desktop.services.amendments import after_publication, amend_published
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.entry import CellWrite, write_values
from salesperf_desktop.services.locking import ReasonRequired, ensure_editable
from salesperf_desktop.storage.models import (
    AppraisalRow,
    EventRow,
    MetricEntryRow,
    PeriodRow,
    TaskItemRow,
    TaskSheetRow,
)

INDICATOR = "task_sheet"
SHEET_POINTS = 100.0
MIN_TASKS, MAX_TASKS = 5, 7


@dataclass(frozen=True)
class TaskDraft:
    title: str
    steps: str = ""
    measure: str = ""
    due_on: dt.date | None = None
    points: float = 0.0
    score: float | None = None  # points earned at month end (0..points)
    task_type: str | None = None  # one of seed 004's five (domain/task_sheet.TASK_TYPES)


@dataclass(frozen=True)
class SheetProblem:
    # task_count | points_sum | title_missing | points_not_positive | score_range | task_type
    # | points_averaged | no_penalty_item
    code: str
    severity: str  # error | warning
    row: int | None = None  # 0-based task row
    params: tuple = ()

    def message(self, lang: str = "zh_CN") -> str:
        """What is wrong, for the officer (tasks counted from 1)."""
        p = [fmt_number(v) for v in self.params]
        row = (self.row or 0) + 1
        fields = {
            "title_missing": {"row": row},
            "task_type": {"row": row},
            "points_not_positive": {"row": row},
            "score_range": {"row": row, "score": p[0] if p else "", "points": p[-1] if p else ""},
            "points_sum": {"total": p[0] if p else ""},
            "task_count": {"count": p[0] if p else ""},
            "points_averaged": {"points": p[0] if p else ""},
        }.get(self.code, {})
        return render(f"task_sheet.{self.code}", fields, lang)


def points_sum(tasks: Sequence[TaskDraft]) -> float:
    return sum(t.points for t in tasks)


def sheet_score(tasks: Sequence[TaskDraft]) -> float | None:
    """Σ scores once every task is scored, else None (the month is not scored yet)."""
    if not tasks or any(t.score is None for t in tasks):
        return None
    return sum(t.score for t in tasks)


def check(tasks: Sequence[TaskDraft]) -> list[SheetProblem]:
    """Errors refuse the sheet; a task count outside 5–7 and points averaged over the tasks are
    only warnings."""
    out: list[SheetProblem] = []
    if not MIN_TASKS <= len(tasks) <= MAX_TASKS:
        out.append(SheetProblem("task_count", "warning", params=(len(tasks),)))
    for i, t in enumerate(tasks):
        if not t.title.strip():
            out.append(SheetProblem("title_missing", "error", i))
        if not math.isfinite(t.points) or t.points <= 0:
            out.append(SheetProblem("points_not_positive", "error", i))
        if t.score is not None and not 0 <= t.score <= t.points:
            out.append(SheetProblem("score_range", "error", i, (t.score, t.points)))
        if t.task_type is not None and t.task_type not in TASK_TYPE_CODES:
            out.append(SheetProblem("task_type", "error", i))
    if points_averaged([t.points for t in tasks]):  # seed 004: 每项任务的分值平均化
        out.append(SheetProblem("points_averaged", "warning", params=(tasks[0].points,)))
    total = points_sum(tasks)
    if tasks and not math.isclose(total, SHEET_POINTS, abs_tol=1e-9):
        out.append(SheetProblem("points_sum", "error", params=(total,)))
    return out


class SheetRefused(ValueError):
    def __init__(self, problems: list[SheetProblem]):
        super().__init__(", ".join(p.code for p in problems))
        self.problems = problems


@dataclass
class StoredSheet:
    tasks: list[TaskDraft]
    issued_on: dt.date | None = None
    note: str = ""
    approved_on: dt.date | None = None  # the appraiser's approval (seed 004: 审核); None: not yet
    quality_reasons: tuple[str, ...] = ()  # poor-quality reasons ticked (the −10 goes with them)
    scored: bool = False  # the person's template scores the sheet (the task_sheet indicator)
    penalty_points: float | None = None  # the −10 item's points; None: not in the catalogue
    penalties: int = 0  # the month's recorded poor-task-sheet events (0 or 1; 2+ by hand)


class _Keep:
    """``save(approved_on=KEEP)``: the stored approval stays as it is."""


KEEP = _Keep()


def _drafts(row: TaskSheetRow) -> list[TaskDraft]:
    return [
        TaskDraft(t.title, t.steps, t.measure, t.due_on, t.points, t.score, t.task_type)
        for t in row.tasks
    ]


def _stored_sheet(session: Session, staff_id: int, period_id: int) -> TaskSheetRow | None:
    return session.scalar(
        select(TaskSheetRow).where(
            TaskSheetRow.staff_id == staff_id, TaskSheetRow.period_id == period_id
        )
    )


def _template(session: Session, staff_id: int, month: Period, period: PeriodRow | None):
    """The person's template for the month (the frozen one once appraised); None: none fits."""
    staff = next((s for s in ap.eligible_staff(session, month) if s.id == staff_id), None)
    if staff is None:
        return None
    appraisals = ap.appraisals_by_staff(session, period, with_results=False, staff_ids=[staff_id])
    resolver = ap.TemplateResolver(
        ap.load_templates(session), appraisals, ap.policy_for_period(session, period).policy
    )
    resolved = resolver.resolve(staff)
    return resolved[0] if resolved is not None else None


def _scores_sheet(template: Template | None) -> bool:
    return template is not None and template.item(INDICATOR) is not None


def _penalty_events(session: Session, staff_id: int, period_id: int) -> list[EventRow]:
    return list(
        session.scalars(
            select(EventRow)
            .where(
                EventRow.staff_id == staff_id,
                EventRow.period_id == period_id,
                EventRow.category == ev.ADJUSTMENT,
                EventRow.code == POOR_QUALITY_CODE,
            )
            .order_by(EventRow.id)
        )
    )


def load(ctx, staff_id: int, month: Period) -> StoredSheet:
    """The person's sheet of the month (no tasks when none is stored)."""
    with ctx.session() as session:
        period = ap.stored_period(session, month)
        template = _template(session, staff_id, month, period)
        kind = (template.catalogue() if template else DEFAULT_CATALOGUE).get(POOR_QUALITY_CODE)
        about = {
            "scored": _scores_sheet(template),
            "penalty_points": kind.points if kind is not None else None,
        }
        row = _stored_sheet(session, staff_id, period.id) if period is not None else None
        if row is None:
            return StoredSheet([], **about)
        return StoredSheet(
            _drafts(row),
            row.issued_on,
            row.note or "",
            row.approved_on,
            decode_reasons(row.quality_reasons),
            penalties=len(_penalty_events(session, staff_id, period.id)),
            **about,
        )


def write_pdf(ctx, staff_id: int, month: Period, path, lang: str | None = None) -> None:
    """The stored sheet as the printed form (PDF) at *path*."""
    from salesperf_desktop.services.pdf_forms import render_form, task_sheet_for

    with ctx.session() as session:
        form = task_sheet_for(session, staff_id, month, lang or ctx.lang)
    render_form(form, path)


def _as_json(tasks: Sequence[TaskDraft]) -> list[dict]:
    return [
        {
            "title": t.title,
            "steps": t.steps,
            "measure": t.measure,
            "due": t.due_on.isoformat() if t.due_on else None,
            "points": t.points,
            "score": t.score,
            "type": t.task_type,
        }
        for t in tasks
    ]


def save(
    ctx,
    staff_id: int,
    month: Period,
    tasks: Sequence[TaskDraft],
    *,
    issued_on: dt.date | None = None,
    note: str = "",
    reason: str = "",
    approved_on: dt.date | _Keep | None = KEEP,
    quality_reasons: Iterable[str] | _Keep = KEEP,
) -> float | None:
    """Store the sheet and, where the template scores it, its score; returns the score (None
    while not every task is scored). *approved_on*: the day the appraiser approved the sheet
    (None: not approved; by default the stored approval stays). *quality_reasons*: the
    poor-quality reasons ticked (by default the stored ones stay); the −10 event follows them.

    Raises SheetRefused (errors of ``check``; no −10 item in the catalogue), LockedError, or
    ValueError (no reason after publication). All or nothing: one transaction. The sheet as
    stored writes nothing."""
    tasks = [
        TaskDraft(
            t.title.strip(),
            t.steps.strip(),
            t.measure.strip(),
            t.due_on,
            t.points,
            t.score,
            t.task_type,
        )
        for t in tasks
    ]
    errors = [p for p in check(tasks) if p.severity == "error"]
    if errors:
        raise SheetRefused(errors)
    score = sheet_score(tasks)
    with ctx.transaction() as session:
        period = ap.stored_period(session, month, create=True)
        stored = _stored_sheet(session, staff_id, period.id)
        if isinstance(approved_on, _Keep):
            approved_on = stored.approved_on if stored is not None else None
        old_reasons = decode_reasons(stored.quality_reasons) if stored is not None else ()
        reasons = (
            old_reasons if isinstance(quality_reasons, _Keep) else reasons_in_order(quality_reasons)
        )
        header = (issued_on, note, approved_on)
        template = _template(session, staff_id, month, period)
        scored = _scores_sheet(template)
        same_sheet = _same_sheet(stored, tasks, header)
        writes = _score_writes(_score_entry(session, staff_id, period.id), staff_id, score)
        if same_sheet and reasons == old_reasons and not (scored and writes):
            return score  # nothing to write: no lock to check, no reason, no audit row
        ensure_editable(session, staff_id, period)
        audited = after_publication(session, month)
        if audited and not reason.strip():
            raise ReasonRequired()
        row = stored
        if not same_sheet:
            row, old_tasks = _replace_tasks(session, staff_id, period.id, tasks, header)
            if audited:
                record_change(
                    session,
                    entity="task_sheet",
                    entity_id=row.id,
                    field="tasks",
                    old=old_tasks,
                    new=_as_json(tasks),
                    reason=reason,
                    actor=ctx.actor,
                    appraisal_id=session.scalar(
                        select(AppraisalRow.id).where(
                            AppraisalRow.staff_id == staff_id,
                            AppraisalRow.period_id == period.id,
                        )
                    ),
                )
        if reasons != old_reasons:
            catalogue = template.catalogue() if template is not None else DEFAULT_CATALOGUE
            _follow_reasons(session, ctx, staff_id, month, period, reasons, catalogue, reason)
            row.quality_reasons = encode_reasons(reasons)
        if scored and writes:
            write_values(
                session,
                month,
                writes,
                reason=reason,
                actor=ctx.actor,
                on=ctx.today(),
                lang=ctx.lang,
                amend=False,
            )
        if audited:  # the published results the month feeds, re-scored once for all of it
            amend_published(
                session,
                [month],
                staff_ids=[staff_id],
                reason=reason,
                on=ctx.today(),
                actor=ctx.actor,
                lang=ctx.lang,
            )
    return score


def _follow_reasons(
    session: Session,
    ctx,
    staff_id: int,
    month: Period,
    period: PeriodRow,
    reasons: tuple[str, ...],
    catalogue,
    reason: str,
) -> None:
    """The month's −10 event as the ticked *reasons* ask (seed 004 差错扣分 4: "工作任务书填报
    质量不好的，扣10分"): recorded with the first reason, its note naming the reasons, deleted
    with the last one. A −10 already recorded by hand is the one kept: never a second."""
    recorded = _penalty_events(session, staff_id, period.id)
    if not reasons:
        if recorded:
            ev.remove_event(session, ctx, recorded[0].id, reason=reason, amend=False)
        return
    if catalogue.get(POOR_QUALITY_CODE) is None:
        raise SheetRefused([SheetProblem("no_penalty_item", "error")])
    note = render("task_sheet.penalty_note", {"reasons": reasons_text(reasons, ctx.lang)}, ctx.lang)
    start, end = ap.month_bounds(month)
    draft = ev.EventDraft(
        ev.ADJUSTMENT, min(max(ctx.today(), start), end), POOR_QUALITY_CODE, note=note
    )
    if not recorded:
        draft = ev.validate(draft, month, catalogue)
        ev.record_event(session, ctx, staff_id, month, draft, reason=reason, amend=False)
        return
    kept = recorded[0]
    ev.change_event(
        session,
        ctx,
        kept.id,
        ev.EventDraft(ev.ADJUSTMENT, kept.occurred_on, POOR_QUALITY_CODE, note=note),
        reason=reason,
        catalogue=catalogue,
        amend=False,
    )


def _score_entry(session: Session, staff_id: int, period_id: int) -> MetricEntryRow | None:
    return session.scalar(
        select(MetricEntryRow).where(
            MetricEntryRow.staff_id == staff_id,
            MetricEntryRow.period_id == period_id,
            MetricEntryRow.indicator_code == INDICATOR,
        )
    )


def _score_writes(entry: MetricEntryRow | None, staff_id: int, score: float | None) -> list:
    """The cells to write so the ``task_sheet`` indicator holds the sheet's score."""
    if entry is None and score is None:
        return []
    writes = []
    if entry is None or entry.actual != score:
        writes.append(CellWrite(staff_id, INDICATOR, "actual", score))
    if score is not None and (entry is None or entry.target != SHEET_POINTS):
        writes.append(CellWrite(staff_id, INDICATOR, "target", SHEET_POINTS))
    return writes


def _same_sheet(
    row: TaskSheetRow | None,
    tasks: Sequence[TaskDraft],
    header: tuple[dt.date | None, str, dt.date | None],
) -> bool:
    """The stored sheet is this one (header: issued on, note, approved on)."""
    if row is None:
        return False
    return ((row.issued_on, row.note or "", row.approved_on), _drafts(row)) == (
        header,
        list(tasks),
    )


def _replace_tasks(
    session: Session,
    staff_id: int,
    period_id: int,
    tasks: Sequence[TaskDraft],
    header: tuple[dt.date | None, str, dt.date | None],
) -> tuple[TaskSheetRow, list[dict] | None]:
    """Store the sheet's tasks in place of the old ones; returns the row and the old tasks."""
    row = _stored_sheet(session, staff_id, period_id)
    old_tasks = None
    if row is None:
        row = TaskSheetRow(staff_id=staff_id, period_id=period_id)
        session.add(row)
    else:
        old_tasks = _as_json(_drafts(row))
        row.tasks.clear()
        session.flush()
    row.issued_on, row.note, row.approved_on = header
    for i, t in enumerate(tasks):
        row.tasks.append(
            TaskItemRow(
                position=i,
                title=t.title,
                steps=t.steps,
                measure=t.measure,
                due_on=t.due_on,
                points=t.points,
                score=t.score,
                task_type=t.task_type,
            )
        )
    session.flush()
    return row, old_tasks
