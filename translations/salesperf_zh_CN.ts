<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AdjustmentCataloguePage</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>已记事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Bonus and penalty items outside the weighted sum (seed 004). An item in use is retired, never deleted: past events keep their meaning. Fines are money, never points.</source>
        <translation>加权得分之外的加减分项目（种子文件 004）。已在用的项目只能停用、不会删除，以往事件保持原意。罚款是金额，不计入分数。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>最低等级（否决）</translation>
    </message>
    <message>
        <source>fine in yuan, stated per event</source>
        <translation>罚款金额（元），逐次填写</translation>
    </message>
    <message>
        <source>stated per event</source>
        <translation>逐次填写分值</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>每%2 %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
</context>
<context>
    <name>AdjustmentTypeDialog</name>
    <message>
        <source>New bonus/penalty item</source>
        <translation>新增加减分项目</translation>
    </message>
    <message>
        <source>Edit bonus/penalty item</source>
        <translation>编辑加减分项目</translation>
    </message>
    <message>
        <source>Fixed points each time</source>
        <translation>每次固定分值</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>按单位计分</translation>
    </message>
    <message>
        <source>Fine in yuan (not in the score)</source>
        <translation>罚款（元，不计分）</translation>
    </message>
    <message>
        <source>e.g. occurrence, day</source>
        <translation>如：次、天</translation>
    </message>
    <message>
        <source>empty: no approval needed</source>
        <translation>留空：无需审批</translation>
    </message>
    <message>
        <source>A document number must be recorded</source>
        <translation>须登记正式文件文号</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>计分方式：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
</context>
<context>
    <name>AliasesDialog</name>
    <message>
        <source>Remembered names</source>
        <translation>记住的别名</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>账中写法</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Forget the selected name</source>
        <translation>删除所选别名</translation>
    </message>
    <message>
        <source>Names the ledger writes differently from the staff register:</source>
        <translation>账中写法与人员名册不同的名字：</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>File appeal…</source>
        <translation>登记申诉…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>登记复核结果…</translation>
    </message>
    <message>
        <source>Working-day calendar…</source>
        <translation>工作日日历…</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>File by</source>
        <translation>申诉截止</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Selected appeal</source>
        <translation>所选申诉</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>逾期申诉</translation>
    </message>
    <message>
        <source>decision overdue</source>
        <translation>复核已超期</translation>
    </message>
    <message>
        <source>decided late</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <source>Pending; due %1</source>
        <translation>待复核；截止 %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>证明材料另存为</translation>
    </message>
    <message>
        <source>No program opens this file. It is in %1 until SalesPerf closes; use Save a copy… to keep it.</source>
        <translation>没有可打开此文件的程序。文件暂存于 %1，SalesPerf 关闭时删除；如需保留，请使用“另存为…”。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the bonus sheet</source>
        <translation>批准奖金核算表</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>An approved sheet is frozen; a later change needs a new approval.</source>
        <translation>批准后奖金核算表即冻结；之后如有修改，须重新批准。</translation>
    </message>
</context>
<context>
    <name>BindingCheck</name>
    <message>
        <source>SalesPerf Desktop is running on PySide6 %1 with Python %2. This combination is known to make the program close suddenly after a while.

To fix it, install a tested version of PySide6 (%3 to %4), or run the program with Python 3.12 or newer. The log file names the exact command.</source>
        <translation>SalesPerf Desktop 正在使用 PySide6 %1 和 Python %2 运行。已知这一组合会使程序在使用一段时间后突然关闭。

解决办法：安装经过测试的 PySide6 版本（%3 至 %4），或用 Python 3.12 或更高版本运行本程序。日志文件中写有具体的安装命令。</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <source>Bonus sheet</source>
        <translation>奖金核算</translation>
    </message>
    <message>
        <source>Bonus settings…</source>
        <translation>奖金设置…</translation>
    </message>
    <message>
        <source>Team bonus pools…</source>
        <translation>团队奖金池…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Withdraw approval…</source>
        <translation>撤销批准…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期：</translation>
    </message>
    <message>
        <source>No published period yet: publish a period&apos;s results first.</source>
        <translation>还没有已发布的考核期：请先发布考核结果。</translation>
    </message>
    <message>
        <source>Computing the bonus sheet…</source>
        <translation>正在核算奖金…</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>撤销批准</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>原因（记入变更记录）：</translation>
    </message>
    <message>
        <source>Export the bonus sheet</source>
        <translation>导出奖金核算表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Bonus sheet exported to %1</source>
        <translation>奖金核算表已导出到 %1</translation>
    </message>
    <message>
        <source>Exporting the bonus sheet…</source>
        <translation>正在导出奖金核算表…</translation>
    </message>
</context>
<context>
    <name>BonusSettingsDialog</name>
    <message>
        <source>Bonus settings</source>
        <translation>奖金设置</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Base bonus (yuan/month)</source>
        <translation>基本绩效奖金（元/月）</translation>
    </message>
    <message>
        <source>Monthly pay (yuan)</source>
        <translation>月工资（元）</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own base bonus (yuan/month)</source>
        <translation>个人基本绩效奖金（元/月）</translation>
    </message>
    <message>
        <source>Own monthly pay (yuan)</source>
        <translation>个人月工资（元）</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>不计提成</translation>
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
        <translation>年度核算表也计发绩效奖金（基本绩效奖金 × 12）、提成、加减分奖罚和罚款（否则只计合规奖金和年度团队奖金池）</translation>
    </message>
    <message>
        <source>Commission on the actual of:</source>
        <translation>提成按此指标的实际额：</translation>
    </message>
    <message>
        <source>Commission rate:</source>
        <translation>提成比例：</translation>
    </message>
    <message>
        <source>Yuan per bonus/penalty point (0: none):</source>
        <translation>每个加减分折合金额（元，0 为不折算）：</translation>
    </message>
    <message>
        <source>Team pool shares rounded to:</source>
        <translation>团队奖金池分配精确到：</translation>
    </message>
    <message>
        <source>Common practice (no seed sets these amounts): the base bonus is set per month (a quarter&apos;s sheet pays 3 months); a person&apos;s own amount replaces the role&apos;s; the annual compliance bonus (seed 002) is one month&apos;s pay, or one month&apos;s base bonus when no pay is recorded.</source>
        <translation>常用做法（资料未规定这些金额）：基本绩效奖金按月设定（季度核算表按 3 个月计）；个人金额优先于岗位金额；年度合规奖金（资料 002）为 1 个月工资，未登记工资时按 1 个月基本绩效奖金。</translation>
    </message>
    <message>
        <source>Per role:</source>
        <translation>按岗位：</translation>
    </message>
    <message>
        <source>Per person (empty: the role&apos;s amount):</source>
        <translation>按个人（留空则按岗位金额）：</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
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
        <translation>从内置日期开始</translation>
    </message>
    <message>
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <source>Blank workbook…</source>
        <translation>空白工作簿…</translation>
    </message>
    <message>
        <source>%1 is counted on the notice you entered below; it wins over the built-in dates.</source>
        <translation>%1 年按您在下面录入的通知计算，优先于内置日期。</translation>
    </message>
    <message>
        <source>%1 is official: the built-in calendar has the State Council&apos;s notice. Enter days here only to correct it.</source>
        <translation>%1 年为正式安排：内置日历已包含国务院办公厅的放假通知。只有需要更正时才在此录入。</translation>
    </message>
    <message>
        <source>%1 is estimated: the built-in calendar knows the statutory holidays but not the make-up working days. Enter the State Council&apos;s notice when it is published.</source>
        <translation>%1 年为估算：内置日历只有法定节假日，没有调休上班日。国务院办公厅的放假通知发布后请在此录入。</translation>
    </message>
    <message>
        <source>List every day off and every weekend working day of the notice. Days not listed are Monday to Friday working, weekends off; statutory holidays stay off.</source>
        <translation>请列出通知中的每个放假日和每个周末上班日。未列出的日子按周一至周五上班、周末休息计算；法定节假日始终休息。</translation>
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
        <translation>导入放假通知</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>holiday-notice.xlsx</source>
        <translation>放假安排.xlsx</translation>
    </message>
    <message>
        <source>Save a blank workbook</source>
        <translation>保存空白工作簿</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
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
        <translation>人员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Loading charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Score and achievement by month</source>
        <translation>月度得分与达成率</translation>
    </message>
    <message>
        <source>Dimensions against the team average</source>
        <translation>各维度与团队平均对比</translation>
    </message>
    <message>
        <source>Indicator breakdown</source>
        <translation>指标得分明细</translation>
    </message>
    <message>
        <source>Ranking by total</source>
        <translation>总分排名</translation>
    </message>
    <message>
        <source>Grade distribution against the guide</source>
        <translation>等级分布与强制分布指导</translation>
    </message>
    <message>
        <source>Sales achievement against target</source>
        <translation>销售目标达成情况</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>绘制图表</translation>
    </message>
    <message>
        <source>No results to chart yet</source>
        <translation>暂无可绘制的结果</translation>
    </message>
    <message>
        <source>Appraised by quarter: a month has no grades. Choose the quarter.</source>
        <translation>按季度考核：月度不评等级，请选择季度查看。</translation>
    </message>
    <message>
        <source>Total (% of sheet)</source>
        <translation>总分（占满分%）</translation>
    </message>
    <message>
        <source>Sales achievement (%)</source>
        <translation>销售达成率（%）</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Forced-distribution guide</source>
        <translation>强制分布指导</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>… %1 more …</source>
        <translation>… 另有 %1 人 …</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <source>Supervisor&apos;s comment (printed on the form)</source>
        <translation>上级评语（打印在考核表上）</translation>
    </message>
    <message>
        <source>The supervisor&apos;s assessment of the period, as it is to be printed and signed</source>
        <translation>上级对本期表现的评价，将打印在考核表上并签字确认</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>保存评语</translation>
    </message>
    <message>
        <source>Select an appraisal to write its comment.</source>
        <translation>请先选择一份考核，再填写评语。</translation>
    </message>
    <message>
        <source>Write it before printing the form; changes after publication are audited.</source>
        <translation>请在打印考核表前填写；发布后的修改会记入审计记录。</translation>
    </message>
    <message>
        <source>Signed: the comment is on the signed form. Only the decision on an upheld appeal can change it (Appeals page, Record decision…).</source>
        <translation>已签字：评语以签字的考核表为准。只有成立的申诉可在其决定中修改（申诉页“登记复核结果…”）。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a published result</source>
        <translation>更正已发布的结果</translation>
    </message>
    <message>
        <source>Why the value changes (kept in the audit trail)</source>
        <translation>更正原因（记入变更记录）</translation>
    </message>
    <message>
        <source>Correction note</source>
        <translation>更正说明</translation>
    </message>
    <message>
        <source>A corrected value is not a number.</source>
        <translation>更正值不是数字。</translation>
    </message>
    <message>
        <source>Enter a corrected value and the note saying why.</source>
        <translation>请填写更正值和更正说明。</translation>
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
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Comparison base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <source>Passed (1 yes, 0 no)</source>
        <translation>是否达标（1 是，0 否）</translation>
    </message>
    <message>
        <source>Supervisor rating</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <source>Self rating</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Peer rating</source>
        <translation>同事评分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正为</translation>
    </message>
    <message>
        <source>Add a corrected value</source>
        <translation>添加更正值</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Why these points (required with points)</source>
        <translation>加减分理由（有加减分时必填）</translation>
    </message>
    <message>
        <source>Points added (+) or taken off (−) directly</source>
        <translation>直接加分（+）或减分（−）</translation>
    </message>
</context>
<context>
    <name>DecideAppealDialog</name>
    <message>
        <source>Decision on appeal %1</source>
        <translation>申诉 %1 的复核结果</translation>
    </message>
    <message>
        <source>The committee&apos;s reasons</source>
        <translation>委员会的复核意见</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Employee&apos;s reason</source>
        <translation>员工申诉理由</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <source>A corrected value is not a number.</source>
        <translation>更正值不是数字。</translation>
    </message>
    <message>
        <source>Give the committee&apos;s reason.</source>
        <translation>请填写委员会的复核意见。</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Due this month</source>
        <translation>本月待办</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>正在读取待办事项…</translation>
    </message>
    <message>
        <source>%1: nothing is due.</source>
        <translation>%1：没有待办事项。</translation>
    </message>
    <message>
        <source>%1: %2 things to do, %3 of them overdue.</source>
        <translation>%1：共 %2 项待办，其中 %3 项已逾期。</translation>
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
        <translation>……另有 %1 项（打开其中第一项）</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>互评</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>指标得分</translation>
    </message>
    <message>
        <source>Bonus/penalty</source>
        <translation>加减分</translation>
    </message>
    <message>
        <source>Team share</source>
        <translation>团队分享</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>%1
%2 · weight %3 · %4</source>
        <translation>%1
%2 · 权重 %3 · %4</translation>
    </message>
    <message>
        <source>Graded by quarter</source>
        <translation>按季度考核</translation>
    </message>
    <message>
        <source>Vetoed (compliance)</source>
        <translation>一票否决（合规）</translation>
    </message>
    <message>
        <source>Nothing is entered for this period yet: no grade.</source>
        <translation>本期尚未录入任何数据，暂不评等级。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Quarters and years are computed from the months; edit the months.</source>
        <translation>季度和年度由各月数据计算，请修改月度数据。</translation>
    </message>
    <message>
        <source>Read-only: the period is signed and locked; only an upheld appeal can change it.</source>
        <translation>只读：该期间已签字锁定，只能通过申诉修改。</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Annual targets…</source>
        <translation>年度目标分解…</translation>
    </message>
    <message>
        <source>Copy last month&apos;s targets</source>
        <translation>复制上月目标</translation>
    </message>
    <message>
        <source>Work task sheet…</source>
        <translation>工作任务书…</translation>
    </message>
    <message>
        <source>Entries complete</source>
        <translation>录入完成</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Sign off and lock…</source>
        <translation>签字锁定…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期间：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>考核模板：</translation>
    </message>
    <message>
        <source>Team goals…</source>
        <translation>团队目标…</translation>
    </message>
    <message>
        <source>Mentoring results…</source>
        <translation>带教成果…</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>月度录入</translation>
    </message>
    <message>
        <source>Targets and actuals (Excel)…</source>
        <translation>目标与实际数据（Excel）…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rater sheets (Excel)…</source>
        <translation>评分表（Excel）…</translation>
    </message>
    <message>
        <source>Key events (Excel)…</source>
        <translation>关键事件（Excel）…</translation>
    </message>
    <message>
        <source>Targets and tasks</source>
        <translation>目标与任务</translation>
    </message>
    <message>
        <source>Blank import template (Excel)…</source>
        <translation>空白导入模板（Excel）…</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>（计算）</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消，仍显示原来的期间。</translation>
    </message>
    <message>
        <source>Not in this period&apos;s appraisal: %1 (no indicator template fits them). Make one for their role or team on the Indicator templates tab.</source>
        <translation>本期考核未包括：%1（没有适用的考核模板）。请在“指标模板”页为其岗位或团队建立模板。</translation>
    </message>
    <message>
        <source>Not graded this period: %1.</source>
        <translation>本期不考核：%1。</translation>
    </message>
    <message>
        <source>Moved within the period: %1.</source>
        <translation>本期内调动：%1。</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>computed from the months (read-only)</source>
        <translation>由各月数据计算（只读）</translation>
    </message>
    <message>
        <source>changes are audited</source>
        <translation>修改将记入审计记录</translation>
    </message>
    <message>
        <source>read-only; only an upheld appeal can change it</source>
        <translation>只读；只能通过申诉修改</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This period is published: the change is recorded in the audit trail.
Why is it changed?</source>
        <translation>该期间已发布：修改将记入审计记录。
修改原因是什么？</translation>
    </message>
    <message>
        <source>Not changed: a reason is needed in a published period.</source>
        <translation>未修改：已发布期间的修改需要填写原因。</translation>
    </message>
    <message>
        <source>%1 of the values look unusual:</source>
        <translation>有 %1 个值看起来不太对：</translation>
    </message>
    <message>
        <source>Please check the value</source>
        <translation>请核对数值</translation>
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
        <translation>改为 %1</translation>
    </message>
    <message>
        <source>Use the values suggested</source>
        <translation>全部改为建议值</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>重新输入</translation>
    </message>
    <message>
        <source>Change nothing</source>
        <translation>不修改</translation>
    </message>
    <message>
        <source>Select a person in the grid first.</source>
        <translation>请先在表格中选择一个人。</translation>
    </message>
    <message>
        <source>Team goals are entered month by month.</source>
        <translation>团队目标按月录入。</translation>
    </message>
    <message>
        <source>Mentoring results are written month by month.</source>
        <translation>带教成果按月写入。</translation>
    </message>
    <message>
        <source>Reading the mentoring results…</source>
        <translation>正在读取带教成果…</translation>
    </message>
    <message>
        <source>Mentoring results written: %1 mentors.</source>
        <translation>带教成果已写入：%1 名导师。</translation>
    </message>
    <message>
        <source>Team goals written: %1 teams.</source>
        <translation>团队目标已保存：%1 个团队。</translation>
    </message>
    <message>
        <source>Targets written: %1 monthly values.</source>
        <translation>目标已写入：%1 个月度值。</translation>
    </message>
    <message>
        <source>Copy every target of the previous month into %1 for the %2 people shown?</source>
        <translation>把上个月的全部目标值复制到%1（当前显示的 %2 人）？</translation>
    </message>
    <message>
        <source>%1 targets copied.</source>
        <translation>已复制 %1 个目标值。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>%1: entries marked complete.</source>
        <translation>%1：已标记为录入完成。</translation>
    </message>
    <message>
        <source>%1 people are appraised by quarter: this month gives them no grade and no form. Publish their quarter once its three months are entered.</source>
        <translation>%1 人按季度考核：本月只计分，不评等级、不出考核表。三个月数据录齐后，请发布他们的季度考核。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish %1? The results become final and are frozen into the appraisals; the appeal window starts today. Later changes are audited.</source>
        <translation>发布%1？结果将成为最终结果并固定到考核表中，申诉期从今天开始。之后的修改会记入审计记录。</translation>
    </message>
    <message>
        <source>%1 published.</source>
        <translation>%1 已发布。</translation>
    </message>
    <message>
        <source>Sign off and lock</source>
        <translation>签字锁定</translation>
    </message>
    <message>
        <source>Lock %1? Do this once the signed forms are filed. The period becomes read-only; only an upheld appeal can change it.</source>
        <translation>锁定%1？请在签字的考核表归档后再锁定。锁定后该期间只读，只能通过申诉修改。</translation>
    </message>
    <message>
        <source>%1 signed off and locked.</source>
        <translation>%1 已签字锁定。</translation>
    </message>
    <message>
        <source>Choose a month: rater sheets are written per month.</source>
        <translation>请选择一个月份：评分表按月写出。</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>import-template.xlsx</source>
        <translation>导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Key event</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>Edit key event</source>
        <translation>修改关键事件</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>e.g. the number of the company notice</source>
        <translation>如：公司发文的文号</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>次数/天数：</translation>
    </message>
    <message>
        <source>Points each:</source>
        <translation>每次分值：</translation>
    </message>
    <message>
        <source>Fine each:</source>
        <translation>每次罚款：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Document No.:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>计分：</translation>
    </message>
    <message>
        <source>Key incident, positive (note only)</source>
        <translation>关键事件（积极，仅记录）</translation>
    </message>
    <message>
        <source>Key incident, negative (note only)</source>
        <translation>关键事件（消极，仅记录）</translation>
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
        <translation>审批：%1</translation>
    </message>
    <message>
        <source>A compliance veto forces the lowest grade for the month, whatever the points. Describe the violation in the note.</source>
        <translation>合规一票否决：无论得分多少，本月考核都将定为最低等级。请在备注中说明违规情况。</translation>
    </message>
    <message>
        <source>no points (recorded for the review)</source>
        <translation>不计分（记录备面谈）</translation>
    </message>
    <message>
        <source>lowest grade (veto)</source>
        <translation>最低等级（一票否决）</translation>
    </message>
    <message>
        <source>a fine of %1 yuan (no points)</source>
        <translation>罚款 %1 元（不计分）</translation>
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
        <translation>导入关键事件</translation>
    </message>
    <message>
        <source>One event per row: date, employee ID, kind, count, note. Save the template, fill it in, then choose it here. Nothing is imported while any row has a problem; events already recorded are not recorded twice.</source>
        <translation>每行一个事件：日期、工号、事件类型、次数、说明。先保存模板并填写，再在这里选择它。只要有一行有问题就什么也不导入；已经记录过的事件不会重复记录。</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Choose the workbook…</source>
        <translation>选择工作簿…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save the key events template</source>
        <translation>保存关键事件模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Key events workbook</source>
        <translation>关键事件工作簿</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>正在检查工作簿</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the workbook and check again; nothing will be imported.</source>
        <translation>%1 个问题：请修改工作簿后重新检查；不会导入任何内容。</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
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
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 new event(s), %3 already recorded.</source>
        <translation>已读取 %1 行：%2 个新事件，%3 个已记录过。</translation>
    </message>
    <message>
        <source>%1 yuan (fine)</source>
        <translation>%1 元（罚款）</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>什么也没有导入：%1</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Key events</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Key events: select a person in the grid</source>
        <translation>关键事件：请在表格中选择一个人</translation>
    </message>
    <message>
        <source>Key events: %1, %2</source>
        <translation>关键事件：%1，%2</translation>
    </message>
    <message>
        <source>Key incident +</source>
        <translation>关键事件（积极）</translation>
    </message>
    <message>
        <source>Key incident −</source>
        <translation>关键事件（消极）</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>审批：%1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Bonus/penalty: %1 points</source>
        <translation>加减分：%1 分</translation>
    </message>
    <message>
        <source>fines: %1 yuan (not in the score)</source>
        <translation>罚款：%1 元（不计入分数）</translation>
    </message>
    <message>
        <source>vetoed: lowest grade</source>
        <translation>一票否决：最低等级</translation>
    </message>
    <message>
        <source>Not changed: the month is signed and locked; only an upheld appeal can change it.</source>
        <translation>未修改：该月已签字锁定，只能通过申诉修改。</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete “%1” of %2?</source>
        <translation>删除 %2 的“%1”？</translation>
    </message>
    <message>
        <source>Compliance veto</source>
        <translation>合规一票否决</translation>
    </message>
    <message>
        <source>A compliance veto forces the lowest grade for this month, whatever the points. Record it?</source>
        <translation>合规一票否决：无论得分多少，本月考核都将定为最低等级。确定记录吗？</translation>
    </message>
    <message>
        <source>Read-only: the month is signed and locked; only an upheld appeal can change it.</source>
        <translation>只读：该月已签字锁定，只能通过申诉修改。</translation>
    </message>
</context>
<context>
    <name>ExportResultsDialog</name>
    <message>
        <source>Export results</source>
        <translation>导出考核结果</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>已复制详细信息</translation>
    </message>
</context>
<context>
    <name>FileAppealDialog</name>
    <message>
        <source>File an appeal</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>What the employee disputes and why (e.g. an order delivered but not counted)</source>
        <translation>员工对哪项结果有异议、理由是什么（例如：订单已签收但未计入）</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申诉日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>No published result to appeal.</source>
        <translation>没有可申诉的已发布结果。</translation>
    </message>
    <message>
        <source>Published %1 · file by %2 (%3 working days) · decision due %4 (%5 working days)</source>
        <translation>%1 发布 · 申诉截止 %2（%3 个工作日）· 复核截止 %4（%5 个工作日）</translation>
    </message>
    <message>
        <source>Late: filed after the deadline. It is recorded and flagged.</source>
        <translation>逾期：已超过申诉期限。申诉照常登记并标记。</translation>
    </message>
    <message>
        <source>Choose the appraisal and give the reason.</source>
        <translation>请选择考核并填写申诉理由。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import targets and actuals</source>
        <translation>导入目标与实际数据</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>One row per person, indicator and month</source>
        <translation>每行一人、一个指标、一个月</translation>
    </message>
    <message>
        <source>One column per indicator (wide)</source>
        <translation>每个指标一列（宽表）</translation>
    </message>
    <message>
        <source>ERP sales ledger: one row per sale, added up per person and month</source>
        <translation>ERP 销售明细账：每笔销售一行，按人按月汇总</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <source>first visible sheet</source>
        <translation>第一个可见的工作表</translation>
    </message>
    <message>
        <source>Employee ID column</source>
        <translation>工号列</translation>
    </message>
    <message>
        <source>Month column</source>
        <translation>月份列</translation>
    </message>
    <message>
        <source>Indicator column</source>
        <translation>指标列</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目标值列</translation>
    </message>
    <message>
        <source>Actual column</source>
        <translation>实际值列</translation>
    </message>
    <message>
        <source>Base column (growth)</source>
        <translation>对比基数列（增长率）</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>工作簿：</translation>
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
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Month for all rows (no month column):</source>
        <translation>所有行的月份（无月份列时）：</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>检查并预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>要导入的工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Remember and check again</source>
        <translation>记住并重新检查</translation>
    </message>
    <message>
        <source>The ledger&apos;s</source>
        <translation>账中的</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>正在检查工作簿</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the workbook and check again; nothing will be imported.</source>
        <translation>%1 个问题：请修正工作簿后重新检查；不会导入任何数据。</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
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
        <translation>指标</translation>
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
        <translation>已读取 %1 行：%2 个值将被修改，%3 个不变。</translation>
    </message>
    <message>
        <source>%1 subtotal figure(s) agree with the rows.</source>
        <translation>%1 个小计数与明细相符。</translation>
    </message>
    <message>
        <source>%1 totals row(s) skipped.</source>
        <translation>已跳过 %1 行合计/小计。</translation>
    </message>
    <message>
        <source>%1 row(s) outside the months to import, not imported (first: %2).</source>
        <translation>%1 行不在导入月份内，未导入（第一行：%2）。</translation>
    </message>
    <message>
        <source>Target or actual</source>
        <translation>目标/实际</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>%1 sale(s) read: %2 value(s) will change, %3 unchanged.</source>
        <translation>读取 %1 笔销售：将写入 %2 个数值，%3 个不变。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 value(s) written.</source>
        <translation>已从 %1 导入：写入 %2 个数值。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Staff import preview</source>
        <translation>人员导入预览</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged. Nothing is written until you apply.</source>
        <translation>新增 %1 人，更新 %2 人，未变 %3 人。点击“应用”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
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
        <translation>未变</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Staff import: nothing was imported</source>
        <translation>人员导入：未导入任何数据</translation>
    </message>
    <message>
        <source>%1 problem(s) found. Correct them in the workbook and import again.</source>
        <translation>发现 %1 个问题。请在工作簿中改正后重新导入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Add my own indicator</source>
        <translation>添加自定义指标</translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation>英文字母、数字或下划线</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>默认权重</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
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
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>默认权重</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New review interview</source>
        <translation>新建绩效面谈</translation>
    </message>
    <message>
        <source>Review interview</source>
        <translation>绩效面谈</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面谈人</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>What do we want to reach by the next review? Which target, which customers, by when?</source>
        <translation>下次面谈前要达到什么？哪个指标、哪些客户、何时完成？</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Where are we now? What happened, with figures; what is the real cause of the gap (policy, budget, communication)?</source>
        <translation>现在处于什么状况？用数据说明发生了什么；差距的本质原因是什么（政策、预算还是沟通）？</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>What could we do? List several ways, who could help, what it would cost.</source>
        <translation>可以怎么做？列出几种方案、谁能协助、需要多少投入。</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>What will you do, by when? Add each agreed step as an action item below.</source>
        <translation>你将做什么、何时完成？把每一项约定的行动填到下方的行动项中。</translation>
    </message>
    <message>
        <source>Resources promised: a product manager&apos;s visit, a clinical demonstration, extra market budget, a training place …</source>
        <translation>承诺的资源包：产品经理陪访、临床演示、额外市场费用、培训名额……</translation>
    </message>
    <message>
        <source>Career development: what the person wants next and what it takes.</source>
        <translation>职业发展：员工的下一步目标及需要的条件。</translation>
    </message>
    <message>
        <source>Resources promised</source>
        <translation>资源包</translation>
    </message>
    <message>
        <source>Career development</source>
        <translation>职业发展</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>删除行动项</translation>
    </message>
    <message>
        <source>Actions agreed (Will)</source>
        <translation>约定的行动项（行动）</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟进说明</translation>
    </message>
    <message>
        <source>Follow up: open actions from earlier interviews</source>
        <translation>跟进：以往面谈未完成的行动项</translation>
    </message>
    <message>
        <source>Result of the period</source>
        <translation>本期考核结果</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open and past its due date</source>
        <translation>未完成且已过期限</translation>
    </message>
    <message>
        <source>Follow up: open actions from earlier interviews (%1)</source>
        <translation>跟进：以往面谈未完成的行动项（%1）</translation>
    </message>
    <message>
        <source>No result for this person and period yet.</source>
        <translation>该员工本期尚无考核结果。</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂算</translation>
    </message>
    <message>
        <source>Total %1 of %2, grade %3 (%4)</source>
        <translation>总分 %1 / %2，等级 %3（%4）</translation>
    </message>
    <message>
        <source>Appraised by quarter: a month has no grade and no bonus coefficient.</source>
        <translation>按季度考核：月度不评等级，也没有奖金系数。</translation>
    </message>
    <message>
        <source>Bonus coefficient %1</source>
        <translation>奖金系数 %1</translation>
    </message>
    <message>
        <source>Weakest dimensions</source>
        <translation>最薄弱的维度</translation>
    </message>
    <message>
        <source>%1: %2 points lost (%3 of %4 points, %5)</source>
        <translation>%1：失分 %2（得 %3 / %4 分，%5）</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>与目标差距最大的指标</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1：%2 / %3 分</translation>
    </message>
    <message>
        <source>Choose the employee and the period.</source>
        <translation>请选择员工和期间。</translation>
    </message>
    <message>
        <source>Fill in at least one of Goal, Reality, Options and Will.</source>
        <translation>目标、现状、方案、行动至少填写一项。</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>New interview…</source>
        <translation>新建面谈…</translation>
    </message>
    <message>
        <source>Open interview…</source>
        <translation>打开面谈…</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面谈人</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的行动项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟进说明</translation>
    </message>
    <message>
        <source>Actions agreed at the selected interview</source>
        <translation>所选面谈约定的行动项</translation>
    </message>
    <message>
        <source>Interviews (GROW)</source>
        <translation>绩效面谈（GROW）</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>%1 open actions are past their due date</source>
        <translation>%1 项未完成行动项已过期限</translation>
    </message>
    <message>
        <source>Open and past its due date</source>
        <translation>未完成且已过期限</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Sales director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <source>Probation staff</source>
        <translation>试用期员工</translation>
    </message>
    <message>
        <source>Department (given to a team)</source>
        <translation>部门（指定给团队）</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>不限岗位</translation>
    </message>
    <message>
        <source>Mature products</source>
        <translation>成熟产品</translation>
    </message>
    <message>
        <source>Innovative products</source>
        <translation>创新产品</translation>
    </message>
    <message>
        <source>Distributor channel</source>
        <translation>经销商渠道</translation>
    </message>
    <message>
        <source>Any product line</source>
        <translation>不限产品线</translation>
    </message>
    <message>
        <source>Monthly appraisal, quarterly review</source>
        <translation>月度考核＋季度复盘</translation>
    </message>
    <message>
        <source>Quarterly appraisal, annual review</source>
        <translation>季度考核＋年度总评</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调岗</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Core sales results</source>
        <translation>核心销售业绩</translation>
    </message>
    <message>
        <source>Sales behaviour and process</source>
        <translation>销售行为与过程</translation>
    </message>
    <message>
        <source>Professional skill and compliance</source>
        <translation>专业能力与合规</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Teamwork and development</source>
        <translation>团队协作与个人发展</translation>
    </message>
    <message>
        <source>Management duties</source>
        <translation>管理职责</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
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
        <translation>保存为导入方案…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Add up as</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Only rows where column</source>
        <translation>只取此列</translation>
    </message>
    <message>
        <source>is one of (、 between values)</source>
        <translation>等于（多个值用、分隔）</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>添加一列</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>删除所选的列</translation>
    </message>
    <message>
        <source>Remembered names…</source>
        <translation>记住的别名…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(empty: every month of the ledger)</source>
        <translation>（留空：账中所有月份）</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>导入方案：</translation>
    </message>
    <message>
        <source>Date column:</source>
        <translation>日期列：</translation>
    </message>
    <message>
        <source>Salesperson column (ID or name):</source>
        <translation>业务员列（工号或姓名）：</translation>
    </message>
    <message>
        <source>Months to import:</source>
        <translation>导入月份：</translation>
    </message>
    <message>
        <source>Columns to import:</source>
        <translation>要导入的列：</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Number of different values</source>
        <translation>不重复个数</translation>
    </message>
    <message>
        <source>e.g. 新产品</source>
        <translation>例如 新产品</translation>
    </message>
    <message>
        <source>(no profile: map the columns below)</source>
        <translation>（不用方案：在下面对应各列）</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>保存为导入方案</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. 用友 U8 销售明细):</source>
        <translation>方案名称（例如 用友 U8 销售明细）：</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Add my own indicator…</source>
        <translation>添加自定义指标…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;demo company…</source>
        <translation>创建演示公司(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Pass&amp;word…</source>
        <translation>密码(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>员工 %1 人</translation>
    </message>
    <message>
        <source>Please confirm the appraisal policy</source>
        <translation>请确认考核制度</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Forms as P&amp;DF</source>
        <translation>考核表 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bonus sheet…</source>
        <translation>奖金核算(&amp;B)…</translation>
    </message>
    <message>
        <source>Appraisal p&amp;olicy…</source>
        <translation>考核制度(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>appraisals.sqlite</source>
        <translation>考核数据.sqlite</translation>
    </message>
    <message>
        <source>SalesPerf database (*.sqlite)</source>
        <translation>SalesPerf 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Replace the open database by the backup %1?

The current file is kept beside it under a new name.</source>
        <translation>用备份 %1 替换当前打开的数据库吗？

当前文件会改名后保留在旁边。</translation>
    </message>
    <message>
        <source>Password settings saved.</source>
        <translation>密码设置已保存。</translation>
    </message>
    <message>
        <source>Password saved. The database file and its backups are encrypted.</source>
        <translation>密码已保存。数据库文件及其备份已加密。</translation>
    </message>
    <message>
        <source>Password removed. The database file and its backups are not encrypted.</source>
        <translation>密码已取消。数据库文件及其备份不再加密。</translation>
    </message>
    <message>
        <source>Create demo company</source>
        <translation>创建演示公司</translation>
    </message>
    <message>
        <source>Add the demo company &quot;E Company&quot; (13 staff, six months of data) to this database?</source>
        <translation>将演示公司“E公司”（13 名员工、六个月的数据）添加到此数据库？</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>演示公司</translation>
    </message>
    <message>
        <source>Demo company created.</source>
        <translation>演示公司已创建。</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Offline performance appraisal for sales teams.&lt;br&gt;Database: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;面向销售团队的离线绩效考核工具。&lt;br&gt;数据库：%3</translation>
    </message>
</context>
<context>
    <name>MentoringDialog</name>
    <message>
        <source>Mentoring results: %1</source>
        <translation>带教成果：%1</translation>
    </message>
    <message>
        <source>Write as this month&apos;s actuals</source>
        <translation>写入为本月实际值</translation>
    </message>
    <message>
        <source>No mentor has a new mentee this month.</source>
        <translation>本月没有导师带新员工学员。</translation>
    </message>
    <message>
        <source>This month is locked: the figures are shown only.</source>
        <translation>本月已锁定：只显示，不写入。</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Mentor type</source>
        <translation>导师类型</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Mentoring result</source>
        <translation>带教成果</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Business mentor</source>
        <translation>业务导师</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合规导师</translation>
    </message>
    <message>
        <source>Not on the mentor&apos;s sheet</source>
        <translation>导师的考核表无此指标</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Locked: not written</source>
        <translation>已锁定，不写入</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>待写入</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>关闭提示</translation>
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
        <translation>工作任务书_%1.pdf</translation>
    </message>
    <message>
        <source>appraisal-forms_%1.pdf</source>
        <translation>考核表_%1.pdf</translation>
    </message>
    <message>
        <source>Save forms as</source>
        <translation>考核表保存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF forms</source>
        <translation>PDF 考核表保存文件夹</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Nobody to print for this selection.</source>
        <translation>所选范围内没有可打印的人员。</translation>
    </message>
    <message>
        <source>%1 forms written to %2</source>
        <translation>已生成 %1 份考核表：%2</translation>
    </message>
    <message>
        <source>Printing forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message>
        <source>No results to print yet.</source>
        <translation>暂无可打印的结果。</translation>
    </message>
    <message>
        <source>Reprint amended forms</source>
        <translation>重新打印更正后的考核表</translation>
    </message>
    <message>
        <source>No amended form waits for a reprint.</source>
        <translation>没有需要重新打印的更正考核表。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出考核结果</translation>
    </message>
    <message>
        <source>Results exported to %1</source>
        <translation>考核结果已导出到 %1</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>正在导出考核结果…</translation>
    </message>
    <message>
        <source>results_%1.xlsx</source>
        <translation>考核结果_%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Appraisal forms…</source>
        <translation>考核表(&amp;A)…</translation>
    </message>
    <message>
        <source>Work &amp;task sheets…</source>
        <translation>工作任务书(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Reprint amended forms…</source>
        <translation>重新打印更正后的考核表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>考核结果(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PairwiseDialog</name>
    <message>
        <source>0-1-2 method: compare the indicators in pairs</source>
        <translation>0-1-2 评分法（强制对比法）：指标两两比较</translation>
    </message>
    <message>
        <source>For each row indicator against each column indicator enter 2 (more important), 1 (equally important) or 0 (less important). The mirrored cell fills itself. Weight = row sum ÷ total of all row sums, rounded so the weights add up to %1.</source>
        <translation>将每行指标与每列指标比较：更重要填 2，同样重要填 1，不如其重要填 0。对称单元格自动填写。权重 = 行合计 ÷ 所有行合计之和，取整后权重合计恰为 %1。</translation>
    </message>
    <message>
        <source>Row sum</source>
        <translation>行合计</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>相对权重</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Keep 0 %</source>
        <translation>保留 0%</translation>
    </message>
    <message>
        <source>Add 1 to every row sum</source>
        <translation>每行合计加 1</translation>
    </message>
    <message>
        <source>Raise to 5 % and rescale the others</source>
        <translation>提到 5%，其余按比例调整</translation>
    </message>
    <message>
        <source>Use these weights</source>
        <translation>采用这些权重</translation>
    </message>
    <message>
        <source>%1 pair(s) still to judge.</source>
        <translation>还有 %1 对指标待比较。</translation>
    </message>
    <message>
        <source>Every pair judged.</source>
        <translation>所有指标对均已比较。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its password to open
%1</source>
        <translation>此数据库已加密。请输入密码以打开
%1</translation>
    </message>
    <message>
        <source>This database is protected. Enter the password to open
%1</source>
        <translation>此数据库受密码保护。请输入密码以打开
%1</translation>
    </message>
    <message>
        <source>The password setting in this file was removed or changed outside SalesPerf. The file may have been edited by someone else. Enter the password that was set in SalesPerf; it will be put back.</source>
        <translation>此文件中的密码设置已在 SalesPerf 之外被删除或改动，文件可能被他人编辑过。请输入在 SalesPerf 中设置的密码；确认后会恢复该设置。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
</context>
<context>
    <name>PasswordSettingsDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>With a password, the database file and its backups are encrypted: without the password nobody can read them, with SalesPerf or any other program. SalesPerf asks for it each time it opens this database. Leave the new password empty to remove it (the file is then decrypted).</source>
        <translation>设置密码后，数据库文件及其备份都会加密：没有密码，任何人都无法读取，无论用 SalesPerf 还是其他程序。每次打开此数据库时，SalesPerf 都会要求输入密码。新密码留空即取消密码（文件随之解密）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way back in without the password.&lt;/b&gt; Nobody — not SalesPerf&apos;s makers, not IT — can recover a forgotten password or open the data without it. Write the password down and keep it in a sealed envelope in a locked place. A backup copied out of SalesPerf before the password was set still opens without it, with the data of that day.</source>
        <translation>&lt;b&gt;忘记密码就无法再打开数据。&lt;/b&gt;任何人——包括 SalesPerf 的开发者和公司的信息技术人员——都无法找回忘记的密码，也无法在没有密码的情况下打开数据。请把密码写下来，装进密封信封，存放在上锁的地方。设置密码之前从 SalesPerf 之外另行复制保存的备份，不需要密码仍可打开，内容是复制当天的数据。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>绩效改进计划</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Measurable goals for the improvement period</source>
        <translation>改进期内可衡量的目标</translation>
    </message>
    <message>
        <source>What the employee will do, step by step</source>
        <translation>员工将逐步采取的措施</translation>
    </message>
    <message>
        <source>Coaching, training and resources the company gives</source>
        <translation>公司提供的辅导、培训和资源</translation>
    </message>
    <message>
        <source>Outcome at the last review</source>
        <translation>最后一次回顾的结果</translation>
    </message>
    <message>
        <source>Plan closed</source>
        <translation>计划已结束</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>回顾日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Use of the result</source>
        <translation>结果应用</translation>
    </message>
    <message>
        <source>Results and plans</source>
        <translation>结果应用与改进计划</translation>
    </message>
    <message>
        <source>Grades that call for an improvement plan: %1</source>
        <translation>需制定改进计划的等级：%1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需制定</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>two A or better in a row</source>
        <translation>连续两期 A 级或以上</translation>
    </message>
    <message>
        <source>Improvement plan needed</source>
        <translation>需制定绩效改进计划</translation>
    </message>
    <message>
        <source>Grade %1, bonus coefficient %2</source>
        <translation>等级 %1，奖金系数 %2</translation>
    </message>
    <message>
        <source>This grade calls for an improvement plan.</source>
        <translation>该等级需要制定绩效改进计划。</translation>
    </message>
    <message>
        <source>Promotion hint: two consecutive results of A or better.</source>
        <translation>晋升提示：连续两期 A 级或以上。</translation>
    </message>
    <message>
        <source>Weakest dimension: %1, %2 points lost (%3 of %4 points, %5). Suggested training:</source>
        <translation>最薄弱的维度：%1，失分 %2（得 %3 / %4 分，%5）。建议培训：</translation>
    </message>
    <message>
        <source>Weakest dimension: %1. Suggested training:</source>
        <translation>最薄弱的维度：%1。建议培训：</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历次等级：%1</translation>
    </message>
    <message>
        <source>Write review dates as 2026-11-15.</source>
        <translation>回顾日期请写成 2026-11-15 的格式。</translation>
    </message>
    <message>
        <source>An improvement plan needs goals or actions.</source>
        <translation>改进计划至少需要目标或措施。</translation>
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
        <translation>等级</translation>
    </message>
    <message>
        <source>From (points of 100)</source>
        <translation>起点分（百分制）</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Distribution guide %</source>
        <translation>强制分布 %</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Remove grade</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <source>Grade bands and coefficients</source>
        <translation>等级分数段与系数</translation>
    </message>
    <message>
        <source>Best grade first; the lowest grade takes everything below.</source>
        <translation>从最高等级排起；最低等级涵盖其下所有分数。</translation>
    </message>
    <message>
        <source>Supervisor %</source>
        <translation>上级 %</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>自评 %</translation>
    </message>
    <message>
        <source>Peers %</source>
        <translation>同事 %</translation>
    </message>
    <message>
        <source>Rater weights</source>
        <translation>评价人权重</translation>
    </message>
    <message>
        <source>From the lowest rating (1 of 5 earns 0 %)</source>
        <translation>从最低分起算（5 分制 1 分得 0%）</translation>
    </message>
    <message>
        <source>Share of the top rating (1 of 5 earns 20 %)</source>
        <translation>按满分比例（5 分制 1 分得 20%）</translation>
    </message>
    <message>
        <source>Ratings to points</source>
        <translation>评分折算为得分</translation>
    </message>
    <message>
        <source>Promotion hint: grades</source>
        <translation>晋升提示：等级</translation>
    </message>
    <message>
        <source>…this many results in a row</source>
        <translation>……连续次数</translation>
    </message>
    <message>
        <source>Improvement plan for grades</source>
        <translation>需制定改进计划的等级</translation>
    </message>
    <message>
        <source>Promotion and improvement</source>
        <translation>晋升与绩效改进</translation>
    </message>
    <message>
        <source>Working days to file an appeal</source>
        <translation>申诉期限（工作日）</translation>
    </message>
    <message>
        <source>Working days to decide an appeal</source>
        <translation>复核期限（工作日）</translation>
    </message>
    <message>
        <source>Working days after publication for the review interview</source>
        <translation>绩效面谈期限（发布后工作日）</translation>
    </message>
    <message>
        <source>Appeals and review interview</source>
        <translation>申诉与绩效面谈</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>备注（可选，记入审计记录）</translation>
    </message>
    <message>
        <source>A confirmed policy applies to periods not yet published; published and signed results keep the policy they were scored with.</source>
        <translation>确认后的制度适用于尚未发布的期间；已发布和已签字的结果保留计分时的制度版本。</translation>
    </message>
    <message>
        <source>Confirm the policy</source>
        <translation>确认考核制度</translation>
    </message>
    <message>
        <source>Proposed defaults</source>
        <translation>恢复建议默认值</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Version %1, confirmed on %2 by %3.</source>
        <translation>第 %1 版，%2 由 %3 确认。</translation>
    </message>
    <message>
        <source>Version %1: the proposed defaults, not confirmed yet. Check each part and confirm the company&apos;s own policy.</source>
        <translation>第 %1 版：建议的默认值，尚未确认。请逐项核对，确认为本公司的考核制度。</translation>
    </message>
    <message>
        <source>Row %1: enter the grade&apos;s name.</source>
        <translation>第 %1 行：请填写等级名称。</translation>
    </message>
    <message>
        <source>Grade %1: enter numbers for the points, coefficient and share.</source>
        <translation>等级 %1：起点分、系数和比例请填写数字。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used at once.</source>
        <translation>新语言立即生效。</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>HR officer:</source>
        <translation>人事专员：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>PrintFormsDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print work task sheets</source>
        <translation>打印工作任务书</translation>
    </message>
    <message>
        <source>Print appraisal forms</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>一个团队</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>一个人</translation>
    </message>
    <message>
        <source>One combined PDF (otherwise one PDF per person)</source>
        <translation>合并为一个 PDF（否则每人一个 PDF）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Print for:</source>
        <translation>打印范围：</translation>
    </message>
    <message>
        <source>Form language:</source>
        <translation>表单语言：</translation>
    </message>
    <message>
        <source>%1 %2: amended, reprint and sign again</source>
        <translation>%1 %2：已更正，需重新打印并签字</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>%1 forms, %2 pages, A4.</source>
        <translation>%1 份考核表，共 %2 页，A4 纸。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <source>Preparing the forms…</source>
        <translation>正在准备考核表…</translation>
    </message>
    <message>
        <source>Preparing the forms: %1 of %2</source>
        <translation>正在准备考核表：第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation>正在打印：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Nobody to print for this selection.</source>
        <translation>所选范围内没有可打印的人员。</translation>
    </message>
    <message>
        <source>Appraisal forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer (%2 forms).</source>
        <translation>已送往打印机 %1 页（%2 份考核表）。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>The printer did not accept the job. Check that it is on and ready.</source>
        <translation>打印机未接受打印任务。请检查打印机是否已开启并处于就绪状态。</translation>
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
        <translation>评分表：%1</translation>
    </message>
    <message>
        <source>Each rater gets one workbook: supervisors rate their people, everyone rates themself, and team-mates of the same role rate each other. Send the files out, then import the filled ones here; the list shows whose sheet is still out.</source>
        <translation>每位评分人一个工作簿：上级为下属评分，每个人自评，同组同岗位的同事互评。把文件发出去，收回填好的文件后在这里导入；下表列出谁的评分表还没有交回。</translation>
    </message>
    <message>
        <source>Write sheets to a folder…</source>
        <translation>把评分表写到文件夹…</translation>
    </message>
    <message>
        <source>Import filled sheets…</source>
        <translation>导入填好的评分表…</translation>
    </message>
    <message>
        <source>Sheets not back yet</source>
        <translation>尚未交回的评分表</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Rates as</source>
        <translation>评分身份</translation>
    </message>
    <message>
        <source>Scores received</source>
        <translation>已收到分数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show every rater</source>
        <translation>显示全部评分人</translation>
    </message>
    <message>
        <source>Checked sheets</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nobody has ratings to give this month.</source>
        <translation>本月没有需要评分的人。</translation>
    </message>
    <message>
        <source>%1 of %2 raters have not returned a complete sheet.</source>
        <translation>%2 位评分人中有 %1 位尚未交回完整的评分表。</translation>
    </message>
    <message>
        <source>Folder for the rater sheets</source>
        <translation>评分表存放的文件夹</translation>
    </message>
    <message>
        <source>Writing the rater sheets</source>
        <translation>正在写出评分表</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 sheet(s) written to %2.</source>
        <translation>已写出 %1 份评分表到 %2。</translation>
    </message>
    <message>
        <source>Filled rater sheets</source>
        <translation>填好的评分表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking the rater sheets</source>
        <translation>正在检查评分表</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the sheets and import again; nothing was imported.</source>
        <translation>%1 个问题：请修改评分表后重新导入；什么也没有导入。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分人</translation>
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
        <translation>%1 份评分表已检查：%2 个分数将变化，%3 个不变。</translation>
    </message>
    <message>
        <source>Importing the rater sheets</source>
        <translation>正在导入评分表</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>什么也没有导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 score(s).</source>
        <translation>已导入 %1 个分数。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint amended forms</source>
        <translation>重新打印更正后的考核表</translation>
    </message>
    <message>
        <source>These results were changed after publication (an upheld appeal or a correction). Their forms show the previous and the new result; print them and have them signed again.</source>
        <translation>以下结果在发布后已更改（申诉成立或更正）。考核表同时列出原结果与新结果；请重新打印并重新签字。</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · total %5 (%6) → %7 (%8)</source>
        <translation>%1 · %2 %3 · %4 · 总分 %5（%6）→ %7（%8）</translation>
    </message>
    <message>
        <source>One combined PDF (otherwise one PDF per person)</source>
        <translation>合并为一个 PDF（否则每人一个 PDF）</translation>
    </message>
    <message>
        <source>Form language:</source>
        <translation>表单语言：</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The current file is kept (renamed) beside the restored one; nothing is deleted.</source>
        <translation>当前文件会改名保留在恢复的文件旁边，不会删除任何文件。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Create a &amp;new database</source>
        <translation>新建数据库(&amp;N)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Total %1 → %2, grade %3 → %4. The form must be printed and signed again.</source>
        <translation>总分 %1 → %2，等级 %3 → %4。考核表需重新打印并签字。</translation>
    </message>
    <message>
        <source>This appraisal is signed and locked. Only an upheld appeal can change it.</source>
        <translation>该考核已签字锁定，只有成立的申诉才能更改。</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Reviews (GROW)</source>
        <translation>绩效面谈（GROW）</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Linear (value ÷ target, floor and cap)</source>
        <translation>线性（实际 ÷ 目标，下限与封顶）</translation>
    </message>
    <message>
        <source>Piecewise linear (breakpoints)</source>
        <translation>分段线性（断点）</translation>
    </message>
    <message>
        <source>Bands (steps)</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Rating scale with anchors</source>
        <translation>评分量表（行为锚定）</translation>
    </message>
    <message>
        <source>Veto (pass/fail)</source>
        <translation>一票否决（通过/不通过）</translation>
    </message>
    <message>
        <source>Nothing below (floor)</source>
        <translation>低于此值不得分（下限）</translation>
    </message>
    <message>
        <source>Full weight at value</source>
        <translation>达到此值得满分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>At most (cap, 100 % = full weight)</source>
        <translation>最高（上限，100% = 满权重）</translation>
    </message>
    <message>
        <source>Share of weight</source>
        <translation>得分比例</translation>
    </message>
    <message>
        <source>Below the first breakpoint:</source>
        <translation>低于第一个断点：</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>起点数值</translation>
    </message>
    <message>
        <source>Below every band</source>
        <translation>低于所有档次</translation>
    </message>
    <message>
        <source>Lowest rating earns nothing</source>
        <translation>最低评分不得分</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>最高评分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Behaviour anchors</source>
        <translation>行为锚定描述</translation>
    </message>
    <message>
        <source>A fail forces the lowest grade, whatever the points.</source>
        <translation>不通过则无论得分多少，一律为最低等级。</translation>
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
        <translation>预览：数值 → 得分</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>SelfSummaryBox</name>
    <message>
        <source>Self-summary (printed on the form)</source>
        <translation>自我总结（打印在考核表上）</translation>
    </message>
    <message>
        <source>Save self-summary</source>
        <translation>保存自我总结</translation>
    </message>
    <message>
        <source>What the employee writes about the period before the supervisor rates</source>
        <translation>员工在上级评分前对本期工作的总结</translation>
    </message>
    <message>
        <source>Choose a person and a period.</source>
        <translation>请选择人员和期间。</translation>
    </message>
    <message>
        <source>Signed: only the decision on an upheld appeal can change it.</source>
        <translation>已签字：只有成立的申诉可在其决定中修改。</translation>
    </message>
    <message>
        <source>Every change is kept in the audit trail.</source>
        <translation>每次修改都记入审计记录。</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Signed form: %1</source>
        <translation>签字登记：%1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record the signatures once the printed form is signed by hand. With all three the appraisal is locked.</source>
        <translation>打印的考核表手工签字后在此登记。三方签字齐全后考核即锁定。</translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message>
        <source>Record signatures…</source>
        <translation>登记签字…</translation>
    </message>
    <message>
        <source>Correct values…</source>
        <translation>更正数值…</translation>
    </message>
    <message>
        <source>Reprint amended forms…</source>
        <translation>重新打印更正后的考核表…</translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation>锁定期间</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
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
        <translation>申诉</translation>
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
        <translation>所选考核的变更记录</translation>
    </message>
    <message>
        <source>Sign-off and audit</source>
        <translation>签字与变更记录</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 signed</source>
        <translation>%1 · 已签字 %2 / %3</translation>
    </message>
    <message>
        <source>amended: reprint and sign again</source>
        <translation>已更正：需重新打印并签字</translation>
    </message>
    <message>
        <source>amended form reprinted: record the new signatures</source>
        <translation>更正表已重新打印：请登记新签字</translation>
    </message>
    <message>
        <source>appeal %1 pending</source>
        <translation>申诉 %1 待复核</translation>
    </message>
    <message>
        <source>Audit trail of %1 (%2 entries)</source>
        <translation>%1 的变更记录（%2 条）</translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>逾期申诉</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Bonus/penalty points</source>
        <translation>加减分</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <translation>申诉结果</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <source>Self-summary</source>
        <translation>自我总结</translation>
    </message>
    <message>
        <source>Amended form reprinted</source>
        <translation>更正后的考核表已重新打印</translation>
    </message>
    <message>
        <source>Key event</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>Signature (%1)</source>
        <translation>签字（%1）</translation>
    </message>
    <message>
        <source>Points of %1</source>
        <translation>%1 得分</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1 计量值</translation>
    </message>
    <message>
        <source>Points set by the appeal committee</source>
        <translation>申诉委员会直接加减分</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Comparison base</source>
        <translation>对比基数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Supervisor rating</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <source>Self rating</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Peer rating</source>
        <translation>同事评分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Correct values</source>
        <translation>更正数值</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Business mentor</source>
        <translation>业务导师</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合规导师</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StaffHistoryDialog</name>
    <message>
        <source>Moves and leave: %1</source>
        <translation>调动与请假：%1</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>调动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调动后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why, and who decided (e.g. the notice)</source>
        <translation>调动原因及决定依据（如通知文号）</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>记录调动</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Team after</source>
        <translation>调入团队</translation>
    </message>
    <message>
        <source>Role after</source>
        <translation>调动后岗位</translation>
    </message>
    <message>
        <source>Transfers, promotions, demotions</source>
        <translation>调岗、晋升、降职</translation>
    </message>
    <message>
        <source>Take back the latest move…</source>
        <translation>撤销最近一次调动…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record leave</source>
        <translation>记录请假</translation>
    </message>
    <message>
        <source>Remove selected leave</source>
        <translation>删除所选请假</translation>
    </message>
    <message>
        <source>Personal leave deducts 1 point a working day; sick leave none. Maternity and other long leave prorate the month&apos;s targets to the working days present. On leave all month: not graded that month, and named above the grid.</source>
        <translation>事假每个工作日扣 1 分；病假不扣分。产假及其他长假按在岗工作日折算当月目标。整月休假的，当月不考核，并在月度录入页上方注明。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假记录</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This changes a published month: its appraisals are amended and printed again, and the change is recorded in the audit trail.
Why is it changed?</source>
        <translation>这会修改已发布月份：其考核结果将被更正并需重新打印，修改记入审计记录。
修改原因是什么？</translation>
    </message>
    <message>
        <source>Not changed: a reason is needed in a published period.</source>
        <translation>未修改：已发布期间的修改需要填写原因。</translation>
    </message>
    <message>
        <source>Recorded for the register only: the appraisals of %1 stay as signed.</source>
        <translation>已仅记入人事档案：%1的考核保持签字时的结果。</translation>
    </message>
    <message>
        <source>Take back the latest move</source>
        <translation>撤销最近一次调动</translation>
    </message>
    <message>
        <source>Why is the latest move taken back? (kept in the audit trail)</source>
        <translation>为什么撤销最近一次调动？（记入审计记录）</translation>
    </message>
    <message>
        <source>Taken back for the register only: the appraisals of %1 stay as signed.</source>
        <translation>已仅在人事档案中撤销：%1的考核保持签字时的结果。</translation>
    </message>
    <message>
        <source>Locked months</source>
        <translation>月份已锁定</translation>
    </message>
    <message>
        <source>%1: locked, or signed by this person. Their appraisals change only through an upheld appeal.</source>
        <translation>%1：已锁定或此人已签字，其考核只能通过申诉更正。</translation>
    </message>
    <message>
        <source>The move can be taken back for the register only: the team and sheet history from %1 go back to what they were, but the appraisals of those months are not scored again and stay as signed (the audit trail says so). Published months after them that are not signed yet are amended as usual.</source>
        <translation>可以仅在人事档案中撤销：从 %1 起的团队和考核表历史恢复原状，但这些月份的考核不重新计算，保持签字时的结果（审计记录中注明）。其后已发布但尚未签字的月份照常修正。</translation>
    </message>
    <message>
        <source>Take back for the register only</source>
        <translation>仅在人事档案中撤销</translation>
    </message>
    <message>
        <source>The move can be recorded for the register only: the team and sheet history change from %1, but the appraisals of those months are not scored again and stay as signed (the audit trail says so). Published months after them that are not signed yet are amended as usual.</source>
        <translation>可以仅记入人事档案：从 %1 起的团队和考核表历史随之改变，但这些月份的考核不重新计算，保持签字时的结果（审计记录中注明）。其后已发布但尚未签字的月份照常修正。</translation>
    </message>
    <message>
        <source>Record for the register only</source>
        <translation>仅记入人事档案</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by ID, name, team, region…</source>
        <translation>按工号、姓名、团队、区域搜索…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Everyone but leavers</source>
        <translation>在职人员（不含离职）</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Moves and leave…</source>
        <translation>调动与请假…</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>团队…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Business mentor</source>
        <translation>业务导师</translation>
    </message>
    <message>
        <source>Compliance mentor</source>
        <translation>合规导师</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reading the staff register…</source>
        <translation>正在读取人员名册…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Import staff…</source>
        <translation>导入人员…</translation>
    </message>
    <message>
        <source>Export staff…</source>
        <translation>导出人员…</translation>
    </message>
    <message>
        <source>Blank staff template…</source>
        <translation>空白人员模板…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>人员名单.xlsx</translation>
    </message>
    <message>
        <source>%1 people exported to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
    <message>
        <source>Blank staff template</source>
        <translation>空白人员模板</translation>
    </message>
    <message>
        <source>staff-template.xlsx</source>
        <translation>人员导入模板.xlsx</translation>
    </message>
    <message>
        <source>Blank template written to %1</source>
        <translation>空白模板已保存到 %1</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Checking the staff workbook…</source>
        <translation>正在检查人员工作簿…</translation>
    </message>
    <message>
        <source>Importing staff…</source>
        <translation>正在导入人员…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 people imported.</source>
        <translation>已导入 %1 人。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database cannot be opened:

%1</source>
        <translation>无法打开数据库：

%1</translation>
    </message>
    <message>
        <source>The database %1 does not exist, but there are backups in its folder. Restore one, or create a new, empty database?</source>
        <translation>数据库 %1 不存在，但其文件夹中有备份。要恢复一个备份，还是新建一个空数据库？</translation>
    </message>
    <message>
        <source>The database cannot be opened:

%1

Nothing has been changed. You may restore one of its backups.</source>
        <translation>无法打开数据库：

%1

未做任何更改。您可以恢复它的一个备份。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Annual targets by month</source>
        <translation>年度目标按月分解</translation>
    </message>
    <message>
        <source>%1 (every member)</source>
        <translation>%1（全体成员）</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By the seasonal profile</source>
        <translation>按季节系数</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>取整</translation>
    </message>
    <message>
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Same for everyone</source>
        <translation>全部相同</translation>
    </message>
    <message>
        <source>Save profile as default</source>
        <translation>保存为默认季节系数</translation>
    </message>
    <message>
        <source>Seed 004 profile</source>
        <translation>恢复淡旺季默认系数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
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
        <translation>季节系数</translation>
    </message>
    <message>
        <source>Locked: this month is not changed</source>
        <translation>已锁定：该月不修改</translation>
    </message>
    <message>
        <source>Locked months (grey) are left unchanged: %1</source>
        <translation>已锁定的月份（灰色）保持不变：%1</translation>
    </message>
    <message>
        <source>Published months are changed with a reason, kept in the audit trail: %1</source>
        <translation>已发布的月份需填写修改原因，并记入审计记录：%1</translation>
    </message>
    <message>
        <source>The seasonal profile needs 12 factors ≥ 0, not all 0.</source>
        <translation>季节系数需要 12 个 ≥ 0 的数，且不能全为 0。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid target.</source>
        <translation>%1：“%2”不是有效的目标值。</translation>
    </message>
    <message>
        <source>Seasonal profile saved.</source>
        <translation>季节系数已保存。</translation>
    </message>
    <message>
        <source>Locked months</source>
        <translation>已锁定的月份</translation>
    </message>
    <message>
        <source>Months %1 are signed and locked; their targets cannot change. Write the other months?</source>
        <translation>%1 月已签字锁定，目标不能修改。是否写入其他月份？</translation>
    </message>
    <message>
        <source>Not written: months %1 are locked.</source>
        <translation>未写入：%1 月已锁定。</translation>
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
        <translation>工作任务书：%1，%2</translation>
    </message>
    <message>
        <source>5–7 key tasks for the month, with steps and measures, a due date and points that add up to 100. At month end enter each task&apos;s score (0 to its points); the sum is the month&apos;s task sheet score.</source>
        <translation>本月 5–7 项重点工作，写明工作步骤与措施、衡量标准、完成时间和分值（合计 100 分）。月末为每项工作评分（0 至该项分值），合计即本月工作任务书得分。</translation>
    </message>
    <message>
        <source>Approved by the appraiser on:</source>
        <translation>考评者已审核，日期：</translation>
    </message>
    <message>
        <source>This person&apos;s template does not score the task sheet: it is the month&apos;s plan, approved and checked by the appraiser; its score counts nowhere.</source>
        <translation>此人的考核模板不计任务书得分：任务书是本月工作计划，由考评者审核、检查并作为考评依据，得分不计入考核总分。</translation>
    </message>
    <message>
        <source>Poor quality of the task sheet (%1 points)</source>
        <translation>工作任务书填报质量不好（%1 分）</translation>
    </message>
    <message>
        <source>The adjustment catalogue has no item for a poor task sheet.</source>
        <translation>加扣分项目中没有“工作任务书填报质量不好”，无法记录扣分。</translation>
    </message>
    <message>
        <source>Recorded %1 times this month in the key events: delete the extra ones there; the sheet keeps one.</source>
        <translation>本月关键事件中已记录 %1 次：请在关键事件中删除多余的记录，任务书只保留一次。</translation>
    </message>
    <message>
        <source>Recorded in the key events: %1 points.</source>
        <translation>已记入关键事件：%1 分。</translation>
    </message>
    <message>
        <source>Saving records %1 points in the key events.</source>
        <translation>保存后将在关键事件中记录 %1 分。</translation>
    </message>
    <message>
        <source>Saving deletes the %1 points from the key events.</source>
        <translation>保存后将从关键事件中删除 %1 分。</translation>
    </message>
    <message>
        <source>Recorded by hand in the key events (%1 points): tick its reasons.</source>
        <translation>已在关键事件中手工记录（%1 分）：请勾选原因。</translation>
    </message>
    <message>
        <source>Tick a reason to record the deduction; untick them all to take it back.</source>
        <translation>勾选原因即记录扣分；全部取消勾选即撤销扣分。</translation>
    </message>
    <message>
        <source>Key task</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Steps and measures</source>
        <translation>工作步骤与措施</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>衡量标准</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时间</translation>
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
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>下达日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Points: %1 / 100</source>
        <translation>分值合计：%1 / 100</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Score: not scored yet</source>
        <translation>得分：尚未评分</translation>
    </message>
    <message>
        <source>Not saved: the month is signed and locked.</source>
        <translation>未保存：该月已签字锁定。</translation>
    </message>
    <message>
        <source>task-sheet_%1_%2.pdf</source>
        <translation>工作任务书_%1_%2.pdf</translation>
    </message>
    <message>
        <source>Save the task sheet</source>
        <translation>保存工作任务书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TeamGoalsDialog</name>
    <message>
        <source>Team goals: %1</source>
        <translation>团队目标：%1</translation>
    </message>
    <message>
        <source>Seed 002: a share of each member&apos;s result (set in the template, usually 30 %) follows the team&apos;s goal. Attainment = actual ÷ target, capped like the template&apos;s achievement items (usual practice). Enter percentages as numbers (20 = 20 %).</source>
        <translation>种子文件 002：每位成员绩效的一部分（在模板中设置，通常为 30%）与团队整体目标挂钩。达成率 = 实际 ÷ 目标，封顶与模板中的达成率类指标相同（常用做法）。百分比按数字录入（20 即 20%）。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team goal</source>
        <translation>团队目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Export the team goals</source>
        <translation>导出团队目标</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Team goals workbook</source>
        <translation>团队目标工作簿</translation>
    </message>
    <message>
        <source>%1 problem(s): fix the workbook; nothing was imported.</source>
        <translation>%1 个问题：请修改工作簿；未导入任何数据。</translation>
    </message>
    <message>
        <source>The workbook changes no team goal.</source>
        <translation>工作簿中的团队目标与现有的相同，没有需要修改的。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>TeamPoolDialog</name>
    <message>
        <source>Team bonus pools</source>
        <translation>团队奖金池</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Pool (yuan)</source>
        <translation>奖金池（元）</translation>
    </message>
    <message>
        <source>A pool is split among the team&apos;s members in proportion to their total score; each share is rounded down, the remainder goes to the highest score; a vetoed member gets no share (common practice).</source>
        <translation>奖金池按团队成员的总分比例分配；每份向下取整，余数归总分最高者；被一票否决者不参与分配（常用做法）。</translation>
    </message>
</context>
<context>
    <name>TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>保存团队</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>不限团队</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>The team goal (entered per team and month)</source>
        <translation>团队目标（按团队、按月录入）</translation>
    </message>
    <message>
        <source>The mean of the regular colleagues</source>
        <translation>正式同事的平均成绩</translation>
    </message>
    <message>
        <source>Like the achievement items</source>
        <translation>同达成率类指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (简体中文)</source>
        <translation>名称（简体中文）</translation>
    </message>
    <message>
        <source>Name (繁體中文)</source>
        <translation>名称（繁體中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>For role</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <source>For product line</source>
        <translation>适用产品线</translation>
    </message>
    <message>
        <source>For team</source>
        <translation>适用团队</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Sheet total (points)</source>
        <translation>总分（分）</translation>
    </message>
    <message>
        <source>Rater weights</source>
        <translation>评价人权重</translation>
    </message>
    <message>
        <source>Share tied to the team score</source>
        <translation>与团队得分挂钩的比例</translation>
    </message>
    <message>
        <source>Team share follows</source>
        <translation>团队挂钩依据</translation>
    </message>
    <message>
        <source>Team goal attainment capped at</source>
        <translation>团队目标达成率封顶</translation>
    </message>
    <message>
        <source>%1 appraisal(s) use this version; saving creates a new version and they keep theirs.</source>
        <translation>有 %1 份考核使用此版本；保存时将创建新版本，已有考核保留原版本。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Add indicators…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Weights by 0-1-2 comparison…</source>
        <translation>按 0-1-2 评分法（强制对比法）确定权重…</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>总分起点</translation>
    </message>
    <message>
        <source>Bonus coefficient</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Best grade first; leave “From total” empty for the lowest grade.</source>
        <translation>最高等级在前；最低等级的“总分起点”留空。</translation>
    </message>
    <message>
        <source>Indicators and rules</source>
        <translation>指标与计分规则</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>scoring rule</source>
        <translation>计分规则</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板填写名称。</translation>
    </message>
    <message>
        <source>Weights add up to %1 of %2</source>
        <translation>权重合计 %1 / %2</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>计分规则</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Indicator library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>Bonus/penalty items</source>
        <translation>加减分项目</translation>
    </message>
    <message>
        <source>Indicator templates</source>
        <translation>指标模板</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %</source>
        <translation>满分 %1 分（权重合计 %2）；评分人：上级 %3、自评 %4、同事 %5；团队挂钩 %6 %</translation>
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
        <translation>恢复</translation>
    </message>
    <message>
        <source>Saved as version %1; appraisals already started keep their version.</source>
        <translation>已保存为第 %1 版；已开始的考核保留原版本。</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Code of the copy:</source>
        <translation>副本代码：</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入考核模板…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>导出考核模板…</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出考核模板</translation>
    </message>
    <message>
        <source>SalesPerf template (*.salesperf-template.json *.json)</source>
        <translation>SalesPerf 考核模板 (*.salesperf-template.json *.json)</translation>
    </message>
    <message>
        <source>Template exported to %1</source>
        <translation>模板已导出到 %1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入考核模板</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
    <message>
        <source>Template %1 version %2 imported.</source>
        <translation>已导入模板 %1 第 %2 版。</translation>
    </message>
    <message>
        <source>A template with code %1 already exists. Import the file as:</source>
        <translation>已存在代码为 %1 的模板。将文件导入为：</translation>
    </message>
    <message>
        <source>A new version of it</source>
        <translation>该模板的新版本</translation>
    </message>
    <message>
        <source>A separate template</source>
        <translation>一个独立的新模板</translation>
    </message>
</context>
<context>
    <name>WorkdayCalendar</name>
    <message>
        <source>%1: official Chinese calendar (the State Council&apos;s notice: holidays and make-up working days).</source>
        <translation>%1 年：正式安排（国务院办公厅放假通知，含法定节假日和调休上班日）。</translation>
    </message>
    <message>
        <source>%1: official Chinese calendar, the State Council&apos;s notice as you entered it.</source>
        <translation>%1 年：正式安排，按您录入的国务院办公厅放假通知。</translation>
    </message>
    <message>
        <source>%1: estimated. Statutory holidays by rule; the make-up working days are not published yet. Enter the notice under Working-day calendar… once it is out.</source>
        <translation>%1 年：估算。法定节假日按规定推算，调休上班日尚未公布；通知发布后请在“工作日日历…”中录入。</translation>
    </message>
</context>
</TS>
