"""本月待办 (due this month): group titles, item texts and deadlines (services/due.py)."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "due.group.appeals": _t("申诉期限", "申訴期限", "Appeal deadlines"),
    "due.group.actions": _t("逾期的行动项", "逾期的行動項", "Action items overdue"),
    "due.group.interviews": _t("待进行的绩效面谈", "待進行的績效面談", "Review interviews due"),
    "due.group.signatures": _t("待签字的考核表", "待簽字的考核表", "Forms awaiting signatures"),
    "due.group.entries": _t("数据未录齐的团队", "資料未輸入齊的團隊", "Teams with entries missing"),
    "due.group.task_sheets": _t(
        "未审核的工作任务书", "未審核的工作任務書", "Task sheets not approved"
    ),
    "due.group.publish": _t("可以发布的考核期", "可以發布的考核期", "Periods ready to publish"),
    "due.no_team": _t("未分组", "未分組", "No team"),
    "due.entries.team": _t(
        "{period} {team}：{people} 人缺 {values} 项",
        "{period} {team}：{people} 人缺 {values} 項",
        "{period} {team}: {values} values missing for {people} people",
    ),
    "due.publish.period": _t(
        "{period}（{people} 人，数据已录齐）",
        "{period}（{people} 人，資料已輸入齊）",
        "{period} ({people} people, entries complete)",
    ),
    "due.publish.quarter": _t(
        "{period}（按季度考核 {people} 人，季度结束待发布）",
        "{period}（按季考核 {people} 人，季度結束待發布）",
        "{period} ({people} people appraised by quarter; the quarter has ended)",
    ),
    "due.task_sheet.missing": _t(
        "{employee}，{period}：无任务书",
        "{employee}，{period}：無任務書",
        "{employee}, {period}: no sheet yet",
    ),
    "due.task_sheet.unapproved": _t(
        "{employee}，{period}：待审核",
        "{employee}，{period}：待審核",
        "{employee}, {period}: to be approved",
    ),
    "due.interview.person": _t(
        "{employee}，{period}",
        "{employee}，{period}",
        "{employee}, {period}",
    ),
    "due.action.item": _t("{employee}：{what}", "{employee}：{what}", "{employee}: {what}"),
    "due.appeal.filing": _t(
        "{period} 结果：提出申诉的截止日",
        "{period} 結果：提出申訴的截止日",
        "{period} results: last day to appeal",
    ),
    "due.appeal.decision": _t(
        "申诉 {number} {employee}（{period}，{filed} 提出）：委员会答复",
        "申訴 {number} {employee}（{period}，{filed} 提出）：委員會答覆",
        "Appeal {number} {employee} ({period}, filed {filed}): decision due",
    ),
    "due.signatures.period": _t(
        "{period}：{count}/{total} 份未签齐",
        "{period}：{count}/{total} 份未簽齊",
        "{period}: {count} of {total} forms not signed by all",
    ),
    "due.left.later": _t(
        "还有 {days} 个工作日", "還有 {days} 個工作日", "{days} working days left"
    ),
    "due.left.today": _t("今天截止", "今天截止", "Due today"),
    "due.left.overdue": _t(
        "已逾期 {days} 个工作日", "已逾期 {days} 個工作日", "Overdue by {days} working days"
    ),
    "due.estimated": _t("（按估算的节假日）", "（按估算的節假日）", " (holidays estimated)"),
    "due.short.later": _t("{days}", "{days}", "{days}"),
    "due.short.today": _t("今天", "今天", "today"),
    "due.short.overdue": _t("逾期 {days}", "逾期 {days}", "{days} late"),
}
