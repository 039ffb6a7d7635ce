"""Year recompute through the real service, against a raw sqlite3 fetch of the rows it reads.

The database is a file built by bigdb.py (300 staff × 24 months by default; the seeded
templates). One process, as the window and ``salesperf-cli score`` score: ``period_results``
(the service both call) on an open database, for the last whole year in the file. Each run
starts cold-ish: the context's results cache is emptied and its connections closed, so the run
opens a connection and reads the file again (the OS file cache stays warm, as it does for the
officer). The raw fetch opens a plain sqlite3 connection and fetches, with the same SELECTs,
the rows compute_period reads (staff, teams, templates, periods, appraisals, the entries' sums
per person and indicator — SQLite reads every month's row to add them up — ratings, events). The two alternate, N runs each (default 7), and the MEDIANS are compared: no best-of,
no worker processes (the app scores in one).

Goals (issue #19): year ≤ 3× the raw fetch; year ≤ 0.2 s (on a quiet machine: the load is
printed). Also printed, not judged: the 12 months + 4 quarters + year, a second asking of the
year (the cache), and one person's 12-month trend for the Charts tab, scoring only their team,
against the way it was drawn before (the whole company scored once per month).

Run: .venv/bin/python benchmarks/bench_scoring.py [--runs 7] [--staff 300] [--months 24]
     [--db FILE]   (an existing bigdb.py file: not rebuilt)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report

GOAL_RATIO = 3.0
GOAL_SECONDS = 0.2


def _database(args: argparse.Namespace, work: Path) -> Path:
    if args.db is not None:
        return args.db
    import bigdb

    cached = getattr(bigdb, "cached_db", None)  # a builder that keeps its databases
    if cached is not None:
        return bigdb.copy_of(cached(args.staff, args.months), work)
    return bigdb.build_big_db(work / "big.sqlite", staff=args.staff, months=args.months)


def _last_whole_year(db: Path):
    from salesperf_desktop.domain.periods import Period

    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT year FROM periods WHERE kind = 'month' GROUP BY year HAVING count(*) = 12"
        ).fetchall()
    finally:
        con.close()
    if not rows:
        raise SystemExit("the database holds no whole year: use --months 24 or more")
    return Period.of_year(max(y for (y,) in rows))


def raw_fetch(db: Path, year: int) -> int:
    """The rows the year's scoring reads, fetched with plain sqlite3 (a new connection)."""
    con = sqlite3.connect(db)
    try:
        fetched = 0
        periods = [
            r[0]
            for r in con.execute(
                "SELECT id FROM periods WHERE kind = 'month' AND year = ?", (year,)
            )
        ]
        year_id = con.execute(
            "SELECT id FROM periods WHERE kind = 'year' AND year = ?", (year,)
        ).fetchone()
        staff = con.execute(
            "SELECT s.id, s.employee_no, s.name, s.role, s.team_id, t.name, b.name,"
            " s.product_line, s.hire_date, s.leave_date, s.status FROM staff s"
            " LEFT JOIN teams t ON t.id = s.team_id LEFT JOIN staff b ON b.id = s.supervisor_id"
            " ORDER BY s.employee_no"
        ).fetchall()
        fetched += len(staff)
        fetched += len(con.execute("SELECT * FROM templates").fetchall())
        fetched += len(con.execute("SELECT * FROM template_versions").fetchall())
        summed, others = _item_codes(con)
        if year_id is not None:
            fetched += len(
                con.execute("SELECT * FROM appraisals WHERE period_id = ?", year_id).fetchall()
            )
        ids = [row[0] for row in staff]
        marks = lambda values: ",".join("?" * len(values))  # noqa: E731
        # the service's own SELECTs (since sql19 a year's entries are read as sums per person and
        # indicator, not as rows): SQLite still reads every month's row to add them up; since
        # year20 the sheets' summed indicators and the others apart (``sums_query``)
        from salesperf_desktop.services.appraisals import _EVENTS_SQL, _RATINGS_SQL
        from salesperf_desktop.services.period_sums import PASSED_SQL, sums_query

        fetched += len(con.execute(*sums_query(ids, summed, periods)).fetchall())
        fetched += len(con.execute(*sums_query(ids, others, periods, PASSED_SQL)).fetchall())
        for sql in (_RATINGS_SQL, _EVENTS_SQL):
            query = sql.format(staff=marks(ids), periods=marks(periods))
            fetched += len(con.execute(query, (*ids, *periods)).fetchall())
        return fetched
    finally:
        con.close()


def _item_codes(con: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """Every template version's indicators of summed measures, and the others (the service
    sums each person's template's, in the same two queries)."""
    from salesperf_desktop.domain.rollup import SUMMED_MEASURES

    items = con.execute(
        "SELECT DISTINCT json_extract(item.value, '$.indicator'),"
        " json_extract(item.value, '$.measure')"
        " FROM template_versions, json_each(template_versions.definition, '$.items') AS item"
    ).fetchall()
    summed = {code for code, measure in items if measure in SUMMED_MEASURES}
    return sorted(summed), sorted({code for code, _ in items} - summed)


def _cold(ctx) -> None:
    """What a first asking after opening the file meets: nothing kept, no connection open."""
    ctx.results.clear()
    ctx.engine.dispose()


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--staff", type=int, default=300)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="salesperf-bench-scoring-"))
    try:
        return _run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services import charts_data
    from salesperf_desktop.services.appraisals import period_results

    db = _database(args, work)
    year = _last_whole_year(db)
    ctx = build_context(db, lang="zh_CN", seed=False)
    every = [*year.months(), *sorted({m.quarter_of() for m in year.months()}), year]
    people = period_results(ctx, year).people  # warm-up: imports, the file in the OS cache
    person = people[len(people) // 2].staff_id
    rows = raw_fetch(db, year.year)

    raw, year_times, all_times, trend_times, before_times = [], [], [], [], []
    month_times: list[float] = []
    published = year.months()[-1]  # bigdb publishes every month but the file's last two
    for _ in range(args.runs):
        raw.append(_timed(lambda: raw_fetch(db, year.year)))
        _cold(ctx)
        year_times.append(_timed(lambda: period_results(ctx, year)))
        _cold(ctx)
        all_times.append(_timed(lambda: [period_results(ctx, p) for p in every]))
        _cold(ctx)
        trend_times.append(_timed(lambda: charts_data.trend_for(ctx, person, year.months()[-1])))
        _cold(ctx)
        month_times.append(_timed(lambda: period_results(ctx, published)))
    again = statistics.median(_timed(lambda: period_results(ctx, year)) for _ in range(args.runs))
    for _ in range(max(1, args.runs // 3)):  # slow: a few runs are enough to compare
        _cold(ctx)
        months = charts_data.trend_months(ctx, year.months()[-1])
        before_times.append(
            _timed(
                lambda months=months: charts_data.person_trend(
                    [period_results(ctx, m) for m in months], person, "zh_CN"
                )
            )
        )
    ctx.close()

    raw_s, year_s = statistics.median(raw), statistics.median(year_times)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"database {db.name}: {len(people)} people, {year} (medians of {args.runs}, "
        f"load {load:.1f} on {os.cpu_count()} cores)"
    )
    print(f"raw sqlite3 fetch of the {rows} rows read : {raw_s:.3f} s")
    print(
        f"year through period_results           : {year_s:.3f} s "
        f"({year_s / raw_s:.2f}× the raw fetch; runs {', '.join(f'{t:.3f}' for t in year_times)})"
    )
    print(f"12 months + 4 quarters + year           : {statistics.median(all_times):.3f} s")
    print(f"year asked again (results cache)        : {again * 1000:.2f} ms")
    print(f"published month {published} (stored results): {statistics.median(month_times):.3f} s")
    print(
        f"one person's 12-month trend (team only) : {statistics.median(trend_times):.3f} s; "
        f"whole company per month, as before: {statistics.median(before_times):.3f} s"
    )
    report(
        f"year recompute through the service, {len(people)} staff × 12 months, vs raw fetch",
        year_s / raw_s,
        "×",
        f"≤ {GOAL_RATIO:g}× raw sqlite3 fetch",
        year_s / raw_s / GOAL_RATIO,
    )
    report(
        f"year recompute through the service, {len(people)} staff × 12 months",
        year_s,
        "s",
        f"≤ {GOAL_SECONDS:g} s (quiet machine; load {load:.1f})",
        year_s / GOAL_SECONDS,
    )
    report(
        f"published month through the service (stored results read back), {len(people)} staff",
        statistics.median(month_times),
        "s",
        "information",
        None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
