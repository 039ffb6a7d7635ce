"""The entry tab follows the cycle (issue #18 point 2): the innovative team is appraised by
quarter (seed 002 “季度考核+年度总评”). Its month shows points and totals with 按季度考核 where
the grade would be; its quarter shows grades and is published from the same screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.services.appraisals import period_results
from tests.ui.modal import answer_in_turn
from tests.ui_support import entry_tab, grid_row, wait_loaded

INNOVATIVE = "创新产品组"


def _choose_team(qtbot, tab, name: str) -> None:
    tab.team_box.setCurrentIndex(tab.team_box.findText(name))
    wait_loaded(qtbot, tab)


def _grade_text(model, employee_no: str) -> str:
    col = next(i for i, c in enumerate(model.columns) if c.kind == "grade")
    return model.index(grid_row(model, employee_no), col).data()


def _cell(model, employee_no: str, kind: str) -> str:
    col = next(i for i, c in enumerate(model.columns) if c.kind == kind)
    return model.index(grid_row(model, employee_no), col).data()


def test_a_quarterly_teams_month_shows_points_without_grade_and_its_quarter_is_published(
    qtbot, chinese, demo_ctx
):
    tab = entry_tab(qtbot, demo_ctx, "2026-09")
    _choose_team(qtbot, tab, INNOVATIVE)
    model = tab.model
    assert _grade_text(model, "E007") == "按季度考核"
    assert _cell(model, "E007", "total") == "104.16"  # the month's points still add up
    col = next(i for i, c in enumerate(model.columns) if c.kind == "grade")
    tip = model.index(grid_row(model, "E007"), col).data(3)  # Qt.ToolTipRole
    assert "按季度考核" in tip and "季度" in tip and "年度总评" in tip

    # the quarter: graded, and published from the same screen like a user does
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-Q3"))
    wait_loaded(qtbot, tab)
    assert _grade_text(model, "E007") == "S" and _cell(model, "E007", "total") == "103.65"
    assert tab.publish_button.isEnabled()
    asked: list[str] = []

    def yes(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    handled = answer_in_turn((QMessageBox, yes))
    tab.publish_button.trigger()
    qtbot.waitUntil(lambda: bool(handled))
    wait_loaded(qtbot, tab)
    assert "2026年第3季度" in asked[0]
    state = workflow.status_of(demo_ctx, Period.quarter(2026, 3))
    assert state.status.value == "published" and state.appraisals == 12
    assert tab.lock_button.isEnabled() and not tab.publish_button.isEnabled()
    e007 = next(
        p
        for p in period_results(demo_ctx, Period.quarter(2026, 3)).people
        if p.employee_no == "E007"
    )
    assert e007.frozen and (e007.result.grade, e007.result.coefficient) == ("S", 1.5)


def test_publishing_a_month_says_who_is_appraised_by_quarter(qtbot, chinese, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx, "2026-10")
    asked: list[str] = []

    def yes(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    handled = answer_in_turn((QMessageBox, yes))
    tab.publish_button.trigger()
    qtbot.waitUntil(lambda: bool(handled))
    wait_loaded(qtbot, tab)
    assert "3 人按季度考核" in asked[0]
    assert workflow.status_of(demo_ctx, Period.month(2026, 10)).appraisals == 9
    _choose_team(qtbot, tab, INNOVATIVE)
    assert _grade_text(tab.model, "E008") == "按季度考核"  # published month: still no grade
