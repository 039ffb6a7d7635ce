"""Appraisal dimensions (seed 003's five, plus the sales-manager sheet of seed 004).

Codes are stable: templates and stored appraisals refer to them. The suggested share is the
percentage of the sheet total seed 003 recommends for the dimension; ``None`` where the seed gives
no range (the manager sheet has its own fixed points instead).
"""

from __future__ import annotations

from salesperf_desktop.domain.library._text import loc

DIMENSIONS: tuple[dict, ...] = (
    {
        "code": "results",
        "name": loc("核心销售业绩", "核心銷售業績", "Core sales results"),
        "description": loc(
            "直接反映销售成果：销售额、回款、新产品、增长、重点产品/区域、市场份额与渠道达成。",
            "直接反映銷售成果：銷售額、收款、新產品、成長、重點產品/區域、市占率與通路達成。",
            "What the person sold: sales, collections, new products, growth, key products "
            "and regions, market share and channel targets.",
        ),
        "suggested_share": (40, 50),
    },
    {
        "code": "behaviour",
        "name": loc("销售行为与过程", "銷售行為與過程", "Sales behaviour and process"),
        "description": loc(
            "规范、高效的销售过程：客户拜访、新客户开发、市场信息反馈、计划与总结。",
            "規範、有效率的銷售過程：客戶拜訪、新客戶開發、市場資訊回饋、計畫與總結。",
            "How the results were earned: customer visits, new customers, market "
            "intelligence, plans and reviews.",
        ),
        "suggested_share": (20, 30),
    },
    {
        "code": "skill_compliance",
        "name": loc("专业能力与合规", "專業能力與合規", "Professional skill and compliance"),
        "description": loc(
            "产品知识、学术推广能力与合规经营；合规为一票否决项。",
            "產品知識、學術推廣能力與合規經營；合規為一票否決項目。",
            "Product knowledge, scientific promotion skill and compliant conduct; "
            "compliance is a veto item.",
        ),
        "suggested_share": (15, 20),
    },
    {
        "code": "customer",
        "name": loc("客户关系", "客戶關係", "Customer relationship"),
        "description": loc(
            "客户满意度、投诉响应与重点客户维护。",
            "客戶滿意度、客訴回應與重點客戶經營。",
            "Customer satisfaction, complaint handling and key-account care.",
        ),
        "suggested_share": (10, 15),
    },
    {
        "code": "team_growth",
        "name": loc("团队协作与发展", "團隊協作與發展", "Teamwork and development"),
        "description": loc(
            "团队协作、信息共享与个人职业发展。",
            "團隊協作、資訊分享與個人職涯發展。",
            "Teamwork, information sharing and personal career development.",
        ),
        "suggested_share": (5, 10),
    },
    {
        "code": "management",
        "name": loc("管理职责", "管理職責", "Management responsibilities"),
        "description": loc(
            "销售经理带队伍、控费用、建信息系统的职责（百分制考核表）。",
            "銷售經理帶領團隊、控管費用、建立資訊系統的職責（百分制考核表）。",
            "A sales manager's duties: developing the team, controlling expenses and "
            "keeping the information system (the 100-point sheet).",
        ),
        "suggested_share": None,
    },
)

DIMENSION_CODES: tuple[str, ...] = tuple(d["code"] for d in DIMENSIONS)


def dimension(code: str) -> dict:
    """The dimension entry for ``code``; KeyError when unknown."""
    for entry in DIMENSIONS:
        if entry["code"] == code:
            return entry
    raise KeyError(code)
