"""Codes of the staff register: validation of a person or a team, and the staff workbook.

Shared by the edit dialog (each problem marks its field) and the import (each names its cell).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "staff.required": {
        "zh_CN": "必填",
        "zh_TW": "必填",
        "en": "required",
    },
    "staff.id_taken": {
        "zh_CN": "工号 {value} 已被 {other} 使用",
        "zh_TW": "員工編號 {value} 已被 {other} 使用",
        "en": "employee ID {value} is already used by {other}",
    },
    "staff.id_duplicate_in_file": {
        "zh_CN": "工号 {value} 在文件中重复（第 {other} 行）",
        "zh_TW": "員工編號 {value} 在檔案中重複（第 {other} 列）",
        "en": "employee ID {value} appears twice in the file (row {other})",
    },
    "staff.too_long": {
        "zh_CN": "过长（最多 {max} 个字符）",
        "zh_TW": "過長（最多 {max} 個字元）",
        "en": "too long (at most {max} characters)",
    },
    "staff.unknown_code": {
        "zh_CN": "“{value}”不是有效选项（可用：{choices}）",
        "zh_TW": "「{value}」不是有效選項（可用：{choices}）",
        "en": "“{value}” is not a valid choice ({choices})",
    },
    "staff.unknown_team": {
        "zh_CN": "没有名为“{value}”的团队（请先在“团队”中添加）",
        "zh_TW": "沒有名為「{value}」的團隊（請先在「團隊」中新增）",
        "en": "there is no team “{value}” (add it under Teams first)",
    },
    "staff.unknown_person": {
        "zh_CN": "找不到工号为 {value} 的人员",
        "zh_TW": "找不到員工編號為 {value} 的人員",
        "en": "nobody has employee ID {value}",
    },
    "staff.self_reference": {
        "zh_CN": "不能是本人",
        "zh_TW": "不能是本人",
        "en": "cannot be the person themself",
    },
    "staff.supervisor_loop": {
        "zh_CN": "上级关系会形成循环：{chain}",
        "zh_TW": "上級關係會形成循環：{chain}",
        "en": "the supervisor chain would loop: {chain}",
    },
    "staff.hire_date_range": {
        "zh_CN": "入职日期 {value} 不合理（{earliest} 至 {latest}）",
        "zh_TW": "到職日期 {value} 不合理（{earliest} 至 {latest}）",
        "en": "hire date {value} is implausible (between {earliest} and {latest})",
    },
    "staff.leave_before_hire": {
        "zh_CN": "离职日期早于入职日期",
        "zh_TW": "離職日期早於到職日期",
        "en": "the leave date is before the hire date",
    },
    "staff.left_needs_date": {
        "zh_CN": "状态为“已离职”时需填写离职日期",
        "zh_TW": "狀態為「已離職」時需填寫離職日期",
        "en": "a person who left needs a leave date",
    },
    "staff.code_taken": {
        "zh_CN": "代码 {value} 已被使用",
        "zh_TW": "代碼 {value} 已被使用",
        "en": "code {value} is already used",
    },
    "staff.name_taken": {
        "zh_CN": "名称“{value}”已被使用",
        "zh_TW": "名稱「{value}」已被使用",
        "en": "the name “{value}” is already used",
    },
    # ---- the staff workbook
    "staff.missing_column": {
        "zh_CN": "缺少“{value}”列",
        "zh_TW": "缺少「{value}」欄",
        "en": "the column “{value}” is missing",
    },
    "staff.no_rows": {
        "zh_CN": "工作表中没有人员数据",
        "zh_TW": "工作表中沒有人員資料",
        "en": "the sheet has no staff rows",
    },
    "staff.sheet_help_1": {
        "zh_CN": "每行一名人员；工号必须唯一。必填：工号、姓名、入职日期。",
        "zh_TW": "每列一名人員；員工編號必須唯一。必填：員工編號、姓名、到職日期。",
        "en": "One person per row; employee IDs are unique. Required: employee ID, name, hire date.",
    },
    "staff.sheet_help_2": {
        "zh_CN": "上级和导师填写其工号（可以是本文件中的新人员）。",
        "zh_TW": "上級和導師填寫其員工編號（可以是本檔案中的新人員）。",
        "en": "Supervisor and mentors are given by employee ID (new people in this file count).",
    },
    "staff.sheet_help_3": {
        "zh_CN": "日期格式：2026-09-30。状态为“已离职”时需填写离职日期。",
        "zh_TW": "日期格式：2026-09-30。狀態為「已離職」時需填寫離職日期。",
        "en": "Dates as 2026-09-30. A person who left needs a leave date.",
    },
    "staff.sheet_help_4": {
        "zh_CN": "导入时如有任何错误，将不会写入任何数据，并列出所有错误的单元格。",
        "zh_TW": "匯入時如有任何錯誤，將不會寫入任何資料，並列出所有錯誤的儲存格。",
        "en": "If any row has a problem nothing is imported, and every problem cell is listed.",
    },
    "staff.sheet_help_title": {
        "zh_CN": "说明",
        "zh_TW": "說明",
        "en": "Help",
    },
}
