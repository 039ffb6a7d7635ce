"""Refusals that protect the data: locked appraisals, backups, the password, the database file.

Raised as ``CodedError`` subclasses (``services.locking.LockedError``,
``services.backup.BackupInvalid``, ``services.security.PasswordError``,
``storage.database.DatabaseError``): ``str(error)`` is the English text for logs and the CLI,
``error.message(lang)`` the officer's language in the window.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # signed appraisals and locked periods (services.locking.LockedError)
    "locked.period": _t(
        "{period} 已签字锁定，不能直接修改。如需更正，请在绩效面谈标签页的“申诉”页登记申诉；"
        "申诉成立后在复核结果中更正数值，考核表随后重新打印并签字。",
        "{period} 已簽字鎖定，不能直接修改。如需更正，請在績效面談標籤頁的「申訴」頁登記申訴；"
        "申訴成立後在複核結果中更正數值，考核表隨後重新列印並簽字。",
        "{period} is signed and locked and cannot be changed directly. To correct it, file an "
        "appeal (the Appeals page of the Reviews tab); once upheld, enter the corrected values "
        "with the decision, then reprint the form and have it signed again.",
    ),
    "locked.signed": _t(
        "该员工 {period} 的考核已签字，不能直接修改。如需更正，请在绩效面谈标签页的“申诉”页"
        "登记申诉；申诉成立后在复核结果中更正数值，考核表随后重新打印并签字。",
        "該員工 {period} 的考核已簽字，不能直接修改。如需更正，請在績效面談標籤頁的「申訴」頁"
        "登記申訴；申訴成立後在複核結果中更正數值，考核表隨後重新列印並簽字。",
        "This person's appraisal for {period} is signed and cannot be changed directly. To "
        "correct it, file an appeal (the Appeals page of the Reviews tab); once upheld, enter "
        "the corrected values with the decision, then reprint the form and have it signed again.",
    ),
    "locked.covering": _t(
        "包含 {period} 的季度或年度考核已签字，不能直接修改该月。"
        "如需更正，请在绩效面谈标签页的“申诉”页登记申诉；申诉成立后在复核结果中更正数值。",
        "包含 {period} 的季度或年度考核已簽字，不能直接修改該月。"
        "如需更正，請在績效面談標籤頁的「申訴」頁登記申訴；申訴成立後在複核結果中更正數值。",
        "The quarter or year appraisal covering {period} is signed, so the month cannot be "
        "changed directly. To correct it, file an appeal (the Appeals page of the Reviews tab); once upheld, "
        "enter the corrected values with the decision.",
    ),
    "locked.appraisal": _t(
        "该考核已签字锁定，不能直接修改。如需更正，请在绩效面谈标签页的“申诉”页登记申诉；"
        "申诉成立后在复核结果中更正数值。",
        "該考核已簽字鎖定，不能直接修改。如需更正，請在績效面談標籤頁的「申訴」頁登記申訴；"
        "申訴成立後在複核結果中更正數值。",
        "The appraisal is signed and locked and cannot be changed directly. To correct it, file "
        "an appeal (the Appeals page of the Reviews tab); once upheld, enter the corrected values with the "
        "decision.",
    ),
    "locked.already_signed": _t(
        "该考核已经签字锁定。",
        "該考核已經簽字鎖定。",
        "The appraisal is already signed and locked.",
    ),
    # the supervisor's comment of a signed appraisal (services.signoff.set_supervisor_comment)
    "locked.comment": _t(
        "该考核已签字，上级评语不能再修改；只有成立的申诉可在其决定中修改评语"
        "（申诉页“登记复核结果…”）。",
        "該考核已簽字，上級評語不能再修改；只有成立的申訴可在其決定中修改評語"
        "（申訴頁「登記複核結果…」）。",
        "The appraisal is signed: its supervisor's comment cannot change any more, except with "
        "the decision on an upheld appeal (Appeals page, 'Record decision…').",
    ),
    "locked.no_staff": _t(
        "没有编号为 {staff_id} 的员工。",
        "沒有編號為 {staff_id} 的員工。",
        "There is no staff member {staff_id}.",
    ),
    # a change after publication without its reason (services.locking.ReasonRequired)
    "locked.reason_required": _t(
        "修改已发布的期间需要填写原因。",
        "修改已發布的期間需要填寫原因。",
        "A reason is required to change a published period.",
    ),
    # backups (services.backup.BackupInvalid)
    "backup.missing": _t(
        "{name}：备份文件不存在或为空。",
        "{name}：備份檔案不存在或為空。",
        "{name}: the backup file is missing or empty.",
    ),
    "backup.not_salesperf": _t(
        "{name} 不是 SalesPerf 数据库（{detail}）。",
        "{name} 不是 SalesPerf 資料庫（{detail}）。",
        "{name} is not a SalesPerf database ({detail}).",
    ),
    "backup.no_version": _t(
        "{name} 没有 SalesPerf 数据库结构版本。",
        "{name} 沒有 SalesPerf 資料庫結構版本。",
        "{name} has no SalesPerf schema version.",
    ),
    "backup.too_new": _t(
        "{name} 由更新版本的 SalesPerf Desktop 写入（结构版本 {revision}）；请安装新版本后再恢复。",
        "{name} 由較新版本的 SalesPerf Desktop 寫入（結構版本 {revision}）；請安裝新版本後再還原。",
        "{name} was written by a newer version of SalesPerf Desktop (schema {revision}); "
        "install the newer version to restore it.",
    ),
    "backup.other_database": _t(
        "{name} 是另一个数据库的备份，不能恢复到这个数据库。",
        "{name} 是另一個資料庫的備份，不能還原到這個資料庫。",
        "{name} is a backup of another database; it cannot be restored over this one.",
    ),
    # a backup that could not be written (storage.backup_files.BackupFailed)
    "backup.disk_full": _t(
        "磁盘已满，无法在 {folder} 写入备份；什么都没有改动。请腾出空间后再试。",
        "磁碟已滿，無法在 {folder} 寫入備份；什麼都沒有變更。請騰出空間後再試。",
        "The disk is full: no backup could be written in {folder}, and nothing was changed. "
        "Free some space and try again.",
    ),
    "backup.write_failed": _t(
        "无法在 {folder} 写入备份（{detail}）；什么都没有改动。",
        "無法在 {folder} 寫入備份（{detail}）；什麼都沒有變更。",
        "No backup could be written in {folder} ({detail}); nothing was changed.",
    ),
    "backup.database_missing": _t(
        "数据库 {path} 不存在了，但它的备份还在 {folder}。请先恢复一个备份；不会自动新建空数据库。",
        "資料庫 {path} 不存在了，但它的備份還在 {folder}。請先還原一個備份；不會自動新建空資料庫。",
        "The database {path} is missing, but its backups are in {folder}. Restore one first "
        "(salesperf-cli restore latest); no empty database is created in its place.",
    ),
    # the password (services.security.PasswordError)
    "password.wrong": _t(
        "当前密码不正确。", "目前密碼不正確。", "The current password is not correct."
    ),
    "password.too_short": _t(
        "密码至少需要 {min_length} 个字符。",
        "密碼至少需要 {min_length} 個字元。",
        "The password needs at least {min_length} characters.",
    ),
    # the steps of a change of password, shown while it runs (services.security)
    "password.progress_check": _t("正在核对密码…", "正在核對密碼…", "Checking the password…"),
    "password.progress_file": _t(
        "正在转换数据库文件（较大的文件需要几秒钟）…",
        "正在轉換資料庫檔案（較大的檔案需要幾秒鐘）…",
        "Converting the database file (a large file takes a few seconds)…",
    ),
    "password.progress_backups": _t("正在转换备份…", "正在轉換備份…", "Converting the backups…"),
    # the database file (storage.database.DatabaseError)
    "database.read_only_file": _t(
        "{path} 是只读的，SalesPerf 无法保存修改。没有做任何更改。"
        "请把文件设为可写，或复制到您自己的文件夹后打开副本。",
        "{path} 是唯讀的，SalesPerf 無法儲存修改。沒有做任何變更。"
        "請把檔案設為可寫，或複製到您自己的資料夾後開啟副本。",
        "{path} is read-only, so SalesPerf cannot save changes to it. Nothing was changed. "
        "Make the file writable, or copy it to a folder of your own and open the copy.",
    ),
    "database.read_only_folder": _t(
        "文件夹 {folder} 是只读的，SalesPerf 无法保存对 {name} 的修改。没有做任何更改。"
        "请把文件复制到您自己的文件夹后打开副本。",
        "資料夾 {folder} 是唯讀的，SalesPerf 無法儲存對 {name} 的修改。沒有做任何變更。"
        "請把檔案複製到您自己的資料夾後開啟副本。",
        "The folder {folder} is read-only, so SalesPerf cannot save changes to {name}. "
        "Nothing was changed. Copy the file to a folder of your own and open the copy.",
    ),
    "database.not_sqlite": _t(
        "{path} 不是 SalesPerf 数据库（不是数据库文件）。",
        "{path} 不是 SalesPerf 資料庫（不是資料庫檔案）。",
        "{path} is not a SalesPerf database (not an SQLite file).",
    ),
    "database.unreadable": _t(
        "无法读取 {path}：{detail}",
        "無法讀取 {path}：{detail}",
        "{path} cannot be read: {detail}",
    ),
    "database.damaged": _t(
        "{path} 已损坏（完整性检查：{detail}）。",
        "{path} 已損壞（完整性檢查：{detail}）。",
        "{path} is damaged (integrity check: {detail}).",
    ),
    "database.too_new": _t(
        "{path} 由更新版本的 SalesPerf Desktop 写入（结构版本 {current}；"
        "本程序最高支持 {head}）。文件未被改动。请安装新版本。",
        "{path} 由較新版本的 SalesPerf Desktop 寫入（結構版本 {current}；"
        "本程式最高支援 {head}）。檔案未被變更。請安裝新版本。",
        "{path} was written by a newer version of SalesPerf Desktop "
        "(schema {current}; this program knows up to {head}). "
        "It has not been changed. Please install the newer version.",
    ),
    "database.no_version": _t(
        "该文件有数据表，但没有 SalesPerf 数据库结构版本；未打开。",
        "該檔案有資料表，但沒有 SalesPerf 資料庫結構版本；未開啟。",
        "The file has tables but no SalesPerf schema version; not opened.",
    ),
}
