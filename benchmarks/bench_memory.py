"""Memory: the window over 300 staff × 5 years, every tab visited. Goal ≤ 250 MB peak RSS.

The child process opens the database as the app does, shows the main window offscreen, shows
each tab in turn (each loads its data), and reports its peak resident set size.
Run: .venv/bin/python benchmarks/bench_memory.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import child_env, report

GOAL_MB = 250.0

CHILD = """
import resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from salesperf_desktop.app_context import build_context
from salesperf_desktop.ui.main_window import MainWindow
ctx = build_context(Path(sys.argv[1]), lang="zh_CN")
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


def main() -> int:
    from bigdb import build_big_db

    work = Path(tempfile.mkdtemp(prefix="salesperf-bench-memory-"))
    db = build_big_db(work / "big5y.sqlite", staff=300, months=60)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        env=child_env(work / "home"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("PEAK_RSS_KB")), None)
    if line is None:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    mb = int(line.split()[1]) / 1024
    print(
        f"peak RSS, 300 staff × 5 years, all tabs: {mb:.0f} MB (database {db.stat().st_size >> 20} MB)"
    )
    report("memory, 300 staff × 5 years (peak RSS)", mb, "MB", f"≤ {GOAL_MB:g} MB", mb / GOAL_MB)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
