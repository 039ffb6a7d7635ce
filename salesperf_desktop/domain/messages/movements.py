"""Staff movements (transfer, promotion, demotion) and leave within a period (seed 004)."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "move.kind.transfer": _t("调岗", "調職", "Transfer"),
    "move.kind.promotion": _t("晋升", "晉升", "Promotion"),
    "move.kind.demotion": _t("降职", "降職", "Demotion"),
    "leave.kind.personal": _t("事假", "事假", "Personal leave"),
    "leave.kind.sick": _t("病假", "病假", "Sick leave"),
    "leave.kind.maternity": _t("产假", "產假", "Maternity leave"),
    "leave.kind.other": _t("其他假", "其他假", "Other leave"),
    "move.no_team": _t("未分组", "未分組", "no team"),
    "move.dates_month": _t("{first}–{last} 日", "{first}–{last} 日", "{first}–{last}"),
    "move.dates": _t(
        "{m1} 月 {d1} 日–{m2} 月 {d2} 日",
        "{m1} 月 {d1} 日–{m2} 月 {d2} 日",
        "{m1}/{d1}–{m2}/{d2}",
    ),
    "move.where_role": _t("{team}任{role}", "{team}任{role}", "{team} as {role}"),
    "move.part": _t(
        "{dates}在{where}（{days} 个工作日）",
        "{dates}在{where}（{days} 個工作日）",
        "{dates} in {where} ({days} working days)",
    ),
    "move.prorated": _t(
        "{when} {parts}，按工作日折算",
        "{when} {parts}，按工作日折算",
        "{when}: {parts}; weighted by working days",
    ),
    "move.when.month": _t("本月", "本月", "This month"),
    "move.when.quarter": _t("本季度", "本季度", "This quarter"),
    "move.when.year": _t("本年度", "本年度", "This year"),
    "move.sep": _t("，", "，", "; "),
    "leave.source": _t(
        "请假记录：事假 {days} 天（每天扣 1 分）",
        "請假記錄：事假 {days} 天（每天扣 1 分）",
        "Leave record: {days} days of personal leave (1 point each)",
    ),
    "leave.targets_prorated": _t(
        "本期休{kinds} {away} 个工作日，目标按在岗 {present}/{total} 个工作日折算",
        "本期休{kinds} {away} 個工作日，目標按在崗 {present}/{total} 個工作日折算",
        "{away} working days of {kinds}; targets prorated to {present} of {total} working days",
    ),
    "leave.throughout": _t(
        "{name}（整期休{kind}）",
        "{name}（整期休{kind}）",
        "{name} (on {kind} all period)",
    ),
    "left_out.no_template": _t(
        "{name}：没有适用的指标模板",
        "{name}：沒有適用的指標範本",
        "{name}: no indicator template fits",
    ),
    "move.date_required": _t(
        "请填写生效日期。", "請填寫生效日期。", "Fill in the date the move takes effect."
    ),
    "move.nothing_changes": _t(
        "调动后的团队和岗位与调动前相同。",
        "調動後的團隊和職位與調動前相同。",
        "The team and role after the move are those before it.",
    ),
    "move.reason_required": _t(
        "请填写调动原因。", "請填寫調動原因。", "Fill in the reason for the move."
    ),
    "move.none_to_undo": _t(
        "此人没有可撤销的调动记录。",
        "此人沒有可撤銷的調動記錄。",
        "This person has no move to take back.",
    ),
    "move.register_only.field": _t("仅记入人事档案", "僅記入人事檔案", "Register only"),
    "move.register_only.audit": _t(
        "{months} 已锁定或已签字的考核不重新计算，保持签字时的结果",
        "{months} 已鎖定或已簽字的考核不重新計算，維持簽字時的結果",
        "The locked or signed appraisals of {months} are not scored again and stay as signed",
    ),
    "move.kind_unknown": _t("未知的调动类型。", "未知的調動類型。", "Unknown kind of move."),
    "leave.dates": _t(
        "结束日期不能早于开始日期。",
        "結束日期不能早於開始日期。",
        "The last day cannot be before the first day.",
    ),
    "leave.kind_unknown": _t("未知的假别。", "未知的假別。", "Unknown kind of leave."),
    "cli.score.not_graded": _t("本期不考核：{names}", "本期不考核：{names}", "Not graded: {names}"),
    "audit.leave": _t("请假", "請假", "Leave"),
}
