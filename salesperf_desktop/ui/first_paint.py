"""Run something once a window has been painted for the first time (start-up in two steps).

"Painted" means the first Paint event of the window has been processed: Qt paints the whole
window into its backing store and flushes it to the platform in one go, and the zero-timer
queued at that event runs on the next turn of the event loop, after the flush. Offscreen, the
flush is a copy into an image; on a real display, it hands the pixels to the window system,
whose compositor shows them on its next frame (no widget API reports that moment).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int | None):
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A window that is never painted (minimised, no screen) must still finish opening.
        if fallback_ms is not None:
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
    widget: QWidget, callback: Callable[[], None], *, fallback_ms: int | None = 300
) -> None:
    """Call *callback* once, on the event-loop turn after *widget*'s first paint (or after
    *fallback_ms* without a paint; None: only after a real paint)."""
    _FirstPaint(widget, callback, fallback_ms)
