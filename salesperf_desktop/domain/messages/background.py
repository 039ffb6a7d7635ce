"""Texts of work done in the background: what is being computed (the progress line) and what
the background check of the database file found."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "progress.reading_period": _t("正在读取{period}…", "正在讀取{period}…", "Reading {period}…"),
    "progress.computing_period": _t(
        "正在计算{period}的成绩…", "正在計算{period}的成績…", "Computing the results of {period}…"
    ),
    "progress.computing_months": _t(
        "正在计算各月成绩：第 {done} 份/共 {total} 份",
        "正在計算各月成績：第 {done} 份/共 {total} 份",
        "Computing the monthly results: {done} of {total}",
    ),
    "progress.migrating_database": _t(
        "{name} 由旧版本保存：正在备份并升级到本版本的格式，请稍候…",
        "{name} 由舊版本儲存：正在備份並升級到本版本的格式，請稍候…",
        "{name} was saved by an older version: backing it up and upgrading it, please wait…",
    ),
    "progress.opening_database": _t("正在打开数据库…", "正在開啟資料庫…", "Opening the database…"),
    "progress.checking_database": _t(
        "正在后台检查数据库文件并备份…",
        "正在背景檢查資料庫檔案並備份…",
        "Checking the database file and backing it up in the background…",
    ),
    "progress.saving": _t("正在保存…", "正在儲存…", "Saving…"),
    "progress.saving_amended": _t(
        "正在保存修改并重新计算已发布的成绩…",
        "正在儲存修改並重新計算已發布的成績…",
        "Saving the change and scoring the published results again…",
    ),
    # storage.database.DatabaseError raised by AppContext.transaction() once the background
    # check found the open file damaged (app_context.AppContext.refuse_writes)
    "database.damaged_in_use": _t(
        "后台检查发现数据库文件 {path} 已损坏（{detail}）。为保护数据，SalesPerf 不再向它写入"
        "任何内容，本次修改未保存。请通过“文件 ▸ 恢复备份…”恢复最近的备份，或关闭程序后联系"
        "技术支持。",
        "背景檢查發現資料庫檔案 {path} 已損壞（{detail}）。為保護資料，SalesPerf 不再向它寫入"
        "任何內容，本次修改未儲存。請透過「檔案 ▸ 還原備份…」還原最近的備份，或關閉程式後聯絡"
        "技術支援。",
        "The background check found the database file {path} damaged ({detail}). To protect "
        "the data SalesPerf writes nothing more to it; this change was not saved. Restore the "
        "latest backup with File ▸ Restore backup…, or close SalesPerf and contact support.",
    ),
}
