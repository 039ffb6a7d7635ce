"""Memory and time at scale: the year score at 3,000 staff × 3 years; the window at 300 × 5 years.

Year score (issue #19): a database of 3,000 staff × 36 months built by bigdb.py. Two child
processes, each measured from outside its own work:
- ``salesperf-cli score YEAR`` (the command's own main, as the officer runs it, output to a
  file): its peak resident set size (``ru_maxrss``), goal ≤ 300 MB (10^6 bytes; MiB printed
  beside it), and its wall time (printed);
- the year through ``period_results`` on an open database (the service the window and the CLI
  call), cache emptied and connection closed before each of 3 runs: the median, goal ≤ 2 s;
  beside it (printed) the median of 3 raw sqlite3 fetches of the rows it reads.
Window (reliability): 300 staff × 5 years, the main window offscreen, every tab shown in
turn; peak RSS, goal ≤ 250 MB.

Run: .venv/bin/python benchmarks/bench_memory.py [--only year|window] [--db FILE]
(--db: an existing 3,000 × 36 bigdb.py file for the year score, not rebuilt)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import child_env, report

WINDOW_GOAL_MB = 250.0
YEAR_GOAL_MB = 300.0
YEAR_GOAL_SECONDS = 2.0
MB = 1_000_000
MIB = 1024 * 1024

WINDOW_CHILD = """
import resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from salesperf_desktop.app_context import build_context
from salesperf_desktop.ui.main_window import MainWindow
ctx = build_context(Path(sys.argv[1]), lang="zh_CN")
today = __import__("datetime").date.fromisoformat(sys.argv[2])  # bigdb.BENCH_TODAY
ctx.clock = lambda: today
window = MainWindow(ctx)
window.show()
for i in range(window.tabs.count()):
    window.tabs.setCurrentIndex(i)
    end = time.time() + 1.0
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)
window.close()
print("PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

CLI_CHILD = """
import resource, sys, time
from salesperf_desktop.cli import main
started = time.perf_counter()
code = main(["--db", sys.argv[1], "score", sys.argv[2], "-o", sys.argv[3]])
took = time.perf_counter() - started
print("EXIT", code, "SECONDS", took, flush=True)
print("PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

SERVICE_CHILD = """
import statistics, sys, time
from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import period_results
ctx = build_context(sys.argv[1], lang="zh_CN", seed=False)
year = Period.parse(sys.argv[2])
times = []
for _ in range(3):
    ctx.results.clear()
    ctx.engine.dispose()
    started = time.perf_counter()
    people = len(period_results(ctx, year).people)
    times.append(time.perf_counter() - started)
ctx.close()
print("PEOPLE", people, "MEDIAN", statistics.median(times), "RUNS", *times, flush=True)
"""


def _child(code: str, args: list[str], env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
    return done.stdout.split()


def _value(words: list[str], name: str) -> str | None:
    return words[words.index(name) + 1] if name in words else None


def _last_whole_year(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        (year,) = con.execute(
            "SELECT max(year) FROM (SELECT year FROM periods WHERE kind = 'month'"
            " GROUP BY year HAVING count(*) = 12)"
        ).fetchone()
    finally:
        con.close()
    return str(year)


def _big_database(args: argparse.Namespace, work: Path) -> Path:
    if args.db is not None:
        return args.db
    import bigdb

    cached = getattr(bigdb, "cached_db", None)  # a builder that keeps its databases
    if cached is not None:
        return bigdb.copy_of(cached(3000, 36), work)
    return bigdb.build_big_db(work / "big3000.sqlite", staff=3000, months=36)


def year_score(args: argparse.Namespace, work: Path) -> bool:
    db = _big_database(args, work)
    year = _last_whole_year(db)
    env = child_env(work / "home")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    words = _child(CLI_CHILD, [str(db), year, str(work / "score.txt")], env)
    rss_kb = _value(words, "PEAK_RSS_KB")
    if rss_kb is None or _value(words, "EXIT") != "0":
        print("salesperf-cli score failed", file=sys.stderr)
        return False
    peak = int(rss_kb) * 1024
    cli_seconds = float(_value(words, "SECONDS"))
    words = _child(SERVICE_CHILD, [str(db), year], env)
    median = _value(words, "MEDIAN")
    if median is None:
        return False
    seconds = float(median)
    from bench_scoring import raw_fetch

    raw = []
    for _ in range(3):
        started = time.perf_counter()
        rows = raw_fetch(db, int(year))
        raw.append(time.perf_counter() - started)
    raw_s = statistics.median(raw)
    runs = ", ".join(f"{float(t):.2f}" for t in words[words.index("RUNS") + 1 :])
    print(
        f"year score {year}, {_value(words, 'PEOPLE')} people × 36 months "
        f"(database {db.stat().st_size / MIB:.0f} MiB, load {load:.1f} on {os.cpu_count()} cores)"
    )
    print(
        f"  salesperf-cli score {year}: peak RSS {peak / MIB:.0f} MiB ({peak / MB:.0f} MB), "
        f"{cli_seconds:.2f} s"
    )
    print(f"  period_results, cold: median {seconds:.2f} s (runs {runs})")
    print(
        f"  raw sqlite3 fetch of the {rows} rows it reads: median {raw_s:.2f} s "
        f"(the service takes {seconds / raw_s:.2f}× that)"
    )
    report(  # the goal is in MB (10^6 bytes); the figure is reported in MiB
        "peak memory, year score (salesperf-cli score), 3,000 staff × 3 years",
        peak / MIB,
        "MiB",
        f"≤ {YEAR_GOAL_MB:g} MB ({YEAR_GOAL_MB * MB / MIB:.0f} MiB)",
        peak / MB / YEAR_GOAL_MB,
    )
    report(
        "year score through the service, 3,000 staff × 3 years",
        seconds,
        "s",
        f"≤ {YEAR_GOAL_SECONDS:g} s (load {load:.1f})",
        seconds / YEAR_GOAL_SECONDS,
    )
    return True


def window(work: Path) -> bool:
    import bigdb

    db = bigdb.copy_of(bigdb.cached_db(300, 60), work)
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_CHILD, str(db), bigdb.BENCH_TODAY.isoformat()],
        env=child_env(work / "home"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("PEAK_RSS_KB")), None)
    if line is None:
        print(done.stderr[-3000:], file=sys.stderr)
        return False
    peak = int(line.split()[1]) * 1024
    print(
        f"peak RSS, 300 staff × 5 years, all tabs: {peak / MIB:.0f} MiB "
        f"(database {db.stat().st_size / MIB:.0f} MiB)"
    )
    report(
        "memory, 300 staff × 5 years (peak RSS)",
        peak / MIB,
        "MiB",
        f"≤ {WINDOW_GOAL_MB:g} MB ({WINDOW_GOAL_MB * MB / MIB:.0f} MiB)",
        peak / MB / WINDOW_GOAL_MB,
    )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("year", "window"))
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="salesperf-bench-memory-"))
    ok = True
    try:
        if args.only in (None, "year"):
            ok = year_score(args, work) and ok
        if args.only in (None, "window"):
            ok = window(work) and ok
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the database copies: a gigabyte at 3,000 × 36
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
