"""Demo data for "E Company" (E公司), a medical-device sales office (seed 000's case company).

Pure data plus one deterministic generator: ``demo_months`` yields, per person and month, the
target/actual/base of every indicator of the person's template, the raters' scores for rated
indicators, and a few events (adjustments of seed 004, milestone of seed 002, key incidents).
No database code: the storage layer turns these dicts into rows.

Money is in yuan (CNY). Ratings are on the 1–5 scale of the library's rated indicators.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from salesperf_desktop.domain.library._text import loc
from salesperf_desktop.domain.library.templates import template

COMPANY = {
    "code": "E",
    "name": loc("E公司", "E公司", "E Company"),
    "industry": loc("医疗器械销售", "醫療器材銷售", "Medical device sales"),
}

COMPLIANCE_OFFICER = {
    "name": "何静",
    "name_en": "He Jing",
    "title": loc("合规专员", "合規專員", "Compliance officer"),
}

TEAMS: tuple[dict, ...] = (
    {
        "code": "east_mature",
        "name": loc("华东成熟产品组", "華東成熟產品組", "East China mature products team"),
        "product_line": "mature",
        "template": "rep_mature",
        "leader": "E002",
    },
    {
        "code": "innovative",
        "name": loc("创新产品组", "創新產品組", "Innovative products team"),
        "product_line": "innovative",
        "template": "rep_innovative",
        "leader": "E001",
    },
    {
        "code": "distributor",
        "name": loc("渠道分销组", "通路經銷組", "Distributor channel team"),
        "product_line": "distributor",
        "template": "rep_distributor",
        "leader": "E001",
    },
)

# Seed 002's team pool: the innovative team's goal, the region's market-share attainment,
# entered each month (target and actual in %); the reps' 30 % team share follows it.
TEAM_GOALS: dict[str, dict] = {
    "innovative": {
        "name": loc("区域市场份额达标率", "區域市場份額達標率", "Regional market share attainment"),
        "measure": "percent",
        "target": 20.0,
        "actual": {5: 17.6, 6: 18.4, 7: 19.0, 8: 18.0, 9: 20.6, 10: 19.4},
    },
}

REGIONS = {
    "shanghai": loc("上海", "上海", "Shanghai"),
    "hangzhou": loc("杭州", "杭州", "Hangzhou"),
    "nanjing": loc("南京", "南京", "Nanjing"),
    "suzhou": loc("苏州", "蘇州", "Suzhou"),
    "hefei": loc("合肥", "合肥", "Hefei"),
    "ningbo": loc("宁波", "寧波", "Ningbo"),
    "wuxi": loc("无锡", "無錫", "Wuxi"),
}

_TITLES = {
    "director": loc("销售总监", "銷售總監", "Sales director"),
    "manager": loc("销售经理", "銷售經理", "Sales manager"),
    "senior_rep": loc("高级销售代表", "資深業務代表", "Senior sales representative"),
    "rep": loc("销售代表", "業務代表", "Sales representative"),
    "channel_rep": loc("渠道销售代表", "通路業務代表", "Channel sales representative"),
    "probation_rep": loc("见习销售代表", "見習業務代表", "Trainee sales representative"),
}


def _person(
    employee_id: str,
    name: str,
    name_en: str,
    title: str,
    role: str,
    team: str | None,
    region: str,
    hire_date: str,
    supervisor: str | None,
    template_code: str,
    *,
    business_mentor: str | None = None,
    compliance_mentor: str | None = None,
    status: str = "regular",
    probation_end: str | None = None,
) -> dict:
    return {
        "employee_id": employee_id,
        "name": name,
        "name_en": name_en,
        "title": dict(_TITLES[title]),
        "role": role,
        "team": team,
        "region": dict(REGIONS[region]),
        "hire_date": hire_date,
        "supervisor": supervisor,
        "business_mentor": business_mentor,
        "compliance_mentor": compliance_mentor,
        "status": status,
        "probation_end": probation_end,
        "template": template_code,
    }


# The people's names in traditional characters (zh_TW); English uses ``name_en``.
_TRADITIONAL_NAMES = {
    "王建国": "王建國",
    "张伟": "張偉",
    "陈静": "陳靜",
    "赵敏": "趙敏",
    "孙丽": "孫麗",
    "刘洋": "劉洋",
    "吴芳": "吳芳",
    "郑强": "鄭強",
    "冯雪": "馮雪",
    "黄磊": "黃磊",
    "何静": "何靜",
}

HR_OFFICER = {"name": "周婷", "name_en": "Zhou Ting"}


def person_name(person: dict, lang: str) -> str:
    """A demo person's name as the reader writes it: 张伟 / 張偉 / Zhang Wei."""
    if lang == "en":
        return person["name_en"]
    if lang == "zh_TW":
        return _TRADITIONAL_NAMES.get(person["name"], person["name"])
    return person["name"]


# The director is appraised on the manager sheet for the whole office; the one sales manager
# leads the mature team; innovative and channel reps report to the director directly.
STAFF: tuple[dict, ...] = (
    _person(
        "E001",
        "王建国",
        "Wang Jianguo",
        "director",
        "director",
        None,
        "shanghai",
        "2012-03-01",
        None,
        "sales_manager",
    ),
    _person(
        "E002",
        "李明",
        "Li Ming",
        "manager",
        "sales_manager",
        "east_mature",
        "shanghai",
        "2015-07-01",
        "E001",
        "sales_manager",
    ),
    _person(
        "E003",
        "张伟",
        "Zhang Wei",
        "senior_rep",
        "sales_rep",
        "east_mature",
        "shanghai",
        "2017-04-10",
        "E002",
        "rep_mature",
    ),
    _person(
        "E004",
        "陈静",
        "Chen Jing",
        "rep",
        "sales_rep",
        "east_mature",
        "hangzhou",
        "2019-08-19",
        "E002",
        "rep_mature",
    ),
    _person(
        "E005",
        "刘洋",
        "Liu Yang",
        "rep",
        "sales_rep",
        "east_mature",
        "nanjing",
        "2020-03-02",
        "E002",
        "rep_mature",
    ),
    _person(
        "E006",
        "赵敏",
        "Zhao Min",
        "rep",
        "sales_rep",
        "east_mature",
        "suzhou",
        "2023-06-05",
        "E002",
        "rep_mature",
        business_mentor="E003",
        compliance_mentor=COMPLIANCE_OFFICER["name"],
    ),
    _person(
        "E007",
        "孙丽",
        "Sun Li",
        "senior_rep",
        "sales_rep",
        "innovative",
        "shanghai",
        "2018-05-14",
        "E001",
        "rep_innovative",
    ),
    _person(
        "E008",
        "周杰",
        "Zhou Jie",
        "rep",
        "sales_rep",
        "innovative",
        "hangzhou",
        "2021-09-01",
        "E001",
        "rep_innovative",
        business_mentor="E007",
    ),
    _person(
        "E009",
        "吴芳",
        "Wu Fang",
        "rep",
        "sales_rep",
        "innovative",
        "nanjing",
        "2022-02-21",
        "E001",
        "rep_innovative",
        business_mentor="E007",
        compliance_mentor=COMPLIANCE_OFFICER["name"],
    ),
    _person(
        "E010",
        "郑强",
        "Zheng Qiang",
        "senior_rep",
        "sales_rep",
        "distributor",
        "hefei",
        "2016-11-07",
        "E001",
        "rep_distributor",
    ),
    _person(
        "E011",
        "冯雪",
        "Feng Xue",
        "channel_rep",
        "sales_rep",
        "distributor",
        "ningbo",
        "2020-10-12",
        "E001",
        "rep_distributor",
    ),
    _person(
        "E012",
        "黄磊",
        "Huang Lei",
        "probation_rep",
        "sales_rep",
        "distributor",
        "wuxi",
        "2026-08-03",
        "E001",
        "probation",
        business_mentor="E010",
        compliance_mentor=COMPLIANCE_OFFICER["name"],
        status="probation",
        probation_end="2027-02-02",
    ),
)

# Seed 004: targets are lower in the off-season and higher in the peak season. For medical
# devices the trough is the Spring Festival (Jan–Feb) and the summer; the peak is the hospitals'
# year-end budget spending (Nov–Dec).
SEASONAL_PROFILE: dict[int, float] = {
    1: 0.85, 2: 0.65, 3: 0.95, 4: 1.00, 5: 1.00, 6: 1.05,
    7: 0.90, 8: 0.90, 9: 1.05, 10: 1.00, 11: 1.15, 12: 1.30,
}  # fmt: skip

# Indicators whose monthly target follows the seasonal profile (money and volume); visit,
# report and training targets stay flat.
SEASONAL_INDICATORS = frozenset(
    {
        "sales_achievement",
        "collection_rate",
        "sales_growth",
        "new_product_achievement",
        "distributor_stockin_achievement",
        "sell_through_rate",
        "sales_plan_completion",
        "sales_expense_usage",
    }
)

# Monthly target levels per person and indicator, before the seasonal factor. For `ratio`
# measures the "target" is the denominator (receivable, planned visits, full marks, promised
# response hours, respondents …). Rated indicators have no target (None).
_MATURE_COMMON = {
    "market_share_retention": 18.0,  # base-period market share in %
    "effective_visits": 60,
    "visit_plan_completion": 50,
    "new_customers": 2,
    "market_info_reports": 4,
    "plans_summaries_timely": None,
    "product_knowledge_test": 100,
    "compliance_veto": 1,
    "promo_material_approval_rate": 4,
    "training_attendance": 4,
    "customer_satisfaction": 100,
    "key_account_maintenance": None,
    "teamwork_sharing": None,
}
_INNOVATIVE_COMMON = {
    "clinical_trial_sites": 2,
    "clinical_trial_conversion": 3,  # trials completed that could convert
    "target_department_coverage": 20,
    "effective_visits": 50,
    "visit_plan_completion": 45,
    "visit_record_completeness": 50,
    "market_info_reports": 4,
    "academic_promotion": 3,
    "product_knowledge_test": 100,
    "promo_material_approval_rate": 5,
    "compliance_veto": 1,
    "nps": 20,  # respondents
    "key_account_maintenance": None,
    "teamwork_sharing": None,
}
_DISTRIBUTOR_COMMON = {
    "effective_visits": 40,
    "visit_plan_completion": 35,
    "new_customers": 2,
    "market_info_reports": 3,
    "product_knowledge_test": 100,
    "compliance_veto": 1,
    "training_attendance": 4,
    "distributor_satisfaction": 100,
    "joint_marketing_activities": 2,
    "complaint_response_time": 24,  # promised hours
    "teamwork_sharing": None,
}
_MANAGER_COMMON = {
    "sales_plan_completion": None,  # computed from the managed reps' targets
    "reps_on_target_share": None,  # computed: number of managed reps
    "info_system_management": None,
    "work_attitude": None,
}

TARGET_LEVELS: dict[str, dict[str, float | int | None]] = {
    "E001": {**_MANAGER_COMMON, "sales_expense_usage": 260_000},
    "E002": {**_MANAGER_COMMON, "sales_expense_usage": 90_000},
    "E003": {**_MATURE_COMMON, "sales_achievement": 420_000, "collection_rate": 400_000,
             "sales_growth": 420_000},
    "E004": {**_MATURE_COMMON, "sales_achievement": 350_000, "collection_rate": 330_000,
             "sales_growth": 350_000},
    "E005": {**_MATURE_COMMON, "sales_achievement": 320_000, "collection_rate": 300_000,
             "sales_growth": 320_000},
    "E006": {**_MATURE_COMMON, "sales_achievement": 260_000, "collection_rate": 240_000,
             "sales_growth": 260_000},
    "E007": {**_INNOVATIVE_COMMON, "new_product_achievement": 200_000},
    "E008": {**_INNOVATIVE_COMMON, "new_product_achievement": 150_000},
    "E009": {**_INNOVATIVE_COMMON, "new_product_achievement": 140_000},
    "E010": {**_DISTRIBUTOR_COMMON, "distributor_stockin_achievement": 500_000,
             "sell_through_rate": 500_000, "collection_rate": 480_000},
    "E011": {**_DISTRIBUTOR_COMMON, "distributor_stockin_achievement": 380_000,
             "sell_through_rate": 380_000, "collection_rate": 360_000},
    "E012": {
        "product_knowledge_test": 100,
        "training_attendance": 6,
        "effective_visits": 30,
        "visit_plan_completion": 25,
        "visit_record_completeness": 30,
        "task_sheet": 100,
        "compliance_veto": 1,
        "work_attitude": None,
    },
}  # fmt: skip

# How strong each person is (1.0 = exactly on plan on average); drives the generated actuals.
PERFORMANCE: dict[str, float] = {
    "E001": 1.00, "E002": 1.02, "E003": 1.10, "E004": 0.98, "E005": 0.90, "E006": 1.00,
    "E007": 1.12, "E008": 0.93, "E009": 0.88, "E010": 1.03, "E011": 0.95, "E012": 0.85,
}  # fmt: skip

# The sales figure that counts as "met target" for the manager sheet, per rep template.
PRIMARY_SALES_INDICATOR: dict[str, str] = {
    "rep_mature": "sales_achievement",
    "rep_innovative": "new_product_achievement",
    "rep_distributor": "distributor_stockin_achievement",
}

# Whose sales the manager sheet of each manager covers: the sales manager his team, the director
# every regular rep of the office (probation staff have no sales target).
MANAGED_REPS: dict[str, tuple[str, ...]] = {
    "E002": ("E003", "E004", "E005", "E006"),
    "E001": ("E003", "E004", "E005", "E006", "E007", "E008", "E009", "E010", "E011"),
}

# Typical actual ÷ target of `ratio` indicators for an on-plan person (PERFORMANCE 1.0).
_TYPICAL_RATIO: dict[str, float] = {
    "collection_rate": 0.92,
    "market_share_retention": 1.0,
    "sell_through_rate": 0.85,
    "clinical_trial_conversion": 0.33,
    "target_department_coverage": 0.85,
    "visit_plan_completion": 0.92,
    "visit_record_completeness": 0.96,
    "product_knowledge_test": 0.86,
    "promo_material_approval_rate": 0.9,
    "training_attendance": 0.95,
    "customer_satisfaction": 0.88,
    "nps": 0.4,
    "distributor_satisfaction": 0.87,
    "complaint_response_time": 0.8,
}
# Ratios that cannot exceed 100 % of their denominator.
_RATIO_CAPPED = frozenset(_TYPICAL_RATIO) - {
    "market_share_retention",
    "sell_through_rate",
    "complaint_response_time",
}
# Ratios kept to one decimal (shares in %, hours, survey scores); the rest are whole numbers
# (money in yuan, counts of visits, trials, materials, respondents …).
_RATIO_DECIMAL = frozenset(
    {
        "market_share_retention",
        "complaint_response_time",
        "customer_satisfaction",
        "distributor_satisfaction",
    }
)

# Scripted events: (month index from the start, employee, event). The index wraps round the
# generated span so every event appears however few months are asked for.
_SCRIPTED_EVENTS: tuple[tuple[int, str, dict], ...] = (
    (
        0,
        "E004",
        {
            "kind": "key_incident",
            "polarity": "positive",
            "day": 12,
            "note": loc(
                "主动协调工程师为杭州某三甲医院解决设备安装问题，客户来信表扬。",
                "主動協調工程師為杭州某三甲醫院解決設備安裝問題，客戶來信表揚。",
                "Brought in an engineer to fix an installation at a top-grade Hangzhou hospital; the customer wrote to thank us.",
            ),
        },
    ),
    (
        1,
        "E003",
        {
            "kind": "adjustment",
            "code": "commendation_company",
            "day": 20,
            "approver": loc("总经理办公会", "總經理辦公會", "General manager's office meeting"),
            "document_no": "司发〔2026〕21号",
            "note": loc(
                "协助完成省级带量采购投标，受到公司级嘉奖（公司文件公布）。",
                "協助完成省級帶量採購投標，受到公司級嘉獎（公司文件公布）。",
                "Helped win the provincial volume-based procurement tender; commended by the company (announced in a company notice).",
            ),
        },
    ),
    (
        1,
        "E004",
        {
            "kind": "adjustment",
            "code": "sick_leave_day",
            "count": 2,
            "day": 8,
            "note": loc(
                "病假 2 天，不扣分。",
                "病假 2 天，不扣分。",
                "Sick leave, 2 days; no points taken off.",
            ),
        },
    ),
    (
        1,
        "E008",
        {
            "kind": "key_incident",
            "polarity": "negative",
            "day": 15,
            "note": loc(
                "连续两周未按时录入拜访记录，主管已约谈并要求每日补录。",
                "連續兩週未按時輸入拜訪記錄，主管已約談並要求每日補登。",
                "Visit records not entered on time for two weeks; the manager talked it through and asked for daily entries.",
            ),
        },
    ),
    (
        1,
        "E012",
        {
            "kind": "key_incident",
            "polarity": "positive",
            "day": 25,
            "note": loc(
                "试用期内独立完成首家二级经销商签约。",
                "試用期內獨立完成首家二級經銷商簽約。",
                "Signed the first second-tier distributor alone while on probation.",
            ),
        },
    ),
    (
        2,
        "E005",
        {
            "kind": "adjustment",
            "code": "late_or_early_leave",
            "count": 2,
            "day": 6,
            "note": loc(
                "迟到 2 次。",
                "遲到 2 次。",
                "Late twice.",
            ),
        },
    ),
    (
        2,
        "E011",
        {
            "kind": "adjustment",
            "code": "personal_leave_day",
            "count": 1,
            "day": 18,
            "note": loc(
                "事假 1 天。",
                "事假 1 天。",
                "Personal leave, 1 day.",
            ),
        },
    ),
    (
        2,
        "E012",
        {
            "kind": "adjustment",
            "code": "unplanned_task",
            "count": 1,
            "day": 22,
            "note": loc(
                "主动承担区域经销商年会会务等计划外工作。",
                "主動承擔區域經銷商年會會務等計畫外工作。",
                "Took on unplanned work such as organising the regional distributors' annual meeting.",
            ),
        },
    ),
    (
        3,
        "E009",
        {
            "kind": "adjustment",
            "code": "compliance_veto",
            "day": 14,
            "note": loc(
                "科室会费用中夹带客户旅游安排，经合规部门查实，属违规推广，一票否决。",
                "科室會費用中夾帶客戶旅遊安排，經合規部門查實，屬違規推廣，一票否決。",
                "A customer trip was hidden in department meeting expenses; confirmed by compliance as improper promotion: veto.",
            ),
        },
    ),
    (
        3,
        "E006",
        {
            "kind": "adjustment",
            "code": "voluntary_overtime",
            "count": 1,
            "day": 27,
            "note": loc(
                "周末主动加班完成客户档案整理。",
                "週末主動加班完成客戶檔案整理。",
                "Worked a weekend, unasked, to put the customer files in order.",
            ),
        },
    ),
    (
        4,
        "E007",
        {
            "kind": "adjustment",
            "code": "milestone",
            "points": 10,
            "day": 19,
            "note": loc(
                "累计完成 10 家三甲医院临床试用，达成里程碑。",
                "累計完成 10 家三甲醫院臨床試用，達成里程碑。",
                "Clinical trials completed at 10 top-grade hospitals: milestone reached.",
            ),
        },
    ),
    (
        4,
        "E005",
        {
            "kind": "key_incident",
            "polarity": "negative",
            "day": 9,
            "note": loc(
                "报价单价格录入错误导致订单延误一周，已与客户沟通补救。",
                "報價單價格輸入錯誤導致訂單延誤一週，已與客戶溝通補救。",
                "A wrong price on a quotation delayed an order by a week; put right with the customer.",
            ),
        },
    ),
    (
        5,
        "E010",
        {
            "kind": "adjustment",
            "code": "praise_company",
            "day": 23,
            "approver": loc(
                "分管副总经理 陈立", "分管副總經理 陳立", "Deputy GM in charge, Chen Li"
            ),
            "document_no": "司发〔2026〕35号",
            "note": loc(
                "推动经销商联合学术会覆盖 12 家终端医院，受到公司级表扬。",
                "推動經銷商聯合學術會覆蓋 12 家終端醫院，受到公司級表揚。",
                "Led joint medical meetings with distributors reaching 12 hospitals; praised by the company.",
            ),
        },
    ),
    (
        5,
        "E002",
        {
            "kind": "key_incident",
            "polarity": "positive",
            "day": 11,
            "note": loc(
                "组织跨区域经验分享会，带教新人赵敏完成首单。",
                "組織跨區域經驗分享會，帶教新人趙敏完成首單。",
                "Ran a cross-region experience-sharing session and coached the newcomer Zhao Min to her first order.",
            ),
        },
    ),
)


def _month_seq(start_year: int, start_month: int, n_months: int) -> Iterator[tuple[int, int]]:
    year, month = start_year, start_month
    for _ in range(n_months):
        yield year, month
        month += 1
        if month > 12:
            year, month = year + 1, 1


def _target(employee_id: str, code: str, month: int) -> float | int | None:
    level = TARGET_LEVELS[employee_id][code]
    if level is None:
        return None
    if code in SEASONAL_INDICATORS:
        return round(level * SEASONAL_PROFILE[month])
    return level


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _ratings(rng: random.Random, ability: float, has_peers: bool) -> dict[str, int | None]:
    # Supervisor around 3 for an on-plan person; self-assessments run a little high.
    supervisor = round(_clamp(rng.gauss(3.3 + (ability - 1.0) * 6, 0.6), 1, 5))
    self_score = round(_clamp(supervisor + rng.choice((0, 0, 1)), 1, 5))
    peer = round(_clamp(rng.gauss(supervisor, 0.5), 1, 5)) if has_peers else None
    return {"supervisor": supervisor, "self": self_score, "peer": peer}


def _entry(
    rng: random.Random,
    employee_id: str,
    item: dict,
    month: int,
    vetoed: bool,
    sales_actual: dict[str, float],
    has_peers: bool,
) -> dict:
    code, measure = item["indicator"], item["measure"]
    ability = PERFORMANCE[employee_id]
    target = _target(employee_id, code, month)
    actual: float | int | None = None
    base: float | None = None
    ratings = None
    if measure == "rating":
        ratings = _ratings(rng, ability, has_peers)
    elif measure == "pass_fail":
        actual = 0 if vetoed else 1
    elif measure == "task_sheet":
        actual = round(_clamp(rng.gauss(82 + (ability - 1.0) * 60, 6), 40, 100))
    elif measure == "achievement":
        actual = round(target * ability * rng.gauss(1.0, 0.08))
        sales_actual[code] = actual
    elif measure == "growth":
        # Same month last year: the plan assumes about 8 % growth.
        actual = sales_actual.get("sales_achievement", round(target * ability))
        base = round(target / 1.08 * rng.gauss(1.0, 0.05))
    elif measure == "expense_usage":
        actual = round(target * _clamp(rng.gauss(0.97 - (ability - 1.0) * 0.5, 0.06), 0.6, 1.4))
    elif measure == "count":
        actual = max(0, round(target * ability * rng.gauss(1.0, 0.15)))
    elif measure == "ratio":
        rate = _TYPICAL_RATIO[code]
        # Better people answer complaints faster (lower is better) and do more of the rest.
        # Ability moves ratios less than sales: half of the person's deviation from plan.
        lift = 1.0 + (ability - 1.0) * 0.5
        rate = rate / lift if code == "complaint_response_time" else rate * lift
        rate *= rng.gauss(1.0, 0.06)
        if code in _RATIO_CAPPED:
            rate = min(rate, 1.0)
        raw = target * max(rate, 0.0)
        actual = round(raw, 1) if code in _RATIO_DECIMAL else round(raw)
    else:  # pragma: no cover - every measure of the format doc is handled above
        raise ValueError(f"unknown measure {measure!r}")
    return {"indicator": code, "target": target, "actual": actual, "base": base, "ratings": ratings}


def _manager_entries(
    rng: random.Random,
    employee_id: str,
    items: list[dict],
    month: int,
    rep_results: dict[str, tuple[float, float]],
) -> list[dict]:
    reps = MANAGED_REPS[employee_id]
    entries = []
    for item in items:
        code = item["indicator"]
        if code == "sales_plan_completion":
            target = sum(rep_results[r][0] for r in reps)
            actual = sum(rep_results[r][1] for r in reps)
            entries.append(
                {"indicator": code, "target": target, "actual": actual, "base": None,
                 "ratings": None}
            )  # fmt: skip
        elif code == "reps_on_target_share":
            met = sum(1 for r in reps if rep_results[r][1] >= rep_results[r][0])
            entries.append(
                {"indicator": code, "target": len(reps), "actual": met, "base": None,
                 "ratings": None}
            )  # fmt: skip
        else:
            # The director has no peers in the office: his peer rating stays missing.
            has_peers = employee_id != "E001"
            entries.append(_entry(rng, employee_id, item, month, False, {}, has_peers))
    return entries


def demo_months(
    start_year: int, start_month: int, n_months: int, seed: int = 20240101
) -> Iterator[dict]:
    """Yield one dict per person and month, deterministic for a given ``seed``.

    Each dict: ``employee_id``, ``year``, ``month``, ``template`` (code), ``entries`` (one per
    item of the template: ``indicator``, ``target``, ``actual``, ``base``, ``ratings`` with
    ``supervisor``/``self``/``peer`` or None) and ``events`` (``kind`` "adjustment" with a
    catalogue ``code`` and optional ``count``/``points``, or "key_incident" with
    ``polarity``; each with an ISO ``date`` and a Chinese ``note``).
    """
    if not 1 <= start_month <= 12:
        raise ValueError("start_month must be 1..12")
    if n_months < 1:
        return
    rng = random.Random(seed)
    templates = {p["template"]: template(p["template"]) for p in STAFF}
    scripted: dict[tuple[int, str], list[dict]] = {}
    for index, employee_id, event in _SCRIPTED_EVENTS:
        scripted.setdefault((index % n_months, employee_id), []).append(event)

    for index, (year, month) in enumerate(_month_seq(start_year, start_month, n_months)):
        rep_results: dict[str, tuple[float, float]] = {}
        records: dict[str, dict] = {}
        # Reps first: the manager sheets are computed from their sales.
        ordered = sorted(STAFF, key=lambda p: p["role"] in ("director", "sales_manager"))
        for person in ordered:
            employee_id = person["employee_id"]
            items = templates[person["template"]]["items"]
            events = []
            for event in scripted.get((index, employee_id), []):
                fields = {k: v for k, v in event.items() if k != "day"}
                events.append({**fields, "date": f"{year:04d}-{month:02d}-{event['day']:02d}"})
            # Occasional unscripted late arrivals make the attendance column realistic.
            if rng.random() < 0.05:
                events.append(
                    {"kind": "adjustment", "code": "late_or_early_leave", "count": 1,
                     "date": f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}",
                     "note": loc("迟到 1 次。", "遲到 1 次。", "Late once.")}
                )  # fmt: skip
            vetoed = any(e.get("code") == "compliance_veto" for e in events)
            if employee_id in MANAGED_REPS:
                entries = _manager_entries(rng, employee_id, items, month, rep_results)
            else:
                sales_actual: dict[str, float] = {}
                entries = [
                    _entry(rng, employee_id, item, month, vetoed, sales_actual, True)
                    for item in items
                ]
                primary = PRIMARY_SALES_INDICATOR.get(person["template"])
                if primary is not None:
                    row = next(e for e in entries if e["indicator"] == primary)
                    rep_results[employee_id] = (row["target"], row["actual"])
            records[employee_id] = {
                "employee_id": employee_id,
                "year": year,
                "month": month,
                "template": person["template"],
                "entries": entries,
                "events": events,
            }
        for person in STAFF:  # yield in staff order, whatever order they were computed in
            yield records[person["employee_id"]]


# The September reviews (GROW), their action items, the October follow-up and the appeal, in the
# reader's language (services.demo writes them).
REVIEWS = {
    "first": {
        "goal": loc(
            "9月销售目标达成率提升到100%；重点医院新增2家。",
            "9月銷售目標達成率提升到100%；重點醫院新增2家。",
            "Reach 100% of the September sales target; win 2 more key hospitals.",
        ),
        "reality": loc(
            "实际达成约85%：南京两家重点医院招标推迟，拜访计划完成率偏低，报价单出错导致订单延误。",
            "實際達成約85%：南京兩家重點醫院招標延後，拜訪計畫完成率偏低，報價單出錯導致訂單延誤。",
            "About 85% reached: two key hospitals in Nanjing postponed their tenders, fewer "
            "visits than planned, and a wrong quotation delayed an order.",
        ),
        "options": loc(
            "1. 调整拜访路线，优先三甲医院；2. 请产品经理协同做科室会；3. 报价单提交前由助理复核。",
            "1. 調整拜訪路線，優先三甲醫院；2. 請產品經理協同舉辦科室會；3. 報價單提交前由助理複核。",
            "1. Re-plan the visits, top-grade hospitals first; 2. hold department meetings with "
            "the product manager; 3. the assistant checks every quotation before it goes out.",
        ),
        "will": loc(
            "10月拜访计划完成率≥90%；10月15日前完成两家医院科室会；报价单双人复核。",
            "10月拜訪計畫完成率≥90%；10月15日前完成兩家醫院科室會；報價單雙人複核。",
            "At least 90% of the October visits; two hospital department meetings by 15 October; "
            "every quotation checked by two people.",
        ),
        "resources": loc(
            "产品经理陪访2次；科室会物料预算3000元。",
            "產品經理陪訪2次；科室會物料預算3000元。",
            "Two visits with the product manager; 3,000 yuan for department meeting materials.",
        ),
        "career_notes": loc(
            "希望一年内成为高级销售代表，需要加强学术推广能力。",
            "希望一年內成為資深業務代表，需要加強學術推廣能力。",
            "Wants to become a senior sales representative within a year; needs stronger "
            "medical detailing.",
        ),
        "actions": (
            loc(
                "完成两家重点医院科室会",
                "完成兩家重點醫院科室會",
                "Hold the two hospital department meetings",
            ),
            loc("报价单提交前双人复核", "報價單提交前雙人複核", "Two people check every quotation"),
            loc(
                "安排产品经理陪访两次",
                "安排產品經理陪訪兩次",
                "Arrange two visits with the product manager",
            ),
        ),
    },
    "second": {
        "goal": loc(
            "保持回款率在95%以上，新产品占比提升到25%。",
            "保持回款率在95%以上，新產品占比提升到25%。",
            "Keep collections above 95%; raise the new products' share to 25%.",
        ),
        "reality": loc(
            "回款率97%，新产品占比19%，杭州区域新品推广进展慢。",
            "回款率97%，新產品占比19%，杭州區域新品推廣進展慢。",
            "Collections 97%, new products 19%; slow launch of the new products in Hangzhou.",
        ),
        "options": loc(
            "参加新品学术推广培训；与张伟结对学习。",
            "參加新品學術推廣培訓；與張偉結對學習。",
            "Attend the new-product detailing training; learn alongside Zhang Wei.",
        ),
        "will": loc(
            "11月底前新产品占比达到22%。",
            "11月底前新產品占比達到22%。",
            "New products at 22% by the end of November.",
        ),
        "resources": loc(
            "新品培训名额1个。", "新品培訓名額1個。", "One place in the new-product training."
        ),
        "actions": (
            loc(
                "参加新品学术推广培训",
                "參加新品學術推廣培訓",
                "Attend the new-product detailing training",
            ),
        ),
    },
    "follow_up": {
        "goal": loc("10月目标达成率100%。", "10月目標達成率100%。", "100% of the October target."),
        "reality": loc(
            "科室会已完成一家，另一家延到11月；报价单已实行双人复核。",
            "科室會已完成一家，另一家延到11月；報價單已實行雙人複核。",
            "One department meeting held, the other moved to November; quotations are now "
            "checked by two people.",
        ),
        "options": loc(
            "与医院设备科提前沟通排期。",
            "與醫院設備科提前溝通排程。",
            "Agree dates with the hospital's equipment office early.",
        ),
        "will": loc(
            "11月10日前完成第二家科室会。",
            "11月10日前完成第二家科室會。",
            "The second department meeting by 10 November.",
        ),
        "note": loc(
            "10月起已执行双人复核。", "10月起已執行雙人複核。", "Two-person checks since October."
        ),
    },
}

APPEAL = {
    "reason": loc(
        "杭州两家医院的回款已于9月30日到账，应计入9月回款率。",
        "杭州兩家醫院的回款已於9月30日入帳，應計入9月回款率。",
        "The payments of two Hangzhou hospitals arrived on 30 September and belong to "
        "September's collection rate.",
    ),
    "evidence_name": loc("银行回单.txt", "銀行回單.txt", "bank-receipt.txt"),
    "evidence": loc(
        "2026-09-30 到账 ¥86,000（杭州市第一人民医院）",
        "2026-09-30 入帳 ¥86,000（杭州市第一人民醫院）",
        "2026-09-30 received ¥86,000 (Hangzhou First People's Hospital)",
    ),
    "decision": loc(
        "到账时间为9月30日18:40，按财务制度计入10月回款。",
        "入帳時間為9月30日18:40，依財務制度計入10月回款。",
        "The money arrived on 30 September at 18:40; the finance rules count it in October.",
    ),
}
