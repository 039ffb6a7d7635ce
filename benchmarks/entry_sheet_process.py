"""What the Monthly entry period costs the window's process, read there or in the reader process.

    .venv/bin/python benchmarks/entry_sheet_process.py --db COPY [--period 2026-11] [--rounds 3]

Each run is a fresh process (cold caches, as at start-up), alternated: ``here`` reads the
period with ``load_sheet`` (the old rule); ``there`` hands ``read_sheet`` to a started reader
process (warmed up first, as the window starts it before the first paint) and unpickles the
sheet with ``sheet_from``. Printed per run: the window's process's CPU for the period (its
threads: the waiting one, the pipe's, the unpickling), and for ``there`` the reader process's
CPU and the read's wall time there, and the pickle's size. Information only (not judged by
run_all.py: it needs a big database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_of(pid: int) -> float:
    """A process's CPU seconds so far (user + system; Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _context(path: Path):
    from salesperf_desktop.services import reader_worker

    # the read-only context the reader process uses: nothing is written to the copy
    return reader_worker._context(path, None, dt.date(2026, 11, 20), "zh_CN")


def _run(mode: str, path: Path, period_text: str) -> None:
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.services import entry
    from salesperf_desktop.services.reader_process import ReaderProcess

    period = Period.parse(period_text)
    ctx = _context(path)
    if mode == "here":
        start = time.process_time()
        sheet = entry.load_sheet(ctx, period, lang="zh_CN")
        main = time.process_time() - start
        print(f"here  main CPU {main:.3f} s  ({len(sheet.people)} people)")
        return
    reader = ReaderProcess()
    reader.start()
    pid = reader._warm_up.result()  # the process up, its imports done (as before the first paint)
    before_there = _cpu_of(pid)
    start, wall = time.process_time(), time.perf_counter()
    sent = reader.send(ctx, entry.read_sheet, period, "zh_CN")
    data = sent.future.result()
    read_wall = time.perf_counter() - wall
    data = reader.result(sent, ctx, entry.read_sheet, period, "zh_CN")
    unpickle = time.thread_time()
    sheet = entry.sheet_from(ctx, data)
    unpickle = time.thread_time() - unpickle
    main = time.process_time() - start
    there = _cpu_of(pid) - before_there
    print(
        f"there main CPU {main:.3f} s (unpickling {unpickle:.3f} s)  reader CPU {there:.3f} s"
        f"  read wall {read_wall:.3f} s"
        f"  pickle {len(data) / 2**20:.1f} MiB  ({len(sheet.people)} people)"
    )
    reader.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--period", default="2026-11")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=("here", "there"))
    args = parser.parse_args()
    if args.mode:
        _run(args.mode, args.db, args.period)
        return
    with open("/proc/loadavg") as f:
        print("load average", " ".join(f.read().split()[:3]))
    lines: dict[str, list[str]] = {"here": [], "there": []}
    for _ in range(args.rounds):
        for mode in ("here", "there"):
            cmd = [sys.executable, __file__, "--db", str(args.db), "--period", args.period]
            out = subprocess.run(
                [*cmd, "--mode", mode], capture_output=True, text=True, check=True, cwd=HERE.parent
            ).stdout.strip()
            print(out, flush=True)
            lines[mode].append(out)
    for mode, outs in lines.items():
        mains = [float(o.split("main CPU ")[1].split()[0]) for o in outs]
        print(f"{mode}: main CPU median {statistics.median(mains):.3f} s")
    with open("/proc/loadavg") as f:
        print("load average", " ".join(f.read().split()[:3]))


if __name__ == "__main__":
    main()
