"""Importing a 20,000-row ERP sales ledger into a populated database, against openpyxl's read.

Issue #16 item 4: a 20,000-row ledger (two merged title rows, text dates in the usual Chinese
formats, one row per sale, a 合计 row) is planned (read, summed per person × month, reconciled,
compared with what is stored) and applied INCLUDING the before-import backup, into a
300-staff × 2-year database (benchmarks/bigdb.py). Goal: ≤ 2× the bare openpyxl read_only read
of the same file. The long layout (20,000 person × indicator × month rows) is measured the same
way. Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report
from bigdb import cached_db, copy_of

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.ledger_import import (
    LedgerMapping,
    RowFilter,
    ValueMap,
    plan_ledger_import,
)
from salesperf_desktop.services.metrics_import import (
    apply_import,
    default_mapping,
    plan_import,
)
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import StaffRow

ROWS, STAFF = 20_000, 300
GOAL_RATIO = 2.0
REPEATS = 3
CUSTOMERS = [f"{city}第{n}人民医院" for city in "沪苏浙皖闽赣鲁豫" for n in range(1, 26)]
PRODUCTS = [("超声刀", "成熟产品"), ("吻合器", "成熟产品"), ("新型支架", "新产品")]
LONG_CODES = ["sales_achievement", "collection_rate", "new_customers", "effective_visits"]


def _people(ctx) -> list[str]:
    """How the ledger names each person: the name when it is unique, else the employee ID."""
    with ctx.session() as s:
        staff = list(s.execute(select(StaffRow.employee_no, StaffRow.name)))
    counts: dict[str, int] = {}
    for _, name in staff:
        counts[name] = counts.get(name, 0) + 1
    return [name if counts[name] == 1 else no for no, name in staff]


def make_ledger(path: Path, people: list[str]) -> None:
    rnd = random.Random(16)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("销售明细")
    ws.append(["E公司销售明细表"])
    ws.append(["2026年1月—6月"])
    ws.append(["日期", "业务员", "客户", "产品", "产品类别", "销售额(元)", "回款额(元)"])
    total_sales = total_cash = 0.0
    for n in range(ROWS):
        month, day = n * 6 // ROWS + 1, rnd.randint(1, 28)
        date = (f"2026-{month:02d}-{day:02d}", f"2026/{month}/{day}", f"2026年{month}月{day}日")[
            n % 3
        ]
        product, category = PRODUCTS[n % 3]
        sales = round(rnd.uniform(500, 50000), 2)
        cash = round(sales * rnd.choice((0, 0.5, 1)), 2)
        total_sales += sales
        total_cash += cash
        ws.append(
            [date, people[n % len(people)], rnd.choice(CUSTOMERS), product, category, sales, cash]
        )
    ws.append(["合计", None, None, None, None, round(total_sales, 2), round(total_cash, 2)])
    wb.save(path)
    _merge_titles(path)


def _merge_titles(path: Path) -> None:
    """Merge the two title rows as the ERP does (openpyxl's write-only mode cannot)."""
    wb = load_workbook(path)
    wb.active.merge_cells("A1:G1")
    wb.active.merge_cells("A2:G2")
    wb.save(path)


def make_long(path: Path, people_nos: list[str]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    n = 0
    for month in range(24):
        for no in people_nos:
            for code in LONG_CODES:
                if n < ROWS:
                    key = f"{2027 + month // 12}-{month % 12 + 1:02d}"
                    ws.append([no, "", key, code, 1000 + n, 900 + n, None])
                n += 1
    wb.save(path)


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert count > ROWS
    return time.perf_counter() - start


LEDGER_MAPPING = LedgerMapping(
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
    first_month="2026-01",
    last_month="2026-06",
)


def timed_import(db: Path, planner) -> tuple[float, float, int]:
    """Plan + apply (with the before-import backup) into a fresh copy of *db*."""
    ctx = build_context(db)
    try:
        start = time.perf_counter()
        plan = run_to_end(planner(ctx))
        planned = time.perf_counter() - start
        assert not plan.problems, plan.problems[:3]
        start = time.perf_counter()
        run_to_end(apply_import(ctx, plan, backup=True))
        return planned, time.perf_counter() - start, len(plan.changes)
    finally:
        ctx.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # the cached 300 × 24 file (built by bigdb.build_big_db the first time), copied
        master = copy_of(cached_db(STAFF, 24), tmp)
        ctx = build_context(master)
        people = _people(ctx)
        with ctx.session() as s:
            numbers = list(s.scalars(select(StaffRow.employee_no)))
        ctx.close()
        ledger, long_file = tmp / "销售明细.xlsx", tmp / "metrics.xlsx"
        make_ledger(ledger, people)
        make_long(long_file, numbers)
        results = []
        for name, path, planner in (
            ("ledger", ledger, lambda c: plan_ledger_import(c, ledger, LEDGER_MAPPING)),
            ("long", long_file, lambda c: plan_import(c, long_file, default_mapping())),
        ):
            # Best of REPEATS for both sides, interleaved (a loaded machine slows both alike);
            # each import goes into a fresh copy of the populated database.
            reads, imports = [], []
            for n in range(REPEATS):
                reads.append(bare_read(path))
                db = tmp / f"{name}-{n}" / "salesperf.sqlite"
                db.parent.mkdir()
                shutil.copy(master, db)
                imports.append(timed_import(db, planner))
            read = min(reads)
            planned, applied, changes = min(imports, key=lambda t: t[0] + t[1])
            total = planned + applied
            print(
                f"{name}: {ROWS} rows → {changes} values; openpyxl read {read:.2f} s; "
                f"plan {planned:.2f} s + apply with backup {applied:.2f} s = {total:.2f} s "
                f"({total / read:.2f}× the read; best of {REPEATS})"
            )
            results.append((name, total, read))
    ok = True
    for name, total, read in results:
        what = "ERP sales ledger" if name == "ledger" else "long-layout workbook"
        r = report(
            f"import 20,000-row {what} + backup, 300 staff × 2 years",
            total,
            "s",
            f"≤ {GOAL_RATIO:g}× openpyxl read ({read:.2f} s)",
            total / (GOAL_RATIO * read),
        )
        ok = ok and r["pass"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
