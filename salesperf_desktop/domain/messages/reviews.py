"""Texts of the reviews area: the training suggested for the weakest dimension (seed 002/003
wording; ``TRAINING`` lists each dimension's codes in the order they are offered), and why an
appeal, a signature or an interview was refused (``services/review_errors.py``).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "reviews.training.results.1": {
        "zh_CN": "大客户开发与谈判技巧",
        "zh_TW": "大客戶開發與談判技巧",
        "en": "Key-account development and negotiation",
    },
    "reviews.training.results.2": {
        "zh_CN": "销售目标分解与过程管理",
        "zh_TW": "銷售目標分解與過程管理",
        "en": "Breaking down sales targets and managing the pipeline",
    },
    "reviews.training.results.3": {
        "zh_CN": "回款管理与客户信用",
        "zh_TW": "收款管理與客戶信用",
        "en": "Collections and customer credit",
    },
    "reviews.training.behaviour.1": {
        "zh_CN": "拜访计划与客户分级",
        "zh_TW": "拜訪計畫與客戶分級",
        "en": "Visit planning and customer tiers",
    },
    "reviews.training.behaviour.2": {
        "zh_CN": "CRM 拜访记录规范",
        "zh_TW": "CRM 拜訪記錄規範",
        "en": "Keeping CRM visit records",
    },
    "reviews.training.behaviour.3": {
        "zh_CN": "市场信息收集与汇报",
        "zh_TW": "市場資訊蒐集與回報",
        "en": "Gathering and reporting market information",
    },
    "reviews.training.skill_compliance.1": {
        "zh_CN": "产品知识与临床应用通关",
        "zh_TW": "產品知識與臨床應用通關",
        "en": "Product knowledge and clinical use certification",
    },
    "reviews.training.skill_compliance.2": {
        "zh_CN": "学术推广技能",
        "zh_TW": "學術推廣技能",
        "en": "Scientific promotion skills",
    },
    "reviews.training.skill_compliance.3": {
        "zh_CN": "合规推广与反商业贿赂培训",
        "zh_TW": "合規推廣與反商業賄賂訓練",
        "en": "Compliant promotion and anti-bribery training",
    },
    "reviews.training.customer.1": {
        "zh_CN": "客户满意度与投诉处理",
        "zh_TW": "客戶滿意度與客訴處理",
        "en": "Customer satisfaction and complaint handling",
    },
    "reviews.training.customer.2": {
        "zh_CN": "重点客户关系维护",
        "zh_TW": "重點客戶關係經營",
        "en": "Key-account relationship care",
    },
    "reviews.training.team_growth.1": {
        "zh_CN": "团队协作与信息共享",
        "zh_TW": "團隊協作與資訊分享",
        "en": "Teamwork and information sharing",
    },
    "reviews.training.team_growth.2": {
        "zh_CN": "个人职业发展规划",
        "zh_TW": "個人職涯發展規劃",
        "en": "Personal career planning",
    },
    "reviews.training.management.1": {
        "zh_CN": "销售团队辅导与带教",
        "zh_TW": "銷售團隊輔導與帶教",
        "en": "Coaching a sales team",
    },
    "reviews.training.management.2": {
        "zh_CN": "销售费用预算与控制",
        "zh_TW": "銷售費用預算與控管",
        "en": "Sales expense budgeting and control",
    },
    "reviews.training.management.3": {
        "zh_CN": "销售信息系统管理",
        "zh_TW": "銷售資訊系統管理",
        "en": "Running the sales information system",
    },
    # ---- refusals (services/review_errors.py) ----------------------------------------------
    "appeal.no_appraisal": {
        "zh_CN": "没有编号为 {appraisal_id} 的考核",
        "zh_TW": "沒有編號為 {appraisal_id} 的考核",
        "en": "no appraisal {appraisal_id}",
    },
    "appeal.not_published": {
        "zh_CN": "只有已发布的结果才能申诉",
        "zh_TW": "只有已發布的結果才能申訴",
        "en": "only a published result can be appealed",
    },
    "appeal.reason_required": {
        "zh_CN": "申诉需要填写理由",
        "zh_TW": "申訴需要填寫理由",
        "en": "an appeal needs a reason",
    },
    "appeal.before_publication": {
        "zh_CN": "申诉日期不能早于结果发布日期",
        "zh_TW": "申訴日期不能早於結果發布日期",
        "en": "an appeal cannot be filed before the result was published",
    },
    "appeal.pending": {
        "zh_CN": "该考核的申诉 {number} 尚未裁决",
        "zh_TW": "該考核的申訴 {number} 尚未裁決",
        "en": "appeal {number} on this appraisal is still pending",
    },
    "appeal.no_evidence": {
        "zh_CN": "没有编号为 {evidence_id} 的证据文件",
        "zh_TW": "沒有編號為 {evidence_id} 的證據檔案",
        "en": "no evidence {evidence_id}",
    },
    "appeal.month_outside": {
        "zh_CN": "{month} 不在考核期间 {period} 内",
        "zh_TW": "{month} 不在考核期間 {period} 內",
        "en": "{month} is not part of {period}",
    },
    "appeal.unknown_field": {
        "zh_CN": "未知的更正项目 {field}",
        "zh_TW": "未知的更正項目 {field}",
        "en": "unknown field {field}",
    },
    "appeal.several_ratings": {
        "zh_CN": "{indicator}：有多条{rater_name}评分，请逐条更正",
        "zh_TW": "{indicator}：有多筆{rater_name}評分，請逐筆更正",
        "en": "{indicator}: several {rater_name} ratings; correct them one by one",
    },
    "appeal.event_not_in_month": {
        "zh_CN": "事件 {event_id} 不在 {month}",
        "zh_TW": "事件 {event_id} 不在 {month}",
        "en": "event {event_id} is not in {month}",
    },
    "appeal.event_code_required": {
        "zh_CN": "新增事件需要选择加减分项目",
        "zh_TW": "新增事件需要選擇加減分項目",
        "en": "a new event needs an adjustment code",
    },
    "appeal.not_scored": {
        "zh_CN": "此人在该期间已不再参与评分",
        "zh_TW": "此人在該期間已不再參與評分",
        "en": "the person is no longer scored for this period",
    },
    "appeal.note_required": {
        "zh_CN": "更正需要填写原因说明",
        "zh_TW": "更正需要填寫原因說明",
        "en": "a correction needs a note saying why",
    },
    "appeal.already_decided": {
        "zh_CN": "申诉 {number} 已经裁决",
        "zh_TW": "申訴 {number} 已經裁決",
        "en": "{number} was already decided",
    },
    "appeal.choose_outcome": {
        "zh_CN": "请选择：支持、部分支持或驳回",
        "zh_TW": "請選擇：支持、部分支持或駁回",
        "en": "choose upheld, partly upheld or rejected",
    },
    "appeal.decision_reason_required": {
        "zh_CN": "裁决需要填写理由",
        "zh_TW": "裁決需要填寫理由",
        "en": "the decision needs a reason",
    },
    "appeal.decision_before_filing": {
        "zh_CN": "裁决日期不能早于申诉日期",
        "zh_TW": "裁決日期不能早於申訴日期",
        "en": "the decision cannot come before the appeal was filed",
    },
    "appeal.only_upheld_changes": {
        "zh_CN": "只有支持的申诉才能更改数值",
        "zh_TW": "只有支持的申訴才能更改數值",
        "en": "only an upheld appeal may change values",
    },
    "appeal.no_appeal": {
        "zh_CN": "没有编号为 {appeal_id} 的申诉",
        "zh_TW": "沒有編號為 {appeal_id} 的申訴",
        "en": "no appeal {appeal_id}",
    },
    "signoff.no_appraisal": {
        "zh_CN": "没有编号为 {appraisal_id} 的考核",
        "zh_TW": "沒有編號為 {appraisal_id} 的考核",
        "en": "no appraisal {appraisal_id}",
    },
    "signoff.not_published": {
        "zh_CN": "结果尚未发布，请先打印并发布",
        "zh_TW": "結果尚未發布，請先列印並發布",
        "en": "the result is not published yet; print and publish first",
    },
    "signoff.unknown_role": {
        "zh_CN": "未知的签字角色 {role}",
        "zh_TW": "未知的簽字角色 {role}",
        "en": "unknown signer role {role}",
    },
    "signoff.name_required": {
        "zh_CN": "签字需要填写签字人姓名",
        "zh_TW": "簽字需要填寫簽字人姓名",
        "en": "a signature needs the signer's name",
    },
    "signoff.before_publication": {
        "zh_CN": "签字日期不能早于结果发布日期",
        "zh_TW": "簽字日期不能早於結果發布日期",
        "en": "a form cannot be signed before the result was published",
    },
    "signoff.no_period": {
        "zh_CN": "没有编号为 {period_id} 的考核期间",
        "zh_TW": "沒有編號為 {period_id} 的考核期間",
        "en": "no period {period_id}",
    },
    "signoff.cannot_lock": {
        "zh_CN": "{period}：已签字 {signed}/{total} 份（需全部签字、申诉全部裁决且期间已发布）",
        "zh_TW": "{period}：已簽字 {signed}/{total} 份（需全部簽字、申訴全部裁決且期間已發布）",
        "en": "{period}: {signed} of {total} appraisals signed (all must be signed, appeals decided and the period published)",
    },
    "interview.grow_required": {
        "zh_CN": "目标、现状、方案、行动至少填写一项",
        "zh_TW": "目標、現況、方案、行動至少填寫一項",
        "en": "fill in at least one of Goal, Reality, Options, Will",
    },
    "interview.not_found": {
        "zh_CN": "没有编号为 {interview_id} 的面谈",
        "zh_TW": "沒有編號為 {interview_id} 的面談",
        "en": "no interview {interview_id}",
    },
    "interview.not_this_persons": {
        "zh_CN": "行动项 {action_id} 不属于此人",
        "zh_TW": "行動項 {action_id} 不屬於此人",
        "en": "action {action_id} is not this person's",
    },
    "interview.own_actions": {
        "zh_CN": "面谈不能跟进自己的行动项",
        "zh_TW": "面談不能跟進自己的行動項",
        "en": "an interview cannot follow up its own actions",
    },
}

TRAINING: dict[str, tuple[str, ...]] = {
    "results": (
        "reviews.training.results.1",
        "reviews.training.results.2",
        "reviews.training.results.3",
    ),
    "behaviour": (
        "reviews.training.behaviour.1",
        "reviews.training.behaviour.2",
        "reviews.training.behaviour.3",
    ),
    "skill_compliance": (
        "reviews.training.skill_compliance.1",
        "reviews.training.skill_compliance.2",
        "reviews.training.skill_compliance.3",
    ),
    "customer": (
        "reviews.training.customer.1",
        "reviews.training.customer.2",
    ),
    "team_growth": (
        "reviews.training.team_growth.1",
        "reviews.training.team_growth.2",
    ),
    "management": (
        "reviews.training.management.1",
        "reviews.training.management.2",
        "reviews.training.management.3",
    ),
}
