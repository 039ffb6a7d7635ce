"""Issue #17: on a 1366×768 laptop, a team of 12 reps on a 15-indicator template shows every
rep's 工号, 姓名, 总分 and 等级 without scrolling sideways, in the whole Chinese window (menus,
toolbar and the 本月待办 panel included), as the officer sees it."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.staff import StaffData, list_staff, save_staff
from salesperf_desktop.ui.entry.grid_model import FROZEN
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.main_window import MainWindow
from tests.ui_support import wait_loaded

OCT = Period.month(2026, 10)


@pytest.fixture
def office_of_twelve(demo_file, tmp_path):
    """The demo company with its innovative team grown to 12 reps (it has 3)."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    ctx.clock = lambda: dt.date(2026, 10, 20)
    first = next(s for s in list_staff(ctx) if s.employee_no == "E007")
    data = StaffData(
        employee_no="",
        name="",
        role=first.role,
        team_id=first.team_id,
        product_line=first.product_line,
        supervisor_id=first.supervisor_id,
        hire_date=dt.date(2024, 3, 1),
    )
    names = ["周晓明", "吴佳怡", "郑浩然", "冯雪", "陈思远", "褚丽娟", "卫东", "蒋欣然", "沈一帆"]
    for n, name in enumerate(names, start=30):
        save_staff(ctx, data.__class__(**{**data.__dict__, "employee_no": f"E0{n}", "name": name}))
    yield ctx, first.team_id
    ctx.close()


def test_twelve_reps_names_and_totals_in_view_on_a_laptop(
    qtbot, qsettings, chinese, office_of_twelve
):
    ctx, team_id = office_of_twelve
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tab = window.tab_of(EntryTab)
    window.tabs.setCurrentWidget(tab)
    tab.show_place(OCT, team_id, "rep_innovative")
    wait_loaded(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 12)

    model, view = tab.model, tab.table
    assert len({c.indicator for c in model.columns if c.kind == "value"}) == 15
    frozen = view.view_showing(0)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "沈一帆" in names and "周晓明" in names
    for row in range(model.rowCount()):
        for column in range(FROZEN):  # 工号, 姓名, 总分, 等级
            rect = frozen.visualRect(model.index(row, column))
            assert frozen.viewport().rect().contains(rect), (row, column)
        assert model.index(row, 0).data() and model.index(row, 1).data()
    # the frozen part leaves most of the width to the indicators, which start right beside it
    assert view.frozen_width() < view.viewport().width()
    assert view.horizontalScrollBar().value() == 0
    first = view.visualRect(model.index(0, FROZEN))
    assert view.viewport().mapTo(view, first.topLeft()).x() == frozen.geometry().right() + 1
