"""Importing good and bad workbooks through the mapping dialog (background task, preview)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from salesperf_desktop.storage.models import ImportBatchRow
from salesperf_desktop.ui.entry.import_dialog import ImportDialog
from tests.ui.modal import modal_dialog
from tests.ui_support import entry_tab, wait_loaded


def _book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return str(path)


def _dialog(qtbot, ctx, path):
    """Import… in the toolbar, then the workbook's path typed in (ASCII: a temporary folder)."""
    tab = entry_tab(qtbot, ctx)
    tab.import_button.trigger()
    dialog = modal_dialog(qtbot, ImportDialog)
    qtbot.keyClicks(dialog.file_edit, path)
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    return tab, dialog


def test_bad_workbook_shows_problems_and_cannot_apply(qtbot, demo_ctx, tmp_path):
    path = _book(
        tmp_path / "bad.xlsx", [["E003", "张伟", "2026-10", "sales_achievement", "abc", 1]]
    )
    _tab, dialog = _dialog(qtbot, demo_ctx, path)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.problems
    assert "E2" in dialog.preview_model.index(0, 0).data()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    with demo_ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatchRow)) == 0


@pytest.fixture
def chinese(qapp):
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def test_good_workbook_with_remembered_mapping_updates_grid(qtbot, demo_ctx, tmp_path, chinese):
    path = _book(tmp_path / "ok.xlsx", [["E003", "张伟", "2026-10", "销售目标达成率", 1000, 777]])
    tab, dialog = _dialog(qtbot, demo_ctx, path)
    dialog.column_boxes["month"].setEditText("C")  # by letter this time
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.problems == [] and dialog.apply_button.isEnabled()
    assert dialog.preview_model.rowCount() == 2
    # the preview names the indicator and the value as the officer does (issue #17)
    shown = {
        (dialog.preview_model.index(r, 3).data(), dialog.preview_model.index(r, 4).data())
        for r in range(2)
    }
    assert shown == {("销售目标达成率", "目标"), ("销售目标达成率", "实际")}
    dialog.apply_button.click()
    # applied, closed and deleted (it is not kept among the tab's children)
    qtbot.waitUntil(lambda: not tab.findChildren(ImportDialog), timeout=10000)
    wait_loaded(qtbot, tab)
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "E003")
    assert model.index(row, model.column_of("sales_achievement", "actual")).data() == "777"
    assert demo_ctx.settings.get("import_mapping")["month"] == "C"


def test_the_column_choosers_offer_the_workbook_s_headers(qtbot, demo_ctx, tmp_path):
    path = _book(tmp_path / "ok.xlsx", [])
    _tab, dialog = _dialog(qtbot, demo_ctx, path)
    box = dialog.column_boxes["employee_id"]
    offered = [box.itemText(i) for i in range(box.count())]
    assert "A: 工号" in offered and "F: 实际值" in offered
    dialog.reject()


def _first_row(dialog) -> str:
    model = dialog.preview_model
    return " ".join(str(model.index(0, c).data()) for c in range(model.columnCount()))


def test_a_hostile_file_and_a_formula_without_result_are_told_in_the_officers_words(
    qtbot, demo_ctx, tmp_path
):
    """The dialog lists the refusal of the rule book and of safe opening, never a traceback."""
    from tests import hostile_xlsx

    bomb = hostile_xlsx.zip_bomb(tmp_path / "bomb.xlsx", [["工号", "实际值"], ["E003", 1]])
    _tab, dialog = _dialog(qtbot, demo_ctx, str(bomb))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert [p.code for p in dialog.plan.problems] == ["workbook.bomb"]
    assert "解压炸弹" in _first_row(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    formula = _book(
        tmp_path / "formula.xlsx", [["E003", "张伟", "2026-10", "sales_achievement", 9, "=E2*2"]]
    )
    _tab, dialog = _dialog(qtbot, demo_ctx, formula)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    shown = _first_row(dialog)
    assert "F2" in shown and "WPS" in shown
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
