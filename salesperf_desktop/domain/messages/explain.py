"""Texts of the explanation lines (domain/explain.py): how a total is made up, line by line.

The grid, the command line, the printed form and the workbook show these same lines.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "explain.item": _t("{name}", "{name}", "{name}"),
    "explain.dimension": _t("小计：{name}", "小計：{name}", "Subtotal: {name}"),
    "explain.items_points": _t("指标得分", "指標得分", "Indicator points"),
    "explain.team": _t(
        "团队分享 {share}：（团队成绩 {team_score} − 指标得分 {items_points}）× {share}",
        "團隊分享 {share}：（團隊成績 {team_score} − 指標得分 {items_points}）× {share}",
        "Team share {share}: (team result {team_score} − indicator points {items_points})"
        " × {share}",
    ),
    "explain.team_missing": _t(
        "团队分享 {share}：团队成绩缺失，按 0 计（0 − 指标得分 {items_points}）× {share}",
        "團隊分享 {share}：團隊成績缺失，按 0 計（0 − 指標得分 {items_points}）× {share}",
        "Team share {share}: no team result, counted as 0 (0 − indicator points"
        " {items_points}) × {share}",
    ),
    "explain.team_goal": _t(
        "团队目标“{goal}”：目标 {target}，实际 {actual}，达成率 {attainment}（封顶 {cap}），"
        "团队得分 {team_score}；团队挂钩 {share}：（{team_score} − 指标得分 {items_points}）× {share}",
        "團隊目標「{goal}」：目標 {target}，實際 {actual}，達成率 {attainment}（封頂 {cap}），"
        "團隊得分 {team_score}；團隊掛鉤 {share}：（{team_score} − 指標得分 {items_points}）× {share}",
        "Team goal {goal}: target {target}, actual {actual}, attainment {attainment} (capped at"
        " {cap}), team points {team_score}; team share {share}: ({team_score} − indicator points"
        " {items_points}) × {share}",
    ),
    "explain.team_goal_missing": _t(
        "团队挂钩 {share}：团队目标未录入，按 0 计（0 − 指标得分 {items_points}）× {share}",
        "團隊掛鉤 {share}：團隊目標未錄入，按 0 計（0 − 指標得分 {items_points}）× {share}",
        "Team share {share}: team goal not entered, counted as 0 (0 − indicator points"
        " {items_points}) × {share}",
    ),
    "explain.adjustment": _t("{name}", "{name}", "{name}"),
    "explain.adjustment_count": _t(
        "{name} {count} × {each}", "{name} {count} × {each}", "{name} {count} × {each}"
    ),
    "explain.bonus_cap": _t(
        "加分封顶 {cap}（加分合计 {raw}）",
        "加分封頂 {cap}（加分合計 {raw}）",
        "Bonus capped at {cap} (bonus points {raw})",
    ),
    "explain.penalty_cap": _t(
        "扣分封顶 {cap}（扣分合计 {raw}）",
        "扣分封頂 {cap}（扣分合計 {raw}）",
        "Penalty capped at {cap} (penalty points {raw})",
    ),
    "explain.adjustments": _t("加减分", "加減分", "Bonus/penalty points"),
    "explain.approved_by": _t("审批：{approver}", "審批：{approver}", "approved by {approver}"),
    "explain.document_no": _t("文号：{number}", "文號：{number}", "document {number}"),
    "explain.veto": _t(
        "一票否决：总分不变，等级定为 {grade}",
        "一票否決：總分不變，等級定為 {grade}",
        "Veto: the total stands, the grade is {grade}",
    ),
    "explain.total": _t("总分", "總分", "Total"),
}
