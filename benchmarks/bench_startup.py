"""Start to a populated window: the app on 300 staff × 2 years vs a bare PySide6 window.

Both run as fresh processes, offscreen, in the same run; the time is from spawning the
process to the moment the window is shown with its first tab filled (the app prints
``SALESPERF_SHOWN <time>`` when started with --quit-after; the bare window prints the same).
Goal: the app ≤ 3× the bare window. Run: .venv/bin/python benchmarks/bench_startup.py

The app paints first from a plain sqlite3 read and opens the database the full way (ORM,
schema check, start-up backup, every tab) right after; it prints ``SALESPERF_READY <time>``
then, reported here for information ("ready", not part of the goal).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import child_env, report

GOAL_RATIO = 3.0
RUNS = 5

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView(window)
model = QStandardItemModel(0, 3, window)
model.appendRow([QStandardItem("x") for _ in range(3)])
view.setModel(model)
window.setCentralWidget(view)
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: print(f"SALESPERF_SHOWN {time.time():.6f}", flush=True))
QTimer.singleShot(50, app.quit)
app.exec()
"""


def _times(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning *cmd* to each SALESPERF_<EVENT> line it prints."""
    t0 = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    seen = {}
    for line in done.stdout.splitlines():
        if line.startswith("SALESPERF_"):
            event, stamp = line.split()[:2]
            seen[event.removeprefix("SALESPERF_").lower()] = float(stamp) - t0
    if "shown" not in seen:
        raise RuntimeError(f"no SALESPERF_SHOWN line from {cmd[:3]}:\n{done.stderr[-2000:]}")
    return seen


def _time_to_shown(cmd: list[str], env: dict[str, str]) -> float:
    return _times(cmd, env)["shown"]


def main() -> int:
    from bigdb import build_big_db

    work = Path(tempfile.mkdtemp(prefix="salesperf-bench-startup-"))
    db = build_big_db(work / "big.sqlite", staff=300, months=24)
    env = child_env(work / "home")
    app_cmd = [sys.executable, "-m", "salesperf_desktop", "--db", str(db), "--lang", "zh_CN"]
    app_cmd += ["--quit-after", "100"]
    bare_cmd = [sys.executable, "-c", BARE]
    _time_to_shown(app_cmd, env)  # warm the OS file cache and the DB's first open/seed
    _time_to_shown(bare_cmd, env)
    bare, app, ready = [], [], []
    for _ in range(RUNS):  # interleaved, so machine noise hits both alike
        bare.append(_time_to_shown(bare_cmd, env))
        times = _times(app_cmd, env)
        app.append(times["shown"])
        if "ready" in times:
            ready.append(times["ready"])
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window : {b:.3f} s (median of {RUNS})")
    print(f"app, 300 staff × 2y : {a:.3f} s (median of {RUNS}) = {a / b:.2f}× bare")
    if ready:
        r = statistics.median(ready)
        print(f"app, every tab ready: {r:.3f} s (median; information, not the goal)")
    report(
        "start-up to populated window (300 staff, 2 years)",
        a,
        "s",
        f"≤ {GOAL_RATIO:g}× bare window ({b:.2f} s)",
        a / (GOAL_RATIO * b),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
