"""Staff tab: add, edit and filter people; teams; import a good and a bad workbook."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from salesperf_desktop.storage.models import StaffRow
from salesperf_desktop.ui.staff.edit_dialog import StaffDialog
from salesperf_desktop.ui.staff.import_dialogs import ImportPreviewDialog, ImportProblemsDialog
from salesperf_desktop.ui.staff.teams_dialog import TeamsDialog
from salesperf_desktop.ui.staff_tab import StaffTab
from tests.ui_support import ui_for


def _tab(qtbot, ctx) -> StaffTab:
    tab = StaffTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _names(tab) -> list[str]:
    m = tab.table.model()
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_add_person_with_field_validation(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    assert tab.table.model().rowCount() == 0
    dialog = tab.add_person()
    assert isinstance(dialog, StaffDialog)
    # required fields are marked at once, and OK stays disabled
    assert dialog.field_error("employee_no") and dialog.field_error("name")
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.employee_no, "E100")
    dialog.name.setText("王小明")  # Chinese via setText (keyClicks with CJK aborts)
    dialog.hire_date.setDate(QDate(2025, 3, 1))
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled())
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(tab) == ["王小明"])


def test_edit_refuses_duplicate_id_and_supervisor_loops(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() >= 12)
    with demo_ctx.session() as s:
        rep = s.scalar(
            select(StaffRow).where(
                StaffRow.supervisor_id.is_not(None), StaffRow.role == "sales_rep"
            )
        )
        boss_id, rep_id, rep_no, other_no = rep.supervisor_id, rep.id, rep.employee_no, None
        other_no = s.scalar(select(StaffRow.employee_no).where(StaffRow.id != rep_id))
    # select the supervisor's row and edit it
    for r in range(tab.proxy.rowCount()):
        if tab.model.key(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()) == boss_id:
            tab.table.selectRow(r)
    dialog = tab.edit_selected()
    assert dialog.staff_id == boss_id and _ok(dialog).isEnabled()
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(rep_id))
    qtbot.waitUntil(lambda: "→" in dialog.field_error("supervisor_id"))
    assert not _ok(dialog).isEnabled()
    dialog.supervisor.setCurrentIndex(0)
    dialog.employee_no.setText(other_no)
    qtbot.waitUntil(lambda: other_no in dialog.field_error("employee_no"))
    dialog.employee_no.setText(rep_no + "X")
    dialog.hire_date.setDate(QDate(2099, 1, 1))
    qtbot.waitUntil(lambda: bool(dialog.field_error("hire_date")))
    dialog.hire_date.setDate(QDate(2015, 1, 1))
    dialog.status.setCurrentIndex(dialog.status.findData("left"))
    qtbot.waitUntil(lambda: bool(dialog.field_error("leave_date")))
    dialog.leave_date.setDate(QDate(2026, 10, 31))
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled())
    dialog.accept()
    with demo_ctx.session() as s:
        boss = s.get(StaffRow, boss_id)
        assert boss.status.value == "left" and boss.leave_date == dt.date(2026, 10, 31)


def test_filters_by_team_role_and_status(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx)
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


def test_teams_dialog_adds_and_renames(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    dialog = tab.manage_teams()
    assert isinstance(dialog, TeamsDialog)
    dialog.code.setText("NORTH")
    dialog.name.setText("华北组")
    dialog.product_line.setCurrentIndex(dialog.product_line.findData("innovative"))
    dialog.cycle.setCurrentIndex(dialog.cycle.findData("quarterly"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    dialog.name.setText("华北一组")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "华北一组" in dialog.list.item(0).text()
    dialog.start_new()
    dialog.code.setText("NORTH")
    assert not dialog.save_button.isEnabled()
    assert "NORTH" in dialog._fields["code"].error.text()
    dialog.reject()
    qtbot.waitUntil(lambda: tab.team_filter.findText("华北一组") >= 0)


def _workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["Employee ID", "Name", "Role", "Hire date", "Supervisor ID"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return str(path)


def _dialog_of(qtbot, tab, cls):
    qtbot.waitUntil(lambda: tab.findChild(cls) is not None and tab.findChild(cls).isVisible())
    return tab.findChild(cls)


def _count(ctx):
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(StaffRow))


def test_import_good_workbook_through_the_preview(qtbot, ctx, tmp_path):
    tab = _tab(qtbot, ctx)
    path = _workbook(
        tmp_path / "good.xlsx",
        [
            ["A1", "Alice", "Sales manager", "2020-01-01", None],
            ["A2", "Bob", "sales_rep", "2024-02-01", "A1"],
        ],
    )
    tab.import_staff(path)
    preview = _dialog_of(qtbot, tab, ImportPreviewDialog)
    assert "2 new" in preview.findChild(type(preview.children()[0]), "importSummary").text()
    assert _count(ctx) == 0  # nothing before Apply
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(_names(tab)) == ["Alice", "Bob"], timeout=5000)
    assert tab.table.model().index(1, 6).data() in ("Alice", "")


def test_import_bad_workbook_lists_cells_and_writes_nothing(qtbot, ctx, tmp_path):
    tab = _tab(qtbot, ctx)
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["A1", "Alice", "Sales manager", "2020-13-01", None],
            ["A1", "", "cook", "2024-02-01", "ZZ"],
        ],
    )
    tab.import_staff(path)
    dialog = _dialog_of(qtbot, tab, ImportProblemsDialog)
    model = dialog.model
    cells = {(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert {("2", "D"), ("3", "A"), ("3", "B"), ("3", "C"), ("3", "E")} <= cells
    assert _count(ctx) == 0
    QApplication.processEvents()


def test_menu_actions_are_contributed(qtbot, demo_ctx, qsettings):
    from salesperf_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.import_menu.actions() + window.export_menu.actions()}
    assert {"actionImportStaff", "actionExportStaff", "actionBlankStaffTemplate"} <= names
