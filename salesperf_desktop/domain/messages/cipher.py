"""The encrypted database: a password needed, a wrong one, a conversion that did not verify.

Raised by storage.cipher / storage.conversion (``CipherError``) and the opening path.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "cipher.password_needed": _t(
        "{path} 已加密，需要输入密码才能打开。",
        "{path} 已加密，需要輸入密碼才能開啟。",
        "{path} is encrypted: it opens only with its password.",
    ),
    "cipher.wrong_password": _t(
        "密码不正确，或者 {path} 不是 SalesPerf 数据库。",
        "密碼不正確，或者 {path} 不是 SalesPerf 資料庫。",
        "The password is wrong, or {path} is not a SalesPerf database.",
    ),
    "cipher.no_driver": _t(
        "这个数据库已加密，但本程序缺少加密组件，无法打开。请重新安装 SalesPerf。",
        "這個資料庫已加密，但本程式缺少加密元件，無法開啟。請重新安裝 SalesPerf。",
        "This database is encrypted, but this installation lacks the encryption component "
        "(sqlcipher3). Please reinstall SalesPerf.",
    ),
    "cipher.copy_damaged": _t(
        "加密转换后的副本检查未通过（{detail}）。数据库保持原样，没有任何改动。",
        "加密轉換後的副本檢查未通過（{detail}）。資料庫保持原樣，沒有任何改動。",
        "The converted copy failed its check ({detail}). The database is unchanged.",
    ),
    "cipher.copy_differs": _t(
        "加密转换后的副本与数据库内容不一致。数据库保持原样，没有任何改动。",
        "加密轉換後的副本與資料庫內容不一致。資料庫保持原樣，沒有任何改動。",
        "The converted copy does not hold the same data as the database. The database is "
        "unchanged.",
    ),
    "cipher.database_busy": _t(
        "{path} 仍有尚未写入数据库文件的更改，暂时不能更改密码。请关闭其他打开它的程序后再试。",
        "{path} 仍有尚未寫入資料庫檔案的變更，暫時不能變更密碼。請關閉其他開啟它的程式後再試。",
        "{path} still has changes in its -wal file: the password cannot be changed now. Close "
        "any other program that has it open and try again.",
    ),
    "cipher.backups_converted": _t(
        "已有的 {count} 个备份已改为与数据库相同的密码状态。",
        "已有的 {count} 個備份已改為與資料庫相同的密碼狀態。",
        "{count} existing backups now have the same password as the database.",
    ),
}
