"""The bonus/penalty catalogue on its page of the templates tab, used like the officer does:
she adds an item of her own, edits a shipped one, retires one in use and cannot delete it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import adjustment_types as at
from salesperf_desktop.services import events
from salesperf_desktop.ui.templates.adjustment_catalogue import AdjustmentTypeDialog
from tests.services.support import staff_id
from tests.ui.modal import answer_in_turn
from tests.ui_support import shot, ui_for


def catalogue_page(qtbot, ctx):
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    tab = TemplatesTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ensure_fresh()
    tab.pages.setCurrentWidget(tab.adjustments)
    return tab, tab.adjustments


def row_of(page, code: str) -> int:
    return next(i for i, r in enumerate(page.records) if r.kind.code == code)


def click_row(qtbot, page, code: str) -> None:
    row = row_of(page, code)
    page.view.scrollTo(page.model.index(row, 0))
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_she_adds_an_item_per_unit_with_an_approver_and_a_document(qtbot, ctx, chinese):
    tab, page = catalogue_page(qtbot, ctx)
    shipped = len(page.records)
    # the seed items are listed with their clause
    shirking = page.model.index(row_of(page, "shirking"), 5).data()
    assert "无故推卸减1分" in shirking
    assert page.model.index(row_of(page, "fine_money"), 1).data() == "罚款金额（元），逐次填写"
    seen = []

    def fill_in(dialog: AdjustmentTypeDialog):
        seen.append(dialog.windowTitle())
        dialog.accept()  # no name yet: refused
        seen.append(dialog.error.text())
        dialog.name_edit.setText("带教新人")
        dialog.how_box.setCurrentIndex(dialog.how_box.findData("per_unit"))
        dialog.points_spin.clear()
        qtbot.keyClicks(dialog.points_spin, "2")
        dialog.accept()  # per unit without a unit: refused
        seen.append(dialog.error.text())
        dialog.unit_edit.setText("人")
        dialog.approver_edit.setText("销售总监")
        box = dialog.document_check
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        shot(dialog, "adjustment_type_dialog")
        dialog.accept()

    answer_in_turn((AdjustmentTypeDialog, fill_in))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "新增加减分项目",
        "请填写名称。",
        "按单位计分时请填写单位（如“次”“天”）。",
    ]
    assert len(page.records) == shipped + 1
    mine = at.load_catalogue(ctx).get("custom_1")
    assert (mine.label("zh_CN"), mine.points, mine.per_unit, mine.unit_label("zh_CN")) == (
        "带教新人",
        2,
        True,
        "人",
    )
    assert mine.approver_label("zh_CN") == "销售总监" and mine.document_required
    row = row_of(page, "custom_1")
    assert page.model.index(row, 1).data() == "每人 +2"
    shot(tab, "adjustment_catalogue")


def test_she_edits_a_shipped_item_and_retires_one_in_use(qtbot, demo_ctx, chinese):
    sid = staff_id(demo_ctx, "E003")
    events.add_event(
        demo_ctx,
        sid,
        Period.month(2026, 10),
        events.EventDraft("adjustment", dt.date(2026, 10, 9), "shirking", 1),
    )
    _tab, page = catalogue_page(qtbot, demo_ctx)

    def two_points(dialog: AdjustmentTypeDialog):
        assert not dialog.how_box.isEnabled()  # in use: how it counts stays
        dialog.points_spin.clear()
        qtbot.keyClicks(dialog.points_spin, "-2")
        dialog.accept()

    click_row(qtbot, page, "shirking")
    answer_in_turn((AdjustmentTypeDialog, two_points))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert at.load_catalogue(demo_ctx).get("shirking").points == -2
    assert page.model.index(row_of(page, "shirking"), 1).data() == "每次 −2"

    click_row(qtbot, page, "shirking")
    assert not page.delete_button.isEnabled()  # shipped: retire only
    assert page.retire_button.text() == "停用"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert at.load_catalogue(demo_ctx).get("shirking").retired
    assert page.model.index(row_of(page, "shirking"), 0).data().endswith("（已停用）")
    assert page.model.index(row_of(page, "shirking"), 4).data() == "1"
    click_row(qtbot, page, "shirking")
    assert page.retire_button.text() == "恢复使用"


def test_her_own_item_in_use_cannot_be_deleted(qtbot, demo_ctx, chinese):
    from salesperf_desktop.domain.adjustments import AdjustmentType

    code = at.save_type(demo_ctx, AdjustmentType("", 3, {"zh_CN": "合理化建议被采纳"}))
    events.add_event(
        demo_ctx,
        staff_id(demo_ctx, "E003"),
        Period.month(2026, 10),
        events.EventDraft("adjustment", dt.date(2026, 10, 9), code),
    )
    _tab, page = catalogue_page(qtbot, demo_ctx)
    click_row(qtbot, page, code)
    assert page.delete_button.isEnabled()
    answer_in_turn((QMessageBox, _yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == (
        "“合理化建议被采纳”已有 1 条事件在用，不能删除；请改为停用（以往事件保持原意）。"
    )
    assert code in at.load_catalogue(demo_ctx)


def _yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()
