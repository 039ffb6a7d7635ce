"""Annual targets split by season in the targets dialog, driven like a user."""

from __future__ import annotations

import os
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from salesperf_desktop.ui.entry.targets_dialog import TargetsDialog
from tests.ui_support import entry_tab, grid_row, modal_dialog

SHOTS = os.environ.get("SALESPERF_SHOTS")  # a folder: save PNGs of the dialogs to look at


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _select(tab, employee_no):
    row = grid_row(tab.model, employee_no)
    tab.table.setCurrentIndex(tab.model.index(row, 2))
    return row


def _cell(tab, row, indicator, field):
    return tab.model.index(row, tab.model.column_of(indicator, field)).data()


def _total(tab, row):
    return float(tab.model.index(row, tab.model.total_column()).data())


def test_annual_target_split_seasonally(qtbot, demo_ctx, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx)
    row = _select(tab, "E003")
    tab.targets()
    dialog = modal_dialog(qtbot, TargetsDialog)
    qtbot.waitExposed(dialog)
    dialog.indicator_box.setCurrentIndex(dialog.indicator_box.findData("sales_achievement"))
    assert dialog.seasonal_radio.isChecked()
    dialog.table.item(1, 1).setText("1,200,000")
    months = [float(t.replace(",", "")) for t in dialog.months_of(dialog.staff_ids()[0])]
    assert sum(Decimal(str(m)) for m in months) == 1_200_000
    assert months[1] < months[0] < months[11]  # February trough, December peak
    _shot(dialog, "targets_dialog")
    # the even split
    qtbot.mouseClick(dialog.even_radio, Qt.MouseButton.LeftButton)
    assert set(dialog.months_of(dialog.staff_ids()[0])) == {"100000"}
    qtbot.mouseClick(dialog.seasonal_radio, Qt.MouseButton.LeftButton)

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("年度目标分解", True))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "5" in asked[0]  # May–Aug are locked: asked whether to write the others
    assert not dialog.isVisible()
    row = _select(tab, "E003")
    assert float(_cell(tab, row, "sales_achievement", "target").replace(",", "")) == months[9]
