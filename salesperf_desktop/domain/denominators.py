"""What an item's "target" figure is: the figure its measure divides by.

For many indicators the entered "target" is not a target at all but a denominator (receivables
for the collection rate, total sales for a share, full marks for a test score, respondents for
NPS); for growth it is the base period's figure. A form that prints it must name it. The name
comes from the indicator's formula in the library ("实际回款金额 ÷ 应收货款金额 × 100%": the part
after "÷"), the base period from the item's ``growth_base``, full marks from a rating scale;
indicators outside the library get the measure's generic word.
"""

from __future__ import annotations

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.library.indicators import INDICATORS
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import ItemResult
from salesperf_desktop.domain.rules import ScaleRule

_FORMULAS = {entry["code"]: entry["formula"] for entry in INDICATORS}
# Words of a library growth formula that say which base; the form names the period instead.
_BASE_WORDS = (
    "上年同期",
    "去年同期",
    "上期",
    "基期",
    "同期",
    "same period last year",
    "the previous period",
    "previous period",
    "in the base period",
)
# Measures whose entered target is what the value is divided by.
_DIVIDED_BY_TARGET = frozenset({"achievement", "ratio", "share", "expense_usage", "count"})


def formula_denominator(indicator: str, lang: str) -> str:
    """The name of what the library formula of *indicator* divides by ("" when none)."""
    text = pick(_FORMULAS.get(indicator), lang)
    if "÷" not in text:
        return ""
    tail = text.rsplit("÷", 1)[1].split("×", 1)[0]
    tail = tail.strip().strip("（）()").strip()
    return tail[:1].upper() + tail[1:] if lang == "en" else tail


def base_period(item: ItemResult, period: Period) -> Period:
    """The period whose figure a growth item compares with (default: same period last year)."""
    if item.item.growth_base == "previous_period":
        return period.previous()
    return period.same_period_last_year()


def _base_noun(indicator: str, lang: str) -> str:
    noun = formula_denominator(indicator, lang)
    for word in _BASE_WORDS:
        noun = noun.replace(word, "").replace(word.capitalize(), "")
    return " ".join(noun.split()).lower() if lang == "en" else noun.strip()


def denominator_label(item: ItemResult, period: Period | None, lang: str) -> str | None:
    """The name of what the item's measure divides by (None: nothing, as for pass/fail, task
    sheet, days). It depends on the template item and the period only, so a batch of forms
    works it out once per item."""
    measure = item.measure
    if measure == "growth":
        noun = _base_noun(item.indicator, lang) or render("denominator.value", {}, lang)
        when = base_period(item, period).label(lang) if period is not None else ""
        code = "denominator.base_period" if when else "denominator.base"
        return render(code, {"what": noun, "period": when}, lang)
    if measure == "rating":
        if isinstance(item.rule, ScaleRule):
            return render("denominator.full_marks", {}, lang)
        return None
    if measure in _DIVIDED_BY_TARGET:
        return formula_denominator(item.indicator, lang) or render(
            f"denominator.{measure}", {}, lang
        )
    return None


def denominator_value(item: ItemResult) -> float | None:
    """The person's figure the measure divides by: the base period's for growth, full marks
    for a rating scale, else the entered target."""
    if item.measure == "growth":
        return item.base
    if item.measure == "rating":
        return item.rule.hi if isinstance(item.rule, ScaleRule) else None
    return item.target
