"""Messages of the work task sheet's quality (seed 004): the task type, the equal-points warning
and the −10 event that goes with the poor-quality reasons. The sheet's other checks are in
entry.py ("task_sheet.*")."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "task_sheet.task_type": {
        "zh_CN": "第 {row} 项：任务类型不是五类任务之一。",
        "zh_TW": "第 {row} 項：任務類型不是五類任務之一。",
        "en": "Task {row}: the task type is not one of the five.",
    },
    # seed 004 差错扣分 4: "重点不突出，表现为每项任务的分值平均化"; 1. 设定分值: "按工作的重要程度对
    # 各项工作划分分值"
    "task_sheet.points_averaged": {
        "zh_CN": "各项任务分值相同（每项约 {points} 分）：重点不突出。“每项任务的分值平均化”是"
        "任务书填报质量不好（扣10分）的原因之一，请按工作的重要程度划分分值。",
        "zh_TW": "各項任務分值相同（每項約 {points} 分）：重點不突出。「每項任務的分值平均化」是"
        "任務書填報品質不佳（扣10分）的原因之一，請按工作的重要程度劃分分值。",
        "en": "Every task has the same points (about {points} each): no focus. Points "
        "averaged over the tasks are one reason a sheet is of poor quality (−10); give each "
        "task points by its importance.",
    },
    "task_sheet.no_penalty_item": {
        "zh_CN": "扣分项目中没有“工作任务书填报质量不好”，无法记录扣分。",
        "zh_TW": "扣分項目中沒有「工作任務書填報品質不佳」，無法記錄扣分。",
        "en": "The adjustment catalogue has no \u201cpoor quality of the work task sheet\u201d "
        "item: the penalty cannot be recorded.",
    },
    "event.poor_task_sheet_once": {
        "zh_CN": "本月已记录“工作任务书填报质量不好”：每月的任务书只扣一次分。",
        "zh_TW": "本月已記錄「工作任務書填報品質不佳」：每月的任務書只扣一次分。",
        "en": "A poor task sheet is already recorded this month: it is deducted once a month.",
    },
    # The note of the −10 event the sheet records (shown with the key events and on the form).
    "task_sheet.penalty_note": {
        "zh_CN": "任务书填报质量不好：{reasons}",
        "zh_TW": "任務書填報品質不佳：{reasons}",
        "en": "Poor task sheet: {reasons}",
    },
    # The printed sheet (services/pdf/render.py task_sheet_story).
    "form.approved_on": {
        "zh_CN": "考评者审核日期",
        "zh_TW": "考評者審核日期",
        "en": "Approved by the appraiser on",
    },
    "form.task_quality": {
        "zh_CN": "工作任务书填报质量不好：{reasons}",
        "zh_TW": "工作任務書填報品質不佳：{reasons}",
        "en": "Poor quality of the task sheet: {reasons}",
    },
}
