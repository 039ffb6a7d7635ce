"""Faults of the machine, not of the data: a full disk, a locked or read-only file, a folder
where a file should be (services.faults classifies them), the instance lock, and the command
line's own texts. Each fault says what happened, that saved work is safe, and what to do.
"""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # the instance lock (instance_lock.DatabaseInUseError)
    "lock.in_use": _t(
        "{path} 已在另一个 SalesPerf 窗口中打开。请先关闭那个窗口，再打开这个文件。",
        "{path} 已在另一個 SalesPerf 視窗中開啟。請先關閉那個視窗，再開啟這個檔案。",
        "{path} is already open in another SalesPerf window. "
        "Close that window first, then open the file again.",
    ),
    "lock.in_use_by": _t(
        "{path} 已在另一个 SalesPerf 窗口中打开（进程 {pid}，{host}）。"
        "请先关闭那个窗口，再打开这个文件。",
        "{path} 已在另一個 SalesPerf 視窗中開啟（處理程序 {pid}，{host}）。"
        "請先關閉那個視窗，再開啟這個檔案。",
        "{path} is already open in another SalesPerf window (process {pid} on {host}). "
        "Close that window first, then open the file again.",
    ),
    "lock.this_computer": _t("本机", "本機", "this computer"),
    # faults of the machine (services.faults.Fault)
    "fault.read_only": _t(
        "{path} 所在的位置是只读的，SalesPerf 无法在那里保存。没有做任何更改。"
        "请把文件复制到您自己的文件夹后打开副本。",
        "{path} 所在的位置是唯讀的，SalesPerf 無法在那裡儲存。沒有做任何變更。"
        "請把檔案複製到您自己的資料夾後開啟副本。",
        "The place of {path} is read-only, so SalesPerf cannot save there. Nothing was "
        "changed. Copy the file to a folder of your own and open the copy.",
    ),
    "fault.permission_denied": _t(
        "没有权限读取或写入 {path}。没有做任何更改。"
        "请检查该文件的权限（例如在文件属性中允许您读取和写入），然后再试。",
        "沒有權限讀取或寫入 {path}。沒有做任何變更。"
        "請檢查該檔案的權限（例如在檔案內容中允許您讀取和寫入），然後再試。",
        "You have no permission to read or write {path}. Nothing was changed. "
        "Check the file's permissions (allow yourself to read and write it), then try again.",
    ),
    "fault.disk_full": _t(
        "磁盘已满（或文件已达到允许的大小上限），无法写入 {path}。"
        "这一步没有保存，之前已保存的数据都还在。请腾出磁盘空间后再试。",
        "磁碟已滿（或檔案已達到允許的大小上限），無法寫入 {path}。"
        "這一步沒有儲存，之前已儲存的資料都還在。請騰出磁碟空間後再試。",
        "The disk is full (or the file reached its allowed size): {path} could not be "
        "written. This step was not saved; everything saved before is still there. Free some "
        "disk space and try again.",
    ),
    "fault.database_busy": _t(
        "数据库 {path} 正被另一个程序锁定（例如数据库查看工具），等待后仍未释放。"
        "这一步没有保存。请关闭那个程序后再试。",
        "資料庫 {path} 正被另一個程式鎖定（例如資料庫檢視工具），等待後仍未釋放。"
        "這一步沒有儲存。請關閉那個程式後再試。",
        "The database {path} is locked by another program (a database browser, for example) "
        "and stayed locked while SalesPerf waited. This step was not saved. Close that program "
        "and try again.",
    ),
    "fault.is_a_directory": _t(
        "{path} 是一个文件夹，不是数据库文件。请选择文件夹中的 .sqlite 文件，或输入一个新文件名。",
        "{path} 是一個資料夾，不是資料庫檔案。請選擇資料夾中的 .sqlite 檔案，或輸入一個新檔名。",
        "{path} is a folder, not a database file. Choose the .sqlite file inside it, or give "
        "a new file name.",
    ),
    "fault.symlink_loop": _t(
        "{path} 是一个指向自身的快捷方式（符号链接循环），无法打开。请改用真实文件的路径。",
        "{path} 是一個指向自身的捷徑（符號連結迴圈），無法開啟。請改用實際檔案的路徑。",
        "{path} is a link that leads back to itself (a symbolic link loop) and cannot be "
        "opened. Use the path of the real file instead.",
    ),
    "fault.file_system": _t(
        "读写 {path} 时出错：{detail}。这一步没有完成，之前已保存的数据都还在。",
        "讀寫 {path} 時出錯：{detail}。這一步沒有完成，之前已儲存的資料都還在。",
        "Reading or writing {path} failed: {detail}. This step was not done; everything saved "
        "before is still there.",
    ),
    "fault.file_in_use": _t(
        "{path} 正在其他程序中打开（例如 Excel 或 PDF 阅读器）。请在那里关闭后再试；文件没有被改动。",
        "{path} 正在其他程式中開啟（例如 Excel 或 PDF 閱讀器）。請在那裡關閉後再試；檔案沒有被變更。",
        "{path} is open in another program (for example Excel or a PDF reader). Close it there "
        "and try again; the file was not changed.",
    ),
    "fault.unexpected": _t(
        "出现意外错误，这一步没有完成。之前已保存的数据都还在。"
        "请把详细信息（日志文件）发给技术支持。",
        "出現意外錯誤，這一步沒有完成。之前已儲存的資料都還在。"
        "請把詳細資訊（記錄檔）傳給技術支援。",
        "An unexpected error stopped this step. Everything saved before is still there. "
        "Please send the details (the log file) to support.",
    ),
    "fault.the_database": _t("数据库", "資料庫", "the database"),
    "fault.log_file": _t(
        "详细信息已写入日志文件：{path}",
        "詳細資訊已寫入記錄檔：{path}",
        "The details are in the log file: {path}",
    ),
    # the command line's own refusals (cli/)
    "cli.password_needed": _t(
        "{path} 受密码保护：请在终端中运行命令以输入密码，或设置环境变量 {env}。",
        "{path} 受密碼保護：請在終端機中執行命令以輸入密碼，或設定環境變數 {env}。",
        "{path} is protected by a password: run the command in a terminal to be asked, "
        "or set {env}.",
    ),
    "cli.password_visible": _t(
        "注意：--password 会被这台电脑的其他用户看到（ps、任务管理器）；请改设环境变量 {env}，"
        "或让命令询问密码。",
        "注意：--password 會被這台電腦的其他使用者看到（ps、工作管理員）；請改設環境變數 {env}，"
        "或讓命令詢問密碼。",
        "warning: --password can be seen by other users of this computer (ps, Task Manager); "
        "set {env} or let the command ask instead.",
    ),
    "cli.password_altered": _t(
        "注意：{path} 的密码设置在 SalesPerf 之外被删除或改动（文件可能被他人编辑过）；"
        "仍需输入在 SalesPerf 中设置的密码，输入后会恢复该设置。",
        "注意：{path} 的密碼設定在 SalesPerf 之外被刪除或變更（檔案可能被他人編輯過）；"
        "仍需輸入在 SalesPerf 中設定的密碼，輸入後會恢復該設定。",
        "warning: the password setting of {path} was removed or changed outside SalesPerf "
        "(the file may have been edited by someone else); the password set in SalesPerf is "
        "still needed and will be put back.",
    ),
    "cli.password_prompt": _t("{path} 的密码：", "{path} 的密碼：", "Password for {path}: "),
    "cli.wrong_password": _t("密码不正确。", "密碼不正確。", "wrong password"),
    "cli.xlsx_needs_output": _t(
        "--format xlsx 需要用 --output 给出 .xlsx 文件名。",
        "--format xlsx 需要用 --output 提供 .xlsx 檔名。",
        "--format xlsx needs --output FILE.xlsx",
    ),
    "cli.problems_nothing_imported": _t(
        "{count} 个问题；没有导入任何内容。",
        "{count} 個問題；沒有匯入任何內容。",
        "{count} problem(s); nothing was imported",
    ),
    "cli.nothing_imported": _t("没有导入任何内容。", "沒有匯入任何內容。", "nothing was imported"),
    "cli.no_template": _t(
        "没有代码为 {code} 的模板。", "沒有代碼為 {code} 的範本。", "no template with code {code}"
    ),
    "cli.demo_needs_empty": _t(
        "数据库中已有员工；演示公司只能建在空数据库中。",
        "資料庫中已有員工；示範公司只能建立在空資料庫中。",
        "the database already has staff; the demo goes into an empty database",
    ),
    "cli.print_needs_folder": _t(
        "每人一个 PDF 需要给出文件夹；要合成一个文件请加 --combined。",
        "每人一個 PDF 需要提供資料夾；要合成一個檔案請加 --combined。",
        "one PDF per person needs a folder; add --combined for a single file",
    ),
    "cli.no_backups": _t(
        "{folder} 中没有 {name} 的备份。",
        "{folder} 中沒有 {name} 的備份。",
        "no backups of {name} in {folder}",
    ),
    "cli.output_must_be_xlsx": _t(
        "输出文件必须是 .xlsx 文件。",
        "輸出檔案必須是 .xlsx 檔案。",
        "the output must be an .xlsx file",
    ),
    "cli.no_appraisal": _t(
        "{period} 没有工号 {employee_no} 的考核。",
        "{period} 沒有工號 {employee_no} 的考核。",
        "no appraisal for {employee_no} in {period}",
    ),
    "cli.no_appeal": _t(
        "没有编号为 {number} 的申诉。", "沒有編號為 {number} 的申訴。", "no appeal {number}"
    ),
    "cli.mapping_unreadable": _t(
        "无法读取列对应关系 {path}：{detail}",
        "無法讀取欄位對應 {path}：{detail}",
        "cannot read the mapping {path}: {detail}",
    ),
    "cli.mapping_not_json": _t(
        "列对应关系不是有效的 JSON：{detail}",
        "欄位對應不是有效的 JSON：{detail}",
        "the mapping is not valid JSON: {detail}",
    ),
}
