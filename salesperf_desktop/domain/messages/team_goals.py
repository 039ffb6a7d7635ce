"""Team goals (seed 002's 团队绩效池): refusals of a goal as typed, and its measures."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "team_goal.measure": _t(
        "团队目标的计量方式 {value} 无效（应为金额或百分比）",
        "團隊目標的計量方式 {value} 無效（應為金額或百分比）",
        "The team goal's measure {value} is invalid (an amount or a percentage)",
    ),
    "team_goal.negative": _t(
        "团队目标的目标值和实际值不能为负数（{value}）",
        "團隊目標的目標值和實際值不能為負數（{value}）",
        "A team goal's target and actual cannot be negative ({value})",
    ),
    "team_goal.name_required": _t(
        "请填写团队目标的名称（如 区域市场份额达标率）",
        "請填寫團隊目標的名稱（如 區域市場份額達標率）",
        "Give the team goal a name (e.g. regional market share attainment)",
    ),
    "team_goal.not_number": _t(
        "“{value}”不是数字", "「{value}」不是數字", "{value!r} is not a number"
    ),
    "team_goal.amount": _t("金额", "金額", "Amount"),
    "team_goal.percent": _t("百分比（%）", "百分比（%）", "Percentage (%)"),
    "team_goal.not_entered": _t("团队目标未录入", "團隊目標未錄入", "Team goal not entered"),
}
