"""Codes of the template use cases and the template file (not of the template document itself:
those are the engine's, in ``engine.py``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # where a shipped template's numbers come from, when no seed states them (常用做法)
    "template.source.weight_in_range": {
        "zh_CN": "常用做法：种子文件 003 只给出各维度的权重区间；本指标的分值由本软件提出，所在维度合计在区间内。",
        "zh_TW": "常用做法：種子檔案 003 只給出各維度的權重區間；本指標的分值由本軟體提出，所在維度合計在區間內。",
        "en": "Common practice: seed 003 gives only each dimension's weight range; this "
        "indicator's points are the product's proposal, with the dimension inside its range.",
    },
    "template.source.department_item": {
        "zh_CN": "常用做法：种子文件 004 只要求部门选最重要的 5–7 项工作作为指标，没有指定哪些。",
        "zh_TW": "常用做法：種子檔案 004 只要求部門選最重要的 5–7 項工作作為指標，沒有指定哪些。",
        "en": "Common practice: seed 004 asks a department for its 5–7 most important "
        "indicators without naming them.",
    },
    "template.source.department_weight": {
        "zh_CN": "常用做法：种子文件 004 只规定一百二十分制、按重要程度定权重，没有给出分值。",
        "zh_TW": "常用做法：種子檔案 004 只規定一百二十分制、按重要程度定權重，沒有給出分值。",
        "en": "Common practice: seed 004 sets a 120-point sheet weighted by importance but "
        "gives no points.",
    },
    "template.role.probation": {
        "zh_CN": "试用期员工",
        "zh_TW": "試用期人員",
        "en": "Probation staff",
    },
    "template.role.department": {
        "zh_CN": "部门（指定给团队）",
        "zh_TW": "部門（指定給團隊）",
        "en": "Department (given to a team)",
    },
    "template.role.any": {"zh_CN": "不限岗位", "zh_TW": "不限職務", "en": "Any role"},
    "template.source.shown": {
        "zh_CN": "出处：{item}\n分值：{weight}",
        "zh_TW": "出處：{item}\n分值：{weight}",
        "en": "Source: {item}\nPoints: {weight}",
    },
    "template.source.sheet": {
        "zh_CN": "本表出处：{source}",
        "zh_TW": "本表出處：{source}",
        "en": "Where this sheet comes from: {source}",
    },
    "template.source.shown_same": {
        "zh_CN": "出处及分值：{source}",
        "zh_TW": "出處及分值：{source}",
        "en": "Source and points: {source}",
    },
    "template.code_taken": {
        "zh_CN": "模板代码 {code} 已存在",
        "zh_TW": "範本代碼 {code} 已存在",
        "en": "A template with code {code} already exists",
    },
    "template.indicator_code_taken": {
        "zh_CN": "指标代码 {code} 已存在",
        "zh_TW": "指標代碼 {code} 已存在",
        "en": "An indicator with code {code} already exists",
    },
    "template.code_invalid": {
        "zh_CN": "代码“{code}”无效：只能使用字母、数字、_ . -（最多 60 个）",
        "zh_TW": "代碼「{code}」無效：只能使用字母、數字、_ . -（最多 60 個）",
        "en": "Code “{code}” is invalid: use letters, digits, _ . - (at most 60)",
    },
    "template.name_missing": {
        "zh_CN": "请至少用一种语言填写名称",
        "zh_TW": "請至少用一種語言填寫名稱",
        "en": "Give a name in at least one language",
    },
    "template.copy_name": {
        "zh_CN": "{name}（副本）",
        "zh_TW": "{name}（副本）",
        "en": "{name} (copy)",
    },
    "template.text_expected": {
        "zh_CN": "{field} 应为文字",
        "zh_TW": "{field} 應為文字",
        "en": "{field} must be text",
    },
    "template.names_expected": {
        "zh_CN": '{field} 应为各语言的文字，例如 {{"zh_CN": "销售达成率"}}',
        "zh_TW": '{field} 應為各語言的文字，例如 {{"zh_TW": "銷售達成率"}}',
        "en": '{field} must give a text per language, e.g. {{"en": "Sales achievement"}}',
    },
    "template.number_expected": {
        "zh_CN": "{field} 应为不小于 0 的数字",
        "zh_TW": "{field} 應為不小於 0 的數字",
        "en": "{field} must be a number ≥ 0",
    },
    # ---- the .salesperf-template.json file
    "template_file.at": {
        "zh_CN": "文件中 {path} 处：{message}",
        "zh_TW": "檔案中 {path} 處：{message}",
        "en": "{path} in the file: {message}",
    },
    "template_file.unreadable": {
        "zh_CN": "无法打开文件（{detail}）",
        "zh_TW": "無法開啟檔案（{detail}）",
        "en": "The file cannot be opened ({detail})",
    },
    "template_file.is_folder": {
        "zh_CN": "所选的是文件夹，不是模板文件",
        "zh_TW": "所選的是資料夾，不是範本檔案",
        "en": "This is a folder, not a template file",
    },
    "template_file.not_found": {
        "zh_CN": "文件不存在",
        "zh_TW": "檔案不存在",
        "en": "The file does not exist",
    },
    "template_file.no_permission": {
        "zh_CN": "没有读取该文件的权限",
        "zh_TW": "沒有讀取該檔案的權限",
        "en": "You have no permission to read the file",
    },
    "template_file.too_large": {
        "zh_CN": "文件超过 {limit} MB，不是模板文件（模板文件通常只有几 KB）",
        "zh_TW": "檔案超過 {limit} MB，不是範本檔案（範本檔案通常只有幾 KB）",
        "en": "The file is over {limit} MB: not a template file (they are a few KB)",
    },
    "template_file.not_utf8": {
        "zh_CN": "文件不是 UTF-8 编码的文本（第 {offset} 个字节起无法识别）；请用本程序导出的文件",
        "zh_TW": "檔案不是 UTF-8 編碼的文字（第 {offset} 個位元組起無法識別）；請使用本程式匯出的檔案",
        "en": "The file is not UTF-8 text (unreadable from byte {offset}); use a file this program exported",
    },
    "template_file.too_deep": {
        "zh_CN": "文件嵌套超过 {limit} 层，不是模板文件",
        "zh_TW": "檔案巢狀超過 {limit} 層，不是範本檔案",
        "en": "The file is nested more than {limit} levels deep: not a template file",
    },
    "template_file.not_finite": {
        "zh_CN": "数字超出范围或不是数字（如 NaN、Infinity、1e400）",
        "zh_TW": "數字超出範圍或不是數字（如 NaN、Infinity、1e400）",
        "en": "The number is out of range or not a number (NaN, Infinity, 1e400)",
    },
    "template_file.bad_version": {
        "zh_CN": "文件格式版本 {version} 无效，应为整数",
        "zh_TW": "檔案格式版本 {version} 無效，應為整數",
        "en": "File format version {version} is invalid; it must be a whole number",
    },
    "template_file.not_object": {
        "zh_CN": "应为对象（{{…}}）",
        "zh_TW": "應為物件（{{…}}）",
        "en": "must be an object ({{…}})",
    },
    "template_file.not_list": {
        "zh_CN": "应为列表（[…]）",
        "zh_TW": "應為列表（[…]）",
        "en": "must be a list ([…])",
    },
    "template_file.not_text": {
        "zh_CN": "应为非空文字",
        "zh_TW": "應為非空文字",
        "en": "must be a non-empty text",
    },
    "template_file.unknown_key": {
        "zh_CN": "本程序不认识指定方式 {key}，为免用错，不予导入",
        "zh_TW": "本程式不認識指定方式 {key}，為免用錯，不予匯入",
        "en": "Unknown assignment {key}: refused rather than applied wrongly",
    },
    "template_file.not_json": {
        "zh_CN": "文件不是有效的 JSON（第 {line} 行第 {column} 列有误）",
        "zh_TW": "檔案不是有效的 JSON（第 {line} 行第 {column} 列有誤）",
        "en": "The file is not valid JSON (error at line {line}, column {column})",
    },
    "template_file.not_template_file": {
        "zh_CN": "这不是 SalesPerf 模板文件",
        "zh_TW": "這不是 SalesPerf 範本檔案",
        "en": "This is not a SalesPerf template file",
    },
    "template_file.newer_format": {
        "zh_CN": "文件格式版本 {version} 比本程序新（支持 {supported}），请先升级程序",
        "zh_TW": "檔案格式版本 {version} 比本程式新（支援 {supported}），請先升級程式",
        "en": "File format version {version} is newer than this program supports ({supported})",
    },
    "template_file.template_exists": {
        "zh_CN": "已有代码为 {code} 的模板；可作为其新版本导入，或以新代码导入",
        "zh_TW": "已有代碼為 {code} 的範本；可作為其新版本匯入，或以新代碼匯入",
        "en": "A template with code {code} exists; import as its new version or under a new code",
    },
    "template_file.indicator_bad": {
        "zh_CN": "自定义指标 {code}：{detail}",
        "zh_TW": "自訂指標 {code}：{detail}",
        "en": "Custom indicator {code}: {detail}",
    },
    "template_file.indicator_unknown": {
        "zh_CN": "指标 {code} 既不在指标库中，也不在文件中（仍可导入，模板自带名称与规则）",
        "zh_TW": "指標 {code} 既不在指標庫中，也不在檔案中（仍可匯入，範本自帶名稱與規則）",
        "en": "Indicator {code} is neither in the library nor in the file (importable: the template carries its name and rule)",
    },
    "template_file.team_unknown": {
        "zh_CN": "文件指定的团队 {code} 不存在，导入后不限团队",
        "zh_TW": "檔案指定的團隊 {code} 不存在，匯入後不限團隊",
        "en": "Team {code} named by the file does not exist; the template will apply to any team",
    },
}
