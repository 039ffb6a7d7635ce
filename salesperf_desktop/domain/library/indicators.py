"""The seed indicator library (format: docs/design/template-format.md, "Library indicator").

Every indicator the product brief and seeds 002–004 name, with a localised name, definition,
formula and data source, a measure (how the entered target/actual/base become the value a rule
scores), a default rule and a default weight on a 100-point sheet. Templates copy from here;
the HR officer may change rules and weights per template.

Conventions used below:
- ``achievement``: actual ÷ target of a sales-type figure.
- ``ratio``: the entered "target" is the denominator (receivable, visits planned, full marks,
  promised response hours …) so the value is part ÷ whole.
- ``count``: a target is always set in the seeds' practice, so count rules score actual ÷ target.
- Rated indicators use a 1–5 scale whose anchors describe observable behaviour.
"""

from __future__ import annotations

import copy

from salesperf_desktop.domain.library._text import loc

# --- data sources (shared texts) ---------------------------------------------------------
SRC_ERP = loc("ERP系统、销售台账", "ERP系統、銷售台帳", "ERP system / sales ledger")
SRC_FINANCE = loc("财务部回款记录", "財務部收款紀錄", "Finance department collection records")
SRC_CRM = loc("CRM拜访记录", "CRM拜訪紀錄", "CRM visit records")
SRC_CRM_SPOT = loc(
    "CRM拜访记录、主管抽查", "CRM拜訪紀錄、主管抽查", "CRM visit records, supervisor spot checks"
)
SRC_TRAINING = loc("培训记录、考试成绩", "培訓紀錄、測驗成績", "Training records and test results")
SRC_SURVEY = loc("客户满意度调查", "客戶滿意度調查", "Customer satisfaction survey")
SRC_COMPLIANCE = loc("合规部门记录", "合規部門紀錄", "Compliance department records")
SRC_SUPERVISOR = loc("主管评价", "主管評核", "Supervisor assessment")
SRC_MARKET = loc(
    "第三方市场数据、医院采购数据",
    "第三方市場資料、醫院採購資料",
    "Third-party market data, hospital purchasing data",
)
SRC_DISTRIBUTOR = loc(
    "经销商进销存报表、医院采购数据",
    "經銷商進銷存報表、醫院採購資料",
    "Distributor stock/sales/inventory reports, hospital purchasing data",
)


# --- rule builders (fresh dicts each call so entries never share mutable state) ----------
def _linear(floor: float = 0.0, cap: float = 1.0, full_at: float | None = None) -> dict:
    rule: dict = {"kind": "linear", "floor": floor, "cap": cap}
    if full_at is not None:
        rule["full_at"] = full_at
    return rule


def _piecewise(points: list[list[float]], below: float | None = None) -> dict:
    rule: dict = {"kind": "piecewise", "points": [list(p) for p in points]}
    if below is not None:
        rule["below"] = below
    return rule


def _bands(steps: list[tuple[float, float]], otherwise: float = 0.0) -> dict:
    return {
        "kind": "bands",
        "bands": [{"min": m, "fraction": f} for m, f in steps],
        "otherwise": otherwise,
    }


def _count_bands() -> dict:
    # Counts against a target: small shortfalls cost little, big ones a lot; no over-reward
    # because padding visit or report counts is easy.
    return _bands([(1.0, 1.0), (0.8, 0.8), (0.6, 0.5), (0.4, 0.2)])


def _scale(anchors: dict[int, dict[str, str]]) -> dict:
    return {
        "kind": "scale",
        "min": 1,
        "max": 5,
        "anchors": {str(level): dict(text) for level, text in sorted(anchors.items())},
    }


def _veto() -> dict:
    return {"kind": "veto"}


def _entry(
    code: str,
    dimension: str,
    measure: str,
    unit: str,
    name: dict[str, str],
    definition: dict[str, str],
    formula: dict[str, str],
    source: dict[str, str],
    default_rule: dict,
    default_weight: int,
) -> dict:
    return {
        "code": code,
        "dimension": dimension,
        "measure": measure,
        "unit": unit,
        "name": name,
        "definition": definition,
        "formula": dict(formula),
        "source": dict(source),
        "default_rule": default_rule,
        "default_weight": default_weight,
    }


_RATED_BY_SUPERVISOR = loc(
    "主管按 1–5 级行为标准评分（可加自评、互评）",
    "主管依 1–5 級行為標準評分（可加自評、互評）",
    "Supervisor rates 1–5 against the behaviour anchors (self and peer ratings optional)",
)

# =========================================================================================
# Core sales results
# =========================================================================================
_RESULTS: tuple[dict, ...] = (
    _entry(
        "sales_achievement",
        "results",
        "achievement",
        "%",
        loc("销售目标达成率", "銷售目標達成率", "Sales target achievement"),
        loc(
            "考核期内实际完成的销售额（或销量）与计划销售任务之比，衡量对核心销售目标的贡献。",
            "考核期間實際完成的銷售額（或銷量）與計畫銷售目標之比，衡量對核心銷售目標的貢獻。",
            "Actual sales (value or volume) in the period against the sales target; shows "
            "the contribution to the core sales goal.",
        ),
        loc(
            "实际销售额 ÷ 目标销售额 × 100%",
            "實際銷售額 ÷ 目標銷售額 × 100%",
            "Actual sales ÷ target sales × 100%",
        ),
        SRC_ERP,
        _linear(floor=0.6, cap=1.2),
        25,
    ),
    _entry(
        "collection_rate",
        "results",
        "ratio",
        "%",
        loc("销售回款率", "銷售收款率", "Collection rate"),
        loc(
            "考核期内实际收回的货款与同期应收货款之比，衡量应收账款管理与资金风险意识。",
            "考核期間實際收回的貨款與同期應收帳款之比，衡量應收帳款管理與資金風險意識。",
            "Cash collected in the period against receivables due in the same period; shows "
            "how well the person manages receivables and credit risk.",
        ),
        loc(
            "实际回款金额 ÷ 应收货款金额 × 100%",
            "實際收款金額 ÷ 應收帳款金額 × 100%",
            "Amount collected ÷ amount receivable × 100%",
        ),
        SRC_FINANCE,
        _linear(floor=0.7, cap=1.0),
        10,
    ),
    _entry(
        "new_product_share",
        "results",
        "ratio",
        "%",
        loc("新产品销售占比", "新產品銷售佔比", "New-product share of sales"),
        loc(
            "新产品销售额占个人总销售额的比例，衡量对公司产品战略的执行力度；默认规则以占比 20% 为满分。",
            "新產品銷售額佔個人總銷售額的比例，衡量對公司產品策略的執行力道；預設規則以佔比 20% 為滿分。",
            "New-product sales as a share of the person's total sales; shows how far the "
            "product strategy is carried out. The default rule gives full marks at a 20 % share.",
        ),
        loc(
            "新产品销售额 ÷ 总销售额 × 100%",
            "新產品銷售額 ÷ 總銷售額 × 100%",
            "New-product sales ÷ total sales × 100%",
        ),
        SRC_ERP,
        _linear(cap=1.2, full_at=0.2),
        10,
    ),
    _entry(
        "new_product_achievement",
        "results",
        "achievement",
        "%",
        loc("新产品推广达成率", "新產品推廣達成率", "New-product target achievement"),
        loc(
            "新产品实际销售额与新产品计划销售额之比；创新产品允许一定的市场培育期，起评线低于成熟产品。",
            "新產品實際銷售額與新產品計畫銷售額之比；創新產品容許一定的市場培育期，起評門檻低於成熟產品。",
            "New-product sales against the new-product target. Innovative products get a "
            "market-building period, so the scoring threshold is lower than for mature ones.",
        ),
        loc(
            "新产品实际销售额 ÷ 新产品计划销售额 × 100%",
            "新產品實際銷售額 ÷ 新產品計畫銷售額 × 100%",
            "New-product sales ÷ new-product target × 100%",
        ),
        SRC_ERP,
        _linear(floor=0.5, cap=1.2),
        10,
    ),
    _entry(
        "sales_growth",
        "results",
        "growth",
        "%",
        loc("销售增长率", "銷售成長率", "Sales growth rate"),
        loc(
            "本期销售额较上年同期（或上期）的增长幅度，衡量持续提升业绩的努力与成效。",
            "本期銷售額較去年同期（或上期）的成長幅度，衡量持續提升業績的努力與成效。",
            "Growth of this period's sales over the same period last year (or the previous "
            "period); shows sustained effort to grow the business.",
        ),
        loc(
            "（本期销售额 − 上年同期销售额）÷ 上年同期销售额 × 100%",
            "（本期銷售額 − 去年同期銷售額）÷ 去年同期銷售額 × 100%",
            "(Sales this period − sales same period last year) ÷ sales same period last year × 100%",
        ),
        SRC_ERP,
        # −10 % or worse earns nothing, flat earns 60 %, +10 % full marks, +20 % up to 120 %.
        _piecewise([[-0.1, 0.0], [0.0, 0.6], [0.1, 1.0], [0.2, 1.2]], below=0.0),
        10,
    ),
    _entry(
        "key_product_achievement",
        "results",
        "achievement",
        "%",
        loc("重点产品销售达成率", "重點產品銷售達成率", "Key product sales achievement"),
        loc(
            "公司指定重点产品的实际销售额与其计划销售额之比，引导关注公司战略重点、优化产品结构。",
            "公司指定重點產品的實際銷售額與其計畫銷售額之比，引導關注公司策略重點、優化產品結構。",
            "Sales of the company's designated key products against their target; steers "
            "effort toward strategic products.",
        ),
        loc(
            "重点产品实际销售额 ÷ 重点产品计划销售额 × 100%",
            "重點產品實際銷售額 ÷ 重點產品計畫銷售額 × 100%",
            "Key product sales ÷ key product target × 100%",
        ),
        SRC_ERP,
        _linear(floor=0.6, cap=1.2),
        10,
    ),
    _entry(
        "key_region_achievement",
        "results",
        "achievement",
        "%",
        loc("重点区域销售达成率", "重點區域銷售達成率", "Key region sales achievement"),
        loc(
            "公司指定重点开发区域的实际销售额与其计划销售额之比，引导优化区域布局。",
            "公司指定重點開發區域的實際銷售額與其計畫銷售額之比，引導優化區域布局。",
            "Sales in the company's designated development regions against their target; "
            "steers effort toward the regional plan.",
        ),
        loc(
            "重点区域实际销售额 ÷ 重点区域计划销售额 × 100%",
            "重點區域實際銷售額 ÷ 重點區域計畫銷售額 × 100%",
            "Key region sales ÷ key region target × 100%",
        ),
        SRC_ERP,
        _linear(floor=0.6, cap=1.2),
        10,
    ),
    _entry(
        "market_share_retention",
        "results",
        "ratio",
        "%",
        loc("市场份额保有率", "市占率維持率", "Market-share retention"),
        loc(
            "本期市场份额与基期（上年同期）市场份额之比，衡量成熟产品守住存量市场的能力。",
            "本期市占率與基期（去年同期）市占率之比，衡量成熟產品守住既有市場的能力。",
            "This period's market share against the base period's (same period last year); "
            "shows how well a mature product holds its market.",
        ),
        loc(
            "本期市场份额 ÷ 基期市场份额 × 100%",
            "本期市占率 ÷ 基期市占率 × 100%",
            "Market share this period ÷ market share in the base period × 100%",
        ),
        SRC_MARKET,
        # Losing a tenth of the share is a failure for a mature product; gains pay a little extra.
        _piecewise([[0.9, 0.0], [0.95, 0.6], [1.0, 1.0], [1.05, 1.1]], below=0.0),
        10,
    ),
    _entry(
        "key_account_sales_share",
        "results",
        "ratio",
        "%",
        loc("重点客户销售额占比", "重點客戶銷售額佔比", "Key-account share of sales"),
        loc(
            "重点客户（如三级甲等医院）销售额占个人总销售额的比例，鼓励深耕高价值客户，避免广撒网式低效拓展。",
            "重點客戶（如醫學中心等級醫院）銷售額佔個人總銷售額的比例，鼓勵深耕高價值客戶，避免亂槍打鳥式的低效開發。",
            "Sales to key accounts (e.g. top-tier hospitals) as a share of the person's total "
            "sales; rewards depth with high-value customers over scattered prospecting.",
        ),
        loc(
            "重点客户销售额 ÷ 总销售额 × 100%",
            "重點客戶銷售額 ÷ 總銷售額 × 100%",
            "Key-account sales ÷ total sales × 100%",
        ),
        SRC_ERP,
        _bands([(0.6, 1.0), (0.5, 0.8), (0.4, 0.6), (0.3, 0.3)]),
        5,
    ),
    _entry(
        "distributor_stockin_achievement",
        "results",
        "achievement",
        "%",
        loc("经销商进货达成率", "經銷商進貨達成率", "Distributor stock-in achievement"),
        loc(
            "所辖经销商实际进货额与进货目标之比；须与终端动销率一并考核，防止压货式销售。",
            "所轄經銷商實際進貨額與進貨目標之比；須與終端動銷率一併考核，防止塞貨式銷售。",
            "Purchases by the person's distributors against the stock-in target; always "
            "appraised together with sell-through so that channel stuffing does not pay.",
        ),
        loc(
            "经销商实际进货额 ÷ 进货目标额 × 100%",
            "經銷商實際進貨額 ÷ 進貨目標額 × 100%",
            "Distributor purchases ÷ stock-in target × 100%",
        ),
        loc(
            "ERP发货记录、经销商进销存报表",
            "ERP出貨紀錄、經銷商進銷存報表",
            "ERP shipment records, distributor stock reports",
        ),
        # Cap at 110 %: pushing stock far beyond target is what the seed warns against.
        _linear(floor=0.6, cap=1.1),
        20,
    ),
    _entry(
        "sell_through_rate",
        "results",
        "ratio",
        "%",
        loc("终端动销率", "終端動銷率", "Sell-through rate"),
        loc(
            "经销商同期售给终端（以医院实际采购量为准）的数量占其进货量的比例，用终端数据反向验证渠道健康度。",
            "經銷商同期售予終端（以醫院實際採購量為準）的數量佔其進貨量的比例，以終端資料反向驗證通路健康度。",
            "What distributors sold on to end customers (hospital purchases) as a share of "
            "what they bought in; end-customer data checks that the channel is healthy.",
        ),
        loc(
            "终端实际采购量 ÷ 经销商进货量 × 100%",
            "終端實際採購量 ÷ 經銷商進貨量 × 100%",
            "End-customer purchases ÷ distributor stock-in × 100%",
        ),
        SRC_DISTRIBUTOR,
        _piecewise([[0.5, 0.0], [0.7, 0.6], [0.9, 1.0]], below=0.0),
        15,
    ),
    _entry(
        "clinical_trial_sites",
        "results",
        "count",
        "count",
        loc("临床试用医院数", "臨床試用醫院數", "Hospitals completing clinical trials"),
        loc(
            "考核期内完成产品临床试用的目标医院（以三级甲等医院为重点）数量，对照计划数考核；达到里程碑（如完成 10 家三甲医院试用）另按里程碑奖励加分。",
            "考核期間完成產品臨床試用的目標醫院（以醫學中心等級醫院為重點）家數，對照計畫數考核；達到里程碑（如完成 10 家醫學中心試用）另依里程碑獎勵加分。",
            "Target hospitals (mainly top-tier) that completed a clinical trial of the product "
            "in the period, against plan. Reaching a milestone (e.g. 10 top-tier hospitals) "
            "earns separate milestone bonus points.",
        ),
        loc(
            "完成试用医院数 ÷ 计划试用医院数 × 100%",
            "完成試用醫院數 ÷ 計畫試用醫院數 × 100%",
            "Hospitals that completed a trial ÷ hospitals planned × 100%",
        ),
        loc(
            "CRM记录、医院试用确认单",
            "CRM紀錄、醫院試用確認單",
            "CRM records, hospital trial confirmations",
        ),
        _linear(cap=1.2),
        10,
    ),
    _entry(
        "clinical_trial_conversion",
        "results",
        "ratio",
        "%",
        loc("临床试用转化率", "臨床試用轉換率", "Clinical trial conversion rate"),
        loc(
            "完成试用后进入采购（招标、备案或首单）的医院占完成试用医院的比例。",
            "完成試用後進入採購（招標、備案或首筆訂單）的醫院佔完成試用醫院的比例。",
            "Hospitals that moved on to purchasing (tender, listing or first order) as a share "
            "of the hospitals that completed a trial.",
        ),
        loc(
            "转化为采购的医院数 ÷ 完成试用的医院数 × 100%",
            "轉為採購的醫院數 ÷ 完成試用的醫院數 × 100%",
            "Hospitals converted to purchasing ÷ hospitals that completed a trial × 100%",
        ),
        loc(
            "CRM记录、医院采购数据",
            "CRM紀錄、醫院採購資料",
            "CRM records, hospital purchasing data",
        ),
        _bands([(0.4, 1.0), (0.3, 0.8), (0.2, 0.6), (0.1, 0.3)]),
        10,
    ),
    _entry(
        "target_department_coverage",
        "results",
        "ratio",
        "%",
        loc("目标科室覆盖率", "目標科別覆蓋率", "Target-department coverage"),
        loc(
            "已完成有效拜访的目标科室占计划覆盖目标科室的比例，衡量创新产品的市场覆盖。",
            "已完成有效拜訪的目標科別佔計畫覆蓋目標科別的比例，衡量創新產品的市場覆蓋。",
            "Target hospital departments reached with an effective visit as a share of the "
            "departments planned; shows the market reach of an innovative product.",
        ),
        loc(
            "已有效覆盖的目标科室数 ÷ 目标科室总数 × 100%",
            "已有效覆蓋的目標科別數 ÷ 目標科別總數 × 100%",
            "Target departments covered ÷ target departments planned × 100%",
        ),
        SRC_CRM,
        _linear(floor=0.5, cap=1.0),
        10,
    ),
)

# =========================================================================================
# Sales behaviour and process
# =========================================================================================
_BEHAVIOUR: tuple[dict, ...] = (
    _entry(
        "effective_visits",
        "behaviour",
        "count",
        "count",
        loc("有效客户拜访次数", "有效客戶拜訪次數", "Effective customer visits"),
        loc(
            "考核期内在CRM中记录、有明确目的与结果的客户拜访次数，对照拜访目标考核。",
            "考核期間在CRM中登錄、有明確目的與結果的客戶拜訪次數，對照拜訪目標考核。",
            "Customer visits logged in the CRM with a clear purpose and outcome, against the "
            "visit target.",
        ),
        loc(
            "有效拜访次数 ÷ 目标拜访次数 × 100%",
            "有效拜訪次數 ÷ 目標拜訪次數 × 100%",
            "Effective visits ÷ target visits × 100%",
        ),
        SRC_CRM,
        _count_bands(),
        5,
    ),
    _entry(
        "visit_plan_completion",
        "behaviour",
        "ratio",
        "%",
        loc("拜访计划完成率", "拜訪計畫達成率", "Visit-plan completion"),
        loc(
            "按拜访计划实际完成的拜访占计划拜访的比例，反映工作计划性与执行力。",
            "依拜訪計畫實際完成的拜訪佔計畫拜訪的比例，反映工作計畫性與執行力。",
            "Planned visits actually made as a share of all planned visits; shows planning "
            "discipline and follow-through.",
        ),
        loc(
            "按计划完成的拜访数 ÷ 计划拜访数 × 100%",
            "依計畫完成的拜訪數 ÷ 計畫拜訪數 × 100%",
            "Planned visits made ÷ visits planned × 100%",
        ),
        SRC_CRM,
        _linear(floor=0.6, cap=1.0),
        5,
    ),
    _entry(
        "visit_record_completeness",
        "behaviour",
        "ratio",
        "%",
        loc("拜访记录完整率", "拜訪紀錄完整率", "Visit record completeness"),
        loc(
            "内容完整规范（对象、目的、沟通内容、结果、下一步）并按时录入的拜访记录占全部拜访记录的比例；同时是合规过程指标。",
            "內容完整規範（對象、目的、溝通內容、結果、下一步）且準時登錄的拜訪紀錄佔全部拜訪紀錄的比例；同時也是合規過程指標。",
            "Visit records that are complete (who, purpose, discussion, outcome, next step) "
            "and entered on time, as a share of all visit records; also a compliance process "
            "measure.",
        ),
        loc(
            "完整规范的拜访记录数 ÷ 拜访记录总数 × 100%",
            "完整規範的拜訪紀錄數 ÷ 拜訪紀錄總數 × 100%",
            "Complete visit records ÷ all visit records × 100%",
        ),
        SRC_CRM_SPOT,
        _bands([(0.98, 1.0), (0.95, 0.8), (0.9, 0.5)]),
        5,
    ),
    _entry(
        "new_customers",
        "behaviour",
        "count",
        "count",
        loc("新客户开发数", "新客戶開發數", "New customers won"),
        loc(
            "考核期内成功开发并产生首单的新客户（医院、药店、诊所、经销商等）数量，对照开发目标考核。",
            "考核期間成功開發並產生首筆訂單的新客戶（醫院、藥局、診所、經銷商等）數量，對照開發目標考核。",
            "New customers (hospitals, pharmacies, clinics, distributors, etc.) won in the period "
            "with a first order, against the target.",
        ),
        loc(
            "新开发客户数 ÷ 目标开发数 × 100%",
            "新開發客戶數 ÷ 目標開發數 × 100%",
            "New customers won ÷ target × 100%",
        ),
        loc(
            "CRM系统、新客户合同/订单",
            "CRM系統、新客戶合約/訂單",
            "CRM, new-customer contracts and orders",
        ),
        _count_bands(),
        5,
    ),
    _entry(
        "market_info_reports",
        "behaviour",
        "count",
        "count",
        loc("市场信息反馈", "市場資訊回饋", "Market intelligence reports"),
        loc(
            "经主管确认有效的市场动态、竞品、客户需求、政策变化（如医保、集采）信息报告份数，对照目标份数考核。",
            "經主管確認有效的市場動態、競品、客戶需求、政策變化（如健保、集中採購）資訊報告份數，對照目標份數考核。",
            "Reports on market trends, competitors, customer needs or policy changes (e.g. "
            "medical insurance, volume-based procurement) accepted as valid by the supervisor, "
            "against the target number.",
        ),
        loc(
            "有效信息报告份数 ÷ 目标份数 × 100%",
            "有效資訊報告份數 ÷ 目標份數 × 100%",
            "Valid reports ÷ target number of reports × 100%",
        ),
        loc("市场信息报告登记表", "市場資訊報告登記表", "Market report log"),
        _count_bands(),
        5,
    ),
    _entry(
        "plans_summaries_timely",
        "behaviour",
        "rating",
        "score",
        loc("计划与总结及时规范", "計畫與總結準時規範", "Timely plans and reviews"),
        loc(
            "按时提交周/月/季度销售计划与工作总结，内容完整、有逻辑、可执行，由主管评定。",
            "準時提交週/月/季銷售計畫與工作總結，內容完整、有邏輯、可執行，由主管評定。",
            "Weekly, monthly and quarterly sales plans and reviews handed in on time, complete, "
            "logical and actionable; rated by the supervisor.",
        ),
        _RATED_BY_SUPERVISOR,
        SRC_SUPERVISOR,
        _scale(
            {
                1: loc(
                    "经常迟交或缺交，内容空泛，无法指导工作。",
                    "經常遲交或缺交，內容空泛，無法指導工作。",
                    "Often late or missing; vague content that cannot guide the work.",
                ),
                2: loc(
                    "偶有迟交，内容不完整，目标未量化。",
                    "偶有遲交，內容不完整，目標未量化。",
                    "Sometimes late; incomplete, targets not quantified.",
                ),
                3: loc(
                    "按时提交，内容基本完整，目标与措施基本对应。",
                    "準時提交，內容大致完整，目標與措施大致對應。",
                    "On time; mostly complete, actions broadly match the targets.",
                ),
                4: loc(
                    "按时提交，目标量化、措施具体，总结有数据和原因分析。",
                    "準時提交，目標量化、措施具體，總結有數據與原因分析。",
                    "On time; quantified targets, concrete actions, reviews backed by figures "
                    "and causes.",
                ),
                5: loc(
                    "始终按时，计划可执行，总结深入复盘并提出改进，可作团队范本。",
                    "始終準時，計畫可執行，總結深入檢討並提出改善，可作為團隊範本。",
                    "Always on time; actionable plans, thorough reviews with improvements; a "
                    "model for the team.",
                ),
            }
        ),
        5,
    ),
    _entry(
        "task_sheet",
        "behaviour",
        "task_sheet",
        "points",
        loc("月度工作任务书", "月度工作任務書", "Monthly work task sheet"),
        loc(
            "按公司年度任务层层分解，每月列出 5–7 项重点工作及步骤、完成时间与分值（合计 100 分），经考评者审核；月末按完成情况评分。",
            "依公司年度任務逐層分解，每月列出 5–7 項重點工作及步驟、完成時間與分數（合計 100 分），經考評者審核；月底依完成情況評分。",
            "The company's annual plan broken down into 5–7 key tasks a month, each with steps, "
            "a due date and points adding up to 100, approved by the appraiser and scored at "
            "month end on what was done.",
        ),
        loc(
            "任务书各项得分之和（满分 100）",
            "任務書各項得分加總（滿分 100）",
            "Sum of the points earned on the sheet's tasks (out of 100)",
        ),
        loc(
            "月度工作任务书及考评者评分",
            "月度工作任務書及考評者評分",
            "Monthly work task sheet and the appraiser's scoring",
        ),
        _linear(cap=1.0, full_at=100),
        20,
    ),
)

# =========================================================================================
# Professional skill and compliance
# =========================================================================================
_SKILL_COMPLIANCE: tuple[dict, ...] = (
    _entry(
        "product_knowledge_test",
        "skill_compliance",
        "ratio",
        "score",
        loc("产品知识测试成绩", "產品知識測驗成績", "Product knowledge test score"),
        loc(
            "定期产品知识测试（原理与临床应用、适应症、用法与操作、不良反应/不良事件、注意事项）及临床应用场景答辩的成绩，以满分为基数。",
            "定期產品知識測驗（原理與臨床應用、適應症、用法與操作、不良反應/不良事件、注意事項）及臨床應用情境答辯的成績，以滿分為基數。",
            "Score in the regular product knowledge test (mode of action and clinical use, "
            "indications, use and handling, adverse reactions and events, precautions) and the "
            "clinical case defence, over full marks.",
        ),
        loc(
            "测试得分 ÷ 满分 × 100%",
            "測驗得分 ÷ 滿分 × 100%",
            "Test score ÷ full marks × 100%",
        ),
        SRC_TRAINING,
        # Below the 60 % pass mark earns nothing; 90 % and above earns full marks.
        _piecewise([[0.6, 0.6], [0.9, 1.0]], below=0.0),
        5,
    ),
    _entry(
        "academic_promotion",
        "skill_compliance",
        "count",
        "count",
        loc("学术推广活动", "學術推廣活動", "Academic promotion activities"),
        loc(
            "组织或参与的合规学术推广活动（科室会、病例研讨、区域学术会议、与经销商联合的学术会）场次，对照计划场次考核；活动须事先审批并留存签到与资料。",
            "舉辦或參與的合規學術推廣活動（科內會議、病例研討、區域學術研討會、與經銷商合辦的學術會）場次，對照計畫場次考核；活動須事先核准並留存簽到與資料。",
            "Compliant scientific promotion events organised or attended (department meetings, "
            "case discussions, regional academic meetings, joint meetings with distributors) "
            "against plan; each must be approved beforehand with attendance and materials kept.",
        ),
        loc(
            "实际完成场次 ÷ 计划场次 × 100%",
            "實際完成場次 ÷ 計畫場次 × 100%",
            "Events held ÷ events planned × 100%",
        ),
        loc(
            "市场部活动审批与签到记录",
            "行銷部活動核准與簽到紀錄",
            "Marketing event approvals and attendance sheets",
        ),
        _count_bands(),
        10,
    ),
    _entry(
        "compliance_veto",
        "skill_compliance",
        "pass_fail",
        "score",
        loc("合规经营（一票否决）", "合規經營（一票否決）", "Compliance (veto item)"),
        loc(
            "遵守《药品管理法》《医疗器械监督管理条例》《反不正当竞争法》等法规、行业规范及公司销售政策与财务制度，杜绝商业贿赂与违规推广。被监管部门通报、经查实的客户投诉违规推广等严重违规，本期考核直接评为最低等级。",
            "遵守《藥品管理法》《醫療器械監督管理條例》《反不正當競爭法》等法規、產業規範及公司銷售政策與財務制度，杜絕商業賄賂與違規推廣。遭主管機關通報、經查證屬實的客訴違規推廣等重大違規，本期考核直接評為最低等級。",
            "Complies with the Drug Administration Law, the medical device regulations, the "
            "Anti-Unfair Competition Law, industry codes and company sales and finance policy; "
            "no bribery or off-label promotion. A serious breach, such as a regulator's notice or "
            "a substantiated complaint of improper promotion, puts the period at the lowest grade.",
        ),
        loc(
            "无严重违规 = 通过；经查实的严重违规 = 否决",
            "無重大違規 = 通過；經查證屬實的重大違規 = 否決",
            "No serious breach = pass; substantiated serious breach = veto",
        ),
        loc(
            "合规部门记录、客户投诉、监管通报",
            "合規部門紀錄、客訴、主管機關通報",
            "Compliance records, complaints, regulator notices",
        ),
        _veto(),
        5,
    ),
    _entry(
        "promo_material_approval_rate",
        "skill_compliance",
        "ratio",
        "%",
        loc("推广资料审批通过率", "推廣資料審核通過率", "Promotion-material approval rate"),
        loc(
            "提交医学与合规审核的学术推广资料中一次审核通过的比例；未经审批的资料一律不得使用。",
            "提交醫學與合規審核的學術推廣資料中一次審核通過的比例；未經核准的資料一律不得使用。",
            "Share of promotional materials submitted for medical and compliance review that "
            "were approved first time; unapproved material may never be used.",
        ),
        loc(
            "一次通过的资料份数 ÷ 提交审批的资料份数 × 100%",
            "一次通過的資料份數 ÷ 提交審核的資料份數 × 100%",
            "Materials approved first time ÷ materials submitted × 100%",
        ),
        SRC_COMPLIANCE,
        _bands([(1.0, 1.0), (0.9, 0.8), (0.8, 0.5)]),
        5,
    ),
    _entry(
        "gift_meeting_compliance",
        "skill_compliance",
        "ratio",
        "%",
        loc("礼品与会议合规率", "禮品與會議合規率", "Gift and meeting compliance rate"),
        loc(
            "礼品、招待与会议费用中符合公司合规政策（事前审批、标准以内、票据真实）的笔数占比。",
            "禮品、招待與會議費用中符合公司合規政策（事前核准、標準以內、單據真實）的筆數比例。",
            "Share of gift, hospitality and meeting expenses that meet company compliance "
            "policy (approved beforehand, within limits, genuine receipts).",
        ),
        loc(
            "合规笔数 ÷ 报销总笔数 × 100%",
            "合規筆數 ÷ 報銷總筆數 × 100%",
            "Compliant claims ÷ all claims × 100%",
        ),
        loc(
            "财务报销记录、合规抽查",
            "財務報銷紀錄、合規抽查",
            "Expense claims, compliance spot checks",
        ),
        _bands([(1.0, 1.0), (0.95, 0.6)]),
        5,
    ),
    _entry(
        "training_attendance",
        "skill_compliance",
        "ratio",
        "%",
        loc("培训出勤率", "培訓出席率", "Training attendance"),
        loc(
            "实际参加公司组织的培训（产品、销售技巧、合规）的场次占应参加场次的比例。",
            "實際參加公司舉辦的培訓（產品、銷售技巧、合規）場次佔應參加場次的比例。",
            "Company training sessions attended (product, selling skills, compliance) as a "
            "share of the sessions the person was required to attend.",
        ),
        loc(
            "实际出勤场次 ÷ 应出勤场次 × 100%",
            "實際出席場次 ÷ 應出席場次 × 100%",
            "Sessions attended ÷ sessions required × 100%",
        ),
        loc("培训签到记录", "培訓簽到紀錄", "Training attendance sheets"),
        _bands([(1.0, 1.0), (0.9, 0.8), (0.8, 0.5)]),
        5,
    ),
)

# =========================================================================================
# Customer relationship
# =========================================================================================
_CUSTOMER: tuple[dict, ...] = (
    _entry(
        "customer_satisfaction",
        "customer",
        "ratio",
        "%",
        loc("客户满意度", "客戶滿意度", "Customer satisfaction"),
        loc(
            "客户对产品介绍、服务态度、问题解决效率与合作便利性的综合评价，以问卷、电话回访或访谈的平均得分计。",
            "客戶對產品介紹、服務態度、問題解決效率與合作便利性的整體評價，以問卷、電話回訪或訪談的平均得分計算。",
            "Customers' overall view of product information, service attitude, problem solving "
            "and ease of doing business, as the average score of surveys, call-backs or "
            "interviews.",
        ),
        loc(
            "满意度调查平均得分 ÷ 满分 × 100%",
            "滿意度調查平均得分 ÷ 滿分 × 100%",
            "Average survey score ÷ maximum score × 100%",
        ),
        SRC_SURVEY,
        _piecewise([[0.7, 0.0], [0.8, 0.6], [0.9, 1.0]]),
        5,
    ),
    _entry(
        "nps",
        "customer",
        "ratio",
        "%",
        loc("客户净推荐值（NPS）", "客戶淨推薦值（NPS）", "Net Promoter Score (NPS)"),
        loc(
            "匿名调研中推荐者（9–10 分）比例减去贬损者（0–6 分）比例，反映医疗机构客户对销售专业答疑与方案匹配度的认可。",
            "匿名調查中推薦者（9–10 分）比例減去批評者（0–6 分）比例，反映醫療機構客戶對業務專業解答與方案契合度的認同。",
            "Share of promoters (9–10) minus share of detractors (0–6) in an anonymous survey; "
            "shows how hospital customers rate the person's expertise and fit of solutions.",
        ),
        loc(
            "（推荐者人数 − 贬损者人数）÷ 受访人数 × 100%",
            "（推薦者人數 − 批評者人數）÷ 受訪人數 × 100%",
            "(Promoters − detractors) ÷ respondents × 100%",
        ),
        loc("客户匿名调研", "客戶匿名調查", "Anonymous customer survey"),
        _piecewise([[0.0, 0.0], [0.3, 0.6], [0.5, 1.0]], below=0.0),
        5,
    ),
    _entry(
        "complaint_response_time",
        "customer",
        "ratio",
        "hours",
        loc("投诉响应时效", "客訴回應時效", "Complaint response time"),
        loc(
            "客户异议、投诉或临床需求从登记到首次实质响应的平均小时数，对照承诺时限（如 24 小时）考核，越快越好。",
            "客戶異議、客訴或臨床需求從登記到首次實質回應的平均時數，對照承諾時限（如 24 小時）考核，越快越好。",
            "Average hours from logging a customer objection, complaint or clinical request to "
            "the first substantive response, against the promised time (e.g. 24 hours); faster "
            "is better.",
        ),
        loc(
            "平均响应小时数 ÷ 承诺响应小时数 × 100%",
            "平均回應時數 ÷ 承諾回應時數 × 100%",
            "Average response hours ÷ promised response hours × 100%",
        ),
        loc("客户投诉登记表", "客訴登記表", "Complaint log"),
        # Inverse rule: half the promised time or faster is full marks; twice the promise is 0.
        _piecewise([[0.5, 1.0], [1.0, 0.8], [1.5, 0.4], [2.0, 0.0]]),
        5,
    ),
    _entry(
        "key_account_maintenance",
        "customer",
        "rating",
        "score",
        loc("重点客户维护", "重點客戶經營", "Key-account maintenance"),
        loc(
            "对核心重点客户的定期拜访、档案更新、关系质量与合作深度（如联合科研、定制化服务）的提升情况，由主管依据客户档案与客户反馈评定。",
            "對核心重點客戶的定期拜訪、檔案更新、關係品質與合作深度（如共同研究、客製化服務）的提升情況，由主管依客戶檔案與客戶回饋評定。",
            "Regular visits, up-to-date files, relationship quality and deeper cooperation "
            "(e.g. joint research, tailored services) with key accounts; rated by the supervisor "
            "from the account files and customer feedback.",
        ),
        _RATED_BY_SUPERVISOR,
        loc(
            "客户档案、重点客户销售贡献、客户反馈",
            "客戶檔案、重點客戶銷售貢獻、客戶回饋",
            "Account files, key-account sales, customer feedback",
        ),
        _scale(
            {
                1: loc(
                    "重点客户长期未拜访，档案缺失，出现客户流失。",
                    "重點客戶長期未拜訪，檔案缺漏，出現客戶流失。",
                    "Key accounts left unvisited, files missing, accounts lost.",
                ),
                2: loc(
                    "拜访不规律，档案更新滞后，合作停留在交易层面。",
                    "拜訪不規律，檔案更新落後，合作停留在交易層面。",
                    "Irregular visits, files out of date, purely transactional.",
                ),
                3: loc(
                    "按计划拜访，档案基本完整，合作稳定。",
                    "依計畫拜訪，檔案大致完整，合作穩定。",
                    "Visits as planned, files mostly complete, stable business.",
                ),
                4: loc(
                    "拜访有深度，主动响应临床需求，重点客户贡献提升。",
                    "拜訪有深度，主動回應臨床需求，重點客戶貢獻提升。",
                    "In-depth visits, responds to clinical needs unprompted, key-account "
                    "contribution grows.",
                ),
                5: loc(
                    "成为客户信赖的伙伴，推动联合科研或定制化服务，合作范围明显扩大。",
                    "成為客戶信賴的夥伴，推動共同研究或客製化服務，合作範圍明顯擴大。",
                    "A trusted partner: drives joint research or tailored services; the scope of "
                    "business clearly widens.",
                ),
            }
        ),
        5,
    ),
    _entry(
        "distributor_satisfaction",
        "customer",
        "ratio",
        "%",
        loc("经销商供应链满意度", "經銷商供應鏈滿意度", "Distributor supply-chain satisfaction"),
        loc(
            "经销商对供货响应（缺货率、交货周期）与销售支持的满意度调查平均得分。",
            "經銷商對供貨回應（缺貨率、交貨週期）與銷售支援的滿意度調查平均得分。",
            "Distributors' average survey score for supply responsiveness (stock-outs, lead "
            "times) and sales support.",
        ),
        loc(
            "调查平均得分 ÷ 满分 × 100%",
            "調查平均得分 ÷ 滿分 × 100%",
            "Average survey score ÷ maximum score × 100%",
        ),
        loc("经销商满意度调查", "經銷商滿意度調查", "Distributor satisfaction survey"),
        _piecewise([[0.7, 0.0], [0.8, 0.6], [0.9, 1.0]]),
        5,
    ),
    _entry(
        "joint_marketing_activities",
        "customer",
        "count",
        "count",
        loc("联合市场活动参与", "聯合行銷活動參與", "Joint marketing activities"),
        loc(
            "协助经销商举办区域学术会、培训终端医护人员等联合活动的场次，对照计划考核，推动销售从供货者转为渠道赋能者。",
            "協助經銷商舉辦區域學術會、培訓終端醫護人員等聯合活動的場次，對照計畫考核，推動業務從供貨者轉為通路賦能者。",
            "Joint events held with distributors (regional academic meetings, training of "
            "end-customer clinical staff) against plan; moves the rep from supplier to channel "
            "enabler.",
        ),
        loc(
            "实际场次 ÷ 计划场次 × 100%",
            "實際場次 ÷ 計畫場次 × 100%",
            "Events held ÷ events planned × 100%",
        ),
        loc(
            "市场部活动记录、经销商确认",
            "行銷部活動紀錄、經銷商確認",
            "Marketing event records, distributor confirmations",
        ),
        _count_bands(),
        5,
    ),
)

# =========================================================================================
# Teamwork and development
# =========================================================================================
_TEAM_GROWTH: tuple[dict, ...] = (
    _entry(
        "teamwork_sharing",
        "team_growth",
        "rating",
        "score",
        loc("团队协作与信息共享", "團隊協作與資訊分享", "Teamwork and information sharing"),
        loc(
            "配合同事完成工作，主动分享市场信息、成功经验与失败教训，协助新同事成长；以团队成员互评为主，主管观察为辅。",
            "配合同事完成工作，主動分享市場資訊、成功經驗與失敗教訓，協助新同事成長；以團隊成員互評為主，主管觀察為輔。",
            "Works with colleagues, shares market information, successes and lessons learnt, "
            "helps new colleagues grow; mainly peer-rated, with the supervisor's observation.",
        ),
        loc(
            "团队成员互评为主，按 1–5 级行为标准评分",
            "以團隊成員互評為主，依 1–5 級行為標準評分",
            "Mainly peer ratings, 1–5 against the behaviour anchors",
        ),
        loc(
            "团队成员互评、主管观察",
            "團隊成員互評、主管觀察",
            "Peer review, supervisor observation",
        ),
        _scale(
            {
                1: loc(
                    "各自为战，隐瞒客户信息，甚至抢单。",
                    "各自為戰，隱瞞客戶資訊，甚至搶單。",
                    "Works alone, withholds customer information, even poaches deals.",
                ),
                2: loc(
                    "被要求时才配合，很少分享信息。",
                    "被要求時才配合，很少分享資訊。",
                    "Helps only when asked; rarely shares information.",
                ),
                3: loc(
                    "能配合团队工作，按要求分享信息。",
                    "能配合團隊工作，依要求分享資訊。",
                    "Cooperates with the team and shares information as required.",
                ),
                4: loc(
                    "主动分享经验与市场信息，乐于协助同事。",
                    "主動分享經驗與市場資訊，樂於協助同事。",
                    "Shares experience and market information unprompted; glad to help colleagues.",
                ),
                5: loc(
                    "团队的推动者：带教新人、组织经验分享，促成跨区域协作。",
                    "團隊的推動者：帶領新人、籌辦經驗分享，促成跨區域協作。",
                    "Drives the team: coaches newcomers, runs experience-sharing sessions, "
                    "brings regions together.",
                ),
            }
        ),
        5,
    ),
    _entry(
        "career_plan_followthrough",
        "team_growth",
        "rating",
        "score",
        loc("职业发展计划执行", "職涯發展計畫執行", "Career plan follow-through"),
        loc(
            "是否有清晰的个人发展目标与计划，按计划学习、参加培训并主动与上级沟通成长需求；依据职业发展谈话记录评定。",
            "是否有清楚的個人發展目標與計畫，依計畫學習、參加培訓並主動與主管溝通成長需求；依職涯發展面談紀錄評定。",
            "Has clear development goals and a plan, learns and trains as planned and raises "
            "growth needs with the supervisor; rated from the career conversation records.",
        ),
        _RATED_BY_SUPERVISOR,
        loc(
            "职业发展谈话记录、个人发展计划",
            "職涯發展面談紀錄、個人發展計畫",
            "Career conversation records, personal development plan",
        ),
        _scale(
            {
                1: loc(
                    "没有发展计划，对成长缺乏意愿。",
                    "沒有發展計畫，對成長缺乏意願。",
                    "No development plan; shows little interest in growing.",
                ),
                2: loc(
                    "有计划但基本未执行。",
                    "有計畫但大多未執行。",
                    "Has a plan but has done little of it.",
                ),
                3: loc(
                    "按计划完成大部分学习与发展行动。",
                    "依計畫完成大部分學習與發展行動。",
                    "Completes most of the planned learning and development actions.",
                ),
                4: loc(
                    "全部完成计划行动，并主动与上级沟通调整目标。",
                    "全部完成計畫行動，並主動與主管溝通調整目標。",
                    "Completes all planned actions and reviews goals with the supervisor "
                    "unprompted.",
                ),
                5: loc(
                    "超前完成发展计划，把所学用于工作并取得可见成果，可承担更高职责。",
                    "超前完成發展計畫，將所學應用於工作並有具體成果，可承擔更高職責。",
                    "Goes beyond the plan, applies what they learn with visible results; ready "
                    "for bigger responsibilities.",
                ),
            }
        ),
        5,
    ),
    _entry(
        "work_attitude",
        "team_growth",
        "rating",
        "score",
        loc("工作态度", "工作態度", "Work attitude"),
        loc(
            "积极进取、服从指挥、团队精神与认同企业文化等综合表现，由上级评定。",
            "積極進取、服從指揮、團隊精神與認同企業文化等整體表現，由主管評定。",
            "Drive, following direction, team spirit and commitment to the company culture, "
            "taken together; rated by the supervisor.",
        ),
        _RATED_BY_SUPERVISOR,
        SRC_SUPERVISOR,
        _scale(
            {
                1: loc(
                    "消极懈怠，不服从安排，影响团队士气。",
                    "消極懈怠，不服從安排，影響團隊士氣。",
                    "Passive and slack, ignores instructions, hurts team morale.",
                ),
                2: loc(
                    "需督促才完成工作，偶有抱怨推诿。",
                    "需督促才完成工作，偶有抱怨推託。",
                    "Needs chasing to finish work; sometimes complains or passes the buck.",
                ),
                3: loc(
                    "服从安排，按要求完成工作。",
                    "服從安排，依要求完成工作。",
                    "Follows instructions and does what is asked.",
                ),
                4: loc(
                    "积极主动，愿意承担计划外任务。",
                    "積極主動，願意承擔計畫外任務。",
                    "Proactive; takes on unplanned tasks willingly.",
                ),
                5: loc(
                    "以身作则，认同并传播企业文化，带动团队积极性。",
                    "以身作則，認同並傳承企業文化，帶動團隊士氣。",
                    "Leads by example, lives and spreads the company culture, lifts the team's "
                    "energy.",
                ),
            }
        ),
        5,
    ),
)

# =========================================================================================
# Sales-manager sheet (seed 004: 40 / 20 / 20 / 15 / 5)
# =========================================================================================
_MANAGEMENT: tuple[dict, ...] = (
    _entry(
        "sales_plan_completion",
        "results",
        "achievement",
        "%",
        loc("销售计划完成率", "銷售計畫達成率", "Sales plan completion"),
        loc(
            "销售经理所负责市场的实际销售额与目标销售额之比。恰好完成计划得满分，超额完成计划一半以上得 150%，不足计划 60% 不得分。",
            "銷售經理所負責市場的實際銷售額與目標銷售額之比。恰好達成計畫得滿分，超過計畫五成以上得 150%，未達計畫 60% 不計分。",
            "Actual sales of the market the manager is responsible for against its target. "
            "Exactly on plan earns the full weight, 150 % of plan or more earns 150 % of it, "
            "below 60 % of plan earns nothing.",
        ),
        loc(
            "负责市场实际销售额 ÷ 目标销售额 × 100%",
            "負責市場實際銷售額 ÷ 目標銷售額 × 100%",
            "Actual sales of the market ÷ target sales × 100%",
        ),
        SRC_ERP,
        _piecewise([[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]], below=0.0),
        40,
    ),
    _entry(
        "reps_on_target_share",
        "management",
        "ratio",
        "%",
        loc("下属销售人员达标率", "所屬業務人員達標率", "Share of reps on target"),
        loc(
            "销售经理所带销售人员中完成个人销售目标的人数占比，衡量带队伍而非自己做业务的能力；达标人数达到 90% 以上得满分。",
            "銷售經理所帶業務人員中達成個人銷售目標的人數比例，衡量帶領團隊而非自己跑業務的能力；達標人數達 90% 以上得滿分。",
            "Share of the manager's reps who met their individual sales target; measures "
            "leading the team rather than selling personally. 90 % or more earns full marks.",
        ),
        loc(
            "达标人数 ÷ 所带销售人员总数 × 100%",
            "達標人數 ÷ 所帶業務人員總數 × 100%",
            "Reps who met target ÷ all reps managed × 100%",
        ),
        loc(
            "销售台账、个人考核结果",
            "銷售台帳、個人考核結果",
            "Sales ledger, individual appraisal results",
        ),
        _bands([(0.9, 1.0), (0.8, 0.8), (0.7, 0.6), (0.6, 0.4), (0.5, 0.2)]),
        20,
    ),
    _entry(
        "sales_expense_usage",
        "management",
        "expense_usage",
        "%",
        loc("销售费用使用率", "銷售費用使用率", "Sales expense usage"),
        loc(
            "实际发生的销售费用与公司核定销售费用预算之比；节省费用得分高，超支得分低。",
            "實際發生的銷售費用與公司核定銷售費用預算之比；節省費用得分高，超支得分低。",
            "Actual sales expenses against the approved sales expense budget; spending under "
            "budget scores higher, overspending lower.",
        ),
        loc(
            "实际销售费用 ÷ 销售费用预算 × 100%",
            "實際銷售費用 ÷ 銷售費用預算 × 100%",
            "Actual sales expenses ÷ sales expense budget × 100%",
        ),
        loc(
            "财务费用台账、销售费用预算",
            "財務費用台帳、銷售費用預算",
            "Finance expense ledger, sales expense budget",
        ),
        # Inverse rule: 20 % under budget earns 110 %, on budget 100 %, 20 % over budget 0.
        _piecewise([[0.8, 1.1], [1.0, 1.0], [1.1, 0.5], [1.2, 0.0]]),
        20,
    ),
    _entry(
        "info_system_management",
        "management",
        "rating",
        "score",
        loc("信息系统管理", "資訊系統管理", "Information-system management"),
        loc(
            "督促下属按时提交日报表，维护完整的客户档案，及时反馈市场信息与服务信息，为公司营销决策提供依据，防止人员离职带走客户。",
            "督促所屬人員準時提交日報表，維護完整的客戶檔案，即時回饋市場資訊與服務資訊，作為公司行銷決策依據，避免人員離職帶走客戶。",
            "Makes sure reps hand in daily reports, keeps complete customer files and feeds "
            "back market and service information in time, so the company can plan and no "
            "customers leave with a departing rep.",
        ),
        _RATED_BY_SUPERVISOR,
        loc(
            "销售日报、客户档案、市场信息反馈记录",
            "業務日報、客戶檔案、市場資訊回饋紀錄",
            "Daily reports, customer files, market feedback records",
        ),
        _scale(
            {
                1: loc(
                    "日报缺交普遍，客户档案残缺，公司对区域客户情况不了解。",
                    "日報缺交普遍，客戶檔案殘缺，公司無法掌握區域客戶狀況。",
                    "Daily reports widely missing, customer files patchy; head office cannot see "
                    "the region's customers.",
                ),
                2: loc(
                    "日报与档案时有缺漏，市场反馈零散、滞后。",
                    "日報與檔案時有缺漏，市場回饋零散、延遲。",
                    "Gaps in daily reports and files; market feedback scattered and late.",
                ),
                3: loc(
                    "日报基本按时，客户档案基本完整，按例会要求反馈市场信息。",
                    "日報大致準時，客戶檔案大致完整，依例會要求回饋市場資訊。",
                    "Daily reports mostly on time, files mostly complete, market feedback as "
                    "the weekly meeting requires.",
                ),
                4: loc(
                    "日报与档案完整及时，市场与服务信息反馈附有分析。",
                    "日報與檔案完整即時，市場與服務資訊回饋附有分析。",
                    "Complete, timely reports and files; market and service feedback comes with "
                    "analysis.",
                ),
                5: loc(
                    "信息系统成为区域管理工具，反馈被公司决策采纳，客户资源完整沉淀在公司。",
                    "資訊系統成為區域管理工具，回饋被公司決策採納，客戶資源完整留存於公司。",
                    "The system is the region's management tool; feedback shapes company "
                    "decisions; customer knowledge stays fully with the company.",
                ),
            }
        ),
        15,
    ),
)

# =========================================================================================
# Sales-director duty sheet (seed 004, 篇十: ten duties, each with its 权重分)
# =========================================================================================
# The seed gives each duty and its points but no scoring standard: each duty is rated 1–5 by
# the director's superior against the same anchors (the anchors are 常用做法, not the seed's).
_DUTY_ANCHORS = {
    1: loc(
        "未履行该职责，或结果明显低于要求。",
        "未履行該職責，或結果明顯低於要求。",
        "Duty not carried out, or results clearly below what is required.",
    ),
    2: loc(
        "部分履行，缺漏较多，需要上级反复督促。",
        "部分履行，缺漏較多，需要上級反覆督促。",
        "Partly carried out with many gaps; needs repeated reminders.",
    ),
    3: loc(
        "基本履行该职责，达到岗位要求。",
        "大致履行該職責，達到職務要求。",
        "Carried out as the post requires.",
    ),
    4: loc(
        "全面履行，结果超出要求。",
        "全面履行，結果超出要求。",
        "Fully carried out; results beyond what is required.",
    ),
    5: loc(
        "出色履行，成效突出，做法可在公司推广。",
        "出色履行，成效突出，做法可在公司推廣。",
        "Outstanding; results stand out and the approach can be used across the company.",
    ),
}
_DUTY_SOURCE = loc(
    "岗位职责履行记录、上级评价",
    "職務履行紀錄、上級評核",
    "Records of the duties carried out, superior's assessment",
)


def _duty(code: str, name: dict[str, str], duty: dict[str, str], weight: int) -> dict:
    """A duty of the director sheet: the seed's words as its definition, rated 1–5."""
    return _entry(
        code,
        "management",
        "rating",
        "score",
        name,
        duty,
        _RATED_BY_SUPERVISOR,
        _DUTY_SOURCE,
        _scale(_DUTY_ANCHORS),
        weight,
    )


_DIRECTOR: tuple[dict, ...] = (
    _duty(
        "director_strategy_targets",
        loc(
            "制定销售策略并达成销售目标", "制定銷售策略並達成銷售目標", "Sales strategy and targets"
        ),
        loc(
            "根据公司总体战略，结合市场情况制定销售策略与规划并组织实施，达成销售目标。",
            "根據公司整體策略，結合市場情況制定銷售策略與規劃並組織實施，達成銷售目標。",
            "Sets the sales strategy and plan from the company strategy and the market, carries "
            "it out and reaches the sales targets.",
        ),
        20,
    ),
    _duty(
        "director_sales_system",
        loc("完善销售体系和流程", "完善銷售體系和流程", "Sales system and processes"),
        loc(
            "根据既有的销售体系，完善完整销售体系和流程。",
            "根據既有的銷售體系，完善完整銷售體系和流程。",
            "Builds the existing sales system and its processes into a complete one.",
        ),
        10,
    ),
    _duty(
        "director_customers_markets",
        loc("维护客户与开拓新市场", "維護客戶與開拓新市場", "Customers and new markets"),
        loc(
            "维护现有客户关系，建立新客户联系，开拓新市场。",
            "維護現有客戶關係，建立新客戶聯繫，開拓新市場。",
            "Keeps existing customer relationships, makes new contacts and opens new markets.",
        ),
        10,
    ),
    _duty(
        "director_team_building",
        loc("销售团队建设与激励", "銷售團隊建設與激勵", "Building and motivating the team"),
        loc(
            "负责销售团队的建设和成长，培养专业的销售团队，建立销售团队激励机制，激发销售人员进行客户开拓和维护。",
            "負責銷售團隊的建設和成長，培養專業的銷售團隊，建立銷售團隊激勵機制，激發業務人員進行客戶開拓和維護。",
            "Builds and grows a professional sales team and its incentives, so reps win and "
            "keep customers.",
        ),
        5,
    ),
    _duty(
        "director_budget_costs",
        loc("销售费用预算与成本控制", "銷售費用預算與成本控制", "Expense budget and costs"),
        loc(
            "制定销售费用的预算，控制销售成本，提高销售利润。",
            "制定銷售費用的預算，控制銷售成本，提高銷售利潤。",
            "Sets the sales expense budget, controls sales costs and raises sales profit.",
        ),
        10,
    ),
    _duty(
        "director_key_accounts",
        loc("协助经理管理区域重要客户", "協助經理管理區域重要客戶", "Regional key accounts"),
        loc(
            "帮助销售经理开拓、沟通和管理区域的重要客户，并负责协调维护市场与技术关系。",
            "幫助銷售經理開拓、溝通和管理區域的重要客戶，並負責協調維護市場與技術關係。",
            "Helps sales managers win, deal with and manage the region's key accounts; keeps "
            "market and technical relations in good order.",
        ),
        5,
    ),
    _duty(
        "director_team_targets",
        loc("所辖团队销售目标管理", "所轄團隊銷售目標管理", "Managing the teams' targets"),
        loc(
            "负责所辖团队的销售管理，包括销售目标的制定、分解、部署、监督实施。",
            "負責所轄團隊的銷售管理，包括銷售目標的制定、分解、部署、監督實施。",
            "Manages the teams' sales: sets, breaks down and assigns targets and follows them up.",
        ),
        10,
    ),
    _duty(
        "director_key_visits",
        loc("拜访重点客户", "拜訪重點客戶", "Visiting key customers"),
        loc(
            "定期或不定期拜访重点客户，建立、保持与客户、同行业间的良好合作关系。",
            "定期或不定期拜訪重點客戶，建立、保持與客戶、同業間的良好合作關係。",
            "Visits key customers, regularly and as needed; keeps good relations with customers "
            "and the trade.",
        ),
        5,
    ),
    _duty(
        "director_market_insight",
        loc("行业与销售信息研判", "產業與銷售資訊研判", "Industry and sales insight"),
        loc(
            "深入了解本行业，把握最新销售信息，为企业提供业务发展和价格定位的战略依据。",
            "深入了解本產業，掌握最新銷售資訊，為企業提供業務發展和價格定位的策略依據。",
            "Knows the industry and the latest sales information; gives the company a basis for "
            "business development and pricing.",
        ),
        5,
    ),
    _duty(
        "director_solutions",
        loc("客户解决方案与营销方案", "客戶解決方案與行銷方案", "Solutions and marketing plans"),
        loc(
            "建立和发展客户关系，向用户提供最佳的解决方案，掌握市场动态，熟悉市场状况并有独特见解和营销方案。",
            "建立和發展客戶關係，向用戶提供最佳的解決方案，掌握市場動態，熟悉市場狀況並有獨到見解和行銷方案。",
            "Develops customer relationships, offers users the best solutions, follows the "
            "market and has its own insight and marketing plans.",
        ),
        10,
    ),
)

# =========================================================================================
# 带教成果 (seed 002 §三(三)): the mentors' KPI, filled from the mentees' data
# (domain/mentoring.py; written as the month's actuals under 月度录入 → 带教成果…)
# =========================================================================================
SRC_MENTEES = loc(
    "学员的人事登记、销售实际值与合规事件（系统按月计算）",
    "學員的人事登記、銷售實際值與合規事件（系統按月計算）",
    "The mentees' register entries, sales actuals and compliance events (worked out monthly)",
)
_MENTORING: tuple[dict, ...] = (
    _entry(
        "mentor_first_sale_days",
        "team_growth",
        "days",
        "days",
        loc("带教学员首单周期", "帶教學員首單週期", "Mentees' first-sale cycle"),
        loc(
            "业务导师所带新员工从入职到首单的平均日历天数（种子文件 002：考核导师的带教成果，"
            "如学员转正后首单周期）。登记表无转正日期，故自入职日起算；尚无首单的学员按至今天数"
            "计入。越少越好；默认规则（30 天内满分，180 天以上 0 分）为常用做法。",
            "業務導師所帶新進人員從到職到首單的平均日曆天數（種子文件 002：考核導師的帶教成果，"
            "如學員轉正後首單週期）。登記表無轉正日期，故自到職日起算；尚無首單的學員按至今天數"
            "計入。越少越好；預設規則（30 天內滿分，180 天以上 0 分）為常用做法。",
            "Mean calendar days from hire to first sale of the business mentor's new mentees "
            "(seed 002: mentors are appraised on their mentoring results, such as the first-sale "
            "cycle). The register keeps no confirmation date, so days count from the hire date; "
            "a mentee with no sale yet counts with the days so far. Fewer is better; the default "
            "rule (full marks within 30 days, none from 180) is usual practice.",
        ),
        loc(
            "各学员（首单月份首日 − 入职日期）天数的平均值",
            "各學員（首單月份首日 − 到職日期）天數的平均值",
            "Mean over the mentees of (first day of the first-sale month − hire date) in days",
        ),
        SRC_MENTEES,
        _piecewise([[30, 1.0], [60, 0.8], [90, 0.6], [180, 0.0]]),
        5,
    ),
    _entry(
        "mentor_compliance_clean_rate",
        "team_growth",
        "ratio",
        "%",
        loc("带教学员合规零失误率", "帶教學員合規零失誤率", "Mentees' zero compliance error rate"),
        loc(
            "合规导师所带新员工中本月没有合规失误（合规一票否决事件或合规否决项未通过）的人数占比"
            "（种子文件 002：合规零失误率）。目标值为学员人数，实际值为零失误人数。",
            "合規導師所帶新進人員中本月沒有合規失誤（合規一票否決事件或合規否決項未通過）的人數占比"
            "（種子文件 002：合規零失誤率）。目標值為學員人數，實際值為零失誤人數。",
            "Share of the compliance mentor's new mentees with no compliance error this month (a "
            "compliance veto event or a failed compliance veto item) (seed 002: zero compliance "
            "error rate). The target is the number of mentees, the actual those without an error.",
        ),
        loc(
            "零失误学员人数 ÷ 学员人数 × 100%",
            "零失誤學員人數 ÷ 學員人數 × 100%",
            "Mentees without an error ÷ mentees × 100%",
        ),
        SRC_MENTEES,
        _linear(),
        5,
    ),
)

INDICATORS: tuple[dict, ...] = (
    _RESULTS
    + _BEHAVIOUR
    + _SKILL_COMPLIANCE
    + _CUSTOMER
    + _TEAM_GROWTH
    + _MANAGEMENT
    + _DIRECTOR
    + _MENTORING
)

_BY_CODE: dict[str, dict] = {entry["code"]: entry for entry in INDICATORS}


def indicator(code: str) -> dict:
    """A deep copy of the library entry ``code`` (safe to edit); KeyError when unknown."""
    return copy.deepcopy(_BY_CODE[code])
