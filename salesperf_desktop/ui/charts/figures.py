"""Draw one chart on a matplotlib Figure from charts_data results. Texts come translated."""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from salesperf_desktop.services import charts_data as cd

GRADE_COLOURS = {"S": "#2e7d32", "A": "#66bb6a", "B": "#42a5f5", "C": "#ffa726", "D": "#e53935"}
BLUE, ORANGE, GREY = "#1f77b4", "#ff7f0e", "#9e9e9e"


def empty(fig: Figure, title: str, message: str) -> None:
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_axis_off()


def trend(fig: Figure, data: cd.Trend, t: dict[str, str]) -> None:
    ax = fig.add_subplot()
    xs = list(range(len(data.labels)))
    score = [math.nan if v is None else v for v in data.percents]
    ach = [math.nan if v is None else v * 100 for v in data.achievements]
    ax.plot(xs, score, marker="o", color=BLUE, label=t["score"])
    ax.plot(xs, ach, marker="s", color=ORANGE, label=t["achievement"])
    ax.axhline(100, color=GREY, linewidth=0.8, linestyle="--")
    _label_points(ax, xs, score)
    # A year of month names (“2026年10月”) is wider than the axis at a laptop's width: slanted,
    # each reads whole instead of running into the next.
    slant = len(xs) > 6
    ax.set_xticks(
        xs,
        data.labels,
        rotation=35 if slant else 0,
        ha="right" if slant else "center",
        rotation_mode="anchor",
    )
    ax.set_ylabel("%")
    # Whole values on the % axis, never an offset (“+1e2”, of a trend flat at 100.0001 %): then
    # nothing is drawn above the axes but the title, which stays where matplotlib would put it,
    # without the layout and the draw working that out three times over.
    ax.yaxis.get_major_formatter().set_useOffset(False)
    ax.set_title(t["title"], y=1.0)
    legend = ax.legend(loc="best")  # clear of the points and their labels
    # "best" places it inside the axes: it cannot widen the margins, so the layout need not
    # find its place (twice) before the draw does.
    legend.set_in_layout(False)
    ax.grid(axis="y", alpha=0.3)


def _label_points(ax, xs: list[int], values: list[float]) -> None:
    """Each point's value just above it. The axes are scaled to the points, so every label is
    drawn (no inside-the-axes test per label and layout pass), and only the labels that can
    reach furthest out are measured for the layout: the margins come out the same."""
    shown = [(x, f"{v:.1f}", v) for x, v in zip(xs, values, strict=True) if not math.isnan(v)]
    measured = _outermost([text for _x, text, _v in shown], [v for _x, _text, v in shown])
    for i, (x, text, v) in enumerate(shown):
        label = ax.annotate(
            text,
            (x, v),
            textcoords="offset points",
            xytext=(0, 6),
            ha="center",
            annotation_clip=False,
        )
        label.set_in_layout(i in measured)


def _outermost(texts: list[str], values: list[float]) -> set[int]:
    """The labels (left to right, one font and offset) that can reach furthest up, left or
    right: the highest; and, from either end inwards, each wider than every one before it (one
    further in and no wider ends inside its neighbour's reach). Digits are of one width, and a
    minus sign narrower than a digit, in the chart font as in its fallback."""
    if not texts:
        return set()
    chosen = {max(range(len(values)), key=values.__getitem__)}
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        widest = None
        for i in order:
            width = (len(texts[i]), not texts[i].startswith("-"))
            if widest is None or width > widest:
                widest = width
                chosen.add(i)
    return chosen


def radar(fig: Figure, data: cd.Radar, t: dict[str, str]) -> None:
    n = len(data.labels)
    angles = [2 * math.pi * i / n for i in range(n)]
    ax = fig.add_subplot(projection="polar")
    for values, colour, name in ((data.person, BLUE, t["person"]), (data.team, ORANGE, t["team"])):
        closed = [*values, values[0]]
        ax.plot([*angles, angles[0]], closed, color=colour, label=name)
        ax.fill([*angles, angles[0]], closed, color=colour, alpha=0.15)
    ax.set_xticks(angles, data.labels)
    top = max(100.0, *data.person, *data.team)
    ax.set_ylim(0, top * 1.05)
    ax.set_title(t["title"], pad=18)
    ax.legend(loc="upper left", bbox_to_anchor=(1.08, 1.0))


def breakdown(fig: Figure, data: cd.Breakdown, t: dict[str, str]) -> None:
    ax = fig.add_subplot()
    ys = list(range(len(data.labels)))[::-1]
    ax.barh(ys, data.max_points, color="#e0e0e0", label=t["weight"])
    ax.barh(ys, data.points, height=0.5, color=BLUE, label=t["points"])
    for y, v in zip(ys, data.points, strict=True):
        ax.text(v, y, f" {v:.2f}", va="center", fontsize=8)
    ax.set_yticks(ys, data.labels)
    ax.set_xlabel(t["points"])
    ax.set_title(t["title"])
    ax.legend(loc="lower right")


def _slots(count: int, left_out: int, wide: int = 1) -> tuple[list[int], float | None]:
    """The places of *count* bars, one after another; when people are left out between the
    first and the second half (``charts_data.MOST_PEOPLE``), *wide* empty places between the
    halves, and the middle of those (for the label that says how many)."""
    if not left_out:
        return list(range(count)), None
    half = count // 2
    return [*range(half), *range(half + wide, count + wide)], half + (wide - 1) / 2


def ranking(fig: Figure, data: cd.Ranking, t: dict[str, str]) -> None:
    ax = fig.add_subplot()
    slots, gap = _slots(len(data.names), data.left_out)
    top = slots[-1] if slots else 0
    ys = [top - slot for slot in slots]  # the first one at the top
    colours = [GRADE_COLOURS.get(g, BLUE) for g in data.grades]
    ax.barh(ys, data.percents, color=colours)
    for y, v, g in zip(ys, data.percents, data.grades, strict=True):
        ax.text(v, y, f" {v:.1f}  {g}", va="center", fontsize=8)
    if gap is None:
        ax.set_yticks(ys, data.names)
    else:
        ax.set_yticks([*ys, top - gap], [*data.names, t["left_out"]])
    ax.set_xlabel(t["axis"])
    ax.set_xlim(0, max([100.0, *data.percents]) * 1.12)
    ax.set_title(t["title"])


def distribution(fig: Figure, data: cd.GradeCounts, t: dict[str, str]) -> None:
    ax = fig.add_subplot()
    xs = list(range(len(data.grades)))
    colours = [GRADE_COLOURS.get(g, BLUE) for g in data.grades]
    ax.bar(xs, data.actual, width=0.6, color=colours, label=t["actual"])
    ax.plot(xs, data.expected, "D--", color="#424242", label=t["guide"])
    for x, v in zip(xs, data.actual, strict=True):
        ax.text(x, v, str(v), ha="center", va="bottom")
    ax.set_xticks(xs, data.grades)
    ax.set_ylabel(t["axis"])
    ax.set_title(t["title"])
    ax.legend()


def achievement(fig: Figure, data: cd.Achievement, t: dict[str, str]) -> None:
    ax = fig.add_subplot()
    xs, gap = _slots(len(data.names), data.left_out, wide=3)  # room for its slanted label
    ax.bar([x - 0.2 for x in xs], [v / 10000 for v in data.targets], 0.4, label=t["target"])
    ax.bar([x + 0.2 for x in xs], [v / 10000 for v in data.actuals], 0.4, label=t["actual"])
    for x, rate, top in zip(xs, data.rates, data.actuals, strict=True):
        if rate is not None:
            ax.text(
                x + 0.2, top / 10000, f"{rate * 100:.0f}%", ha="center", va="bottom", fontsize=8
            )
    rotation = 30 if len(xs) > 8 else 0
    if gap is None:
        ax.set_xticks(xs, data.names, rotation=rotation)
    else:
        ax.set_xticks([*xs, gap], [*data.names, t["left_out"]], rotation=rotation)
    ax.set_ylabel(t["axis"])
    ax.set_title(t["title"])
    ax.legend()
