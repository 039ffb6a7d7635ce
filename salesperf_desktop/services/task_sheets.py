"""The monthly work task sheet (工作任务书, seed 004): 5–7 key tasks with steps and measures,
due dates and points adding up to 100, scored at month end.

The sheet's score (Σ task scores, once every task is scored) is the person's ``task_sheet``
indicator for the month (actual = score, target = 100), written through ``entry.write_values``
in the same transaction, so locks and the audit trail apply as in the grid.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services.amendments import after_publication
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.entry import CellWrite, write_values
from salesperf_desktop.services.locking import ReasonRequired, ensure_editable
from salesperf_desktop.storage.models import AppraisalRow, MetricEntryRow, TaskItemRow, TaskSheetRow

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


@dataclass(frozen=True)
class SheetProblem:
    code: str  # task_count | points_sum | title_missing | points_not_positive | score_range
    severity: str  # error | warning
    row: int | None = None  # 0-based task row
    params: tuple = ()

    def message(self, lang: str = "zh_CN") -> str:
        """What is wrong, for the officer (tasks counted from 1)."""
        p = [fmt_number(v) for v in self.params]
        row = (self.row or 0) + 1
        fields = {
            "title_missing": {"row": row},
            "points_not_positive": {"row": row},
            "score_range": {"row": row, "score": p[0] if p else "", "points": p[-1] if p else ""},
            "points_sum": {"total": p[0] if p else ""},
            "task_count": {"count": p[0] if p else ""},
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
    """Errors refuse the sheet; a task count outside 5–7 is only a warning."""
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


class _Keep:
    """``save(approved_on=KEEP)``: the stored approval stays as it is."""


KEEP = _Keep()


def _drafts(row: TaskSheetRow) -> list[TaskDraft]:
    return [TaskDraft(t.title, t.steps, t.measure, t.due_on, t.points, t.score) for t in row.tasks]


def _stored_sheet(session: Session, staff_id: int, period_id: int) -> TaskSheetRow | None:
    return session.scalar(
        select(TaskSheetRow).where(
            TaskSheetRow.staff_id == staff_id, TaskSheetRow.period_id == period_id
        )
    )


def load(ctx, staff_id: int, month: Period) -> StoredSheet:
    """The person's sheet of the month (no tasks when none is stored)."""
    with ctx.session() as session:
        period = ap.stored_period(session, month)
        row = _stored_sheet(session, staff_id, period.id) if period is not None else None
        if row is None:
            return StoredSheet([])
        return StoredSheet(_drafts(row), row.issued_on, row.note or "", row.approved_on)


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
) -> float | None:
    """Store the sheet and its score; returns the score (None while not every task is scored).
    *approved_on*: the day the appraiser approved the sheet (None: not approved; by default the
    stored approval stays).

    Raises SheetRefused (errors of ``check``), LockedError, or ValueError (no reason after
    publication). All or nothing: one transaction. The sheet as stored writes nothing."""
    tasks = [
        TaskDraft(t.title.strip(), t.steps.strip(), t.measure.strip(), t.due_on, t.points, t.score)
        for t in tasks
    ]
    errors = [p for p in check(tasks) if p.severity == "error"]
    if errors:
        raise SheetRefused(errors)
    score = sheet_score(tasks)
    with ctx.transaction() as session:
        period = ap.stored_period(session, month, create=True)
        if isinstance(approved_on, _Keep):
            stored = _stored_sheet(session, staff_id, period.id)
            approved_on = stored.approved_on if stored is not None else None
        header = (issued_on, note, approved_on)
        if _unchanged(session, staff_id, period.id, tasks, header, score):
            return score  # nothing to write: no lock to check, no reason, no audit row
        ensure_editable(session, staff_id, period)
        audited = after_publication(session, month)
        if audited and not reason.strip():
            raise ReasonRequired()
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
                        AppraisalRow.staff_id == staff_id, AppraisalRow.period_id == period.id
                    )
                ),
            )
        _write_score(session, staff_id, month, period.id, score, reason, ctx)
    return score


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
    writes = []
    if entry is None or entry.actual != score:
        writes.append(CellWrite(staff_id, INDICATOR, "actual", score))
    if score is not None and (entry is None or entry.target != SHEET_POINTS):
        writes.append(CellWrite(staff_id, INDICATOR, "target", SHEET_POINTS))
    return writes


def _unchanged(
    session: Session,
    staff_id: int,
    period_id: int,
    tasks: Sequence[TaskDraft],
    header: tuple[dt.date | None, str, dt.date | None],
    score: float | None,
) -> bool:
    """The stored sheet is this one (header: issued on, note, approved on), and its score is
    already the indicator's value."""
    row = _stored_sheet(session, staff_id, period_id)
    stored = (row.issued_on, row.note or "", row.approved_on) if row is not None else None
    if row is None or (stored, _drafts(row)) != (header, list(tasks)):
        return False
    entry = _score_entry(session, staff_id, period_id)
    return (entry is None and score is None) or not _score_writes(entry, staff_id, score)


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
            )
        )
    session.flush()
    return row, old_tasks


def _write_score(
    session: Session,
    staff_id: int,
    month: Period,
    period_id: int,
    score: float | None,
    reason: str,
    ctx,
) -> None:
    """The sheet's score as the ``task_sheet`` indicator (actual = score, target = 100)."""
    writes = _score_writes(_score_entry(session, staff_id, period_id), staff_id, score)
    write_values(
        session, month, writes, reason=reason, actor=ctx.actor, on=ctx.today(), lang=ctx.lang
    )
