"""Texts of the bonus sheet (奖金核算表): its columns, approvals, refusals and notes."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # refusals
    "bonus.amount_negative": _t(
        "金额不能为负数（{who}）", "金額不能為負數（{who}）", "An amount cannot be negative ({who})"
    ),
    "bonus.rate_range": _t(
        "提成比例应在 0% 到 100% 之间",
        "提成比例應在 0% 到 100% 之間",
        "The commission rate must lie between 0 % and 100 %",
    ),
    "bonus.indicator_needed": _t(
        "有提成比例时须选择按哪个指标的实际额计提",
        "有提成比例時須選擇按哪個指標的實際額計提",
        "Choose the indicator whose actual amount the commission is paid on",
    ),
    "bonus.pool_unit": _t(
        "奖金池分配单位只能是元或分",
        "獎金池分配單位只能是元或分",
        "A pool is split in whole yuan or in fen",
    ),
    "bonus.not_published": _t(
        "{period}尚未发布，不能核算奖金",
        "{period}尚未發布，不能核算獎金",
        "{period} is not published: no bonus sheet yet",
    ),
    "bonus.sheet_approved": _t(
        "{period}的奖金核算表已批准并冻结；如需修改，请先撤销批准（须写明原因）",
        "{period}的獎金核算表已核准並凍結；如需修改，請先撤銷核准（須寫明原因）",
        "The bonus sheet of {period} is approved and frozen; withdraw the approval first "
        "(with a reason)",
    ),
    "bonus.not_approved": _t(
        "{period}的奖金核算表尚未批准",
        "{period}的獎金核算表尚未核准",
        "The bonus sheet of {period} is not approved",
    ),
    "bonus.approver_required": _t(
        "请填写编制人、审核人和批准人",
        "請填寫編製人、審核人和核准人",
        "Enter who prepared, checked and approved the sheet",
    ),
    "bonus.reason_required": _t(
        "请写明撤销批准的原因",
        "請寫明撤銷核准的原因",
        "Give the reason for withdrawing the approval",
    ),
    "bonus.team_unknown": _t("没有这个团队", "沒有這個團隊", "No such team"),
    # notes on the sheet
    "bonus.compliance_excluded": _t(
        "{months}有合规一票否决，不发合规奖金",
        "{months}有合規一票否決，不發合規獎金",
        "A compliance veto in {months}: no compliance bonus",
    ),
    "bonus.compliance_from_base": _t(
        "未登记月工资，按1个月基本绩效奖金发放（常用做法）",
        "未登記月工資，按1個月基本績效獎金發放（常用做法）",
        "No monthly pay recorded: one month's base bonus is paid (common practice)",
    ),
    "bonus.vetoed": _t(
        "合规一票否决：绩效系数为 0",
        "合規一票否決：績效係數為 0",
        "Compliance veto: coefficient 0",
    ),
    # the sheet
    "bonus.sheet_name": _t("奖金核算表", "獎金核算表", "Bonus sheet"),
    "bonus.file_name": _t("奖金核算表_{period}", "獎金核算表_{period}", "Bonus sheet {period}"),
    "bonus.title": _t(
        "{company}奖金核算表（{period}）",
        "{company}獎金核算表（{period}）",
        "{company} bonus sheet — {period}",
    ),
    "bonus.unit_note": _t(
        "金额单位：元。基本绩效奖金按月设定，本期按 {months} 个月计；应发合计 = 绩效奖金 + 提成 + "
        "加减分奖罚 − 罚款 + 团队奖金池分配 + 合规奖金",
        "金額單位：元。基本績效獎金按月設定，本期按 {months} 個月計；應發合計 = 績效獎金 + 提成 + "
        "加減分獎罰 − 罰款 + 團隊獎金池分配 + 合規獎金",
        "Amounts in yuan. The base bonus is set per month; this period counts {months} month(s). "
        "Payable = performance bonus + commission + points − fines + team pool + compliance bonus",
    ),
    "bonus.totals": _t("合计", "合計", "Total"),
    "bonus.prepared": _t("编制", "編製", "Prepared by"),
    "bonus.checked": _t("审核", "審核", "Checked by"),
    "bonus.approved": _t("批准", "核准", "Approved by"),
    "bonus.date": _t("日期", "日期", "Date"),
    "bonus.status_approved": _t(
        "已批准（{on}，{who}），已冻结",
        "已核准（{on}，{who}），已凍結",
        "Approved ({on}, {who}); frozen",
    ),
    "bonus.status_draft": _t(
        "草稿：按当前设置计算，尚未批准",
        "草稿：按目前設定計算，尚未核准",
        "Draft: computed with the current settings, not approved",
    ),
    "bonus.col.employee_no": _t("工号", "工號", "Employee ID"),
    "bonus.col.name": _t("姓名", "姓名", "Name"),
    "bonus.col.team": _t("团队", "團隊", "Team"),
    "bonus.col.role": _t("岗位", "崗位", "Role"),
    "bonus.col.grade": _t("等级", "等級", "Grade"),
    "bonus.col.coefficient": _t("绩效系数", "績效係數", "Coefficient"),
    "bonus.col.base": _t("基本绩效奖金", "基本績效獎金", "Base bonus"),
    "bonus.col.performance": _t("绩效奖金", "績效獎金", "Performance bonus"),
    "bonus.col.commission": _t("提成", "提成", "Commission"),
    "bonus.col.points": _t("加减分奖罚", "加減分獎罰", "Points bonus/penalty"),
    "bonus.col.fines": _t("罚款", "罰款", "Fines"),
    "bonus.col.pool": _t("团队奖金池分配", "團隊獎金池分配", "Team pool share"),
    "bonus.col.compliance": _t("合规奖金", "合規獎金", "Compliance bonus"),
    "bonus.col.payable": _t("应发合计", "應發合計", "Payable"),
    "bonus.col.note": _t("备注", "備註", "Notes"),
    "progress.bonus_sheet": _t("正在核算奖金", "正在核算獎金", "Computing the bonus sheet"),
}
