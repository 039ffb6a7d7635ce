"""The matplotlib canvas (QtAgg) with the shipped CJK font. Importing this loads matplotlib."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from salesperf_desktop.services.chart_style import configure_matplotlib


def prepare() -> None:
    """What every canvas needs once per program (the chart font registered); may run in the
    background before the first canvas is made."""
    configure_matplotlib()


def make_canvas(parent=None) -> tuple[FigureCanvasQTAgg, Figure]:
    prepare()
    figure = Figure(figsize=(8, 4.5), layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    canvas.setParent(parent)
    canvas.setObjectName("chartCanvas")
    return canvas, figure
