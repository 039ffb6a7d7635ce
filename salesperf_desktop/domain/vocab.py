"""Stable codes the template format uses, with their localised names."""

from __future__ import annotations

DIMENSIONS: dict[str, dict[str, str]] = {
    "results": {"zh_CN": "核心销售业绩", "zh_TW": "核心銷售業績", "en": "Core sales results"},
    "behaviour": {
        "zh_CN": "销售行为与过程",
        "zh_TW": "銷售行為與過程",
        "en": "Sales behaviour and process",
    },
    "skill_compliance": {
        "zh_CN": "专业能力与合规",
        "zh_TW": "專業能力與合規",
        "en": "Professional skill and compliance",
    },
    "customer": {"zh_CN": "客户关系", "zh_TW": "客戶關係", "en": "Customer relationship"},
    "team_growth": {
        "zh_CN": "团队协作与发展",
        "zh_TW": "團隊協作與發展",
        "en": "Teamwork and development",
    },
    "management": {"zh_CN": "管理职责", "zh_TW": "管理職責", "en": "Management duties"},
}

# measure → localised noun for the value the rule receives (used in rule descriptions)
MEASURES: dict[str, dict[str, str]] = {
    "achievement": {"zh_CN": "完成率", "zh_TW": "達成率", "en": "achievement"},
    "ratio": {"zh_CN": "比率", "zh_TW": "比率", "en": "ratio"},
    "share": {"zh_CN": "占比", "zh_TW": "佔比", "en": "share"},
    "growth": {"zh_CN": "增长率", "zh_TW": "成長率", "en": "growth"},
    "expense_usage": {"zh_CN": "费用使用率", "zh_TW": "費用使用率", "en": "expense usage"},
    "count": {"zh_CN": "数量", "zh_TW": "數量", "en": "count"},
    "rating": {"zh_CN": "评分", "zh_TW": "評分", "en": "rating"},
    "pass_fail": {"zh_CN": "是否通过", "zh_TW": "是否通過", "en": "pass/fail"},
    "task_sheet": {"zh_CN": "工作任务书得分", "zh_TW": "工作任務書得分", "en": "task-sheet score"},
    "days": {"zh_CN": "天数", "zh_TW": "天數", "en": "days"},
}

# Measures whose value is a rate (shown as a percentage in rule texts and forms).
RATE_MEASURES = frozenset({"achievement", "ratio", "share", "growth", "expense_usage"})

RATERS: dict[str, dict[str, str]] = {
    "supervisor": {"zh_CN": "上级", "zh_TW": "上級", "en": "supervisor"},
    "self": {"zh_CN": "自评", "zh_TW": "自評", "en": "self"},
    "peer": {"zh_CN": "同事", "zh_TW": "同事", "en": "peer"},
}

CYCLES = ("monthly", "quarterly")
GROWTH_BASES = ("previous_year", "previous_period")
