"""What the upgrade tests share: the 0004-era file they upgrade, reading it back plainly, the
scores of one of its quarters (opening it migrates it), and the plan of a year's sums on it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

OLD_0004 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0004.sqlite"


def stored(path: Path, sql: str) -> list[tuple]:
    """The rows *sql* gives on the file at *path*, read with plain sqlite3 (not the app)."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def quarter_scores(path: Path, quarter: str = "2026-Q3") -> list[tuple[int, float, str]]:
    """Each person's total and grade for *quarter*, scored by the app (which first migrates the
    file, as the program's open does)."""
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.services.appraisals import period_results

    ctx = build_context(path, seed=False)
    try:
        people = period_results(ctx, Period.parse(quarter)).people
    finally:
        ctx.close()
    return [(p.staff_id, p.result.total, p.result.grade) for p in people]


def upgraded_old_file(folder: Path, kept: str) -> tuple[Path, list[tuple[int, float, str]]]:
    """A copy of the 0004-era file in *folder*, upgraded to the head by opening it and scoring
    its quarter (``quarter_scores``): the rows *kept* reads are what they were, and somebody's
    total is above zero. The copy's path and the quarter's scores."""
    from salesperf_desktop.storage.database import SCHEMA_HEAD

    path = folder / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = stored(path, kept)
    assert before
    scores = quarter_scores(path)  # migrates the file, then scores the quarter
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert stored(path, kept) == before
    assert any(total > 0 for _, total, _ in scores)
    return path, scores


def sums_plan_and_rows(path: Path) -> tuple[str, list[tuple], bool]:
    """SQLite's plan for the sums of everyone's every indicator over every stored period
    (``services.period_sums.sums_query``), the rows it gives, sorted, and whether its program
    reads any column of the table itself (not only of an index)."""
    from salesperf_desktop.services.period_sums import sums_query

    people = [sid for (sid,) in stored(path, "SELECT id FROM staff")]
    codes = [code for (code,) in stored(path, "SELECT DISTINCT indicator_code FROM metric_entries")]
    months = [pid for (pid,) in stored(path, "SELECT id FROM periods")]
    query, params = sums_query(people, codes, months)
    con = sqlite3.connect(path)
    try:
        plan = " ".join(str(row) for row in con.execute("EXPLAIN QUERY PLAN " + query, params))
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'metric_entries'"
        ).fetchone()
        program = con.execute("EXPLAIN " + query, params).fetchall()
        table = {p1 for _addr, op, p1, p2, *_ in program if op == "OpenRead" and p2 == root}
        reads_table = any(op == "Column" and p1 in table for _addr, op, p1, *_ in program)
        return plan, sorted(con.execute(query, params).fetchall()), reads_table
    finally:
        con.close()
