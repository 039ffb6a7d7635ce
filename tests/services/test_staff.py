"""Staff register rules: unique IDs, required fields, no supervisor loops, sane dates; teams."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from salesperf_desktop.services.staff import (
    ROLES,
    StaffData,
    StaffInvalid,
    TeamData,
    check_staff,
    list_staff,
    list_teams,
    save_staff,
    save_team,
    staff_form,
    staff_overview,
    supervisor_chain,
)
from salesperf_desktop.storage.models import StaffRow, TeamRow


def _person(no: str, **kw) -> StaffData:
    return StaffData(
        employee_no=no, name=kw.pop("name", f"P{no}"), hire_date=dt.date(2024, 1, 1), **kw
    )


def test_add_and_list(ctx):
    team = save_team(ctx, TeamData(code="T1", name="华东一组", product_line="innovative"))
    boss = save_staff(ctx, _person("E1", role="sales_manager", team_id=team))
    save_staff(ctx, _person("E2", supervisor_id=boss, business_mentor_id=boss))
    rows = list_staff(ctx)
    assert [r.employee_no for r in rows] == ["E1", "E2"]
    assert rows[1].supervisor == "PE1" and rows[1].business_mentor == "PE1"
    assert rows[0].team == "华东一组"


def test_problems_name_the_field(ctx):
    save_staff(ctx, _person("E1"))
    problems = check_staff(ctx, StaffData(employee_no="E1", name=" ", hire_date=None))
    fields = {p.field: p.code for p in problems}
    assert fields == {
        "employee_no": "staff.id_taken",
        "name": "staff.required",
        "hire_date": "staff.required",
    }
    msg = next(p for p in problems if p.code == "staff.id_taken")
    assert "E1" in msg.message("en") and "工号" in msg.message("zh_CN")


def test_dates_must_be_sane(ctx):
    ctx.clock = lambda: dt.date(2026, 10, 1)
    far = check_staff(ctx, StaffData("X", "x", hire_date=dt.date(2027, 10, 3)))
    near = check_staff(ctx, StaffData("X", "x", hire_date=dt.date(2027, 10, 2)))
    left = check_staff(ctx, StaffData("X", "x", hire_date=dt.date(2024, 1, 1), status="left"))
    before = check_staff(
        ctx,
        StaffData("X", "x", hire_date=dt.date(2024, 1, 1), leave_date=dt.date(2023, 1, 1)),
    )
    assert [p.code for p in far] == ["staff.hire_date_range"]
    assert near == []  # up to a year ahead of the context's today
    assert [p.code for p in left] == ["staff.left_needs_date"]
    assert [p.code for p in before] == ["staff.leave_before_hire"]


def test_supervisor_chain_can_never_loop(ctx):
    a = save_staff(ctx, _person("A"))
    b = save_staff(ctx, _person("B", supervisor_id=a))
    c = save_staff(ctx, _person("C", supervisor_id=b))
    with pytest.raises(StaffInvalid) as err:
        save_staff(ctx, _person("A", supervisor_id=c), a)
    assert err.value.problems[0].code == "staff.supervisor_loop"
    assert "PA → PC → PB → PA" in err.value.problems[0].message("en")
    self_ref = check_staff(ctx, _person("A", supervisor_id=a), a)
    assert [p.code for p in self_ref] == ["staff.self_reference"]
    assert supervisor_chain({1: 2, 2: 3, 3: None}, 1, 3) == [1, 2, 3]
    assert supervisor_chain({1: 2, 2: 1}, 1, 9) is None  # an old loop in the data ends the walk


def test_a_person_who_leaves_keeps_their_row(ctx):
    pid = save_staff(ctx, _person("E1"))
    save_staff(ctx, _person("E1", status="left", leave_date=dt.date(2026, 6, 30)), pid)
    with ctx.session() as s:
        assert s.scalar(select(StaffRow).where(StaffRow.employee_no == "E1")).status.value == "left"
    assert [r.employee_no for r in list_staff(ctx, include_left=False)] == []


def test_team_names_and_codes_are_unique(ctx):
    t = save_team(ctx, TeamData(code="T1", name="A"))
    save_team(ctx, TeamData(code="T1", name="A renamed", cycle="quarterly"), t)
    with pytest.raises(StaffInvalid) as err:
        save_team(ctx, TeamData(code="T1", name="A renamed"))
    assert {p.code for p in err.value.problems} == {"staff.code_taken", "staff.name_taken"}
    (team,) = list_teams(ctx)
    assert (team.code, team.name, team.cycle) == ("T1", "A renamed", "quarterly")


def test_the_edit_form_offers_everyone_but_the_person_and_their_stored_data(ctx):
    team = save_team(ctx, TeamData(code="T1", name="华东一组", product_line="innovative"))
    boss = save_staff(ctx, _person("E1", role="compliance", team_id=team))
    rep = save_staff(ctx, _person("E2", supervisor_id=boss, region="上海"))
    form = staff_form(ctx, rep)
    assert form.people == [(boss, "PE1", "E1")]
    assert form.current is not None and form.current.region == "上海"
    assert form.current.supervisor_id == boss
    assert "compliance" in form.roles  # a role found in the register is offered too
    assert [(t.name, t.product_line) for t in form.teams] == [("华东一组", "innovative")]
    new = staff_form(ctx)
    assert new.current is None and len(new.people) == 2


def test_the_overview_reads_people_teams_and_roles_together(ctx):
    team = save_team(ctx, TeamData(code="T1", name="华东一组"))
    save_staff(ctx, _person("E1", team_id=team))
    overview = staff_overview(ctx)
    assert [p.team for p in overview.people] == ["华东一组"]
    assert [t.code for t in overview.teams] == ["T1"]
    assert overview.roles == list(ROLES)


def _register_as_orm_objects(ctx, include_left: bool):
    """The register as it was read before issue #19 (ORM objects), kept to prove the column
    read equal."""
    from sqlalchemy.orm import aliased

    from salesperf_desktop.domain.status import StaffStatus
    from salesperf_desktop.services.staff import StaffRecord
    from salesperf_desktop.storage.models import TeamRow

    boss, biz, comp = aliased(StaffRow), aliased(StaffRow), aliased(StaffRow)
    stmt = (
        select(StaffRow, TeamRow.name, boss.name, biz.name, comp.name)
        .outerjoin(TeamRow, StaffRow.team_id == TeamRow.id)
        .outerjoin(boss, StaffRow.supervisor_id == boss.id)
        .outerjoin(biz, StaffRow.business_mentor_id == biz.id)
        .outerjoin(comp, StaffRow.compliance_mentor_id == comp.id)
        .order_by(StaffRow.employee_no)
    )
    if not include_left:
        stmt = stmt.where(StaffRow.status != StaffStatus.LEFT)
    with ctx.session() as s:
        return [
            StaffRecord(
                id=p.id,
                employee_no=p.employee_no,
                name=p.name,
                role=p.role,
                team=team or "",
                team_id=p.team_id,
                region=p.region,
                product_line=p.product_line,
                supervisor=boss_name or "",
                hire_date=p.hire_date,
                status=p.status,
                supervisor_id=p.supervisor_id,
                business_mentor=biz_name or "",
                compliance_mentor=comp_name or "",
                leave_date=p.leave_date,
            )
            for p, team, boss_name, biz_name, comp_name in s.execute(stmt)
        ]


def test_the_register_read_as_columns_is_what_the_orm_read_gave(demo_ctx):
    """Blank teams, supervisors and mentors, mentors, leavers, people on probation."""
    from dataclasses import fields

    from salesperf_desktop.services.staff import _REGISTER, StaffRecord

    assert [c.key for c in _REGISTER.selected_columns] == [f.name for f in fields(StaffRecord)]
    people = {r.employee_no: r for r in list_staff(demo_ctx)}
    save_staff(demo_ctx, _person("X1", team_id=None, region=""))  # no team, no supervisor
    with demo_ctx.transaction() as s:  # a leaver with both mentors
        s.execute(
            text(
                "UPDATE staff SET business_mentor_id = :b, compliance_mentor_id = :c,"
                " leave_date = '2026-10-20', status = 'left' WHERE employee_no = 'E006'"
            ),
            {"b": people["E002"].id, "c": people["C001"].id},
        )
    for include_left in (True, False):
        got = list_staff(demo_ctx, include_left=include_left)
        assert got == _register_as_orm_objects(demo_ctx, include_left)
    statuses = {r.status.value for r in list_staff(demo_ctx)}
    assert {"left", "probation", "regular"} <= statuses
    assert any(r.business_mentor and r.compliance_mentor for r in list_staff(demo_ctx))


def test_the_teams_read_as_columns_are_what_the_orm_read_gave(demo_ctx):
    """A team without a manager, a quarterly team, names that sort apart from their codes."""
    from dataclasses import fields

    from salesperf_desktop.services.staff import _TEAMS, TeamRecord

    assert [c.key for c in _TEAMS.selected_columns] == [f.name for f in fields(TeamRecord)]
    save_team(demo_ctx, TeamData(code="A0", name="租赁组", cycle="quarterly"))
    save_team(demo_ctx, TeamData(code="Z9", name="A组", product_line="innovative"))
    with demo_ctx.session() as s:
        orm = [
            TeamRecord(t.id, t.code, t.name, t.product_line, t.cycle, t.manager_id)
            for t in s.scalars(select(TeamRow).order_by(TeamRow.code))
        ]
    assert list_teams(demo_ctx) == orm
    assert any(t.manager_id is None for t in orm) and any(t.manager_id for t in orm)
    assert {t.cycle for t in orm} >= {"monthly", "quarterly"}
