"""Migration 0011 (team goals, seed 002's team pool) on a 0004-era file: published and signed
results are untouched, the old templates keep their colleagues' mean, and a team goal can be
entered on the upgraded file."""

from __future__ import annotations

import shutil

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import TeamGoal
from salesperf_desktop.services.team_goals import save_team_goals, team_goal_records
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.upgrade_support import OLD_0004, stored


def save_team_goal(ctx, month, team_id, *, name, measure, target, actual, reason=""):
    """One team's goal, as the dialog writes it (``save_team_goals``)."""
    save_team_goals(ctx, month, {team_id: TeamGoal(name, measure, target, actual)}, reason=reason)


def test_a_0004_file_gets_team_goals_and_keeps_its_results(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    grades = "SELECT id, total, grade FROM appraisals ORDER BY id"
    documents = "SELECT id, definition FROM template_versions ORDER BY id"
    before_grades, before_documents = stored(path, grades), stored(path, documents)
    assert before_grades
    ctx = build_context(path, seed=False)
    try:
        october = Period.month(2026, 10)
        records = team_goal_records(ctx, october)
        assert records and not any(r.entered for r in records)
        team = records[0]
        save_team_goal(
            ctx, october, team.team_id, name="团队销售额", measure="amount",
            target=1_000_000.0, actual=950_000.0,
        )  # fmt: skip
        got = next(r for r in team_goal_records(ctx, october) if r.team_id == team.team_id)
        assert (got.name, got.target, got.actual) == ("团队销售额", 1_000_000.0, 950_000.0)
    finally:
        ctx.close()
    assert stored(path, grades) == before_grades
    # the stored templates say nothing of a team goal: their team share keeps the colleagues'
    # mean, as before the upgrade
    assert stored(path, documents) == before_documents
    assert all("team_basis" not in d for _, d in before_documents)
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    triggers = stored(
        path, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'team_goals'"
    )
    assert len(triggers) == 3  # its writes move the data-change counter
