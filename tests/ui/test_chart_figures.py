"""The trend's layout shortcuts (ui/charts/figures.py) change no pixel: the same figure drawn
the plain matplotlib way (every value label and the legend measured for the layout, every
label tested for lying inside the axes, the title placed clear of what is above the axes) is
the same image, on messy data and small canvases."""

from __future__ import annotations

import random

import numpy as np
import pytest

from salesperf_desktop.services import charts_data as cd

TEXTS = {"title": "按月的得分与达成 — 王建国（E0001）", "score": "得分率", "achievement": "达成率"}


def _messy(seed: int, months: int) -> cd.Trend:
    rnd = random.Random(seed)

    def score():
        roll = rnd.random()
        if roll < 0.2:
            return None  # a month that does not list the person
        if roll < 0.4:
            return rnd.choice([0.0, 100.0, -47.2, 224.97])  # ties, a minus sign, wide labels
        return rnd.uniform(40, 120)

    return cd.Trend(
        labels=[f"{2024 + m // 12}年{m % 12 + 1}月" for m in range(months)],
        percents=[score() for _ in range(months)],
        achievements=[None if rnd.random() < 0.3 else rnd.uniform(-0.5, 3) for _ in range(months)],
    )


def _image(data: cd.Trend, size: tuple[float, float], *, plain: bool) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.text import Annotation

    from salesperf_desktop.services.chart_style import configure_matplotlib
    from salesperf_desktop.ui.charts import figures

    configure_matplotlib()
    fig = Figure(figsize=size, dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    figures.trend(fig, data, TEXTS)
    if plain:  # matplotlib's own rule: everything measured, every label tested, title placed
        fig.axes[0]._autotitlepos = True  # what set_title() without y= leaves
        for artist in fig.axes[0].get_children():
            if isinstance(artist, Annotation | Legend):
                artist.set_in_layout(True)
            if isinstance(artist, Annotation):
                artist.set_annotation_clip(None)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


CASES = [
    # (seed, months, figure inches): the small canvases are where a label left out of the
    # layout would show (a 24-month trend's end labels, the highest label, under the title).
    (1, 12, (8.2, 4.6)),
    (2, 24, (4, 3)),
    (3, 24, (3, 2.2)),
    (4, 12, (4, 3)),
    (5, 1, (3, 2.2)),
    (6, 2, (8.2, 4.6)),
    (7, 7, (2.5, 2)),
    (8, 24, (2.5, 2)),
    (9, 12, (14, 7)),
    (10, 24, (3.5, 2.5)),
]


@pytest.mark.parametrize(("seed", "months", "size"), CASES)
def test_the_trend_is_the_image_matplotlib_lays_out_by_its_own_rule(seed, months, size):
    data = _messy(seed, months)
    assert np.array_equal(_image(data, size, plain=False), _image(data, size, plain=True))


@pytest.mark.parametrize(("months", "size"), [(24, (2.0, 2.5)), (36, (2.5, 2.5))])
def test_a_wide_label_next_to_a_narrow_end_one_is_laid_out_as_matplotlib_does(months, size):
    """“-47.2” beside an end label “1.0” reaches further out than it on a crowded axis."""
    values = [60.0 + i % 5 for i in range(months)]
    values[0] = values[-1] = 1.0
    values[1] = values[-2] = -47.2
    values[months // 2] = 120.0  # the highest, measured anyway
    data = cd.Trend(
        labels=[f"{2024 + m // 12}年{m % 12 + 1}月" for m in range(months)],
        percents=values,
        achievements=[0.9] * months,
    )
    assert np.array_equal(_image(data, size, plain=False), _image(data, size, plain=True))


@pytest.mark.parametrize("size", [(8.2, 4.6), (2.5, 2.5)])
def test_a_trend_flat_at_100_percent_keeps_its_title_in_place(size):
    """Achievement 100.0001 % every month: an offset (“+1e2”) above the % axis would have
    pushed the title up on a narrow canvas; the axis writes whole values instead."""
    data = cd.Trend(
        labels=["2026年1月", "2026年2月", "2026年3月"],
        percents=[None, None, None],
        achievements=[1.000001, 1.000002, 1.000003],
    )
    assert np.array_equal(_image(data, size, plain=False), _image(data, size, plain=True))


def test_a_trend_without_scores_draws_no_value_labels():
    data = cd.Trend(
        labels=["2026年1月", "2026年2月"], percents=[None, None], achievements=[0.9, None]
    )
    assert np.array_equal(_image(data, (4, 3), plain=False), _image(data, (4, 3), plain=True))
