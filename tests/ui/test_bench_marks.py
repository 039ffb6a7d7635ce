"""The marks the benchmarks time (benchmarks/bench_startup.py) come after what they name.

"Shown" only after the window's first paint has been processed (no fallback timer standing in
for it); "all tabs done" only after every tab has loaded its data, the Charts tab has drawn
its figure, and each tab was painted after that.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import matplotlib.figure
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from salesperf_desktop.ui.bench_marks import visiting_order, when_every_tab_ready
from salesperf_desktop.ui.charts_tab import ChartsTab
from salesperf_desktop.ui.first_paint import call_after_first_paint
from salesperf_desktop.ui.main_window import MainWindow


class _Painted(QMainWindow):
    def __init__(self, log: list[str]):
        super().__init__()
        self.log = log

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.log.append("painted")


def test_shown_is_called_after_the_first_paint_and_never_without_one(qtbot):
    log: list[str] = []
    window = _Painted(log)
    qtbot.addWidget(window)
    call_after_first_paint(window, lambda: log.append("shown"), fallback_ms=None)
    qtbot.wait(400)  # longer than the start-up fallback: nothing stands in for the paint
    assert log == []
    window.show()
    qtbot.waitUntil(lambda: "shown" in log)
    assert log.index("painted") < log.index("shown")
    assert log.count("shown") == 1


class _Recorder(QObject):
    """Paint events of the chart canvas, in the order they reach it."""

    def __init__(self, log: list[str]):
        super().__init__()
        self.log = log

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched.objectName() == "chartCanvas":
            self.log.append("canvas painted")
        return False


def test_every_tab_ready_comes_after_each_tab_loaded_and_the_chart_drawn(
    qtbot, demo_ctx, qsettings, monkeypatch
):
    log: list[str] = []
    draw = matplotlib.figure.Figure.draw

    def logged_draw(self, renderer):
        draw(self, renderer)
        log.append("figure drawn")

    monkeypatch.setattr(matplotlib.figure.Figure, "draw", logged_draw)
    recorder = _Recorder(log)
    QApplication.instance().installEventFilter(recorder)
    try:
        window = MainWindow(demo_ctx, settings=qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        tabs = window.tabs
        order = visiting_order(window)
        assert order[0] == tabs.currentIndex() and isinstance(tabs.widget(order[1]), ChartsTab)
        assert sorted(order) == list(range(tabs.count()))

        def mark(name: str, phase: str) -> None:
            tab = tabs.widget(order[len([x for x in log if x.endswith(" ready")])])
            if phase == "ready":
                assert tab.is_loaded() and not window.tasks.busy("charts")
                assert tabs.currentWidget() is tab
            log.append(f"{name} {phase}")

        when_every_tab_ready(window, mark, lambda: log.append("all tabs done"))
        qtbot.waitUntil(lambda: "all tabs done" in log, timeout=60000)
    finally:
        QApplication.instance().removeEventFilter(recorder)

    names = [type(tabs.widget(i)).__name__ for i in order]
    marks = [x for x in log if x.endswith((" begin", " ready"))]
    assert marks == [f"{n} {p}" for n in names for p in ("begin", "ready")]
    assert log[-1] == "all tabs done"
    assert all(tabs.widget(i).is_loaded() for i in range(tabs.count()))
    # The chart: drawn after the tab was asked for, painted after it was drawn, then ready.
    begin, ready = log.index("ChartsTab begin"), log.index("ChartsTab ready")
    drawn = log.index("figure drawn", begin)
    assert drawn < ready
    assert "canvas painted" in log[drawn:ready]


def test_a_charts_tab_is_not_loaded_until_its_figure_is_drawn(qtbot, demo_ctx, qsettings):
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    charts = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), ChartsTab)
    )
    window.tabs.setCurrentWidget(charts)  # loads its data; the canvas draws on a later turn
    assert not charts.is_loaded()
    qtbot.waitUntil(charts.is_loaded)
    charts.chart_combo.setCurrentIndex(1)  # another chart: not loaded until drawn again
    assert not charts.is_loaded()
    qtbot.waitUntil(charts.is_loaded)


def test_the_app_prints_the_marks_in_order_and_quits(demo_file, tmp_path):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, db)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "SALESPERF_DATA_DIR": str(tmp_path / "appdata"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "salesperf_desktop", "--db", str(db), "--bench-marks"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [x.split() for x in done.stdout.splitlines() if x.startswith("SALESPERF_")]
    events = [" ".join([x[0], *x[2:]]) for x in lines]
    stamps = [float(x[1]) for x in lines]
    assert events[0] == "SALESPERF_SHOWN" and events[-1] == "SALESPERF_READY"
    tabs = [e.split()[1] for e in events if e.endswith(" begin")]
    assert sorted(tabs) == sorted(
        ["StaffTab", "TemplatesTab", "EntryTab", "ReviewsTab", "ChartsTab"]
    )
    assert events[1:-1] == [f"SALESPERF_TAB {t} {p}" for t in tabs for p in ("begin", "ready")]
    assert stamps == sorted(stamps)
