"""Rater sheets for offline 360°: written one per rater, filled like a rater does, read back
all or nothing to the right person and indicator; whose sheet is still out."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import rater_sheets as rs
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import AuditEntryRow, ImportBatchRow, RatingRow, StaffRow
from tests.rater_fill import fill, keyed_rows, sheet_of

NOV = Period.parse("2026-11")


@pytest.fixture
def office(demo_file, tmp_path):
    """The demo company (E Company): 李明 (E002) supervises 张伟…赵敏 (E003–E006)."""
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def ids(ctx):
    with ctx.session() as s:
        return dict(s.execute(select(StaffRow.employee_no, StaffRow.id)).all())


def ratings(ctx, month, **where):
    with ctx.session() as s:
        from salesperf_desktop.services.periods import stored_period

        period = stored_period(s, month)
        query = select(
            RatingRow.staff_id,
            RatingRow.indicator_code,
            RatingRow.rater_role,
            RatingRow.rater_id,
            RatingRow.value,
            RatingRow.comment,
        ).where(RatingRow.period_id == period.id)
        for name, value in where.items():
            query = query.where(getattr(RatingRow, name) == value)
        return {(r[0], r[1], r[2].value, r[3]): (r[4], r[5]) for r in s.execute(query)}


def write(ctx, tmp_path, month=NOV):
    return run_to_end(rs.write_sheets(ctx, month, tmp_path / "out"))


def read(ctx, *paths, **kw):
    return run_to_end(rs.read_sheets(ctx, list(paths), **kw))


def test_one_protected_workbook_per_rater_in_the_officers_language(office, tmp_path):
    written = write(office, tmp_path)
    names = sorted(w.path.name for w in written)
    assert "评分表_2026年11月_李明.xlsx" in names
    assert len(names) == 12  # every rater of November, once
    wb = load_workbook(sheet_of(written, "E002"))
    assert wb.sheetnames == ["上级评分", "自评", rs.KEY_SHEET]
    assert wb[rs.KEY_SHEET].sheet_state == "veryHidden"
    assert wb.security.lockStructure
    ws = wb["上级评分"]
    assert ws.protection.sheet
    assert [c.value for c in ws[rs.HEADER_ROW]][:7] == [
        "工号", "姓名", "评分指标", "评分范围", "评分", "说明（可选）", "行为标准",
    ]  # fmt: skip
    assert ws.column_dimensions["H"].hidden
    rows = keyed_rows(ws)
    people = {staff for _n, _role, staff, _ind in rows}
    assert people == {ids(office)[e] for e in ("E003", "E004", "E005", "E006")}
    first = rows[0][0]
    assert ws.cell(first, rs.SCORE_COL).protection.locked is False
    assert ws.cell(first, 1).protection.locked is True
    assert "1  " in ws.cell(first, 7).value and "5  " in ws.cell(first, 7).value  # the anchors
    rules = [dv for dv in ws.data_validations.dataValidation]
    assert rules and rules[0].type == "decimal"
    assert (float(rules[0].formula1), float(rules[0].formula2)) == (1.0, 5.0)
    # a rep gets a self sheet and a peer sheet for his team-mates of the same role
    rep = load_workbook(sheet_of(written, "E003"))
    assert rep.sheetnames == ["自评", "同事互评", rs.KEY_SHEET]
    peers = {staff for _n, _r, staff, _i in keyed_rows(rep["同事互评"])}
    assert peers == {ids(office)[e] for e in ("E004", "E005", "E006")}


def test_filled_sheets_come_back_to_the_right_people_and_the_status_list_shrinks(office, tmp_path):
    written = write(office, tmp_path)
    staff = ids(office)
    before = {r.employee_no: r.state for r in rs.rater_status(office, NOV)}
    assert before["E002"] == before["E003"] == "missing"
    path = fill(
        sheet_of(written, "E002"),
        lambda role, sid, ind: 3 if sid == staff["E004"] else 4,
        comment="按时提交",
    )
    plan = read(office, path)
    assert plan.ok, plan.problems
    assert plan.period == NOV and len(plan.changes) == 14
    batch = run_to_end(rs.apply_sheets(office, plan))
    assert batch is not None
    stored = ratings(office, NOV, rater_id=staff["E002"])
    assert stored[(staff["E003"], "teamwork_sharing", "supervisor", staff["E002"])] == (
        4,
        "按时提交",
    )
    assert stored[(staff["E004"], "teamwork_sharing", "supervisor", staff["E002"])][0] == 3
    assert stored[(staff["E002"], "work_attitude", "self", staff["E002"])][0] == 4
    after = {r.employee_no: r for r in rs.rater_status(office, NOV)}
    assert after["E002"].state == "complete" and after["E002"].received == 14
    assert after["E003"].state == "missing"
    backups = list(office.backup_dir.glob("*before-import*"))
    assert backups, "a backup before the import"
    with office.session() as s:
        assert s.scalar(select(ImportBatchRow.kind).where(ImportBatchRow.id == batch)) == "ratings"
    # the same file again changes nothing: no backup, no batch
    again = read(office, path)
    assert again.ok and not again.changes and again.unchanged == 14
    assert run_to_end(rs.apply_sheets(office, again)) is None


def test_sorted_rows_still_land_on_their_person(office, tmp_path):
    written = write(office, tmp_path)
    staff = ids(office)
    score = {staff["E003"]: 1, staff["E004"]: 2, staff["E005"]: 4, staff["E006"]: 5}
    path = fill(sheet_of(written, "E002"), lambda role, sid, ind: score.get(sid, 3))
    wb = load_workbook(path)
    ws = wb["上级评分"]
    numbers = [n for n, *_ in keyed_rows(ws)]
    values = [[c.value for c in ws[n]] for n in numbers]
    for n, row in zip(numbers, reversed(values), strict=True):  # sorted Z→A by the rater
        for col, v in enumerate(row, start=1):
            ws.cell(n, col, v)
    wb.save(path)
    plan = read(office, path)
    assert plan.ok, plan.problems
    run_to_end(rs.apply_sheets(office, plan))
    stored = ratings(office, NOV, rater_role="supervisor")
    for sid, expected in score.items():
        assert stored[(sid, "key_account_maintenance", "supervisor", staff["E002"])][0] == expected


def test_problems_are_named_sheet_cell_and_nothing_is_written(office, tmp_path):
    written = write(office, tmp_path)
    staff = ids(office)
    good = fill(sheet_of(written, "E003"), lambda *_: 4)
    bad = fill(sheet_of(written, "E002"), lambda role, sid, ind: 7 if sid == staff["E005"] else 4)
    wb = load_workbook(bad)
    ws = wb["上级评分"]
    tampered = keyed_rows(ws)[0][0]
    key = ws.cell(tampered, rs.KEY_COL).value
    ws.cell(tampered, rs.KEY_COL, key.replace(f"|{staff['E003']}|", f"|{staff['E004']}|"))
    wb.save(bad)
    plan = read(office, good, bad)
    texts = [str(p) for p in plan.problems]
    where = f"[{bad.name}]上级评分!E{tampered}"
    assert any(t.startswith(where) and "隐藏键被改动" in t for t in texts), texts
    assert any("评分 7 不在 1–5 之间" in t and "上级评分!E" in t for t in texts), texts
    assert not any(good.name in t for t in texts)
    with pytest.raises(rs.SheetsRefused):
        run_to_end(rs.apply_sheets(office, plan))
    assert rs.rater_status(office, NOV)[0].received == 0
    assert not ratings(office, Period.parse("2026-10"), rater_id=staff["E003"], rater_role="peer")


def test_wrong_period_other_database_and_twice_the_same_rater(office, tmp_path, db_path):
    written = write(office, tmp_path)
    path = fill(sheet_of(written, "E003"), lambda *_: 4)
    plan = read(office, path, period=Period.parse("2026-12"))
    assert [p.code for p in plan.problems] == ["rater.wrong_period"]
    assert "2026年11月" in plan.problems[0].message and "2026年12月" in plan.problems[0].message
    copy = tmp_path / "copy.xlsx"
    shutil.copy(path, copy)
    assert [p.code for p in read(office, path, copy).problems] == ["rater.same_file_twice"]
    other = build_context(db_path, lang="en")  # a new, empty database: another secret
    try:
        problems = read(other, path).problems
    finally:
        other.close()
    assert [p.code for p in problems] == ["rater.file_tampered"]
    assert "written from another database" in problems[0].message


def test_a_rater_no_longer_assigned_is_refused(office, tmp_path):
    written = write(office, tmp_path)
    staff = ids(office)
    with office.transaction() as s:  # 张伟 now reports to 王建国
        s.get(StaffRow, staff["E003"]).supervisor_id = staff["E001"]
    path = fill(sheet_of(written, "E002"), lambda *_: 4)
    plan = read(office, path)
    refused = [p for p in plan.problems if p.code == "rater.not_allowed"]
    assert refused and len(refused) == 3  # 张伟's three rated items
    assert "李明 现在不是 张伟 的上级评分人" in refused[0].message


def test_published_month_is_amended_signed_month_refused_with_the_locked_message(office, tmp_path):
    staff = ids(office)
    sep, aug = Period.parse("2026-09"), Period.parse("2026-08")
    path = fill(sheet_of(write(office, tmp_path, sep), "E002"), lambda *_: 5)
    plan = read(office, path)
    assert plan.ok, plan.problems
    run_to_end(rs.apply_sheets(office, plan, reason="补交评分表"))
    with office.session() as s:
        reasons = set(
            s.scalars(select(AuditEntryRow.reason).where(AuditEntryRow.entity == "rating"))
        )
    assert "补交评分表" in reasons
    assert (
        ratings(office, sep, rater_id=staff["E002"])[
            (staff["E003"], "teamwork_sharing", "supervisor", staff["E002"])
        ][0]
        == 5
    )
    locked = fill(sheet_of(write(office, tmp_path / "aug", aug), "E002"), lambda *_: 5)
    problems = read(office, locked).problems
    assert problems and all(p.code == "rater.locked" for p in problems)
    assert "张伟：" in problems[0].message and "申诉" in problems[0].message


def test_a_sheet_returned_blank_is_named(office, tmp_path):
    written = write(office, tmp_path)
    plan = read(office, sheet_of(written, "E010"))
    assert [p.code for p in plan.problems] == ["rater.empty"]


def test_a_workbook_that_is_no_rater_sheet(office, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "other.xlsx"
    Workbook().save(path)
    assert [p.code for p in read(office, path).problems] == ["rater.not_a_sheet"]


def test_names_and_texts_follow_the_language(office, tmp_path):
    written = run_to_end(rs.write_sheets(office, NOV, tmp_path / "en", lang="en"))
    path = sheet_of(written, "E002")
    assert path.name == "ratings_Nov 2026_李明.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == ["Supervisor rating", "Self rating", rs.KEY_SHEET]
    ws = wb["Supervisor rating"]
    assert ws.cell(rs.HEADER_ROW, rs.SCORE_COL).value == "Score"
    assert ws.cell(rs.HEADER_ROW + 1, 4).value == "1–5"
    tw = run_to_end(rs.write_sheets(office, NOV, tmp_path / "tw", lang="zh_TW"))
    assert load_workbook(sheet_of(tw, "E002")).sheetnames[0] == "上級評分"


def test_a_file_that_is_no_workbook_is_a_problem_not_a_traceback(office, tmp_path):
    path = tmp_path / "评分表.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    plan = read(office, path)
    assert [p.code for p in plan.problems] == ["import.unreadable"]
    assert plan.problems[0].location == "[评分表.xlsx]"


def test_a_score_the_rule_book_refuses_is_named_with_its_own_reason(office, tmp_path):
    """ "4分" is not "not a number": the officer is told to drop the unit, as every import says."""
    written = write(office, tmp_path)
    path = fill(sheet_of(written, "E002"), lambda *_: 4)
    wb = load_workbook(path)
    ws = wb["上级评分"]
    first = keyed_rows(ws)[0][0]
    ws.cell(first, rs.SCORE_COL, "4分")
    wb.save(path)
    plan = read(office, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        (f"[{path.name}]上级评分!E{first}", "cell.unit_in_number")
    ]
    assert "“4分”带有单位或货币符号" in plan.problems[0].message


def test_a_sheet_damaged_half_way_is_a_problem_line_not_a_traceback(office, tmp_path):
    from tests import hostile_xlsx as hx

    written = write(office, tmp_path)
    good = fill(sheet_of(written, "E003"), lambda *_: 4)
    path = fill(sheet_of(written, "E002"), lambda *_: 4)
    parts = hx.read_parts(path)
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]
    hx.write_parts(path, parts)
    plan = read(office, good, path)
    assert [(p.location, p.code) for p in plan.problems] == [
        (f"[{path.name}]", "import.unreadable")
    ]
    assert "上级评分" in plan.problems[0].message  # the damaged sheet is named
