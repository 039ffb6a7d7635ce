"""Texts of the company policy (考核制度), the self-summary (自我总结) and the 0-1-2 helper."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "policy.coefficient_rises": {
        "zh_CN": "等级 {grade} 的系数高于更好的等级 {better}",
        "zh_TW": "等級 {grade} 的係數高於更好的等級 {better}",
        "en": "Grade {grade} has a higher coefficient than the better grade {better}",
    },
    "policy.rater_unknown": {
        "zh_CN": "未知的评价人：{role}",
        "zh_TW": "未知的評價人：{role}",
        "en": "Unknown rater: {role}",
    },
    "policy.rater_negative": {
        "zh_CN": "评价人权重不能为负数（{role}）",
        "zh_TW": "評價人權重不能為負數（{role}）",
        "en": "A rater weight cannot be negative ({role})",
    },
    "policy.supervisor_needed": {
        "zh_CN": "上级评价的权重必须大于 0",
        "zh_TW": "上級評價的權重必須大於 0",
        "en": "The supervisor's weight must be above 0",
    },
    "policy.rater_sum": {
        "zh_CN": "评价人权重合计 {total}%，应为 100%",
        "zh_TW": "評價人權重合計 {total}%，應為 100%",
        "en": "Rater weights add up to {total} %; they must add up to 100 %",
    },
    "policy.grade_unknown": {
        "zh_CN": "等级 {grade} 不在等级表中",
        "zh_TW": "等級 {grade} 不在等級表中",
        "en": "Grade {grade} is not in the grade bands",
    },
    "policy.promotion_grades_empty": {
        "zh_CN": "请至少选择一个晋升等级",
        "zh_TW": "請至少選擇一個晉升等級",
        "en": "Choose at least one grade for promotion",
    },
    "policy.promotion_run": {
        "zh_CN": "连续次数应在 1 到 12 之间（现为 {value}）",
        "zh_TW": "連續次數應在 1 到 12 之間（現為 {value}）",
        "en": "The run must be 1 to 12 results (now {value})",
    },
    "policy.days_range": {
        "zh_CN": "天数应在 1 到 30 个工作日之间（现为 {value}）",
        "zh_TW": "天數應在 1 到 30 個工作日之間（現為 {value}）",
        "en": "Days must be 1 to 30 working days (now {value})",
    },
    "policy.common_practice": {
        "zh_CN": "常用做法",
        "zh_TW": "常用做法",
        "en": "Common practice",
    },
    "policy.unconfirmed": {
        "zh_CN": "请确认考核制度",
        "zh_TW": "請確認考核制度",
        "en": "Please confirm the appraisal policy",
    },
    "policy.footnote": {
        "zh_CN": "考核制度第 {version} 版",
        "zh_TW": "考核制度第 {version} 版",
        "en": "Appraisal policy version {version}",
    },
    "policy.footnote_unconfirmed": {
        "zh_CN": "考核制度第 {version} 版（未确认）",
        "zh_TW": "考核制度第 {version} 版（未確認）",
        "en": "Appraisal policy version {version} (not confirmed)",
    },
    "policy.invalid": {
        "zh_CN": "考核制度有误，未保存：{problems}",
        "zh_TW": "考核制度有誤，未儲存：{problems}",
        "en": "The policy has errors and was not saved: {problems}",
    },
    "summary.locked": {
        "zh_CN": "考核表已签字，自我总结不能再修改（只能通过申诉更正）",
        "zh_TW": "考核表已簽字，自我總結不能再修改（只能透過申訴更正）",
        "en": "The form is signed: the self-summary can no longer change (only through an appeal)",
    },
    "weighting.zero_weight": {
        "zh_CN": (
            "0-1-2 评分法给 {names} 的权重为 0%，低于单项权重下限 5%（种子文件 004：“考核指标的"
            "权重一般在5%~30%之间”）。常用的更正：每个指标的行合计加 1 后重新计算，或把过低的权重"
            "提到 5% 再按比例调整其余指标。"
        ),
        "zh_TW": (
            "0-1-2 評分法給 {names} 的權重為 0%，低於單項權重下限 5%（種子檔案 004：“考核指标的"
            "权重一般在5%~30%之间”）。常用的更正：每個指標的列合計加 1 後重新計算，或把過低的權重"
            "提到 5% 再按比例調整其餘指標。"
        ),
        "en": (
            "The 0-1-2 method gives {names} a weight of 0 %, below the 5 % floor for a single "
            "indicator (seed 004: “考核指标的权重一般在5%~30%之间”). The usual corrections: add 1 "
            "to every row sum and recompute, or raise the low weights to 5 % and scale the "
            "others to fit."
        ),
    },
}
