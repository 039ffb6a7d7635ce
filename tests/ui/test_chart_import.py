"""matplotlib loaded without its help() property tables (services.chart_style) draws every
chart of the Charts tab to the same pixels as matplotlib loaded its own way.

Each way runs in a fresh interpreter: in this one matplotlib may be loaded already, and what is
skipped happens only while it loads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRAW_EVERY_CHART = r"""
import hashlib, json, sys

if sys.argv[1] == "lean":
    from salesperf_desktop.services.chart_style import import_without_property_tables

    import_without_property_tables()
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services.chart_style import configure_matplotlib
from salesperf_desktop.ui.charts import figures

configure_matplotlib()
names = ["王建国（E0001）", "李娜（E0002）", "O'Brien-Łukasz（E0003）", "欧阳　小明（E0004）"]
charts = {
    "trend": lambda fig: figures.trend(fig, cd.Trend(
        labels=["2026年1月", "2026年2月", "2026年3月", "2026年4月"],
        percents=[88.5, None, -12.0, 224.97],
        achievements=[1.02, 0.0, None, 2.5],
    ), {"title": "按月的得分与达成 — 王建国（E0001）", "score": "得分率", "achievement": "达成率"}),
    "radar": lambda fig: figures.radar(fig, cd.Radar(
        labels=["业绩", "客户", "流程", "学习与成长", "合规"],
        person=[95.0, 40.0, 0.0, 120.0, 100.0],
        team=[80.0, 60.5, 70.0, 90.0, 100.0],
    ), {"title": "能力雷达 — 2026年4月", "person": names[0], "team": "团队平均"}),
    "breakdown": lambda fig: figures.breakdown(fig, cd.Breakdown(
        labels=["销售达成率", "回款率", "新客户开发数", "拜访完成率"],
        points=[30.0, -5.0, 12.5, 0.0],
        max_points=[30.0, 20.0, 25.0, 10.0],
    ), {"title": "得分明细", "points": "得分", "weight": "权重"}),
    "ranking": lambda fig: figures.ranking(fig, cd.Ranking(
        names=names, percents=[112.0, 99.9, 60.0, 0.0], grades=["S", "A", "C", "D"]
    ), {"title": "团队排名", "axis": "得分率"}),
    "distribution": lambda fig: figures.distribution(fig, cd.GradeCounts(
        grades=["S", "A", "B", "C", "D"], actual=[1, 0, 7, 2, 1], expected=[1.1, 2.2, 5.5, 1.1, 1.1]
    ), {"title": "等级分布", "actual": "实际人数", "guide": "建议人数", "axis": "人数"}),
    "achievement": lambda fig: figures.achievement(fig, cd.Achievement(
        names=names, targets=[100000.0, 0.0, 5e6, 250.0], actuals=[120000.0, 30.0, 1e6, 0.0],
        rates=[1.2, None, 0.2, 0.0],
    ), {"title": "目标与实际", "target": "目标", "actual": "实际", "axis": "万元"}),
}
pixels = {}
for name, draw in charts.items():
    fig = Figure(figsize=(8, 4.5), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    draw(fig)
    canvas.draw()
    pixels[name] = hashlib.sha256(bytes(canvas.buffer_rgba())).hexdigest()
tables = "Properties:" in (Line2D.set.__doc__ or "")
print(json.dumps({"pixels": pixels, "tables": tables}))
"""


def _drawn(way: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", DRAW_EVERY_CHART, way],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_chart_draws_the_same_pixels_without_the_property_tables():
    lean, plain = _drawn("lean"), _drawn("plain")
    assert set(lean["pixels"]) == {
        "trend",
        "radar",
        "breakdown",
        "ranking",
        "distribution",
        "achievement",
    }
    assert lean["pixels"] == plain["pixels"]
    # The tables were really skipped (a matplotlib that no longer builds them with ``kwdoc``
    # would keep them, and the start its 0.1 s): matplotlib's own way has them.
    assert plain["tables"]
    assert not lean["tables"]
    assert len(set(lean["pixels"].values())) == 6  # each chart drew something of its own
