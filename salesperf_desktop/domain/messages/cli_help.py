"""The command line's help and argparse's own words in Chinese (salesperf-cli --help).

Keyed by the English text the parser is built with: the English help stays the source, as
in the window (Qt's tr). A test fails on a help text without its translations.
"""

from __future__ import annotations

# English → (简体, 繁體)
HELP: dict[str, tuple[str, str]] = {
    "SalesPerf Desktop without a window: the same services as the app.": (
        "不开窗口使用 SalesPerf Desktop：与窗口程序相同的功能。",
        "不開視窗使用 SalesPerf Desktop：與視窗程式相同的功能。",
    ),
    "exit codes:\n  0   done\n  1   the input has problems: nothing was imported\n  2   refused: wrong arguments, or a refusal that protects the data\n      (damaged or newer database, signed appraisal, invalid backup ...)\n  3   the database is open in another SalesPerf window\n  4   a password is needed, or the one given is wrong\n  5   the database file or its folder is read-only\n  6   permission denied: the file cannot be read or written\n  7   the disk is full (or the file may not grow)\n  8   the database is locked by another program (after waiting 5 seconds)\n  9   the path is a folder, not a file\n  10  the path is a symbolic link loop\n  11  another error reading or writing a file\n  12  an output file is open in another program (Windows: Excel, a PDF reader)\n  70  unexpected error: the details are in the log file (salesperf.log)\n": (
        "退出码：\n  0   完成\n  1   输入有问题：没有导入任何内容\n  2   拒绝：参数有误，或为保护数据而拒绝\n      （数据库损坏或版本较新、考核表已签字、备份无效……）\n  3   数据库已在另一个 SalesPerf 窗口中打开\n  4   需要密码，或密码不对\n  5   数据库文件或其文件夹只读\n  6   没有权限：无法读取或写入文件\n  7   磁盘已满（或文件不能再变大）\n  8   数据库被另一个程序锁定（已等待 5 秒）\n  9   路径是文件夹，不是文件\n  10  路径是循环的符号链接\n  11  读写文件时出现其他错误\n  12  输出文件正被另一个程序打开（Windows：Excel、PDF 阅读器）\n  70  意外错误：详情见日志文件（salesperf.log）\n",
        "退出碼：\n  0   完成\n  1   輸入有問題：沒有匯入任何內容\n  2   拒絕：參數有誤，或為保護資料而拒絕\n      （資料庫損壞或版本較新、考核表已簽字、備份無效……）\n  3   資料庫已在另一個 SalesPerf 視窗中開啟\n  4   需要密碼，或密碼不對\n  5   資料庫檔案或其資料夾唯讀\n  6   沒有權限：無法讀取或寫入檔案\n  7   磁碟已滿（或檔案不能再變大）\n  8   資料庫被另一個程式鎖定（已等待 5 秒）\n  9   路徑是資料夾，不是檔案\n  10  路徑是迴圈的符號連結\n  11  讀寫檔案時出現其他錯誤\n  12  輸出檔案正被另一個程式開啟（Windows：Excel、PDF 閱讀器）\n  70  意外錯誤：詳情見記錄檔（salesperf.log）\n",
    ),
    "show this help message and exit": (
        "显示本帮助并退出",
        "顯示本幫助並退出",
    ),
    "database file (default: the application data folder)": (
        "数据库文件（默认：程序数据文件夹中的文件）",
        "資料庫檔案（預設：程式資料資料夾中的檔案）",
    ),
    "language of output": (
        "输出语言",
        "輸出語言",
    ),
    "deprecated: other users of the computer can see it (ps, Task Manager); set $SALESPERF_PASSWORD or let the command ask for the password instead": (
        "不建议使用：本机其他用户能看到它（ps、任务管理器）；请设置 $SALESPERF_PASSWORD，或让命令询问密码",
        "不建議使用：本機其他使用者能看到它（ps、工作管理員）；請設定 $SALESPERF_PASSWORD，或讓命令詢問密碼",
    ),
    "show the database file, its schema version and what it holds": (
        "显示数据库文件、结构版本和其中的内容",
        "顯示資料庫檔案、結構版本和其中的內容",
    ),
    'create the demo company "E Company" (13 staff; only into a database without staff), in the language of --lang': (
        "创建演示公司“E公司”（13 名员工；只用于还没有员工的数据库），使用 --lang 的语言",
        "建立示範公司“E公司”（13 名員工；只用於還沒有員工的資料庫），使用 --lang 的語言",
    ),
    "write a backup copy of the database (or list backups)": (
        "写一份数据库备份（或列出备份）",
        "寫一份資料庫備份（或列出備份）",
    ),
    "restore a backup (the current file is renamed aside, never deleted)": (
        "恢复备份（当前文件改名保留，绝不删除）",
        "還原備份（當前檔案改名保留，絕不刪除）",
    ),
    "list, import or export the staff register": (
        "列出、导入或导出员工名册",
        "列出、匯入或匯出員工名冊",
    ),
    "list, export or import indicator templates": (
        "列出、导出或导入指标模板",
        "列出、匯出或匯入指標範本",
    ),
    "score a period (month 2026-09, quarter 2026-Q3 or year 2026) and print the breakdown": (
        "为考核期评分（月 2026-09、季度 2026-Q3 或年 2026）并打印明细",
        "為考核期評分（月 2026-09、季度 2026-Q3 或年 2026）並列印明細",
    ),
    "import targets/actuals from a workbook; prints problems (sheet!cell: reason)": (
        "从工作簿导入目标/实际数据；列出问题（工作表!单元格：原因）",
        "從活頁簿匯入目標/實際資料；列出問題（工作表!儲存格：原因）",
    ),
    "period workflow: status | entered | publish | lock": (
        "考核期流程：status（状态）| entered（录入完成）| publish（发布）| lock（签字锁定）",
        "考核期流程：status（狀態）| entered（輸入完成）| publish（發布）| lock（簽字鎖定）",
    ),
    "print the appraisal forms of a period to PDF (one per person, or --combined)": (
        "把考核期的考核表打印为 PDF（每人一份，或 --combined 合成一份）",
        "把考核期的考核表列印為 PDF（每人一份，或 --combined 合成一份）",
    ),
    "export a period's results to an Excel workbook": (
        "把考核期结果导出为 Excel 工作簿",
        "把考核期結果匯出為 Excel 活頁簿",
    ),
    "appeals: list, deadlines, file, decide": (
        "申诉：列表、期限、提出、裁定",
        "申訴：列表、期限、提出、裁定",
    ),
    "show or write the supervisor's comment (上级评语) of a published appraisal": (
        "查看或填写已发布考核的上级评语",
        "檢視或填寫已發布考核的上級評語",
    ),
    "rating workbooks for offline 360° (one per rater)": (
        "离线 360° 评分工作簿（每位评分人一份）",
        "離線 360° 評分活頁簿（每位評分人一份）",
    ),
    "key events: add, import from a workbook, list": (
        "关键事件：登记、从工作簿导入、列出",
        "關鍵事件：登記、從活頁簿匯入、列出",
    ),
    "show or confirm the company's appraisal policy (考核制度)": (
        "查看或确认本公司的考核制度",
        "檢視或確認本公司的考核制度",
    ),
    "list this database's backups instead, newest first": (
        "改为列出本数据库的备份，最新的在前",
        "改為列出本資料庫的備份，最新的在前",
    ),
    "backup file to restore, or 'latest'; without it the backups are listed": (
        "要恢复的备份文件，或 latest（最新）；不给则列出备份",
        "要還原的備份檔案，或 latest（最新）；不給則列出備份",
    ),
    "leave out people who have left": (
        "不列出已离职人员",
        "不列出已離職人員",
    ),
    "import a staff workbook (all or nothing)": (
        "导入员工工作簿（全部成功或全部不写）",
        "匯入員工活頁簿（全部成功或全部不寫）",
    ),
    "export the register to a workbook": (
        "把名册导出为工作簿",
        "把名冊匯出為活頁簿",
    ),
    "write a blank staff template workbook": (
        "写出空白的员工导入模板工作簿",
        "寫出空白的員工匯入範本活頁簿",
    ),
    "check and show changes only": (
        "只检查并显示变化",
        "只檢查並顯示變化",
    ),
    "include archived templates": (
        "包括已停用的模板",
        "包括已停用的範本",
    ),
    "export a template to a .salesperf-template.json": (
        "把模板导出为 .salesperf-template.json 文件",
        "把範本匯出為 .salesperf-template.json 檔案",
    ),
    "import a .salesperf-template.json file": (
        "导入 .salesperf-template.json 文件",
        "匯入 .salesperf-template.json 檔案",
    ),
    "replace a template of the same code": (
        "替换代码相同的模板",
        "替換代碼相同的範本",
    ),
    "import under this new code": (
        "以这个新代码导入",
        "以這個新代碼匯入",
    ),
    "2026-09 (month), 2026-Q3 (quarter) or 2026 (year)": (
        "2026-09（月）、2026-Q3（季度）或 2026（年）",
        "2026-09（月）、2026-Q3（季度）或 2026（年）",
    ),
    "only this team (its code or name)": (
        "只限这个团队（团队代码或名称）",
        "只限這個團隊（團隊代碼或名稱）",
    ),
    "table: every indicator of every person": (
        "表格：每人每项指标",
        "表格：每人每項指標",
    ),
    "write to this file (required for xlsx)": (
        "写入这个文件（xlsx 格式必须给出）",
        "寫入這個檔案（xlsx 格式必須給出）",
    ),
    "the .xlsx workbook (or the template to write)": (
        ".xlsx 工作簿（或要写出的模板）",
        ".xlsx 活頁簿（或要寫出的範本）",
    ),
    'read FILE as an ERP sales ledger with this saved profile (e.g. "用友 U8 销售明细")': (
        "按这个已保存的导入方案把该文件当作 ERP 销售明细账读取（例如“用友 U8 销售明细”）",
        "按這個已儲存的匯入方案把該檔案當作 ERP 銷售明細帳讀取（例如“用友 U8 銷售明細”）",
    ),
    "list the saved ledger profiles": (
        "列出已保存的明细账导入方案",
        "列出已儲存的明細帳匯入方案",
    ),
    "ledger: first month to import (2026-01)": (
        "明细账：导入的第一个月（2026-01）",
        "明細帳：匯入的第一個月（2026-01）",
    ),
    "ledger: last month to import (2026-06)": (
        "明细账：导入的最后一个月（2026-06）",
        "明細帳：匯入的最後一個月（2026-06）",
    ),
    'column mapping as JSON or a .json file, e.g. \'{"employee_id": "A", "indicator": "C", "month": "B", "actual": "D"}\' (default: the mapping used last time in the window, else the template\'s)': (
        '列对应关系，JSON 文本或 .json 文件，例如 \'{"employee_id": "A", "indicator": "C", "month": "B", "actual": "D"}\'（默认：上次在窗口中使用的对应关系，没有则用导入模板的）',
        '列對應關係，JSON 文字或 .json 檔案，例如 \'{"employee_id": "A", "indicator": "C", "month": "B", "actual": "D"}\'（預設：上次在視窗中使用的對應關係，沒有則用匯入範本的）',
    ),
    "month for every row when the file has no month column": (
        "文件没有月份列时，每一行使用的月份",
        "檔案沒有月份列時，每一行使用的月份",
    ),
    "check and preview; write nothing": (
        "检查并预览；不写入任何内容",
        "檢查並預覽；不寫入任何內容",
    ),
    "reason recorded for changes of published months": (
        "修改已发布月份时记录的原因",
        "修改已發布月份時記錄的原因",
    ),
    "write a blank import template to FILE": (
        "把空白导入模板写到该文件",
        "把空白匯入範本寫到該檔案",
    ),
    "2026-09 (month), 2026-Q3 or 2026": (
        "2026-09（月）、2026-Q3 或 2026",
        "2026-09（月）、2026-Q3 或 2026",
    ),
    "date of publication/lock (default: today)": (
        "发布/锁定日期（默认：今天）",
        "發布/鎖定日期（預設：今天）",
    ),
    "only this employee ID (repeatable)": (
        "只限这个工号（可重复给出）",
        "只限這個工號（可重複給出）",
    ),
    "one PDF with every form": (
        "所有考核表合成一个 PDF",
        "所有考核表合成一個 PDF",
    ),
    "the monthly work task sheets instead": (
        "改为打印月度工作任务书",
        "改為列印月度工作任務書",
    ),
    "processes for one-PDF-per-person (default: cores)": (
        "每人一份 PDF 时使用的进程数（默认：处理器核数）",
        "每人一份 PDF 時使用的程序數（預設：處理器核心數）",
    ),
    "a folder (one PDF per person) or a .pdf file (with --combined)": (
        "文件夹（每人一份 PDF）或 .pdf 文件（配合 --combined）",
        "資料夾（每人一份 PDF）或 .pdf 檔案（配合 --combined）",
    ),
    "write a published period's bonus sheet to an Excel workbook": (
        "把已发布考核期的奖金核算表写成 Excel 工作簿",
        "把已發布考核期的獎金核算表寫成 Excel 活頁簿",
    ),
    "the .xlsx file to write (a folder: named for the period)": (
        "要写出的 .xlsx 文件（给文件夹时按考核期命名）",
        "要寫出的 .xlsx 檔案（給資料夾時按考核期命名）",
    ),
    "the .xlsx file to write": (
        "要写出的 .xlsx 文件",
        "要寫出的 .xlsx 檔案",
    ),
    "every appeal with its deadlines and flags": (
        "所有申诉及其期限和标记",
        "所有申訴及其期限和標記",
    ),
    "working-day deadlines for a publication date": (
        "某个发布日期对应的工作日期限",
        "某個發布日期對應的工作日期限",
    ),
    "working-day calendar: each year official or estimated; HR's notice": (
        "工作日日历：每年是官方公布还是估算；人事录入的放假通知",
        "工作日日曆：每年是官方公佈還是估算；人事輸入的放假通知",
    ),
    "file an appeal against a published result": (
        "对已发布的结果提出申诉",
        "對已發布的結果提出申訴",
    ),
    "record the committee's decision": (
        "记录委员会的裁定",
        "記錄委員會的裁定",
    ),
    "date the overdue flags are computed for": (
        "计算逾期标记所依据的日期",
        "計算逾期標記所依據的日期",
    ),
    "publication date, e.g. 2026-09-30": (
        "发布日期，例如 2026-09-30",
        "發布日期，例如 2026-09-30",
    ),
    "filing date (gives the decision due date)": (
        "提出日期（据此给出裁定期限）",
        "提出日期（據此給出裁定期限）",
    ),
    "years to show (default: this and next)": (
        "要显示的年份（默认：今年和明年）",
        "要顯示的年份（預設：今年和明年）",
    ),
    "enter the notice from a workbook": (
        "从工作簿录入放假通知",
        "從活頁簿輸入放假通知",
    ),
    "write a blank notice workbook": (
        "写出空白的放假通知工作簿",
        "寫出空白的放假通知活頁簿",
    ),
    "e.g. 2026-09 or 2026-Q3": (
        "例如 2026-09 或 2026-Q3",
        "例如 2026-09 或 2026-Q3",
    ),
    "filing date (default today)": (
        "提出日期（默认今天）",
        "提出日期（預設今天）",
    ),
    "files to attach": (
        "要附上的文件",
        "要附上的檔案",
    ),
    "appeal number, e.g. AP-2026-001": (
        "申诉编号，例如 AP-2026-001",
        "申訴編號，例如 AP-2026-001",
    ),
    "decision date (default today)": (
        "裁定日期（默认今天）",
        "裁定日期（預設今天）",
    ),
    "points added/taken off directly (upheld only)": (
        "直接加减的分数（仅限申诉成立）",
        "直接加減的分數（僅限申訴成立）",
    ),
    "the supervisor's comment (上级评语) as rewritten by the decision (upheld only)": (
        "裁定改写后的上级评语（仅限申诉成立）",
        "裁定改寫後的上級評語（僅限申訴成立）",
    ),
    "the comment to write (refused once the form is signed)": (
        "要填写的评语（考核表签字后拒绝修改）",
        "要填寫的評語（考核表簽字後拒絕修改）",
    ),
    "write one workbook per rater of the month into a folder": (
        "把当月每位评分人的工作簿写到一个文件夹",
        "把當月每位評分人的活頁簿寫到一個資料夾",
    ),
    "import filled workbooks (all or nothing); prints problems as sheet!cell": (
        "导入填好的工作簿（全部成功或全部不写）；以 工作表!单元格 列出问题",
        "匯入填好的活頁簿（全部成功或全部不寫）；以 工作表!儲存格 列出問題",
    ),
    "whose sheet has not come back": (
        "谁的评分表还没有交回",
        "誰的評分表還沒有交回",
    ),
    "the month, e.g. 2026-10": (
        "月份，例如 2026-10",
        "月份，例如 2026-10",
    ),
    "folder to write into": (
        "写入的文件夹",
        "寫入的資料夾",
    ),
    "refuse sheets of another month": (
        "拒绝其他月份的评分表",
        "拒絕其他月份的評分表",
    ),
    "check and list; write nothing": (
        "检查并列出；不写入任何内容",
        "檢查並列出；不寫入任何內容",
    ),
    "reason recorded for changes after publication": (
        "发布后修改时记录的原因",
        "發布後修改時記錄的原因",
    ),
    "record one event": (
        "登记一个事件",
        "登記一個事件",
    ),
    "record the events of a workbook (all or nothing)": (
        "登记工作簿中的事件（全部成功或全部不写）",
        "登記活頁簿中的事件（全部成功或全部不寫）",
    ),
    "the events of a month": (
        "某个月的事件",
        "某個月的事件",
    ),
    "write the workbook to fill in": (
        "写出待填写的工作簿",
        "寫出待填寫的活頁簿",
    ),
    "the kinds of event, with their codes": (
        "事件类别及其代码",
        "事件類別及其代碼",
    ),
    "e.g. 2026-10-15": (
        "例如 2026-10-15",
        "例如 2026-10-15",
    ),
    "kind code or name (salesperf-cli events kinds)": (
        "类别代码或名称（见 salesperf-cli events kinds）",
        "類別代碼或名稱（見 salesperf-cli events kinds）",
    ),
    "late arrivals, leave days …": (
        "迟到次数、请假天数……",
        "遲到次數、請假天數……",
    ),
    "points each (milestones)": (
        "每次的分值（里程碑）",
        "每次的分值（里程碑）",
    ),
    "who approved it (+10/+15 praise)": (
        "审批人（公司级表扬 +10／嘉奖 +15）",
        "審批人（公司級表揚 +10／嘉獎 +15）",
    ),
    "the formal document's number": (
        "正式文件的文号",
        "正式公文的文號",
    ),
    "a fine in yuan (fines only)": (
        "罚款金额，元（仅罚款）",
        "罰款金額，元（僅罰款）",
    ),
    "reason, needed after publication": (
        "原因，发布后必须填写",
        "原因，發布後必須填寫",
    ),
    "e.g. 2026-10": (
        "例如 2026-10",
        "例如 2026-10",
    ),
    "the policy in force, with where each default comes from": (
        "现行的考核制度，并说明每个默认值的来源",
        "現行的考核制度，並說明每個預設值的來源",
    ),
    "confirm the policy in force as it stands": (
        "按现状确认现行的考核制度",
        "按現狀確認現行的考核制度",
    ),
    "a note for the audit trail": (
        "记入审计记录的备注",
        "記入審計記錄的備註",
    ),
    "what is printed: table (the default), json or csv (for programs), xlsx (an Excel workbook)": (
        "输出格式：table（表格，默认）、json 或 csv（供程序读取）、xlsx（Excel 工作簿）",
        "輸出格式：table（表格，預設）、json 或 csv（供程式讀取）、xlsx（Excel 活頁簿）",
    ),
    "a note on the event (printed in the key events)": (
        "事件备注（列在关键事件中）",
        "事件備註（列在關鍵事件中）",
    ),
    "only this employee's events (staff ID)": (
        "只列这名员工的事件（工号）",
        "只列這名員工的事件（員工編號）",
    ),
    "why the result is contested (printed on the form)": (
        "申诉理由（打印在考核表上）",
        "申訴理由（列印在考核表上）",
    ),
    "the reason for the decision (printed on the form)": (
        "裁定理由（打印在考核表上）",
        "裁定理由（列印在考核表上）",
    ),
    "usage: ": (
        "用法：",
        "用法：",
    ),
    "positional arguments": (
        "位置参数",
        "位置參數",
    ),
    "options": (
        "选项",
        "選項",
    ),
    "the following arguments are required: %s": (
        "缺少以下参数：%s",
        "缺少以下參數：%s",
    ),
    "%(prog)s: error: %(message)s\n": (
        "%(prog)s：错误：%(message)s\n",
        "%(prog)s：錯誤：%(message)s\n",
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）",
        "無效的選擇：%(value)r（可選：%(choices)s）",
    ),
    "unrecognized arguments: %s": (
        "无法识别的参数：%s",
        "無法識別的參數：%s",
    ),
    "expected one argument": (
        "需要一个参数",
        "需要一個參數",
    ),
    "invalid %(type)s value: %(value)r": (
        "无效的 %(type)s 值：%(value)r",
        "無效的 %(type)s 值：%(value)r",
    ),
    "argument %(argument_name)s: %(message)s": (
        "参数 %(argument_name)s：%(message)s",
        "參數 %(argument_name)s：%(message)s",
    ),
    "not allowed with argument %s": (
        "不能与参数 %s 同时使用",
        "不能與參數 %s 同時使用",
    ),
    "one of the arguments %s is required": (
        "参数 %s 中必须给出一个",
        "參數 %s 中必須給出一個",
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项不明确：%(option)s 可能是 %(matches)s",
        "選項不明確：%(option)s 可能是 %(matches)s",
    ),
    "expected at least one argument": (
        "至少需要一个参数",
        "至少需要一個參數",
    ),
    "expected at most one argument": (
        "最多只能有一个参数",
        "最多只能有一個參數",
    ),
    "team goals: export to a workbook, import from one": (
        "团队目标：导出到工作簿，或从工作簿导入",
        "團隊目標：匯出到活頁簿，或從活頁簿匯入",
    ),
    "write the teams' goals of the months to a workbook": (
        "把各团队这些月份的团队目标写入工作簿",
        "把各團隊這些月份的團隊目標寫入活頁簿",
    ),
    "e.g. 2026-10 (repeat for more months)": (
        "如 2026-10（多个月份可重复此选项）",
        "如 2026-10（多個月份可重複此選項）",
    ),
    "write the team goals of a workbook (all or nothing)": (
        "写入工作簿中的团队目标（全部成功或全部不写）",
        "寫入活頁簿中的團隊目標（全部成功或全部不寫）",
    ),
}


# What an argument's value is called in the usage line and the help: a positional argument by
# its dest, an option's placeholder by its dest, an explicit English placeholder (COMMAND, ID)
# by itself in lower case.
NAMES: dict[str, tuple[str, str]] = {
    "action": ("操作", "操作"),
    "amount": ("金额", "金額"),
    "approver": ("审批人", "審批人"),
    "backup": ("备份", "備份"),
    "code": ("模板代码", "範本代碼"),
    "command": ("命令", "命令"),
    "comment": ("评语", "評語"),
    "count": ("数量", "數量"),
    "date": ("日期", "日期"),
    "db": ("数据库文件", "資料庫檔案"),
    "document_no": ("文号", "文號"),
    "employee": ("工号", "員工編號"),
    "employee_no": ("工号", "員工編號"),
    "evidence": ("文件", "檔案"),
    "file": ("文件", "檔案"),
    "filed": ("提出日期", "提出日期"),
    "files": ("文件", "檔案"),
    "first_month": ("起始月", "起始月"),
    "id": ("工号", "員工編號"),
    "import_path": ("工作簿", "活頁簿"),
    "kind": ("类别", "類別"),
    "last_month": ("截止月", "截止月"),
    "mapping": ("列对照", "欄對照"),
    "month": ("月份", "月份"),
    "note": ("备注", "備註"),
    "number": ("申诉编号", "申訴編號"),
    "on": ("日期", "日期"),
    "output": ("文件", "檔案"),
    "password": ("密码", "密碼"),
    "period": ("考核期", "考核期"),
    "points": ("分值", "分值"),
    "profile": ("导入方案", "匯入方案"),
    "published": ("发布日期", "發布日期"),
    "reason": ("原因", "原因"),
    "team": ("团队", "團隊"),
    "template": ("工作簿", "活頁簿"),
    "text": ("评语", "評語"),
    "today": ("日期", "日期"),
    "workers": ("进程数", "程序數"),
    "years": ("年份", "年份"),
}


def name_of(dest: str, lang: str) -> str | None:
    """An argument's name in *lang* (see NAMES); None in English or when not listed."""
    pair = NAMES.get(dest)
    if pair is None or lang not in ("zh_CN", "zh_TW"):
        return None
    return pair[0] if lang == "zh_CN" else pair[1]


def translate(text: str, lang: str) -> str:
    """*text* in *lang* (zh_CN, zh_TW); unchanged in English or when not listed."""
    pair = HELP.get(text)
    if pair is None or lang not in ("zh_CN", "zh_TW"):
        return text
    return pair[0] if lang == "zh_CN" else pair[1]
