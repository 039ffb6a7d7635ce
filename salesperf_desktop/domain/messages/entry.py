"""Messages of the monthly entry beside the grid: key events and the work task sheet.

Codes "event.<code>" word an EventError; "task_sheet.<code>" a SheetProblem; "period.*" a
workflow step refused.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "event.note_required": {
        "zh_CN": "请填写备注：发生了什么？",
        "zh_TW": "請填寫備註：發生了什麼？",
        "en": "A note is needed: what happened?",
    },
    "event.points_required": {
        "zh_CN": "请填写该里程碑的奖励分值。",
        "zh_TW": "請填寫該里程碑的獎勵分值。",
        "en": "Set the points this milestone earns.",
    },
    "event.quantity_not_positive": {
        "zh_CN": "次数必须大于 0。",
        "zh_TW": "次數必須大於 0。",
        "en": "The count must be more than 0.",
    },
    "event.date_outside_month": {
        "zh_CN": "日期必须在本月内（{start} – {end}）。",
        "zh_TW": "日期必須在本月內（{start} – {end}）。",
        "en": "The date must lie in the month ({start} – {end}).",
    },
    "event.unknown_code": {
        "zh_CN": "未知的事件类别：{value}",
        "zh_TW": "未知的事件類別：{value}",
        "en": "Unknown kind of event: {value}",
    },
    "event.bad_category": {
        "zh_CN": "未知的事件类别：{value}",
        "zh_TW": "未知的事件類別：{value}",
        "en": "Unknown kind of event: {value}",
    },
    "event.no_event": {
        "zh_CN": "找不到该事件（{value}），可能已被删除。",
        "zh_TW": "找不到該事件（{value}），可能已被刪除。",
        "en": "The event ({value}) no longer exists.",
    },
    "event.reason_required": {
        "zh_CN": "已发布期间的修改需要填写原因。",
        "zh_TW": "已發布期間的修改需要填寫原因。",
        "en": "A reason is needed in a published period.",
    },
    "task_sheet.title_missing": {
        "zh_CN": "第 {row} 项：重点工作未填写。",
        "zh_TW": "第 {row} 項：重點工作未填寫。",
        "en": "Task {row}: the key task is empty.",
    },
    "task_sheet.points_not_positive": {
        "zh_CN": "第 {row} 项：请填写分值。",
        "zh_TW": "第 {row} 項：請填寫分值。",
        "en": "Task {row}: give it points.",
    },
    "task_sheet.score_range": {
        "zh_CN": "第 {row} 项：得分 {score} 超过该项分值 {points}。",
        "zh_TW": "第 {row} 項：得分 {score} 超過該項分值 {points}。",
        "en": "Task {row}: the score {score} is more than its {points} points.",
    },
    "task_sheet.points_sum": {
        "zh_CN": "分值合计为 {total}，必须等于 100。",
        "zh_TW": "分值合計為 {total}，必須等於 100。",
        "en": "The points add up to {total}; they must add up to 100.",
    },
    "task_sheet.task_count": {
        "zh_CN": "通常为 5–7 项重点工作；本任务书有 {count} 项。",
        "zh_TW": "通常為 5–7 項重點工作；本任務書有 {count} 項。",
        "en": "Usually 5–7 key tasks; this sheet has {count}.",
    },
    "period.cannot_mark_entered": {
        "zh_CN": "{period}：该期间当前为“{status}”，不能标记为录入完成。",
        "zh_TW": "{period}：該期間目前為「{status}」，不能標記為輸入完成。",
        "en": "{period}: cannot mark a period that is {status} as entered.",
    },
    "period.cannot_reopen": {
        "zh_CN": "{period}：该期间当前为“{status}”，不能重新开放。",
        "zh_TW": "{period}：該期間目前為「{status}」，不能重新開放。",
        "en": "{period}: cannot reopen a period that is {status}.",
    },
    "period.cannot_publish": {
        "zh_CN": "{period}：该期间当前为“{status}”，不能发布。",
        "zh_TW": "{period}：該期間目前為「{status}」，不能發布。",
        "en": "{period}: cannot publish a period that is {status}.",
    },
    "period.cannot_lock": {
        "zh_CN": "{period}：该期间当前为“{status}”，不能签字锁定（须先发布）。",
        "zh_TW": "{period}：該期間目前為「{status}」，不能簽字鎖定（須先發布）。",
        "en": "{period}: cannot lock a period that is {status} (publish it first).",
    },
}
