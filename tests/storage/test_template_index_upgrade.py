"""Migration 0014 (an index for the templates tab's usage count) on a 0004-era file: the
count reads the index, not the appraisals table, and says the same as before."""

from __future__ import annotations

import shutil

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.templates import list_templates
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.upgrade_support import OLD_0004, stored

USAGE = (
    "SELECT template_version_id, count(*) FROM appraisals GROUP BY template_version_id "
    "ORDER BY template_version_id"
)


def test_a_0004_file_counts_template_usage_from_the_index(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = stored(path, USAGE)
    assert before
    ctx = build_context(path, seed=False)
    try:
        in_use = {t.version_id: t.in_use for t in list_templates(ctx, include_archived=True)}
    finally:
        ctx.close()
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert stored(path, USAGE) == before
    for version_id, count in before:
        assert in_use.get(version_id, count) == count
    plan = " ".join(str(row) for row in stored(path, "EXPLAIN QUERY PLAN " + USAGE))
    assert "ix_appraisals_template_version_id" in plan
