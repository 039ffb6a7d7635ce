"""Charts tab: lazy matplotlib, every chart draws over the demo company, charts save as PNG/SVG."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QFileDialog

from salesperf_desktop.services import choices
from salesperf_desktop.services.chart_work import COMPANY
from salesperf_desktop.ui.charts_tab import DRAWING, ChartsTab
from salesperf_desktop.ui.main_window import MainWindow


def _window(qtbot, ctx, qsettings) -> MainWindow:
    qsettings.setValue("window/last_tab", 0)
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _charts(window):
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Charts")
    window.tabs.setCurrentIndex(index)
    return window.tabs.widget(index)


def _drawn(qtbot, tab):
    """Until the chart's data, computed in the background, is drawn (in the background too)."""
    qtbot.waitUntil(lambda: tab._drawer is not None and tab.is_loaded())


def test_matplotlib_loads_only_when_the_charts_tab_is_shown_and_off_the_gui_thread(
    db_path, tmp_path
):
    script = textwrap.dedent(
        f"""
        import os, sys, threading
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        importers = []

        class Spy:  # which thread imports matplotlib
            def find_spec(self, name, path=None, target=None):
                if name == "matplotlib":
                    importers.append(threading.current_thread() is threading.main_thread())

        sys.meta_path.insert(0, Spy())
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from salesperf_desktop.app_context import build_context
        from salesperf_desktop.ui.main_window import MainWindow
        ctx = build_context(r"{db_path}")
        settings = QSettings(r"{tmp_path / "s.ini"}", QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings=settings)
        window.show(); app.processEvents()
        assert "matplotlib" not in sys.modules, "matplotlib imported at start-up"
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        app.processEvents()
        assert window.tasks.wait_all(60000)
        assert "matplotlib" in sys.modules
        assert importers == [False], importers  # once, in the background
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "ok" in done.stdout


def test_every_chart_draws_and_follows_the_period(qtbot, demo_ctx, qsettings):
    window = _window(qtbot, demo_ctx, qsettings)
    tab = _charts(window)
    qtbot.waitUntil(lambda: tab._drawer is not None and tab.period_combo.count() > 0)
    _drawn(qtbot, tab)
    assert tab.period_combo.currentData() == "2026-10"  # latest month
    for scope in range(tab.scope_combo.count()):
        tab.scope_combo.setCurrentIndex(scope)
        _drawn(qtbot, tab)
        assert tab.subject_combo.count() > 0
        for chart in range(tab.chart_combo.count()):
            tab.chart_combo.setCurrentIndex(chart)
            _drawn(qtbot, tab)
            axes = tab._drawer.figure.axes
            assert axes and axes[0].get_title()
            assert "No results" not in "".join(t.get_text() for t in axes[0].texts)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("2026-Q3"))
    _drawn(qtbot, tab)
    assert (
        "Q3 2026" in tab._drawer.figure.axes[0].get_title()
        or tab._drawer.figure.axes[0].get_title()
    )


def test_another_chart_or_month_keeps_the_person_list_as_it_is(qtbot, demo_ctx, qsettings):
    """Browsing charts does not rebuild the person picker (3,000 names took the GUI thread some
    40 ms each time), and the person chosen stays; another scope fills it anew."""
    window = _window(qtbot, demo_ctx, qsettings)
    tab = _charts(window)
    qtbot.waitUntil(lambda: tab._drawer is not None and tab.period_combo.count() > 0)
    _drawn(qtbot, tab)
    people = [tab.subject_combo.itemText(i) for i in range(tab.subject_combo.count())]
    tab.subject_combo.setCurrentIndex(2)
    _drawn(qtbot, tab)
    chosen = tab.subject_combo.currentData()
    rebuilt = []
    tab.subject_combo.model().rowsRemoved.connect(lambda *_: rebuilt.append(True))
    for chart in range(tab.chart_combo.count()):
        tab.chart_combo.setCurrentIndex(chart)
        _drawn(qtbot, tab)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("2026-09"))
    _drawn(qtbot, tab)
    assert not rebuilt
    assert tab.subject_combo.currentData() == chosen
    assert [tab.subject_combo.itemText(i) for i in range(tab.subject_combo.count())] == people
    tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("team"))
    _drawn(qtbot, tab)
    assert rebuilt and tab.subject_combo.itemData(0) == COMPANY
    tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("person"))
    _drawn(qtbot, tab)
    assert [tab.subject_combo.itemText(i) for i in range(tab.subject_combo.count())] == people


def test_each_scope_comes_back_with_its_own_choice(qtbot, demo_ctx, qsettings):
    """Person, then team, then person again: the person chosen before, not whoever has the
    team's number (李明 is staff 3, 渠道分销组 team 3); the team side starts at the whole
    company and keeps the team chosen there."""
    window = _window(qtbot, demo_ctx, qsettings)
    tab = _charts(window)
    qtbot.waitUntil(lambda: tab._drawer is not None and tab.period_combo.count() > 0)
    _drawn(qtbot, tab)
    tab.subject_combo.setCurrentIndex(tab.subject_combo.findText("李明（E002）"))
    _drawn(qtbot, tab)
    li_ming = tab.subject_combo.currentData()
    assert li_ming == next(t.id for t in choices.teams(demo_ctx) if t.name == "渠道分销组")

    tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("team"))
    _drawn(qtbot, tab)
    assert tab.subject_combo.currentData() == COMPANY
    tab.subject_combo.setCurrentIndex(tab.subject_combo.findText("创新产品组"))
    _drawn(qtbot, tab)
    assert "创新产品组" in tab._drawer.figure.axes[0].get_title()

    tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("person"))
    _drawn(qtbot, tab)
    assert tab.subject_combo.currentData() == li_ming
    assert "李明（E002）" in tab._drawer.figure.axes[0].get_title()

    tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("team"))
    _drawn(qtbot, tab)
    assert tab.subject_combo.currentText() == "创新产品组"
    assert "创新产品组" in tab._drawer.figure.axes[0].get_title()


def _every_chart_drawn(qtbot, window) -> dict[tuple, bytes]:
    """The pixels of every chart kind, scope (two subjects each) and period kind."""
    tab = _charts(window)
    window.resize(1200, 800)
    qtbot.waitUntil(tab.is_loaded)
    images = {}
    for scope in ("person", "team"):
        tab.scope_combo.setCurrentIndex(tab.scope_combo.findData(scope))
        for period in ("2026-10", "2026-Q3", "2026"):
            tab.period_combo.setCurrentIndex(tab.period_combo.findData(period))
            qtbot.waitUntil(tab.is_loaded)
            for subject in (0, tab.subject_combo.count() - 1):
                tab.subject_combo.setCurrentIndex(subject)
                for chart in range(tab.chart_combo.count()):
                    tab.chart_combo.setCurrentIndex(chart)
                    qtbot.waitUntil(tab.is_loaded)
                    tab._drawer.canvas.draw()
                    key = (scope, period, tab.subject_combo.currentText(), chart)
                    images[key] = bytes(tab._drawer.canvas.buffer_rgba())
    return images


def test_charts_read_in_the_reader_process_are_drawn_as_those_read_here(
    qtbot, demo_ctx, qsettings, caplog
):
    """The person charts are read in the reader process when the program has one (the team
    charts here, from the tab's period results): every chart's pixels are the same."""
    import logging
    import os

    from salesperf_desktop.services.reader_process import reader

    here = _every_chart_drawn(qtbot, _window(qtbot, demo_ctx, qsettings))
    caplog.set_level(logging.WARNING, logger="salesperf_desktop.services.reader_process")
    reader.start()
    try:
        there = _every_chart_drawn(qtbot, _window(qtbot, demo_ctx, qsettings))
        assert reader.worker_pid() not in (None, os.getpid()) and not caplog.records
    finally:
        reader.close()
    assert len(here) == 2 * 3 * 2 * 3 and len(set(here.values())) > len(here) / 2
    assert there.keys() == here.keys()
    assert [k for k in here if there[k] != here[k]] == []


@pytest.mark.skipif(sys.platform != "linux", reason="stops a process with SIGSTOP")
def test_closing_the_window_does_not_wait_for_a_chart_read_under_way(qtbot, demo_ctx, qsettings):
    from salesperf_desktop.services import charts_data as cd
    from salesperf_desktop.services.reader_process import reader
    from tests.ui_support import hung

    reader.start()
    try:
        reader.read(demo_ctx, cd.chartable_periods)  # started and serving
        with hung(reader):
            window = _window(qtbot, demo_ctx, qsettings)
            tabs = (window.tabs.widget(i) for i in range(window.tabs.count()))
            tab = next(t for t in tabs if isinstance(t, ChartsTab))
            assert window.tabs.currentWidget() is not tab
            tab.prefetch()  # as start-up does: the person's trend, sent to the process
            qtbot.waitUntil(lambda: window.tasks.busy("charts"))
            window.close()  # waits for its jobs: the chart's read is given up, not waited for
            assert not window.tasks.busy("charts")
    finally:
        reader.close()


def test_chart_saves_as_png_and_svg(qtbot, demo_ctx, qsettings, tmp_path, monkeypatch):
    window = _window(qtbot, demo_ctx, qsettings)
    tab = _charts(window)
    _drawn(qtbot, tab)
    for name in ("chart.png", "chart.svg"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        tab.save_button.click()  # written in the background, in the drawing lane
        qtbot.waitUntil(lambda: not window.tasks.busy(DRAWING))
        assert target.exists() and target.stat().st_size > 1000
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_a_year_of_months_under_the_trend_does_not_run_together():
    """Twelve months under the person's trend, on the canvas the Charts tab has at 1,366 px
    with 本月待办 beside it (about 820 × 460 px): every month's name is readable, none written
    over its neighbour (“2025年11月2025年12月…”)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from salesperf_desktop.services import charts_data as cd
    from salesperf_desktop.services.chart_style import configure_matplotlib
    from salesperf_desktop.ui.charts import figures

    configure_matplotlib()  # the CJK font, as the tab sets it
    data = cd.Trend(
        labels=[f"{2025 + (m > 12)}年{(m - 1) % 12 + 1}月" for m in range(11, 23)],
        percents=[88.0 + m for m in range(12)],
        achievements=[0.9 + m / 100 for m in range(12)],
    )
    fig = Figure(figsize=(820 / 100, 460 / 100), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    figures.trend(fig, data, {"score": "得分率", "achievement": "达成率", "title": "张伟"})
    canvas.draw()
    renderer = canvas.get_renderer()
    ticks = [t for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert len(ticks) == 12
    # Neighbouring labels are parallel (slanted alike): they stay apart when the step between
    # their anchors, across the text's direction, is more than a line of text.
    angle = math.radians(ticks[0].get_rotation())
    step = (
        fig.axes[0].transData.transform([(1, 0)])[0][0]
        - fig.axes[0].transData.transform([(0, 0)])[0][0]
    )
    width, height, _ = renderer.get_text_width_height_descent(
        ticks[0].get_text(), ticks[0].get_fontproperties(), ismath=False
    )
    if angle == 0:
        assert step > width
    else:
        assert step * math.sin(angle) > height
    boxes = [t.get_window_extent(renderer) for t in ticks]
    assert all(fig.bbox.contains(b.x0, b.y0) for b in boxes)  # none cut off at the bottom


def test_a_company_chart_of_many_people_shows_its_best_and_worst_and_how_many_between(
    qtbot, tmp_path, qsettings, chinese
):
    """A whole-company ranking of 40 people: the 15 highest and the 15 lowest, and a line that
    says 10 more are between (3,000 bars held the window half a minute and could not be read);
    the achievement chart: the 10 highest and 10 lowest rates."""
    import datetime as dt

    from benchmarks.bigdb import BENCH_TODAY, build_big_db
    from salesperf_desktop.app_context import build_context

    path = build_big_db(tmp_path / "forty.sqlite", staff=40, months=2)
    ctx = build_context(path, lang="zh_CN", seed=False)
    ctx.clock = lambda: BENCH_TODAY
    qsettings.setValue("window/last_tab", 0)
    window = MainWindow(ctx, settings=qsettings)
    try:
        window.show()
        qtbot.waitExposed(window)
        index = next(
            i for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), ChartsTab)
        )
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        qtbot.waitUntil(lambda: tab._drawer is not None and tab.period_combo.count() > 0)
        _drawn(qtbot, tab)
        assert tab.period_combo.currentData() == (BENCH_TODAY - dt.timedelta(days=31)).strftime(
            "%Y-%m"
        )
        tab.scope_combo.setCurrentIndex(tab.scope_combo.findData("team"))
        _drawn(qtbot, tab)
        tab.subject_combo.setCurrentIndex(tab.subject_combo.findData(COMPANY))
        assert tab.subject_combo.currentText() == "全公司"

        tab.chart_combo.setCurrentIndex(tab.chart_combo.findData("ranking"))
        _drawn(qtbot, tab)
        ax = tab._drawer.figure.axes[0]
        assert len(ax.patches) == 30
        labels = [label.get_text() for label in ax.get_yticklabels()]
        assert "… 另有 10 人 …" in labels
        assert len(labels) == 31

        tab.chart_combo.setCurrentIndex(tab.chart_combo.findData("achievement"))
        _drawn(qtbot, tab)
        ax = tab._drawer.figure.axes[0]
        assert len(ax.patches) == 40  # a target and an actual bar for each of the 20
        assert "… 另有 20 人 …" in [label.get_text() for label in ax.get_xticklabels()]
    finally:
        window.close()  # (its background work ends before the file is closed)
        window.tasks.wait_all(60000)
        ctx.close()


def test_charts_are_drawn_off_the_gui_thread_at_the_size_shown(qtbot, demo_ctx, qsettings):
    """Every chart, period and scope, and a resized window: matplotlib draws each figure on a
    worker thread (a trend took the GUI thread 70-200 ms), and the image shown is of the view's
    size once the drawing is in."""
    import threading

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    threads = []
    plain_draw = FigureCanvasAgg.draw

    def draw(canvas):
        threads.append(threading.current_thread() is threading.main_thread())
        return plain_draw(canvas)

    window = _window(qtbot, demo_ctx, qsettings)
    window.resize(1100, 700)
    tab = _charts(window)
    FigureCanvasAgg.draw = draw
    try:
        _drawn(qtbot, tab)
        for scope in ("person", "team"):
            tab.scope_combo.setCurrentIndex(tab.scope_combo.findData(scope))
            for period in ("2026-10", "2026-Q3", "2026"):
                tab.period_combo.setCurrentIndex(tab.period_combo.findData(period))
                for chart in range(tab.chart_combo.count()):
                    tab.chart_combo.setCurrentIndex(chart)
                    _drawn(qtbot, tab)
                    assert tab._view.shown_size() == tab._view.pixel_size()[:2]
        for size in ((900, 600), (1300, 820)):
            window.resize(*size)
            qtbot.waitUntil(lambda: tab._view.shown_size() == tab._view.pixel_size()[:2])
            _drawn(qtbot, tab)
    finally:
        FigureCanvasAgg.draw = plain_draw
    assert threads and not any(threads), "a chart was drawn on the GUI thread"


def test_the_chart_shown_is_the_image_matplotlibs_qt_canvas_draws(
    qtbot, demo_ctx, qsettings, monkeypatch
):
    """The view shows, pixel for pixel, what matplotlib's own Qt canvas (the tab's canvas before)
    draws of the same chart at the same size, for a chart of each kind."""
    import numpy as np
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from salesperf_desktop.ui.charts.canvas import FigureDrawer

    painted = []
    plain_want = FigureDrawer.want
    monkeypatch.setattr(
        FigureDrawer,
        "want",
        lambda drawer, paint: (painted.append(paint), plain_want(drawer, paint)),
    )
    window = _window(qtbot, demo_ctx, qsettings)
    window.resize(1100, 700)
    tab = _charts(window)
    _drawn(qtbot, tab)
    for scope, chart in (("person", "trend"), ("person", "radar"), ("team", "ranking")):
        tab.scope_combo.setCurrentIndex(tab.scope_combo.findData(scope))
        tab.chart_combo.setCurrentIndex(tab.chart_combo.findData(chart))
        _drawn(qtbot, tab)
        width, height, _ratio = tab._view.pixel_size()
        shown = np.frombuffer(tab._view._shown[1], dtype=np.uint8).reshape(height, width, 4)
        qt_canvas = FigureCanvasQTAgg(Figure(figsize=(8, 4.5), layout="constrained"))
        qtbot.addWidget(qt_canvas)
        qt_canvas.resize(tab._view.size())
        qt_canvas.show()
        qtbot.waitExposed(qt_canvas)
        painted[-1](qt_canvas.figure)  # the same chart, on the Qt canvas's own figure
        qt_canvas.draw()
        assert np.array_equal(np.asarray(qt_canvas.buffer_rgba()), shown), chart
        qt_canvas.close()
