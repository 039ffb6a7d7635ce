<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
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
        <source>No results to chart yet</source>
        <translation>暂无可绘制的结果</translation>
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
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
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
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is an Excel error value</source>
        <translation>“%1”是 Excel 错误值</translation>
    </message>
    <message>
        <source>%1: a target or base cannot be negative</source>
        <translation>%1：目标值或基数不能为负数</translation>
    </message>
    <message>
        <source>“%1”: type 1/0, yes/no or 是/否</source>
        <translation>“%1”：请输入 1/0 或 是/否</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 超出 %2–%3 的范围</translation>
    </message>
    <message>
        <source>%1 is implausibly large</source>
        <translation>%1 大得不合理</translation>
    </message>
    <message>
        <source>a date (%1) where a number is expected</source>
        <translation>此处需要数字，却是日期（%1）</translation>
    </message>
    <message>
        <source>a yes/no value where a number is expected</source>
        <translation>此处需要数字，却是是/否值</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限的数字</translation>
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
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Vetoed (compliance)</source>
        <translation>一票否决（合规）</translation>
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
        <source>Import…</source>
        <translation>导入…</translation>
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
        <source>Monthly entry</source>
        <translation>月度录入</translation>
    </message>
    <message>
        <source>Targets and actuals (Excel)…</source>
        <translation>目标与实际数据（Excel）…</translation>
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
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>%1: entries marked complete.</source>
        <translation>%1：已标记为录入完成。</translation>
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
        <source>first sheet</source>
        <translation>第一个工作表</translation>
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
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Imported.</source>
        <translation>已导入。</translation>
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
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>已签字锁定</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上级</translation>
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
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
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
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print forms</source>
        <translation>打印考核表(&amp;P)</translation>
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
        <source>New database</source>
        <translation>新建数据库</translation>
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
        <source>Create demo company</source>
        <translation>创建演示公司</translation>
    </message>
    <message>
        <source>Add the demo company &quot;E Company&quot; (12 staff, six months of data) to this database?</source>
        <translation>将演示公司“E公司”（12 名员工、六个月的数据）添加到此数据库？</translation>
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
    <name>OutputActions</name>
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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
        <source>&amp;Results…</source>
        <translation>考核结果(&amp;R)…</translation>
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
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Interviewer</source>
        <translation>面谈人</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的行动项</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
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
        <source>Review interviews (GROW)</source>
        <translation>绩效面谈（GROW）</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Reviews (GROW)</source>
        <translation>绩效面谈（GROW）</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by ID, name, team, region…</source>
        <translation>按工号、姓名、团队、区域搜索…</translation>
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
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>An unexpected error occurred:

%1

Details are in the log file.</source>
        <translation>发生意外错误：

%1

详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>This database is already open in another SalesPerf window.

%1</source>
        <translation>此数据库已在另一个 SalesPerf 窗口中打开。

%1</translation>
    </message>
    <message>
        <source>The database cannot be opened:

%1</source>
        <translation>无法打开数据库：

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
        <source>Version</source>
        <translation>版本</translation>
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
        <source>Indicator templates</source>
        <translation>指标模板</translation>
    </message>
    <message>
        <source>Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %</source>
        <translation>满分 %1 分（权重合计 %2）；评分人：上级 %3、自评 %4、同事 %5；团队挂钩 %6 %</translation>
    </message>
</context>
</TS>
