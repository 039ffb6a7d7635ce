"""Messages of the ERP ledger import (services/ledger_import.py) and its CLI: problems, skipped
rows, the reconciliation with the ledger's totals rows, and the saved profiles."""

from __future__ import annotations


def _t(zh_cn: str, zh_tw: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "ledger.field.date": _t("日期", "日期", "date"),
    "ledger.field.person": _t("业务员", "業務員", "salesperson"),
    "ledger.agg.sum": _t("合计", "合計", "sum"),
    "ledger.agg.count": _t("笔数", "筆數", "count"),
    "ledger.agg.count_distinct": _t("不重复个数", "不重複個數", "count distinct"),
    "ledger.no_mappings": _t(
        "没有把任何列对应到指标：至少对应一列（例如 销售额 → 销售目标达成率 的实际值）",
        "沒有把任何欄對應到指標：至少對應一欄（例如 銷售額 → 銷售目標達成率 的實際值）",
        "no column is mapped to an indicator: map at least one (e.g. sales → actual of sales "
        "target achievement)",
    ),
    "ledger.unknown_indicator": _t(
        "指标“{indicator}”不存在",
        "指標「{indicator}」不存在",
        "there is no indicator “{indicator}”",
    ),
    "ledger.mapped_twice": _t(
        "“{indicator}”的{field}对应了两列（{first} 和 {second}）",
        "「{indicator}」的{field}對應了兩欄（{first} 和 {second}）",
        "the {field} of “{indicator}” is mapped twice (columns {first} and {second})",
    ),
    "ledger.bad_period": _t(
        "期间“{value}”无法识别（请写成 2026-01）",
        "期間「{value}」無法識別（請寫成 2026-01）",
        "“{value}” is not a month (write 2026-01)",
    ),
    "ledger.no_date": _t("日期为空", "日期為空", "the date is empty"),
    "ledger.no_person": _t("业务员为空", "業務員為空", "the salesperson is empty"),
    "ledger.unknown_person": _t(
        "“{value}”不是任何员工的工号、姓名或已记住的别名（共 {count} 行）：在预览中为它指定员工，"
        "或先在人员名册中添加此人",
        "「{value}」不是任何員工的工號、姓名或已記住的別名（共 {count} 列）：在預覽中為它指定員工，"
        "或先在人員名冊中新增此人",
        "“{value}” is no employee's ID, name or remembered alias ({count} rows): assign it to an "
        "employee in the preview, or add the person to the staff register first",
    ),
    "ledger.ambiguous_person": _t(
        "姓名“{value}”对应多名员工（{candidates}）（共 {count} 行）：请在账中写工号，或在预览中为它指定员工",
        "姓名「{value}」對應多名員工（{candidates}）（共 {count} 列）：請在帳中寫工號，或在預覽中為它指定員工",
        "the name “{value}” belongs to several employees ({candidates}) ({count} rows): write the "
        "employee ID in the ledger, or assign it to one employee in the preview",
    ),
    "ledger.total_mismatch": _t(
        "{kind}与明细不符：“{column}”明细相加为 {found}，此行为 {stated}（相差 {diff}）",
        "{kind}與明細不符：「{column}」明細相加為 {found}，此列為 {stated}（相差 {diff}）",
        "the {kind} does not match the rows: “{column}” adds up to {found}, this row says "
        "{stated} (difference {diff})",
    ),
    "ledger.kind.grand": _t("合计行", "合計列", "totals row"),
    "ledger.kind.sub": _t("小计行", "小計列", "subtotal row"),
    "ledger.reconciled": _t(
        "“{column}”明细相加为 {found}，与{kind} {cell} 一致",
        "「{column}」明細相加為 {found}，與{kind} {cell} 一致",
        "“{column}” adds up to {found}, as the {kind} {cell} says",
    ),
    "ledger.skipped_total": _t(
        "{kind}，已跳过（不作为销售记录导入）",
        "{kind}，已略過（不作為銷售記錄匯入）",
        "{kind}, skipped (not imported as a sale)",
    ),
    "ledger.skipped_outside": _t(
        "{month} 不在所选期间（{first} 至 {last}），未导入",
        "{month} 不在所選期間（{first} 至 {last}），未匯入",
        "{month} is outside the chosen period ({first} to {last}); not imported",
    ),
    "ledger.profile_unknown": _t(
        "没有名为“{name}”的导入方案（已有：{known}）",
        "沒有名為「{name}」的匯入方案（已有：{known}）",
        "there is no import profile named “{name}” (known: {known})",
    ),
    "ledger.profile_name_required": _t(
        "请为导入方案起个名字", "請為匯入方案命名", "give the import profile a name"
    ),
    "ledger.file_required": _t(
        "请给出要导入的工作簿文件",
        "請給出要匯入的活頁簿檔案",
        "give the workbook FILE to import",
    ),
    "ledger.alias_unknown_staff": _t(
        "没有工号为“{employee_no}”的员工",
        "沒有工號為「{employee_no}」的員工",
        "there is no employee with the ID “{employee_no}”",
    ),
}
