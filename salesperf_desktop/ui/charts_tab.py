"""Charts tab. matplotlib is imported only when the tab is first shown (start-up stays fast)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout
from sqlalchemy import func, select

from salesperf_desktop.storage.models import MetricEntry, Period, PeriodKind
from salesperf_desktop.ui.base_tab import BaseTab

SALES_INDICATOR = "sales_achievement"


class ChartsTab(BaseTab):
    topics = ("entries", "periods", "staff")

    def __init__(self, ctx, events, parent=None):
        super().__init__(ctx, events, parent)
        self._canvas = None
        self._figure = None
        self._layout = QVBoxLayout(self)
        self._placeholder = QLabel(self.tr("Loading charts…"), self)
        self._layout.addWidget(self._placeholder)

    def title(self) -> str:
        return self.tr("Charts")

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from salesperf_desktop.services.chart_style import configure_matplotlib

        configure_matplotlib()
        self._figure = Figure(figsize=(8, 4), layout="constrained")
        self._canvas = FigureCanvasQTAgg(self._figure)
        self._canvas.setObjectName("chartCanvas")
        self._layout.replaceWidget(self._placeholder, self._canvas)
        self._placeholder.deleteLater()

    def refresh(self) -> None:
        self._ensure_canvas()
        with self.ctx.session() as session:
            rows = session.execute(
                select(
                    Period.year,
                    Period.number,
                    func.sum(MetricEntry.target),
                    func.sum(MetricEntry.actual),
                )
                .join(Period, Period.id == MetricEntry.period_id)
                .where(
                    Period.kind == PeriodKind.MONTH, MetricEntry.indicator_code == SALES_INDICATOR
                )
                .group_by(Period.year, Period.number)
                .order_by(Period.year, Period.number)
            ).all()
        fig = self._figure
        fig.clear()
        ax = fig.add_subplot()
        labels = [f"{y}-{m:02d}" for y, m, _t, _a in rows]
        targets = [(t or 0) / 10000 for *_x, t, _a in rows]
        actuals = [(a or 0) / 10000 for *_x, a in rows]
        xs = range(len(rows))
        ax.bar([x - 0.2 for x in xs], targets, width=0.4, label=self.tr("Target"))
        ax.bar([x + 0.2 for x in xs], actuals, width=0.4, label=self.tr("Actual"))
        ax.set_xticks(list(xs), labels)
        ax.set_title(self.tr("Company sales by month (10,000 yuan)"))
        if rows:
            ax.legend()
        else:
            ax.text(0.5, 0.5, self.tr("No sales entered yet"), ha="center", transform=ax.transAxes)
        self._canvas.draw_idle()
