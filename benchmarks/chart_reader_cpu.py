"""The start's chart (the Charts tab's person trend, its latest month) read here or in the
reader process: this process's CPU for it (what holds the window's GIL at start), and the read's
CPU in the reader process. Runs alternate (here, there, here, …); each starts with the results
cache empty, as a start does.

Not a benchmark (nothing is judged): the stop-21 figures (benchmarks/README.md). Run on a COPY
of a benchmark file:
    .venv/bin/python benchmarks/chart_reader_cpu.py --db /tmp/copy.sqlite --runs 4
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import time


def _cpu_of(pid: int) -> float:
    """A process's CPU so far (user + system; Linux)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--today", default="2026-11-20")
    args = parser.parse_args()

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services import charts_data as cd
    from salesperf_desktop.services.chart_work import ChartRequest, chart_work, person_chart
    from salesperf_desktop.services.progress import run_to_end
    from salesperf_desktop.services.reader_process import ReaderProcess

    ctx = build_context(args.db, lang="zh_CN", deep_check=False)
    today = dt.date.fromisoformat(args.today)
    ctx.clock = lambda: today
    month = next(p for p in cd.chartable_periods(ctx) if p.kind == "month")
    request = ChartRequest("trend", month, "person", None, "zh_CN")
    reader = ReaderProcess()
    reader.start()
    reader.read(ctx, cd.chartable_periods)  # started and its modules in: as at a start
    pid = reader.worker_pid()
    print(f"{request.chart} {month}, load {os.getloadavg()[0]:.2f}")
    for run in range(args.runs):
        ctx.results.clear()
        cpu = time.process_time()
        here = run_to_end(chart_work(ctx, request, {}))
        here_cpu = time.process_time() - cpu

        cpu, there_before = time.process_time(), _cpu_of(pid)
        there = reader.result(reader.send(ctx, person_chart, request), ctx, person_chart, request)
        main_cpu, there_cpu = time.process_time() - cpu, _cpu_of(pid) - there_before
        assert there == here and reader.worker_pid() == pid
        print(
            f"run {run + 1}: here {here_cpu:.3f} s CPU | reader process: this process "
            f"{main_cpu:.3f} s CPU, the process {there_cpu:.2f} s CPU "
            f"({len(pickle.dumps(there)) / 1024:.0f} KiB back), load {os.getloadavg()[0]:.2f}"
        )
    reader.close()
    ctx.close()


if __name__ == "__main__":
    main()
