"""Where a start's time goes: each background job of the window's task runner, when it was
queued, started and ended, and the CPU it took (its thread's), next to the app's own marks.
Each end also says the job's wall time and, on Linux, how long its thread waited for a core
(the run queue, /proc/thread-self/schedstat): wall − CPU − that wait is time spent waiting for
the GIL, a lock or the disk.

Not a benchmark (nothing is judged): a trace for reading, the way the stop-18 figures for "every
tab ready at 3,000 × 36" were explained. Everything that holds the GIL runs one after the other,
so the CPU column is what a start can save.

Run (on a COPY of a benchmark file; the app writes to the file it opens):
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/trace_start.py \
        --db /tmp/copy.sqlite --lang zh_CN --today 2026-11-20 --bench-marks ready
Times are seconds from the script's start.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def _say(text: str) -> None:
    print(f"{time.perf_counter() - STARTED:7.3f} {text}", flush=True)


def _queue_wait() -> float:
    """Seconds this thread has waited, runnable, for a core (0 where the kernel does not say)."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _traced() -> None:
    from salesperf_desktop.ui import tasks

    run = tasks.TaskRunner.run
    job_run = tasks._Job.run

    def traced_run(self, title, factory, on_done, *args, **kwargs):
        job = run(self, title, factory, on_done, *args, **kwargs)
        job.trace_title = f"{title} (lane {kwargs.get('lane')})"
        _say(f"queued {job.trace_title}")
        return job

    def traced_job_run(self):
        # A job may start before ``run`` returns (and names it): then its function's name.
        title = getattr(self, "trace_title", None) or getattr(self._factory, "__qualname__", "?")
        cpu, wall, queued = time.thread_time(), time.perf_counter(), _queue_wait()
        _say(f"start  {title}")
        job_run(self)
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        waited = _queue_wait() - queued
        _say(f"end    {title}: {cpu:.3f} s of CPU, {wall:.3f} s wall, {waited:.3f} s run queue")

    tasks.TaskRunner.run = traced_run
    tasks._Job.run = traced_job_run


def main() -> int:
    _traced()
    from salesperf_desktop.__main__ import main as app

    return app(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
