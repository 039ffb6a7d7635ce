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
