"""Metrics import of a 20,000-row workbook: openpyxl's read-only read alone vs plan + apply.

Goal: plan + apply ≤ 2 × the bare read. Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.metrics_import import apply_import, default_mapping, plan_import
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import StaffRow

ROWS, STAFF = 20_000, 300
INDICATORS = [
    "sales_achievement", "collection_rate", "sales_growth", "market_share_retention",
    "effective_visits", "visit_plan_completion", "new_customers", "market_info_reports",
    "product_knowledge_test", "promo_material_approval_rate", "training_attendance",
    "customer_satisfaction", "new_product_achievement", "clinical_trial_sites",
    "clinical_trial_conversion", "target_department_coverage", "visit_record_completeness",
    "academic_promotion", "nps", "sell_through_rate",
]  # fmt: skip
GOAL_RATIO = 2.0


def make_workbook(path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    n = 0
    for month in range(1, 13):
        for s in range(STAFF):
            for code in INDICATORS:
                if n >= ROWS:
                    break
                ws.append(
                    [f"B{s:04d}", f"员工{s}", f"2027-{month:02d}", code, 1000 + n, 900 + n, None]
                )
                n += 1
    wb.save(path)


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert count == ROWS + 1
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ctx = build_context(tmp / "bench.sqlite")
        with ctx.transaction() as session:
            session.add_all(
                StaffRow(employee_no=f"B{s:04d}", name=f"员工{s}", hire_date=dt.date(2020, 1, 1))
                for s in range(STAFF)
            )
        path = tmp / "metrics.xlsx"
        make_workbook(path)
        read = min(bare_read(path) for _ in range(2))
        start = time.perf_counter()
        plan = run_to_end(plan_import(ctx, path, default_mapping()))
        planned = time.perf_counter() - start
        assert not plan.problems, plan.problems[:3]
        start = time.perf_counter()
        run_to_end(apply_import(ctx, plan, backup=False))
        applied = time.perf_counter() - start
        ratio = (planned + applied) / read
        print(f"rows: {ROWS}, changes: {len(plan.changes)}")
        print(f"openpyxl read_only read: {read:.2f} s")
        print(
            f"plan: {planned:.2f} s, apply: {applied:.2f} s, plan+apply: {planned + applied:.2f} s"
        )
        print(
            f"ratio: {ratio:.2f} (goal ≤ {GOAL_RATIO})  {'OK' if ratio <= GOAL_RATIO else 'MISSED'}"
        )
        ctx.close()
        return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
