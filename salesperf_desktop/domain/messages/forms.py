"""Texts of the printed forms (appraisal form, task sheet) and the results workbook's headings.

The PDF does not go through Qt translation: ``services.pdf.labels.label`` renders these codes.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


_LABELS: dict[str, dict[str, str]] = {
    "form.form_title": _t(
        "销售人员业绩考核表", "銷售人員業績考核表", "Sales Performance Appraisal Form"
    ),
    "form.quarterly_appraisal": _t("季度考核", "季度考核", "quarterly appraisal"),
    "form.annual_review": _t("年度总评", "年度總評", "annual review"),
    "form.task_title": _t("月度工作任务书", "月度工作任務書", "Monthly Work Task Sheet"),
    "form.employee_no": _t("工号", "工號", "Employee ID"),
    "form.name": _t("姓名", "姓名", "Name"),
    "form.team": _t("团队", "團隊", "Team"),
    "form.role": _t("岗位", "職位", "Role"),
    "form.supervisor": _t("直接上级", "直屬上級", "Supervisor"),
    "form.period": _t("考核期间", "考核期間", "Period"),
    "form.template": _t("考核模板", "考核範本", "Template"),
    "form.version": _t("版本", "版本", "version"),
    "form.status": _t("状态", "狀態", "Status"),
    "form.dimension": _t("维度", "維度", "Dimension"),
    "form.indicator": _t("考核指标", "考核指標", "Indicator"),
    "form.weight": _t("权重", "權重", "Wt."),
    "form.target": _t("目标", "目標", "Target"),
    # The form's column: a target, or what the measure divides by (named in each cell).
    "form.target_col": _t("目标/基数", "目標/基數", "Target / base"),
    "form.actual": _t("实际", "實際", "Actual"),
    "form.rate": _t("达成/评分", "達成/評分", "Rate"),
    "form.rule": _t("计分规则", "計分規則", "Scoring rule"),
    "form.points": _t("得分", "得分", "Points"),
    "form.subtotal": _t("小计", "小計", "Subtotal"),
    "form.items_points": _t("指标得分合计", "指標得分合計", "Indicator points"),
    "form.team_share": _t("团队分享", "團隊分享", "Team share"),
    "form.composition": _t("得分构成", "得分構成", "How the total is made up"),
    "form.adj_item": _t("事项", "事項", "Item"),
    "form.adj_count": _t("次数", "次數", "Count"),
    "form.adj_each": _t("每次", "每次", "Each"),
    "form.adj_reason": _t("事由", "事由", "Reason"),
    "form.bonus": _t("加分", "加分", "Bonus"),
    "form.penalty": _t("扣分", "扣分", "Penalty"),
    "form.veto": _t("一票否决", "一票否決", "Veto"),
    "form.total": _t("总分", "總分", "Total"),
    "form.grade": _t("等级", "等級", "Grade"),
    "form.coefficient": _t("奖金系数", "獎金係數", "Bonus coefficient"),
    "form.result": _t("考核结果", "考核結果", "Result"),
    "form.incomplete": _t(
        "注意：部分指标未能计分（数据不全），见下方说明。",
        "注意：部分指標未能計分（資料不全），見下方說明。",
        "Note: some indicators could not be scored (data missing); see the notes below.",
    ),
    "form.notes": _t("说明", "說明", "Notes"),
    "form.supervisor_comment": _t("上级评语", "上級評語", "Supervisor's comments"),
    "form.self_summary": _t("自我总结", "自我總結", "Self-summary"),
    "form.grow": _t("绩效面谈（GROW）", "績效面談（GROW）", "Review interview (GROW)"),
    "form.grow_goal": _t("目标 G", "目標 G", "Goal"),
    "form.grow_reality": _t("现状 R", "現狀 R", "Reality"),
    "form.grow_options": _t("方案 O", "方案 O", "Options"),
    "form.grow_will": _t("行动 W", "行動 W", "Will"),
    "form.grow_resources": _t("资源支持", "資源支持", "Resources promised"),
    "form.held_on": _t("面谈日期", "面談日期", "Held on"),
    "form.actions": _t("约定的行动项", "約定的行動項", "Agreed action items"),
    "form.action_what": _t("行动", "行動", "Action"),
    "form.action_owner": _t("负责人", "負責人", "Owner"),
    "form.action_due": _t("期限", "期限", "Due"),
    "form.action_status": _t("状态", "狀態", "Status"),
    "form.improvement_plan": _t("绩效改进计划", "績效改進計畫", "Improvement plan"),
    "form.plan_goals": _t("改进目标", "改進目標", "Goals"),
    "form.plan_actions": _t("改进措施", "改進措施", "Actions"),
    "form.plan_support": _t("支持资源", "支援資源", "Support"),
    "form.plan_reviews": _t("回顾日期", "回顧日期", "Review dates"),
    "form.plan_outcome": _t("结果", "結果", "Outcome"),
    "form.appeal": _t("申诉结果", "申訴結果", "Appeal outcome"),
    "form.appeal_number": _t("申诉编号", "申訴編號", "Appeal no."),
    "form.appeal_filed": _t("提出日期", "提出日期", "Filed on"),
    "form.appeal_reason": _t("申诉理由", "申訴理由", "Reason"),
    "form.appeal_outcome": _t("处理结果", "處理結果", "Outcome"),
    "form.appeal_decided": _t("决定日期", "決定日期", "Decided on"),
    "form.appeal_decision": _t("决定理由", "決定理由", "Decision"),
    "form.signatures": _t("签字确认", "簽字確認", "Signatures"),
    "form.sign_employee": _t("被考核人", "被考核人", "Employee"),
    "form.sign_supervisor": _t("考核人", "考核人", "Supervisor"),
    "form.sign_hr": _t("人力资源部", "人力資源部", "HR"),
    "form.signature": _t("签字", "簽字", "Signature"),
    "form.date": _t("日期", "日期", "Date"),
    "form.confirm_text": _t(
        "本人已阅读上述考核结果。如有异议，可在发布后 {days} 个工作日内（{calendar}）提出申诉{deadline}。",
        "本人已閱讀上述考核結果。如有異議，可於發布後 {days} 個工作日內（{calendar}）提出申訴{deadline}。",
        "I have read the result above. An appeal may be filed within {days} working days of "
        "publication ({calendar}){deadline}.",
    ),
    "form.workdays_official": _t(
        "工作日按国家法定节假日及调休安排计算",
        "工作日依官方公布的法定假日及調休安排計算",
        "working days per the official Chinese holiday calendar, make-up working days included",
    ),
    "form.workdays_entered": _t(
        "工作日按人事录入的国务院放假安排（含调休）计算",
        "工作日依人事登錄的國務院放假安排（含調休）計算",
        "working days per the State Council's holiday notice as entered by HR, make-up working "
        "days included",
    ),
    "form.workdays_estimated": _t(
        "工作日按法定节假日推算；{years}年调休安排尚未公布，截止日期为估算",
        "工作日依法定假日推算；{years}年調休安排尚未公布，截止日期為估算",
        "working days estimated from the statutory holidays; the make-up working days for {years} "
        "are not published yet, so the date is an estimate",
    ),
    "form.appeal_deadline": _t(
        "，截止日期为 {deadline}", "，截止日期為 {deadline}", "; the last day is {deadline}"
    ),
    "form.confirm_amended": _t(
        "本人已阅读上述更正后的考核结果（原结果见“结果更正”）。",
        "本人已閱讀上述更正後的考核結果（原結果見「結果更正」）。",
        'I have read the amended result above (the previous result is under "Amended result").',
    ),
    "form.amended_banner_appeal": _t(
        "更正版：根据申诉 {appeal} 的决定重新计算并重新打印，取代原表。原结果与更正后结果见“结果更正”。",
        "更正版：依申訴 {appeal} 的決定重新計算並重新列印，取代原表。原結果與更正後結果見「結果更正」。",
        "Amended form: recomputed after the decision on appeal {appeal} and printed again; it replaces "
        'the earlier form. The previous and the new result are under "Amended result".',
    ),
    "form.amended_banner_correction": _t(
        "更正版：发布后经更正重新计算并重新打印，取代原表。原结果与更正后结果见“结果更正”。",
        "更正版：發布後經更正重新計算並重新列印，取代原表。原結果與更正後結果見「結果更正」。",
        "Amended form: corrected after publication and printed again; it replaces the earlier "
        'form. The previous and the new result are under "Amended result".',
    ),
    "form.amendment": _t("结果更正", "結果更正", "Amended result"),
    "form.amend_basis": _t("更正依据", "更正依據", "Basis"),
    "form.amend_correction": _t("发布后更正", "發布後更正", "Correction after publication"),
    "form.amend_previous": _t("原结果", "原結果", "Previous result"),
    "form.amend_new": _t("更正后结果", "更正後結果", "New result"),
    "form.amend_reason": _t("理由", "理由", "Reason"),
    "form.amended_on": _t("更正日期", "更正日期", "Amended on"),
    "form.amended_footer": _t("更正版", "更正版", "Amended"),
    "form.follow_up": _t("跟进", "跟進", "Follow-up"),
    "form.page_of": _t(
        "第 {page} 页 / 共 {pages} 页", "第 {page} 頁 / 共 {pages} 頁", "Page {page} of {pages}"
    ),
    "form.confidential": _t("人事保密", "人事機密", "Confidential – personnel"),
    "form.printed_on": _t("打印日期", "列印日期", "Printed"),
    "form.pass": _t("通过", "通過", "pass"),
    "form.fail": _t("未通过", "未通過", "fail"),
    "form.not_scored": _t("未计分", "未計分", "not scored"),
    "form.none": _t("（无）", "（無）", "(none)"),
    "form.draft_note": _t(
        "草稿：结果尚未发布，数字可能变化。",
        "草稿：結果尚未發布，數字可能變動。",
        "Draft: the result is not published yet; figures may change.",
    ),
    # task sheet (seed 004)
    "form.task_no": _t("序号", "序號", "No."),
    "form.task_title_col": _t("工作任务与目标", "工作任務與目標", "Task and goal"),
    "form.task_steps": _t("工作步骤与措施", "工作步驟與措施", "Steps and measures"),
    "form.task_measure": _t("衡量标准", "衡量標準", "Measure"),
    "form.task_due": _t("完成时间", "完成時間", "Due"),
    "form.task_points": _t("分值", "分值", "Points"),
    "form.task_score": _t("得分", "得分", "Score"),
    "form.task_total": _t("合计", "合計", "Total"),
    "form.issued_on": _t("下达日期", "下達日期", "Issued on"),
    "form.guidance": _t("指导意见", "指導意見", "Guidance"),
    "form.no_task_sheet": _t(
        "本月尚未录入工作任务书。",
        "本月尚未登錄工作任務書。",
        "No task sheet has been entered for this month.",
    ),
}

_ROLES: dict[str, dict[str, str]] = {
    "form.role.sales_rep": _t("销售代表", "業務代表", "Sales rep"),
    "form.role.sales_manager": _t("销售经理", "業務經理", "Sales manager"),
    "form.role.director": _t("销售总监", "業務總監", "Sales director"),
    "form.role.compliance": _t("合规专员", "合規專員", "Compliance officer"),
}

MESSAGES: dict[str, dict[str, str]] = {**_LABELS, **_ROLES}
