"""Staff tab: the register filtered by team, role and status; add a person; the file actions."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.ui.staff.columns import staff_headers
from salesperf_desktop.ui.staff.edit_dialog import StaffDialog
from salesperf_desktop.ui.staff_tab import StaffTab
from tests.ui.modal import answer_in_turn, choose_file, modal_dialog
from tests.ui_support import ui_for


def staff_tab(qtbot, ctx) -> StaffTab:
    tab = StaffTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.is_loaded)  # the register is read in the background
    return tab


def names(tab) -> list[str]:
    m = tab.table.model()
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def test_a_person_added_through_the_dialog_appears_in_the_register(qtbot, ctx):
    tab = staff_tab(qtbot, ctx)
    assert tab.table.model().rowCount() == 0
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, StaffDialog)
    qtbot.keyClicks(dialog.employee_no, "E100")
    dialog.name.setText("王小明")  # Chinese via setText (keyClicks with CJK aborts)
    dialog.hire_date.setDate(QDate(2025, 3, 1))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(tab) == ["王小明"])


def test_filters_by_team_role_and_status(qtbot, demo_ctx):
    tab = staff_tab(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() >= 12)
    everyone = tab.table.model().rowCount()
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("sales_manager"))
    managers = tab.table.model().rowCount()
    assert 0 < managers < everyone
    assert all(tab.table.model().index(r, 2).data() == "Sales manager" for r in range(managers))
    tab.role_filter.setCurrentIndex(0)
    tab.team_filter.setCurrentIndex(1)
    team_name = tab.team_filter.currentText()
    rows = tab.table.model().rowCount()
    assert 0 < rows < everyone
    assert {tab.table.model().index(r, 3).data() for r in range(rows)} == {team_name}
    tab.team_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("probation"))
    assert 0 < tab.table.model().rowCount() < everyone
    # sorting by hire date keeps working with blanks
    tab.status_filter.setCurrentIndex(0)
    tab.table.sortByColumn(9, Qt.SortOrder.DescendingOrder)


def test_sorting_by_a_column_with_blanks_keeps_the_selected_person(qtbot, demo_ctx):
    """A click on 入职日期 sorts by date, blanks first going up and last going down; the
    person selected stays selected wherever the sort moves them."""
    tab = staff_tab(qtbot, demo_ctx)
    view = tab.table
    hired = 9  # 入职日期
    assert tab.model.headerData(hired, Qt.Orientation.Horizontal) == staff_headers()[hired]
    view.selectRow(3)
    chosen = tab.selected_staff_id()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.horizontalHeader().setSortIndicator(hired, order)
        days = [view.model().index(r, hired).data() for r in range(view.model().rowCount())]
        filled = [d for d in days if d]
        assert filled == sorted(filled, reverse=order == Qt.SortOrder.DescendingOrder)
        blanks = [i for i, d in enumerate(days) if not d]
        if blanks and order == Qt.SortOrder.AscendingOrder:
            assert blanks == list(range(len(blanks)))
        assert tab.selected_staff_id() == chosen
    name = tab.model.index(0, 1).data()
    tab.search.setText(name)  # a name: the people of that name, not whom they supervise
    found = [view.model().index(r, 1).data() for r in range(view.model().rowCount())]
    assert found and all(name in n for n in found)


def test_menu_actions_are_contributed(qtbot, demo_ctx, qsettings):
    from salesperf_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.import_menu.actions() + window.export_menu.actions()}
    assert {"actionImportStaff", "actionExportStaff", "actionBlankStaffTemplate"} <= names


def test_export_and_blank_template_write_the_chosen_files(qtbot, demo_ctx, tmp_path):
    demo_ctx.lang = "en"
    tab = staff_tab(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() >= 12)
    chosen = answer_in_turn(choose_file(tmp_path / "all.xlsx"))
    tab.export_staff()
    assert chosen
    assert tab.ui.tasks.busy()  # written in the background: the window keeps running
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy(), timeout=20000)
    sheet = load_workbook(tmp_path / "all.xlsx").active
    assert sheet["A1"].value == "Employee ID"
    assert sheet.max_row - 1 == tab.model.rowCount()
    answer_in_turn(choose_file(tmp_path / "blank.xlsx"))
    tab.blank_template()
    assert tab.ui.tasks.busy()
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy(), timeout=20000)
    blank = load_workbook(tmp_path / "blank.xlsx").active
    assert blank["B1"].value == "Name" and blank.max_row == 1


def test_typing_in_the_search_finds_people_by_their_own_columns_in_any_case(qtbot, demo_ctx):
    """The search texts are made with the register in the background; typing an ID in lower
    case finds that person, and a team's name finds its people after sorting too."""
    tab = staff_tab(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() >= 12)
    everyone = tab.table.model().rowCount()
    model = tab.table.model()
    qtbot.keyClicks(tab.search, "e004")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["E004"]
    tab.search.clear()
    assert model.rowCount() == everyone
    team = next(model.index(r, 3).data() for r in range(everyone) if model.index(r, 3).data())
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    tab.search.setText(team)  # Chinese via setText (keyClicks with CJK aborts)
    rows = model.rowCount()
    assert 0 < rows < everyone
    assert {model.index(r, 3).data() for r in range(rows)} == {team}


def test_the_columns_fit_the_register_each_time_it_is_read(qtbot, ctx):
    """Sized to the people's texts when the register is read (an empty register's columns
    grow when people come), and the officer may widen a column in between."""
    tab = staff_tab(qtbot, ctx)
    header = tab.table.horizontalHeader()
    narrow = header.sectionSize(1)
    long_name = "欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜"
    save_staff(ctx, StaffData("E1", long_name, hire_date=dt.date(2025, 3, 1)))
    tab.events.changed.emit("staff")
    qtbot.waitUntil(lambda: names(tab) == [long_name])
    qtbot.waitUntil(tab.is_loaded)
    fits = tab.table.fontMetrics().horizontalAdvance(long_name)
    assert header.sectionSize(1) > max(narrow, fits)
    header.resizeSection(1, 400)  # the officer widens it by hand
    assert header.sectionSize(1) == 400
