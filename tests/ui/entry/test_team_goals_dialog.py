"""Seed 002's team pool in the window: the officer types the innovative team's goal for the
month and sees its members' totals follow (30 % × attainment)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from salesperf_desktop.ui.entry.team_goals_dialog import ACTUAL, NAME, TeamGoalsDialog
from tests.ui.modal import answer_in_turn, choose_file, modal_dialog
from tests.ui_support import (
    choose_on_toolbar,
    entry_tab,
    select_person,
    shot,
    total_shown,
    wait_loaded,
)

INNOVATIVE_REPS = ("E007", "E008", "E009")


def _type_into(qtbot, dialog, row: int, column: int, text: str) -> None:
    """Double-click the cell, type *text* (digits only: ASCII keys) and press Enter."""
    table = dialog.table
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.viewport().findChild(QLineEdit)  # the cell's open editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # committed (queued)


def _innovative_row(dialog) -> int:
    return next(i for i, r in enumerate(dialog.records) if r.team_name == "创新产品组")


def _totals(tab):
    return {no: total_shown(tab, select_person(tab, no)) for no in INNOVATIVE_REPS}


def _open(qtbot, tab):
    choose_on_toolbar(qtbot, tab.toolbar, tab.team_goals_button)
    dialog = modal_dialog(qtbot, TeamGoalsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_officer_types_the_team_goal_and_the_members_totals_follow(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    before = _totals(tab)
    dialog = _open(qtbot, tab)
    row = _innovative_row(dialog)
    assert dialog.table.item(row, NAME).text() == "区域市场份额达标率"
    assert dialog.table.item(row, ACTUAL).text() == "19.4"
    _type_into(qtbot, dialog, row, ACTUAL, "18")
    assert dialog.table.item(row, 5).text() == "90%"  # 18 ÷ 20, shown as typed
    shot(dialog, "team_goals_dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # written in the background
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, tab)
    after = _totals(tab)
    for no in INNOVATIVE_REPS:  # 97 → 90 team points: 30 % × 7 = 2.1 points less
        assert after[no] == pytest.approx(before[no] - 2.1, abs=0.011)


def test_after_publication_the_goal_change_asks_for_a_reason(qtbot, demo_ctx, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx, period="2026-09")
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[1]) or ("区域数据更正", True)
    )
    before = _totals(tab)
    dialog = _open(qtbot, tab)
    _type_into(qtbot, dialog, _innovative_row(dialog), ACTUAL, "16")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked  # the grid's reason for a published month
    wait_loaded(qtbot, tab)
    after = _totals(tab)
    for no in INNOVATIVE_REPS:  # 103 → 80 team points: 30 % × 23 = 6.9 less, amended
        assert after[no] == pytest.approx(before[no] - 6.9, abs=0.011)


def test_a_locked_month_shows_the_goals_read_only(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, period="2026-08")
    dialog = _open(qtbot, tab)
    assert not dialog.save_button.isEnabled()
    item = dialog.table.item(_innovative_row(dialog), ACTUAL)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    dialog.reject()


def test_officer_exports_the_goals_and_imports_the_filled_sheet(qtbot, demo_ctx, chinese, tmp_path):
    """团队目标 ▸ 导出 Excel…: the month's sheet; the region manager's filled sheet (saved by
    LibreOffice) ▸ 从 Excel 导入…: a sheet with a problem is refused at its cell and nothing is
    written; the good one is written and the members' totals follow."""
    tab = entry_tab(qtbot, demo_ctx)
    before = _totals(tab)
    dialog = _open(qtbot, tab)
    out = tmp_path / "团队目标_2026年10月.xlsx"
    chosen = answer_in_turn(choose_file(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("已保存"), timeout=20000)
    assert chosen and out.exists()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[3]) == ["团队", "月份", "团队目标", "计量方式", "目标值", "实际值", "达成率"]
    assert ("创新产品组", "2026-10", "区域市场份额达标率", "百分比", 20, 19.4, 0.97) in rows

    bad = tmp_path / "bad.xlsx"
    wb = load_workbook(out)
    wb.active["F7"] = "12万"  # the innovative team's actual, with a unit
    wb.save(bad)
    answer_in_turn(choose_file(bad))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "问题" in dialog.message.text(), timeout=20000)
    assert "团队目标!F7：“12万”带有单位或货币符号" in dialog.message.text()
    shot(dialog, "team_goals_import_refused")
    assert dialog.isVisible()

    fixture = Path(__file__).parents[2] / "fixtures" / "libreoffice" / "team_goals.xlsx"
    answer_in_turn(choose_file(fixture))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, tab)
    assert tab.message.text() == "团队目标已保存：2 个团队。"
    after = _totals(tab)
    for no in INNOVATIVE_REPS:  # 18.5 ÷ 20: 97 → 92.5 team points, 30 % × 4.5 = 1.35 less
        assert after[no] == pytest.approx(before[no] - 1.35, abs=0.011)
