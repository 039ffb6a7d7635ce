"""Shared behaviour of the main window's tabs: the context, lazy refresh, change notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the context module loads SQLAlchemy; the first paint does without it
    from salesperf_desktop.ui.ui_context import UiContext


class DataEvents(QObject):
    """Tabs announce what they changed; others refresh when next shown (or at once)."""

    changed = Signal(str)  # topic: "staff", "templates", "entries", "reviews", "periods", "*"


class BaseTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.ctx = ui.ctx
        self.events = ui.events
        self._stale = True
        self.events.changed.connect(self._on_data_changed)

    # Topics this tab shows; a change of any of them makes the tab stale.
    topics: tuple[str, ...] = ("*",)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database. Subclasses implement."""
        raise NotImplementedError

    def is_loaded(self) -> bool:
        """The tab shows its data (benchmarks' "every tab ready", ui/bench_marks.py). A tab
        that loads in the background or draws later says so by overriding this."""
        return not self._stale

    def prefetch(self) -> None:
        """Start-up, while another tab is shown (``MainWindow.prefetch_hidden_tabs``): a tab
        that loads in the background starts loading now. Others load when first shown, since
        their loading would hold the GUI thread."""

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, topic: str) -> None:
        if topic == "*" or "*" in self.topics or topic in self.topics:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_fresh()


def add_menu_actions(window, entries) -> None:
    """The menu entries a tab contributes to the window: ``(menu, text, slot, object name)``."""
    from PySide6.QtGui import QAction

    for menu, text, slot, name in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)
