"""The printed form says what each number is and whose each page is: the target column names
the denominator, the result, the 上级评语 and the signatures share a page, and every page
carries the person, the period and "第 x 页 / 共 y 页"."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.pdf_forms import form_data_for, forms_for_period, render_forms
from tests.services.test_pdf_forms import _big_form, staff_id

SEPTEMBER = Period.parse("2026-09")
HEAD_BAND = 40.0  # points from the top edge: the running head, above the body


def pdf(forms) -> PdfReader:
    buffer = io.BytesIO()
    render_forms(forms, buffer)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader.pages]


def head_of(page) -> str:
    """The text drawn in the top band of a page (the running head)."""
    top = float(page.mediabox.height) - HEAD_BAND
    parts: list[str] = []

    def visit(text, cm, tm, _font, _size):
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if y > top:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return flat("".join(parts))


def by_indicator(form) -> dict[str, object]:
    return {item.indicator: item for item in form.items}


def test_form_data_names_the_denominator_of_each_measure(demo_ctx):
    with demo_ctx.session() as session:
        forms = {f.employee_no: f for f in forms_for_period(session, SEPTEMBER, lang="zh_CN")}
        rep = compute_period(session, SEPTEMBER, staff_ids=[staff_id(session, "E003")])
    growth = next(it for it in rep.people[0].result.items if it.indicator == "sales_growth")
    mature = by_indicator(forms["E003"])
    assert mature["销售回款率"].target_label == "应收货款金额"
    assert mature["产品知识测试成绩"].target_label == "满分"
    assert mature["销售目标达成率"].target_label == "目标销售额"
    # Growth: the base period's figure, named with its period, never the sales target.
    assert mature["销售增长率"].target_label == "基期销售额（2025年9月）"
    assert mature["销售增长率"].target == growth.base != growth.target
    assert mature["团队协作与信息共享"].target_label == "满分"  # a 1–5 rating
    with demo_ctx.session() as session:  # appraised by quarter: the quarter's form
        quarter = forms_for_period(session, SEPTEMBER.quarter_of(), lang="zh_CN")
    innovative = by_indicator(next(f for f in quarter if f.employee_no == "E007"))
    assert innovative["客户净推荐值（NPS）"].target_label == "受访人数"
    manager = by_indicator(forms["E002"])
    assert manager["销售费用使用率"].target_label == "销售费用预算"
    assert manager["下属销售人员达标率"].target_label == "所带销售人员总数"


def test_the_printed_target_column_shows_the_names(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E003"), SEPTEMBER, "zh_CN")
    text = "".join(page_texts(pdf([form])))
    assert "目标/基数" in text
    for name in ("应收货款金额", "基期销售额（2025年9月）", "满分", "目标拜访次数"):
        assert name in text, name


def test_an_english_form_names_them_in_english(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E003"), SEPTEMBER, "en")
    items = by_indicator(form)
    assert items["Collection rate"].target_label == "Amount receivable"
    assert items["Sales growth rate"].target_label == "Base-period sales (Sep 2025)"


def _page_of(pages: list[str], needle: str) -> int:
    found = [i for i, text in enumerate(pages) if needle in text]
    assert len(found) == 1, (needle, found)
    return found[0]


@pytest.mark.parametrize("n", range(8, 33, 3))
def test_total_comment_and_signatures_share_a_page(n):
    """Whatever the length of the score table, the result never ends a page alone."""
    form = _big_form(n)
    form.supervisor_comment = "业绩稳定，回款需加强。" * 6
    pages = page_texts(pdf([form]))
    total = _page_of(pages, "总分：")
    assert _page_of(pages, "上级评语") == total
    assert _page_of(pages, "签字确认") == total
    assert _page_of(pages, "人力资源部签字") == total
    assert "测试员（T001）" in pages[total] and "2026年9月" in pages[total]


def test_a_reps_form_keeps_the_bottom_block_together(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E003"), SEPTEMBER, "zh_CN")
    form.supervisor_comment = "本月回款与拜访均达成目标。"
    pages = page_texts(pdf([form]))
    total = _page_of(pages, "总分：")
    assert _page_of(pages, "本月回款与拜访均达成目标。") == total
    assert _page_of(pages, "签字确认") == total


def test_every_page_carries_person_period_and_page_x_of_y(demo_ctx):
    with demo_ctx.session() as session:
        forms = [
            form_data_for(session, staff_id(session, no), SEPTEMBER, "zh_CN")
            for no in ("E003", "E002", "E001", "E005")
        ]
    for form in forms:
        _check_heads(form)


def _check_heads(form) -> None:
    reader = pdf([form, _big_form(40)])  # two forms in one file: each counts its own pages
    heads = [head_of(page) for page in reader.pages]
    mine = [h for h in heads if form.employee_no in h]
    assert mine, heads
    for number, head in enumerate(mine, start=1):
        assert f"{form.name}（{form.employee_no}）" in head
        assert "2026年9月" in head
        assert f"第{number}页/共{len(mine)}页" in head
    others = heads[len(mine) :]
    assert len(others) >= 2
    for number, head in enumerate(others, start=1):
        assert "测试员（T001）" in head and f"第{number}页/共{len(others)}页" in head
