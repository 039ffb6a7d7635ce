"""Messages of the cell rule book (domain/cell_values.py) and of opening a workbook safely
(services/xlsx_io.py): "cell.<code>" and "workbook.<code>".

Cell messages say what is wrong with the value; the caller puts the sheet!cell in front.
Workbook messages say what is wrong with the file; the caller puts the file name in front.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ cells
    "cell.formula_without_value": {
        "zh_CN": "公式没有保存计算结果：请先用 Excel 或 WPS 打开该文件并保存，再导入",
        "zh_TW": "公式沒有儲存計算結果：請先用 Excel 或 WPS 開啟該檔案並儲存，再匯入",
        "en": "a formula without a saved result: open the file in Excel or WPS, save it, "
        "and import again",
    },
    "cell.excel_error": {
        "zh_CN": "Excel 错误值 {value}（请先修正公式）",
        "zh_TW": "Excel 錯誤值 {value}（請先修正公式）",
        "en": "Excel error value {value} (fix the formula first)",
    },
    "cell.not_number": {
        "zh_CN": "“{value}”不是数字",
        "zh_TW": "「{value}」不是數字",
        "en": "“{value}” is not a number",
    },
    "cell.ambiguous_separator": {
        "zh_CN": "“{value}”的小数点或千分位有歧义：小数点请用“.”，千分位用“,”且每三位一组"
        "（如 1,234.56）",
        "zh_TW": "「{value}」的小數點或千分位有歧義：小數點請用「.」，千分位用「,」且每三位一組"
        "（如 1,234.56）",
        "en": "“{value}”: the decimal or thousands separator is ambiguous; use “.” for decimals "
        "and “,” only between groups of three digits (1,234.56)",
    },
    "cell.unit_in_number": {
        "zh_CN": "“{value}”带有单位或货币符号：请只写数字（如 12万 写成 120000）",
        "zh_TW": "「{value}」帶有單位或貨幣符號：請只寫數字（如 12萬 寫成 120000）",
        "en": "“{value}” has a unit or currency sign: write the plain number (120000 for 12万)",
    },
    "cell.date_as_number": {
        "zh_CN": "此处需要数字，却是日期 {value}",
        "zh_TW": "此處需要數字，卻是日期 {value}",
        "en": "a date ({value}) where a number is expected",
    },
    "cell.bool_as_number": {
        "zh_CN": "此处需要数字，却是是/否值",
        "zh_TW": "此處需要數字，卻是是/否值",
        "en": "a yes/no value where a number is expected",
    },
    "cell.huge": {
        "zh_CN": "{value} 大得不合理，可能输错了",
        "zh_TW": "{value} 大得不合理，可能輸錯了",
        "en": "{value} is implausibly large (a typing error?)",
    },
    "cell.not_finite": {
        "zh_CN": "“{value}”不是有限的数字",
        "zh_TW": "「{value}」不是有限的數字",
        "en": "“{value}” is not a finite number",
    },
    "cell.bad_month": {
        "zh_CN": "“{value}”不是月份（请写 2026-09）",
        "zh_TW": "「{value}」不是月份（請寫 2026-09）",
        "en": "“{value}” is not a month (write 2026-09)",
    },
    "cell.date_as_month": {
        "zh_CN": "“{value}”是以文字写的日期，此处需要月份（请写 2026-09）",
        "zh_TW": "「{value}」是以文字寫的日期，此處需要月份（請寫 2026-09）",
        "en": "“{value}” is a date written as text where a month is expected (write 2026-09)",
    },
    "cell.bad_date": {
        "zh_CN": "“{value}”不是日期（请写 2026-09-30）",
        "zh_TW": "「{value}」不是日期（請寫 2026-09-30）",
        "en": "“{value}” is not a date (write 2026-09-30)",
    },
    "cell.ambiguous_date": {
        "zh_CN": "“{value}”的日月顺序有歧义：请按年-月-日写（如 2026-09-30）",
        "zh_TW": "「{value}」的日月順序有歧義：請按年-月-日寫（如 2026-09-30）",
        "en": "“{value}”: day and month could be either way round; write year-month-day "
        "(2026-09-30)",
    },
    "cell.duplicate_header": {
        "zh_CN": "{first} 和 {second} 两列都是“{value}”：请删除或改名其中一列",
        "zh_TW": "{first} 和 {second} 兩欄都是「{value}」：請刪除或改名其中一欄",
        "en": "{first} and {second} are both “{value}”: delete or rename one of them",
    },
    # ------------------------------------------------------------------ workbooks
    "workbook.missing": {
        "zh_CN": "文件不存在",
        "zh_TW": "檔案不存在",
        "en": "the file does not exist",
    },
    "workbook.empty": {
        "zh_CN": "文件是空的",
        "zh_TW": "檔案是空的",
        "en": "the file is empty",
    },
    "workbook.encrypted": {
        "zh_CN": "工作簿设置了打开密码，或是旧版 .xls 文件：请另存为无密码的 .xlsx 后再导入",
        "zh_TW": "活頁簿設定了開啟密碼，或是舊版 .xls 檔案：請另存為無密碼的 .xlsx 後再匯入",
        "en": "the workbook is password-protected or an old .xls file; save it as an "
        "unprotected .xlsx and import again",
    },
    "workbook.not_xlsx": {
        "zh_CN": "不是 Excel .xlsx 工作簿",
        "zh_TW": "不是 Excel .xlsx 活頁簿",
        "en": "not an Excel .xlsx workbook",
    },
    "workbook.bomb": {
        "zh_CN": "文件内的“{part}”解压后达 {size} MB（压缩比 {ratio}:1），远超正常工作簿，"
        "疑为解压炸弹，已拒绝",
        "zh_TW": "檔案內的「{part}」解壓後達 {size} MB（壓縮比 {ratio}:1），遠超正常活頁簿，"
        "疑為解壓炸彈，已拒絕",
        "en": "the part “{part}” would unpack to {size} MB (ratio {ratio}:1), far beyond a real "
        "workbook; refused as a decompression bomb",
    },
    "workbook.too_big": {
        "zh_CN": "文件内的“{part}”解压后达 {size} MB，超过上限 {limit} MB",
        "zh_TW": "檔案內的「{part}」解壓後達 {size} MB，超過上限 {limit} MB",
        "en": "the part “{part}” unpacks to {size} MB, more than the limit of {limit} MB",
    },
    "workbook.missing_part": {
        "zh_CN": "工作簿已损坏：缺少“{part}”",
        "zh_TW": "活頁簿已損壞：缺少「{part}」",
        "en": "the workbook is damaged: “{part}” is missing",
    },
    "workbook.missing_sheet_part": {
        "zh_CN": "工作簿已损坏：工作表“{sheet}”的内容（“{part}”）不在文件中",
        "zh_TW": "活頁簿已損壞：工作表「{sheet}」的內容（「{part}」）不在檔案中",
        "en": "the workbook is damaged: the content of the sheet “{sheet}” (“{part}”) is missing",
    },
    "workbook.damaged_part": {
        "zh_CN": "工作簿已损坏：“{part}”不完整或无法读取，请用 Excel 或 WPS 打开后另存再导入",
        "zh_TW": "活頁簿已損壞：「{part}」不完整或無法讀取，請用 Excel 或 WPS 開啟後另存再匯入",
        "en": "the workbook is damaged: “{part}” is cut off or unreadable; open it in Excel or "
        "WPS, save it again and import",
    },
    "workbook.damaged": {
        "zh_CN": "工作簿已损坏或不完整，请用 Excel 或 WPS 打开后另存再导入",
        "zh_TW": "活頁簿已損壞或不完整，請用 Excel 或 WPS 開啟後另存再匯入",
        "en": "the workbook is damaged or incomplete; open it in Excel or WPS, save it again "
        "and import",
    },
    "workbook.damaged_sheet": {
        "zh_CN": "工作表“{sheet}”已损坏（内容不完整或无法读取），请用 Excel 或 WPS 打开后另存再导入",
        "zh_TW": "工作表「{sheet}」已損壞（內容不完整或無法讀取），請用 Excel 或 WPS 開啟後另存再匯入",
        "en": "the sheet “{sheet}” is damaged (cut off or unreadable); open the file in Excel or "
        "WPS, save it again and import",
    },
    "workbook.hostile_xml": {
        "zh_CN": "“{part}”含有 XML 实体或外部引用声明（正常工作簿没有，可用于攻击），已拒绝",
        "zh_TW": "「{part}」含有 XML 實體或外部參照宣告（正常活頁簿沒有，可用於攻擊），已拒絕",
        "en": "“{part}” declares XML entities or external references (real workbooks never do; "
        "they are used in attacks); refused",
    },
    "workbook.oversized_sheet": {
        "zh_CN": "工作表“{sheet}”中有一行或一个单元格远超 Excel 的上限（每行 16,384 列、每格 32,767 字），"
        "疑为攻击文件，已拒绝",
        "zh_TW": "工作表「{sheet}」中有一列或一個儲存格遠超 Excel 的上限（每列 16,384 欄、每格 32,767 字），"
        "疑為攻擊檔案，已拒絕",
        "en": "the sheet “{sheet}” has a row or a cell far beyond Excel's limits (16,384 cells a "
        "row, 32,767 characters a cell); refused as an attack",
    },
    "workbook.hostile": {
        "zh_CN": "工作簿含有 XML 实体或外部引用声明（正常工作簿没有，可用于攻击），已拒绝",
        "zh_TW": "活頁簿含有 XML 實體或外部參照宣告（正常活頁簿沒有，可用於攻擊），已拒絕",
        "en": "the workbook declares XML entities or external references (real workbooks never "
        "do; they are used in attacks); refused",
    },
    "workbook.no_visible_sheet": {
        "zh_CN": "工作簿中没有可见的工作表",
        "zh_TW": "活頁簿中沒有可見的工作表",
        "en": "the workbook has no visible sheet",
    },
    "workbook.no_sheet": {
        "zh_CN": "工作簿中没有名为“{sheet}”的工作表",
        "zh_TW": "活頁簿中沒有名為「{sheet}」的工作表",
        "en": "the workbook has no sheet named “{sheet}”",
    },
}
