"""A task sheet for anyone (seed 004): a regular rep's sheet, typed by the seed's five task types,
approved with a date, warned about equal points, and judged of poor quality (−10) by ticking the
seed's reasons — one key event, taken back by unticking."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from salesperf_desktop.ui.entry.task_sheet_dialog import TaskSheetDialog
from tests.ui.modal import modal_dialog
from tests.ui_support import entry_tab, select_person, shot, total_shown

TITLES = ["完成新医院准入", "拜访重点科室", "学术推广会", "客户档案更新", "合规培训"]


def _type_points(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def _tick(qtbot, check):
    """A click on the box itself (the check box spans the group's width)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def _open(qtbot, tab):
    tab.task_sheet_button.trigger()  # 工作任务书… in the Monthly entry
    dialog = modal_dialog(qtbot, TaskSheetDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _save(qtbot, dialog):
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # stored in the background
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _penalties(tab):
    return [r for r in tab.events_panel.rows if r.code == "poor_task_sheet"]


def test_a_regular_reps_sheet_typed_approved_and_judged_poor(qtbot, demo_ctx, chinese):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E003")  # a regular rep: the template has no task-sheet item
    before = total_shown(tab, row)
    dialog = _open(qtbot, tab)
    assert dialog.scored_label.isVisible() and "不计任务书得分" in dialog.scored_label.text()
    assert dialog.table.horizontalHeaderItem(1).text() == "任务类型"
    for r, title in enumerate(TITLES):
        dialog.table.item(r, 0).setText(title)
        dialog.table.item(r, 2).setText("制定拜访计划，每周跟进")
        _type_points(qtbot, dialog.points_spin(r), "20")
        combo = dialog.type_combo(r)
        combo.setFocus()
        for _ in range(r + 1):  # the r-th of the seed's five types
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert [dialog.type_combo(r).currentText() for r in (0, 4)] == [
        "年度列入公司大事分解为本岗位的岗位任务",
        "提出当月5~7个重点解决的问题",
    ]
    # 5 × 20: the seed's "每项任务的分值平均化" — a warning in Chinese, the sheet can be saved
    assert dialog.averaged_label.isVisible() and "重点不突出" in dialog.averaged_label.text()
    assert dialog.save_button.isEnabled()
    shot(dialog, "task_sheet_points_averaged")
    _type_points(qtbot, dialog.points_spin(0), "30")
    _type_points(qtbot, dialog.points_spin(4), "10")
    assert not dialog.averaged_label.isVisible() and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.approved_check, Qt.MouseButton.LeftButton)  # the appraiser's approval
    assert dialog.approved_edit.isEnabled()
    assert dialog.quality_box.title() == "工作任务书填报质量不好（-10 分）"
    _tick(qtbot, dialog.reason_checks["goals_not_quantified"])
    _tick(qtbot, dialog.reason_checks["measures_vague"])
    assert dialog.reasons() == ["goals_not_quantified", "measures_vague"]
    assert "保存后将在关键事件中记录 -10 分" in dialog.penalty_label.text()
    qtbot.waitUntil(lambda: dialog.sum_label.width() >= dialog.sum_label.sizeHint().width())
    shot(dialog, "task_sheet_quality")
    _save(qtbot, dialog)
    # one −10 event, whatever the number of reasons, shown with the key events and in the total
    [penalty] = _penalties(tab)
    assert penalty.points_total == -10 and "任务目标没有量化；任务措施不具体" in penalty.note
    assert total_shown(tab, row) == before - 10
    # opened again: the types, the approval and the reasons as saved
    again = _open(qtbot, tab)
    assert again.type_combo(2).currentData() == "routine"
    assert again.approved_check.isChecked()
    assert again.reasons() == ["goals_not_quantified", "measures_vague"]
    assert "已记入关键事件" in again.penalty_label.text()
    # unticking both takes the −10 back
    _tick(qtbot, again.reason_checks["goals_not_quantified"])
    _tick(qtbot, again.reason_checks["measures_vague"])
    assert "保存后将从关键事件中删除" in again.penalty_label.text()
    _save(qtbot, again)
    assert _penalties(tab) == [] and total_shown(tab, row) == before
