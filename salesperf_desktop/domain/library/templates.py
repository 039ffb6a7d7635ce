"""Seed templates (format: docs/design/template-format.md, "Template document", schema 1).

Each template is a complete, self-contained document: items copy the library's name, measure and
rule so that a template frozen into an appraisal prints and scores without the library.
Weights add up to ``sheet_total``; single weights stay within 5–30 % of the sheet except where the
seed itself sets more (the manager sheet's 40 points for sales plan completion, seed 004).
"""

from __future__ import annotations

import copy

from salesperf_desktop.domain.library._text import loc
from salesperf_desktop.domain.library.indicators import indicator

SCHEMA_VERSION = 1

# Rater weights: no seed gives any (seed 004 only asks for more raters than the supervisor,
# 可实行360度多角度全面考核). 70/10/20 is common practice (常用做法) and the company policy's
# proposal; a template with these weights follows the policy (domain/policy.py).
RATER_WEIGHTS = {"supervisor": 70, "self": 10, "peer": 20}


def _standard_grades() -> dict:
    # The product's proposal, not a seed's (常用做法): a template with exactly these bands follows
    # the company policy's bands (domain/policy.py), which the officer confirms.
    return {
        "bands": [
            {"grade": "S", "min": 95, "coefficient": 1.5},
            {"grade": "A", "min": 85, "coefficient": 1.2},
            {"grade": "B", "min": 70, "coefficient": 1.0},
            {"grade": "C", "min": 60, "coefficient": 0.8},
            {"grade": "D", "min": None, "coefficient": 0.0},
        ],
        "distribution": {"S": 0.10, "A": 0.20, "B": 0.40, "C": 0.20, "D": 0.10},
    }


def _manager_grades() -> dict:
    # The manager sheet can exceed 100 (sales plan up to 60 of 40 points), so S starts higher.
    return {
        "bands": [
            {"grade": "S", "min": 105, "coefficient": 1.5},
            {"grade": "A", "min": 90, "coefficient": 1.2},
            {"grade": "B", "min": 75, "coefficient": 1.0},
            {"grade": "C", "min": 60, "coefficient": 0.8},
            {"grade": "D", "min": None, "coefficient": 0.0},
        ],
        "distribution": {"S": 0.10, "A": 0.20, "B": 0.40, "C": 0.20, "D": 0.10},
    }


def _probation_grades() -> dict:
    # Probation staff are few and appraised on separate terms (seed 004): no S grade and no
    # forced distribution; the grade reads as a confirmation recommendation (see TEMPLATE_NOTES).
    return {
        "bands": [
            {"grade": "A", "min": 85, "coefficient": 1.2},
            {"grade": "B", "min": 70, "coefficient": 1.0},
            {"grade": "C", "min": 60, "coefficient": 0.8},
            {"grade": "D", "min": None, "coefficient": 0.0},
        ],
        "distribution": None,
    }


def _item(code: str, weight: int, rule: dict | None = None) -> dict:
    """A template item copied from the library entry ``code`` (rule overridable per template)."""
    entry = indicator(code)
    return {
        "indicator": code,
        "dimension": entry["dimension"],
        "weight": weight,
        "measure": entry["measure"],
        "rule": copy.deepcopy(rule if rule is not None else entry["default_rule"]),
        "name": dict(entry["name"]),
    }


def _template(
    code: str,
    name: dict[str, str],
    role: str,
    product_line: str,
    cycle: str,
    items: list[dict],
    *,
    team_share: float = 0.0,
    grades: dict | None = None,
    sheet_total: int = 100,
) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "code": code,
        "name": name,
        "role": role,
        "product_line": product_line,
        "cycle": cycle,
        "sheet_total": sheet_total,
        "rater_weights": dict(RATER_WEIGHTS),
        "team_share": team_share,
        "adjustment_caps": {"bonus": None, "penalty": None},
        "grades": grades if grades is not None else _standard_grades(),
        "items": items,
    }


# Sales rep, mature products — seed 003's five dimensions; seed 002: growth + share retention,
# monthly appraisal with a quarterly review. Results 40, behaviour 25, skill & compliance 20,
# customer 10, team 5.
REP_MATURE = _template(
    "rep_mature",
    loc("销售代表（成熟产品）", "業務代表（成熟產品）", "Sales rep (mature products)"),
    "sales_rep",
    "mature",
    "monthly",
    [
        _item("sales_achievement", 20),
        _item("collection_rate", 10),
        _item("sales_growth", 5),
        _item("market_share_retention", 5),
        _item("effective_visits", 5),
        _item("visit_plan_completion", 5),
        _item("new_customers", 5),
        _item("market_info_reports", 5),
        _item("plans_summaries_timely", 5),
        _item("product_knowledge_test", 5),
        _item("compliance_veto", 5),
        _item("promo_material_approval_rate", 5),
        _item("training_attendance", 5),
        _item("customer_satisfaction", 5),
        _item("key_account_maintenance", 5),
        _item("teamwork_sharing", 5),
    ],
)

# Sales rep, innovative products — seed 002: coverage (target departments), clinical trial
# conversion and milestone hospitals rather than pure sales; academic promotion weighs more;
# quarterly appraisal; 30 % of the result tied to the team pool.
# Results 40, behaviour 20, skill & compliance 25, customer 10, team 5.
REP_INNOVATIVE = _template(
    "rep_innovative",
    loc("销售代表（创新产品）", "業務代表（創新產品）", "Sales rep (innovative products)"),
    "sales_rep",
    "innovative",
    "quarterly",
    [
        _item("new_product_achievement", 10),
        _item("clinical_trial_sites", 10),
        _item("clinical_trial_conversion", 10),
        _item("target_department_coverage", 10),
        _item("effective_visits", 5),
        _item("visit_plan_completion", 5),
        _item("visit_record_completeness", 5),
        _item("market_info_reports", 5),
        _item("academic_promotion", 10),
        _item("product_knowledge_test", 5),
        _item("promo_material_approval_rate", 5),
        _item("compliance_veto", 5),
        _item("nps", 5),
        _item("key_account_maintenance", 5),
        _item("teamwork_sharing", 5),
    ],
    team_share=0.3,
)

# Sales rep, distributor channel — seed 002: stock-in achievement together with sell-through
# (no channel stuffing), collections; supply-chain satisfaction and joint activities with
# distributors. Results 45, behaviour 20, skill & compliance 15, customer 15, team 5.
REP_DISTRIBUTOR = _template(
    "rep_distributor",
    loc("渠道销售代表（经销商）", "通路業務代表（經銷商）", "Channel sales rep (distributors)"),
    "sales_rep",
    "distributor",
    "monthly",
    [
        _item("distributor_stockin_achievement", 20),
        _item("sell_through_rate", 15),
        _item("collection_rate", 10),
        _item("effective_visits", 5),
        _item("visit_plan_completion", 5),
        _item("new_customers", 5),
        _item("market_info_reports", 5),
        _item("product_knowledge_test", 5),
        _item("compliance_veto", 5),
        _item("training_attendance", 5),
        _item("distributor_satisfaction", 5),
        _item("joint_marketing_activities", 5),
        _item("complaint_response_time", 5),
        _item("teamwork_sharing", 5),
    ],
)

# Sales manager — seed 004's 100-point sheet exactly: 40 / 20 / 20 / 15 / 5.
SALES_MANAGER = _template(
    "sales_manager",
    loc("销售经理", "銷售經理", "Sales manager"),
    "sales_manager",
    "any",
    "monthly",
    [
        _item("sales_plan_completion", 40),
        _item("reps_on_target_share", 20),
        _item("sales_expense_usage", 20),
        _item("info_system_management", 15),
        _item("work_attitude", 5),
    ],
    grades=_manager_grades(),
)

# Probation staff — seed 004: probation, transfer and newly promoted staff are appraised on
# separate terms. The emphasis is learning, activity and conduct, not sales volume.
PROBATION = _template(
    "probation",
    loc("试用期销售人员", "試用期業務人員", "Sales staff on probation"),
    "sales_rep",
    "any",
    "monthly",
    [
        _item("product_knowledge_test", 20),
        _item("training_attendance", 10),
        _item("effective_visits", 15),
        _item("visit_plan_completion", 10),
        _item("visit_record_completeness", 10),
        _item("task_sheet", 15),
        _item("compliance_veto", 5),
        _item("work_attitude", 15),
    ],
    grades=_probation_grades(),
)

SEED_TEMPLATES: tuple[dict, ...] = (
    REP_MATURE,
    REP_INNOVATIVE,
    REP_DISTRIBUTOR,
    SALES_MANAGER,
    PROBATION,
)

# Guidance shown beside a template in the editor; kept outside the documents so the template
# format stays exactly as specified.
TEMPLATE_NOTES: dict[str, dict[str, str]] = {
    "rep_mature": loc(
        "适用于成熟产品线销售代表：按五个维度月度考核、季度复盘；以销售达成、回款、增长与市场份额保有为核心。",
        "適用於成熟產品線業務代表：依五個構面每月考核、每季檢討；以銷售達成、收款、成長與市占率維持為核心。",
        "For reps selling mature products: five dimensions, appraised monthly with a quarterly "
        "review; centred on sales, collections, growth and keeping market share.",
    ),
    "rep_innovative": loc(
        "适用于创新产品线销售代表：季度考核加年度总评，允许市场培育期；重视目标科室覆盖、临床试用转化与学术推广，"
        "完成里程碑（如 10 家三甲医院试用）另加分；个人结果的 30% 与团队目标挂钩。",
        "適用於創新產品線業務代表：每季考核加年度總評，容許市場培育期；重視目標科別覆蓋、臨床試用轉換與學術推廣，"
        "達成里程碑（如 10 家醫學中心試用）另外加分；個人結果的 30% 與團隊目標連動。",
        "For reps launching innovative products: quarterly appraisal plus an annual review, "
        "allowing a market-building period; weights department coverage, trial conversion and "
        "academic promotion, milestones (e.g. 10 top-tier hospital trials) earn bonus points; "
        "30 % of the result is tied to the team goal.",
    ),
    "rep_distributor": loc(
        "适用于经销商渠道销售代表：进货达成与终端动销率一并考核，防止压货；兼顾回款与经销商满意度。",
        "適用於經銷商通路業務代表：進貨達成與終端動銷率一併考核，避免塞貨；兼顧收款與經銷商滿意度。",
        "For reps working through distributors: stock-in is appraised together with "
        "sell-through so stuffing the channel does not pay; also collections and distributor "
        "satisfaction.",
    ),
    "sales_manager": loc(
        "销售经理百分制考核表：销售计划完成率 40 分（完成计划得 40 分，超计划 50% 以上得 60 分，不足 60% 得 0 分）、"
        "下属达标率 20 分、销售费用使用率 20 分、信息系统管理 15 分、工作态度 5 分。",
        "銷售經理百分制考核表：銷售計畫達成率 40 分（達成計畫得 40 分，超過計畫 50% 以上得 60 分，未達 60% 得 0 分）、"
        "所屬人員達標率 20 分、銷售費用使用率 20 分、資訊系統管理 15 分、工作態度 5 分。",
        "Sales manager's 100-point sheet: sales plan completion 40 (40 on plan, 60 at 150 % of "
        "plan or more, 0 below 60 %), share of reps on target 20, sales expense usage 20, "
        "information-system management 15, work attitude 5.",
    ),
    "probation": loc(
        "适用于试用期、转岗及新晋升人员，不参加正式考核周期。等级含义：A 建议按期转正并予肯定；B 按期转正；"
        "C 延长试用期并制定改进计划；D 不予转正。",
        "適用於試用期、調任及新晉升人員，不納入正式考核週期。等級意義：A 建議如期轉正並予肯定；B 如期轉正；"
        "C 延長試用期並訂定改善計畫；D 不予轉正。",
        "For staff on probation, transferred or newly promoted, outside the regular cycle. "
        "Grades read: A confirm on time with recognition; B confirm on time; C extend probation "
        "with an improvement plan; D do not confirm.",
    ),
}

_BY_CODE: dict[str, dict] = {t["code"]: t for t in SEED_TEMPLATES}


def template(code: str) -> dict:
    """A deep copy of the seed template ``code`` (callers may edit it freely); KeyError if unknown."""
    return copy.deepcopy(_BY_CODE[code])
