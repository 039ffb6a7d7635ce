"""Migration 0003 (ledger import profiles and staff aliases) on a real old file: a 0001
database upgraded by opening it keeps its staff and can store profiles and aliases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.ledger_import import (
    LedgerMapping,
    ValueMap,
    list_aliases,
    list_profiles,
    save_alias,
    save_profile,
)
from salesperf_desktop.storage.database import SCHEMA_HEAD

OLD_0001 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0001.sqlite"


def test_an_old_file_upgraded_stores_profiles_and_aliases(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(OLD_0001, path)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "import_profiles" not in tables and "staff_aliases" not in tables
    ctx = build_context(path, lang="zh_CN")
    try:
        mapping = LedgerMapping(values=[ValueMap("销售额(元)", "sales_achievement")])
        save_profile(ctx, "用友 U8 销售明细", mapping)
        employee_no = _employee_no_of(path)
        save_alias(ctx, "张伟(华东)", employee_no)
        assert [p.name for p in list_profiles(ctx)] == ["用友 U8 销售明细"]
        assert [(a.shown, a.name) for a in list_aliases(ctx)] == [("张伟(华东)", "张伟")]
    finally:
        ctx.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert con.execute("SELECT count(*) FROM staff").fetchone()[0] == 3
    finally:
        con.close()


def _employee_no_of(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT employee_no FROM staff WHERE name = '张伟'").fetchone()[0]
    finally:
        con.close()
