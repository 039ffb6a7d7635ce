<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>ChartsTab</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>儲存圖表…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>圖表：</translation>
    </message>
    <message>
        <source>Loading charts…</source>
        <translation>正在載入圖表…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Score and achievement by month</source>
        <translation>月度得分與達成率</translation>
    </message>
    <message>
        <source>Dimensions against the team average</source>
        <translation>各維度與團隊平均對比</translation>
    </message>
    <message>
        <source>Indicator breakdown</source>
        <translation>指標得分明細</translation>
    </message>
    <message>
        <source>Ranking by total</source>
        <translation>總分排名</translation>
    </message>
    <message>
        <source>Grade distribution against the guide</source>
        <translation>等級分布與強制分布指導</translation>
    </message>
    <message>
        <source>Sales achievement against target</source>
        <translation>銷售目標達成情況</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>No results to chart yet</source>
        <translation>暫無可繪製的結果</translation>
    </message>
    <message>
        <source>Total (% of sheet)</source>
        <translation>總分（佔滿分%）</translation>
    </message>
    <message>
        <source>Sales achievement (%)</source>
        <translation>銷售達成率（%）</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>團隊平均</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Forced-distribution guide</source>
        <translation>強制分布指導</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 圖片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>對比基數</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直屬主管</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自評</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>互評</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <source>“%1” is an Excel error value</source>
        <translation>「%1」是 Excel 錯誤值</translation>
    </message>
    <message>
        <source>%1: a target or base cannot be negative</source>
        <translation>%1：目標值或基數不能為負數</translation>
    </message>
    <message>
        <source>“%1”: type 1/0, yes/no or 是/否</source>
        <translation>「%1」：請輸入 1/0 或 是/否</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 超出 %2–%3 的範圍</translation>
    </message>
    <message>
        <source>%1 is implausibly large</source>
        <translation>%1 大得不合理</translation>
    </message>
    <message>
        <source>a date (%1) where a number is expected</source>
        <translation>此處需要數字，卻是日期（%1）</translation>
    </message>
    <message>
        <source>a yes/no value where a number is expected</source>
        <translation>此處需要數字，卻是是/否值</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限的數字</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>指標得分</translation>
    </message>
    <message>
        <source>Bonus/penalty</source>
        <translation>加減分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Vetoed (compliance)</source>
        <translation>一票否決（合規）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除儲存格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Quarters and years are computed from the months; edit the months.</source>
        <translation>季度和年度由各月資料計算，請修改月度資料。</translation>
    </message>
    <message>
        <source>Read-only: the period is signed and locked; only an upheld appeal can change it.</source>
        <translation>唯讀：該期間已簽字鎖定，只能透過申訴修改。</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Entries complete</source>
        <translation>輸入完成</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>發布…</translation>
    </message>
    <message>
        <source>Sign off and lock…</source>
        <translation>簽字鎖定…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期間：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>團隊：</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>每月輸入</translation>
    </message>
    <message>
        <source>Targets and actuals (Excel)…</source>
        <translation>目標與實際資料（Excel）…</translation>
    </message>
    <message>
        <source>Blank import template (Excel)…</source>
        <translation>空白匯入範本（Excel）…</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>（計算）</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部團隊</translation>
    </message>
    <message>
        <source>computed from the months (read-only)</source>
        <translation>由各月資料計算（唯讀）</translation>
    </message>
    <message>
        <source>changes are audited</source>
        <translation>修改將記入稽核紀錄</translation>
    </message>
    <message>
        <source>read-only; only an upheld appeal can change it</source>
        <translation>唯讀；只能透過申訴修改</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This period is published: the change is recorded in the audit trail.
Why is it changed?</source>
        <translation>該期間已發布：修改將記入稽核紀錄。
修改原因是什麼？</translation>
    </message>
    <message>
        <source>Not changed: a reason is needed in a published period.</source>
        <translation>未修改：已發布期間的修改需要填寫原因。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期間</translation>
    </message>
    <message>
        <source>%1: entries marked complete.</source>
        <translation>%1：已標記為輸入完成。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>Publish %1? The results become final and are frozen into the appraisals; the appeal window starts today. Later changes are audited.</source>
        <translation>發布%1？結果將成為最終結果並固定到考核表中，申訴期從今天開始。之後的修改會記入稽核紀錄。</translation>
    </message>
    <message>
        <source>%1 published.</source>
        <translation>%1 已發布。</translation>
    </message>
    <message>
        <source>Sign off and lock</source>
        <translation>簽字鎖定</translation>
    </message>
    <message>
        <source>Lock %1? Do this once the signed forms are filed. The period becomes read-only; only an upheld appeal can change it.</source>
        <translation>鎖定%1？請在簽字的考核表歸檔後再鎖定。鎖定後該期間唯讀，只能透過申訴修改。</translation>
    </message>
    <message>
        <source>%1 signed off and locked.</source>
        <translation>%1 已簽字鎖定。</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>儲存匯入範本</translation>
    </message>
    <message>
        <source>import-template.xlsx</source>
        <translation>匯入範本.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>範本已儲存：%1</translation>
    </message>
</context>
<context>
    <name>ExportResultsDialog</name>
    <message>
        <source>Export results</source>
        <translation>匯出考核結果</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import targets and actuals</source>
        <translation>匯入目標與實際資料</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>One row per person, indicator and month</source>
        <translation>每列一人、一個指標、一個月</translation>
    </message>
    <message>
        <source>One column per indicator (wide)</source>
        <translation>每個指標一欄（寬表）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>對比基數</translation>
    </message>
    <message>
        <source>first sheet</source>
        <translation>第一個工作表</translation>
    </message>
    <message>
        <source>Employee ID column</source>
        <translation>工號欄</translation>
    </message>
    <message>
        <source>Month column</source>
        <translation>月份欄</translation>
    </message>
    <message>
        <source>Indicator column</source>
        <translation>指標欄</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目標值欄</translation>
    </message>
    <message>
        <source>Actual column</source>
        <translation>實際值欄</translation>
    </message>
    <message>
        <source>Base column (growth)</source>
        <translation>對比基數欄（成長率）</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>活頁簿：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表頭列：</translation>
    </message>
    <message>
        <source>Month for all rows (no month column):</source>
        <translation>所有列的月份（無月份欄時）：</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>檢查並預覽</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>要匯入的活頁簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>正在檢查活頁簿</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the workbook and check again; nothing will be imported.</source>
        <translation>%1 個問題：請修正活頁簿後重新檢查；不會匯入任何資料。</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 value(s) will change, %3 unchanged.</source>
        <translation>已讀取 %1 列：%2 個值將被修改，%3 個不變。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未匯入任何資料。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已匯入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>業務經理</translation>
    </message>
    <message>
        <source>Sales director</source>
        <translation>業務總監</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>法遵專員</translation>
    </message>
    <message>
        <source>Probation staff</source>
        <translation>試用期人員</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>不限職務</translation>
    </message>
    <message>
        <source>Mature products</source>
        <translation>成熟產品</translation>
    </message>
    <message>
        <source>Innovative products</source>
        <translation>創新產品</translation>
    </message>
    <message>
        <source>Distributor channel</source>
        <translation>經銷商通路</translation>
    </message>
    <message>
        <source>Any product line</source>
        <translation>不限產品線</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>試用期</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>調職</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已離職</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>已輸入</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>已簽名鎖定</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自評</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>同儕</translation>
    </message>
    <message>
        <source>Core sales results</source>
        <translation>核心銷售業績</translation>
    </message>
    <message>
        <source>Sales behaviour and process</source>
        <translation>銷售行為與流程</translation>
    </message>
    <message>
        <source>Professional skill and compliance</source>
        <translation>專業能力與法規遵循</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>客戶關係</translation>
    </message>
    <message>
        <source>Teamwork and development</source>
        <translation>團隊合作與個人發展</translation>
    </message>
    <message>
        <source>Management duties</source>
        <translation>管理職責</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已簽名</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>申訴成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>駁回</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;demo company…</source>
        <translation>建立示範公司(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print forms</source>
        <translation>列印考核表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>員工 %1 人</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>SalesPerf database (*.sqlite)</source>
        <translation>SalesPerf 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>備份已儲存至 %1</translation>
    </message>
    <message>
        <source>Create demo company</source>
        <translation>建立示範公司</translation>
    </message>
    <message>
        <source>Add the demo company &quot;E Company&quot; (12 staff, six months of data) to this database?</source>
        <translation>要將示範公司「E公司」（12 名員工、六個月的資料）加入此資料庫嗎？</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在建立示範公司…</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>示範公司</translation>
    </message>
    <message>
        <source>Demo company created.</source>
        <translation>示範公司已建立。</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Offline performance appraisal for sales teams.&lt;br&gt;Database: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;業務團隊專用的離線績效考核工具。&lt;br&gt;資料庫：%3</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>Save forms as</source>
        <translation>考核表儲存為</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF forms</source>
        <translation>PDF 考核表儲存資料夾</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>列印考核表</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消列印。</translation>
    </message>
    <message>
        <source>Nobody to print for this selection.</source>
        <translation>所選範圍內沒有可列印的人員。</translation>
    </message>
    <message>
        <source>%1 forms written to %2</source>
        <translation>已產生 %1 份考核表：%2</translation>
    </message>
    <message>
        <source>Printing forms…</source>
        <translation>正在產生考核表…</translation>
    </message>
    <message>
        <source>No results to print yet.</source>
        <translation>暫無可列印的結果。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>匯出考核結果</translation>
    </message>
    <message>
        <source>Results exported to %1</source>
        <translation>考核結果已匯出至 %1</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>正在匯出考核結果…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Appraisal forms…</source>
        <translation>考核表(&amp;A)…</translation>
    </message>
    <message>
        <source>Work &amp;task sheets…</source>
        <translation>工作任務書(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>考核結果(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>The new language is used at once.</source>
        <translation>新語言立即生效。</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <source>HR officer:</source>
        <translation>人資專員：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
</context>
<context>
    <name>PrintFormsDialog</name>
    <message>
        <source>Print work task sheets</source>
        <translation>列印工作任務書</translation>
    </message>
    <message>
        <source>Print appraisal forms</source>
        <translation>列印考核表</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>一個團隊</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>一個人</translation>
    </message>
    <message>
        <source>One combined PDF (otherwise one PDF per person)</source>
        <translation>合併為一個 PDF（否則每人一個 PDF）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Print for:</source>
        <translation>列印範圍：</translation>
    </message>
    <message>
        <source>Form language:</source>
        <translation>表單語言：</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期間</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面談人</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的行動項目</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Review interviews (GROW)</source>
        <translation>績效面談（GROW）</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Reviews (GROW)</source>
        <translation>績效面談（GROW）</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by ID, name, team, region…</source>
        <translation>依員工編號、姓名、團隊、區域搜尋…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直屬主管</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>An unexpected error occurred:

%1

Details are in the log file.</source>
        <translation>發生未預期的錯誤：

%1

詳細資訊已寫入記錄檔。</translation>
    </message>
    <message>
        <source>This database is already open in another SalesPerf window.

%1</source>
        <translation>此資料庫已在另一個 SalesPerf 視窗中開啟。

%1</translation>
    </message>
    <message>
        <source>The database cannot be opened:

%1</source>
        <translation>無法開啟資料庫：

%1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>構面</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>計分規則</translation>
    </message>
    <message>
        <source>Indicator templates</source>
        <translation>指標範本</translation>
    </message>
    <message>
        <source>Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %</source>
        <translation>滿分 %1 分（權重合計 %2）；評分者：主管 %3、自評 %4、同儕 %5；團隊連動 %6 %</translation>
    </message>
</context>
</TS>
