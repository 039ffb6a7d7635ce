"""Texts of the reviews area: the training suggested for the weakest dimension.

Seed 002/003 wording. ``TRAINING`` lists each dimension's suggestions as codes of this table,
in the order they are offered.
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
