"""Weights by the 012 method: judge every pair, the mirror fills itself, weights add up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesperf_desktop.ui.templates.pairwise_dialog import PairwiseDialog
from tests.ui.modal import modal_dialog
from tests.ui.templates.test_editor import new_template
from tests.ui.test_templates_tab import templates_tab


def test_weights_by_the_012_method(qtbot, ctx):
    editor = new_template(qtbot, templates_tab(qtbot, ctx))
    editor.name_edits["zh_CN"].setText("x")
    editor.add_indicators(["sales_achievement", "collection_rate", "effective_visits"])
    qtbot.mouseClick(editor.pairwise_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, PairwiseDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_judgement(0, 1, 2)
    assert dialog.table.item(1, 0).text() == "0"  # the mirror fills itself
    dialog.set_judgement(0, 2, 2)
    dialog.set_judgement(2, 1, 1)
    assert ok.isEnabled()
    assert [dialog.table.item(r, 5).text() for r in range(3)] == ["67", "17", "16"]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [editor.weight_spin(r).value() for r in range(3)] == [67, 17, 16]
    assert "100" in editor.sum_label.text()


def test_a_zero_weight_is_explained_and_corrected_before_it_reaches_the_template(qtbot, ctx):
    """A > B, A > C, B > C gives C 0 % (67/33/0): the dialog says so (seed 004's 5–30 %) and
    applies the chosen correction: add 1 to every row sum (56/33/11) or floor at 5 % (64/31/5)."""
    editor = new_template(qtbot, templates_tab(qtbot, ctx))
    editor.name_edits["zh_CN"].setText("x")
    editor.add_indicators(["sales_achievement", "collection_rate", "effective_visits"])
    qtbot.mouseClick(editor.pairwise_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, PairwiseDialog)
    assert not dialog.zero_note.isVisibleTo(dialog)
    dialog.set_judgement(0, 1, 2)
    dialog.set_judgement(0, 2, 2)
    dialog.set_judgement(1, 2, 2)
    assert dialog.zero_note.isVisibleTo(dialog)
    note = dialog.zero_note.text()
    assert "0%" in note and "5%" in note and "0-1-2 评分法" in note
    assert "考核指标的权重一般在5%~30%之间" in note  # seed 004's own words
    # the usual correction is offered, chosen by default: every row sum + 1
    assert [dialog.table.item(r, 5).text() for r in range(3)] == ["56", "33", "11"]
    floor = dialog.findChild(type(dialog.corrections.buttons()[0]), "pairwiseCorrection_floor")
    qtbot.mouseClick(floor, Qt.MouseButton.LeftButton)
    assert [dialog.table.item(r, 5).text() for r in range(3)] == ["64", "31", "5"]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert [editor.weight_spin(r).value() for r in range(3)] == [64, 31, 5]
