"""An open seeds the shipped library only when the file was not seeded with this program's
library yet (services.seeding): the officer's file ends up exactly as the full seeding at every
open would leave it, and a release shipping new indicators or templates still brings them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain import library
from salesperf_desktop.services import seeding
from salesperf_desktop.services.seeding import (
    SHIPPED_LIBRARY,
    library_fingerprint,
    library_is_seeded,
    seed_library,
)
from salesperf_desktop.services.templates import (
    save_template,
    set_archived,
    template_by_code,
)
from salesperf_desktop.storage.database import SCHEMA_HEAD

OLD_0004 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0004.sqlite"


def _library_state(path: Path) -> dict[str, list[tuple]]:
    """What seeding can touch: indicators, templates and their versions, the settings."""
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("indicators", "templates", "template_versions", "settings")
        }
    finally:
        con.close()


def _messy_file(tmp_path: Path) -> Path:
    """A file from an older release, opened once by this one (migrated, seeded), then the
    officer's own changes: a shipped sheet archived, one of hers copying a shipped sheet's
    people, a shipped sheet edited."""
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    ctx = build_context(path)
    try:
        set_archived(ctx, template_by_code(ctx, "pharma_rep").id)
        mine = template_by_code(ctx, "rep_mature").definition
        mine["code"] = "my_reps"
        mine["name"] = {"zh_CN": "我的代表表"}
        save_template(ctx, mine)
        probation = template_by_code(ctx, "probation")
        edited = dict(probation.definition, name={"zh_CN": "试用期（公司版）"})
        save_template(ctx, edited, probation.id)
    finally:
        ctx.close()
    return path


def test_the_written_down_library_is_the_shipped_one():
    # Shipping other indicator or template codes changes the fingerprint: update
    # SHIPPED_LIBRARY with it, or files already seeded would not get the new ones.
    assert library_fingerprint() == SHIPPED_LIBRARY


def test_an_open_of_a_seeded_file_leaves_it_as_the_full_seeding_would(tmp_path):
    path = _messy_file(tmp_path)
    ctx = build_context(path)
    try:
        assert library_is_seeded(ctx)
        skipped = _library_state(path)
        # The rule before: the whole seeding at every open (what the marker stands for).
        with ctx.transaction() as session:
            session.get(seeding.SettingRow, seeding._SEEDED_WITH).value = "before"
        seed_library(ctx)
        assert library_is_seeded(ctx)
    finally:
        ctx.close()
    assert _library_state(path) == skipped


def test_a_release_with_new_indicators_and_templates_seeds_them_at_the_next_open(
    tmp_path, monkeypatch
):
    path = _messy_file(tmp_path)
    before = _library_state(path)
    # The next release: one indicator and one template more, a new fingerprint.
    indicator = dict(library.INDICATORS[0], code="new_ind_2027")
    template = dict(library.SEED_TEMPLATES[0], code="new_tpl_2027", role="probation")
    monkeypatch.setattr(library, "INDICATORS", [*library.INDICATORS, indicator])
    monkeypatch.setattr(library, "SEED_TEMPLATES", [*library.SEED_TEMPLATES, template])
    monkeypatch.setattr(seeding, "SHIPPED_LIBRARY", library_fingerprint())
    assert seeding.SHIPPED_LIBRARY != SHIPPED_LIBRARY
    ctx = build_context(path)
    try:
        assert library_is_seeded(ctx)
        assert template_by_code(ctx, "new_tpl_2027") is not None
        assert template_by_code(ctx, "pharma_rep").archived  # hers stays as she left it
    finally:
        ctx.close()
    after = _library_state(path)
    codes = {row[1] for row in after["indicators"]}
    assert "new_ind_2027" in codes
    assert {row[1] for row in before["indicators"]} < codes


def test_an_older_file_opened_as_at_start_up_is_migrated_then_seeded(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    ctx = build_context(path, deep_check=False)  # the window's open
    try:
        assert library_is_seeded(ctx)
        assert template_by_code(ctx, "pharma_rep") is not None  # shipped after 0004
    finally:
        ctx.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    finally:
        con.close()


def test_a_new_file_is_seeded_and_marked(tmp_path):
    ctx = build_context(tmp_path / "new.sqlite")
    try:
        assert library_is_seeded(ctx)
        assert {t["code"] for t in library.SEED_TEMPLATES} <= {
            row[1] for row in _library_state(ctx.db_path)["templates"]
        }
    finally:
        ctx.close()


def test_a_stale_written_down_fingerprint_only_costs_a_seeding_at_every_open(tmp_path, monkeypatch):
    path = _messy_file(tmp_path)
    before = _library_state(path)
    monkeypatch.setattr(seeding, "SHIPPED_LIBRARY", "forgotten")
    for _ in range(2):
        ctx = build_context(path)
        try:
            assert not library_is_seeded(ctx)  # seeded again at the next open, too
        finally:
            ctx.close()
    assert _library_state(path) == before
