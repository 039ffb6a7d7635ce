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
        "zh_CN": "评价人权重合计 {total:g}%，应为 100%",
        "zh_TW": "評價人權重合計 {total:g}%，應為 100%",
        "en": "Rater weights add up to {total:g} %; they must add up to 100 %",
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
    "policy.source.grades": {
        "zh_CN": "常用做法：种子文件未规定等级分数段和系数（种子文件 002 只说“扣分直接影響績效等級”）。",
        "zh_TW": "常用做法：種子檔案未規定等級分數段和係數（種子檔案 002 只說“扣分直接影響績效等級”）。",
        "en": "Common practice: no seed sets grade bands or coefficients (seed 002 only says "
        "deductions affect the grade, “扣分直接影響績效等級”).",
    },
    "policy.source.distribution": {
        "zh_CN": "常用做法：种子文件未规定强制分布；比例只用于检查，不改变等级。",
        "zh_TW": "常用做法：種子檔案未規定強制分佈；比例只用於檢查，不改變等級。",
        "en": "Common practice: no seed sets a forced distribution; the guide only checks, it "
        "never changes a grade.",
    },
    "policy.source.rater_weights": {
        "zh_CN": "常用做法：种子文件没有给出评价人权重。种子文件 004 第七条只说“可实行360度多角度全面考核”；"
        "70/10/20 不是种子文件的数字。",
        "zh_TW": "常用做法：種子檔案沒有給出評價人權重。種子檔案 004 第七條只說“可实行360度多角度全面考核”；"
        "70/10/20 不是種子檔案的數字。",
        "en": "Common practice: the seeds give no rater weights. Seed 004, seventh point, only "
        "says “可实行360度多角度全面考核”; 70/10/20 is not a seed figure.",
    },
    "policy.source.rating": {
        "zh_CN": "常用做法：种子文件未规定评分如何折算为得分。",
        "zh_TW": "常用做法：種子檔案未規定評分如何折算為得分。",
        "en": "Common practice: no seed says how a rating becomes points.",
    },
    "policy.source.promotion": {
        "zh_CN": "常用做法：种子文件 003 只说考核结果是“晉升任免”的依据，没有规定晋升条件。",
        "zh_TW": "常用做法：種子檔案 003 只說考核結果是“晉升任免”的依據，沒有規定晉升條件。",
        "en": "Common practice: seed 003 makes results a basis for promotion (“晉升任免”) but "
        "sets no rule.",
    },
    "policy.source.improvement": {
        "zh_CN": "常用做法：种子文件 001 要求“制定改进计划并实施”，但没有指定哪些等级。",
        "zh_TW": "常用做法：種子檔案 001 要求“制定改进计划并实施”，但沒有指定哪些等級。",
        "en": "Common practice: seed 001 asks for improvement plans (“制定改进计划并实施”) "
        "without naming grades.",
    },
    "policy.source.interview": {
        "zh_CN": "常用做法：种子文件 002 要求“月度績效面談”（GROW 模型），但没有规定在发布后几个工作日内进行。",
        "zh_TW": "常用做法：種子檔案 002 要求“月度績效面談”（GROW 模型），但沒有規定在發佈後幾個工作日內進行。",
        "en": "Common practice: seed 002 asks for a monthly review interview (“月度績效面談”, "
        "GROW) but sets no number of working days after publication.",
    },
    "policy.source.seed": {
        "zh_CN": "种子文件 {seed}，{clause}：“{quote}”",
        "zh_TW": "種子檔案 {seed}，{clause}：“{quote}”",
        "en": "Seed {seed}, {clause}: “{quote}”",
    },
    "policy.cli.head": {
        "zh_CN": "考核制度第 {version} 版：{state}",
        "zh_TW": "考核制度第 {version} 版：{state}",
        "en": "policy version {version}: {state}",
    },
    "policy.cli.confirmed": {
        "zh_CN": "{on} 由 {by} 确认",
        "zh_TW": "{on} 由 {by} 確認",
        "en": "confirmed {on} by {by}",
    },
    "policy.cli.columns": {
        "zh_CN": "等级\t起点分\t系数\t强制分布",
        "zh_TW": "等級\t起點分\t係數\t強制分佈",
        "en": "grade\tfrom\tcoefficient\tguide",
    },
    "policy.cli.raters": {
        "zh_CN": "评价人权重\t上级 {supervisor:g}% / 自评 {self:g}% / 同事 {peer:g}%",
        "zh_TW": "評價人權重\t上級 {supervisor:g}% / 自評 {self:g}% / 同事 {peer:g}%",
        "en": "rater weights\tsupervisor {supervisor:g}% / self {self:g}% / peers {peer:g}%",
    },
    "policy.cli.rating_zero": {
        "zh_CN": "评分折算\t从最低分起算",
        "zh_TW": "評分折算\t從最低分起算",
        "en": "ratings\tfrom the lowest rating",
    },
    "policy.cli.rating_share": {
        "zh_CN": "评分折算\t按满分比例",
        "zh_TW": "評分折算\t按滿分比例",
        "en": "ratings\tshare of the top rating",
    },
    "policy.cli.promotion": {
        "zh_CN": "晋升提示\t连续 {run} 次 {grades}",
        "zh_TW": "晉升提示\t連續 {run} 次 {grades}",
        "en": "promotion hint\t{run} in a row of {grades}",
    },
    "policy.cli.plan": {
        "zh_CN": "改进计划\t{grades}",
        "zh_TW": "改進計畫\t{grades}",
        "en": "improvement plan\t{grades}",
    },
    "policy.cli.appeal": {
        "zh_CN": "申诉\t{filing} 个工作日内提出，{decision} 个工作日内复核",
        "zh_TW": "申訴\t{filing} 個工作日內提出，{decision} 個工作日內複核",
        "en": "appeal\tfile within {filing}, decide within {decision} working days",
    },
    "policy.cli.interview": {
        "zh_CN": "绩效面谈\t发布后 {days} 个工作日内",
        "zh_TW": "績效面談\t發佈後 {days} 個工作日內",
        "en": "review interview\twithin {days} working days after publication",
    },
    "policy.cli.source": {
        "zh_CN": "  来源：{text}",
        "zh_TW": "  來源：{text}",
        "en": "  source: {text}",
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
