"""An update that changes nothing writes nothing (issue #14, point 3), whoever calls it.

The dialogs give back the stored record when the officer touched nothing; the services also
treat such an update as no change at all: no row written, no reason asked after publication,
no audit row, so the command line and any other caller are held to the same rule.
"""

from __future__ import annotations

import sqlite3

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events
from salesperf_desktop.services import task_sheets as ts
from salesperf_desktop.services.staff import (
    StaffData,
    TeamData,
    list_teams,
    save_staff,
    save_team,
    staff_form,
)
from tests.services.support import staff_id

SEP = Period.month(2026, 9)


def dump(ctx) -> list[str]:
    with sqlite3.connect(ctx.db_path) as conn:
        return list(conn.iterdump())


def test_saving_every_person_and_team_as_stored_writes_nothing(demo_ctx):
    before = dump(demo_ctx)
    for person_id, _name, _no in staff_form(demo_ctx).people:
        stored = staff_form(demo_ctx, person_id).current
        assert save_staff(demo_ctx, stored, person_id) == person_id
    for team in list_teams(demo_ctx):
        data = TeamData(team.code, team.name, team.product_line, team.cycle, team.manager_id)
        assert save_team(demo_ctx, data, team.id) == team.id
    assert dump(demo_ctx) == before


def test_a_person_on_any_product_line_is_valid(demo_ctx):
    """何静 and the director are on no single line: a change elsewhere saves with “any”."""
    sid = staff_id(demo_ctx, "C001")
    stored = staff_form(demo_ctx, sid).current
    assert stored.product_line == "any"
    save_staff(demo_ctx, StaffData(**{**stored.__dict__, "phone": "021-5555"}), sid)
    assert staff_form(demo_ctx, sid).current.product_line == "any"


def test_an_unchanged_event_needs_no_reason_after_publication(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    stored = events.list_events(demo_ctx, sid, SEP)
    assert stored
    before = dump(demo_ctx)
    for e in stored:
        draft = events.EventDraft(e.category, e.occurred_on, e.code, e.quantity, e.points, e.note)
        events.update_event(demo_ctx, e.id, draft)  # no reason: nothing changes
    assert dump(demo_ctx) == before


def test_an_unchanged_task_sheet_needs_no_reason_after_publication(demo_ctx):
    sid = staff_id(demo_ctx, "E012")
    tasks = [ts.TaskDraft(f"任务{i}", "步骤", "标准", None, 20.0, 17.25) for i in range(5)]
    ts.save(demo_ctx, sid, SEP, tasks, note="九月", reason="补录任务书")
    before = dump(demo_ctx)
    stored = ts.load(demo_ctx, sid, SEP)
    score = ts.save(demo_ctx, sid, SEP, stored.tasks, issued_on=stored.issued_on, note="九月")
    assert score == 5 * 17.25
    assert dump(demo_ctx) == before
