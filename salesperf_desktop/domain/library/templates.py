"""Seed templates (format: docs/design/template-format.md, "Template document", schema 1).

Each template is a complete, self-contained document: items copy the library's name, measure and
rule so that a template frozen into an appraisal prints and scores without the library.
Weights add up to ``sheet_total``; single weights stay within 5–30 % of the sheet except where the
seed itself sets more (the manager sheet's 40 points for sales plan completion, seed 004).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from salesperf_desktop.domain.dimension_ranges import SEED_003, SEED_003_SCHEME
from salesperf_desktop.domain.library._text import loc
from salesperf_desktop.domain.library.indicators import indicator
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.policy import Source, readable

SEED_004 = "004_bb1acd8ed33e49c5.txt"

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
    team_basis: str | None = None,
    grades: dict | None = None,
    sheet_total: int = 100,
    scheme: str | None = None,
) -> dict:
    extra = {} if scheme is None else {"scheme": scheme}
    if team_basis is not None:
        extra["team_basis"] = team_basis
    return {
        **extra,
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
# quarterly appraisal; 30 % of the result tied to the team pool: the team goal (e.g. the region's
# market-share attainment), its attainment capped like the sheet's achievement items (常用做法).
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
    team_basis="team_goal",
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

# Pharma sales staff — seed 003's scheme as the seed states it: its five dimensions, each within
# its suggested range (results 45 of 40–50, behaviour 25 of 20–30, skill & compliance 15 of 15–20,
# customer 10 of 10–15, team 5 of 5–10), and its five core formulas, key product and key region
# achievement included. The split of each dimension among its indicators is 常用做法.
PHARMA_SEED003 = _template(
    "pharma_rep",
    loc(
        "药品销售人员（五维度考核）",
        "藥品業務人員（五維度考核）",
        "Pharma sales staff (five dimensions)",
    ),
    "sales_rep",
    "any",
    "monthly",
    [
        _item("sales_achievement", 15),
        _item("collection_rate", 10),
        _item("new_product_share", 5),
        _item("sales_growth", 5),
        _item("key_product_achievement", 5),
        _item("key_region_achievement", 5),
        _item("effective_visits", 5),
        _item("visit_plan_completion", 5),
        _item("new_customers", 5),
        _item("market_info_reports", 5),
        _item("plans_summaries_timely", 5),
        _item("product_knowledge_test", 5),
        _item("compliance_veto", 5),
        _item("training_attendance", 5),
        _item("customer_satisfaction", 5),
        _item("key_account_maintenance", 5),
        _item("teamwork_sharing", 5),
    ],
    scheme=SEED_003_SCHEME,
)

# Sales director — seed 004 篇十 (绩效部分百分制考核): the ten duties with the seed's points,
# 20/10/10/5/10/5/10/5/5/10. They add up to 90, not 100, although the seed heads them 百分制;
# the seed's numbers are kept, so the sheet total is 90 (grade bands scale with it).
SALES_DIRECTOR = _template(
    "sales_director_duties",
    loc("销售总监（岗位职责考核）", "銷售總監（職務考核）", "Sales director (duties)"),
    "director",
    "any",
    "monthly",
    [
        _item("director_strategy_targets", 20),
        _item("director_sales_system", 10),
        _item("director_customers_markets", 10),
        _item("director_team_building", 5),
        _item("director_budget_costs", 10),
        _item("director_key_accounts", 5),
        _item("director_team_targets", 10),
        _item("director_key_visits", 5),
        _item("director_market_insight", 5),
        _item("director_solutions", 10),
    ],
    sheet_total=90,
)

# Sales department — seed 004 篇七 第四条: a 120-point sheet of the department's 5–7 most
# important indicators, weighted by importance. The seed names no indicators and no weights:
# these six (from the library) and their points (30/20/15/15/10/10 % of 120) are 常用做法.
DEPARTMENT_120 = _template(
    "sales_department",
    loc("销售部门（一百二十分制）", "銷售部門（一百二十分制）", "Sales department (120 points)"),
    # never matched to a person by role: the officer gives it to a team in the editor
    "department",
    "any",
    "monthly",
    [
        _item("sales_plan_completion", 36),
        _item("collection_rate", 24),
        _item("sales_expense_usage", 18),
        _item("key_product_achievement", 18),
        _item("reps_on_target_share", 12),
        _item("info_system_management", 12),
    ],
    sheet_total=120,
)

SEED_TEMPLATES: tuple[dict, ...] = (
    REP_MATURE,
    REP_INNOVATIVE,
    REP_DISTRIBUTOR,
    SALES_MANAGER,
    PROBATION,
    PHARMA_SEED003,
    SALES_DIRECTOR,
    DEPARTMENT_120,
)
#: The seed templates every database made before the three above got when it was created.
FIRST_SEED_TEMPLATES: tuple[str, ...] = (
    "rep_mature",
    "rep_innovative",
    "rep_distributor",
    "sales_manager",
    "probation",
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
    "pharma_rep": loc(
        "种子文件 003 的药品销售人员考核表：五个维度，权重在种子文件建议的区间内（核心业绩 45、行为与过程 25、"
        "专业与合规 15、客户 10、团队 5）；含销售达成、回款、新产品占比、增长率、重点产品和重点区域达成六个公式。"
        "各维度内的分配为常用做法。",
        "種子檔案 003 的藥品業務人員考核表：五個維度，權重在種子檔案建議的區間內（核心業績 45、行為與過程 25、"
        "專業與合規 15、客戶 10、團隊 5）；含銷售達成、收款、新產品佔比、成長率、重點產品和重點區域達成六個公式。"
        "各維度內的分配為常用做法。",
        "Seed 003's pharma sheet: five dimensions within the seed's suggested ranges (results "
        "45, behaviour 25, skill and compliance 15, customer 10, team 5), with its formulas: "
        "sales, collections, new-product share, growth, key product and key region achievement. "
        "The split within each dimension is common practice.",
    ),
    "sales_director_duties": loc(
        "种子文件 004 的销售总监岗位职责考核：十项职责及其权重分（20、10、10、5、10、5、10、5、5、10）。"
        "种子文件称“百分制”，但十项合计 90 分；按种子文件的数字保留，总分为 90。每项由上级按 1–5 级评分"
        "（评分标准为常用做法，种子文件未给出）。",
        "種子檔案 004 的銷售總監職務考核：十項職責及其權重分（20、10、10、5、10、5、10、5、5、10）。"
        "種子檔案稱「百分制」，但十項合計 90 分；依種子檔案的數字保留，總分為 90。每項由上級按 1–5 級評分"
        "（評分標準為常用做法，種子檔案未提供）。",
        "Seed 004's sales director duty sheet: ten duties with the seed's points (20, 10, 10, "
        "5, 10, 5, 10, 5, 5, 10). The seed calls it a 100-point sheet but the ten add up to 90; "
        "the seed's numbers are kept, so the total is 90. Each duty is rated 1–5 by the "
        "superior (the anchors are common practice; the seed gives none).",
    ),
    "sales_department": loc(
        "种子文件 004 的部门考核：一百二十分制，选部门最重要的 5–7 项指标按重要程度定权重。"
        "种子文件未指定指标和分值：这六项及其分值为常用做法，请按部门的目标责任书调整。",
        "種子檔案 004 的部門考核：一百二十分制，選部門最重要的 5–7 項指標按重要程度定權重。"
        "種子檔案未指定指標和分值：這六項及其分值為常用做法，請依部門的目標責任書調整。",
        "Seed 004's department sheet: 120 points over the department's 5–7 most important "
        "indicators, weighted by importance. The seed names neither indicators nor points: these "
        "six and their points are common practice; adjust them to the department's target "
        "responsibility letter.",
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


# ---- where the shipped numbers come from ------------------------------------------------
# As the policy's SOURCES (domain/policy.py): a seed, its clause and its exact words (as the
# seed file has them), or, where no seed states the number, 常用做法 with a note (catalogue
# code, domain/messages/templates.py). Given for the templates shipped from issue 18 on.


@dataclass(frozen=True, slots=True)
class ItemSource:
    """Why an indicator is on a shipped sheet (``item``) and where its points come from."""

    item: Source
    weight: Source


def _s003(clause: str, quote: str) -> Source:
    return Source(SEED_003, clause=f"三、考核維度與指標設計 {clause}", quote=quote)


def _s004(clause: str, quote: str) -> Source:
    return Source(SEED_004, clause=clause, quote=quote)


_IN_RANGE = Source(None, note="template.source.weight_in_range")
_DEPT_WEIGHT = Source(None, note="template.source.department_weight")
_DEPT_ITEM = Source(None, note="template.source.department_item")
_DIRECTOR_CLAUSE = "篇十（绩效部分百分制考核）"


def _director(n: int, quote: str) -> ItemSource:
    source = _s004(f"{_DIRECTOR_CLAUSE} 第{n}项", quote)
    return ItemSource(source, source)


#: The sheet itself: its structure and its total.
SHEET_SOURCES: dict[str, Source] = {
    "pharma_rep": _s003("(一)–(五)", "(一)核心銷售業(yè)績指標(biāo)(權(quán)重建議:40%-50%)"),
    "sales_director_duties": _s004(_DIRECTOR_CLAUSE, "（绩效部分百分制考核）"),
    "sales_department": _s004("篇七 第四条 部门关键业绩指标", "部门业绩考核计分采用一百二十分制"),
}

TEMPLATE_SOURCES: dict[str, dict[str, ItemSource]] = {
    "pharma_rep": {
        "sales_achievement": ItemSource(
            _s003("(一)1 銷售任務達成率", "實(shí)際銷售額(銷量)/計(jì)劃銷售額(銷量)×100%"),
            _IN_RANGE,
        ),
        "collection_rate": ItemSource(
            _s003("(一)2 銷售回款率", "實(shí)際回款金額/應(yīng)收貨款金額×100%"), _IN_RANGE
        ),
        "new_product_share": ItemSource(
            _s003("(一)3 新產品銷售占比", "新產(chǎn)品實(shí)際銷售額/總銷售額×100%"), _IN_RANGE
        ),
        "sales_growth": ItemSource(
            _s003("(一)4 銷售增長率", "(本期銷售額-上期銷售額)/上期銷售額×100%"), _IN_RANGE
        ),
        "key_product_achievement": ItemSource(
            _s003(
                "(一)5",
                "5.重點(diǎn)產(chǎn)品/區(qū)域銷售達(dá)成率",
            ),
            _IN_RANGE,
        ),
        "key_region_achievement": ItemSource(
            _s003(
                "(一)5",
                "5.重點(diǎn)產(chǎn)品/區(qū)域銷售達(dá)成率",
            ),
            _IN_RANGE,
        ),
        "effective_visits": ItemSource(
            _s003("(二)1 客戶拜訪效率與質量", "有效客戶拜訪次數(shù)"), _IN_RANGE
        ),
        "visit_plan_completion": ItemSource(
            _s003("(二)1 客戶拜訪效率與質量", "拜訪計(jì)劃完成率"), _IN_RANGE
        ),
        "new_customers": ItemSource(
            _s003("(二)2", "2.新客戶開發(fā)數(shù)量與質(zhì)量"), _IN_RANGE
        ),
        "market_info_reports": ItemSource(_s003("(二)3", "3.市場信息收集與反饋"), _IN_RANGE),
        "plans_summaries_timely": ItemSource(
            _s003("(二)4", "4.銷售計(jì)劃與總結(jié)的規(guī)范性"), _IN_RANGE
        ),
        "product_knowledge_test": ItemSource(
            _s003("(三)1 產品知識掌握與學術推廣能力", "考核方式:定期知識測試"), _IN_RANGE
        ),
        "compliance_veto": ItemSource(_s003("(三)2 合規經營與職業操守", "一票否決"), _IN_RANGE),
        "training_attendance": ItemSource(
            _s003("(三)3 學習能力與技能提升", "培訓(xùn)出勤率"), _IN_RANGE
        ),
        "customer_satisfaction": ItemSource(_s003("(四)1", "1.客戶滿意度"), _IN_RANGE),
        "key_account_maintenance": ItemSource(
            _s003("(四)3 重點客戶維護與關係深化", "重點(diǎn)客戶的定期拜訪頻率"), _IN_RANGE
        ),
        "teamwork_sharing": ItemSource(
            _s003("(五)1", "1.團(tuán)隊(duì)協(xié)作與信息共享"), _IN_RANGE
        ),
    },
    "sales_director_duties": {
        "director_strategy_targets": _director(
            1, "结合市场情况制定销售策略与规划并组织实施，达成销售目标；（权重分20）"
        ),
        "director_sales_system": _director(2, "完善完整销售体系和流程；（权重分10）"),
        "director_customers_markets": _director(3, "建立新客户联系，开拓新市场；（权重分10）"),
        "director_team_building": _director(4, "激发销售人员进行客户开拓和维护；\n（权重分5）"),
        "director_budget_costs": _director(5, "控制销售成本，提高销售利润；\n（权重分10）"),
        "director_key_accounts": _director(6, "负责协调维护市场与技术关系；（权重分5）"),
        "director_team_targets": _director(
            7, "包括销售目标的制定、分解、部署、监督实施；（权重分10）"
        ),
        "director_key_visits": _director(
            8, "建立、保持与客户、同行业间的良好合作关系；（权重分5）"
        ),
        "director_market_insight": _director(
            9, "为企业提供业务发展和价格定位的战略依据；（权重分5）"
        ),
        "director_solutions": _director(10, "熟悉市场状况并有独特见解和营销方案；（权重分10）"),
    },
    "sales_department": {
        code: ItemSource(_DEPT_ITEM, _DEPT_WEIGHT)
        for code in (
            "sales_plan_completion",
            "collection_rate",
            "sales_expense_usage",
            "key_product_achievement",
            "reps_on_target_share",
            "info_system_management",
        )
    },
}


def source_text(source: Source, lang: str = "zh_CN") -> str:
    """Where a shipped number comes from, in *lang*: the seed, its clause and its words (without
    the seed file's pinyin readings or line breaks), or the 常用做法 note."""
    if source.seed:
        quote = " ".join(readable(source.quote).split())
        params = {"seed": source.seed[:3], "clause": source.clause, "quote": quote}
        return render("policy.source.seed", params, lang)
    return render(source.note, {}, lang)
