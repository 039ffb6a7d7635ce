"""The teams dialog: add and rename a team; a code already used is refused on the spot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salesperf_desktop.services.staff import list_teams
from salesperf_desktop.ui.staff.fields import FieldWithError
from salesperf_desktop.ui.staff.teams_dialog import TeamsDialog
from tests.ui.modal import modal_dialog
from tests.ui.test_staff_tab import staff_tab


def test_teams_dialog_adds_and_renames(qtbot, ctx):
    tab = staff_tab(qtbot, ctx)
    qtbot.mouseClick(tab.teams_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, TeamsDialog)
    dialog.code.setText("NORTH")
    dialog.name.setText("华北组")
    dialog.product_line.setCurrentIndex(dialog.product_line.findData("innovative"))
    dialog.cycle.setCurrentIndex(dialog.cycle.findData("quarterly"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    dialog.name.setText("华北一组")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "华北一组" in dialog.list.item(0).text()
    (team,) = list_teams(ctx)
    assert (team.code, team.product_line, team.cycle) == ("NORTH", "innovative", "quarterly")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.code.setText("NORTH")
    assert not dialog.save_button.isEnabled()
    assert "NORTH" in dialog.findChild(FieldWithError, "field_code").error.text()
    dialog.reject()
    qtbot.waitUntil(lambda: tab.team_filter.findText("华北一组") >= 0)
