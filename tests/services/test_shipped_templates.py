"""The templates shipped from issue 18 on reach new databases and, once, older ones.

No schema change: which shipped templates a database was given is kept in its settings.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.library import SEED_TEMPLATES
from salesperf_desktop.services.templates import (
    list_templates,
    save_template,
    set_archived,
    template_by_code,
)

OLD_0004 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0004.sqlite"
NEW = {"pharma_rep", "sales_director_duties", "sales_department"}


def _codes(ctx) -> dict[str, bool]:
    """code → archived, for every template."""
    return {t.code: t.archived for t in list_templates(ctx, include_archived=True)}


def _grades(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, total, grade FROM appraisals ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_new_database_offers_every_shipped_template(tmp_path):
    ctx = build_context(tmp_path / "new.sqlite")
    try:
        codes = _codes(ctx)
        assert set(codes) == {t["code"] for t in SEED_TEMPLATES}
        assert not any(codes.values())  # none archived
        pharma = template_by_code(ctx, "pharma_rep")
        assert pharma.definition["scheme"] == "seed_003"
        assert template_by_code(ctx, "sales_department").definition["sheet_total"] == 120
    finally:
        ctx.close()


def test_a_0004_file_gets_the_new_templates_once_and_keeps_its_people_on_theirs(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = _grades(path)
    ctx = build_context(path)
    try:
        codes = _codes(ctx)
        assert set(codes) >= NEW
        # the demo's own director sheet is for the same people (directors, any product line):
        # the duty sheet comes archived, so the director stays on the sheet the officer chose
        assert codes["sales_director_duties"] is True
        assert codes["sales_director"] is False
        assert codes["pharma_rep"] is False
        assert codes["sales_department"] is False
        # the officer archives the pharma sheet: it stays archived, it is not offered again
        set_archived(ctx, template_by_code(ctx, "pharma_rep").id)
    finally:
        ctx.close()
    assert _grades(path) == before  # published and signed results untouched
    ctx = build_context(path)
    try:
        codes = _codes(ctx)
        assert codes["pharma_rep"] is True
        assert sum(1 for c in codes if c.startswith("pharma_rep")) == 1
    finally:
        ctx.close()


def test_a_template_of_hers_with_the_same_code_wins(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    con = sqlite3.connect(path)
    with con:  # as if the settings were from before issue 18 (the fixture is)
        con.execute("DELETE FROM settings WHERE key = 'library_templates_offered'")
    con.close()
    ctx = build_context(path, seed=False)
    try:
        mine = template_by_code(ctx, "sales_manager").definition
        mine["code"] = "sales_department"
        mine["name"] = {"zh_CN": "我的部门表"}
        save_template(ctx, mine)
    finally:
        ctx.close()
    ctx = build_context(path)
    try:
        kept = template_by_code(ctx, "sales_department")
        assert kept.name == {"zh_CN": "我的部门表"}
        assert kept.version == 1
    finally:
        ctx.close()
