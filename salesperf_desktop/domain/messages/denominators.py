"""Names of what a measure divides by, for indicators whose formula does not name it
(domain/denominators.py), and the growth base with its period."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "denominator.achievement": _t("目标值", "目標值", "Target"),
    "denominator.count": _t("目标数", "目標數", "Target count"),
    "denominator.ratio": _t("分母（总数）", "分母（總數）", "Denominator (whole)"),
    "denominator.share": _t("总额", "總額", "Total"),
    "denominator.expense_usage": _t("预算", "預算", "Budget"),
    "denominator.full_marks": _t("满分", "滿分", "Full marks"),
    "denominator.value": _t("值", "值", "value"),
    "denominator.base_period": _t(
        "基期{what}（{period}）", "基期{what}（{period}）", "Base-period {what} ({period})"
    ),
    "denominator.base": _t("基期{what}", "基期{what}", "Base-period {what}"),
}
