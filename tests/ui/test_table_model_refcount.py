"""RowsTableModel must not unbalance Python's reference count of None (PySide6 6.12).

``super().headerData(...)`` from a Python model loses a reference to None on every call; a
table painted often enough then crashes the interpreter at exit ("none_dealloc").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from salesperf_desktop.ui.table_model import RowsTableModel


def test_painting_a_table_keeps_none_balanced(qtbot):
    model = RowsTableModel(["ID", "Name"])
    model.set_rows([(f"E{i:03d}", "张伟") for i in range(60)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 600)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    before = sys.getrefcount(None)
    for _ in range(5):
        view.grab()
    assert sys.getrefcount(None) - before >= -5  # was about −250 with super().headerData
    assert model.headerData(3, Qt.Orientation.Vertical) == 4  # row numbers as Qt gives them
    assert model.headerData(0, Qt.Orientation.Horizontal) == "ID"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
