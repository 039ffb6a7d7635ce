"""Rater sheets (offline 360°) and the key-event workbook: the texts written into the workbooks
and the problems found when they come back ("rater.*", "events_import.*")."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # ---- what the rater sheet says
    "rater.file_name": _t(
        "评分表_{period}_{name}", "評分表_{period}_{name}", "ratings_{period}_{name}"
    ),
    "rater.sheet.supervisor": _t("上级评分", "上級評分", "Supervisor rating"),
    "rater.sheet.self": _t("自评", "自評", "Self rating"),
    "rater.sheet.peer": _t("同事互评", "同事互評", "Peer rating"),
    "rater.title": _t(
        "{period} 评分表 · 评分人：{name}（{employee_no}）",
        "{period} 評分表 · 評分人：{name}（{employee_no}）",
        "Rating sheet {period} · rater: {name} ({employee_no})",
    ),
    "rater.intro.supervisor": _t(
        "请为你直接负责的每位下属、每项评分指标打分。",
        "請為你直接負責的每位部屬、每項評分指標評分。",
        "Rate each of the people you supervise on each rated indicator.",
    ),
    "rater.intro.self": _t(
        "请为自己的每项评分指标打分（自评）。",
        "請為自己的每項評分指標評分（自評）。",
        "Rate yourself on each rated indicator.",
    ),
    "rater.intro.peer": _t(
        "请为同组同事的每项评分指标打分（互评）。",
        "請為同組同事的每項評分指標評分（互評）。",
        "Rate each colleague of your team on each rated indicator.",
    ),
    "rater.how_to": _t(
        "只填“评分”列（范围见“评分范围”，“行为标准”说明每一级的表现），“说明”可写理由。"
        "可以排序，不要增删行或复制到别的文件。填好后保存，把这个文件发回人事。",
        "只填「評分」欄（範圍見「評分範圍」，「行為標準」說明每一級的表現），「說明」可寫理由。"
        "可以排序，不要增刪列或複製到別的檔案。填好後儲存，把這個檔案交回人事。",
        "Fill in the Score column only (the range is in Range; Behaviour anchors describe each "
        "level); Comment is optional. You may sort; do not add or delete rows or copy them to "
        "another file. Save and send this file back to HR.",
    ),
    "rater.col.employee_no": _t("工号", "工號", "Employee ID"),
    "rater.col.name": _t("姓名", "姓名", "Name"),
    "rater.col.indicator": _t("评分指标", "評分指標", "Indicator"),
    "rater.col.range": _t("评分范围", "評分範圍", "Range"),
    "rater.col.score": _t("评分", "評分", "Score"),
    "rater.col.comment": _t("说明（可选）", "說明（可選）", "Comment (optional)"),
    "rater.col.anchors": _t("行为标准", "行為標準", "Behaviour anchors"),
    "rater.range": _t("{lo}–{hi} 分", "{lo}–{hi} 分", "{lo}–{hi}"),
    "rater.validation.title": _t("评分超出范围", "評分超出範圍", "Score out of range"),
    "rater.validation.text": _t(
        "请填写 {lo} 到 {hi} 之间的数。",
        "請填寫 {lo} 到 {hi} 之間的數。",
        "Enter a number from {lo} to {hi}.",
    ),
    # ---- what a returned sheet may have wrong
    "rater.not_a_sheet": _t(
        "这不是本程序写出的评分表（找不到隐藏的键），请用程序写出的原文件",
        "這不是本程式寫出的評分表（找不到隱藏的鍵），請用程式寫出的原檔案",
        "not a rating sheet written by SalesPerf (its hidden keys are missing); use the file "
        "the program wrote",
    ),
    "rater.file_tampered": _t(
        "评分表的隐藏键被改动过，或这份表不是由这个数据库写出的",
        "評分表的隱藏鍵被改動過，或這份表不是由這個資料庫寫出的",
        "the sheet's hidden keys were changed, or the sheet was written from another database",
    ),
    "rater.key_tampered": _t(
        "这一行的隐藏键被改动过，无法对应到人员和指标",
        "這一列的隱藏鍵被改動過，無法對應到人員和指標",
        "the hidden key of this row was changed; it cannot be matched to a person and indicator",
    ),
    "rater.wrong_period": _t(
        "这是 {found} 的评分表，不是 {wanted} 的",
        "這是 {found} 的評分表，不是 {wanted} 的",
        "this is the rating sheet of {found}, not of {wanted}",
    ),
    "rater.not_allowed": _t(
        "{rater_person} 现在不是 {name} 的{rater_name}评分人，不能为其评分",
        "{rater_person} 現在不是 {name} 的{rater_name}評分人，不能為其評分",
        "{rater_person} is no longer a {rater_name} rater of {name} and may not rate them",
    ),
    "rater.not_rated_now": _t(
        "{name} 本月的考核中没有“{indicator}”这项评分",
        "{name} 本月的考核中沒有「{indicator}」這項評分",
        "{name}'s appraisal of the month has no rated item “{indicator}”",
    ),
    "rater.out_of_range": _t(
        "评分 {value} 不在 {lo}–{hi} 之间",
        "評分 {value} 不在 {lo}–{hi} 之間",
        "score {value} is outside {lo}–{hi}",
    ),
    "rater.duplicate_row": _t(
        "同一人、同一指标出现了两次（另见第 {first} 行）",
        "同一人、同一指標出現了兩次（另見第 {first} 列）",
        "the same person and indicator appear twice (see also row {first})",
    ),
    "rater.same_file_twice": _t(
        "同一位评分人的评分表选了两次（另见 {other}）",
        "同一位評分人的評分表選了兩次（另見 {other}）",
        "the same rater's sheet was chosen twice (see also {other})",
    ),
    "rater.locked": _t("{name}：{reason}", "{name}：{reason}", "{name}: {reason}"),
    "rater.empty": _t(
        "评分表中一个分数也没有填",
        "評分表中一個分數也沒有填",
        "no score is filled in on the sheet",
    ),
    "rater.status.missing": _t("未交回", "未交回", "not back"),
    "rater.status.partial": _t("部分交回", "部分交回", "partly back"),
    "rater.status.complete": _t("已交回", "已交回", "back"),
    "rater.no_raters": _t(
        "{period} 没有需要评分的人（考核模板中没有评分指标，或没有设定上级）",
        "{period} 沒有需要評分的人（考核範本中沒有評分指標，或沒有設定上級）",
        "nobody has ratings to give for {period} (no rated indicators, or no supervisors set)",
    ),
    # ---- key events workbook
    "events_import.sheet": _t("关键事件", "關鍵事件", "Key events"),
    "events_import.kinds_sheet": _t("事件类型", "事件類型", "Event kinds"),
    "events_import.file_name": _t("关键事件导入模板", "關鍵事件匯入範本", "key-events-template"),
    "events_import.col.date": _t("日期", "日期", "Date"),
    "events_import.col.employee_no": _t("工号", "工號", "Employee ID"),
    "events_import.col.name": _t("姓名", "姓名", "Name"),
    "events_import.col.kind": _t("事件类型", "事件類型", "Kind"),
    "events_import.col.count": _t("次数/天数", "次數/天數", "Count"),
    "events_import.col.points": _t("每次分值", "每次分值", "Points each"),
    "events_import.col.note": _t("说明", "說明", "Note"),
    "events_import.col.effect": _t("计分", "計分", "Points"),
    "events_import.how_to": _t(
        "每行一个事件。“事件类型”填本表中的名称或代码；迟到、事假等按次/天计的事件填“次数/天数”；"
        "里程碑奖励填“每次分值”；合规一票否决和关键事件必须写“说明”。",
        "每列一個事件。「事件類型」填本表中的名稱或代碼；遲到、事假等按次/天計的事件填「次數/天數」；"
        "里程碑獎勵填「每次分值」；合規一票否決和關鍵事件必須寫「說明」。",
        "One event per row. Kind: a name or code from this sheet; count late arrivals, leave "
        "days and the like in Count; a milestone states its Points each; a compliance veto and "
        "key incidents need a Note.",
    ),
    "events_import.kind.incident_positive": _t(
        "关键事件（正面，仅记录）", "關鍵事件（正面，僅記錄）", "Key incident, positive (note only)"
    ),
    "events_import.kind.incident_negative": _t(
        "关键事件（负面，仅记录）", "關鍵事件（負面，僅記錄）", "Key incident, negative (note only)"
    ),
    "events_import.no_date": _t("缺少日期", "缺少日期", "the date is missing"),
    "events_import.no_kind": _t("缺少事件类型", "缺少事件類型", "the kind is missing"),
    "events_import.unknown_kind": _t(
        "未知事件类型“{value}”（见“事件类型”表）",
        "未知事件類型「{value}」（見「事件類型」表）",
        "unknown kind “{value}” (see the Event kinds sheet)",
    ),
    "events_import.bad_count": _t(
        "“{value}”不是正数",
        "「{value}」不是正數",
        "“{value}” is not a positive number",
    ),
    "events_import.duplicate_row": _t(
        "与第 {first} 行是同一个事件",
        "與第 {first} 列是同一個事件",
        "the same event as row {first}",
    ),
    "events_import.no_column": _t(
        "找不到“{column}”列",
        "找不到「{column}」欄",
        "no “{column}” column",
    ),
    "events_import.no_rows": _t(
        "表头下面没有事件",
        "表頭下方沒有事件",
        "no events below the header",
    ),
    "events_import.refused": _t("{name}：{reason}", "{name}：{reason}", "{name}: {reason}"),
    "events_import.effect.per_unit": _t(
        "{points} × 次数/天数", "{points} × 次數/天數", "{points} × count"
    ),
    "events_import.effect.own_points": _t("填“每次分值”", "填「每次分值」", "its own Points each"),
    "events_import.lowest_grade": _t("最低等级", "最低等級", "lowest grade"),
    "events_import.locked": _t("{name}：{reason}", "{name}：{reason}", "{name}: {reason}"),
}
