<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ChartsTab</name>
    <message>
        <source>Loading charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
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
        <source>Company sales by month (10,000 yuan)</source>
        <translation>公司月度销售额（万元）</translation>
    </message>
    <message>
        <source>No sales entered yet</source>
        <translation>尚未录入销售数据</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
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
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>月度录入</translation>
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
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This database is protected. Enter the password to open
%1</source>
        <translation>此数据库受密码保护。请输入密码以打开
%1</translation>
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
        <source>The password is asked when SalesPerf opens this database. Only a secure hash is stored. Leave the new password empty to remove it. There is no way to recover a forgotten password except restoring a backup made without one.</source>
        <translation>打开此数据库时会要求输入密码。系统只保存密码的安全散列值。新密码留空即取消密码。忘记密码后无法找回，只能恢复一个未设密码时的备份。</translation>
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
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
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
