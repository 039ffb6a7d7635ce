"""Importing good and bad workbooks through the mapping dialog (background task, preview)."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import func, select

from salesperf_desktop.storage.models import ImportBatchRow
from salesperf_desktop.ui.entry_tab import EntryTab
from tests.ui_support import ui_for


def _book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return str(path)


def _dialog(qtbot, ctx, path):
    tab = EntryTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.show()
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-10"))
    tab.import_metrics(path)
    return tab, tab.import_dialog


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


def test_good_workbook_with_remembered_mapping_updates_grid(qtbot, demo_ctx, tmp_path):
    path = _book(tmp_path / "ok.xlsx", [["E003", "张伟", "2026-10", "销售目标达成率", 1000, 777]])
    tab, dialog = _dialog(qtbot, demo_ctx, path)
    dialog.column_boxes["month"].setEditText("C")  # by letter this time
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.problems == [] and dialog.apply_button.isEnabled()
    assert dialog.preview_model.rowCount() == 2
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "E003")
    assert model.index(row, model.column_of("sales_achievement", "actual")).data() == "777"
    assert demo_ctx.settings.get("import_mapping")["month"] == "C"
