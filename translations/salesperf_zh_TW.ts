<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>ChartsTab</name>
    <message>
        <source>Loading charts…</source>
        <translation>正在載入圖表…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
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
        <source>Company sales by month (10,000 yuan)</source>
        <translation>公司每月銷售額（萬元）</translation>
    </message>
    <message>
        <source>No sales entered yet</source>
        <translation>尚未輸入銷售資料</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
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
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>每月輸入</translation>
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
        <source>&amp;Restore backup…</source>
        <translation>還原備份(&amp;R)…</translation>
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
        <source>Pass&amp;word…</source>
        <translation>密碼(&amp;W)…</translation>
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
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>%1 中沒有備份。</translation>
    </message>
    <message>
        <source>Replace the open database by the backup %1?

The current file is kept beside it under a new name.</source>
        <translation>以備份 %1 取代目前開啟的資料庫嗎？

目前的檔案會改名後保留在旁邊。</translation>
    </message>
    <message>
        <source>Password settings saved.</source>
        <translation>密碼設定已儲存。</translation>
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
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>This database is protected. Enter the password to open
%1</source>
        <translation>此資料庫受密碼保護。請輸入密碼以開啟
%1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密碼錯誤，請重試。</translation>
    </message>
</context>
<context>
    <name>PasswordSettingsDialog</name>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The password is asked when SalesPerf opens this database. Only a secure hash is stored. Leave the new password empty to remove it. There is no way to recover a forgotten password except restoring a backup made without one.</source>
        <translation>開啟此資料庫時會要求輸入密碼。系統只儲存密碼的安全雜湊值。新密碼留空即取消密碼。忘記密碼後無法找回，只能還原一個未設密碼時的備份。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>目前密碼：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>目前密碼不正確。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>The current file is kept (renamed) beside the restored one; nothing is deleted.</source>
        <translation>目前的檔案會改名保留在還原的檔案旁邊，不會刪除任何檔案。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Create a &amp;new database</source>
        <translation>建立新資料庫(&amp;N)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>啟動時</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升級前</translation>
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
    <message>
        <source>The database %1 does not exist, but there are backups in its folder. Restore one, or create a new, empty database?</source>
        <translation>資料庫 %1 不存在，但其資料夾中有備份。要還原一個備份，還是建立一個空的新資料庫？</translation>
    </message>
    <message>
        <source>The database cannot be opened:

%1

Nothing has been changed. You may restore one of its backups.</source>
        <translation>無法開啟資料庫：

%1

未做任何變更。您可以還原它的一個備份。</translation>
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
