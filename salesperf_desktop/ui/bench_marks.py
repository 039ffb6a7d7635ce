"""Honest moments for benchmarks/ (``--bench-marks``): "every tab truly ready".

``when_every_tab_ready(window, mark, done)`` shows the window's tabs one after the other, the
way an officer clicks through them: the current tab first, then Charts (so its first show is
timed as an officer who opens the program and goes to Charts meets it), then the others in
order. A tab counts as ready when

- it has loaded its data (``BaseTab.is_loaded``: a tab that loads in the background says so
  while its lane of the task runner is busy; Charts, also until its figure has been drawn;
  the whole-file check and start-up backup running in the background are not waited for:
  the tabs are usable meanwhile),
- and the tab has been painted after that (a zero-timer after a Paint event of the tab or one
  of its children, on the turn of the event loop after the paint and its flush; see
  ui/first_paint.py for what "painted" means offscreen and on a real display).

``mark(name, tab)`` is called when a tab is asked for ("begin") and when it is ready ("ready");
``done()`` once every tab is ready. Nothing here runs unless a benchmark asks for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 2


class _PaintAfter(QObject):
    """Calls *callback* on the event-loop turn after the next paint of *widget* or a child."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        QApplication.instance().installEventFilter(self)
        widget.update()  # a paint is due now: the tab as it is, loaded

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._widget or self._widget.isAncestorOf(watched))
        ):
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        QApplication.instance().removeEventFilter(self)
        self.deleteLater()
        callback()


def visiting_order(window) -> list[int]:
    """The current tab, then Charts, then the others in their order."""
    from salesperf_desktop.ui.charts_tab import ChartsTab

    tabs = window.tabs
    current = tabs.currentIndex()
    charts = [i for i in range(tabs.count()) if isinstance(tabs.widget(i), ChartsTab)]
    order = [current] + [i for i in charts if i != current]
    return order + [i for i in range(tabs.count()) if i not in order]


def when_every_tab_ready(
    window,
    mark: Callable[[str, str], None],
    done: Callable[[], None],
) -> None:
    tabs = window.tabs
    order = visiting_order(window)
    timer = QTimer(window)
    timer.setInterval(POLL_MS)

    def name(index: int) -> str:
        return type(tabs.widget(index)).__name__

    def visit() -> None:
        if not order:
            panel = getattr(window, "due_panel", None)  # 本月待办 beside the tabs, too
            if panel is not None and not panel.is_loaded():
                QTimer.singleShot(POLL_MS, visit)
                return
            timer.deleteLater()
            done()
            return
        index = order[0]
        mark(name(index), "begin")
        tabs.setCurrentIndex(index)  # shows the tab: it loads (at once, or starts its tasks)
        timer.start()

    def poll() -> None:
        tab = tabs.widget(order[0])
        if not tab.is_loaded():
            return
        timer.stop()
        _PaintAfter(tab, painted)

    def painted() -> None:
        mark(name(order.pop(0)), "ready")
        visit()

    timer.timeout.connect(poll)
    visit()
