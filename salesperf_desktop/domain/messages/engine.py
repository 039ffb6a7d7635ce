"""Codes of the scoring engine and the template rules.

These codes are stored with results and problems in the database (a frozen snapshot is
re-rendered in any language later), so they keep their plain, unprefixed names.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---- template validation -------------------------------------------------------------
    "schema_unsupported": {
        "zh_CN": "不支持的模板格式版本 {schema}（支持 1）",
        "zh_TW": "不支援的範本格式版本 {schema}（支援 1）",
        "en": "Unsupported template schema {schema} (expected 1)",
    },
    "not_an_object": {
        "zh_CN": "{field} 应为对象（字典）",
        "zh_TW": "{field} 應為物件（字典）",
        "en": "{field} must be an object",
    },
    "field_missing": {
        "zh_CN": "缺少必填字段 {field}",
        "zh_TW": "缺少必填欄位 {field}",
        "en": "Required field {field} is missing",
    },
    "field_type": {
        "zh_CN": "字段 {field} 的类型不对，应为{expected}",
        "zh_TW": "欄位 {field} 的類型不對，應為{expected}",
        "en": "Field {field} has the wrong type; expected {expected}",
    },
    "sheet_total_invalid": {
        "zh_CN": "总分 {value} 无效，应为正数（通常 100，部门考核 120）",
        "zh_TW": "總分 {value} 無效，應為正數（通常 100，部門考核 120）",
        "en": "Sheet total {value} is invalid; it must be positive (100, or 120 for a department)",
    },
    "items_empty": {
        "zh_CN": "模板没有任何考核指标",
        "zh_TW": "範本沒有任何考核指標",
        "en": "The template has no indicators",
    },
    "indicator_duplicate": {
        "zh_CN": "指标 {indicator} 重复出现",
        "zh_TW": "指標 {indicator} 重複出現",
        "en": "Indicator {indicator} appears more than once",
    },
    "dimension_unknown": {
        "zh_CN": "指标 {indicator} 的维度 {dimension} 不是已知维度",
        "zh_TW": "指標 {indicator} 的維度 {dimension} 不是已知維度",
        "en": "Indicator {indicator} has an unknown dimension {dimension}",
    },
    "measure_unknown": {
        "zh_CN": "指标 {indicator} 的计量方式 {measure} 未知",
        "zh_TW": "指標 {indicator} 的計量方式 {measure} 未知",
        "en": "Indicator {indicator} has an unknown measure {measure}",
    },
    "growth_base_invalid": {
        "zh_CN": "指标 {indicator} 的增长基期 {value} 无效（应为去年同期或上一期）",
        "zh_TW": "指標 {indicator} 的成長基期 {value} 無效（應為去年同期或上一期）",
        "en": "Indicator {indicator}: growth base {value} is invalid (previous_year or previous_period)",
    },
    "weight_invalid": {
        "zh_CN": "指标 {indicator} 的权重 {value} 无效，应为不小于 0 的数",
        "zh_TW": "指標 {indicator} 的權重 {value} 無效，應為不小於 0 的數",
        "en": "Indicator {indicator}: weight {value} is invalid; it must be a number ≥ 0",
    },
    "weights_sum": {
        "zh_CN": "各指标权重合计 {total:g} 分，应等于总分 {sheet_total:g} 分",
        "zh_TW": "各指標權重合計 {total:g} 分，應等於總分 {sheet_total:g} 分",
        "en": "Indicator weights add up to {total:g}; they must add up to the sheet total {sheet_total:g}",
    },
    "weight_out_of_range": {
        "zh_CN": "指标 {indicator} 的权重 {weight:g} 分占总分 {share:.0%}，通常应在 {low:.0%}–{high:.0%} 之间",
        "zh_TW": "指標 {indicator} 的權重 {weight:g} 分佔總分 {share:.0%}，通常應在 {low:.0%}–{high:.0%} 之間",
        "en": "Indicator {indicator}: weight {weight:g} is {share:.0%} of the sheet; normally {low:.0%}–{high:.0%}",
    },
    "dimension_share_out_of_range": {
        "zh_CN": "维度“{dimension_name}”合计权重 {weight:g} 分，占总分 {share:.0%}，"
        "不在种子文件 003 建议的 {low:.0%}–{high:.0%} 之内（三、考核维度与指标设计{part}）",
        "zh_TW": "維度「{dimension_name}」合計權重 {weight:g} 分，佔總分 {share:.0%}，"
        "不在種子檔案 003 建議的 {low:.0%}–{high:.0%} 之內（三、考核維度與指標設計{part}）",
        "en": "Dimension {dimension_name}: weights add up to {weight:g} points, {share:.0%} of "
        "the sheet; seed 003 suggests {low:.0%}–{high:.0%} (section 3 {part})",
    },
    "veto_needs_pass_fail": {
        "zh_CN": "指标 {indicator} 使用一票否决规则，计量方式应为“通过/不通过”",
        "zh_TW": "指標 {indicator} 使用一票否決規則，計量方式應為「通過/不通過」",
        "en": "Indicator {indicator} uses a veto rule; its measure must be pass_fail",
    },
    "rater_unknown": {
        "zh_CN": "未知的评分人类型 {rater}（应为上级、自评或同事）",
        "zh_TW": "未知的評分人類型 {rater}（應為上級、自評或同事）",
        "en": "Unknown rater {rater} (supervisor, self, peer)",
    },
    "rater_weight_invalid": {
        "zh_CN": "评分人 {rater} 的权重 {value} 无效，应为不小于 0 的数",
        "zh_TW": "評分人 {rater} 的權重 {value} 無效，應為不小於 0 的數",
        "en": "Rater weight {value} for {rater} is invalid; it must be a number ≥ 0",
    },
    "rater_weights_zero": {
        "zh_CN": "评分人权重全为 0，至少一类评分人应有权重",
        "zh_TW": "評分人權重全為 0，至少一類評分人應有權重",
        "en": "All rater weights are 0; at least one rater needs a weight",
    },
    "rater_weights_sum": {
        "zh_CN": "评分人权重合计 {total:g}，通常为 100（将按比例换算）",
        "zh_TW": "評分人權重合計 {total:g}，通常為 100（將按比例換算）",
        "en": "Rater weights add up to {total:g}, normally 100 (they are used as proportions)",
    },
    "team_share_range": {
        "zh_CN": "团队挂钩比例 {value} 无效，应在 0（含）到 1（不含）之间",
        "zh_TW": "團隊掛鉤比例 {value} 無效，應在 0（含）到 1（不含）之間",
        "en": "Team share {value} is invalid; it must be at least 0 and below 1",
    },
    "team_basis_unknown": {
        "zh_CN": "团队挂钩依据 {value} 无效（应为团队目标或同事平均）",
        "zh_TW": "團隊掛鉤依據 {value} 無效（應為團隊目標或同事平均）",
        "en": "Team share basis {value} is invalid (the team goal or the colleagues' mean)",
    },
    "team_goal_cap_range": {
        "zh_CN": "团队目标达成率上限 {value} 无效，应为大于 0 的数",
        "zh_TW": "團隊目標達成率上限 {value} 無效，應為大於 0 的數",
        "en": "The team goal's attainment cap {value} is invalid; it must be above 0",
    },
    "cap_invalid": {
        "zh_CN": "{which} 上限 {value} 无效，应为空或不小于 0 的数",
        "zh_TW": "{which} 上限 {value} 無效，應為空或不小於 0 的數",
        "en": "The {which} cap {value} is invalid; leave it empty or give a number ≥ 0",
    },
    "cycle_unknown": {
        "zh_CN": "考核周期 {value} 无效（应为按月或按季度）",
        "zh_TW": "考核週期 {value} 無效（應為按月或按季）",
        "en": "Cycle {value} is invalid (monthly or quarterly)",
    },
    "grades_empty": {
        "zh_CN": "没有设置等级档次",
        "zh_TW": "沒有設定等級檔次",
        "en": "No grade bands are defined",
    },
    "grade_duplicate": {
        "zh_CN": "等级 {grade} 重复",
        "zh_TW": "等級 {grade} 重複",
        "en": "Grade {grade} appears more than once",
    },
    "grade_order": {
        "zh_CN": "等级 {grade} 的下限应低于上一等级的下限（从高到低排列）",
        "zh_TW": "等級 {grade} 的下限應低於上一等級的下限（由高到低排列）",
        "en": "Grade {grade}: its minimum must be below the previous grade's (list grades best first)",
    },
    "grade_min_missing": {
        "zh_CN": "等级 {grade} 缺少分数下限（只有最低等级可以不设）",
        "zh_TW": "等級 {grade} 缺少分數下限（只有最低等級可以不設）",
        "en": "Grade {grade} has no minimum (only the lowest grade may omit it)",
    },
    "grade_coefficient_invalid": {
        "zh_CN": "等级 {grade} 的奖金系数 {value} 无效，应为不小于 0 的数",
        "zh_TW": "等級 {grade} 的獎金係數 {value} 無效，應為不小於 0 的數",
        "en": "Grade {grade}: bonus coefficient {value} is invalid; it must be a number ≥ 0",
    },
    "distribution_unknown_grade": {
        "zh_CN": "强制分布中的等级 {grade} 不在等级档次中",
        "zh_TW": "強制分佈中的等級 {grade} 不在等級檔次中",
        "en": "Forced distribution names grade {grade}, which is not a defined grade",
    },
    "distribution_share_invalid": {
        "zh_CN": "等级 {grade} 的分布比例 {value} 无效，应在 0 到 1 之间",
        "zh_TW": "等級 {grade} 的分佈比例 {value} 無效，應在 0 到 1 之間",
        "en": "Distribution share {value} for grade {grade} is invalid; it must be between 0 and 1",
    },
    "distribution_sum": {
        "zh_CN": "强制分布比例合计 {total:.0%}，应为 100%",
        "zh_TW": "強制分佈比例合計 {total:.0%}，應為 100%",
        "en": "Forced distribution shares add up to {total:.0%}; they must add up to 100 %",
    },
    "adjustment_unknown": {
        "zh_CN": "未知的加减分项目 {code}",
        "zh_TW": "未知的加減分項目 {code}",
        "en": "Unknown bonus/penalty item {code}",
    },
    # ---- rules ----------------------------------------------------------------------------
    "rule_kind_unknown": {
        "zh_CN": "未知的计分规则类型 {kind}",
        "zh_TW": "未知的計分規則類型 {kind}",
        "en": "Unknown rule kind {kind}",
    },
    "rule_number": {
        "zh_CN": "计分规则的 {field} 应为有限数值",
        "zh_TW": "計分規則的 {field} 應為有限數值",
        "en": "Rule field {field} must be a finite number",
    },
    "rule_negative": {
        "zh_CN": "计分规则的 {field} 不能为负数",
        "zh_TW": "計分規則的 {field} 不能為負數",
        "en": "Rule field {field} must not be negative",
    },
    "rule_cap_below_floor": {
        "zh_CN": "封顶 {cap:g} 低于起评线 {floor:g}",
        "zh_TW": "封頂 {cap:g} 低於起評線 {floor:g}",
        "en": "Cap {cap:g} is below the floor {floor:g}",
    },
    "rule_full_at": {
        "zh_CN": "满分点应大于 0",
        "zh_TW": "滿分點應大於 0",
        "en": "full_at must be greater than 0",
    },
    "rule_breakpoints_empty": {
        "zh_CN": "分段规则至少需要一个断点",
        "zh_TW": "分段規則至少需要一個斷點",
        "en": "A piecewise rule needs at least one breakpoint",
    },
    "rule_breakpoint_shape": {
        "zh_CN": "断点应写成 [数值, 得分比例]",
        "zh_TW": "斷點應寫成 [數值, 得分比例]",
        "en": "Each breakpoint must be [value, fraction]",
    },
    "rule_breakpoints_order": {
        "zh_CN": "断点的数值必须严格递增（{previous:g} 之后是 {value:g}）",
        "zh_TW": "斷點的數值必須嚴格遞增（{previous:g} 之後是 {value:g}）",
        "en": "Breakpoint values must strictly increase ({value:g} follows {previous:g})",
    },
    "rule_bands_empty": {
        "zh_CN": "档次规则至少需要一个档次",
        "zh_TW": "檔次規則至少需要一個檔次",
        "en": "A bands rule needs at least one band",
    },
    "rule_bands_duplicate": {
        "zh_CN": "档次下限 {min:g} 重复",
        "zh_TW": "檔次下限 {min:g} 重複",
        "en": "Band minimum {min:g} appears more than once",
    },
    "rule_scale_range": {
        "zh_CN": "评分量表的最小值 {min:g} 应小于最大值 {max:g}",
        "zh_TW": "評分量表的最小值 {min:g} 應小於最大值 {max:g}",
        "en": "Scale minimum {min:g} must be below its maximum {max:g}",
    },
    "rule_anchor_outside": {
        "zh_CN": "评分锚点 {anchor} 不在量表范围内",
        "zh_TW": "評分錨點 {anchor} 不在量表範圍內",
        "en": "Anchor {anchor} lies outside the scale",
    },
    # ---- flags on results -----------------------------------------------------------------
    "no_input": {
        "zh_CN": "未录入数据，本项不计分",
        "zh_TW": "未錄入資料，本項不計分",
        "en": "No data entered; the item is not scored",
    },
    "missing_actual": {
        "zh_CN": "缺少实际值，本项不计分",
        "zh_TW": "缺少實際值，本項不計分",
        "en": "Actual value missing; the item is not scored",
    },
    "target_missing": {
        "zh_CN": "缺少目标值，无法计算比率，本项不计分",
        "zh_TW": "缺少目標值，無法計算比率，本項不計分",
        "en": "Target missing; the rate cannot be computed and the item is not scored",
    },
    "target_zero": {
        "zh_CN": "目标值为 0，无法计算比率，本项不计分",
        "zh_TW": "目標值為 0，無法計算比率，本項不計分",
        "en": "Target is 0; the rate cannot be computed and the item is not scored",
    },
    "negative_target": {
        "zh_CN": "目标值为负数（{target:g}），本项不计分",
        "zh_TW": "目標值為負數（{target:g}），本項不計分",
        "en": "Target is negative ({target:g}); the item is not scored",
    },
    "negative_actual": {
        "zh_CN": "实际值为负数（{actual:g}，如退货冲销），已按规则计分",
        "zh_TW": "實際值為負數（{actual:g}，如退貨沖銷），已按規則計分",
        "en": "Actual is negative ({actual:g}, e.g. returns); scored by the rule",
    },
    "value_not_finite": {
        "zh_CN": "数值无效（非有限数），本项不计分",
        "zh_TW": "數值無效（非有限數），本項不計分",
        "en": "A value is not a finite number; the item is not scored",
    },
    "no_base": {
        "zh_CN": "缺少基期数据（无历史），无法计算增长率，本项不计分",
        "zh_TW": "缺少基期資料（無歷史），無法計算成長率，本項不計分",
        "en": "No base-period figure (no history); growth cannot be computed and the item is not scored",
    },
    "base_zero": {
        "zh_CN": "基期数据为 0，无法计算增长率，本项不计分",
        "zh_TW": "基期資料為 0，無法計算成長率，本項不計分",
        "en": "The base-period figure is 0; growth cannot be computed and the item is not scored",
    },
    "negative_base": {
        "zh_CN": "基期数据为负数（{base:g}），无法计算增长率，本项不计分",
        "zh_TW": "基期資料為負數（{base:g}），無法計算成長率，本項不計分",
        "en": "The base-period figure is negative ({base:g}); growth is not scored",
    },
    "no_ratings": {
        "zh_CN": "尚无任何评分，本项不计分",
        "zh_TW": "尚無任何評分，本項不計分",
        "en": "No ratings yet; the item is not scored",
    },
    "rater_missing": {
        "zh_CN": "缺少{rater_name}评分，其权重已按比例分配给其他评分人",
        "zh_TW": "缺少{rater_name}評分，其權重已按比例分配給其他評分人",
        "en": "No {rater_name} rating; its share was redistributed among the other raters",
    },
    "rater_unweighted": {
        "zh_CN": "{rater_name}评分未设权重，未计入",
        "zh_TW": "{rater_name}評分未設權重，未計入",
        "en": "{rater_name} ratings have no rater weight and were not counted",
    },
    "rating_outside_scale": {
        "zh_CN": "评分 {value:g} 超出量表范围，已按边界计算",
        "zh_TW": "評分 {value:g} 超出量表範圍，已按邊界計算",
        "en": "Rating {value:g} lies outside the scale; the scale's end was used",
    },
    "pass_missing": {
        "zh_CN": "未记录是否通过，本项不计分",
        "zh_TW": "未記錄是否通過，本項不計分",
        "en": "Pass/fail not recorded; the item is not scored",
    },
    "veto_item": {
        "zh_CN": "一票否决项“{name}”未通过",
        "zh_TW": "一票否決項「{name}」未通過",
        "en": "Veto item “{name}” failed",
    },
    "veto_event": {
        "zh_CN": "记录了一票否决事件：{note}",
        "zh_TW": "記錄了一票否決事件：{note}",
        "en": "A veto event was recorded: {note}",
    },
    "partial_period": {
        "zh_CN": "本期仅在职 {employed} 个月（共 {total} 个月），只按在职月份计算",
        "zh_TW": "本期僅在職 {employed} 個月（共 {total} 個月），只按在職月份計算",
        "en": "Employed {employed} of {total} months in the period; only those months count",
    },
    "not_employed": {
        "zh_CN": "本期没有在职月份，无法考核",
        "zh_TW": "本期沒有在職月份，無法考核",
        "en": "Not employed in any month of the period; nothing can be appraised",
    },
    "rollup_months_missing": {
        "zh_CN": "{months} 缺少数据，汇总只含有数据的月份",
        "zh_TW": "{months} 缺少資料，彙總只含有資料的月份",
        "en": "No data for {months}; the roll-up uses the months that have data",
    },
    "team_score_missing": {
        "zh_CN": "缺少团队得分，团队挂钩部分（{share:.0%}）暂计 0 分",
        "zh_TW": "缺少團隊得分，團隊掛鉤部分（{share:.0%}）暫計 0 分",
        "en": "No team score; the team part ({share:.0%}) counts 0 for now",
    },
    "team_goal_missing": {
        "zh_CN": "团队目标未录入，团队挂钩部分（{share:.0%}）暂计 0 分",
        "zh_TW": "團隊目標未錄入，團隊掛鉤部分（{share:.0%}）暫計 0 分",
        "en": "Team goal not entered; the team part ({share:.0%}) counts 0 for now",
    },
    "bonus_capped": {
        "zh_CN": "加分合计 {raw:g} 分，按上限计 {cap:g} 分",
        "zh_TW": "加分合計 {raw:g} 分，按上限計 {cap:g} 分",
        "en": "Bonus points total {raw:g}; capped at {cap:g}",
    },
    "penalty_capped": {
        "zh_CN": "扣分合计 {raw:g} 分，按上限计 {cap:g} 分",
        "zh_TW": "扣分合計 {raw:g} 分，按上限計 {cap:g} 分",
        "en": "Penalty points total {raw:g}; capped at {cap:g}",
    },
    "incomplete": {
        "zh_CN": "有 {count} 项指标未能计分，总分不完整",
        "zh_TW": "有 {count} 項指標未能計分，總分不完整",
        "en": "{count} indicator(s) could not be scored; the total is incomplete",
    },
    "no_reps": {
        "zh_CN": "团队中没有可统计的销售人员，无法计算达标率",
        "zh_TW": "團隊中沒有可統計的銷售人員，無法計算達標率",
        "en": "The team has no reps with results; the share meeting target cannot be computed",
    },
}
