"""带教成果 in the window: the officer opens 月度录入 → 带教成果…, sees each mentor with the new
mentees and how the figure was made, writes the figures as the month's actuals, and the grid
shows them with the explanation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from salesperf_desktop.domain.mentoring import FIRST_SALE_INDICATOR, ZERO_ERROR_INDICATOR
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.ui.entry.mentoring_dialog import (
    ENTERED,
    FIGURE,
    MENTEES,
    MENTOR,
    STATE,
    MentoringDialog,
)
from tests.services.test_mentoring import with_indicator
from tests.ui.modal import modal_dialog
from tests.ui_support import choose_on_toolbar, entry_tab, select_person, shot, wait_loaded

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def mentors(demo_ctx):
    """E010 (黄磊's business mentor) scored on 首单周期 from November."""
    with_indicator(demo_ctx, "rep_distributor", FIRST_SALE_INDICATOR, instead_of="teamwork_sharing")
    with_indicator(demo_ctx, "sales_manager", ZERO_ERROR_INDICATOR, instead_of="work_attitude")
    return demo_ctx


def _open(qtbot, tab):
    choose_on_toolbar(qtbot, tab.toolbar, tab.mentoring_button)
    dialog = modal_dialog(qtbot, MentoringDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _cell_tooltip(tab, employee_no, indicator):
    row = select_person(tab, employee_no)
    column = next(
        i
        for i, c in enumerate(tab.model.columns)
        if c.indicator == indicator and c.field == "actual"
    )
    return tab.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def test_officer_writes_the_mentors_figures_and_the_grid_explains_them(qtbot, mentors, chinese):
    tab = entry_tab(qtbot, mentors, period="2026-11", today=TODAY)
    dialog = _open(qtbot, tab)
    table = dialog.table
    assert [table.item(r, MENTOR).text() for r in range(table.rowCount())] == [
        "E010 郑强",
        "C001 何静",
    ]
    assert table.item(0, MENTEES).text() == "E012 黄磊"
    assert table.item(0, FIGURE).text() == "120 天"
    assert (table.item(0, STATE).text(), table.item(1, STATE).text()) == (
        "待写入",
        "导师的考核表无此指标",
    )
    assert "尚无首单，至今 120 天" in dialog.details.toPlainText()
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(1, MENTOR)).center(),
    )
    assert dialog.details.toPlainText().splitlines()[1] == "E012 黄磊：本月无合规失误"
    shot(dialog, "mentoring_dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # written in the background
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, tab)
    assert "带教成果已写入：1 名导师。" in tab.message.text()
    tip = _cell_tooltip(tab, "E010", FIRST_SALE_INDICATOR)
    assert "E012 黄磊（2026-08-03 入职，尚无首单，至今 120 天，按 120 天计入）" in tip
    assert tip.endswith("首单周期平均 120 天（1 名学员，自入职日起算，按日历天）")
    # opened again: written, nothing left to write
    dialog = _open(qtbot, tab)
    assert dialog.table.item(0, ENTERED).text() == "120 天"
    assert dialog.table.item(0, STATE).text() == "已写入"
    assert not dialog.write_button.isEnabled()
    dialog.reject()


def test_a_published_month_asks_the_grids_reason(qtbot, mentors, monkeypatch):
    workflow.publish(mentors, Period.month(2026, 11))
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[1]) or ("带教成果补录", True)
    )
    tab = entry_tab(qtbot, mentors, period="2026-11", today=TODAY)
    dialog = _open(qtbot, tab)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert asked
    wait_loaded(qtbot, tab)
    row = select_person(tab, "E010")
    assert tab.sheet.person(tab.model.rows[row].staff_id).get(FIRST_SALE_INDICATOR, "actual") == 120


def test_a_locked_month_shows_the_figures_only(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, period="2026-08", today=TODAY)
    dialog = _open(qtbot, tab)
    assert not dialog.write_button.isEnabled()
    dialog.reject()
