"""Charts tab: a person's trend, radar and breakdown; a team's ranking, grades and achievement.

matplotlib is imported only when the tab is first shown (``ui.charts.canvas``), so the window
starts without it. Results are computed per period and cached until the data change.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services import choices
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.ui.base_tab import BaseTab

PERSON_CHARTS = ("trend", "radar", "breakdown")
TEAM_CHARTS = ("ranking", "distribution", "achievement")
COMPANY = -1


class ChartsTab(BaseTab):
    topics = ("entries", "periods", "staff", "reviews", "templates")

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self._canvas = None
        self._figure = None
        self._cache: dict[str, object] = {}
        self._loading = False
        self._drawn = False  # the figure asked for last has been drawn on the canvas

        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("chartPeriod")
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("chartScope")
        self.scope_combo.addItem(self.tr("Person"), "person")
        self.scope_combo.addItem(self.tr("Team"), "team")
        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("chartSubject")
        # Shrinkable combos: the tab must not force a minimum window width.
        for combo in (self.period_combo, self.scope_combo, self.subject_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.chart_combo = QComboBox(self)
        self.chart_combo.setObjectName("chartKind")
        self.chart_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chart_combo.setMinimumContentsLength(12)
        self.save_button = QPushButton(self.tr("Save chart…"), self)
        self.save_button.setObjectName("saveChart")

        # Two rows so the tab never forces a wide window.
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_combo)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.scope_combo)
        top.addWidget(self.subject_combo)
        top.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Chart:"), self))
        bottom.addWidget(self.chart_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(bottom)
        self._placeholder = QLabel(self.tr("Loading charts…"), self)
        self._layout.addWidget(self._placeholder, 1)

        self.period_combo.currentIndexChanged.connect(self._redraw)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.subject_combo.currentIndexChanged.connect(self._redraw)
        self.chart_combo.currentIndexChanged.connect(self._redraw)
        self.save_button.clicked.connect(self.save_chart)
        self._fill_charts()

    def title(self) -> str:
        return self.tr("Charts")

    def contribute_actions(self, window) -> None:
        from salesperf_desktop.ui.output_actions import install_output_actions

        install_output_actions(window, self.ui)

    # ----------------------------------------------------------------- data

    def _chart_titles(self) -> dict[str, str]:
        return {
            "trend": self.tr("Score and achievement by month"),
            "radar": self.tr("Dimensions against the team average"),
            "breakdown": self.tr("Indicator breakdown"),
            "ranking": self.tr("Ranking by total"),
            "distribution": self.tr("Grade distribution against the guide"),
            "achievement": self.tr("Sales achievement against target"),
        }

    def _fill_charts(self) -> None:
        scope = self.scope_combo.currentData()
        keys = PERSON_CHARTS if scope == "person" else TEAM_CHARTS
        titles = self._chart_titles()
        self._loading = True
        current = self.chart_combo.currentIndex()
        self.chart_combo.clear()
        for key in keys:
            self.chart_combo.addItem(titles[key], key)
        self.chart_combo.setCurrentIndex(max(0, min(current, len(keys) - 1)))
        self._loading = False

    def _fill_subjects(self) -> None:
        scope = self.scope_combo.currentData()
        previous = self.subject_combo.currentData()
        self._loading = True
        self.subject_combo.clear()
        if scope == "person":
            results = self._results(self._period()) if self._period() else None
            for p in results.people if results else ():
                self.subject_combo.addItem(f"{p.name}（{p.employee_no}）", p.staff_id)
        else:
            self.subject_combo.addItem(self.tr("Whole company"), COMPANY)
            for team in choices.teams(self.ctx):
                self.subject_combo.addItem(team.name, team.id)
        index = self.subject_combo.findData(previous)
        self.subject_combo.setCurrentIndex(max(index, 0))
        self._loading = False

    def _scope_changed(self) -> None:
        self._fill_charts()
        self._fill_subjects()
        self._redraw()

    def _period(self) -> Period | None:
        key = self.period_combo.currentData()
        return Period.parse(key) if key else None

    def _results(self, period: Period):
        key = str(period)
        if key not in self._cache:
            self._cache[key] = period_results(self.ctx, period)
        return self._cache[key]

    # ----------------------------------------------------------------- drawing

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        from salesperf_desktop.ui.charts.canvas import make_canvas

        self._canvas, self._figure = make_canvas(self)
        self._canvas.mpl_connect("draw_event", self._on_drawn)
        self._layout.replaceWidget(self._placeholder, self._canvas)
        self._placeholder.deleteLater()

    def _on_drawn(self, _event) -> None:
        self._drawn = True

    def is_loaded(self) -> bool:
        return super().is_loaded() and self._drawn

    def refresh(self) -> None:
        self._ensure_canvas()
        self._cache.clear()
        previous = self.period_combo.currentData()
        self._loading = True
        self.period_combo.clear()
        periods = cd.chartable_periods(self.ctx)
        for p in periods:
            self.period_combo.addItem(p.label(self.ctx.lang), str(p))
        index = self.period_combo.findData(previous)
        if index < 0:  # default: the latest month with data
            index = next((i for i, p in enumerate(periods) if p.kind == "month"), 0)
        self.period_combo.setCurrentIndex(index)
        self._loading = False
        self._fill_subjects()
        self._redraw()

    def _redraw(self) -> None:
        if self._loading or self._figure is None:
            return
        self._drawn = False  # until the canvas has drawn what is asked for now
        if self.sender() is self.period_combo and self.scope_combo.currentData() == "person":
            self._fill_subjects()
        from salesperf_desktop.ui.charts import figures

        fig = self._figure
        fig.clear()
        chart = self.chart_combo.currentData()
        title = self._chart_titles().get(chart, "")
        period = self._period()
        subject = self.subject_combo.currentData()
        if period is None or subject is None:
            figures.empty(fig, title, self.tr("No results to chart yet"))
            self._canvas.draw_idle()
            return
        heading = f"{title} — {self.subject_combo.currentText()} — {period.label(self.ctx.lang)}"
        draw = {
            "trend": self._draw_trend,
            "radar": self._draw_radar,
            "breakdown": self._draw_breakdown,
            "ranking": self._draw_ranking,
            "distribution": self._draw_distribution,
            "achievement": self._draw_achievement,
        }.get(chart)
        drawn = draw(fig, period, subject, title, heading) if draw is not None else True
        if not drawn:
            fig.clear()
            figures.empty(fig, title, self.tr("No results to chart yet"))
        self._canvas.draw_idle()

    # Each chart draws itself on the figure; False: nothing to draw (the figure says so).

    def _draw_trend(self, fig, period: Period, staff_id: int, title: str, heading: str) -> bool:
        from salesperf_desktop.ui.charts import figures

        months = cd.trend_months(self.ctx, period)
        data = cd.person_trend([self._results(m) for m in months], staff_id, self.ctx.lang)
        figures.trend(
            fig,
            data,
            {
                "title": f"{title} — {self.subject_combo.currentText()}",
                "score": self.tr("Total (% of sheet)"),
                "achievement": self.tr("Sales achievement (%)"),
            },
        )
        return True

    def _draw_radar(self, fig, period: Period, staff_id: int, title: str, heading: str) -> bool:
        from salesperf_desktop.ui.charts import figures

        data = cd.person_radar(self._results(period), staff_id, self.ctx.lang)
        if data is None or len(data.labels) < 3:
            return False
        texts = {
            "title": heading,
            "person": self.subject_combo.currentText(),
            "team": self.tr("Team average"),
        }
        figures.radar(fig, data, texts)
        return True

    def _draw_breakdown(self, fig, period: Period, staff_id: int, title: str, heading: str) -> bool:
        from salesperf_desktop.ui.charts import figures

        data = cd.person_breakdown(self._results(period), staff_id, self.ctx.lang)
        if data is None:
            return False
        texts = {"title": heading, "points": self.tr("Points"), "weight": self.tr("Weight")}
        figures.breakdown(fig, data, texts)
        return True

    def _draw_ranking(self, fig, period: Period, subject: int, title: str, heading: str) -> bool:
        from salesperf_desktop.ui.charts import figures

        data = cd.team_ranking(self._results(period), _team(subject))
        if not data.names:
            return False
        figures.ranking(fig, data, {"title": heading, "axis": self.tr("Total (% of sheet)")})
        return True

    def _draw_distribution(
        self, fig, period: Period, subject: int, title: str, heading: str
    ) -> bool:
        from salesperf_desktop.ui.charts import figures

        data = cd.grade_distribution(self._results(period), _team(subject))
        if not sum(data.actual):
            return False
        texts = {
            "title": heading,
            "actual": self.tr("People"),
            "guide": self.tr("Forced-distribution guide"),
            "axis": self.tr("People"),
        }
        figures.distribution(fig, data, texts)
        return True

    def _draw_achievement(
        self, fig, period: Period, subject: int, title: str, heading: str
    ) -> bool:
        from salesperf_desktop.ui.charts import figures

        data = cd.achievement_by_person(self._results(period), _team(subject))
        if not data.names:
            return False
        texts = {
            "title": heading,
            "target": self.tr("Target"),
            "actual": self.tr("Actual"),
            "axis": self.tr("10,000 yuan"),
        }
        figures.achievement(fig, data, texts)
        return True

    # ----------------------------------------------------------------- saving

    def save_chart(self) -> None:
        if self._figure is None:
            return
        name = f"{self.chart_combo.currentData()}_{self.period_combo.currentData() or ''}.png"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            name,
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in (chosen or "").lower() else ".png"
        self._figure.savefig(path, dpi=150)


def _team(subject: int) -> int | None:
    """The team a team chart is limited to; None for the whole company."""
    return None if subject == COMPANY else subject
