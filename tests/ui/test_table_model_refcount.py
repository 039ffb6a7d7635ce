"""Painting a table over RowsTableModel keeps Python's reference count of None balanced.

PySide6 6.12.0 before Python 3.12 loses a reference to None on every Qt call that gives None
back to Python, ``super().headerData(...)`` for a role without a value among them; a table
painted often enough then crashed the interpreter ("none_dealloc"). That is the binding's bug,
not the model's: pyproject.toml keeps that pair out (docs/design/engineering-notes.md), and
the model simply leaves row numbers and unset roles to Qt's default again.
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
    if sys.version_info < (3, 12):  # from 3.12 on None is immortal: its count never moves
        assert sys.getrefcount(None) - before >= -5  # about −250 with PySide6 6.12.0
    assert model.headerData(3, Qt.Orientation.Vertical) == 4  # row numbers, from Qt
    assert model.headerData(0, Qt.Orientation.Horizontal) == "ID"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
