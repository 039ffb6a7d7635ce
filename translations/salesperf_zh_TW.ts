<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>AdjustmentCataloguePage</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>已記事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出處</translation>
    </message>
    <message>
        <source>Bonus and penalty items outside the weighted sum (seed 004). An item in use is retired, never deleted: past events keep their meaning. Fines are money, never points.</source>
        <translation>加權得分之外的加減分項目（種子檔案 004）。已在用的項目只能停用、不會刪除，以往事件保持原意。罰款是金額，不計入分數。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>lowest grade (veto)</source>
        <translation>最低等級（否決）</translation>
    </message>
    <message>
        <source>fine in yuan, stated per event</source>
        <translation>罰款金額（元），逐次填寫</translation>
    </message>
    <message>
        <source>stated per event</source>
        <translation>逐次填寫分值</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>每%2 %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢復使用</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>刪除項目</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>刪除「%1」？</translation>
    </message>
</context>
<context>
    <name>AdjustmentTypeDialog</name>
    <message>
        <source>New bonus/penalty item</source>
        <translation>新增加減分項目</translation>
    </message>
    <message>
        <source>Edit bonus/penalty item</source>
        <translation>編輯加減分項目</translation>
    </message>
    <message>
        <source>Fixed points each time</source>
        <translation>每次固定分值</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>按單位計分</translation>
    </message>
    <message>
        <source>Fine in yuan (not in the score)</source>
        <translation>罰款（元，不計分）</translation>
    </message>
    <message>
        <source>e.g. occurrence, day</source>
        <translation>如：次、天</translation>
    </message>
    <message>
        <source>empty: no approval needed</source>
        <translation>留空：無需審批</translation>
    </message>
    <message>
        <source>A document number must be recorded</source>
        <translation>須登記正式公文文號</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>計分方式：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>審批人：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出處：</translation>
    </message>
</context>
<context>
    <name>AliasesDialog</name>
    <message>
        <source>Remembered names</source>
        <translation>記住的別名</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>帳中寫法</translation>
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
        <source>Forget the selected name</source>
        <translation>刪除所選別名</translation>
    </message>
    <message>
        <source>Names the ledger writes differently from the staff register:</source>
        <translation>帳中寫法與人員名冊不同的名字：</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>File appeal…</source>
        <translation>登記申訴…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>登記複核結果…</translation>
    </message>
    <message>
        <source>Working-day calendar…</source>
        <translation>工作日日曆…</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申訴</translation>
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
        <source>Published on</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>File by</source>
        <translation>申訴截止</translation>
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
        <source>Decided</source>
        <translation>複核日期</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>證明檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Selected appeal</source>
        <translation>所選申訴</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>複核結果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證明材料</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>逾期申訴</translation>
    </message>
    <message>
        <source>decision overdue</source>
        <translation>複核已超期</translation>
    </message>
    <message>
        <source>decided late</source>
        <translation>複核逾期</translation>
    </message>
    <message>
        <source>Pending; due %1</source>
        <translation>待複核；截止 %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>新增證明材料</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>證明材料另存為</translation>
    </message>
    <message>
        <source>No program opens this file. It is in %1 until SalesPerf closes; use Save a copy… to keep it.</source>
        <translation>沒有可開啟此檔案的程式。檔案暫存於 %1，SalesPerf 關閉時刪除；如需保留，請使用「另存為…」。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the bonus sheet</source>
        <translation>核准獎金核算表</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>編製人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>審核人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>核准人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>An approved sheet is frozen; a later change needs a new approval.</source>
        <translation>核准後獎金核算表即凍結；之後如有修改，須重新核准。</translation>
    </message>
</context>
<context>
    <name>BindingCheck</name>
    <message>
        <source>SalesPerf Desktop is running on PySide6 %1 with Python %2. This combination is known to make the program close suddenly after a while.

To fix it, install a tested version of PySide6 (%3 to %4), or run the program with Python 3.12 or newer. The log file names the exact command.</source>
        <translation>SalesPerf Desktop 正在使用 PySide6 %1 與 Python %2 執行。已知這一組合會使程式在使用一段時間後突然關閉。

解決方法：安裝經過測試的 PySide6 版本（%3 至 %4），或以 Python 3.12 或更新版本執行本程式。記錄檔中寫有具體的安裝指令。</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <source>Bonus sheet</source>
        <translation>獎金核算</translation>
    </message>
    <message>
        <source>Bonus settings…</source>
        <translation>獎金設定…</translation>
    </message>
    <message>
        <source>Team bonus pools…</source>
        <translation>團隊獎金池…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>核准…</translation>
    </message>
    <message>
        <source>Withdraw approval…</source>
        <translation>撤銷核准…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>匯出 Excel…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期：</translation>
    </message>
    <message>
        <source>No published period yet: publish a period&apos;s results first.</source>
        <translation>還沒有已發布的考核期：請先發布考核結果。</translation>
    </message>
    <message>
        <source>Computing the bonus sheet…</source>
        <translation>正在核算獎金…</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>撤銷核准</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>原因（記入變更紀錄）：</translation>
    </message>
    <message>
        <source>Export the bonus sheet</source>
        <translation>匯出獎金核算表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Bonus sheet exported to %1</source>
        <translation>獎金核算表已匯出到 %1</translation>
    </message>
    <message>
        <source>Exporting the bonus sheet…</source>
        <translation>正在匯出獎金核算表…</translation>
    </message>
</context>
<context>
    <name>BonusSettingsDialog</name>
    <message>
        <source>Bonus settings</source>
        <translation>獎金設定</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Base bonus (yuan/month)</source>
        <translation>基本績效獎金（元/月）</translation>
    </message>
    <message>
        <source>Monthly pay (yuan)</source>
        <translation>月工資（元）</translation>
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
        <source>Own base bonus (yuan/month)</source>
        <translation>個人基本績效獎金（元/月）</translation>
    </message>
    <message>
        <source>Own monthly pay (yuan)</source>
        <translation>個人月工資（元）</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>不計提成</translation>
    </message>
    <message>
        <source>whole yuan</source>
        <translation>元（取整）</translation>
    </message>
    <message>
        <source>fen</source>
        <translation>分</translation>
    </message>
    <message>
        <source>The year&apos;s sheet also pays the base bonus × 12, commission, points and fines (otherwise only the compliance bonus and the year&apos;s team pools)</source>
        <translation>年度核算表也計發績效獎金（基本績效獎金 × 12）、提成、加減分獎罰和罰款（否則只計合規獎金和年度團隊獎金池）</translation>
    </message>
    <message>
        <source>Commission on the actual of:</source>
        <translation>提成按此指標的實際額：</translation>
    </message>
    <message>
        <source>Commission rate:</source>
        <translation>提成比例：</translation>
    </message>
    <message>
        <source>Yuan per bonus/penalty point (0: none):</source>
        <translation>每個加減分折合金額（元，0 為不折算）：</translation>
    </message>
    <message>
        <source>Team pool shares rounded to:</source>
        <translation>團隊獎金池分配精確到：</translation>
    </message>
    <message>
        <source>Common practice (no seed sets these amounts): the base bonus is set per month (a quarter&apos;s sheet pays 3 months); a person&apos;s own amount replaces the role&apos;s; the annual compliance bonus (seed 002) is one month&apos;s pay, or one month&apos;s base bonus when no pay is recorded.</source>
        <translation>常用做法（資料未規定這些金額）：基本績效獎金按月設定（季度核算表按 3 個月計）；個人金額優先於崗位金額；年度合規獎金（資料 002）為 1 個月工資，未登記工資時按 1 個月基本績效獎金。</translation>
    </message>
    <message>
        <source>Per role:</source>
        <translation>按崗位：</translation>
    </message>
    <message>
        <source>Per person (empty: the role&apos;s amount):</source>
        <translation>按個人（留空則按崗位金額）：</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日曆</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>上班/休息</translation>
    </message>
    <message>
        <source>Start from the built-in dates</source>
        <translation>從內建日期開始</translation>
    </message>
    <message>
        <source>Import workbook…</source>
        <translation>匯入活頁簿…</translation>
    </message>
    <message>
        <source>Blank workbook…</source>
        <translation>空白活頁簿…</translation>
    </message>
    <message>
        <source>%1 is counted on the notice you entered below; it wins over the built-in dates.</source>
        <translation>%1 年依您在下方登錄的通知計算，優先於內建日期。</translation>
    </message>
    <message>
        <source>%1 is official: the built-in calendar has the State Council&apos;s notice. Enter days here only to correct it.</source>
        <translation>%1 年為正式安排：內建日曆已包含國務院辦公廳的放假通知。只有需要更正時才在此登錄。</translation>
    </message>
    <message>
        <source>%1 is estimated: the built-in calendar knows the statutory holidays but not the make-up working days. Enter the State Council&apos;s notice when it is published.</source>
        <translation>%1 年為估算：內建日曆只有法定假日，沒有調休上班日。國務院辦公廳的放假通知發布後請在此登錄。</translation>
    </message>
    <message>
        <source>List every day off and every weekend working day of the notice. Days not listed are Monday to Friday working, weekends off; statutory holidays stay off.</source>
        <translation>請列出通知中的每個放假日和每個週末上班日。未列出的日子按週一至週五上班、週末休息計算；法定假日一律休息。</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Import the holiday notice</source>
        <translation>匯入放假通知</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 處。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
    <message>
        <source>holiday-notice.xlsx</source>
        <translation>放假安排.xlsx</translation>
    </message>
    <message>
        <source>Save a blank workbook</source>
        <translation>儲存空白活頁簿</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>新增日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
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
        <source>Drawing the chart</source>
        <translation>繪製圖表</translation>
    </message>
    <message>
        <source>No results to chart yet</source>
        <translation>暫無可繪製的結果</translation>
    </message>
    <message>
        <source>Appraised by quarter: a month has no grades. Choose the quarter.</source>
        <translation>按季考核：月度不評等級，請選擇季度檢視。</translation>
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
        <source>… %1 more …</source>
        <translation>… 另有 %1 人 …</translation>
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
    <name>CommentBox</name>
    <message>
        <source>Supervisor&apos;s comment (printed on the form)</source>
        <translation>上級評語（列印在考核表上）</translation>
    </message>
    <message>
        <source>The supervisor&apos;s assessment of the period, as it is to be printed and signed</source>
        <translation>上級對本期表現的評價，將列印在考核表上並簽字確認</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>儲存評語</translation>
    </message>
    <message>
        <source>Select an appraisal to write its comment.</source>
        <translation>請先選擇一份考核，再填寫評語。</translation>
    </message>
    <message>
        <source>Write it before printing the form; changes after publication are audited.</source>
        <translation>請在列印考核表前填寫；發布後的修改會記入稽核紀錄。</translation>
    </message>
    <message>
        <source>Signed: the comment is on the signed form. Only the decision on an upheld appeal can change it (Appeals page, Record decision…).</source>
        <translation>已簽字：評語以簽字的考核表為準。只有成立的申訴可在其決定中修改（申訴頁「登記複核結果…」）。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a published result</source>
        <translation>更正已發布的結果</translation>
    </message>
    <message>
        <source>Why the value changes (kept in the audit trail)</source>
        <translation>更正原因（記入變更記錄）</translation>
    </message>
    <message>
        <source>Correction note</source>
        <translation>更正說明</translation>
    </message>
    <message>
        <source>A corrected value is not a number.</source>
        <translation>更正值不是數字。</translation>
    </message>
    <message>
        <source>Enter a corrected value and the note saying why.</source>
        <translation>請填寫更正值和更正說明。</translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <source>Corrected values</source>
        <translation>更正值</translation>
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
        <source>Comparison base</source>
        <translation>對比基數</translation>
    </message>
    <message>
        <source>Passed (1 yes, 0 no)</source>
        <translation>是否達標（1 是，0 否）</translation>
    </message>
    <message>
        <source>Supervisor rating</source>
        <translation>上級評分</translation>
    </message>
    <message>
        <source>Self rating</source>
        <translation>自評</translation>
    </message>
    <message>
        <source>Peer rating</source>
        <translation>同事評分</translation>
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
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>當前值</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正為</translation>
    </message>
    <message>
        <source>Add a corrected value</source>
        <translation>新增更正值</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Why these points (required with points)</source>
        <translation>加減分理由（有加減分時必填）</translation>
    </message>
    <message>
        <source>Points added (+) or taken off (−) directly</source>
        <translation>直接加分（+）或減分（−）</translation>
    </message>
</context>
<context>
    <name>DecideAppealDialog</name>
    <message>
        <source>Decision on appeal %1</source>
        <translation>申訴 %1 的複核結果</translation>
    </message>
    <message>
        <source>The committee&apos;s reasons</source>
        <translation>委員會的複核意見</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Employee&apos;s reason</source>
        <translation>員工申訴理由</translation>
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
        <source>Decided on</source>
        <translation>複核日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>上級評語</translation>
    </message>
    <message>
        <source>A corrected value is not a number.</source>
        <translation>更正值不是數字。</translation>
    </message>
    <message>
        <source>Give the committee&apos;s reason.</source>
        <translation>請填寫委員會的複核意見。</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Due this month</source>
        <translation>本月待辦</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩餘工作日</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>正在讀取待辦事項…</translation>
    </message>
    <message>
        <source>%1: nothing is due.</source>
        <translation>%1：沒有待辦事項。</translation>
    </message>
    <message>
        <source>%1: %2 things to do, %3 of them overdue.</source>
        <translation>%1：共 %2 項待辦，其中 %3 項已逾期。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>截止日 %1：%2</translation>
    </message>
    <message>
        <source>… and %1 more (opens the first of them)</source>
        <translation>……另有 %1 項（開啟其中第一項）</translation>
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
        <source>Team share</source>
        <translation>團隊分享</translation>
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
        <source>%1
%2 · weight %3 · %4</source>
        <translation>%1
%2 · 權重 %3 · %4</translation>
    </message>
    <message>
        <source>Graded by quarter</source>
        <translation>按季考核</translation>
    </message>
    <message>
        <source>Vetoed (compliance)</source>
        <translation>一票否決（合規）</translation>
    </message>
    <message>
        <source>Nothing is entered for this period yet: no grade.</source>
        <translation>本期尚未輸入任何資料，暫不評等級。</translation>
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
        <source>Annual targets…</source>
        <translation>年度目標分解…</translation>
    </message>
    <message>
        <source>Copy last month&apos;s targets</source>
        <translation>複製上月目標</translation>
    </message>
    <message>
        <source>Work task sheet…</source>
        <translation>工作任務書…</translation>
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
        <source>Template:</source>
        <translation>考核範本：</translation>
    </message>
    <message>
        <source>Team goals…</source>
        <translation>團隊目標…</translation>
    </message>
    <message>
        <source>Mentoring results…</source>
        <translation>帶教成果…</translation>
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
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Rater sheets (Excel)…</source>
        <translation>評分表（Excel）…</translation>
    </message>
    <message>
        <source>Key events (Excel)…</source>
        <translation>關鍵事件（Excel）…</translation>
    </message>
    <message>
        <source>Targets and tasks</source>
        <translation>目標與任務</translation>
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
        <source>Cancelled.</source>
        <translation>已取消，仍顯示原來的期間。</translation>
    </message>
    <message>
        <source>Not in this period&apos;s appraisal: %1 (no indicator template fits them). Make one for their role or team on the Indicator templates tab.</source>
        <translation>本期考核未包括：%1（沒有適用的考核範本）。請在「指標範本」頁為其職位或團隊建立範本。</translation>
    </message>
    <message>
        <source>Not graded this period: %1.</source>
        <translation>本期不考核：%1。</translation>
    </message>
    <message>
        <source>Moved within the period: %1.</source>
        <translation>本期內調動：%1。</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
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
        <source>%1 of the values look unusual:</source>
        <translation>有 %1 個值看起來不太對：</translation>
    </message>
    <message>
        <source>Please check the value</source>
        <translation>請核對數值</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Keep them all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>改為 %1</translation>
    </message>
    <message>
        <source>Use the values suggested</source>
        <translation>全部改為建議值</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>重新輸入</translation>
    </message>
    <message>
        <source>Change nothing</source>
        <translation>不修改</translation>
    </message>
    <message>
        <source>Select a person in the grid first.</source>
        <translation>請先在表格中選擇一個人。</translation>
    </message>
    <message>
        <source>Team goals are entered month by month.</source>
        <translation>團隊目標按月輸入。</translation>
    </message>
    <message>
        <source>Mentoring results are written month by month.</source>
        <translation>帶教成果按月寫入。</translation>
    </message>
    <message>
        <source>Reading the mentoring results…</source>
        <translation>正在讀取帶教成果…</translation>
    </message>
    <message>
        <source>Mentoring results written: %1 mentors.</source>
        <translation>帶教成果已寫入：%1 名導師。</translation>
    </message>
    <message>
        <source>Team goals written: %1 teams.</source>
        <translation>團隊目標已儲存：%1 個團隊。</translation>
    </message>
    <message>
        <source>Targets written: %1 monthly values.</source>
        <translation>目標已寫入：%1 個月度值。</translation>
    </message>
    <message>
        <source>Copy every target of the previous month into %1 for the %2 people shown?</source>
        <translation>把上個月的全部目標值複製到%1（目前顯示的 %2 人）？</translation>
    </message>
    <message>
        <source>%1 targets copied.</source>
        <translation>已複製 %1 個目標值。</translation>
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
        <source>%1 people are appraised by quarter: this month gives them no grade and no form. Publish their quarter once its three months are entered.</source>
        <translation>%1 人按季考核：本月只計分，不評等級、不出考核表。三個月資料輸入齊後，請發布他們的季度考核。</translation>
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
        <source>Choose a month: rater sheets are written per month.</source>
        <translation>請選擇一個月份：評分表按月寫出。</translation>
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
    <name>EventDialog</name>
    <message>
        <source>Key event</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>Edit key event</source>
        <translation>修改關鍵事件</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>e.g. the number of the company notice</source>
        <translation>如：公司發文的文號</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>次數/天數：</translation>
    </message>
    <message>
        <source>Points each:</source>
        <translation>每次分值：</translation>
    </message>
    <message>
        <source>Fine each:</source>
        <translation>每次罰款：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>審批人：</translation>
    </message>
    <message>
        <source>Document No.:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>計分：</translation>
    </message>
    <message>
        <source>Key incident, positive (note only)</source>
        <translation>關鍵事件（積極，僅記錄）</translation>
    </message>
    <message>
        <source>Key incident, negative (note only)</source>
        <translation>關鍵事件（消極，僅記錄）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1（每次 %2）</translation>
    </message>
    <message>
        <source>approved by: %1</source>
        <translation>審批：%1</translation>
    </message>
    <message>
        <source>A compliance veto forces the lowest grade for the month, whatever the points. Describe the violation in the note.</source>
        <translation>合規一票否決：無論得分多少，本月考核都將定為最低等級。請在備註中說明違規情況。</translation>
    </message>
    <message>
        <source>no points (recorded for the review)</source>
        <translation>不計分（記錄備面談）</translation>
    </message>
    <message>
        <source>lowest grade (veto)</source>
        <translation>最低等級（一票否決）</translation>
    </message>
    <message>
        <source>a fine of %1 yuan (no points)</source>
        <translation>罰款 %1 元（不計分）</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>EventsImportDialog</name>
    <message>
        <source>Import key events</source>
        <translation>匯入關鍵事件</translation>
    </message>
    <message>
        <source>One event per row: date, employee ID, kind, count, note. Save the template, fill it in, then choose it here. Nothing is imported while any row has a problem; events already recorded are not recorded twice.</source>
        <translation>每列一個事件：日期、工號、事件類型、次數、說明。先儲存範本並填寫，再在這裡選擇它。只要有一列有問題就什麼也不匯入；已經記錄過的事件不會重複記錄。</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>儲存範本…</translation>
    </message>
    <message>
        <source>Choose the workbook…</source>
        <translation>選擇活頁簿…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Save the key events template</source>
        <translation>儲存關鍵事件範本</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>範本已儲存：%1</translation>
    </message>
    <message>
        <source>Key events workbook</source>
        <translation>關鍵事件活頁簿</translation>
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
        <translation>%1 個問題：請修改活頁簿後重新檢查；不會匯入任何內容。</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>計分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 new event(s), %3 already recorded.</source>
        <translation>已讀取 %1 列：%2 個新事件，%3 個已記錄過。</translation>
    </message>
    <message>
        <source>%1 yuan (fine)</source>
        <translation>%1 元（罰款）</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>什麼也沒有匯入：%1</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Key events</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Key events: select a person in the grid</source>
        <translation>關鍵事件：請在表格中選擇一個人</translation>
    </message>
    <message>
        <source>Key events: %1, %2</source>
        <translation>關鍵事件：%1，%2</translation>
    </message>
    <message>
        <source>Key incident +</source>
        <translation>關鍵事件（積極）</translation>
    </message>
    <message>
        <source>Key incident −</source>
        <translation>關鍵事件（消極）</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>審批：%1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文號：%1</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>否決</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Bonus/penalty: %1 points</source>
        <translation>加減分：%1 分</translation>
    </message>
    <message>
        <source>fines: %1 yuan (not in the score)</source>
        <translation>罰款：%1 元（不計入分數）</translation>
    </message>
    <message>
        <source>vetoed: lowest grade</source>
        <translation>一票否決：最低等級</translation>
    </message>
    <message>
        <source>Not changed: the month is signed and locked; only an upheld appeal can change it.</source>
        <translation>未修改：該月已簽字鎖定，只能透過申訴修改。</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>刪除事件</translation>
    </message>
    <message>
        <source>Delete “%1” of %2?</source>
        <translation>刪除 %2 的「%1」？</translation>
    </message>
    <message>
        <source>Compliance veto</source>
        <translation>合規一票否決</translation>
    </message>
    <message>
        <source>A compliance veto forces the lowest grade for this month, whatever the points. Record it?</source>
        <translation>合規一票否決：無論得分多少，本月考核都將定為最低等級。確定記錄嗎？</translation>
    </message>
    <message>
        <source>Read-only: the month is signed and locked; only an upheld appeal can change it.</source>
        <translation>唯讀：該月已簽字鎖定，只能透過申訴修改。</translation>
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
    <name>FaultDialog</name>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>已複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>FileAppealDialog</name>
    <message>
        <source>File an appeal</source>
        <translation>登記申訴</translation>
    </message>
    <message>
        <source>What the employee disputes and why (e.g. an order delivered but not counted)</source>
        <translation>員工對哪項結果有異議、理由是什麼（例如：訂單已簽收但未計入）</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>新增附件…</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申訴日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證明材料</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>新增證明材料</translation>
    </message>
    <message>
        <source>No published result to appeal.</source>
        <translation>沒有可申訴的已發布結果。</translation>
    </message>
    <message>
        <source>Published %1 · file by %2 (%3 working days) · decision due %4 (%5 working days)</source>
        <translation>%1 發布 · 申訴截止 %2（%3 個工作日）· 複核截止 %4（%5 個工作日）</translation>
    </message>
    <message>
        <source>Late: filed after the deadline. It is recorded and flagged.</source>
        <translation>逾期：已超過申訴期限。申訴照常登記並標記。</translation>
    </message>
    <message>
        <source>Choose the appraisal and give the reason.</source>
        <translation>請選擇考核並填寫申訴理由。</translation>
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
        <source>ERP sales ledger: one row per sale, added up per person and month</source>
        <translation>ERP 銷售明細帳：每筆銷售一列，按人按月彙總</translation>
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
        <source>first visible sheet</source>
        <translation>第一個可見的工作表</translation>
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
        <source>Remember and check again</source>
        <translation>記住並重新檢查</translation>
    </message>
    <message>
        <source>The ledger&apos;s</source>
        <translation>帳中的</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
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
        <source>%1 subtotal figure(s) agree with the rows.</source>
        <translation>%1 個小計數與明細相符。</translation>
    </message>
    <message>
        <source>%1 totals row(s) skipped.</source>
        <translation>已略過 %1 列合計／小計。</translation>
    </message>
    <message>
        <source>%1 row(s) outside the months to import, not imported (first: %2).</source>
        <translation>%1 列不在匯入月份內，未匯入（第一列：%2）。</translation>
    </message>
    <message>
        <source>Target or actual</source>
        <translation>目標／實際</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>%1 sale(s) read: %2 value(s) will change, %3 unchanged.</source>
        <translation>讀取 %1 筆銷售：將寫入 %2 個數值，%3 個不變。</translation>
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
        <source>Imported from %1: %2 value(s) written.</source>
        <translation>已從 %1 匯入：寫入 %2 個數值。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Staff import preview</source>
        <translation>人員匯入預覽</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged. Nothing is written until you apply.</source>
        <translation>新增 %1 人，更新 %2 人，未變 %3 人。按下「套用」之前不會寫入任何資料。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
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
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Staff import: nothing was imported</source>
        <translation>人員匯入：未匯入任何資料</translation>
    </message>
    <message>
        <source>%1 problem(s) found. Correct them in the workbook and import again.</source>
        <translation>發現 %1 個問題。請在活頁簿中更正後重新匯入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Add my own indicator</source>
        <translation>新增自訂指標</translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation>英文字母、數字或底線</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>構面</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>計量方式</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>預設權重</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算公式</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>Add indicators</source>
        <translation>新增指標</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>預設權重</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New review interview</source>
        <translation>新建績效面談</translation>
    </message>
    <message>
        <source>Review interview</source>
        <translation>績效面談</translation>
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
        <source>Date</source>
        <translation>日期</translation>
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
        <source>What do we want to reach by the next review? Which target, which customers, by when?</source>
        <translation>下次面談前要達到什麼？哪個指標、哪些客戶、何時完成？</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>現狀</translation>
    </message>
    <message>
        <source>Where are we now? What happened, with figures; what is the real cause of the gap (policy, budget, communication)?</source>
        <translation>現在處於什麼狀況？用資料說明發生了什麼；差距的本質原因是什麼（政策、預算還是溝通）？</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>What could we do? List several ways, who could help, what it would cost.</source>
        <translation>可以怎麼做？列出幾種方案、誰能協助、需要多少投入。</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>行動</translation>
    </message>
    <message>
        <source>What will you do, by when? Add each agreed step as an action item below.</source>
        <translation>你將做什麼、何時完成？把每一項約定的行動填到下方的行動項中。</translation>
    </message>
    <message>
        <source>Resources promised: a product manager&apos;s visit, a clinical demonstration, extra market budget, a training place …</source>
        <translation>承諾的資源包：產品經理陪訪、臨床演示、額外市場費用、培訓名額……</translation>
    </message>
    <message>
        <source>Career development: what the person wants next and what it takes.</source>
        <translation>職業發展：員工的下一步目標及需要的條件。</translation>
    </message>
    <message>
        <source>Resources promised</source>
        <translation>資源包</translation>
    </message>
    <message>
        <source>Career development</source>
        <translation>職業發展</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>新增行動項</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>刪除行動項</translation>
    </message>
    <message>
        <source>Actions agreed (Will)</source>
        <translation>約定的行動項（行動）</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>約定日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟進說明</translation>
    </message>
    <message>
        <source>Follow up: open actions from earlier interviews</source>
        <translation>跟進：以往面談未完成的行動項</translation>
    </message>
    <message>
        <source>Result of the period</source>
        <translation>本期考核結果</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open and past its due date</source>
        <translation>未完成且已過期限</translation>
    </message>
    <message>
        <source>Follow up: open actions from earlier interviews (%1)</source>
        <translation>跟進：以往面談未完成的行動項（%1）</translation>
    </message>
    <message>
        <source>No result for this person and period yet.</source>
        <translation>該員工本期尚無考核結果。</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暫算</translation>
    </message>
    <message>
        <source>Total %1 of %2, grade %3 (%4)</source>
        <translation>總分 %1 / %2，等級 %3（%4）</translation>
    </message>
    <message>
        <source>Appraised by quarter: a month has no grade and no bonus coefficient.</source>
        <translation>按季考核：月度不評等級，也沒有獎金係數。</translation>
    </message>
    <message>
        <source>Bonus coefficient %1</source>
        <translation>獎金係數 %1</translation>
    </message>
    <message>
        <source>Weakest dimensions</source>
        <translation>最薄弱的維度</translation>
    </message>
    <message>
        <source>%1: %2 points lost (%3 of %4 points, %5)</source>
        <translation>%1：失分 %2（得 %3 / %4 分，%5）</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>與目標差距最大的指標</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1：%2 / %3 分</translation>
    </message>
    <message>
        <source>Choose the employee and the period.</source>
        <translation>請選擇員工和期間。</translation>
    </message>
    <message>
        <source>Fill in at least one of Goal, Reality, Options and Will.</source>
        <translation>目標、現狀、方案、行動至少填寫一項。</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>New interview…</source>
        <translation>新建面談…</translation>
    </message>
    <message>
        <source>Open interview…</source>
        <translation>打開面談…</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Open actions</source>
        <translation>未完成的行動項目</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟進說明</translation>
    </message>
    <message>
        <source>Actions agreed at the selected interview</source>
        <translation>所選面談約定的行動項</translation>
    </message>
    <message>
        <source>Interviews (GROW)</source>
        <translation>績效面談（GROW）</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部員工</translation>
    </message>
    <message>
        <source>%1 open actions are past their due date</source>
        <translation>%1 項未完成行動項已過期限</translation>
    </message>
    <message>
        <source>Open and past its due date</source>
        <translation>未完成且已過期限</translation>
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
        <source>Department (given to a team)</source>
        <translation>部門（指定給團隊）</translation>
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
        <source>Monthly appraisal, quarterly review</source>
        <translation>月度考核＋季度複盤</translation>
    </message>
    <message>
        <source>Quarterly appraisal, annual review</source>
        <translation>季度考核＋年度總評</translation>
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
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Save as profile…</source>
        <translation>儲存為匯入方案…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Add up as</source>
        <translation>彙總方式</translation>
    </message>
    <message>
        <source>Only rows where column</source>
        <translation>只取此欄</translation>
    </message>
    <message>
        <source>is one of (、 between values)</source>
        <translation>等於（多個值用、分隔）</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>新增一欄</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>刪除所選的欄</translation>
    </message>
    <message>
        <source>Remembered names…</source>
        <translation>記住的別名…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(empty: every month of the ledger)</source>
        <translation>（留空：帳中所有月份）</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>匯入方案：</translation>
    </message>
    <message>
        <source>Date column:</source>
        <translation>日期欄：</translation>
    </message>
    <message>
        <source>Salesperson column (ID or name):</source>
        <translation>業務員欄（工號或姓名）：</translation>
    </message>
    <message>
        <source>Months to import:</source>
        <translation>匯入月份：</translation>
    </message>
    <message>
        <source>Columns to import:</source>
        <translation>要匯入的欄：</translation>
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
        <source>Sum</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Number of different values</source>
        <translation>不重複個數</translation>
    </message>
    <message>
        <source>e.g. 新产品</source>
        <translation>例如 新產品</translation>
    </message>
    <message>
        <source>(no profile: map the columns below)</source>
        <translation>（不用方案：在下方對應各欄）</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>儲存為匯入方案</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. 用友 U8 销售明细):</source>
        <translation>方案名稱（例如 用友 U8 銷售明細）：</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>計量方式</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Add my own indicator…</source>
        <translation>新增自訂指標…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算公式</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>資料來源</translation>
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
        <source>Please confirm the appraisal policy</source>
        <translation>請確認考核制度</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Forms as P&amp;DF</source>
        <translation>考核表 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bonus sheet…</source>
        <translation>獎金核算(&amp;B)…</translation>
    </message>
    <message>
        <source>Appraisal p&amp;olicy…</source>
        <translation>考核制度(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>appraisals.sqlite</source>
        <translation>考核資料.sqlite</translation>
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
        <source>Backing up…</source>
        <translation>正在備份…</translation>
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
        <source>Password saved. The database file and its backups are encrypted.</source>
        <translation>密碼已儲存。資料庫檔案及其備份已加密。</translation>
    </message>
    <message>
        <source>Password removed. The database file and its backups are not encrypted.</source>
        <translation>密碼已取消。資料庫檔案及其備份不再加密。</translation>
    </message>
    <message>
        <source>Create demo company</source>
        <translation>建立示範公司</translation>
    </message>
    <message>
        <source>Add the demo company &quot;E Company&quot; (13 staff, six months of data) to this database?</source>
        <translation>要將示範公司「E公司」（13 名員工、六個月的資料）加入此資料庫嗎？</translation>
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
    <name>MentoringDialog</name>
    <message>
        <source>Mentoring results: %1</source>
        <translation>帶教成果：%1</translation>
    </message>
    <message>
        <source>Write as this month&apos;s actuals</source>
        <translation>寫入為本月實際值</translation>
    </message>
    <message>
        <source>No mentor has a new mentee this month.</source>
        <translation>本月沒有導師帶新進學員。</translation>
    </message>
    <message>
        <source>This month is locked: the figures are shown only.</source>
        <translation>本月已鎖定：只顯示，不寫入。</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>導師</translation>
    </message>
    <message>
        <source>Mentor type</source>
        <translation>導師類型</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>學員</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Mentoring result</source>
        <translation>帶教成果</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>已錄入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Business mentor</source>
        <translation>業務導師</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合規導師</translation>
    </message>
    <message>
        <source>Not on the mentor&apos;s sheet</source>
        <translation>導師的考核表無此指標</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已寫入</translation>
    </message>
    <message>
        <source>Locked: not written</source>
        <translation>已鎖定，不寫入</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>待寫入</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>amended-forms_%1.pdf</source>
        <translation>更正考核表_%1.pdf</translation>
    </message>
    <message>
        <source>task-sheets_%1.pdf</source>
        <translation>工作任務書_%1.pdf</translation>
    </message>
    <message>
        <source>appraisal-forms_%1.pdf</source>
        <translation>考核表_%1.pdf</translation>
    </message>
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
        <source>Reprint amended forms</source>
        <translation>重新列印更正後的考核表</translation>
    </message>
    <message>
        <source>No amended form waits for a reprint.</source>
        <translation>沒有需要重新列印的更正考核表。</translation>
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
        <source>results_%1.xlsx</source>
        <translation>考核結果_%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
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
        <source>&amp;Reprint amended forms…</source>
        <translation>重新列印更正後的考核表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>考核結果(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PairwiseDialog</name>
    <message>
        <source>0-1-2 method: compare the indicators in pairs</source>
        <translation>0-1-2 評分法（強制對比法）：指標兩兩比較</translation>
    </message>
    <message>
        <source>For each row indicator against each column indicator enter 2 (more important), 1 (equally important) or 0 (less important). The mirrored cell fills itself. Weight = row sum ÷ total of all row sums, rounded so the weights add up to %1.</source>
        <translation>將每列指標與每欄指標比較：更重要填 2，同樣重要填 1，不如其重要填 0。對稱儲存格自動填寫。權重 = 列合計 ÷ 所有列合計之和，取整後權重合計恰為 %1。</translation>
    </message>
    <message>
        <source>Row sum</source>
        <translation>列合計</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>相對權重</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Keep 0 %</source>
        <translation>保留 0%</translation>
    </message>
    <message>
        <source>Add 1 to every row sum</source>
        <translation>每列合計加 1</translation>
    </message>
    <message>
        <source>Raise to 5 % and rescale the others</source>
        <translation>提到 5%，其餘按比例調整</translation>
    </message>
    <message>
        <source>Use these weights</source>
        <translation>採用這些權重</translation>
    </message>
    <message>
        <source>%1 pair(s) still to judge.</source>
        <translation>還有 %1 組指標待比較。</translation>
    </message>
    <message>
        <source>Every pair judged.</source>
        <translation>所有指標組均已比較。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its password to open
%1</source>
        <translation>此資料庫已加密。請輸入密碼以開啟
%1</translation>
    </message>
    <message>
        <source>This database is protected. Enter the password to open
%1</source>
        <translation>此資料庫受密碼保護。請輸入密碼以開啟
%1</translation>
    </message>
    <message>
        <source>The password setting in this file was removed or changed outside SalesPerf. The file may have been edited by someone else. Enter the password that was set in SalesPerf; it will be put back.</source>
        <translation>此檔案中的密碼設定已在 SalesPerf 之外被刪除或變更，檔案可能被他人編輯過。請輸入在 SalesPerf 中設定的密碼；確認後會還原該設定。</translation>
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
        <source>With a password, the database file and its backups are encrypted: without the password nobody can read them, with SalesPerf or any other program. SalesPerf asks for it each time it opens this database. Leave the new password empty to remove it (the file is then decrypted).</source>
        <translation>設定密碼後，資料庫檔案及其備份都會加密：沒有密碼，任何人都無法讀取，無論用 SalesPerf 還是其他程式。每次開啟此資料庫時，SalesPerf 都會要求輸入密碼。新密碼留空即取消密碼（檔案隨之解密）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way back in without the password.&lt;/b&gt; Nobody — not SalesPerf&apos;s makers, not IT — can recover a forgotten password or open the data without it. Write the password down and keep it in a sealed envelope in a locked place. A backup copied out of SalesPerf before the password was set still opens without it, with the data of that day.</source>
        <translation>&lt;b&gt;忘記密碼就無法再開啟資料。&lt;/b&gt;任何人——包括 SalesPerf 的開發者和公司的資訊人員——都無法找回忘記的密碼，也無法在沒有密碼的情況下開啟資料。請把密碼寫下來，裝進密封信封，存放在上鎖的地方。設定密碼之前從 SalesPerf 之外另行複製保存的備份，不需要密碼仍可開啟，內容是複製當天的資料。</translation>
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
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Period</source>
        <translation>考核期間</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>員工</translation>
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
        <source>Bonus coefficient</source>
        <translation>獎金係數</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>績效改進計畫</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>晉升</translation>
    </message>
    <message>
        <source>Measurable goals for the improvement period</source>
        <translation>改進期內可衡量的目標</translation>
    </message>
    <message>
        <source>What the employee will do, step by step</source>
        <translation>員工將逐步採取的措施</translation>
    </message>
    <message>
        <source>Coaching, training and resources the company gives</source>
        <translation>公司提供的輔導、培訓和資源</translation>
    </message>
    <message>
        <source>Outcome at the last review</source>
        <translation>最後一次回顧的結果</translation>
    </message>
    <message>
        <source>Plan closed</source>
        <translation>計畫已結束</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>儲存計畫</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支援</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>回顧日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Use of the result</source>
        <translation>結果應用</translation>
    </message>
    <message>
        <source>Results and plans</source>
        <translation>結果應用與改進計畫</translation>
    </message>
    <message>
        <source>Grades that call for an improvement plan: %1</source>
        <translation>需制定改進計畫的等級：%1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需制定</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>two A or better in a row</source>
        <translation>連續兩期 A 級或以上</translation>
    </message>
    <message>
        <source>Improvement plan needed</source>
        <translation>需制定績效改進計畫</translation>
    </message>
    <message>
        <source>Grade %1, bonus coefficient %2</source>
        <translation>等級 %1，獎金係數 %2</translation>
    </message>
    <message>
        <source>This grade calls for an improvement plan.</source>
        <translation>該等級需要制定績效改進計畫。</translation>
    </message>
    <message>
        <source>Promotion hint: two consecutive results of A or better.</source>
        <translation>晉升提示：連續兩期 A 級或以上。</translation>
    </message>
    <message>
        <source>Weakest dimension: %1, %2 points lost (%3 of %4 points, %5). Suggested training:</source>
        <translation>最薄弱的維度：%1，失分 %2（得 %3 / %4 分，%5）。建議培訓：</translation>
    </message>
    <message>
        <source>Weakest dimension: %1. Suggested training:</source>
        <translation>最薄弱的維度：%1。建議培訓：</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>歷次等級：%1</translation>
    </message>
    <message>
        <source>Write review dates as 2026-11-15.</source>
        <translation>回顧日期請寫成 2026-11-15 的格式。</translation>
    </message>
    <message>
        <source>An improvement plan needs goals or actions.</source>
        <translation>改進計畫至少需要目標或措施。</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Appraisal policy</source>
        <translation>考核制度</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>From (points of 100)</source>
        <translation>起點分（百分制）</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>獎金係數</translation>
    </message>
    <message>
        <source>Distribution guide %</source>
        <translation>強制分佈 %</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>新增等級</translation>
    </message>
    <message>
        <source>Remove grade</source>
        <translation>刪除等級</translation>
    </message>
    <message>
        <source>Grade bands and coefficients</source>
        <translation>等級分數段與係數</translation>
    </message>
    <message>
        <source>Best grade first; the lowest grade takes everything below.</source>
        <translation>從最高等級排起；最低等級涵蓋其下所有分數。</translation>
    </message>
    <message>
        <source>Supervisor %</source>
        <translation>上級 %</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>自評 %</translation>
    </message>
    <message>
        <source>Peers %</source>
        <translation>同事 %</translation>
    </message>
    <message>
        <source>Rater weights</source>
        <translation>評價人權重</translation>
    </message>
    <message>
        <source>From the lowest rating (1 of 5 earns 0 %)</source>
        <translation>從最低分起算（5 分制 1 分得 0%）</translation>
    </message>
    <message>
        <source>Share of the top rating (1 of 5 earns 20 %)</source>
        <translation>按滿分比例（5 分制 1 分得 20%）</translation>
    </message>
    <message>
        <source>Ratings to points</source>
        <translation>評分折算為得分</translation>
    </message>
    <message>
        <source>Promotion hint: grades</source>
        <translation>晉升提示：等級</translation>
    </message>
    <message>
        <source>…this many results in a row</source>
        <translation>……連續次數</translation>
    </message>
    <message>
        <source>Improvement plan for grades</source>
        <translation>需制定改進計畫的等級</translation>
    </message>
    <message>
        <source>Promotion and improvement</source>
        <translation>晉升與績效改進</translation>
    </message>
    <message>
        <source>Working days to file an appeal</source>
        <translation>申訴期限（工作日）</translation>
    </message>
    <message>
        <source>Working days to decide an appeal</source>
        <translation>複核期限（工作日）</translation>
    </message>
    <message>
        <source>Working days after publication for the review interview</source>
        <translation>績效面談期限（發布後工作日）</translation>
    </message>
    <message>
        <source>Appeals and review interview</source>
        <translation>申訴與績效面談</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>備註（選填，記入稽核紀錄）</translation>
    </message>
    <message>
        <source>A confirmed policy applies to periods not yet published; published and signed results keep the policy they were scored with.</source>
        <translation>確認後的制度適用於尚未發布的期間；已發布和已簽字的結果保留計分時的制度版本。</translation>
    </message>
    <message>
        <source>Confirm the policy</source>
        <translation>確認考核制度</translation>
    </message>
    <message>
        <source>Proposed defaults</source>
        <translation>恢復建議預設值</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Version %1, confirmed on %2 by %3.</source>
        <translation>第 %1 版，%2 由 %3 確認。</translation>
    </message>
    <message>
        <source>Version %1: the proposed defaults, not confirmed yet. Check each part and confirm the company&apos;s own policy.</source>
        <translation>第 %1 版：建議的預設值，尚未確認。請逐項核對，確認為本公司的考核制度。</translation>
    </message>
    <message>
        <source>Row %1: enter the grade&apos;s name.</source>
        <translation>第 %1 列：請填寫等級名稱。</translation>
    </message>
    <message>
        <source>Grade %1: enter numbers for the points, coefficient and share.</source>
        <translation>等級 %1：起點分、係數和比例請填寫數字。</translation>
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
        <source>Print</source>
        <translation>列印</translation>
    </message>
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
    <message>
        <source>%1 %2: amended, reprint and sign again</source>
        <translation>%1 %2：已更正，需重新列印並簽字</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整頁</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>%1 forms, %2 pages, A4.</source>
        <translation>%1 份考核表，共 %2 頁，A4 紙。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <source>Preparing the forms…</source>
        <translation>正在準備考核表…</translation>
    </message>
    <message>
        <source>Preparing the forms: %1 of %2</source>
        <translation>正在準備考核表：第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation>正在列印：第 %1 頁，共 %2 頁</translation>
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
        <source>Appraisal forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer (%2 forms).</source>
        <translation>已送往印表機 %1 頁（%2 份考核表）。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>The printer did not accept the job. Check that it is on and ready.</source>
        <translation>印表機未接受列印工作。請檢查印表機是否已開啟並處於就緒狀態。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RaterSheetsDialog</name>
    <message>
        <source>Rater sheets: %1</source>
        <translation>評分表：%1</translation>
    </message>
    <message>
        <source>Each rater gets one workbook: supervisors rate their people, everyone rates themself, and team-mates of the same role rate each other. Send the files out, then import the filled ones here; the list shows whose sheet is still out.</source>
        <translation>每位評分人一個活頁簿：上級為部屬評分，每個人自評，同組同職位的同事互評。把檔案發出去，收回填好的檔案後在這裡匯入；下表列出誰的評分表還沒有交回。</translation>
    </message>
    <message>
        <source>Write sheets to a folder…</source>
        <translation>把評分表寫到資料夾…</translation>
    </message>
    <message>
        <source>Import filled sheets…</source>
        <translation>匯入填好的評分表…</translation>
    </message>
    <message>
        <source>Sheets not back yet</source>
        <translation>尚未交回的評分表</translation>
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
        <source>Rates as</source>
        <translation>評分身分</translation>
    </message>
    <message>
        <source>Scores received</source>
        <translation>已收到分數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Show every rater</source>
        <translation>顯示全部評分人</translation>
    </message>
    <message>
        <source>Checked sheets</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Nobody has ratings to give this month.</source>
        <translation>本月沒有需要評分的人。</translation>
    </message>
    <message>
        <source>%1 of %2 raters have not returned a complete sheet.</source>
        <translation>%2 位評分人中有 %1 位尚未交回完整的評分表。</translation>
    </message>
    <message>
        <source>Folder for the rater sheets</source>
        <translation>評分表存放的資料夾</translation>
    </message>
    <message>
        <source>Writing the rater sheets</source>
        <translation>正在寫出評分表</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 sheet(s) written to %2.</source>
        <translation>已寫出 %1 份評分表到 %2。</translation>
    </message>
    <message>
        <source>Filled rater sheets</source>
        <translation>填好的評分表</translation>
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
        <source>Checking the rater sheets</source>
        <translation>正在檢查評分表</translation>
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
        <source>%1 problem(s): fix the sheets and import again; nothing was imported.</source>
        <translation>%1 個問題：請修改評分表後重新匯入；什麼也沒有匯入。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>評分人</translation>
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
        <source>%1 sheet(s) checked: %2 score(s) will change, %3 unchanged.</source>
        <translation>%1 份評分表已檢查：%2 個分數將變化，%3 個不變。</translation>
    </message>
    <message>
        <source>Importing the rater sheets</source>
        <translation>正在匯入評分表</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>什麼也沒有匯入：%1</translation>
    </message>
    <message>
        <source>Imported %1 score(s).</source>
        <translation>已匯入 %1 個分數。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint amended forms</source>
        <translation>重新列印更正後的考核表</translation>
    </message>
    <message>
        <source>These results were changed after publication (an upheld appeal or a correction). Their forms show the previous and the new result; print them and have them signed again.</source>
        <translation>以下結果在發布後已變更（申訴成立或更正）。考核表同時列出原結果與新結果；請重新列印並重新簽字。</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · total %5 (%6) → %7 (%8)</source>
        <translation>%1 · %2 %3 · %4 · 總分 %5（%6）→ %7（%8）</translation>
    </message>
    <message>
        <source>One combined PDF (otherwise one PDF per person)</source>
        <translation>合併為一個 PDF（否則每人一個 PDF）</translation>
    </message>
    <message>
        <source>Form language:</source>
        <translation>表單語言：</translation>
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
    <name>Reviews</name>
    <message>
        <source>Employee</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直屬主管</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力資源</translation>
    </message>
    <message>
        <source>Total %1 → %2, grade %3 → %4. The form must be printed and signed again.</source>
        <translation>總分 %1 → %2，等級 %3 → %4。考核表需重新列印並簽字。</translation>
    </message>
    <message>
        <source>This appraisal is signed and locked. Only an upheld appeal can change it.</source>
        <translation>該考核已簽字鎖定，只有成立的申訴才能更改。</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Reviews (GROW)</source>
        <translation>績效面談（GROW）</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Linear (value ÷ target, floor and cap)</source>
        <translation>線性（實際 ÷ 目標，下限與封頂）</translation>
    </message>
    <message>
        <source>Piecewise linear (breakpoints)</source>
        <translation>分段線性（斷點）</translation>
    </message>
    <message>
        <source>Bands (steps)</source>
        <translation>分級</translation>
    </message>
    <message>
        <source>Rating scale with anchors</source>
        <translation>評分量表（行為錨定）</translation>
    </message>
    <message>
        <source>Veto (pass/fail)</source>
        <translation>一票否決（通過/不通過）</translation>
    </message>
    <message>
        <source>Nothing below (floor)</source>
        <translation>低於此值不得分（下限）</translation>
    </message>
    <message>
        <source>Full weight at value</source>
        <translation>達到此值得滿分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>At most (cap, 100 % = full weight)</source>
        <translation>最高（上限，100% = 滿權重）</translation>
    </message>
    <message>
        <source>Share of weight</source>
        <translation>得分比例</translation>
    </message>
    <message>
        <source>Below the first breakpoint:</source>
        <translation>低於第一個斷點：</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>起點數值</translation>
    </message>
    <message>
        <source>Below every band</source>
        <translation>低於所有級距</translation>
    </message>
    <message>
        <source>Lowest rating earns nothing</source>
        <translation>最低評分不得分</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>最低評分</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>最高評分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Behaviour anchors</source>
        <translation>行為錨定描述</translation>
    </message>
    <message>
        <source>A fail forces the lowest grade, whatever the points.</source>
        <translation>不通過則無論得分多少，一律為最低等級。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>得分比例</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Preview: value → points</source>
        <translation>預覽：數值 → 得分</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>刪除列</translation>
    </message>
</context>
<context>
    <name>SelfSummaryBox</name>
    <message>
        <source>Self-summary (printed on the form)</source>
        <translation>自我總結（列印在考核表上）</translation>
    </message>
    <message>
        <source>Save self-summary</source>
        <translation>儲存自我總結</translation>
    </message>
    <message>
        <source>What the employee writes about the period before the supervisor rates</source>
        <translation>員工在上級評分前對本期工作的總結</translation>
    </message>
    <message>
        <source>Choose a person and a period.</source>
        <translation>請選擇人員和期間。</translation>
    </message>
    <message>
        <source>Signed: only the decision on an upheld appeal can change it.</source>
        <translation>已簽字：只有成立的申訴可在其決定中修改。</translation>
    </message>
    <message>
        <source>Every change is kept in the audit trail.</source>
        <translation>每次修改都記入稽核紀錄。</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Signed form: %1</source>
        <translation>簽字登記：%1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽字人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record the signatures once the printed form is signed by hand. With all three the appraisal is locked.</source>
        <translation>列印的考核表手工簽字後在此登記。三方簽字齊全後考核即鎖定。</translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message>
        <source>Record signatures…</source>
        <translation>登記簽字…</translation>
    </message>
    <message>
        <source>Correct values…</source>
        <translation>更正數值…</translation>
    </message>
    <message>
        <source>Reprint amended forms…</source>
        <translation>重新列印更正後的考核表…</translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation>鎖定期間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期間</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>員工</translation>
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
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
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
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Audit trail of the selected appraisal</source>
        <translation>所選考核的變更記錄</translation>
    </message>
    <message>
        <source>Sign-off and audit</source>
        <translation>簽字與變更記錄</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 signed</source>
        <translation>%1 · 已簽字 %2 / %3</translation>
    </message>
    <message>
        <source>amended: reprint and sign again</source>
        <translation>已更正：需重新列印並簽字</translation>
    </message>
    <message>
        <source>amended form reprinted: record the new signatures</source>
        <translation>更正表已重新列印：請登錄新簽字</translation>
    </message>
    <message>
        <source>appeal %1 pending</source>
        <translation>申訴 %1 待複核</translation>
    </message>
    <message>
        <source>Audit trail of %1 (%2 entries)</source>
        <translation>%1 的變更記錄（%2 條）</translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>逾期申訴</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>獎金係數</translation>
    </message>
    <message>
        <source>Bonus/penalty points</source>
        <translation>加減分</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>登記申訴</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>申訴結果</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>上級評語</translation>
    </message>
    <message>
        <source>Self-summary</source>
        <translation>自我總結</translation>
    </message>
    <message>
        <source>Amended form reprinted</source>
        <translation>更正後的考核表已重新列印</translation>
    </message>
    <message>
        <source>Key event</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>Signature (%1)</source>
        <translation>簽字（%1）</translation>
    </message>
    <message>
        <source>Points of %1</source>
        <translation>%1 得分</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1 計量值</translation>
    </message>
    <message>
        <source>Points set by the appeal committee</source>
        <translation>申訴委員會直接加減分</translation>
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
        <source>Comparison base</source>
        <translation>對比基數</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>是否達標</translation>
    </message>
    <message>
        <source>Supervisor rating</source>
        <translation>上級評分</translation>
    </message>
    <message>
        <source>Self rating</source>
        <translation>自評</translation>
    </message>
    <message>
        <source>Peer rating</source>
        <translation>同事評分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Correct values</source>
        <translation>更正數值</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
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
        <source>Business mentor</source>
        <translation>業務導師</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合規導師</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>StaffHistoryDialog</name>
    <message>
        <source>Moves and leave: %1</source>
        <translation>調動與請假：%1</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>調動前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>調動後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why, and who decided (e.g. the notice)</source>
        <translation>調動原因及決定依據（如公文文號）</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>記錄調動</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Team after</source>
        <translation>調入團隊</translation>
    </message>
    <message>
        <source>Role after</source>
        <translation>調動後職位</translation>
    </message>
    <message>
        <source>Transfers, promotions, demotions</source>
        <translation>調職、晉升、降職</translation>
    </message>
    <message>
        <source>Take back the latest move…</source>
        <translation>撤銷最近一次調動…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Record leave</source>
        <translation>記錄請假</translation>
    </message>
    <message>
        <source>Remove selected leave</source>
        <translation>刪除所選請假</translation>
    </message>
    <message>
        <source>Personal leave deducts 1 point a working day; sick leave none. Maternity and other long leave prorate the month&apos;s targets to the working days present. On leave all month: not graded that month, and named above the grid.</source>
        <translation>事假每個工作日扣 1 分；病假不扣分。產假及其他長假按在崗工作日折算當月目標。整月休假的，當月不考核，並在每月輸入頁上方註明。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>請假記錄</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This changes a published month: its appraisals are amended and printed again, and the change is recorded in the audit trail.
Why is it changed?</source>
        <translation>這會修改已發布月份：其考核結果將被更正並需重新列印，修改記入稽核紀錄。
修改原因是什麼？</translation>
    </message>
    <message>
        <source>Not changed: a reason is needed in a published period.</source>
        <translation>未修改：已發布期間的修改需要填寫原因。</translation>
    </message>
    <message>
        <source>Recorded for the register only: the appraisals of %1 stay as signed.</source>
        <translation>已僅記入人事檔案：%1的考核維持簽字時的結果。</translation>
    </message>
    <message>
        <source>Take back the latest move</source>
        <translation>撤銷最近一次調動</translation>
    </message>
    <message>
        <source>Why is the latest move taken back? (kept in the audit trail)</source>
        <translation>為什麼撤銷最近一次調動？（記入審計記錄）</translation>
    </message>
    <message>
        <source>Taken back for the register only: the appraisals of %1 stay as signed.</source>
        <translation>已僅在人事檔案中撤銷：%1的考核維持簽字時的結果。</translation>
    </message>
    <message>
        <source>Locked months</source>
        <translation>月份已鎖定</translation>
    </message>
    <message>
        <source>%1: locked, or signed by this person. Their appraisals change only through an upheld appeal.</source>
        <translation>%1：已鎖定或此人已簽字，其考核只能透過申訴更正。</translation>
    </message>
    <message>
        <source>The move can be taken back for the register only: the team and sheet history from %1 go back to what they were, but the appraisals of those months are not scored again and stay as signed (the audit trail says so). Published months after them that are not signed yet are amended as usual.</source>
        <translation>可以僅在人事檔案中撤銷：從 %1 起的團隊和考核表歷史恢復原狀，但這些月份的考核不重新計算，維持簽字時的結果（稽核紀錄中註明）。其後已發布但尚未簽字的月份照常修正。</translation>
    </message>
    <message>
        <source>Take back for the register only</source>
        <translation>僅在人事檔案中撤銷</translation>
    </message>
    <message>
        <source>The move can be recorded for the register only: the team and sheet history change from %1, but the appraisals of those months are not scored again and stay as signed (the audit trail says so). Published months after them that are not signed yet are amended as usual.</source>
        <translation>可以僅記入人事檔案：從 %1 起的團隊和考核表歷史隨之改變，但這些月份的考核不重新計算，維持簽字時的結果（稽核紀錄中註明）。其後已發布但尚未簽字的月份照常修正。</translation>
    </message>
    <message>
        <source>Record for the register only</source>
        <translation>僅記入人事檔案</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by ID, name, team, region…</source>
        <translation>依員工編號、姓名、團隊、區域搜尋…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Everyone but leavers</source>
        <translation>在職人員（不含離職）</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>新增人員…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Moves and leave…</source>
        <translation>調動與請假…</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>團隊…</translation>
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
        <source>Business mentor</source>
        <translation>業務導師</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合規導師</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation>正在讀取人員名冊…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部團隊</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部職位</translation>
    </message>
    <message>
        <source>Import staff…</source>
        <translation>匯入人員…</translation>
    </message>
    <message>
        <source>Export staff…</source>
        <translation>匯出人員…</translation>
    </message>
    <message>
        <source>Blank staff template…</source>
        <translation>空白人員範本…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>匯出人員</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>人員名單.xlsx</translation>
    </message>
    <message>
        <source>%1 people exported to %2</source>
        <translation>已匯出 %1 人至 %2</translation>
    </message>
    <message>
        <source>Blank staff template</source>
        <translation>空白人員範本</translation>
    </message>
    <message>
        <source>staff-template.xlsx</source>
        <translation>人員匯入範本.xlsx</translation>
    </message>
    <message>
        <source>Blank template written to %1</source>
        <translation>空白範本已儲存至 %1</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>匯入人員</translation>
    </message>
    <message>
        <source>Checking the staff workbook…</source>
        <translation>正在檢查人員活頁簿…</translation>
    </message>
    <message>
        <source>Importing staff…</source>
        <translation>正在匯入人員…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>匯入已取消，未寫入任何資料。</translation>
    </message>
    <message>
        <source>%1 people imported.</source>
        <translation>已匯入 %1 人。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
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
    <name>TargetsDialog</name>
    <message>
        <source>Annual targets by month</source>
        <translation>年度目標按月分解</translation>
    </message>
    <message>
        <source>%1 (every member)</source>
        <translation>%1（全體成員）</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By the seasonal profile</source>
        <translation>按季節係數</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>取整數</translation>
    </message>
    <message>
        <source>annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>Same for everyone</source>
        <translation>全部相同</translation>
    </message>
    <message>
        <source>Save profile as default</source>
        <translation>儲存為預設季節係數</translation>
    </message>
    <message>
        <source>Seed 004 profile</source>
        <translation>恢復淡旺季預設係數</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>對象：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>分解方式：</translation>
    </message>
    <message>
        <source>Seasonal factor</source>
        <translation>季節係數</translation>
    </message>
    <message>
        <source>Locked: this month is not changed</source>
        <translation>已鎖定：該月不修改</translation>
    </message>
    <message>
        <source>Locked months (grey) are left unchanged: %1</source>
        <translation>已鎖定的月份（灰色）保持不變：%1</translation>
    </message>
    <message>
        <source>Published months are changed with a reason, kept in the audit trail: %1</source>
        <translation>已發布的月份需填寫修改原因，並記入稽核紀錄：%1</translation>
    </message>
    <message>
        <source>The seasonal profile needs 12 factors ≥ 0, not all 0.</source>
        <translation>季節係數需要 12 個 ≥ 0 的數，且不能全為 0。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid target.</source>
        <translation>%1：「%2」不是有效的目標值。</translation>
    </message>
    <message>
        <source>Seasonal profile saved.</source>
        <translation>季節係數已儲存。</translation>
    </message>
    <message>
        <source>Locked months</source>
        <translation>已鎖定的月份</translation>
    </message>
    <message>
        <source>Months %1 are signed and locked; their targets cannot change. Write the other months?</source>
        <translation>%1 月已簽字鎖定，目標不能修改。是否寫入其他月份？</translation>
    </message>
    <message>
        <source>Not written: months %1 are locked.</source>
        <translation>未寫入：%1 月已鎖定。</translation>
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
    <name>TaskSheetDialog</name>
    <message>
        <source>Work task sheet: %1, %2</source>
        <translation>工作任務書：%1，%2</translation>
    </message>
    <message>
        <source>5–7 key tasks for the month, with steps and measures, a due date and points that add up to 100. At month end enter each task&apos;s score (0 to its points); the sum is the month&apos;s task sheet score.</source>
        <translation>本月 5–7 項重點工作，寫明工作步驟與措施、衡量標準、完成時間和分值（合計 100 分）。月末為每項工作評分（0 至該項分值），合計即本月工作任務書得分。</translation>
    </message>
    <message>
        <source>Approved by the appraiser on:</source>
        <translation>考評者已審核，日期：</translation>
    </message>
    <message>
        <source>This person&apos;s template does not score the task sheet: it is the month&apos;s plan, approved and checked by the appraiser; its score counts nowhere.</source>
        <translation>此人的考核範本不計任務書得分：任務書是本月工作計畫，由考評者審核、檢查並作為考評依據，得分不計入考核總分。</translation>
    </message>
    <message>
        <source>Poor quality of the task sheet (%1 points)</source>
        <translation>工作任務書填報品質不佳（%1 分）</translation>
    </message>
    <message>
        <source>The adjustment catalogue has no item for a poor task sheet.</source>
        <translation>加扣分項目中沒有「工作任務書填報品質不佳」，無法記錄扣分。</translation>
    </message>
    <message>
        <source>Recorded %1 times this month in the key events: delete the extra ones there; the sheet keeps one.</source>
        <translation>本月關鍵事件中已記錄 %1 次：請在關鍵事件中刪除多餘的記錄，任務書只保留一次。</translation>
    </message>
    <message>
        <source>Recorded in the key events: %1 points.</source>
        <translation>已記入關鍵事件：%1 分。</translation>
    </message>
    <message>
        <source>Saving records %1 points in the key events.</source>
        <translation>儲存後將在關鍵事件中記錄 %1 分。</translation>
    </message>
    <message>
        <source>Saving deletes the %1 points from the key events.</source>
        <translation>儲存後將從關鍵事件中刪除 %1 分。</translation>
    </message>
    <message>
        <source>Recorded by hand in the key events (%1 points): tick its reasons.</source>
        <translation>已在關鍵事件中手動記錄（%1 分）：請勾選原因。</translation>
    </message>
    <message>
        <source>Tick a reason to record the deduction; untick them all to take it back.</source>
        <translation>勾選原因即記錄扣分；全部取消勾選即撤銷扣分。</translation>
    </message>
    <message>
        <source>Key task</source>
        <translation>重點工作</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>任務類型</translation>
    </message>
    <message>
        <source>Steps and measures</source>
        <translation>工作步驟與措施</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>衡量標準</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>刪除任務</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>下達日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>Points: %1 / 100</source>
        <translation>分值合計：%1 / 100</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Score: not scored yet</source>
        <translation>得分：尚未評分</translation>
    </message>
    <message>
        <source>Not saved: the month is signed and locked.</source>
        <translation>未儲存：該月已簽字鎖定。</translation>
    </message>
    <message>
        <source>task-sheet_%1_%2.pdf</source>
        <translation>工作任務書_%1_%2.pdf</translation>
    </message>
    <message>
        <source>Save the task sheet</source>
        <translation>儲存工作任務書</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TeamGoalsDialog</name>
    <message>
        <source>Team goals: %1</source>
        <translation>團隊目標：%1</translation>
    </message>
    <message>
        <source>Seed 002: a share of each member&apos;s result (set in the template, usually 30 %) follows the team&apos;s goal. Attainment = actual ÷ target, capped like the template&apos;s achievement items (usual practice). Enter percentages as numbers (20 = 20 %).</source>
        <translation>種子檔案 002：每位成員績效的一部分（在範本中設定，通常為 30%）與團隊整體目標掛鉤。達成率 = 實際 ÷ 目標，封頂與範本中的達成率類指標相同（常用做法）。百分比按數字輸入（20 即 20%）。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>匯出 Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>從 Excel 匯入…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Team goal</source>
        <translation>團隊目標</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>計量方式</translation>
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
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Export the team goals</source>
        <translation>匯出團隊目標</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Team goals workbook</source>
        <translation>團隊目標活頁簿</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the workbook; nothing was imported.</source>
        <translation>%1 個問題：請修改活頁簿；未匯入任何資料。</translation>
    </message>
    <message>
        <source>The workbook changes no team goal.</source>
        <translation>活頁簿中的團隊目標與現有的相同，沒有需要修改的。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
</context>
<context>
    <name>TeamPoolDialog</name>
    <message>
        <source>Team bonus pools</source>
        <translation>團隊獎金池</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Pool (yuan)</source>
        <translation>獎金池（元）</translation>
    </message>
    <message>
        <source>A pool is split among the team&apos;s members in proportion to their total score; each share is rounded down, the remainder goes to the highest score; a vetoed member gets no share (common practice).</source>
        <translation>獎金池按團隊成員的總分比例分配；每份向下取整，餘數歸總分最高者；被一票否決者不參與分配（常用做法）。</translation>
    </message>
</context>
<context>
    <name>TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Appraisal cycle</source>
        <translation>考核週期</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新增團隊</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>儲存團隊</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>新增範本</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>編輯範本</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>不限團隊</translation>
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
        <translation>同事</translation>
    </message>
    <message>
        <source>The team goal (entered per team and month)</source>
        <translation>團隊目標（按團隊、按月輸入）</translation>
    </message>
    <message>
        <source>The mean of the regular colleagues</source>
        <translation>正式同事的平均成績</translation>
    </message>
    <message>
        <source>Like the achievement items</source>
        <translation>同達成率類指標</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name (简体中文)</source>
        <translation>名稱（簡體中文）</translation>
    </message>
    <message>
        <source>Name (繁體中文)</source>
        <translation>名稱（繁體中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>For role</source>
        <translation>適用職位</translation>
    </message>
    <message>
        <source>For product line</source>
        <translation>適用產品線</translation>
    </message>
    <message>
        <source>For team</source>
        <translation>適用團隊</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Sheet total (points)</source>
        <translation>總分（分）</translation>
    </message>
    <message>
        <source>Rater weights</source>
        <translation>評核人權重</translation>
    </message>
    <message>
        <source>Share tied to the team score</source>
        <translation>與團隊得分連動的比例</translation>
    </message>
    <message>
        <source>Team share follows</source>
        <translation>團隊掛鉤依據</translation>
    </message>
    <message>
        <source>Team goal attainment capped at</source>
        <translation>團隊目標達成率封頂</translation>
    </message>
    <message>
        <source>%1 appraisal(s) use this version; saving creates a new version and they keep theirs.</source>
        <translation>有 %1 份考核使用此版本；儲存時將建立新版本，已有考核保留原版本。</translation>
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
        <source>Add indicators…</source>
        <translation>新增指標…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Weights by 0-1-2 comparison…</source>
        <translation>依 0-1-2 評分法（強制對比法）確定權重…</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>總分起點</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>獎金係數</translation>
    </message>
    <message>
        <source>Best grade first; leave “From total” empty for the lowest grade.</source>
        <translation>最高等級在前；最低等級的「總分起點」留空。</translation>
    </message>
    <message>
        <source>Indicators and rules</source>
        <translation>指標與計分規則</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>scoring rule</source>
        <translation>計分規則</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>請為範本填寫名稱。</translation>
    </message>
    <message>
        <source>Weights add up to %1 of %2</source>
        <translation>權重合計 %1 / %2</translation>
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
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
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
        <source>Templates</source>
        <translation>考核範本</translation>
    </message>
    <message>
        <source>Indicator library</source>
        <translation>指標庫</translation>
    </message>
    <message>
        <source>Bonus/penalty items</source>
        <translation>加減分項目</translation>
    </message>
    <message>
        <source>Indicator templates</source>
        <translation>指標範本</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <source>Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %</source>
        <translation>滿分 %1 分（權重合計 %2）；評分者：主管 %3、自評 %4、同儕 %5；團隊連動 %6 %</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>v%1 of %2, used by %3 appraisal(s)</source>
        <translation>第 %1 版（%2），%3 份考核使用</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Saved as version %1; appraisals already started keep their version.</source>
        <translation>已儲存為第 %1 版；已開始的考核保留原版本。</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>複製範本</translation>
    </message>
    <message>
        <source>Code of the copy:</source>
        <translation>副本代碼：</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>匯入考核範本…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>匯出考核範本…</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>匯出考核範本</translation>
    </message>
    <message>
        <source>SalesPerf template (*.salesperf-template.json *.json)</source>
        <translation>SalesPerf 考核範本 (*.salesperf-template.json *.json)</translation>
    </message>
    <message>
        <source>Template exported to %1</source>
        <translation>範本已匯出至 %1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>匯入考核範本</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未匯入任何內容：</translation>
    </message>
    <message>
        <source>Template %1 version %2 imported.</source>
        <translation>已匯入範本 %1 第 %2 版。</translation>
    </message>
    <message>
        <source>A template with code %1 already exists. Import the file as:</source>
        <translation>已存在代碼為 %1 的範本。將檔案匯入為：</translation>
    </message>
    <message>
        <source>A new version of it</source>
        <translation>該範本的新版本</translation>
    </message>
    <message>
        <source>A separate template</source>
        <translation>一個獨立的新範本</translation>
    </message>
</context>
<context>
    <name>WorkdayCalendar</name>
    <message>
        <source>%1: official Chinese calendar (the State Council&apos;s notice: holidays and make-up working days).</source>
        <translation>%1 年：正式安排（國務院辦公廳放假通知，含法定假日和調休上班日）。</translation>
    </message>
    <message>
        <source>%1: official Chinese calendar, the State Council&apos;s notice as you entered it.</source>
        <translation>%1 年：正式安排，依您登錄的國務院辦公廳放假通知。</translation>
    </message>
    <message>
        <source>%1: estimated. Statutory holidays by rule; the make-up working days are not published yet. Enter the notice under Working-day calendar… once it is out.</source>
        <translation>%1 年：估算。法定假日依規定推算，調休上班日尚未公布；通知發布後請在「工作日日曆…」中登錄。</translation>
    </message>
</context>
</TS>
