"""Texts of the results workbook (sheet names, column headings, its title)."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "export.summary": _t("汇总", "彙總", "Summary"),
    "export.breakdown": _t("指标明细", "指標明細", "Breakdown"),
    "export.adjustments": _t("加减分", "加減分", "Adjustments"),
    "export.distribution": _t("等级分布", "等級分布", "Distribution"),
    "export.title": _t(
        "{company} {period} 考核结果",
        "{company} {period} 考核結果",
        "{company} — appraisal results {period}",
    ),
    "export.percent": _t("得分率", "得分率", "% of sheet"),
    "export.sheet_total": _t("满分", "滿分", "Sheet total"),
    "export.max_points": _t("最高可得", "最高可得", "Max points"),
    "export.yes": _t("是", "是", "yes"),
    "export.expected_share": _t("指导比例", "指導比例", "Guide share"),
    "export.expected_count": _t("指导人数", "指導人數", "Guide head count"),
    "export.actual_count": _t("实际人数", "實際人數", "Actual head count"),
    "export.actual_share": _t("实际比例", "實際比例", "Actual share"),
    "export.deviation": _t("偏差", "偏差", "Deviation"),
    "export.flags": _t("说明", "說明", "Notes"),
    "export.value": _t("达成率/评分", "達成率/評分", "Rate / rating"),
    "export.team_goal": _t("团队目标", "團隊目標", "Team goal"),
    "export.team_goal_target": _t("团队目标值", "團隊目標值", "Team target"),
    "export.team_goal_actual": _t("团队实际值", "團隊實際值", "Team actual"),
    "export.team_goal_attainment": _t("团队达成率", "團隊達成率", "Team attainment"),
    # Names of the PDF files written (one per person, or one for all): the window's language.
    "file.appraisal_form": _t(
        "考核表_{period}_{person}.pdf",
        "考核表_{period}_{person}.pdf",
        "appraisal_{period}_{person}.pdf",
    ),
    "file.task_sheet": _t(
        "工作任务书_{period}_{person}.pdf",
        "工作任務書_{period}_{person}.pdf",
        "task-sheet_{period}_{person}.pdf",
    ),
    "file.appraisal_forms": _t(
        "考核表_{period}.pdf", "考核表_{period}.pdf", "appraisal-forms_{period}.pdf"
    ),
    "file.task_sheets": _t(
        "工作任务书_{period}.pdf", "工作任務書_{period}.pdf", "task-sheets_{period}.pdf"
    ),
    "file.amended_forms": _t(
        "更正考核表_{date}.pdf", "更正考核表_{date}.pdf", "amended-forms_{date}.pdf"
    ),
}
