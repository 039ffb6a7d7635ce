"""Charts tab: a person's trend, radar and breakdown; a team's ranking, grades and achievement.

The window starts without matplotlib. What a chart shows is computed in the background
(``services.chart_work``: a person chart in the reader process when the program has one; a team
chart here, from the results of its period, kept until the data change), and worded here; the
figure is painted and drawn in the background too (``ui.charts.canvas``: one lane, one drawing
at a time, again when the view is resized), and the view only shows the finished image: the
GUI thread never runs matplotlib. Choosing another period, person or chart meanwhile drops the
computation under way. matplotlib is imported in the background (``ui.charts.loading``:
start-up starts it as soon as the database is open; the tab asks for it when first shown), and
the view is made when there is a first figure to draw and matplotlib is in, so an empty figure
is never drawn first.

``prefetch()`` (start-up, once the window is up, while the officer looks at another tab)
computes the default chart, which is drawn when the tab is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services import choices
from salesperf_desktop.services.chart_work import (
    COMPANY,
    PERSON_CHARTS,
    TEAM_CHARTS,
    ChartRequest,
    ChartWork,
    chart_work,
    person_chart,
)
from salesperf_desktop.services.reader_process import reader
from salesperf_desktop.services.start_reads import chart_start_period
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.charts import loading
from salesperf_desktop.ui.file_dialogs import get_save_file_name
from salesperf_desktop.ui.progress_strip import ProgressStrip

if TYPE_CHECKING:  # matplotlib loads when the canvas is made
    from matplotlib.figure import Figure


# The lane of the task runner in which the figure is painted and drawn, one job at a time.
DRAWING = "chart-drawing"


class ChartsTab(BaseTab):
    topics = ("entries", "periods", "staff", "reviews", "templates")

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self._drawer = None  # the figure and its Agg canvas (drawn in DRAWING)
        self._view = None  # what shows the figure drawn
        self._cache: dict[str, object] = {}
        self._loading = False
        self._drawn_period = None
        self._drawn = False  # the figure asked for last has been drawn on the canvas
        # What to draw on the figure when the tab is next shown (computed while hidden).
        self._pending: Callable[[Figure], None] | None = None
        self._sent = None  # the person chart's read handed to the reader process last
        self._subjects: list[tuple[str, object]] = []  # what the subject combo lists
        # The person or team chosen last in each scope (a staff id and a team id may be the
        # same number: one scope's choice is never looked for in the other's list).
        self._chosen: dict[str, object] = {}
        self._people: list = []  # the people of the person chart read last

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
        self.progress = ProgressStrip(self)
        self._layout.addWidget(self.progress)
        self._placeholder = QLabel(self.tr("Loading charts…"), self)
        self._layout.addWidget(self._placeholder, 1)

        self.period_combo.currentIndexChanged.connect(self._redraw)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.subject_combo.currentIndexChanged.connect(self._subject_chosen)
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
        fit_widest_item(self.chart_combo, most=40)
        self._loading = False

    def _fill_subjects(self, people=None) -> None:
        """The people of the period's results (*people*), or the teams; keeps the choice.

        The same list again (another chart, or a month with the same people) leaves the combo
        as it is: refilling and measuring 3,000 names held the GUI thread some 40 ms on every
        chart the officer chose."""
        scope = self.scope_combo.currentData()
        if scope == "person":
            items = [(f"{p.name}（{p.employee_no}）", p.staff_id) for p in people or ()]
        else:
            items = [(self.tr("Whole company"), COMPANY)]
            items += [(team.name, team.id) for team in choices.teams(self.ctx)]
        if items == self._subjects:
            return
        previous = self._chosen.get(scope)
        self._loading = True
        self.subject_combo.clear()
        for text, data in items:
            self.subject_combo.addItem(text, data)
        self._subjects = items
        index = self.subject_combo.findData(previous) if previous is not None else -1
        self.subject_combo.setCurrentIndex(max(index, 0))
        self._chosen[scope] = self.subject_combo.currentData()
        fit_widest_item(self.subject_combo)
        self._loading = False

    def _subject_chosen(self) -> None:
        if not self._loading:
            self._chosen[self.scope_combo.currentData()] = self.subject_combo.currentData()
        self._redraw()

    def _scope_changed(self) -> None:
        """The other scope's list, with the person or team chosen there last."""
        self._fill_charts()
        if self.scope_combo.currentData() == "team":
            self._fill_subjects()
        else:
            self._fill_subjects(self._people)
        self._redraw()

    def _period(self) -> Period | None:
        key = self.period_combo.currentData()
        return Period.parse(key) if key else None

    # ----------------------------------------------------------------- drawing

    def _ensure_canvas(self) -> None:
        if self._drawer is not None:
            return
        from salesperf_desktop.ui.charts.canvas import ChartView, FigureDrawer

        self._drawer = FigureDrawer()
        self._view = ChartView(self._draw_at_new_size, self)
        self._layout.replaceWidget(self._placeholder, self._view)
        self._placeholder.deleteLater()

    def _draw_figure(self) -> None:
        """Draw the figure at the view's size in the drawing lane (a newer drawing supersedes
        one still waiting); the view shows it when drawn."""
        width, height, ratio = self._view.pixel_size()
        if not self._view.isVisible() or width < 1 or height < 1:
            return  # drawn once shown and laid out (``_draw_at_new_size``)
        drawer = self._drawer

        def job(_cancel):
            yield from ()
            return drawer.draw(width, height, ratio)

        self.ui.tasks.run(
            self.tr("Drawing the chart"),
            job,
            self._figure_drawn,
            self,
            show_dialog=False,
            cancellable=False,
            lane=DRAWING,
            latest=f"draw-{id(self)}",
        )

    def _figure_drawn(self, outcome) -> None:
        if outcome.error is not None or outcome.cancelled:
            return  # (told by the task runner)
        self._view.show_drawn(outcome.result)
        self._drawn = True

    def _draw_at_new_size(self) -> None:
        """The view shown or resized: drawn again if the image is not of its size, or if
        something waits to be painted."""
        if self._drawer.waiting() or self._view.shown_size() != self._view.pixel_size()[:2]:
            self._draw_figure()

    def is_loaded(self) -> bool:
        tasks = self.ui.tasks
        return (
            super().is_loaded()
            and not tasks.busy("charts")
            and not tasks.busy(DRAWING)
            and self._drawn
        )

    def prefetch(self) -> None:
        """Start-up, while another tab is shown: compute the default chart (and load matplotlib,
        unless start-up has started that already) in the background, so the first visit to the
        tab only draws it."""
        self.ensure_fresh()
        loading.load_in_background(self.ui.tasks, self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        loading.load_in_background(self.ui.tasks, self)  # while the chart's data are computed
        self._paint_pending()

    def _present(self, paint: Callable[[Figure], None]) -> None:
        """Draw with *paint* on the figure now if the tab is shown, else on its next show."""
        self._pending = paint
        if self.isVisible():
            self._paint_pending()

    def _paint_pending(self) -> None:
        if self._pending is None:
            return
        if not loading.loaded():  # drawn once matplotlib is in (never imported here)
            loading.load_in_background(self.ui.tasks, self, self._matplotlib_loaded)
            return
        paint, self._pending = self._pending, None
        self._ensure_canvas()
        self._drawer.want(paint)
        self._draw_figure()

    def _matplotlib_loaded(self, outcome) -> None:
        if outcome.error is not None:  # a broken installation: logged by the task runner
            self._placeholder.setText(outcome.message)
            return
        if self.isVisible():
            self._paint_pending()

    def refresh(self) -> None:
        self._pending = None  # computed for data that have changed since
        self._cache.clear()
        previous = self.period_combo.currentData()
        self._loading = True
        self.period_combo.clear()
        periods = cd.chartable_periods(self.ctx)
        for p in periods:
            self.period_combo.addItem(p.label(self.ctx.lang), str(p))
        index = self.period_combo.findData(previous)
        start = chart_start_period(periods)
        if index < 0 and start is not None:  # default: the latest month with data
            index = periods.index(start)
        self.period_combo.setCurrentIndex(index)
        fit_widest_item(self.period_combo)
        self._loading = False
        if self.scope_combo.currentData() == "team":
            self._fill_subjects()
        self._redraw()

    def _redraw(self) -> None:
        """Compute what the chart needs in the background (the results of its periods, then its
        data), then draw it once. A newer choice drops the computation under way."""
        if self._loading:
            return
        self._drawn = False  # until the canvas has drawn what is asked for now
        chart = self.chart_combo.currentData()
        period = self._period()
        if period is None:
            self._draw(chart, None, None, None)
            return
        request = ChartRequest(
            chart=chart,
            period=period,
            scope=self.scope_combo.currentData(),
            subject=self.subject_combo.currentData(),
            lang=self.ctx.lang,
        )
        ctx, dropped = self.ctx, self._sent
        job, elsewhere = self._job(request)
        self.ui.tasks.run(
            render("progress.computing_period", {"period": period.label(ctx.lang)}, ctx.lang),
            job,
            lambda outcome: self._computed(request, outcome),
            self,
            view=self.progress,
            lane="charts",
            latest=f"chart-{id(self)}",
            elsewhere=elsewhere,
        )
        reader.drop(dropped)  # (after the run: its job, superseded, no longer waits for it)

    def _job(self, request: ChartRequest):
        """The job computing *request*, and whether it only waits for the reader process.

        A person chart is read there when the program has one (the start's chart: a person's
        trend): its request and its work are small to pickle. A team chart is computed here
        from the tab's period results: they do not pickle, are megabytes at 3,000 people, and
        serve the period's other team charts (benchmarks/README.md, stop 21)."""
        ctx = self.ctx
        self._sent = None
        if request.scope == "person":
            self._sent, job = reader.job(ctx, person_chart, request)
            if self._sent is not None:
                return job, True
        known = dict(self._cache)
        return (lambda _cancel: chart_work(ctx, request, known)), False

    def _computed(self, request: ChartRequest, outcome) -> None:
        if outcome.cancelled:  # back to the period drawn last
            self._drawn = True  # the figure shown is the one drawn last
            index = self.period_combo.findData(self._drawn_period)
            if index >= 0:
                self._loading = True
                self.period_combo.setCurrentIndex(index)
                self._loading = False
            return
        if outcome.error is not None:
            title = self._chart_titles().get(request.chart, "")
            message = outcome.message or self.tr("No results to chart yet")
            self._present(lambda fig: _figures().empty(fig, title, message))
            return
        work: ChartWork = outcome.result
        self._cache.update(work.computed)
        if request.scope == "person":
            self._people = work.people
            self._fill_subjects(work.people)
        self._drawn_period = str(request.period)
        self._draw(request.chart, request.period, work.subject, work.data)

    def _draw(self, chart, period: Period | None, subject, data) -> None:
        """Draw *data* (computed in the background): worded here, drawn in the drawing lane
        (when the tab is shown; computed while hidden, it is drawn on the next show)."""
        title = self._chart_titles().get(chart, "")
        words = {
            "trend": self._trend_texts,
            "radar": self._radar_texts,
            "breakdown": self._breakdown_texts,
            "ranking": self._ranking_texts,
            "distribution": self._distribution_texts,
            "achievement": self._achievement_texts,
        }.get(chart)
        if isinstance(data, cd.GradedByQuarter):
            nothing = self.tr("Appraised by quarter: a month has no grades. Choose the quarter.")
            self._present(lambda fig: _figures().empty(fig, title, nothing))
        elif period is None or subject is None or data is None or words is None:
            nothing = self.tr("No results to chart yet")
            self._present(lambda fig: _figures().empty(fig, title, nothing))
        else:
            subject_text = self.subject_combo.currentText()
            heading = f"{title} — {subject_text} — {period.label(self.ctx.lang)}"
            texts = words(data, title, heading, subject_text)
            self._present(lambda fig: _drawing(chart)(fig, data, texts))

    # Each chart's words (the figure is drawn with them on a worker thread: no Qt there).

    def _trend_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {
            "title": f"{title} — {subject}",
            "score": self.tr("Total (% of sheet)"),
            "achievement": self.tr("Sales achievement (%)"),
        }

    def _radar_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {"title": heading, "person": subject, "team": self.tr("Team average")}

    def _breakdown_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {"title": heading, "points": self.tr("Points"), "weight": self.tr("Weight")}

    def _ranking_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {
            "title": heading,
            "axis": self.tr("Total (% of sheet)"),
            "left_out": self._left_out(data.left_out),
        }

    def _distribution_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {
            "title": heading,
            "actual": self.tr("People"),
            "guide": self.tr("Forced-distribution guide"),
            "axis": self.tr("People"),
        }

    def _achievement_texts(self, data, title: str, heading: str, subject: str) -> dict[str, str]:
        return {
            "title": heading,
            "target": self.tr("Target"),
            "actual": self.tr("Actual"),
            "axis": self.tr("10,000 yuan"),
            "left_out": self._left_out(data.left_out),
        }

    def _left_out(self, count: int) -> str:
        """The label between the first and the last people of a chart over many
        (``charts_data.MOST_PEOPLE``)."""
        return self.tr("… %1 more …").replace("%1", str(count))

    # ----------------------------------------------------------------- saving

    def save_chart(self) -> None:
        if self._drawer is None:
            return
        name = f"{self.chart_combo.currentText()}_{self.period_combo.currentText()}.png"
        path, chosen = get_save_file_name(
            self,
            self.tr("Save chart"),
            name,
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in (chosen or "").lower() else ".png"
        drawer = self._drawer

        def job(_cancel):  # in the drawing lane: after the drawing under way, never beside it
            yield from ()
            drawer.save(path)

        self.ui.tasks.run(
            self.tr("Save chart"),
            job,
            lambda _outcome: None,  # (a failure is told by the task runner)
            self,
            show_dialog=False,
            cancellable=False,
            lane=DRAWING,
        )


def _figures():
    from salesperf_desktop.ui.charts import figures  # loads matplotlib

    return figures


def _drawing(chart: str):
    """The function of ``ui.charts.figures`` that draws *chart* (in the drawing lane)."""
    figures = _figures()
    return {
        "trend": figures.trend,
        "radar": figures.radar,
        "breakdown": figures.breakdown,
        "ranking": figures.ranking,
        "distribution": figures.distribution,
        "achievement": figures.achievement,
    }[chart]


def fit_widest_item(combo: QComboBox, most: int = 28) -> None:
    """Wide enough for its longest item (王建国（E001） was cut to 王建国（E00), counted in the
    "x" widths the combo measures by; at most *most*, so a long name cannot widen the window."""
    metrics = combo.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    per_char = max(1, metrics.horizontalAdvance("x"))
    combo.setMinimumContentsLength(min(most, max(6, -(-widest // per_char))))
