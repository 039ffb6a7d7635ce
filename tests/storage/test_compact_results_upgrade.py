"""A 0004-era database (E Company: published, signed and appealed months, each appraisal with
its own template snapshot and full result JSON) upgraded to the compact store (0006_store19):
everything an appraisal shows is as it was, to the byte, and the file is smaller.

The fixture ``salesperf-0004-demo.sqlite.gz`` is the demo company written by the program at
schema 0004; ``salesperf-0004-demo.forms.json.gz`` holds every form (``forms_for_period``, zh_CN)
that program printed from it, made then with that program.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import AppraisalResult
from tests.storage.test_change_counter import _expected, _triggers

FIXTURES = Path(__file__).parents[1] / "fixtures" / "databases"
OLD_0004 = FIXTURES / "salesperf-0004-demo.sqlite.gz"
OLD_FORMS = FIXTURES / "salesperf-0004-demo.forms.json.gz"
MONTHS = [Period.parse(f"2026-{m:02d}") for m in range(5, 11)]


def _legacy(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        return {
            "appraisals": {
                row[0]: row[1:]
                for row in con.execute(
                    "SELECT id, template_snapshot, result, status, total, grade, staff_id,"
                    " period_id, template_version_id FROM appraisals"
                )
            },
            "audit": con.execute("SELECT * FROM audit_log ORDER BY id").fetchall(),
            "signatures": con.execute("SELECT * FROM signatures ORDER BY id").fetchall(),
            "appeals": con.execute("SELECT * FROM appeals ORDER BY id").fetchall(),
            "size": path.stat().st_size,
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    """(legacy contents, context over the upgraded copy)."""
    from salesperf_desktop.app_context import build_context

    path = tmp_path_factory.mktemp("upgrade") / "salesperf.sqlite"
    with gzip.open(OLD_0004) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    before = _legacy(path)
    ctx = build_context(path, lang="zh_CN")
    yield before, ctx, path
    ctx.close()


def test_every_appraisal_keeps_its_frozen_template_and_result_to_the_byte(upgraded):
    from salesperf_desktop.services.appraisals import shown_score, stored_result
    from salesperf_desktop.storage.models import AppraisalRow

    before, ctx, _path = upgraded
    with ctx.session() as s:
        rows = {a.id: a for a in s.scalars(select(AppraisalRow))}
        assert rows.keys() == before["appraisals"].keys()
        published = 0
        for row_id, (snapshot, result, status, total, grade, staff, period, version) in before[
            "appraisals"
        ].items():
            a = rows[row_id]
            assert (a.status.value, a.total, a.grade) == (status, total, grade)
            assert (a.staff_id, a.period_id, a.template_version_id) == (staff, period, version)
            assert json.dumps(a.template_snapshot) == snapshot  # same keys, order and values
            if result is None:
                assert a.result is None and a.result_own is None
                continue
            published += 1
            old = json.loads(result)
            assert json.dumps(a.result) == json.dumps(old)
            assert stored_result(a) == AppraisalResult.from_dict(old)
            shown = shown_score(a)
            assert (shown.total, shown.grade, shown.coefficient) == (
                old["total"],
                old["grade"],
                old["coefficient"],
            )
        assert published == 57  # 45 signed (one of them amended by an appeal) + 12 published


def test_every_form_prints_as_the_0004_program_printed_it(upgraded):
    from salesperf_desktop.services.pdf.form_data import forms_for_period

    _before, ctx, _path = upgraded
    with gzip.open(OLD_FORMS, "rt", encoding="utf-8") as f:
        expected = json.load(f)
    with ctx.session() as s:
        for month in MONTHS:
            forms = [dataclasses.asdict(form) for form in forms_for_period(s, month, lang="zh_CN")]
            got = json.loads(json.dumps(forms, ensure_ascii=False, sort_keys=True, default=str))
            # Added to the form after 0004: the policy footnote (0005) and the self-summary box,
            # empty for these people; all the rest prints as before.
            for form in got:
                assert form.pop("policy_note") == "考核制度第 1 版（未确认）"
                assert form.pop("self_summary") == ""
            # Issue #18: the innovative team is appraised by quarter, so a month not published
            # gives its people no form (the published months keep theirs, as published).
            quarterly = {"E007", "E008", "E009"}
            old = [
                f for f in expected[str(month)] if f["frozen"] or f["employee_no"] not in quarterly
            ]
            assert got == old, month  # scores, grades, explanation, signatures


def test_the_audit_trail_signatures_and_appeals_are_untouched(upgraded):
    before, _ctx, path = upgraded
    after = _legacy_rest(path)
    assert after == (before["audit"], before["signatures"], before["appeals"])


def _legacy_rest(path: Path):
    con = sqlite3.connect(path)
    try:
        return tuple(
            con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("audit_log", "signatures", "appeals")
        )
    finally:
        con.close()


def test_shared_documents_are_stored_once_the_counter_triggers_stay_and_the_file_shrinks(upgraded):
    before, _ctx, path = upgraded
    con = sqlite3.connect(path)
    try:
        columns = {r[1] for r in con.execute("PRAGMA table_info(appraisals)")}
        assert "template_snapshot" not in columns
        shared = con.execute("SELECT count(*) FROM snapshots").fetchone()[0]
        frozen = con.execute("SELECT count(DISTINCT template_version_id) FROM appraisals")
        assert shared <= 2 * frozen.fetchone()[0] + 2  # a few documents, not one per appraisal
        assert _expected() <= _triggers(con)  # no table was rebuilt
    finally:
        con.close()
    # VACUUMed after the migration (the indexes later migrations add not counted)
    assert path.stat().st_size - _later_indexes(path) < before["size"] / 2


# migrations 0015, 0016 and 0017 (0016's tipped the file 2 KB over half)
LATER_INDEXES = ("ix_metric_entries_sums", "ix_appraisals_period_status", "ix_ratings_read")


def _later_indexes(path: Path) -> int:
    """Bytes the indexes of later migrations take in the file at *path*."""
    con = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(LATER_INDEXES))
        sql = f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ({marks})"
        return con.execute(sql, LATER_INDEXES).fetchone()[0]
    finally:
        con.close()
