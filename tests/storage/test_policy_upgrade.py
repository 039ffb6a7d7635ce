"""A 0004-era file (the demo company, published and signed months) upgraded to the policy schema:
the proposed policy is filled in, unconfirmed; published results keep their grades."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.policy import DEFAULT_POLICY
from salesperf_desktop.services.policy import current_policy
from tests.storage.upgrade_support import OLD_0004


def _grades(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, total, grade FROM appraisals ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_0004_file_gets_the_proposed_policy_unconfirmed(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = _grades(path)
    ctx = build_context(path, seed=False)
    try:
        record = current_policy(ctx)
        assert record.version == 1
        assert not record.confirmed  # the window asks "请确认考核制度"
        assert record.policy == DEFAULT_POLICY
    finally:
        ctx.close()
    assert _grades(path) == before  # published and signed results untouched
    con = sqlite3.connect(path)
    try:  # the published and locked months keep version 1 whatever is confirmed later
        kept = con.execute("SELECT COUNT(*), MIN(policy_version) FROM period_policies").fetchone()
        assert kept == (5, 1)
    finally:
        con.close()


def test_appeal_days_kept_as_settings_carry_over(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT OR REPLACE INTO settings VALUES ('appeal_filing_working_days', '4')")
        con.execute(
            "INSERT OR REPLACE INTO settings VALUES ('improvement_plan_grades', ?)", ('["D"]',)
        )
    con.close()
    ctx = build_context(path, seed=False)
    try:
        policy = current_policy(ctx).policy
        assert policy.appeal_filing_days == 4
        assert policy.appeal_decision_days == 5
        assert policy.plan_grades == ("D",)
    finally:
        ctx.close()
