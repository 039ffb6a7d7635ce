"""The officer records a transfer in the Staff tab (调动与请假) and the month's grid shows both
parts: the line above the grid names the two teams with their working days, and the person's
total is the day-weighted combination the printed form and the results show."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.movements import list_leave, list_moves
from salesperf_desktop.services.printing import reprint_rows
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.staff.history_dialog import StaffHistoryDialog
from salesperf_desktop.ui.staff_tab import StaffTab
from tests.services.support import staff_id
from tests.ui.modal import answer_in_turn, modal_dialog
from tests.ui_support import ui_for, wait_loaded

SEPTEMBER = Period.month(2026, 9)
OCTOBER_NOTE = (
    "E005 刘洋：本月 1–14 日在华东成熟产品组（6 个工作日），15–31 日在渠道分销组"
    "（12 个工作日），按工作日折算"
)


def _select(tab: StaffTab, employee_no: str) -> None:
    model = tab.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == employee_no)
    tab.table.selectRow(row)


def test_a_transfer_recorded_in_the_staff_tab_shows_both_parts_in_the_grid(
    qtbot, demo_ctx, chinese
):
    ui = ui_for(demo_ctx, today=dt.date(2026, 11, 20))
    staff = StaffTab(ui)
    qtbot.addWidget(staff)
    staff.show()
    qtbot.waitExposed(staff)
    qtbot.waitUntil(staff.is_loaded)  # the register is read in the background
    _select(staff, "E005")
    qtbot.mouseClick(staff.history_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, StaffHistoryDialog)
    dialog.move_kind.setCurrentIndex(dialog.move_kind.findData("transfer"))
    dialog.move_date.setDate(QDate(2026, 10, 15))
    dialog.move_team.setCurrentIndex(dialog.move_team.findText("渠道分销组"))
    # no reason: refused on the spot, nothing recorded
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请填写调动原因。"
    assert list_moves(demo_ctx, staff_id(demo_ctx, "E005")) == []
    dialog.move_reason.setText("支援渠道分销组")  # typed Chinese: see ENVIRONMENT.md
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    assert dialog.moves.rowCount() == 1
    assert dialog.moves.item(0, 3).text() == "渠道分销组 销售代表"
    # 2 days of 事假 for 张伟
    dialog.reject()
    _select(staff, "E003")
    qtbot.mouseClick(staff.history_button, Qt.MouseButton.LeftButton)
    leave = modal_dialog(qtbot, StaffHistoryDialog)
    leave.leave_kind.setCurrentIndex(leave.leave_kind.findData("personal"))
    leave.leave_start.setDate(QDate(2026, 10, 19))
    leave.leave_end.setDate(QDate(2026, 10, 20))
    qtbot.mouseClick(leave.record_leave_button, Qt.MouseButton.LeftButton)
    assert leave.leave.rowCount() == 1
    assert [lv.kind for lv in list_leave(demo_ctx, staff_id(demo_ctx, "E003"))] == ["personal"]
    leave.reject()

    entry = EntryTab(ui)
    qtbot.addWidget(entry)
    entry.resize(1500, 720)
    entry.show()
    qtbot.waitExposed(entry)
    entry.period_box.setCurrentIndex(entry.period_box.findData("2026-10"))
    wait_loaded(qtbot, entry)
    assert entry.message.text() == f"本期内调动：{OCTOBER_NOTE}。"
    # E005 is in 渠道分销组's sheet now, with the combined total the results show
    entry.template_box.setCurrentIndex(entry.template_box.findData("rep_distributor"))
    wait_loaded(qtbot, entry)
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "E005")
    total_col = next(c for c, col in enumerate(model.columns) if col.kind == "total")
    october = period_results(demo_ctx, Period.month(2026, 10))
    e005 = next(p for p in october.people if p.employee_no == "E005")
    assert model.index(row, total_col).data() == f"{e005.result.total:.2f}"
    assert e005.result.flags[-1].message("zh_CN") in OCTOBER_NOTE


def test_a_move_recorded_by_mistake_is_taken_back_in_the_dialog(qtbot, demo_ctx, chinese):
    ui = ui_for(demo_ctx, today=dt.date(2026, 11, 20))
    sid = staff_id(demo_ctx, "E005")
    dialog = StaffHistoryDialog(ui, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.undo_move_button.isEnabled()  # nothing to take back yet
    dialog.move_date.setDate(QDate(2026, 10, 15))
    dialog.move_team.setCurrentIndex(dialog.move_team.findText("渠道分销组"))
    dialog.move_reason.setText("支援渠道分销组")
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    assert dialog.moves.rowCount() == 1 and dialog.undo_move_button.isEnabled()

    def give_reason(box: QInputDialog) -> None:
        box.setTextValue("选错了团队")
        box.accept()

    answer_in_turn((QInputDialog, give_reason))
    qtbot.mouseClick(dialog.undo_move_button, Qt.MouseButton.LeftButton)
    assert dialog.moves.rowCount() == 0 and list_moves(demo_ctx, sid) == []
    assert not dialog.undo_move_button.isEnabled()


def test_leave_recorded_late_in_a_published_month_asks_the_reason_and_amends_the_form(
    qtbot, demo_ctx, chinese
):
    """September is published: the officer records two days of 事假 found late. The dialog asks
    why (as the grid does for a published month); cancelled, nothing is recorded; answered, the
    September form is amended (−2 points) and listed to print again."""
    ui = ui_for(demo_ctx, today=dt.date(2026, 11, 20))
    staff = StaffTab(ui)
    qtbot.addWidget(staff)
    staff.show()
    qtbot.waitExposed(staff)
    qtbot.waitUntil(staff.is_loaded)  # the register is read in the background
    _select(staff, "E003")
    qtbot.mouseClick(staff.history_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, StaffHistoryDialog)
    dialog.leave_kind.setCurrentIndex(dialog.leave_kind.findData("personal"))
    dialog.leave_start.setDate(QDate(2026, 9, 21))
    dialog.leave_end.setDate(QDate(2026, 9, 22))
    before = _september_total(demo_ctx, "E003")
    asked: list[str] = []

    def cancel(box: QInputDialog) -> None:
        asked.append(box.labelText())
        box.reject()

    answer_in_turn((QInputDialog, cancel))
    qtbot.mouseClick(dialog.record_leave_button, Qt.MouseButton.LeftButton)
    assert asked and "已发布" in asked[0]
    assert dialog.error.text() == "未修改：已发布期间的修改需要填写原因。"
    assert list_leave(demo_ctx, staff_id(demo_ctx, "E003")) == []

    def give_reason(box: QInputDialog) -> None:
        box.setTextValue("补录九月事假")
        box.accept()

    answer_in_turn((QInputDialog, give_reason))
    qtbot.mouseClick(dialog.record_leave_button, Qt.MouseButton.LeftButton)
    assert dialog.leave.rowCount() == 1 and not dialog.error.isVisible()
    after = _september_total(demo_ctx, "E003")
    assert after == pytest.approx(before - 2)  # 事假一天扣一分
    [reprint] = reprint_rows(demo_ctx)
    assert (reprint.period_key, reprint.employee_no) == ("2026-09", "E003")
    assert reprint.previous_total == pytest.approx(before) and reprint.total == pytest.approx(after)
    dialog.reject()


def _september_total(ctx, employee_no: str) -> float:
    """The person's September total as the results and the printed form show it."""
    people = period_results(ctx, SEPTEMBER).people
    return next(p for p in people if p.employee_no == employee_no).result.total


def test_a_transfer_recorded_late_offers_its_reason_for_the_amendment(qtbot, demo_ctx, chinese):
    """A transfer effective 15 September (published): the reason asked for the amendment is
    pre-filled with the move's own; accepted, the September form is amended (by working days)
    and listed to print again."""
    ui = ui_for(demo_ctx, today=dt.date(2026, 11, 20))
    sid = staff_id(demo_ctx, "E005")
    dialog = StaffHistoryDialog(ui, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _september_total(demo_ctx, "E005")
    dialog.move_date.setDate(QDate(2026, 9, 15))
    dialog.move_team.setCurrentIndex(dialog.move_team.findText("渠道分销组"))
    dialog.move_reason.setText("补录：9月15日起支援渠道分销组")
    offered: list[str] = []

    def accept_offered(box: QInputDialog) -> None:
        offered.append(box.textValue())
        box.accept()

    answer_in_turn((QInputDialog, accept_offered))
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    assert offered == ["补录：9月15日起支援渠道分销组"]
    assert dialog.moves.rowCount() == 1 and not dialog.error.isVisible()
    assert _september_total(demo_ctx, "E005") == pytest.approx(59.1232, abs=0.0001)
    assert round(before, 4) == 75.4731  # (10 × 75.4731 + 12 × the 渠道 total) ÷ 22
    assert [(r.period_key, r.employee_no) for r in reprint_rows(demo_ctx)] == [("2026-09", "E005")]


def test_a_long_past_transfer_into_locked_months_is_offered_for_the_register_only(
    qtbot, demo_ctx, chinese
):
    """E004 moved to 渠道分销组 on 1 June, found now: June–August are signed and locked. The
    dialog says so and offers the register only; cancelled, nothing is recorded; chosen, the
    move is recorded, the signed forms stay as signed, and the dialog says which."""
    from PySide6.QtWidgets import QMessageBox

    from tests.services.test_movements_published import _stored

    ui = ui_for(demo_ctx, today=dt.date(2026, 11, 20))
    sid = staff_id(demo_ctx, "E004")
    august = _stored(demo_ctx, "E004", Period.month(2026, 8))
    dialog = StaffHistoryDialog(ui, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.move_date.setDate(QDate(2026, 6, 1))
    dialog.move_team.setCurrentIndex(dialog.move_team.findText("渠道分销组"))
    dialog.move_reason.setText("补录：6月1日起调入渠道分销组")
    seen: list[tuple[str, str]] = []

    def cancel(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    answer_in_turn((QMessageBox, cancel))
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    [(text, informative)] = seen
    assert text.startswith("2026年6月–2026年8月：已锁定或此人已签字")
    assert "2026-06-01" in informative and "保持签字时的结果" in informative
    assert list_moves(demo_ctx, sid) == [] and dialog.moves.rowCount() == 0

    def register_only(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.objectName() == "registerOnly")
        assert button.text() == "仅记入人事档案"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def accept_reason(box: QInputDialog) -> None:  # September is published: a reason
        box.accept()

    answer_in_turn((QMessageBox, register_only), (QInputDialog, accept_reason))
    qtbot.mouseClick(dialog.record_move_button, Qt.MouseButton.LeftButton)
    assert dialog.moves.rowCount() == 1 and not dialog.error.isVisible()
    assert dialog.note.isVisible()
    assert dialog.note.text() == "已仅记入人事档案：2026年6月–2026年8月的考核保持签字时的结果。"
    assert _stored(demo_ctx, "E004", Period.month(2026, 8)) == august
    assert [m.to_team for m in list_moves(demo_ctx, sid)] == ["渠道分销组"]


def test_a_move_recorded_for_the_register_only_is_taken_back_the_same_way(qtbot, demo_ctx, chinese):
    from PySide6.QtWidgets import QMessageBox

    from salesperf_desktop.services import movements as mvs

    sid = staff_id(demo_ctx, "E004")
    june = mvs.MoveDraft(dt.date(2026, 6, 1), "transfer", 3, "sales_rep", "六月区域调整")
    mvs.record_move(demo_ctx, sid, june, reason="补录六月调岗", register_only=True)
    dialog = StaffHistoryDialog(ui_for(demo_ctx, today=dt.date(2026, 11, 20)), sid)
    qtbot.addWidget(dialog)
    dialog.show()
    chosen: list[str] = []

    def take_back(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.objectName() == "registerOnly")
        chosen.append(button.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def give_reason(box: QInputDialog) -> None:
        box.setTextValue("调岗未生效")
        box.accept()

    answer_in_turn((QMessageBox, take_back), (QInputDialog, give_reason))
    qtbot.mouseClick(dialog.undo_move_button, Qt.MouseButton.LeftButton)
    assert chosen == ["仅在人事档案中撤销"]
    assert list_moves(demo_ctx, sid) == [] and dialog.moves.rowCount() == 0
    assert dialog.note.text() == "已仅在人事档案中撤销：2026年6月–2026年8月的考核保持签字时的结果。"
