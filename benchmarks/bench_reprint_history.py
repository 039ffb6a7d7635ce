"""The reprint list and the grade history on the large database (issue #19): what the officer
waits for when opening "Reprint amended forms…" (``printing.reprint_rows``), the Results and
plans page of a month (``improvement.list_result_use``: everyone's grade history for the
promotion hints) and a person chosen on that page (``improvement.advice_and_plan``, on the GUI
thread).

Since 0006 the shown total, grade and coefficient are columns and these reads no longer decode
every stored result. Each is compared, interleaved round by round, with a raw ``sqlite3`` fetch
of the rows it reads, and (for information) with the decoding read it replaced, kept below.
A few appraisals are amended first (the note an upheld appeal writes), so the list is not empty.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import SMOKE, median, note_load, report
from bigdb import cached_db, copy_of

ROUNDS = 3 if SMOKE else 7
AMENDED = 12


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _amend_some(ctx, count: int) -> None:
    """The note an upheld appeal leaves in the stored result: reprint and sign again."""
    from sqlalchemy import select

    from salesperf_desktop.services.appeals import AMENDMENT_KEY
    from salesperf_desktop.storage.models import AppraisalRow

    with ctx.transaction() as s:
        rows = s.scalars(
            select(AppraisalRow).where(AppraisalRow.grade.is_not(None)).order_by(AppraisalRow.id)
        ).all()
        for a in rows[:: max(1, len(rows) // count)][:count]:
            result = a.result
            result[AMENDMENT_KEY] = {
                "reprint_required": True,
                "previous_total": result["total"],
                "previous_grade": result["grade"],
                "appeal_number": f"AP-2026-{a.id:03d}",
                "amended_on": "2026-11-20",
            }
            a.result = result


# ----------------------------------------------------------------------------- before #19


def _decoding_reprint_rows(ctx) -> list:
    """The reprint list as it was read before: every appraisal loaded, its result decoded."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from salesperf_desktop.services.appeals import AMENDMENT_KEY
    from salesperf_desktop.services.appraisals import shown_score
    from salesperf_desktop.storage.models import AppraisalRow

    with ctx.session() as s:
        rows = s.scalars(select(AppraisalRow).where(AppraisalRow.result_own.is_not(None)))
        ids = [
            a.id
            for a in rows
            if ((a.result or {}).get(AMENDMENT_KEY) or {}).get("reprint_required")
        ]
        found = s.scalars(
            select(AppraisalRow)
            .options(selectinload(AppraisalRow.staff), selectinload(AppraisalRow.period))
            .where(AppraisalRow.id.in_(ids))
        ).all()
        return [
            (a.id, a.staff.employee_no, a.period.key, shown_score(a).total, a.result[AMENDMENT_KEY])
            for a in found
        ]


def _decoding_histories(ctx, period_id: int) -> list:
    """Everyone's grade history as it was read before: one query per person, whole rows."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from salesperf_desktop.domain.status import AppraisalStatus
    from salesperf_desktop.services.appraisals import shown_score
    from salesperf_desktop.storage.models import AppraisalRow, PeriodRow

    with ctx.session() as s:
        people = s.scalars(
            select(AppraisalRow).where(
                AppraisalRow.period_id == period_id, AppraisalRow.status != AppraisalStatus.DRAFT
            )
        ).all()
        out = []
        for person in people:
            history = s.scalars(
                select(AppraisalRow)
                .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
                .options(selectinload(AppraisalRow.period))
                .where(
                    AppraisalRow.staff_id == person.staff_id,
                    AppraisalRow.status != AppraisalStatus.DRAFT,
                    AppraisalRow.grade.is_not(None),
                    PeriodRow.kind == person.period.kind,
                )
                .order_by(PeriodRow.year, PeriodRow.kind, PeriodRow.number)
            )
            out.append([shown_score(a).grade for a in history])
        return out


# ----------------------------------------------------------------------------- raw fetches


def _raw_results(path: Path) -> None:
    """The rows the reprint list must look into: every stored result's text."""
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT id, result FROM appraisals WHERE result IS NOT NULL").fetchall()
    finally:
        con.close()


def _raw_history_columns(path: Path, period_id: int) -> None:
    """The columns the month's list reads, with its SELECTs: its people (with the check that
    a result is kept, ``appraisals.keeps_result_column``), their plans, and every kept grade of
    the same kind of period (``improvement.HISTORY_SQL``, the service's own text)."""
    from salesperf_desktop.services.improvement import HISTORY_SQL

    con = sqlite3.connect(path)
    try:
        people = con.execute(
            "SELECT a.id, a.staff_id, s.employee_no, s.name, a.status != 'draft' AND"
            " a.result IS NOT NULL AND a.result NOT IN ('null', '{}'), a.shown_total, a.grade,"
            " a.coefficient FROM appraisals a JOIN staff s ON s.id = a.staff_id"
            " WHERE a.period_id = ? AND a.status != 'draft'",
            (period_id,),
        ).fetchall()
        marks = ",".join("?" * len(people))
        con.execute(
            f"SELECT * FROM improvement_plans WHERE appraisal_id IN ({marks})",
            [row[0] for row in people],
        ).fetchall()
        kind = con.execute("SELECT kind FROM periods WHERE id = ?", (period_id,)).fetchone()[0]
        con.execute("SELECT id, kind, year, number FROM periods").fetchall()
        ids = sorted({row[1] for row in people})
        con.execute(
            HISTORY_SQL.format(staff=",".join("?" * len(ids)), kind=" AND p.kind = ?"),
            (*ids, kind),
        ).fetchall()
    finally:
        con.close()


def main() -> int:
    from sqlalchemy import select

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.domain.status import PeriodStatus
    from salesperf_desktop.services import improvement, printing
    from salesperf_desktop.storage.models import AppraisalRow, PeriodRow

    staff, months = (36, 3) if SMOKE else (300, 24)
    tmp = Path(tempfile.mkdtemp(prefix="salesperf-bench-reprint-"))
    atexit.register(shutil.rmtree, tmp, True)  # the database copy goes
    path = copy_of(cached_db(staff, months), tmp)
    ctx = build_context(path, lang="zh_CN")
    _amend_some(ctx, AMENDED)
    with ctx.session() as s:
        period_id = s.scalar(
            select(PeriodRow.id)
            .where(PeriodRow.status != PeriodStatus.OPEN)
            .order_by(PeriodRow.year.desc(), PeriodRow.number.desc())
        )
        person = s.scalar(select(AppraisalRow.id).where(AppraisalRow.period_id == period_id))
    assert len(printing.reprint_rows(ctx)) == len(_decoding_reprint_rows(ctx)) > 0

    timings: dict[str, list[float]] = {}
    note_load("before")
    for _ in range(ROUNDS):  # one of each per round: a busy machine slows both sides
        for name, fn in (
            ("reprint", lambda: printing.reprint_rows(ctx)),
            ("reprint raw", lambda: _raw_results(path)),
            ("reprint before", lambda: _decoding_reprint_rows(ctx)),
            ("plans", lambda: improvement.list_result_use(ctx, period_id)),
            ("plans raw", lambda: _raw_history_columns(path, period_id)),
            ("plans before", lambda: _decoding_histories(ctx, period_id)),
            ("advice", lambda: improvement.advice_and_plan(ctx, person)),
        ):
            timings.setdefault(name, []).append(_timed(fn))
    note_load("after")
    ctx.close()
    m = {name: median(values) for name, values in timings.items()}
    shape = f"{staff} × {months}"
    ratio = m["reprint"] / m["reprint raw"]
    report(
        f"reprint list (reprint_rows), {shape}, {AMENDED} amended: × raw sqlite3 fetch of the "
        "results",
        ratio,
        "×",
        "≤ 3× raw sqlite3 fetch",
        ratio / 3,
    )
    report("reprint list, seconds", m["reprint"], "s", "", None)
    report(
        "reprint list before #19 (every result decoded), seconds",
        m["reprint before"],
        "s",
        "",
        None,
    )
    ratio = m["plans"] / m["plans raw"]
    report(
        f"Results and plans of a month (everyone's grade history), {shape}: × raw sqlite3 fetch "
        "of its columns",
        ratio,
        "×",
        "≤ 3× raw sqlite3 fetch",
        ratio / 3,
    )
    report("Results and plans of a month, seconds", m["plans"], "s", "", None)
    report(
        "grade history of everyone before #19 (whole rows, one query a person), seconds",
        m["plans before"],
        "s",
        "",
        None,
    )
    advice_ms = m["advice"] * 1000
    report(
        "one person chosen on Results and plans (advice and grade history, GUI thread)",
        advice_ms,
        "ms",
        "≤ 100 ms",
        advice_ms / 100,
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
