"""The 奖金核算 page (File ▸ Bonus sheet…), used the way the officer does: she sets the sales
reps' base bonus, sees the September sheet, approves it and exports it for finance."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services import bonus
from salesperf_desktop.ui.bonus_dialog import ApprovalDialog, BonusDialog, BonusSettingsDialog
from tests.ui.modal import answer_in_turn, choose_file
from tests.ui_support import ui_for, wait_idle

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    context = build_context(path, lang="zh_CN")
    yield context
    context.close()


def _type_chinese(line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    commit = QInputMethodEvent()  # Chinese comes from the input method, not key presses
    commit.setCommitString(text)
    QApplication.sendEvent(line, commit)


def _cell(dialog: BonusDialog, employee_no: str, header: str) -> str:
    model = dialog.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == employee_no)
    return model.index(row, column).data()


def _set_rep_base(settings: BonusSettingsDialog) -> None:
    """In the per-role table: the sales rep's base bonus 2000 (typed, the cell still being
    edited), then Save."""
    table = settings.roles
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "销售代表")
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    editor = table.viewport().findChild(QLineEdit) or table.findChild(QLineEdit)
    QTest.keyClicks(editor, "2000")
    save = settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)


def _approve(dialog: ApprovalDialog) -> None:
    assert dialog.date.date().toPython() == TODAY
    _type_chinese(dialog.checked, "李会计")
    _type_chinese(dialog.approved, "王建国")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_officer_sets_a_base_bonus_approves_and_exports(qtbot, chinese, demo, tmp_path):
    demo.settings.set("officer_name", "王芳")
    ui = ui_for(demo, today=TODAY)
    page = BonusDialog(ui)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.sheet is not None, timeout=20000)
    assert page.period.currentText() == "2026年9月"
    assert page.status.text() == "草稿：按当前设置计算，尚未批准"
    assert _cell(page, "E006", "绩效奖金") == "0.00"  # no base bonus set yet

    handled = answer_in_turn((BonusSettingsDialog, _set_rep_base))
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert len(handled) == 1
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: _cell(page, "E006", "基本绩效奖金") == "2,000.00")
    assert _cell(page, "E006", "等级") == "A"
    assert _cell(page, "E006", "绩效奖金") == "2,400.00"  # 2,000 × 1.2
    assert bonus.current_settings(demo).settings.base_by_role == {"sales_rep": 2000.0}

    handled = answer_in_turn((ApprovalDialog, _approve))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert len(handled) == 1
    assert page.status.text() == "已批准（2026-11-20，王建国），已冻结"
    assert not page.approve_button.isEnabled() and page.withdraw_button.isEnabled()

    out = tmp_path / "奖金核算表_2026年9月.xlsx"
    handled = answer_in_turn(choose_file(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(handled) == 1
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: out.exists())
    ws = load_workbook(out)["奖金核算表"]
    e006 = next(r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] == "E006")
    assert e006[7] == 2400
    approvals = {
        r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0] in ("编制", "审核", "批准")
    }
    assert approvals == {"编制": "王芳", "审核": "李会计", "批准": "王建国"}
