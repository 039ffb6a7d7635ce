"""Helpers the UI tests share."""

from __future__ import annotations


def ui_for(ctx, *, today=None):
    """The UiContext a tab or dialog is given, around *ctx*; *today* pins the clock."""
    from salesperf_desktop.ui.base_tab import DataEvents
    from salesperf_desktop.ui.tasks import TaskRunner
    from salesperf_desktop.ui.ui_context import UiContext

    clock = (lambda: today) if today is not None else None
    return UiContext(ctx, DataEvents(), TaskRunner(), clock)
