"""Ledgers as the ERP exports them (用友 U8 / 金蝶 style), built with openpyxl for the tests."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from salesperf_desktop.domain.ledger import month_of
from salesperf_desktop.services.ledger_import import LedgerMapping, RowFilter, ValueMap
from salesperf_desktop.storage.models import StaffRow

HEADER = ["日期", "业务员", "客户", "产品", "产品类别", "销售额(元)", "回款额(元)"]

# (date as the ERP writes it, person, customer, product, category, sales, collected)
ROWS = [
    ("2026-01-15", "王建国", "华山医院", "超声刀", "成熟产品", 12000, 10000),
    ("2026/1/20", "王建国", "华山医院", "新型支架", "新产品", 8000, 8000),
    ("2026年1月28日", "E001", "瑞金医院", "超声刀", "成熟产品", 5000, 0),
    (dt.datetime(2026, 1, 30), "李娜", "中山医院", "新型支架", "新产品", 3000, 3000),
    ("2026-02-03", "王建国", "仁济医院", "超声刀", "成熟产品", 7000.5, 7000.5),
    (46060, "李娜", "中山医院", "超声刀", "成熟产品", 1000, 500),  # Excel serial: 2026-02-07
    ("2026.2.14", "李娜", "长海医院", "新型支架", "新产品", 2000, 0),
]


def add_people(ctx) -> None:
    with ctx.transaction() as s:
        for no, name in [
            ("E001", "李娜"),
            ("E002", "刘洋"),
            ("E003", "王建国"),
            ("E004", "张伟"),
            ("E005", "张伟"),
        ]:
            s.add(StaffRow(employee_no=no, name=name, hire_date=dt.date(2020, 1, 1)))


def write_ledger(path, rows=ROWS, *, totals=True, subtotals=False, stated=None, title=True):
    """The ledger with two merged title rows, the header on row 3, the rows and a 合计 row
    (*stated* overrides its sales figure). Returns the path."""
    wb = Workbook()
    ws = wb.active
    ws.title = "销售明细"
    if title:
        ws.append(["E公司销售明细表"])
        ws.append(["2026年1月—6月"])
        ws.merge_cells("A1:G1")
        ws.merge_cells("A2:G2")
    ws.append(HEADER)
    month_sales = month_cash = 0.0
    last_month = None
    for r in rows:
        month = month_of(r[0])
        if subtotals and last_month and month != last_month:
            ws.append(
                [f"{last_month.format()} 小计", None, None, None, None, month_sales, month_cash]
            )
            month_sales = month_cash = 0.0
        last_month = month
        ws.append(list(r))
        month_sales += r[5] if isinstance(r[5], (int, float)) else 0
        month_cash += r[6]
    if subtotals and last_month:
        ws.append([f"{last_month.format()} 小计", None, None, None, None, month_sales, month_cash])
    if totals:
        sales = sum(r[5] for r in rows if isinstance(r[5], (int, float)))
        sales = sales if stated is None else stated
        ws.append(["合计", None, None, None, None, sales, sum(r[6] for r in rows)])
    wb.save(path)
    return path


def u8_mapping(**kw) -> LedgerMapping:
    """销售额 → actual of sales achievement; 回款额 → actual of collection; new-product sales;
    distinct customers → new customers."""
    return LedgerMapping(
        date_column="日期",
        person_column="业务员",
        values=[
            ValueMap("销售额(元)", "sales_achievement", "actual", "sum"),
            ValueMap("回款额(元)", "collection_rate", "actual", "sum"),
            ValueMap(
                "销售额(元)",
                "new_product_achievement",
                "actual",
                "sum",
                [RowFilter("产品类别", ["新产品"])],
            ),
            ValueMap("客户", "new_customers", "actual", "count_distinct"),
        ],
        **kw,
    )
