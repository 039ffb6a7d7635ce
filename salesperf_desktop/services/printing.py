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
import json
import multiprocessing
import os
import re
import threading
from collections import defaultdict
from collections.abc import Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appeals import AMENDMENT_KEY, forms_to_reprint
from salesperf_desktop.services.appraisals import (
    shown_columns,
    shown_from_columns,
    to_domain,
)
from salesperf_desktop.services.files import replace_file
from salesperf_desktop.services.pdf.form_data import (
    company_name,
    forms_for_period,
    task_sheet_for,
)
from salesperf_desktop.services.pdf.forms import AppraisalForm, TaskSheetForm
from salesperf_desktop.services.pdf.workers import part_path as _part
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.storage.models import AppraisalRow, PeriodRow, StaffRow

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
    form_pages: list[int] = field(default_factory=list)  # a combined PDF: each form's pages

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
    """``appeals.forms_to_reprint`` with what the officer needs to choose: columns, and the
    amendment note of the amended results only."""
    with ctx.session() as session:
        ids = forms_to_reprint(session)
        if not ids:
            return []
        own = type_coerce(AppraisalRow.result_own, Text)
        found = session.execute(
            select(
                AppraisalRow.id,
                StaffRow.employee_no,
                StaffRow.name,
                PeriodRow,
                own,  # decoded for the amendment note: these few only
                *shown_columns(),
            )
            .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
            .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
            .where(AppraisalRow.id.in_(ids))
        ).all()
        rows = [
            _reprint_record(appraisal_id, employee_no, name, period.key, note, *shown)
            for appraisal_id, employee_no, name, period, note, *shown in found
        ]
    rows.sort(key=lambda r: (r.period_key, r.employee_no))
    return rows


def _reprint_record(
    appraisal_id: int,
    employee_no: str,
    name: str,
    period_key: str,
    own_json: str | None,
    *shown_columns_read: Any,
) -> ReprintRecord:
    own = json.loads(own_json) if own_json else None
    note = (own or {}).get(AMENDMENT_KEY) or {}
    shown = shown_from_columns(*shown_columns_read)
    return ReprintRecord(
        appraisal_id=appraisal_id,
        employee_no=employee_no,
        name=name,
        period_key=period_key,
        appeal_number=note.get("appeal_number") or "",
        previous_total=note.get("previous_total"),
        previous_grade=note.get("previous_grade") or "",
        total=shown.total,
        grade=shown.grade or "",
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


def _period_in_name(key: str, lang: str) -> str:
    """2026年10月 in Chinese (as the window names files), 2026-10 in English."""
    return key if lang == "en" else Period.parse(key).label(lang)


def file_name(form: Form, lang: str = "en") -> str:
    """考核表_2026年10月_E003_张伟.pdf: one person's form, named in the job's language."""
    code = "file.task_sheet" if isinstance(form, TaskSheetForm) else "file.appraisal_form"
    person = _UNSAFE.sub("_", f"{form.employee_no}_{form.name}").strip("_.")
    return render(code, {"period": _period_in_name(form.period_key, lang), "person": person}, lang)


def combined_name(job: PrintJob, today: dt.date) -> str:
    """The suggested name of a combined PDF; amended forms are named after the day printed."""
    if job.appraisal_ids is not None:
        return render("file.amended_forms", {"date": today.isoformat()}, job.lang)
    code = "file.task_sheets" if job.task_sheets else "file.appraisal_forms"
    return render(code, {"period": _period_in_name(job.period, job.lang)}, job.lang)


def output_paths(job: PrintJob, forms: Iterable[Form], out: Path, today: dt.date) -> list[Path]:
    """Where the files go: ``out`` is the combined file (or a folder for it), else a folder."""
    if job.combined:
        return [out / combined_name(job, today) if out.is_dir() else out]
    return [out / file_name(f, job.lang) for f in forms]


# ---------------------------------------------------------------------------- workers


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
    n = workers or default_workers()
    # A batch big enough for the workers starts them now: they start up (imports, the font)
    # while the forms are read and scored here.
    pool = _start_pool(n) if n > 1 and _surely_many(ctx, job) else None
    try:
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
        form_pages: list[int] = []
        if job.combined:
            form_pages = yield from _render_combined(forms, paths[0], cancel)
        elif n > 1 and (pool is not None or total >= PARALLEL_THRESHOLD):
            pool = pool or _start_pool(min(n, total))
            yield from _render_parallel(pool, forms, paths, cancel, n)
        else:
            yield from _render_serial(forms, paths, cancel)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    ids = [f.appraisal_id for f in forms if isinstance(f, AppraisalForm) and f.appraisal_id]
    outcome = PrintOutcome(files=paths, forms=total, appraisal_ids=ids, form_pages=form_pages)
    # Only an amended form can be waiting for its reprint (it prints its amendment).
    amended = [
        f.appraisal_id
        for f in forms
        if isinstance(f, AppraisalForm) and f.appraisal_id and f.amendment is not None
    ]
    if job.mark_reprinted and amended:
        outcome.reprinted = mark_reprinted(ctx, amended, job.actor)
    return outcome


def _surely_many(ctx, job: PrintJob) -> bool:
    """Whether the job will likely print one file per form for at least
    ``PARALLEL_THRESHOLD`` people, known before the forms are read: that many chosen, or that
    many people on the register (of the team)."""
    if job.combined:
        return False
    chosen = job.appraisal_ids if job.appraisal_ids is not None else job.staff_ids
    if chosen is not None:
        return len(chosen) >= PARALLEL_THRESHOLD
    query = select(func.count(StaffRow.id))
    if job.team_id is not None:
        query = query.where(StaffRow.team_id == job.team_id)
    with ctx.session() as session:
        return (session.scalar(query) or 0) >= PARALLEL_THRESHOLD


def _start_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: forking a process that runs Qt threads is unsafe.
    from salesperf_desktop.services.pdf import workers as pdf_workers

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=pdf_workers.init,
    )
    for _ in range(workers):
        pool.submit(pdf_workers.ready)  # each worker starts now (one is started per task)
    return pool


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


def _render_parallel(pool, forms, paths, cancel, workers: int) -> Generator[Progress, None, None]:
    from salesperf_desktop.services.pdf.workers import render_chunk

    done = 0
    try:
        # Chunks of a few forms: fewer round trips, still fine-grained progress and cancel.
        pairs = [(form, str(path)) for form, path in zip(forms, paths, strict=True)]
        size = max(1, min(8, len(pairs) // (workers * 4)))
        pending = {
            pool.submit(render_chunk, pairs[i : i + size]) for i in range(0, len(pairs), size)
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


def _render_combined(forms, path: Path, cancel) -> Generator[Progress, None, list[int]]:
    """One reportlab build in a helper thread; its per-form callback reports and cancels.
    Returns each form's number of pages."""
    from salesperf_desktop.services.pdf.render import render_forms

    state = {"index": 0, "error": None, "pages": []}

    def on_form(index: int) -> None:
        if cancel.is_set():
            raise Cancelled()
        state["index"] = index

    def build() -> None:
        try:
            state["pages"] = render_forms(forms, _part(path), on_form=on_form)
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
    return state["pages"]
