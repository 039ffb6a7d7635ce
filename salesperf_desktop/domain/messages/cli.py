"""The command line's headers, summaries and table words (salesperf-cli in the reader's
language). Its refusals stay beside the other faults (faults.py, "cli.password_needed" …).
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # shared by the imports (import-metrics, staff import, events import, rater-sheets read)
    "cli.dry_run": _t(
        "试运行：没有写入任何内容。", "試執行：沒有寫入任何內容。", "dry run: nothing was written"
    ),
    "cli.nothing_changed": _t(
        "没有变化：未写备份，也未记录导入批次。",
        "沒有變化：未寫備份，也未記錄匯入批次。",
        "nothing changed: no backup and no import batch were written",
    ),
    "cli.imported_batch": _t(
        "已导入，批次号 {batch}。", "已匯入，批次號 {batch}。", "imported as batch {batch}"
    ),
    "cli.not_a_month": _t(
        "“{text}”不是月份（请写成 2026-10）。",
        "「{text}」不是月份（請寫成 2026-10）。",
        "not a month: {text} (write 2026-10)",
    ),
    "cli.not_a_period": _t(
        "“{text}”不是考核期（请写成 2026-09、2026-Q3 或 2026）。",
        "「{text}」不是考核期（請寫成 2026-09、2026-Q3 或 2026）。",
        "not a period: {text} (write 2026-09, 2026-Q3 or 2026)",
    ),
    "cli.not_a_date": _t(
        "“{text}”不是日期（请写成 2026-10-15）。",
        "「{text}」不是日期（請寫成 2026-10-15）。",
        "not a date: {text} (write 2026-10-15)",
    ),
    "cli.field.target": _t("目标", "目標", "target"),
    "cli.field.actual": _t("实际", "實際", "actual"),
    "cli.field.base": _t("基数", "基數", "base"),
    # import-metrics
    "cli.metrics_summary": _t(
        "{rows} 行，{changes} 处变化，{unchanged} 处未变。",
        "{rows} 列，{changes} 處變化，{unchanged} 處未變。",
        "{rows} row(s), {changes} change(s), {unchanged} unchanged",
    ),
    "cli.no_profiles": _t(
        "没有保存的台账方案。", "沒有儲存的台帳方案。", "no saved ledger profiles"
    ),
    "cli.aggregation.sum": _t("求和", "加總", "sum"),
    "cli.aggregation.count": _t("计数", "計數", "count"),
    "cli.aggregation.count_distinct": _t("不重复计数", "不重複計數", "distinct count"),
    # rater-sheets
    "cli.ratings_summary": _t(
        "{changes} 处变化，{unchanged} 处未变。",
        "{changes} 處變化，{unchanged} 處未變。",
        "{changes} change(s), {unchanged} unchanged",
    ),
    "cli.raters_incomplete": _t(
        "{missing} 位评分人未完成（共 {count} 位）。",
        "{missing} 位評分人未完成（共 {count} 位）。",
        "{missing} of {count} rater(s) not complete",
    ),
    # events
    "cli.event_recorded": _t(
        "已为 {employee_no} {name} 记录事件 {event}。",
        "已為 {employee_no} {name} 記錄事件 {event}。",
        "recorded event {event} for {employee_no} {name}",
    ),
    "cli.events_summary": _t(
        "{new} 条新事件，{unchanged} 条已记录过。",
        "{new} 筆新事件，{unchanged} 筆已記錄過。",
        "{new} new event(s), {unchanged} already recorded",
    ),
    "cli.team_goals_summary": _t(
        "{changed} 个团队目标将写入，{unchanged} 行未变。",
        "{changed} 個團隊目標將寫入，{unchanged} 列未變。",
        "{changed} team goal(s) to write, {unchanged} row(s) unchanged",
    ),
    "cli.nothing_new": _t(
        "没有新内容：未写备份，也未记录导入批次。",
        "沒有新內容：未寫備份，也未記錄匯入批次。",
        "nothing new: no backup and no import batch were written",
    ),
    "cli.events_count": _t("共 {count} 条事件。", "共 {count} 筆事件。", "{count} event(s)"),
    # staff
    "cli.staff_exported": _t(
        "已导出 {count} 名员工 → {path}",
        "已匯出 {count} 名員工 → {path}",
        "{count} staff → {path}",
    ),
    "cli.staff_new": _t("新增", "新增", "new"),
    "cli.staff_updated": _t("更新", "更新", "updated"),
    "cli.staff_summary": _t(
        "新增 {new} 人，更新 {updated} 人，{unchanged} 人未变。",
        "新增 {new} 人，更新 {updated} 人，{unchanged} 人未變。",
        "{new} new, {updated} updated, {unchanged} unchanged",
    ),
    "cli.imported": _t("已导入。", "已匯入。", "imported"),
    # info
    "cli.info.line": _t("{label}：{value}", "{label}：{value}", "{label}: {value}"),
    "cli.info.database": _t("数据库", "資料庫", "database"),
    "cli.info.schema": _t("结构版本", "結構版本", "schema"),
    "cli.info.company": _t("公司", "公司", "company"),
    "cli.info.teams": _t("团队", "團隊", "teams"),
    "cli.info.staff": _t("员工", "員工", "staff"),
    "cli.info.templates": _t("考核模板", "考核範本", "templates"),
    "cli.info.periods": _t("考核期", "考核期", "periods"),
    "cli.info.appraisals": _t("考核记录", "考核記錄", "appraisals"),
    # demo
    "cli.demo_created": _t(
        "{company}：{staff} 名员工（含合规专员 1 名），{months} 个月的数据。",
        "{company}：{staff} 名員工（含合規專員 1 名），{months} 個月的資料。",
        "{company}: {staff} staff (one of them the compliance officer), {months} months",
    ),
    # backup / restore
    "cli.backup_reason.manual": _t("手动", "手動", "manual"),
    "cli.backup_reason.startup": _t("启动时", "啟動時", "startup"),
    "cli.backup_reason.before-import": _t("导入前", "匯入前", "before import"),
    "cli.backup_reason.before-migration": _t("升级前", "升級前", "before upgrade"),
    "cli.restored": _t(
        "已用 {backup} 恢复 {path}。",
        "已用 {backup} 還原 {path}。",
        "restored {path} from {backup}",
    ),
    "cli.kept_aside": _t(
        "原文件保留为 {aside}。", "原檔案保留為 {aside}。", "the previous file is kept as {aside}"
    ),
    # templates
    "cli.template_line": _t(
        "{code}\t第 {version} 版\t{role}\t{product_line}\t{items} 项 / 权重 {weight}\t{name}",
        "{code}\t第 {version} 版\t{role}\t{product_line}\t{items} 項 / 權重 {weight}\t{name}",
        "{code}\tv{version}\t{role}\t{product_line}\t{items} items / {weight}\t{name}",
    ),
    "cli.archived": _t("（已归档）", "（已封存）", " (archived)"),
    "cli.warning": _t("注意：{text}", "注意：{text}", "warning: {text}"),
    "cli.template_imported": _t(
        "已导入 {code} 第 {version} 版（新增指标 {added} 个）。",
        "已匯入 {code} 第 {version} 版（新增指標 {added} 個）。",
        "{code} v{version} imported ({added} new indicators)",
    ),
    # comment
    "cli.comment_written": _t("已写入。", "已寫入。", "written"),
    "cli.comment_unchanged": _t("未改动。", "未變動。", "unchanged"),
    "cli.comment_route": _t(
        "申诉裁定可改写评语：salesperf-cli appeals decide 编号 upheld --reason … --comment …",
        "申訴裁定可改寫評語：salesperf-cli appeals decide 編號 upheld --reason … --comment …",
        "salesperf-cli appeals decide NUMBER upheld --reason … --comment …",
    ),
    # period
    "cli.period.published_on": _t("发布日期", "發布日期", "published on"),
    "cli.period.locked_on": _t("锁定日期", "鎖定日期", "locked on"),
    "cli.period.entries": _t("录入", "輸入", "entries"),
    "cli.period.appraisals": _t("考核", "考核", "appraisals"),
    "cli.period.signed": _t("已签字", "已簽字", "signed"),
    "cli.period.published": _t(
        "{period}：已发布 {count} 份考核（{on}）。",
        "{period}：已發布 {count} 份考核（{on}）。",
        "{period}: published {count} appraisal(s) on {on}",
    ),
    "cli.period.locked": _t(
        "{period}：已锁定 {count} 份考核（{on}）。",
        "{period}：已鎖定 {count} 份考核（{on}）。",
        "{period}: locked ({count} appraisal(s)) on {on}",
    ),
    "cli.period.now": _t("{period}：{status}", "{period}：{status}", "{period}: {status}"),
    # the team and people a command is limited to (services.choices.NotFound)
    "choices.no_team": _t("没有团队“{team}”。", "沒有團隊「{team}」。", "no team {team!r}"),
    "choices.no_staff": _t(
        "没有工号为 {ids} 的员工。", "沒有員工編號為 {ids} 的員工。", "no staff with ID {ids}"
    ),
    # print
    "cli.nobody_to_print": _t(
        "这个范围内没有可打印的考核表。",
        "這個範圍內沒有可列印的考核表。",
        "nobody to print for this selection",
    ),
    # score
    "cli.score.id": _t("工号", "工號", "ID"),
    "cli.score.name": _t("姓名", "姓名", "Name"),
    "cli.score.team": _t("团队", "團隊", "Team"),
    "cli.score.total": _t("总分", "總分", "Total"),
    "cli.score.grade": _t("等级", "等級", "Grade"),
    "cli.score.coefficient": _t("系数", "係數", "Coef."),
    "cli.score.notes": _t("说明", "說明", "Notes"),
    "cli.score.veto": _t("一票否决", "一票否決", "VETO"),
    "cli.score.vetoed": _t("否决", "否決", "vetoed"),
    "cli.score.without_template": _t(
        "未分配考核模板：{names}", "未分配考核範本：{names}", "No template assigned: {names}"
    ),
    "cli.score.item": _t(
        "目标 {target}  实际 {actual}  完成值 {value}",
        "目標 {target}  實際 {actual}  完成值 {value}",
        "target {target}  actual {actual}  value {value}",
    ),
    # appeals
    "cli.appeal.filed": _t("提出 {date}", "提出 {date}", "filed {date}"),
    "cli.appeal.file_by": _t("申诉截止 {date}", "申訴截止 {date}", "file-by {date}"),
    "cli.appeal.due": _t("裁定期限 {date}", "裁定期限 {date}", "due {date}"),
    "cli.appeal.files": _t("附件 {count} 个", "附件 {count} 個", "{count} file(s)"),
    "cli.appeal.flag.late": _t("逾期提出", "逾期提出", "late"),
    "cli.appeal.flag.overdue": _t("裁定逾期", "裁定逾期", "overdue"),
    "cli.appeal.flag.decided_late": _t("逾期裁定", "逾期裁定", "decided-late"),
    "cli.appeal.calendar": _t("工作日历", "工作日曆", "calendar"),
    "cli.appeal.calendar.official": _t(
        "正式（国务院通知，holidays 数据包）",
        "正式（國務院通知，holidays 資料包）",
        "official (the State Council's notice, holidays package)",
    ),
    "cli.appeal.calendar.entered": _t(
        "正式（人事录入的国务院通知）",
        "正式（人事輸入的國務院通知）",
        "official (the State Council's notice as entered by HR)",
    ),
    "cli.appeal.calendar.estimated": _t(
        "估计（法定节假日按规则推算；调休工作日尚未公布）",
        "估計（法定節假日按規則推算；調休工作日尚未公布）",
        "estimated (statutory holidays by rule; make-up working days not published yet)",
    ),
    "cli.appeal.deadline_filing": _t(
        "申诉截止\t{date}\t（{published} 之后 {days} 个工作日）",
        "申訴截止\t{date}\t（{published} 之後 {days} 個工作日）",
        "file by\t{date}\t({days} working days after {published})",
    ),
    "cli.appeal.deadline_decision": _t(
        "裁定期限\t{date}\t（{filed} 之后 {days} 个工作日）",
        "裁定期限\t{date}\t（{filed} 之後 {days} 個工作日）",
        "decision due\t{date}\t({days} working days after {filed})",
    ),
    "cli.appeal.late_mark": _t("（逾期）", "（逾期）", " (late)"),
    "cli.appeal.template_written": _t(
        "空白通知表\t{path}", "空白通知表\t{path}", "template\t{path}"
    ),
    "cli.appeal.source": _t(
        "来源\tholidays {version} + 人事录入的通知",
        "來源\tholidays {version} + 人事輸入的通知",
        "source\tholidays {version} + the notices entered by HR",
    ),
    "cli.appeal.late_filed": _t("（逾期提出）", "（逾期提出）", " LATE"),
    "cli.appeal.decided_late": _t("逾期裁定", "逾期裁定", "decided late"),
    "cli.appeal.amended": _t(
        "总分\t{old_total} → {new_total}\t等级 {old_grade} → {new_grade}\t请重新打印考核表",
        "總分\t{old_total} → {new_total}\t等級 {old_grade} → {new_grade}\t請重新列印考核表",
        "total\t{old_total} -> {new_total}\tgrade {old_grade} -> {new_grade}\treprint the form",
    ),
}
