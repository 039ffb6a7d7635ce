"""The person dialog: every field says at once what is wrong, and OK waits until nothing is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from salesperf_desktop.services.staff import StaffData, TeamData, list_staff, save_staff, save_team
from salesperf_desktop.ui.staff.edit_dialog import StaffDialog
from salesperf_desktop.ui.staff.fields import FieldWithError
from tests.ui.modal import modal_dialog
from tests.ui.test_staff_tab import staff_tab
from tests.ui_support import ui_for


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def error_of(dialog, key: str) -> str:
    """The red line under a field, as the officer reads it."""
    return dialog.findChild(FieldWithError, f"field_{key}").error.text()


def test_required_fields_are_marked_at_once(qtbot, ctx):
    dialog = StaffDialog(ui_for(ctx))
    qtbot.addWidget(dialog)
    assert error_of(dialog, "employee_no") and error_of(dialog, "name")
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.employee_no, "E100")
    dialog.name.setText("王小明")
    dialog.hire_date.setDate(QDate(2025, 3, 1))
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    assert error_of(dialog, "employee_no") == "" and error_of(dialog, "name") == ""


def test_edit_refuses_duplicate_id_and_supervisor_loops(qtbot, demo_ctx):
    tab = staff_tab(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() >= 12)
    people = list_staff(demo_ctx)
    rep = next(p for p in people if p.supervisor_id is not None and p.role == "sales_rep")
    boss_id, rep_id, rep_no = rep.supervisor_id, rep.id, rep.employee_no
    other_no = next(p.employee_no for p in people if p.id != rep_id)
    # select the supervisor's row and edit it
    for r in range(tab.proxy.rowCount()):
        if tab.model.key(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()) == boss_id:
            tab.table.selectRow(r)
    tab.edit_button.click()
    dialog = modal_dialog(qtbot, StaffDialog)
    assert dialog.staff_id == boss_id and ok_button(dialog).isEnabled()
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(rep_id))
    qtbot.waitUntil(lambda: "→" in error_of(dialog, "supervisor_id"))
    assert not ok_button(dialog).isEnabled()
    dialog.supervisor.setCurrentIndex(0)
    dialog.employee_no.setText(other_no)
    qtbot.waitUntil(lambda: other_no in error_of(dialog, "employee_no"))
    dialog.employee_no.setText(rep_no + "X")
    dialog.hire_date.setDate(QDate(2099, 1, 1))
    qtbot.waitUntil(lambda: bool(error_of(dialog, "hire_date")))
    dialog.hire_date.setDate(QDate(2015, 1, 1))
    dialog.status.setCurrentIndex(dialog.status.findData("left"))
    qtbot.waitUntil(lambda: bool(error_of(dialog, "leave_date")))
    dialog.leave_date.setDate(QDate(2026, 10, 31))
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    dialog.accept()
    boss = next(p for p in list_staff(demo_ctx) if p.id == boss_id)
    assert boss.status.value == "left" and boss.leave_date == dt.date(2026, 10, 31)


def test_the_hire_date_may_be_planned_up_to_a_year_ahead_of_the_pinned_today(qtbot, ctx):
    dialog = StaffDialog(ui_for(ctx, today=dt.date(2030, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.employee_no.setText("E1")
    dialog.name.setText("x")
    dialog.hire_date.setDate(QDate(2030, 12, 1))  # beyond the real today + 1 year
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    dialog.hire_date.setDate(QDate(2031, 6, 1))
    qtbot.waitUntil(lambda: bool(error_of(dialog, "hire_date")))


def test_choosing_a_team_follows_its_product_line(qtbot, ctx):
    team = save_team(ctx, TeamData(code="T1", name="创新一组", product_line="innovative"))
    pid = save_staff(ctx, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
    dialog = StaffDialog(ui_for(ctx), pid)
    qtbot.addWidget(dialog)
    assert dialog.product_line.currentData() == "mature"
    dialog.team.setCurrentIndex(dialog.team.findData(team))
    assert dialog.product_line.currentData() == "innovative"
    assert dialog.data().team_id == team
