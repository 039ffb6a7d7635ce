"""What the pickers offer, and finding a team or people by what the officer typed."""

from __future__ import annotations

import pytest

from salesperf_desktop.services import choices


def test_teams_and_people_come_in_code_and_employee_number_order(demo_ctx):
    teams = choices.teams(demo_ctx)
    assert len(teams) == 3 and [t.code for t in teams] == sorted(t.code for t in teams)
    people = choices.people(demo_ctx)
    numbers = [p.employee_no for p in people]
    assert numbers == sorted(numbers) and "E003" in numbers and len(people) == 13


def test_people_are_the_registers_rows_everyone_as_stored(demo_ctx):
    """Read as three columns: the same as the register's rows give, people who left too."""
    from sqlalchemy import select

    from salesperf_desktop.storage.models import StaffRow

    with demo_ctx.session() as s:
        rows = s.scalars(select(StaffRow).order_by(StaffRow.employee_no)).all()
        expected = [choices.PersonChoice(r.id, r.employee_no, r.name) for r in rows]
    assert choices.people(demo_ctx) == expected


def test_a_team_is_found_by_code_or_name(demo_ctx):
    team = choices.teams(demo_ctx)[1]
    assert choices.team_id(demo_ctx, team.code) == team.id
    assert choices.team_id(demo_ctx, team.name) == team.id
    assert choices.team_id(demo_ctx, None) is None and choices.team_id(demo_ctx, "") is None
    with pytest.raises(choices.NotFound, match="no team 'nobody'"):
        choices.team_id(demo_ctx, "nobody")


def test_people_are_found_in_the_order_given_and_missing_ones_named(demo_ctx):
    by_no = {p.employee_no: p.id for p in choices.people(demo_ctx)}
    assert choices.staff_ids(demo_ctx, ["E005", "E003"]) == (by_no["E005"], by_no["E003"])
    assert choices.staff_ids(demo_ctx, None) is None
    with pytest.raises(choices.NotFound, match="X1, X2"):
        choices.staff_ids(demo_ctx, ["E003", "X1", "X2"])
