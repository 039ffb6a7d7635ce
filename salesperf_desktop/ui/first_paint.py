"""Run something once a window has been painted for the first time (start-up in two steps)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A window that is never painted (minimised, no screen) must still finish opening.
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            # Let this paint finish and reach the screen first.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        callback()


def call_after_first_paint(
    widget: QWidget, callback: Callable[[], None], *, fallback_ms: int = 300
) -> None:
    """Call *callback* once, on the event-loop turn after *widget*'s first paint."""
    _FirstPaint(widget, callback, fallback_ms)
