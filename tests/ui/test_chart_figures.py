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


# ----------------------------------------------------------------- team charts over many people


def _canvas(size=(8, 4.5)):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from salesperf_desktop.services.chart_style import configure_matplotlib

    configure_matplotlib()
    fig = Figure(figsize=size, dpi=100, layout="constrained")
    return fig, FigureCanvasAgg(fig)


def _pixels(canvas) -> np.ndarray:
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _plain_ranking(fig, data: cd.Ranking, t) -> None:
    """The ranking as it was drawn before a chart could leave people out: a bar each."""
    from salesperf_desktop.ui.charts.figures import BLUE, GRADE_COLOURS

    ax = fig.add_subplot()
    ys = list(range(len(data.names)))[::-1]
    ax.barh(ys, data.percents, color=[GRADE_COLOURS.get(g, BLUE) for g in data.grades])
    for y, v, g in zip(ys, data.percents, data.grades, strict=True):
        ax.text(v, y, f" {v:.1f}  {g}", va="center", fontsize=8)
    ax.set_yticks(ys, data.names)
    ax.set_xlabel(t["axis"])
    ax.set_xlim(0, max([100.0, *data.percents]) * 1.12)
    ax.set_title(t["title"])


def _plain_achievement(fig, data: cd.Achievement, t) -> None:
    ax = fig.add_subplot()
    xs = list(range(len(data.names)))
    ax.bar([x - 0.2 for x in xs], [v / 10000 for v in data.targets], 0.4, label=t["target"])
    ax.bar([x + 0.2 for x in xs], [v / 10000 for v in data.actuals], 0.4, label=t["actual"])
    for x, rate, top in zip(xs, data.rates, data.actuals, strict=True):
        if rate is not None:
            ax.text(
                x + 0.2, top / 10000, f"{rate * 100:.0f}%", ha="center", va="bottom", fontsize=8
            )
    ax.set_xticks(xs, data.names, rotation=30 if len(xs) > 8 else 0)
    ax.set_ylabel(t["axis"])
    ax.set_title(t["title"])
    ax.legend()


RANKING_TEXTS = {
    "title": "总分排名 — 全公司",
    "axis": "总分（占满分%）",
    "left_out": "… 另有 7 人 …",
}
ACHIEVEMENT_TEXTS = {
    "title": "销售目标达成情况",
    "target": "目标",
    "actual": "实际",
    "axis": "万元",
}


def _ranking(count: int, seed: int, left_out: int = 0) -> cd.Ranking:
    rnd = random.Random(seed)
    percents = sorted(
        (rnd.choice([50.0, rnd.uniform(-5, 125)]) for _ in range(count)), reverse=True
    )
    return cd.Ranking(
        names=[
            rnd.choice(["王建国", "欧阳小明", "李娜", "O'Brien"]) + f"{n}" for n in range(count)
        ],
        percents=percents,
        grades=[rnd.choice(["S", "A", "B", "C", "D", ""]) for _ in range(count)],
        left_out=left_out,
    )


def _achievement(count: int, seed: int, left_out: int = 0) -> cd.Achievement:
    rnd = random.Random(seed)
    targets = [rnd.choice([0.0, 80000.0, rnd.uniform(1e4, 5e5)]) for _ in range(count)]
    actuals = [rnd.uniform(0, 4e5) for _ in range(count)]
    return cd.Achievement(
        names=[f"员工{n:02d}" for n in range(count)],
        targets=targets,
        actuals=actuals,
        rates=[a / t if t else None for a, t in zip(actuals, targets, strict=True)],
        left_out=left_out,
    )


def _drawn_alike(draw, plain, data, texts) -> bool:
    """*draw* and *plain* draw *data* to the same pixels."""
    fig, canvas = _canvas()
    draw(fig, data, texts)
    plain_fig, plain_canvas = _canvas()
    plain(plain_fig, data, texts)
    return np.array_equal(_pixels(canvas), _pixels(plain_canvas))


@pytest.mark.parametrize(("count", "seed"), [(1, 1), (12, 2), (30, 3)])
def test_a_ranking_that_fits_is_the_image_it_was(count, seed):
    from salesperf_desktop.ui.charts import figures

    assert _drawn_alike(figures.ranking, _plain_ranking, _ranking(count, seed), RANKING_TEXTS)


@pytest.mark.parametrize(("count", "seed"), [(1, 4), (8, 5), (9, 6), (20, 7)])
def test_an_achievement_chart_that_fits_is_the_image_it_was(count, seed):
    from salesperf_desktop.ui.charts import figures

    data = _achievement(count, seed)
    assert _drawn_alike(figures.achievement, _plain_achievement, data, ACHIEVEMENT_TEXTS)


def test_a_ranking_of_many_has_its_two_halves_and_says_how_many_are_between():
    from salesperf_desktop.ui.charts import figures

    fig, canvas = _canvas()
    figures.ranking(fig, _ranking(30, 8, left_out=7), RANKING_TEXTS)
    canvas.draw()
    ax = fig.axes[0]
    bars = sorted(ax.patches, key=lambda bar: -bar.get_y())  # top to bottom
    assert len(bars) == 30
    labels = {
        round(tick): label.get_text()
        for tick, label in zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    }
    gap = round(bars[14].get_y() + bars[14].get_height() / 2) - 1  # the place below the 15th
    assert labels[gap] == "… 另有 7 人 …"
    assert gap not in {round(bar.get_y() + bar.get_height() / 2) for bar in bars}


def test_an_achievement_chart_of_many_leaves_room_for_how_many_are_between():
    from salesperf_desktop.ui.charts import figures

    texts = {**ACHIEVEMENT_TEXTS, "left_out": "… 另有 280 人 …"}
    fig, canvas = _canvas()
    figures.achievement(fig, _achievement(20, 9, left_out=280), texts)
    canvas.draw()
    ax = fig.axes[0]
    assert len(ax.patches) == 40  # a target and an actual for each of the 20
    centres = sorted({round(bar.get_x() + bar.get_width(), 6) for bar in ax.patches[:20]})
    labels = dict(zip(ax.get_xticks(), (t.get_text() for t in ax.get_xticklabels()), strict=True))
    assert labels[11.0] == "… 另有 280 人 …"  # the middle of three empty places after the 10th
    assert 11.0 not in centres and 10.0 not in centres and 12.0 not in centres
