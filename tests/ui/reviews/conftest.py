"""What the Reviews page tests share: the tab on the demo company, pinned to 20 November 2026,
and message boxes recorded instead of shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui_support import ui_for

D = dt.date


@pytest.fixture
def tab(qtbot, demo_ctx):
    demo_ctx.clock = lambda: D(2026, 11, 20)
    widget = ReviewsTab(ui_for(demo_ctx))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def messages(monkeypatch):
    """Warnings and notes the user would see, as (kind, text)."""
    seen: list[tuple[str, str]] = []

    def record(kind):
        def box(_parent, _title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return seen
