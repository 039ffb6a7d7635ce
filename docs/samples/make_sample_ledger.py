"""Write docs/samples/销售明细_示例.xlsx: an ERP sales ledger for the demo company (E公司),
October 2026, as 用友 U8 / 金蝶 export one: two merged title rows, the header on row 3, one row
per sale with text dates, a 小计 row per month and a 合计 row at the bottom.

Run: .venv/bin/python docs/samples/make_sample_ledger.py
"""

from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent / "销售明细_示例.xlsx"
HEADER = ["日期", "业务员", "客户", "产品", "产品类别", "销售额(元)", "回款额(元)"]
# demo people as an ERP writes them: by name, by ID, and once with the region appended
PEOPLE = ["张伟", "陈静", "刘洋", "E006", "孙丽", "周杰(华东)", "吴芳", "郑强"]
CUSTOMERS = ["华山医院", "瑞金医院", "中山医院", "仁济医院", "长海医院", "新华医院", "第六人民医院"]
PRODUCTS = [("超声刀", "成熟产品"), ("吻合器", "成熟产品"), ("新型支架", "新产品")]


def main() -> Path:
    rnd = random.Random(2026)
    wb = Workbook()
    ws = wb.active
    ws.title = "销售明细"
    ws.append(["E公司销售明细表"])
    ws.append(["2026年10月"])
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    ws["A1"].font = Font(bold=True, size=14)
    for cell in ("A1", "A2"):
        ws[cell].alignment = Alignment(horizontal="center")
    ws.append(HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    sales_total = cash_total = 0.0
    formats = ("2026-10-{d:02d}", "2026/10/{d}", "2026年10月{d}日")
    for n in range(40):
        day = 1 + n * 30 // 40
        product, category = PRODUCTS[n % 3]
        sales = round(rnd.uniform(3000, 60000), 2)
        cash = round(sales * rnd.choice((0, 0.5, 1)), 2)
        sales_total += sales
        cash_total += cash
        ws.append(
            [
                formats[n % 3].format(d=day),
                PEOPLE[n % len(PEOPLE)],
                rnd.choice(CUSTOMERS),
                product,
                category,
                sales,
                cash,
            ]
        )
    ws.append(["2026-10 小计", None, None, None, None, round(sales_total, 2), round(cash_total, 2)])
    ws.append(["合计", None, None, None, None, round(sales_total, 2), round(cash_total, 2)])
    for letter, width in zip("ABCDEFG", (16, 12, 14, 10, 10, 14, 14), strict=True):
        ws.column_dimensions[letter].width = width
    wb.save(OUT)
    return OUT


if __name__ == "__main__":
    print(main())
