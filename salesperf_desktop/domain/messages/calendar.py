"""The working-day calendar: the officer's notice workbook (headers, import problems, result)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---- the workbook's own texts ---------------------------------------------------------
    "calendar.sheet": {"zh_CN": "工作日日历", "zh_TW": "工作日日曆", "en": "Working days"},
    "calendar.help_sheet": {"zh_CN": "说明", "zh_TW": "說明", "en": "How to fill in"},
    "calendar.column_date": {"zh_CN": "日期", "zh_TW": "日期", "en": "Date"},
    "calendar.column_kind": {"zh_CN": "上班/休息", "zh_TW": "上班/休息", "en": "Work/Off"},
    "calendar.column_note": {"zh_CN": "备注", "zh_TW": "備註", "en": "Note"},
    "calendar.word_work": {"zh_CN": "上班", "zh_TW": "上班", "en": "work"},
    "calendar.word_off": {"zh_CN": "休息", "zh_TW": "休息", "en": "off"},
    "calendar.help": {
        "zh_CN": "按国务院办公厅的放假通知，每行填写一天：放假的日子填“休息”，周末调休上班的日子"
        "填“上班”。未列出的日子按周一至周五上班、周末休息计算；法定节假日始终休息，除非在此"
        "填“上班”。导入时替换工作簿中各年份原来录入的日期；任何一行有错都不会导入。",
        "zh_TW": "依國務院辦公廳的放假通知，每列填寫一天：放假的日子填「休息」，週末調休上班的日子"
        "填「上班」。未列出的日子按週一至週五上班、週末休息計算；法定假日一律休息，除非在此"
        "填「上班」。匯入時取代工作簿中各年份原先登錄的日期；任何一列有錯都不會匯入。",
        "en": "One day per row, from the State Council's holiday notice: days off are “off”, "
        "weekend make-up working days are “work”. Days not listed are Monday to Friday working, "
        "weekends off; statutory holidays stay off unless listed as “work”. Importing replaces "
        "what was entered for every year in the workbook; one bad row and nothing is imported.",
    },
    # ---- import problems ------------------------------------------------------------------
    "calendar.no_days": {
        "zh_CN": "{cell}：没有找到任何日期",
        "zh_TW": "{cell}：沒有找到任何日期",
        "en": "{cell}: no days found",
    },
    "calendar.date_missing": {
        "zh_CN": "{cell}：缺少日期",
        "zh_TW": "{cell}：缺少日期",
        "en": "{cell}: the date is missing",
    },
    "calendar.kind_missing": {
        "zh_CN": "{cell}：请填写“上班”或“休息”",
        "zh_TW": "{cell}：請填寫「上班」或「休息」",
        "en": "{cell}: fill in “work” or “off”",
    },
    "calendar.kind_unknown": {
        "zh_CN": "{cell}：“{value}”应为“上班”或“休息”",
        "zh_TW": "{cell}：「{value}」應為「上班」或「休息」",
        "en": "{cell}: “{value}” should be “work” or “off”",
    },
    "calendar.duplicate_day": {
        "zh_CN": "{cell}：{day} 已在 {first} 填写过",
        "zh_TW": "{cell}：{day} 已在 {first} 填寫過",
        "en": "{cell}: {day} is already given in {first}",
    },
    "calendar.note_too_long": {
        "zh_CN": "{cell}：备注超过 {limit} 个字",
        "zh_TW": "{cell}：備註超過 {limit} 個字",
        "en": "{cell}: the note is longer than {limit} characters",
    },
    "calendar.recounted": {
        "zh_CN": "录入 {years} 年放假安排后重新计算",
        "zh_TW": "登錄 {years} 年放假安排後重新計算",
        "en": "counted again after the holiday notice for {years} was entered",
    },
    "calendar.imported": {
        "zh_CN": "已导入 {count} 天（{years} 年）；这些年份原来录入的日期已被替换。",
        "zh_TW": "已匯入 {count} 天（{years} 年）；這些年份原先登錄的日期已被取代。",
        "en": "Imported {count} days ({years}); what was entered for these years was replaced.",
    },
}
