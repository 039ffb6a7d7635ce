"""The Charts tab's chart: drawn by matplotlib (Agg) on a worker thread, shown as an image.

Drawing is matplotlib's one long step: 70–200 ms for a person's trend on a 2-core laptop, more
for a chart with many labels. On the GUI thread (matplotlib's Qt canvas) it froze the window
that long for every chart, period and resize. Here the figure is touched only by the jobs of
one lane of the window's task runner (``FigureDrawer.draw``, one at a time, in order): they
paint it, size it and draw it, and the view (``ChartView``) only shows the finished pixels. The
figure is sized and scaled as matplotlib's Qt canvas sizes it (100 dpi times the screen's pixel
ratio, the widget's size), so the image is the one that canvas drew.

Importing this loads matplotlib (its Agg renderer; not its Qt backend).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesperf_desktop.services.chart_style import configure_matplotlib

DPI = 100  # matplotlib's default, the Qt canvas's too: times the screen's pixel ratio


def prepare() -> None:
    """What every figure needs once per program (the chart font registered); may run in the
    background before the first figure is made."""
    configure_matplotlib()


@dataclass(frozen=True)
class Drawn:
    """A figure drawn: its pixels (RGBA, top row first) at this size, for this pixel ratio."""

    rgba: bytes
    width: int
    height: int
    ratio: float


class FigureDrawer:
    """The figure and its Agg canvas. ``want`` (GUI thread) hands over what to paint next;
    ``draw`` (a worker, one at a time) paints it if there is something new, sizes the figure and
    draws it."""

    def __init__(self) -> None:
        prepare()
        self.figure = Figure(figsize=(8, 4.5), dpi=DPI, layout="constrained")
        self.canvas = FigureCanvasAgg(self.figure)
        self._lock = threading.Lock()
        self._paint: Callable[[Figure], None] | None = None

    def want(self, paint: Callable[[Figure], None]) -> None:
        with self._lock:
            self._paint = paint

    def waiting(self) -> bool:
        """Something is to be painted that no drawing has taken yet."""
        with self._lock:
            return self._paint is not None

    def draw(self, width: int, height: int, ratio: float) -> Drawn:
        """Worker thread. A draw whose result is not wanted any more has still painted what it
        took: the next one draws the same figure at the newest size."""
        with self._lock:
            paint, self._paint = self._paint, None
        figure = self.figure
        if paint is not None:
            figure.clear()
            paint(figure)
        dpi = DPI * ratio
        if figure.dpi != dpi:
            figure.set_dpi(dpi)
        figure.set_size_inches(width / dpi, height / dpi, forward=False)
        self.canvas.draw()
        return Drawn(bytes(self.canvas.buffer_rgba()), width, height, ratio)

    def save(self, path: str) -> None:
        """Worker thread, in the drawing lane: the figure as a PNG or SVG file."""
        self.figure.savefig(path, dpi=150)


class ChartView(QWidget):
    """Shows the last figure drawn; *on_resized* is called when it is shown or resized (its
    owner draws the figure again at ``pixel_size`` when that is not the size shown)."""

    def __init__(self, on_resized: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._on_resized = on_resized
        # The image shown and the pixels it is made of (QImage does not copy them).
        self._shown: tuple[QImage, bytes] | None = None

    def sizeHint(self) -> QSize:
        return QSize(800, 450)  # the figure's 8 × 4.5 inches at 100 dpi

    def minimumSizeHint(self) -> QSize:
        return QSize(10, 10)

    def pixel_size(self) -> tuple[int, int, float]:
        """The size to draw at, in the screen's pixels, and the screen's pixel ratio."""
        ratio = self.devicePixelRatioF()
        return round(self.width() * ratio), round(self.height() * ratio), ratio

    def show_drawn(self, drawn: Drawn) -> None:
        image = QImage(
            drawn.rgba, drawn.width, drawn.height, drawn.width * 4, QImage.Format.Format_RGBA8888
        )
        image.setDevicePixelRatio(drawn.ratio)
        self._shown = image, drawn.rgba
        self.update()

    def shown_size(self) -> tuple[int, int] | None:
        """The size in pixels of the image shown (None before the first)."""
        return None if self._shown is None else (self._shown[0].width(), self._shown[0].height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._on_resized()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._on_resized()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), Qt.GlobalColor.white)  # the figure's own background
            if self._shown is not None:
                painter.drawImage(0, 0, self._shown[0])
        finally:
            painter.end()
