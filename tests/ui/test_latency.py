"""The GUI thread is never blocked for more than 100 ms (issue #19).

A probe timer fires every 10 ms on the GUI thread and records the largest gap between when it
was due and when it ran, while the officer switches periods (month → quarter → year) in Monthly
entry and in Charts on a 300-staff × 24-month database. The heavy work (reading, scoring,
rolling up) runs in the task runner's worker; the GUI thread only shows what comes back.

A behaviour test, not a benchmark: a step that computes on the GUI thread fails it on any
machine, however fast. Two measures per gap between ticks:

- the GUI thread's own CPU time in the gap (``time.thread_time``): work done on the GUI thread,
  which other processes on a loaded machine do not inflate much. Always checked.
- the wall-clock delay: what the officer feels, which also catches the GUI thread waiting (for
  the GIL held by a worker, for a lock). Other processes stretch it on a busy machine, so a
  sequence that saw a long one is run again (at most three times; a scheduling hiccup does not
  repeat, work on the GUI thread does), and it is checked only when the machine is not
  overloaded (load average per core at most 1.5): on an overloaded machine any thread waits.

Charts draw their figures on a worker thread too (``ui/charts/canvas.py``): the GUI thread only
shows the finished image, so the same limit holds there.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time

import pytest
from PySide6.QtCore import QTimer

from salesperf_desktop.threads import prompt_gil_handoff
from tests.ui_support import ui_for

# Alone, after the other tests (scripts/run-tests.sh): tests running beside it stretch the delays.
pytestmark = pytest.mark.serial


@pytest.fixture(autouse=True)
def _as_the_window_hands_the_gil():
    """The window's process hands the GIL on within 1 ms (``__main__.main``); so does this."""
    before = sys.getswitchinterval()
    prompt_gil_handoff()
    yield
    sys.setswitchinterval(before)


LIMIT_MS = 100.0
TODAY = dt.date(2026, 1, 15)  # inside the big database (24 months ending 2026-10)
SWITCHES = ("2025-12", "2025-Q4", "2025")  # month → quarter → year
RESTART = "2025-06"  # a month of the database outside SWITCHES: each attempt starts there
ATTEMPTS = 3


class LatencyProbe:
    """A chain of 10 ms single-shot timers on the GUI thread; ``worst`` is the largest delay (ms)
    of a tick past its due time, ``busiest`` the most CPU time (ms) the GUI thread used between
    two ticks, with ``during`` and ``busiest_during`` saying what the test was doing then."""

    TICK_MS = 10

    def __init__(self) -> None:
        self.worst = self.busiest = 0.0
        self.during = self.busiest_during = ""
        self.step = ""
        self._due = 0.0
        self._cpu = 0.0
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = self.busiest = 0.0
        self.during = self.busiest_during = ""
        self._arm()

    def stop(self) -> None:
        self._timer.stop()

    def _arm(self) -> None:
        self._due = time.perf_counter() + self.TICK_MS / 1000
        self._cpu = time.thread_time()
        self._timer.start(self.TICK_MS)

    def _tick(self) -> None:
        late = (time.perf_counter() - self._due) * 1000
        busy = (time.thread_time() - self._cpu) * 1000
        if late > self.worst:
            self.worst, self.during = late, self.step
        if busy > self.busiest:
            self.busiest, self.busiest_during = busy, self.step
        self._arm()


def _overloaded() -> bool:
    try:
        return os.getloadavg()[0] / (os.cpu_count() or 1) > 1.5
    except OSError:  # no load average (Windows)
        return False


@pytest.fixture(scope="session")
def big_file(tmp_path_factory):
    """300 staff × 24 months (benchmarks/bigdb.py), built once per test session."""
    from benchmarks.bigdb import build_big_db

    return build_big_db(tmp_path_factory.mktemp("big") / "big.sqlite", staff=300, months=24)


@pytest.fixture
def big_ctx(big_file, tmp_path):
    from salesperf_desktop.app_context import build_context

    path = tmp_path / "big.sqlite"
    shutil.copy(big_file, path)
    ctx = build_context(path, lang="zh_CN", seed=False)
    ctx.clock = lambda: TODAY
    yield ctx
    ctx.close()


def _switch_through(qtbot, probe, combo, idle, label) -> None:
    """Switch *combo* through SWITCHES, each time until *idle*, with the probe running."""
    probe.start()
    try:
        for key in SWITCHES:
            index = combo.findData(key)
            assert index >= 0, key
            probe.step = f"{label} {key}"
            combo.setCurrentIndex(index)
            qtbot.waitUntil(idle, timeout=60000)
            qtbot.wait(30)  # the result shown: its repaint is part of the switch
    finally:
        probe.stop()


def _assert_never_blocked(qtbot, probe, combo, idle, label, limit=LIMIT_MS) -> None:
    busy, late = [], []
    for _attempt in range(ATTEMPTS):
        _switch_through(qtbot, probe, combo, idle, label)
        busy.append(f"{probe.busiest:.0f} ms ({probe.busiest_during})")
        late.append(f"{probe.worst:.0f} ms ({probe.during})")
        calm = probe.worst <= limit or _overloaded()
        if probe.busiest <= limit and calm:
            return
        index = combo.findData(RESTART)
        assert index >= 0, RESTART
        combo.setCurrentIndex(index)  # start the sequence afresh
        qtbot.waitUntil(idle, timeout=60000)
    pytest.fail(
        f"the GUI thread was busy or blocked beyond the limit in every run: its own work "
        f"{busy} (limit {limit:.0f} ms: such work belongs in the task runner), the window's "
        f"delay {late} (limit {limit:.0f} ms)"
    )


def test_switching_periods_never_blocks_the_window(qtbot, big_ctx):
    from salesperf_desktop.ui.charts_tab import ChartsTab
    from salesperf_desktop.ui.entry_tab import EntryTab
    from salesperf_desktop.ui.tasks import settle_heap

    ui = ui_for(big_ctx, today=TODAY)  # one window: one task runner for both tabs
    probe = LatencyProbe()

    entry = EntryTab(ui)
    qtbot.addWidget(entry)
    entry.resize(1400, 800)
    entry.show()
    qtbot.waitExposed(entry)

    def entry_idle():
        return not ui.tasks.busy("entry") and entry.sheet is not None

    qtbot.waitUntil(entry_idle, timeout=60000)
    settle_heap()  # as the window does once it is built
    _assert_never_blocked(qtbot, probe, entry.period_box, entry_idle, "Monthly entry")
    assert entry.sheet.computed and len(entry.sheet.people) == 300  # the year, shown
    on_template = [p for p in entry.sheet.people if p.template.code == entry.model.template_code]
    assert entry.model.rowCount() == len(on_template) > 0  # one template's people at a time

    charts = ChartsTab(ui)
    qtbot.addWidget(charts)
    charts.resize(1200, 800)
    charts.show()  # matplotlib loads here, once, before the probe starts

    def charts_idle():  # computed and drawn on the canvas (matplotlib loads in the background)
        return charts.is_loaded() and charts._drawn_period is not None

    qtbot.waitUntil(charts_idle, timeout=60000)
    # The chart is drawn in the background too (ui/charts/canvas.py): the same limit.
    _assert_never_blocked(qtbot, probe, charts.period_combo, charts_idle, "Charts")
    assert charts._drawn_period == "2025"
