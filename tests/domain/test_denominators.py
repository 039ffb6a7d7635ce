"""What a form's target column holds is named: the figure each measure divides by."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from salesperf_desktop.domain.denominators import denominator_label, denominator_value
from salesperf_desktop.domain.library import INDICATORS, indicator
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import ItemResult
from salesperf_desktop.domain.rules import parse_rule
from salesperf_desktop.domain.template import TemplateItem

SEPTEMBER = Period.parse("2026-09")


def denominator(item: ItemResult, period: Period | None, lang: str):
    """What a form prints in the target column: the name and the figure (None: nothing)."""
    label = denominator_label(item, period, lang)
    return None if label is None else SimpleNamespace(label=label, value=denominator_value(item))


def scored(code: str, *, target=None, actual=None, base=None, growth_base=None, measure=None):
    entry = indicator(code) if code in {e["code"] for e in INDICATORS} else None
    item = TemplateItem(
        indicator=code,
        dimension=entry["dimension"] if entry else "results",
        weight=10,
        measure=measure or entry["measure"],
        rule=parse_rule(entry["default_rule"] if entry else {"kind": "linear"}),
        name=entry["name"] if entry else {"zh_CN": code},
        growth_base=growth_base,
    )
    return ItemResult(item, target, actual, base, None, 0.0, 0.0)


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("collection_rate", "zh_CN", "应收货款金额"),
        ("collection_rate", "zh_TW", "應收帳款金額"),
        ("collection_rate", "en", "Amount receivable"),
        ("new_product_share", "zh_CN", "总销售额"),
        ("new_product_share", "en", "Total sales"),
        ("product_knowledge_test", "zh_CN", "满分"),
        ("nps", "zh_CN", "受访人数"),
        ("nps", "en", "Respondents"),
        ("sales_achievement", "zh_CN", "目标销售额"),
        ("sales_expense_usage", "zh_CN", "销售费用预算"),
    ],
)
def test_the_target_column_names_what_the_measure_divides_by(code, lang, name):
    found = denominator(scored(code, target=420000.0), SEPTEMBER, lang)
    assert found.label == name
    assert found.value == 420000.0  # the entered figure, under its real name


@pytest.mark.parametrize(
    ("growth_base", "lang", "name"),
    [
        (None, "zh_CN", "基期销售额（2025年9月）"),
        ("previous_year", "zh_TW", "基期銷售額（2025年9月）"),
        ("previous_period", "zh_CN", "基期销售额（2026年8月）"),
        (None, "en", "Base-period sales (Sep 2025)"),
    ],
)
def test_growth_shows_the_base_periods_figure_with_the_period_named(growth_base, lang, name):
    item = scored(
        "sales_growth", target=441000.0, actual=495800.0, base=423981.0, growth_base=growth_base
    )
    found = denominator(item, SEPTEMBER, lang)
    assert found.label == name
    assert found.value == 423981.0  # the base, never the sales target


def test_a_rating_shows_the_scales_full_marks():
    found = denominator(scored("work_attitude"), SEPTEMBER, "zh_CN")
    assert (found.label, found.value) == ("满分", 5)


def test_pass_fail_task_sheet_and_days_divide_by_nothing():
    assert denominator(scored("compliance_veto", target=1.0), SEPTEMBER, "zh_CN") is None
    assert denominator(scored("task_sheet"), SEPTEMBER, "zh_CN") is None
    assert denominator(scored("mentor_first_sale_days"), SEPTEMBER, "zh_CN") is None


def test_an_indicator_outside_the_library_gets_its_measures_word():
    custom = scored("my_own_ratio", target=50.0, measure="ratio")
    assert denominator(custom, SEPTEMBER, "zh_CN").label == "分母（总数）"
    assert denominator(scored("my_sales", measure="achievement"), None, "en").label == "Target"


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_library_indicator_that_divides_names_its_denominator(lang):
    for entry in INDICATORS:
        found = denominator(scored(entry["code"], target=1.0, base=1.0), SEPTEMBER, lang)
        if entry["measure"] in ("pass_fail", "task_sheet", "days"):
            assert found is None
            continue
        assert found.label, entry["code"]
        assert "÷" not in found.label and "×" not in found.label, entry["code"]


def test_a_frozen_result_keeps_which_base_growth_compares_with():
    item = scored("sales_growth", base=1.0, growth_base="previous_period")
    again = ItemResult.from_dict(item.to_dict("zh_CN"))
    assert denominator(again, SEPTEMBER, "zh_CN").label == "基期销售额（2026年8月）"
    assert "growth_base" not in scored("sales_growth").to_dict()  # old snapshots unchanged
