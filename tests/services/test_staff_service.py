"""Staff register rules: unique IDs, required fields, no supervisor loops, sane dates; teams."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.services.staff import (
    StaffData,
    StaffInvalid,
    TeamData,
    check_staff,
    list_staff,
    save_staff,
    save_team,
    supervisor_chain,
)
from salesperf_desktop.storage.models import StaffRow


def _person(no: str, **kw) -> StaffData:
    return StaffData(
        employee_no=no, name=kw.pop("name", f"P{no}"), hire_date=dt.date(2024, 1, 1), **kw
    )


def test_add_and_list(ctx):
    with ctx.transaction() as s:
        team = save_team(s, TeamData(code="T1", name="华东一组", product_line="innovative"))
        boss = save_staff(s, _person("E1", role="sales_manager", team_id=team.id))
        save_staff(s, _person("E2", supervisor_id=boss.id, business_mentor_id=boss.id))
    with ctx.session() as s:
        rows = list_staff(s)
    assert [r.employee_no for r in rows] == ["E1", "E2"]
    assert rows[1].supervisor == "PE1" and rows[1].business_mentor == "PE1"
    assert rows[0].team == "华东一组"


def test_problems_name_the_field(ctx):
    with ctx.transaction() as s:
        save_staff(s, _person("E1"))
    with ctx.session() as s:
        problems = check_staff(s, StaffData(employee_no="E1", name=" ", hire_date=None))
    fields = {p.field: p.code for p in problems}
    assert fields == {"employee_no": "id_taken", "name": "required", "hire_date": "required"}
    msg = next(p for p in problems if p.code == "id_taken")
    assert "E1" in msg.message("en") and "工号" in msg.message("zh_CN")


def test_dates_must_be_sane(ctx):
    today = dt.date(2026, 10, 1)
    with ctx.session() as s:
        far = check_staff(s, StaffData("X", "x", hire_date=dt.date(2031, 1, 1)), today=today)
        left = check_staff(s, StaffData("X", "x", hire_date=dt.date(2024, 1, 1), status="left"))
        before = check_staff(
            s,
            StaffData("X", "x", hire_date=dt.date(2024, 1, 1), leave_date=dt.date(2023, 1, 1)),
        )
    assert [p.code for p in far] == ["hire_date_range"]
    assert [p.code for p in left] == ["left_needs_date"]
    assert [p.code for p in before] == ["leave_before_hire"]


def test_supervisor_chain_can_never_loop(ctx):
    with ctx.transaction() as s:
        a = save_staff(s, _person("A"))
        b = save_staff(s, _person("B", supervisor_id=a.id))
        c = save_staff(s, _person("C", supervisor_id=b.id))
        ids = a.id, b.id, c.id
    with ctx.transaction() as s:
        with pytest.raises(StaffInvalid) as err:
            save_staff(s, _person("A", supervisor_id=ids[2]), ids[0])
        assert err.value.problems[0].code == "supervisor_loop"
        assert "PA → PC → PB → PA" in err.value.problems[0].message("en")
        self_ref = check_staff(s, _person("A", supervisor_id=ids[0]), ids[0])
        assert [p.code for p in self_ref] == ["self_reference"]
    assert supervisor_chain({1: 2, 2: 3, 3: None}, 1, 3) == [1, 2, 3]
    assert supervisor_chain({1: 2, 2: 1}, 1, 9) is None  # an old loop in the data ends the walk


def test_a_person_who_leaves_keeps_their_row(ctx):
    with ctx.transaction() as s:
        p = save_staff(s, _person("E1"))
        pid = p.id
    with ctx.transaction() as s:
        save_staff(s, _person("E1", status="left", leave_date=dt.date(2026, 6, 30)), pid)
    with ctx.session() as s:
        assert s.scalar(select(StaffRow).where(StaffRow.employee_no == "E1")).status.value == "left"
        assert [r.employee_no for r in list_staff(s, include_left=False)] == []


def test_team_names_and_codes_are_unique(ctx):
    with ctx.transaction() as s:
        t = save_team(s, TeamData(code="T1", name="A"))
        save_team(s, TeamData(code="T1", name="A renamed", cycle="quarterly"), t.id)
        with pytest.raises(StaffInvalid) as err:
            save_team(s, TeamData(code="T1", name="A renamed"))
        assert {p.code for p in err.value.problems} == {"code_taken", "name_taken"}
