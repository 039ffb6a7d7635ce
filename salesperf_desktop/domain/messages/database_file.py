"""A -wal left beside the database by an unclean stop that was not applied (storage.wal_guard).

Raised as ``storage.database.WalSetAsideError`` (a ``DatabaseError``); params: ``path`` (the
database), ``aside`` (the new name of the set-aside log), ``snapshot`` (the folder in backups/
holding the file with its log, byte for byte).
"""

from __future__ import annotations

_HEAD = {
    "zh_CN": "{path} 上次没有正常关闭，留下了一个尚未写入文件的修改日志。",
    "zh_TW": "{path} 上次沒有正常關閉，留下了一個尚未寫入檔案的修改日誌。",
    "en": "{path} was not closed properly last time and left a log of changes not yet written "
    "into the file (its -wal file). ",
}
_TAIL = {
    "zh_CN": "为保护数据，这个日志没有被使用：它已改名为 {aside}，文件本身没有任何改动。"
    "文件连同日志的原样副本保存在 {snapshot}。再次打开即可使用文件上次保存时的内容，"
    "也可以恢复一个备份。",
    "zh_TW": "為保護資料，這個日誌沒有被使用：它已改名為 {aside}，檔案本身沒有任何變更。"
    "檔案連同日誌的原樣副本保存在 {snapshot}。再次開啟即可使用檔案上次儲存時的內容，"
    "也可以還原一個備份。",
    "en": "To protect the data it was not applied: it was renamed {aside}, and the file itself "
    "was not changed. A copy of the file with its log, as they were, is in {snapshot}. Open the "
    "file again to use it as it was last saved, or restore a backup.",
}


def _wal(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    why = {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}
    return {lang: _HEAD[lang] + why[lang] + _TAIL[lang] for lang in why}


MESSAGES: dict[str, dict[str, str]] = {
    "database.wal_other_copy": _wal(
        "但这个日志不是在这个文件上写的：它来自这个数据库的另一个副本"
        "（例如把一个旧副本复制覆盖了当前文件）。",
        "但這個日誌不是在這個檔案上寫的：它來自這個資料庫的另一個副本"
        "（例如把一個舊副本複製覆蓋了目前的檔案）。",
        "That log was not written on this file: it comes from another copy of this database "
        "(for example, an older copy was copied over the current file). ",
    ),
    "database.wal_other_database": _wal(
        "但这个日志属于另一个 SalesPerf 数据库。",
        "但這個日誌屬於另一個 SalesPerf 資料庫。",
        "That log belongs to another SalesPerf database. ",
    ),
    "database.wal_other_program": _wal(
        "但这个日志不是 SalesPerf 写的（可能是其他程序修改过这个文件）。",
        "但這個日誌不是 SalesPerf 寫的（可能是其他程式修改過這個檔案）。",
        "That log was not written by SalesPerf (another program may have changed the file). ",
    ),
    "database.wal_not_ours": _wal(
        "但这个日志不属于 SalesPerf 数据库（来自其他程序的文件）。",
        "但這個日誌不屬於 SalesPerf 資料庫（來自其他程式的檔案）。",
        "That log does not belong to a SalesPerf database (it comes from another program's file). ",
    ),
    "database.wal_damaged": _wal(
        "但加上这个日志后数据库无法通过完整性检查。",
        "但加上這個日誌後資料庫無法通過完整性檢查。",
        "With that log applied the database fails its integrity check. ",
    ),
}
