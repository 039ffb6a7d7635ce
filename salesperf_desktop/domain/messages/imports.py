"""Messages of the monthly entry: importing targets/actuals and checking a typed cell.

One text per code, shared by the import preview, the CLI and the entry grid ("import.<code>";
the problem codes themselves stay short). Field names are codes too ("import.field.target").
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # where a problem of a whole row is (a cell's is 数据!C5 in every language)
    "import.row_location": {
        "zh_CN": "{sheet} 第 {row} 行",
        "zh_TW": "{sheet} 第 {row} 列",
        "en": "{sheet} row {row}",
    },
    "import.unreadable": {
        "zh_CN": "{reason}",
        "zh_TW": "{reason}",
        "en": "{reason}",
    },
    "import.no_sheet": {
        "zh_CN": "工作簿中没有名为“{sheet}”的工作表",
        "zh_TW": "活頁簿中沒有名為「{sheet}」的工作表",
        "en": "the workbook has no sheet named “{sheet}”",
    },
    "import.no_column": {
        "zh_CN": "找不到“{field}”列（{spec}）",
        "zh_TW": "找不到「{field}」欄（{spec}）",
        "en": "no “{field}” column ({spec})",
    },
    "import.no_value_column": {
        "zh_CN": "没有目标值、实际值或基数列",
        "zh_TW": "沒有目標值、實際值或基數欄",
        "en": "no target, actual or base column",
    },
    "import.no_month": {
        "zh_CN": "没有月份列，也没有指定导入月份",
        "zh_TW": "沒有月份欄，也沒有指定匯入月份",
        "en": "no month column and no month chosen for the import",
    },
    "import.no_rows": {
        "zh_CN": "表头下面没有数据行",
        "zh_TW": "表頭下方沒有資料列",
        "en": "no data rows below the header",
    },
    "import.merged": {
        "zh_CN": "合并单元格 {range}：请取消合并，每个单元格填一个值",
        "zh_TW": "合併儲存格 {range}：請取消合併，每個儲存格填一個值",
        "en": "merged cells {range}: unmerge them and fill every cell",
    },
    "import.unknown_employee": {
        "zh_CN": "未知工号“{value}”",
        "zh_TW": "未知工號「{value}」",
        "en": "unknown employee ID “{value}”",
    },
    "import.no_employee": {
        "zh_CN": "缺少工号",
        "zh_TW": "缺少工號",
        "en": "the employee ID is missing",
    },
    "import.unknown_indicator": {
        "zh_CN": "未知指标“{value}”（请用指标代码或名称）",
        "zh_TW": "未知指標「{value}」（請用指標代碼或名稱）",
        "en": "unknown indicator “{value}” (use its code or name)",
    },
    "import.no_indicator": {
        "zh_CN": "缺少指标",
        "zh_TW": "缺少指標",
        "en": "the indicator is missing",
    },
    "import.no_month_value": {
        "zh_CN": "缺少月份",
        "zh_TW": "缺少月份",
        "en": "the month is missing",
    },
    "import.negative": {
        "zh_CN": "{field}不能为负数（{value}）",
        "zh_TW": "{field}不能為負數（{value}）",
        "en": "the {field} cannot be negative ({value})",
    },
    "import.duplicate": {
        "zh_CN": "与第 {first} 行重复（同一人、同一指标、同一月份）",
        "zh_TW": "與第 {first} 列重複（同一人、同一指標、同一月份）",
        "en": "duplicates row {first} (same person, indicator and month)",
    },
    "import.locked": {
        "zh_CN": "{name} 的 {month} 已签字锁定，只能通过申诉修改",
        "zh_TW": "{name} 的 {month} 已簽字鎖定，只能透過申訴修改",
        "en": "{month} of {name} is signed and locked; only an upheld appeal can change it",
    },
    "import.unknown_header": {
        "zh_CN": "表头“{value}”不是已知指标",
        "zh_TW": "表頭「{value}」不是已知指標",
        "en": "header “{value}” is not a known indicator",
    },
    "import.not_yes_no": {
        "zh_CN": "“{value}”：请输入 1/0 或 是/否",
        "zh_TW": "「{value}」：請輸入 1/0 或 是/否",
        "en": "“{value}”: type 1/0, yes/no or 是/否",
    },
    "import.out_of_range": {
        "zh_CN": "{value} 超出 {lo}–{hi} 的范围",
        "zh_TW": "{value} 超出 {lo}–{hi} 的範圍",
        "en": "{value} is outside {lo}–{hi}",
    },
    "import.field.target": {
        "zh_CN": "目标值",
        "zh_TW": "目標值",
        "en": "target",
    },
    "import.field.actual": {
        "zh_CN": "实际值",
        "zh_TW": "實際值",
        "en": "actual",
    },
    "import.field.base": {
        "zh_CN": "对比基数",
        "zh_TW": "對比基數",
        "en": "base",
    },
    "import.field.employee_id": {
        "zh_CN": "工号",
        "zh_TW": "工號",
        "en": "employee ID",
    },
    "import.field.indicator": {
        "zh_CN": "指标",
        "zh_TW": "指標",
        "en": "indicator",
    },
    "import.field.month": {
        "zh_CN": "月份",
        "zh_TW": "月份",
        "en": "month",
    },
    "import.field.rating": {
        "zh_CN": "评分",
        "zh_TW": "評分",
        "en": "rating",
    },
    "import.field.passed": {
        "zh_CN": "是否通过",
        "zh_TW": "是否通過",
        "en": "pass/fail",
    },
    "import.template.sheet_data": {
        "zh_CN": "数据",
        "zh_TW": "資料",
        "en": "Data",
    },
    "import.template.sheet_indicators": {
        "zh_CN": "指标列表",
        "zh_TW": "指標列表",
        "en": "Indicators",
    },
    "import.template.code": {
        "zh_CN": "指标代码",
        "zh_TW": "指標代碼",
        "en": "Code",
    },
    "import.template.name": {
        "zh_CN": "指标名称",
        "zh_TW": "指標名稱",
        "en": "Name",
    },
    "import.template.notes": {
        "zh_CN": "说明",
        "zh_TW": "說明",
        "en": "Notes",
    },
    "import.template.how_to": {
        "zh_CN": "月份写 2026-09；指标写代码或名称；金额写数字（可带千分位）；空白单元格不修改原值。",
        "zh_TW": "月份寫 2026-09；指標寫代碼或名稱；金額寫數字（可帶千分位）；空白儲存格不修改原值。",
        "en": "Month as 2026-09; indicator by code or name; amounts as numbers; a blank cell leaves the stored value unchanged.",
    },
}
