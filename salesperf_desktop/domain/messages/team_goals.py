"""Team goals (seed 002's 团队绩效池): refusals of a goal as typed, and its measures."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "team_goal.measure": _t(
        "团队目标的计量方式 {value} 无效（应为金额或百分比）",
        "團隊目標的計量方式 {value} 無效（應為金額或百分比）",
        "The team goal's measure {value} is invalid (an amount or a percentage)",
    ),
    "team_goal.negative": _t(
        "团队目标的目标值和实际值不能为负数（{value}）",
        "團隊目標的目標值和實際值不能為負數（{value}）",
        "A team goal's target and actual cannot be negative ({value})",
    ),
    "team_goal.name_required": _t(
        "请填写团队目标的名称（如 区域市场份额达标率）",
        "請填寫團隊目標的名稱（如 區域市場份額達標率）",
        "Give the team goal a name (e.g. regional market share attainment)",
    ),
    "team_goal.not_number": _t(
        "“{value}”不是数字", "「{value}」不是數字", "{value!r} is not a number"
    ),
    "team_goal.amount": _t("金额", "金額", "Amount"),
    "team_goal.percent": _t("百分比（%）", "百分比（%）", "Percentage (%)"),
    "team_goal.not_entered": _t("团队目标未录入", "團隊目標未錄入", "Team goal not entered"),
}

# Team goals in Excel (services.team_goals_io): the sheet's words and the import's problems.
MESSAGES.update(
    {
        "team_goals_io.sheet": _t("团队目标", "團隊目標", "Team goals"),
        "team_goals_io.file_name": _t("团队目标", "團隊目標", "Team goals"),
        "team_goals_io.title": _t("团队目标 {months}", "團隊目標 {months}", "Team goals {months}"),
        "team_goals_io.note": _t(
            "百分比填写 20 或 20%（设为百分比格式的单元格按显示的百分数读取）；金额填写纯数字"
            "（120000，不写“12万”）；达成率仅供查看，导入时不读取。",
            "百分比填寫 20 或 20%（設為百分比格式的儲存格按顯示的百分數讀取）；金額填寫純數字"
            "（120000，不寫「12萬」）；達成率僅供檢視，匯入時不讀取。",
            "Percentages as 20 or 20% (a cell formatted as a percentage is read as the "
            "percentage it shows); amounts as plain numbers (120000, not \u201c12万\u201d); "
            "the attainment is shown only, not read back.",
        ),
        "team_goals_io.col.team": _t("团队", "團隊", "Team"),
        "team_goals_io.col.month": _t("月份", "月份", "Month"),
        "team_goals_io.col.name": _t("团队目标", "團隊目標", "Team goal"),
        "team_goals_io.col.measure": _t("计量方式", "計量方式", "Measure"),
        "team_goals_io.col.target": _t("目标值", "目標值", "Target"),
        "team_goals_io.col.actual": _t("实际值", "實際值", "Actual"),
        "team_goals_io.col.attainment": _t("达成率", "達成率", "Attainment"),
        "team_goals_io.measure.percent": _t("百分比", "百分比", "Percentage"),
        "team_goals_io.measure.amount": _t("金额", "金額", "Amount"),
        "team_goals_io.no_header": _t(
            "前 20 行中找不到表头（应有：{columns}）",
            "前 20 列中找不到表頭（應有：{columns}）",
            "No header row in the first 20 rows (expected: {columns})",
        ),
        "team_goals_io.no_column": _t(
            "缺少“{column}”列", "缺少「{column}」欄", "The column {column!r} is missing"
        ),
        "team_goals_io.no_team": _t("请填写团队", "請填寫團隊", "The team is missing"),
        "team_goals_io.unknown_team": _t(
            "没有名为“{value}”的团队", "沒有名為「{value}」的團隊", "No team is called {value!r}"
        ),
        "team_goals_io.no_month": _t(
            "请填写月份（如 2026-10）",
            "請填寫月份（如 2026-10）",
            "The month is missing (e.g. 2026-10)",
        ),
        "team_goals_io.duplicate_row": _t(
            "同一团队同一月份已在第 {first} 行出现",
            "同一團隊同一月份已在第 {first} 列出現",
            "The same team and month are already in row {first}",
        ),
        "team_goals_io.percent_amount": _t(
            "单元格设为百分比格式（显示 {shown}），但这个团队目标按金额计量：请填写金额的纯数字，"
            "并把单元格格式改为常规或数值",
            "儲存格設為百分比格式（顯示 {shown}），但這個團隊目標按金額計量：請填寫金額的純數字，"
            "並把儲存格格式改為通用或數值",
            "The cell is formatted as a percentage (it shows {shown}) but this team goal is an "
            "amount: write the amount as a plain number in a General or Number cell",
        ),
        "team_goals_io.locked": _t("{team}：{reason}", "{team}：{reason}", "{team}: {reason}"),
        "team_goals_io.no_rows": _t(
            "表头下没有团队目标行", "表頭下沒有團隊目標列", "No team goal rows under the header"
        ),
    }
)
