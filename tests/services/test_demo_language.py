"""The demo company speaks the language it is made in (the window's, or the CLI's --lang):
a Chinese officer's demo has no English names, a Taiwanese one no simplified characters."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.demo import create_demo_company
from salesperf_desktop.services.progress import run_to_end

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Characters written only in simplified Chinese (their traditional forms differ): none of them
# may appear in a zh_TW demo.
SIMPLIFIED_ONLY = set(
    "国张陈刘赵孙吴郑冯黄静华东产组销经团队创级业务规个为们发这说时会对过还进实际标评额绩数据"
    "计划训练备导录医疗议参与费查违扰专区务档归资报价单复议审级观职责"
)


def demo_texts(ctx) -> list[str]:
    """Everything of the demo the officer reads as a name or a note."""
    from salesperf_desktop.services.events_import import month_events
    from salesperf_desktop.services.overview import overview
    from salesperf_desktop.services.reviews import list_interviews
    from salesperf_desktop.services.staff import list_staff, list_teams
    from salesperf_desktop.services.templates import list_templates

    texts = [overview(ctx).company_name]
    texts += [t.name for t in list_teams(ctx)]
    for person in list_staff(ctx, include_left=True):
        texts += [person.name, person.region, person.team or ""]
    texts += [pick(t.name, ctx.lang) for t in list_templates(ctx)]
    texts += [r.event.note for r in month_events(ctx, Period.parse("2026-09"))]
    texts += [f"{i.staff_name} {i.interviewer} {i.goal}" for i in list_interviews(ctx)]
    return [t for t in texts if t]


@pytest.fixture(scope="module", params=["zh_CN", "zh_TW"])
def made_in(request, tmp_path_factory):
    ctx = build_context(tmp_path_factory.mktemp(request.param) / "demo.sqlite", lang=request.param)
    ctx.clock = lambda: dt.date(2026, 11, 20)
    made = run_to_end(create_demo_company(ctx))
    yield request.param, ctx, made
    ctx.close()


def test_a_chinese_demo_has_no_english_names(made_in):
    _lang, ctx, made = made_in
    texts = demo_texts(ctx)
    assert made.company == "E公司" and made.staff == 13 and made.months == 6
    assert len(texts) > 40
    assert [t for t in texts if LATIN_WORD.search(t)] == []


def test_a_traditional_chinese_demo_has_no_simplified_characters(made_in):
    lang, ctx, _made = made_in
    texts = demo_texts(ctx)
    simplified = [t for t in texts if SIMPLIFIED_ONLY & set(t)]
    if lang == "zh_TW":
        assert simplified == []
        assert "張偉" in texts and "華東成熟產品組" in texts
    else:
        assert "张伟" in texts and "华东成熟产品组" in texts
