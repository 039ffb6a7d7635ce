"""What a long service is doing (services.progress.Progress.step) and how far it is: the
progress dialog, the progress strip and the command line read these in the reader's language.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # the steps
    "progress.backup": _t(
        "正在导入前备份数据库", "正在匯入前備份資料庫", "Backing up the database before the import"
    ),
    "progress.reading_file": _t("正在读取文件", "正在讀取檔案", "Reading the file"),
    "progress.checking_rows": _t("正在检查各行", "正在檢查各列", "Checking the rows"),
    "progress.writing": _t("正在写入数据库", "正在寫入資料庫", "Writing to the database"),
    "progress.done": _t("完成", "完成", "Done"),
    "progress.checking_file": _t(
        "正在检查数据库文件", "正在檢查資料庫檔案", "Checking the database file"
    ),
    "progress.startup_backup": _t("正在备份数据库", "正在備份資料庫", "Backing up the database"),
    "progress.collecting_forms": _t(
        "正在准备考核表", "正在準備考核表", "Preparing the appraisal forms"
    ),
    "progress.writing_forms": _t("正在生成考核表", "正在產生考核表", "Writing the appraisal forms"),
    "progress.exporting_results": _t("正在导出成绩", "正在匯出成績", "Exporting the results"),
    "progress.saving_workbook": _t("正在保存工作簿", "正在儲存活頁簿", "Saving the workbook"),
    "progress.writing_rater_sheets": _t(
        "正在生成评分表", "正在產生評分表", "Writing the rating workbooks"
    ),
    "progress.reading_rater_sheets": _t(
        "正在读取评分表", "正在讀取評分表", "Reading the rating workbooks"
    ),
    "progress.demo_staff": _t(
        "正在建立团队和员工", "正在建立團隊和員工", "Creating the teams and the staff"
    ),
    "progress.demo_month": _t(
        "正在录入{month}的数据", "正在輸入{month}的資料", "Entering the figures of {month}"
    ),
    "progress.demo_reviews": _t(
        "正在建立面谈和申诉", "正在建立面談和申訴", "Creating the reviews and the appeal"
    ),
    # how a line is put together
    "progress.with_item": _t("{step}：{item}", "{step}：{item}", "{step}: {item}"),
    "progress.separator": _t("，", "，", ", "),
    "progress.count.file": _t(
        "第 {done} 份/共 {total} 份", "第 {done} 份/共 {total} 份", "file {done} of {total}"
    ),
    "progress.count.form": _t(
        "第 {done} 份/共 {total} 份", "第 {done} 份/共 {total} 份", "form {done} of {total}"
    ),
    "progress.count.row": _t(
        "第 {done} 行/共 {total} 行", "第 {done} 列/共 {total} 列", "row {done} of {total}"
    ),
    "progress.count.person": _t(
        "第 {done} 人/共 {total} 人", "第 {done} 人/共 {total} 人", "person {done} of {total}"
    ),
    "progress.count.month": _t(
        "第 {done} 个月/共 {total} 个月",
        "第 {done} 個月/共 {total} 個月",
        "month {done} of {total}",
    ),
    "progress.count.step": _t(
        "第 {done} 步/共 {total} 步", "第 {done} 步/共 {total} 步", "step {done} of {total}"
    ),
    "progress.time_left": _t("估计剩余 {time}", "預估剩餘 {time}", "about {time} left"),
    "progress.seconds": _t("{s} 秒", "{s} 秒", "{s} s"),
    "progress.minutes": _t("{m} 分 {s} 秒", "{m} 分 {s} 秒", "{m} min {s} s"),
    "progress.hours": _t("{h} 小时 {m} 分", "{h} 小時 {m} 分", "{h} h {m} min"),
}
