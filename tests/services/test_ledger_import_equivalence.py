"""The ledger import's narrowed read (stop 20) against the rule it replaces, on messy data:
``metrics_import.stored_entries`` reads only the indicators an import writes; the reference
reads every indicator of the months, as before. An import through both gives the same
problems, plan and database (entries, audit trail, amended appraisals and their results,
batches).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import metrics_import, workflow
from salesperf_desktop.services.ledger_import import (
    LedgerMapping,
    ValueMap,
    plan_ledger_import,
)
from salesperf_desktop.services.metrics_import import apply_import
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import MetricEntryRow
from tests.services.ledger_support import add_people, u8_mapping

FIXTURES = Path(__file__).parents[1] / "fixtures"
LIBREOFFICE_LEDGER = FIXTURES / "ledgers" / "销售明细_libreoffice.xlsx"


def _old_rules(monkeypatch) -> None:
    """The stored-entries read as it was before stop 20: every indicator of the months."""
    every_indicator = metrics_import.stored_entries

    def stored_entries(session, period_ids, indicators):
        codes = session.scalars(select(MetricEntryRow.indicator_code).distinct())
        return every_indicator(session, period_ids, list(codes))

    monkeypatch.setattr(metrics_import, "stored_entries", stored_entries)


def _messy_ledger(path: Path, people: list[tuple[str, str]], *, errors: bool) -> Path:
    """Two merged title rows, dates in the ERP's text forms and as dates, people by ID and by
    name, a 小计 and a 合计 row; with *errors* also an unknown person, a bad amount and a
    date that is no date."""
    book = Workbook()
    sheet = book.active
    sheet.title = "销售明细"
    sheet.append(["E公司销售明细表"])
    sheet.append(["2026年9月—10月"])
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet.append(["日期", "业务员", "客户", "产品", "产品类别", "销售额(元)", "回款额(元)"])
    total = cash = 0.0
    for month in (9, 10):
        sub = sub_cash = 0.0
        for n, (no, name) in enumerate(people * 3):
            day = n % 27 + 1
            date = (
                f"2026-{month:02d}-{day:02d}",
                f"2026年{month}月{day}日",
                dt.date(2026, month, day),
            )
            sales, got = 1000.0 * (n + month) + 0.25, 500.0 * (n % 3)
            sheet.append(
                [
                    date[n % 3],
                    no if n % 2 else name,
                    f"第{n % 5}医院",
                    "支架",
                    "新产品" if n % 4 == 0 else "成熟产品",
                    sales,
                    got,
                ]
            )
            sub, sub_cash = sub + sales, sub_cash + got
        sheet.append([f"2026-{month:02d} 小计", None, None, None, None, sub, sub_cash])
        total, cash = total + sub, cash + sub_cash
    if errors:
        sheet.append(["2026-09-03", "周杰(华东)", "甲医院", "支架", "新产品", 100, 0])
        sheet.append(["2026-09-04", people[0][0], "甲医院", "支架", "新产品", "12,3x", 0])
        sheet.append(["下周", people[1][0], "甲医院", "支架", "新产品", 100, 0])
    sheet.append(["合计", None, None, None, None, total, cash])
    book.save(path)
    return path


MAPPING = u8_mapping(first_month="2026-09", last_month="2026-10")  # the ledger's two months


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every table the import writes, row by row (the clock's columns left out)."""
    clock = {"at", "updated_at", "created_at", "imported_at", "changed_at"}
    out = {}
    with sqlite3.connect(db) as conn:
        for table in ("metric_entries", "audit_log", "appraisals", "import_batches", "periods"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c not in clock]
            out[table] = conn.execute(
                f"SELECT {', '.join(kept)} FROM {table} ORDER BY id"
            ).fetchall()
    return out


def _ledger(demo_file: Path, folder: Path, *, errors: bool) -> Path:
    """The messy ledger of six demo people with unique names (one file for both imports)."""
    with sqlite3.connect(demo_file) as conn:
        people = conn.execute("SELECT employee_no, name FROM staff ORDER BY id").fetchall()
    names = [name for _, name in people]
    people = [(no, name) for no, name in people if names.count(name) == 1][:6]
    return _messy_ledger(folder / "销售明细.xlsx", people, errors=errors)


def _import(demo_file: Path, folder: Path, ledger: Path, *, apply: bool):
    """Plan (and apply) *ledger* into a copy of the demo company with September and October
    published; returns the plan and the database file."""
    folder.mkdir()
    db = folder / "demo.sqlite"
    shutil.copy(demo_file, db)
    ctx = build_context(db, lang="zh_CN")
    try:
        workflow.publish(ctx, Period.month(2026, 10), dt.date(2026, 11, 5))
        plan = run_to_end(plan_ledger_import(ctx, ledger, MAPPING))
        if apply:
            run_to_end(apply_import(ctx, plan, reason="ERP补录", backup=True))
    finally:
        ctx.close()
    return plan, db


def _plan_facts(plan) -> tuple:
    return (
        [(p.location, p.code, p.message) for p in plan.problems],
        [(p.location, p.code, p.message) for p in plan.skipped],
        plan.changes,
        plan.sums,
        plan.reconciliations,
        plan.unknown_people,
        (plan.rows, plan.unchanged, plan.header_row),
    )


def test_a_messy_ledger_into_published_months_writes_what_the_old_rules_wrote(
    demo_file, tmp_path, monkeypatch
):
    ledger = _ledger(demo_file, tmp_path, errors=False)
    new_plan, new_db = _import(demo_file, tmp_path / "new", ledger, apply=True)
    with monkeypatch.context() as m:
        _old_rules(m)
        old_plan, old_db = _import(demo_file, tmp_path / "old", ledger, apply=True)
    assert new_plan.problems == [] and len(new_plan.changes) > 40
    assert _plan_facts(new_plan) == _plan_facts(old_plan)
    new, old = _dump(new_db), _dump(old_db)
    assert new == old
    # the import did reach published months: appraisals amended, the trail written
    entities = {r[2] for r in new["audit_log"]}  # id, actor, entity, …
    assert {"appraisal", "metric_entry"} <= entities


def test_a_messy_ledger_s_problems_are_those_the_old_rules_found(demo_file, tmp_path, monkeypatch):
    ledger = _ledger(demo_file, tmp_path, errors=True)
    new_plan, _ = _import(demo_file, tmp_path / "new", ledger, apply=False)
    with monkeypatch.context() as m:
        _old_rules(m)
        old_plan, _ = _import(demo_file, tmp_path / "old", ledger, apply=False)
    assert {p.code for p in new_plan.problems} >= {"unknown_person", "total_mismatch"}
    assert _plan_facts(new_plan) == _plan_facts(old_plan)


def test_the_libreoffice_ledger_plans_as_under_the_old_rules(ctx, monkeypatch):
    add_people(ctx)
    people_ctx = ctx
    mapping = LedgerMapping(
        values=[
            ValueMap("销售额(元)", "sales_achievement", "actual", "sum"),
            ValueMap("回款额(元)", "collection_rate", "actual", "sum"),
            ValueMap("客户", "new_customers", "actual", "count_distinct"),
        ]
    )
    new = run_to_end(plan_ledger_import(people_ctx, LIBREOFFICE_LEDGER, mapping))
    with monkeypatch.context() as m:
        _old_rules(m)
        old = run_to_end(plan_ledger_import(people_ctx, LIBREOFFICE_LEDGER, mapping))
    assert new.problems  # the text amount G6 and an unknown alias
    assert _plan_facts(new) == _plan_facts(old)
