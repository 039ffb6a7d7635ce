"""The printed form's numbers add up, for every demo person in every demo month and quarter:
items → their subtotal, subtotals → the indicator points, and the indicator points with the team
share and each bonus/penalty line → the total (domain/explain.py)."""

from __future__ import annotations

from collections import defaultdict

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import demo
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.pdf.form_data import forms_for_period
from salesperf_desktop.services.pdf.forms import fmt_points
from tests.services.test_pdf_forms import pdf_pages, render_bytes


def demo_periods() -> list[Period]:
    """Every month of the demo company and every quarter they fall in."""
    year, first = demo.FIRST_MONTH
    months = [Period.month(year, first + i) for i in range(demo.MONTHS)]
    quarters = sorted({m.quarter_of() for m in months})
    return [*months, *quarters]


def cents(text: str) -> int:
    """A printed amount ("97.37", "+10.00", "-0.65") in cents."""
    return round(float(text) * 100)


def test_the_demo_covers_team_share_bonus_penalty_and_veto():
    """What the checks below go through: guard against a demo that stops exercising them."""
    assert [str(p) for p in demo_periods()] == [
        "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
        "2026-Q2", "2026-Q3", "2026-Q4",
    ]  # fmt: skip


def test_every_printed_form_adds_up(demo_ctx):
    kinds: set[str] = set()
    with demo_ctx.session() as session:
        for period in demo_periods():
            forms = forms_for_period(session, period, lang="zh_CN")
            assert len(forms) == len(compute_period(session, period).people) >= 10, period
            for form in forms:
                who = f"{period} {form.employee_no}"
                by_dim: dict[str, int] = defaultdict(int)
                for item in form.items:
                    by_dim[item.dimension] += cents(fmt_points(item.points))
                dims = {d.label: cents(fmt_points(d.points)) for d in form.dimensions}
                assert by_dim == dims, who
                assert sum(dims.values()) == cents(fmt_points(form.items_points)), who
                lines = form.explanation
                assert lines[0].kind == "items_points" and lines[-1].kind == "total", who
                assert lines[0].amount == fmt_points(form.items_points), who
                assert lines[-1].amount == fmt_points(form.total), who
                terms = [cents(x.amount) for x in lines[:-1] if x.amount]
                assert sum(terms) == cents(lines[-1].amount), who
                kinds.update(x.kind for x in lines)
    assert {"team", "adjustment", "veto"} <= kinds  # the demo has all of them


def test_e007s_september_form_prints_the_team_share_and_milestone_that_make_the_total(
    demo_ctx,
):
    """Seed 002: 30 % tied to the team goal (the innovative team's market share, 20.6 % of a
    20 % target in September: 103 points); a milestone bonus of 10 (seed 002: 10 top-tier
    hospital trials)."""
    september = Period.parse("2026-09")
    with demo_ctx.session() as session:
        (form,) = [
            f for f in forms_for_period(session, september, lang="zh_CN") if f.employee_no == "E007"
        ]
        result = next(
            p.result for p in compute_period(session, september).people if p.employee_no == "E007"
        )
    assert [(x.text, x.amount) for x in form.explanation] == [
        ("指标得分", "90.37"),
        (
            "团队目标“区域市场份额达标率”：目标 20%，实际 20.6%，达成率 103%（封顶 120%），"
            "团队得分 103.00；团队挂钩 30%：（103.00 − 指标得分 90.37）× 30%",
            "+3.79",
        ),
        ("里程碑奖励（累计完成 10 家三甲医院临床试用，达成里程碑。）", "+10.00"),
        ("总分", "104.16"),
    ]
    assert f"{result.team_score:.2f}" == "103.00" and result.team_share == 0.3
    text = "".join(pdf_pages(render_bytes([form])))
    assert "得分构成" in text and "区域市场份额达标率" in text.replace(" ", "")
    for amount in ("90.37", "+3.79", "+10.00", "104.16"):
        assert amount in text


def test_e003s_september_form_prints_the_late_arrival_between_points_and_total(demo_ctx):
    """Seed 004: −1 per late arrival. 98.37 − 1.00 = 97.37."""
    with demo_ctx.session() as session:
        (form,) = [
            f
            for f in forms_for_period(session, Period.parse("2026-09"), lang="zh_TW")
            if f.employee_no == "E003"
        ]
    assert [(x.kind, x.amount) for x in form.explanation] == [
        ("items_points", "98.37"),
        ("adjustment", "-1.00"),
        ("total", "97.37"),
    ]
    assert form.explanation[0].text == "指標得分"
    assert form.explanation[1].text.startswith("遲到/早退")
    assert form.explanation[-1].text == "總分"
