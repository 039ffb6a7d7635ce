"""The Reviews tab hosts its four pages and loads a page when it is shown."""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui_support import ui_for


def test_the_tab_shows_four_pages_and_loads_each_when_opened(qtbot, demo_ctx):
    tab = ReviewsTab(ui_for(demo_ctx, today=dt.date(2026, 11, 20)))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["Interviews (GROW)", "Results and plans", "Appeals", "Sign-off and audit"]
    assert tab.interviews.model.rowCount() == 3  # the shown page: the demo's interviews
    assert tab.appeals.model.rowCount() == 0  # not shown yet, not loaded
    tab.pages.tabBar().setCurrentIndex(tab.pages.indexOf(tab.appeals))
    assert tab.appeals.model.rowCount() == 1  # the demo's decided appeal


def test_results_and_plans_are_read_in_the_background(qtbot, demo_ctx, monkeypatch):
    """The page reads everyone's grade history (seconds at 300 staff) off the window's thread,
    with its progress line shown meanwhile."""
    import threading

    from salesperf_desktop.services import improvement

    read_on: list[bool] = []
    real = improvement.list_result_use

    def list_result_use(*args, **kwargs):
        read_on.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(improvement, "list_result_use", list_result_use)
    tab = ReviewsTab(ui_for(demo_ctx, today=dt.date(2026, 11, 20)))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.pages.tabBar().setCurrentIndex(tab.pages.indexOf(tab.plans))
    assert tab.ui.tasks.busy() and tab.plans.progress.isVisible()
    qtbot.waitUntil(lambda: tab.plans.model.rowCount() == 9, timeout=20000)  # monthly people (#18)
    assert read_on and not any(read_on)
    qtbot.waitUntil(lambda: not tab.plans.progress.isVisible())
