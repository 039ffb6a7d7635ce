"""Charts tab: lazy matplotlib, every chart draws over the demo company, charts save as PNG/SVG."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QFileDialog

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
    """Until the chart's data, computed in the background, is drawn."""
    qtbot.waitUntil(lambda: tab._canvas is not None and not tab.ui.tasks.busy("charts"))


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
    qtbot.waitUntil(lambda: tab._canvas is not None and tab.period_combo.count() > 0)
    _drawn(qtbot, tab)
    assert tab.period_combo.currentData() == "2026-10"  # latest month
    for scope in range(tab.scope_combo.count()):
        tab.scope_combo.setCurrentIndex(scope)
        _drawn(qtbot, tab)
        assert tab.subject_combo.count() > 0
        for chart in range(tab.chart_combo.count()):
            tab.chart_combo.setCurrentIndex(chart)
            _drawn(qtbot, tab)
            axes = tab._figure.axes
            assert axes and axes[0].get_title()
            assert "No results" not in "".join(t.get_text() for t in axes[0].texts)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("2026-Q3"))
    _drawn(qtbot, tab)
    assert "Q3 2026" in tab._figure.axes[0].get_title() or tab._figure.axes[0].get_title()


def test_chart_saves_as_png_and_svg(qtbot, demo_ctx, qsettings, tmp_path, monkeypatch):
    window = _window(qtbot, demo_ctx, qsettings)
    tab = _charts(window)
    _drawn(qtbot, tab)
    for name in ("chart.png", "chart.svg"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        tab.save_button.click()
        assert target.exists() and target.stat().st_size > 1000
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
