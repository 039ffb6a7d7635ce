"""Annual targets split by season in the targets dialog, driven like a user."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from salesperf_desktop.ui.entry.targets_dialog import TargetsDialog
from tests.ui.modal import modal_dialog
from tests.ui_support import cell_text, entry_tab, select_person, shot, wait_loaded


def _months_shown(dialog, row=1):
    """The twelve monthly targets the dialog shows in a person's row (after the name and the
    annual target)."""
    return [dialog.table.item(row, 2 + m).text() for m in range(12)]


def test_annual_target_split_seasonally(qtbot, demo_ctx, monkeypatch):
    tab = entry_tab(qtbot, demo_ctx)
    row = select_person(tab, "E003")
    tab.targets()
    dialog = modal_dialog(qtbot, TargetsDialog)
    qtbot.waitExposed(dialog)
    dialog.indicator_box.setCurrentIndex(dialog.indicator_box.findData("sales_achievement"))
    assert dialog.seasonal_radio.isChecked()
    dialog.table.item(1, 1).setText("1,200,000")
    months = [float(t.replace(",", "")) for t in _months_shown(dialog)]
    assert sum(Decimal(str(m)) for m in months) == 1_200_000
    assert months[1] < months[0] < months[11]  # February trough, December peak
    shot(dialog, "targets_dialog")
    # the even split
    qtbot.mouseClick(dialog.even_radio, Qt.MouseButton.LeftButton)
    assert set(_months_shown(dialog)) == {"100000"}
    qtbot.mouseClick(dialog.seasonal_radio, Qt.MouseButton.LeftButton)

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("年度目标分解", True))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # written in the background
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "5" in asked[0]  # May–Aug are locked: asked whether to write the others
    wait_loaded(qtbot, tab)
    row = select_person(tab, "E003")
    assert float(cell_text(tab, row, "sales_achievement", "target").replace(",", "")) == months[9]
