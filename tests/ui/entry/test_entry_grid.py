"""The entry grid as the officer's spreadsheet: one template at a time, 工号/姓名/总分/等级
frozen on the left, a message bar that forgets fixed errors, and questions about values that
are valid but probably not meant."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.ui.entry.grid_model import FROZEN
from tests.ui.entry.test_import_dialog import _book, _dialog
from tests.ui.modal import answer_in_turn
from tests.ui_support import entry_tab, grid_row, wait_loaded

OCT = Period.month(2026, 10)


def type_text(qtbot, view, text):
    """Open the current cell's editor, put *text* in (Chinese cannot go through keyClicks)
    and press Enter, as the officer does."""
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def click(box: QMessageBox, name: str) -> None:
    next(b for b in box.findChildren(QAbstractButton) if b.objectName() == name).click()


def test_one_template_at_a_time_with_names_and_totals_always_in_view(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    tab.resize(1366, 768)
    codes = [tab.template_box.itemData(i) for i in range(tab.template_box.count())]
    assert "rep_innovative" in codes and "sales_director" in codes
    tab.template_box.setCurrentIndex(codes.index("rep_innovative"))
    model, view = tab.model, tab.table
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "E007",
        "E008",
        "E009",
    ]
    kinds = [c.kind for c in model.columns[:FROZEN]]
    assert kinds == ["employee_no", "name", "total", "grade"]  # 工号, 姓名, 总分, 等级
    indicators = {c.indicator for c in model.columns if c.kind == "value"}
    template = tab.sheet.person(model.rows[0].staff_id).template
    assert indicators == {it.indicator for it in template.items}  # no director's columns
    assert len(indicators) == 15
    assert "team" in [c.kind for c in model.columns]  # the team share beside the points

    # scrolled to the end of the row, like the officer reading the last indicator
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.wait(1)
    last = max(c for c, col in enumerate(model.columns) if col.kind == "value")
    frozen = view.view_showing(0)
    assert frozen is not view and frozen.isVisible()
    for row in range(model.rowCount()):
        for column in range(FROZEN):  # 工号, 姓名, 总分, 等级 on screen
            rect = frozen.visualRect(model.index(row, column))
            assert frozen.viewport().rect().contains(rect)
        cell = view.visualRect(model.index(row, last))
        assert view.viewport().rect().contains(cell)
        on_grid = cell.translated(view.viewport().mapTo(view, cell.topLeft()) - cell.topLeft())
        assert not on_grid.intersects(frozen.geometry())  # beside the frozen columns
        # and on the same line as the person's 工号
        assert frozen.viewport().mapTo(
            view, frozen.visualRect(model.index(row, 0)).topLeft()
        ).y() == (on_grid.top())
    assert frozen.geometry().right() < view.width() // 2  # the indicators get the room

    # the team box narrows the templates offered to the team's
    tab.team_box.setCurrentIndex(1)  # the first team
    offered = {tab.template_box.itemData(i) for i in range(tab.template_box.count())}
    assert "sales_director" not in offered and offered


def test_the_place_to_act_is_opened_with_period_team_and_template(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, "2026-09")
    team = tab.sheet.person(next(p.staff_id for p in tab.sheet.people if p.employee_no == "E007"))
    tab.show_place(OCT, team.team_id, "rep_innovative")
    wait_loaded(qtbot, tab)
    assert tab.period_box.currentData() == "2026-10" and tab.sheet.month == OCT
    assert tab.team_box.currentData() == team.team_id
    assert tab.template_box.currentData() == "rep_innovative"
    assert [p.employee_no for p in tab.model.rows] == ["E007", "E008", "E009"]


def test_an_error_goes_once_fixed_and_success_looks_different(qtbot, demo_ctx, tmp_path):
    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E004")
    col = model.column_of("sales_achievement", "actual")
    view.setCurrentIndex(model.index(row, col))
    type_text(qtbot, view, "12万")
    assert "12万" in tab.message.text() and tab.message.kind == "error"
    assert tab.message.isVisible()
    view.setCurrentIndex(model.index(row, col))
    type_text(qtbot, view, "320000")  # the same cell, now valid
    assert model.index(row, col).data() == "320000"
    assert tab.message.text() == "" and not tab.message.isVisible()
    assert model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) is None

    # an error, then a successful import: the error goes, a confirmation comes, not in red
    view.setCurrentIndex(model.index(row, col))
    type_text(qtbot, view, "12万")
    assert tab.message.kind == "error"
    tab.close()
    path = _book(tmp_path / "ok.xlsx", [["E003", "张伟", "2026-10", "销售目标达成率", 1000, 777]])
    tab, dialog = _dialog(qtbot, demo_ctx, path)
    view = tab.table
    tab.model.edit_cells([(grid_row(tab.model, "E004"), col, "12万")], "edit")
    assert tab.message.kind == "error"
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: tab.message.kind == "success", timeout=10000)
    wait_loaded(qtbot, tab)
    assert tab.message.kind == "success" and "12万" not in tab.message.text()
    assert tab.message.text()
    error_style, success_style = "#8a1c14", "#135c2a"
    assert success_style in tab.message.styleSheet() and error_style not in tab.message.styleSheet()


def test_a_percent_in_an_amount_is_asked_about_not_stored_silently(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    seen: list[str] = []

    def use_suggestion(box):
        seen.append(box.text())
        click(box, "suggestionButton")

    view.setCurrentIndex(model.index(row, col))
    handled = answer_in_turn((QMessageBox, use_suggestion))
    type_text(qtbot, view, "150%")
    assert handled and "张伟" in seen[0] and "2026年10月" in seen[0] and "150%" in seen[0]
    assert "销售" in seen[0] and "1.5" in seen[0]
    assert model.index(row, col).data() == "150"  # her choice, not 1.5

    # ten times last month's actual: she types it again (nothing changes, the editor reopens)
    view.setCurrentIndex(model.index(row, col))
    before = model.index(row, col).data()
    seen.clear()
    handled = answer_in_turn(
        (QMessageBox, lambda box: (seen.append(box.text()), click(box, "retypeButton")))
    )
    type_text(qtbot, view, "4958000")
    assert "倍" in seen[0] and model.index(row, col).data() == before
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    assert view.currentIndex() == model.index(row, col)
    assert view.focusWidget().text() == "4958000"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)

    # a target halved from last month's: kept when she says so
    tcol = model.column_of("sales_achievement", "target")
    view.setCurrentIndex(model.index(row, tcol))
    seen.clear()
    answer_in_turn((QMessageBox, lambda box: (seen.append(box.text()), click(box, "keepButton"))))
    type_text(qtbot, view, "200000")
    assert "目标" in seen[0] and model.index(row, tcol).data() == "200000"
    wait_loaded(qtbot, tab)
    tab.reload()
    wait_loaded(qtbot, tab)
    assert tab.model.index(grid_row(tab.model, "E003"), tcol).data() == "200000"


@pytest.mark.parametrize("basis", ["colleagues", "team_goal"])
def test_an_edit_tells_the_views_about_its_cells_only(qtbot, demo_ctx, basis):
    """One cell per signal (a range repaints a whole viewport): the edited cell, the person's
    sums, and, when the template's 30 % follows the colleagues' mean, the team-mates' cells
    whose text moved: team share and total (a grade only when it changes); with the team goal
    of seed 002 the team-mates do not move. Every cell showing something new is told."""
    import dataclasses

    from salesperf_desktop.services.entry import load_sheet
    from salesperf_desktop.ui.entry.grid_model import EntryGridModel

    sheet = load_sheet(demo_ctx, OCT)
    if basis == "colleagues":  # as in a file made before team goals
        for p in sheet.people:
            p.template = dataclasses.replace(p.template, team_basis="colleagues")
        sheet.score_all()
    model = EntryGridModel(lambda writes, reason: None)
    model.set_sheet(sheet, None, "zh_CN", "rep_innovative")
    shown = {  # painted once
        (r, c): model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    told = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): told.append((a.row(), a.column(), b.row(), b.column()))
    )
    row = grid_row(model, "E008")
    col = next(c for c, k in enumerate(model.columns) if k.kind == "value" and k.field == "actual")
    before = model.index(row, 2).data()
    assert model.setData(model.index(row, col), "1")
    assert all((r1, c1) == (r2, c2) for r1, c1, r2, c2 in told)
    cells = {(r, c) for r, c, _r, _c in told}
    kinds = {r: {model.columns[c].kind for rr, c in cells if rr == r} for r, _c in cells}
    assert kinds[row] == {"value", "points", "adjust", "team", "total", "grade"}
    for other in range(model.rowCount()):
        if other != row and basis == "colleagues":
            assert {"team", "total"} <= kinds[other] <= {"team", "total", "grade"}
        elif other != row:
            assert other not in kinds
    moved = {cell for cell, text in shown.items() if model.index(*cell).data() != text}
    assert moved and moved <= cells
    assert model.index(row, 2).data() != before  # the total shown follows
    model.flush()


def test_a_month_with_nothing_entered_shows_no_grade_rather_than_a_d(qtbot, demo_ctx):
    """November has just begun and nothing is entered: the grade column says “—” (with why),
    not a D for everyone; October, entered, shows the grades."""
    tab = entry_tab(qtbot, demo_ctx, "2026-11", today=dt.date(2026, 11, 3))
    model = tab.model
    grade = next(c for c, col in enumerate(model.columns) if col.kind == "grade")
    row = grid_row(model, "E003")
    assert model.index(row, grade).data() == "—"
    tip = model.index(row, grade).data(Qt.ItemDataRole.ToolTipRole)
    assert "Nothing is entered" in tip
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-10"))
    wait_loaded(qtbot, tab)
    assert tab.model.index(grid_row(tab.model, "E003"), grade).data() in set("SABCD")
