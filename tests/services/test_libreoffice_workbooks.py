"""Workbooks saved by LibreOffice Calc, not openpyxl (tests/fixtures/libreoffice, made by its
make_fixtures.py): a filled rater sheet with its rows sorted, and a key-events workbook."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events_import as ei
from salesperf_desktop.services import rater_sheets as rs
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import StaffRow
from tests.fixtures.libreoffice.make_fixtures import EVENTS_FIXTURE, RATER_FIXTURE, SECRET

NOV = Period.parse("2026-11")


@pytest.fixture
def office(demo_file, tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    ctx.settings.set(rs.SECRET_KEY, SECRET)  # the key the fixture was signed with
    yield ctx
    ctx.close()


def test_a_rater_sheet_saved_by_libreoffice_comes_back_in_place(office):
    assert b"LibreOffice" in _app_xml(RATER_FIXTURE)
    plan = run_to_end(rs.read_sheets(office, [RATER_FIXTURE], period=NOV))
    assert plan.ok, plan.problems
    assert len(plan.changes) == 14 and plan.raters == ["李明"]
    with office.session() as s:
        chen = s.scalar(select(StaffRow.id).where(StaffRow.employee_no == "E004"))
    scores = {(c.staff_id, c.indicator, c.role): (c.new, c.comment) for c in plan.changes}
    assert scores[(chen, "teamwork_sharing", "supervisor")] == (2, "按时提交")
    assert {v for (sid, _i, role), (v, _c) in scores.items() if sid != chen} == {4}
    run_to_end(rs.apply_sheets(office, plan))
    status = {r.employee_no: r.state for r in rs.rater_status(office, NOV)}
    assert status["E002"] == "complete"


def test_key_events_saved_by_libreoffice(office):
    assert b"LibreOffice" in _app_xml(EVENTS_FIXTURE)
    plan = run_to_end(ei.plan_events_import(office, EVENTS_FIXTURE))
    assert plan.ok, plan.problems
    got = [(p.employee_no, p.draft.code, p.draft.quantity, p.draft.points) for p in plan.events]
    assert got == [
        ("E003", "late_or_early_leave", 2, None),
        ("E004", "praise_company", 1, None),
        ("E005", "milestone", 1, 5),
    ]


def _app_xml(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read("docProps/app.xml")
