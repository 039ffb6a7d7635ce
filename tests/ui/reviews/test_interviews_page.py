"""GROW interviews driven like a user: the form guides the four steps, an agreed action is
carried to the person's next interview, flagged overdue, and followed up there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidgetItem
from sqlalchemy import select

from salesperf_desktop.domain.status import ActionStatus
from salesperf_desktop.storage.models import ActionItemRow, GrowInterviewRow
from salesperf_desktop.ui.reviews.interview_dialog import InterviewDialog
from tests.ui.reviews.support import click_save, model_rows, show_page, staff_id, when_dialog_opens

D = dt.date


def test_record_an_interview_and_carry_its_open_action_to_the_next(qtbot, tab):
    ctx = tab.ctx
    person = staff_id(ctx, "E006")
    page = tab.interviews
    show_page(tab, page)

    def first(dialog):
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(person))
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("2026-09"))
        dialog.held_on.setDate(dialog.held_on.date().fromString("2026-10-12", "yyyy-MM-dd"))
        assert "grade" in dialog.focus_label.text().lower() or dialog.focus_label.text()
        assert dialog.parts["goal"].placeholderText()  # guidance questions are shown
        dialog.parts["goal"].setPlainText("回款率达到95%")
        dialog.parts["reality"].setPlainText("回款率88%，两笔款逾期")
        dialog.parts["options"].setPlainText("每周跟进应收账款")
        dialog.parts["will"].setPlainText("10月底前收回逾期款")
        dialog.resources.setPlainText("财务协助对账")
        qtbot.mouseClick(dialog.findChild(QPushButton, "addAction"), Qt.MouseButton.LeftButton)
        dialog.actions_table.item(0, 0).setText("收回两笔逾期款")
        dialog.actions_table.cellWidget(0, 2).setDate(
            dialog.held_on.date().fromString("2026-10-31", "yyyy-MM-dd")
        )
        assert dialog.followups_table.rowCount() == 0
        click_save(dialog)

    def second(dialog):
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(person))
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("2026-10"))
        # The open action of the last interview is offered, flagged overdue (due 31 Oct).
        assert dialog.followups_table.rowCount() == 1
        assert dialog.followups_table.item(0, 0).text().startswith("收回两笔逾期款")
        assert dialog.followups_table.item(0, 0).foreground().color().name() == "#b3261e"
        combo = dialog.followups_table.cellWidget(0, 4)
        combo.setCurrentIndex(combo.findData("done"))
        dialog.followups_table.setItem(0, 5, QTableWidgetItem("11月5日已收回"))
        dialog.parts["goal"].setPlainText("保持回款率95%以上")
        click_save(dialog)

    handled = when_dialog_opens(InterviewDialog, first)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert handled
    with ctx.session() as session:
        interview = session.scalar(
            select(GrowInterviewRow).where(GrowInterviewRow.staff_id == person)
        )
        assert interview.goal == "回款率达到95%" and interview.resources == "财务协助对账"
        (action,) = interview.actions
        assert action.what == "收回两笔逾期款" and action.due_on == D(2026, 10, 31)
        assert action.owner  # defaults to the employee
        first_id, action_id = interview.id, action.id
    assert page.model.rowCount() == 4  # three demo interviews + this one
    assert any(r[5] == "1" for r in model_rows(page.model))  # overdue count shown

    handled = when_dialog_opens(InterviewDialog, second)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert handled
    with ctx.session() as session:
        action = session.get(ActionItemRow, action_id)
        assert action.status is ActionStatus.DONE
        assert action.follow_up_note == "11月5日已收回"
        assert action.followed_up_in_id not in (None, first_id)


def test_an_interview_needs_one_of_the_four_steps(qtbot, tab, messages):
    page = tab.interviews
    show_page(tab, page)
    before = page.model.rowCount()

    def empty(dialog):
        click_save(dialog)
        assert dialog.isVisible()  # refused: the form stays open

    handled = when_dialog_opens(InterviewDialog, empty)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert handled
    assert messages and messages[-1][0] == "warning"
    assert page.model.rowCount() == before
