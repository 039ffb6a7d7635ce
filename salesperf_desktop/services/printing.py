"""Batch printing: one person, a team or the whole company, as one PDF each or one combined PDF.

``print_forms`` is a generator (progress, cancel) run by the window's task runner or the CLI.
Form data is read from the database in the calling thread; rendering one PDF per person runs in
worker processes (the font registered once per worker), so a batch uses every core. A combined
PDF is laid out in one pass (one font subset, each form with its own "page x of y").
Files are written under a temporary name and renamed when complete: a cancelled or failed run
leaves no half-written PDF.

Reprints: after an upheld appeal, a correction or any change after publication
(``amendments``) the stored result is amended and the form must be printed again
(``appeals.forms_to_reprint``). ``reprint_rows`` lists them; ``reprint_job`` prints chosen ones
(they may span periods). Whatever job prints an amended form, once the PDF is complete the form
is marked reprinted (``signoff.mark_form_reprinted``): it then waits for the new signatures.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
import threading
from collections import defaultdict
from collections.abc import Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appeals import AMENDMENT_KEY, forms_to_reprint
from salesperf_desktop.services.appraisals import shown_score, to_domain
from salesperf_desktop.services.files import replace_file
from salesperf_desktop.services.pdf.form_data import (
    company_name,
    forms_for_period,
    task_sheet_for,
)
from salesperf_desktop.services.pdf.forms import AppraisalForm, TaskSheetForm
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.storage.models import AppraisalRow

# Below this many files, starting worker processes (~1 s each, spawned) costs more than it saves.
PARALLEL_THRESHOLD = 24

Form = AppraisalForm | TaskSheetForm


@dataclass(frozen=True)
class PrintJob:
    period: str  # "2026-09", "2026-Q3", "2026"
    lang: str = "zh_CN"
    team_id: int | None = None
    staff_ids: tuple[int, ...] | None = None
    combined: bool = False
    task_sheets: bool = False  # the monthly work task sheets instead of the appraisal forms
    company: str | None = None
    # Print exactly these appraisals (any periods; ``period`` is then ignored) …
    appraisal_ids: tuple[int, ...] | None = None
    # Amended forms in a complete PDF count as reprinted (whichever way they were printed):
    # they then wait for their new signatures.
    mark_reprinted: bool = True
    actor: str = ""


@dataclass
class PrintOutcome:
    files: list[Path] = field(default_factory=list)
    forms: int = 0
    reprinted: list[int] = field(default_factory=list)  # appraisals marked reprinted
    appraisal_ids: list[int] = field(default_factory=list)  # the appraisal forms written

    @property
    def first(self) -> Path | None:
        return self.files[0] if self.files else None


def collect_forms(session: Session, job: PrintJob) -> list[Form]:
    company = job.company if job.company is not None else company_name(session)
    if job.appraisal_ids is not None:
        return _forms_of_appraisals(session, job, company)
    period = Period.parse(job.period)
    forms: list[Form] = list(
        forms_for_period(
            session,
            period,
            lang=job.lang,
            team_id=job.team_id,
            staff_ids=job.staff_ids,
            company=company,
        )
    )
    if not job.task_sheets:
        return forms
    return [
        task_sheet_for(session, f.staff_id, month, job.lang, company=company)
        for f in forms
        for month in period.months()
    ]


def _forms_of_appraisals(session: Session, job: PrintJob, company: str) -> list[Form]:
    """The forms of chosen appraisals, period by period (each from its stored result)."""
    by_period: dict[Period, list[int]] = defaultdict(list)
    order: dict[int, int] = {}
    for a in session.scalars(
        select(AppraisalRow)
        .options(selectinload(AppraisalRow.period))
        .where(AppraisalRow.id.in_(job.appraisal_ids or ()))
    ):
        by_period[to_domain(a.period)].append(a.staff_id)
        order[a.id] = len(order)
    forms: list[Form] = []
    for period, staff_ids in by_period.items():
        forms += [
            f
            for f in forms_for_period(
                session, period, lang=job.lang, staff_ids=staff_ids, company=company
            )
            if f.appraisal_id in order
        ]
    forms.sort(key=lambda f: (f.period_key, f.employee_no))
    return forms


@dataclass(frozen=True)
class ReprintRecord:
    """An amended appraisal whose form must be printed again."""

    appraisal_id: int
    employee_no: str
    name: str
    period_key: str
    appeal_number: str  # "" for a correction without an appeal
    previous_total: float | None
    previous_grade: str
    total: float | None
    grade: str
    amended_on: str


def reprint_rows(ctx) -> list[ReprintRecord]:
    """``appeals.forms_to_reprint`` with what the officer needs to choose."""
    with ctx.session() as session:
        ids = forms_to_reprint(session)
        if not ids:
            return []
        appraisals = session.scalars(
            select(AppraisalRow)
            .options(selectinload(AppraisalRow.staff), selectinload(AppraisalRow.period))
            .where(AppraisalRow.id.in_(ids))
        ).all()
        rows = [_reprint_record(a) for a in appraisals]
    rows.sort(key=lambda r: (r.period_key, r.employee_no))
    return rows


def _reprint_record(a: AppraisalRow) -> ReprintRecord:
    note = (a.result or {}).get(AMENDMENT_KEY) or {}
    return ReprintRecord(
        appraisal_id=a.id,
        employee_no=a.staff.employee_no,
        name=a.staff.name,
        period_key=a.period.key,
        appeal_number=note.get("appeal_number") or "",
        previous_total=note.get("previous_total"),
        previous_grade=note.get("previous_grade") or "",
        total=shown_score(a).total,
        grade=shown_score(a).grade or "",
        amended_on=note.get("amended_on") or "",
    )


def reprint_job(
    appraisal_ids: Iterable[int],
    *,
    lang: str = "zh_CN",
    combined: bool = True,
    company: str | None = None,
    actor: str = "",
) -> PrintJob:
    return PrintJob(
        period="",
        lang=lang,
        combined=combined,
        company=company,
        appraisal_ids=tuple(appraisal_ids),
        mark_reprinted=True,
        actor=actor,
    )


_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_name(form: Form) -> str:
    prefix = "task-sheet" if isinstance(form, TaskSheetForm) else "appraisal"
    name = _UNSAFE.sub("_", f"{form.employee_no}_{form.name}").strip("_.")
    return f"{prefix}_{form.period_key}_{name}.pdf"


def combined_name(job: PrintJob, today: dt.date) -> str:
    """The suggested name of a combined PDF; amended forms are named after the day printed."""
    if job.appraisal_ids is not None:
        return f"amended-forms_{today.isoformat()}.pdf"
    prefix = "task-sheets" if job.task_sheets else "appraisal-forms"
    return f"{prefix}_{job.period}.pdf"


def output_paths(job: PrintJob, forms: Iterable[Form], out: Path, today: dt.date) -> list[Path]:
    """Where the files go: ``out`` is the combined file (or a folder for it), else a folder."""
    if job.combined:
        return [out / combined_name(job, today) if out.is_dir() else out]
    return [out / file_name(f) for f in forms]


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


# ---------------------------------------------------------------------------- workers


def _worker_init() -> None:
    from salesperf_desktop.services.pdf.render import register_font

    register_font()


def _render_one(form: Form, path: str) -> str:
    from salesperf_desktop.services.pdf.render import render_forms

    part = _part(Path(path))
    render_forms([form], part)
    replace_file(part, path)
    return path


def _render_chunk(pairs: list[tuple[Form, str]]) -> int:
    for form, path in pairs:
        _render_one(form, path)
    return len(pairs)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


# ---------------------------------------------------------------------------- the job


def print_forms(
    ctx,
    job: PrintJob,
    out: Path | str,
    *,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> Generator[Progress, None, PrintOutcome]:
    """Write the forms of ``job`` to ``out``; yields Progress, returns the files written."""
    out = Path(out)
    cancel = cancel or threading.Event()
    yield Progress(0, 0, step="progress.collecting_forms")
    with ctx.session() as session:
        forms = collect_forms(session, job)
    if not forms:
        return PrintOutcome()
    if job.combined:
        if not out.suffix and not out.exists():
            out.mkdir(parents=True, exist_ok=True)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
    else:
        out.mkdir(parents=True, exist_ok=True)
    paths = output_paths(job, forms, out, ctx.today())
    total = len(forms)
    if job.combined:
        yield from _render_combined(forms, paths[0], cancel)
    else:
        n = workers or default_workers()
        if n > 1 and total >= PARALLEL_THRESHOLD:
            yield from _render_parallel(forms, paths, cancel, n)
        else:
            yield from _render_serial(forms, paths, cancel)
    ids = [f.appraisal_id for f in forms if isinstance(f, AppraisalForm) and f.appraisal_id]
    outcome = PrintOutcome(files=paths, forms=total, appraisal_ids=ids)
    if job.mark_reprinted:
        outcome.reprinted = mark_reprinted(ctx, ids, job.actor)
    return outcome


def mark_reprinted(ctx, appraisal_ids: Iterable[int], actor: str = "") -> list[int]:
    """Once the forms are complete (a PDF written, or pages sent to a printer): the amended
    ones among them were reprinted. Returns those marked."""
    from salesperf_desktop.services.signoff import mark_form_reprinted

    actor = actor or ctx.actor
    marked = []
    with ctx.transaction() as session:
        for appraisal_id in appraisal_ids:
            if mark_form_reprinted(session, appraisal_id, ctx.today(), actor=actor):
                marked.append(appraisal_id)
    return marked


def _render_serial(forms, paths, cancel) -> Generator[Progress, None, None]:
    from salesperf_desktop.services.pdf.render import render_forms

    for i, (form, path) in enumerate(zip(forms, paths, strict=True)):
        if cancel.is_set():
            raise Cancelled()
        yield Progress(i, len(forms), step="progress.writing_forms", unit="form", item=form.name)
        render_forms([form], _part(path))
        replace_file(_part(path), path)
    yield Progress(len(forms), len(forms), step="progress.writing_forms", unit="form")


def _render_parallel(forms, paths, cancel, workers: int) -> Generator[Progress, None, None]:
    # spawn, not fork: forking a process that runs Qt threads is unsafe.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(forms)), mp_context=context, initializer=_worker_init
    )
    done = 0
    try:
        # Chunks of a few forms: fewer round trips, still fine-grained progress and cancel.
        pairs = [(form, str(path)) for form, path in zip(forms, paths, strict=True)]
        size = max(1, min(8, len(pairs) // (workers * 4)))
        pending = {
            pool.submit(_render_chunk, pairs[i : i + size]) for i in range(0, len(pairs), size)
        }
        yield Progress(0, len(forms), step="progress.writing_forms", unit="form")
        while pending:
            if cancel.is_set():
                raise Cancelled()
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                done += future.result()  # re-raises a worker's error here
            if finished:
                yield Progress(done, len(forms), step="progress.writing_forms", unit="form")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for path in paths:
            _part(path).unlink(missing_ok=True)


def _render_combined(forms, path: Path, cancel) -> Generator[Progress, None, None]:
    """One reportlab build in a helper thread; its per-form callback reports and cancels."""
    from salesperf_desktop.services.pdf.render import render_forms

    state = {"index": 0, "error": None}

    def on_form(index: int) -> None:
        if cancel.is_set():
            raise Cancelled()
        state["index"] = index

    def build() -> None:
        try:
            render_forms(forms, _part(path), on_form=on_form)
        except BaseException as exc:  # handed to the generator below
            state["error"] = exc

    thread = threading.Thread(target=build, name="pdf-combined", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.15)
            yield Progress(
                state["index"],
                len(forms),
                step="progress.writing_forms",
                unit="form",
                item=forms[state["index"]].name,
            )
    except GeneratorExit:
        cancel.set()
        thread.join()
        raise
    finally:
        if state["error"] is not None or cancel.is_set():
            _part(path).unlink(missing_ok=True)
    if state["error"] is not None:
        raise state["error"]
    replace_file(_part(path), path)
    yield Progress(len(forms), len(forms), step="progress.writing_forms", unit="form")
