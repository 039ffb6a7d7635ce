"""Codes of the template use cases and the template file (not of the template document itself:
those are the engine's, in ``engine.py``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    # ---- the .salesperf-template.json file
    "template_file.not_json": {
        "zh_CN": "文件不是有效的 JSON：{detail}",
        "zh_TW": "檔案不是有效的 JSON：{detail}",
        "en": "The file is not valid JSON: {detail}",
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
