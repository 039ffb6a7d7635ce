"""Importing a staff workbook from the tab: a preview before anything is written, or every
problem cell listed and nothing written."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from salesperf_desktop.services.staff import list_staff
from salesperf_desktop.ui.staff.import_dialogs import ImportPreviewDialog, ImportProblemsDialog
from tests.ui.modal import answer_in_turn, choose_file, modal_dialog
from tests.ui.test_staff_tab import names, staff_tab


def workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["Employee ID", "Name", "Role", "Hire date", "Supervisor ID"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_good_workbook_through_the_preview(qtbot, ctx, tmp_path):
    tab = staff_tab(qtbot, ctx)
    path = workbook(
        tmp_path / "good.xlsx",
        [
            ["A1", "Alice", "Sales manager", "2020-01-01", None],
            ["A2", "Bob", "sales_rep", "2024-02-01", "A1"],
        ],
    )
    answer_in_turn(choose_file(path))
    tab.import_staff()
    preview = modal_dialog(qtbot, ImportPreviewDialog)
    assert "2 new" in preview.findChild(QLabel, "importSummary").text()
    assert list_staff(ctx) == []  # nothing before Apply
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(names(tab)) == ["Alice", "Bob"], timeout=5000)
    bob = next(p for p in list_staff(ctx) if p.name == "Bob")
    assert bob.supervisor == "Alice"


def test_import_bad_workbook_lists_cells_and_writes_nothing(qtbot, ctx, tmp_path):
    tab = staff_tab(qtbot, ctx)
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["A1", "Alice", "Sales manager", "2020-13-01", None],
            ["A1", "", "cook", "2024-02-01", "ZZ"],
        ],
    )
    answer_in_turn(choose_file(path))
    tab.import_staff()
    dialog = modal_dialog(qtbot, ImportProblemsDialog)
    model = dialog.model
    cells = {(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert {("2", "D"), ("3", "A"), ("3", "B"), ("3", "C"), ("3", "E")} <= cells
    assert list_staff(ctx) == []
    dialog.reject()
