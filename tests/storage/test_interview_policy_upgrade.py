"""Migration 0008: the review interview's working days move from a setting into the company
policy (考核制度). A file whose officer had set 7 keeps 7, now on the policy page; a file that
never set it reads the default, 5."""

from __future__ import annotations

import json
import shutil
import sqlite3

from sqlalchemy import create_engine

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.policy import current_policy
from salesperf_desktop.storage.database import upgrade
from tests.storage.test_identity import OLD_0001


def _a_0007_file(path, days=None):
    shutil.copy(OLD_0001, path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0007_todo17_task_sheet_approval")
    engine.dispose()
    if days is not None:
        con = sqlite3.connect(path)
        try:
            con.execute(
                "INSERT INTO settings (key, value) VALUES ('interview_working_days', ?)",
                (json.dumps(days),),
            )
            con.commit()
        finally:
            con.close()


def test_the_days_an_officer_had_set_become_the_policys(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    _a_0007_file(path, days=7)
    ctx = build_context(path, lang="zh_CN")
    try:
        assert current_policy(ctx).policy.interview_working_days == 7
    finally:
        ctx.close()
    con = sqlite3.connect(path)
    try:
        left = con.execute("SELECT 1 FROM settings WHERE key = 'interview_working_days'")
        assert left.fetchone() is None  # one place for it: the policy
    finally:
        con.close()


def test_a_file_that_never_set_them_reads_the_default(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    _a_0007_file(path)
    ctx = build_context(path, lang="zh_CN")
    try:
        assert current_policy(ctx).policy.interview_working_days == 5
    finally:
        ctx.close()
