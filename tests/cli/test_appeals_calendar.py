"""salesperf-cli appeals: deadlines say which calendar counted them; HR's notice from a workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from salesperf_desktop.cli import main
from salesperf_desktop.services.workdays import package_has_notice


@pytest.fixture
def db(ctx):
    path = str(ctx.db_path)
    ctx.close()
    return path


def test_a_2026_deadline_is_official_and_lands_on_the_make_up_saturday(db, capsys):
    assert main(["--db", db, "appeals", "deadline", "2026-09-30"]) == 0
    out = capsys.readouterr().out
    assert "file by\t2026-10-10" in out
    assert "calendar\t2026\tofficial (the State Council's notice, holidays package)" in out


def test_a_2027_deadline_is_estimated_until_hr_enters_the_notice(db, capsys, tmp_path):
    if package_has_notice(2027):
        pytest.skip("the installed holidays package already ships the 2027 notice")
    assert main(["--db", db, "appeals", "deadline", "2027-09-30"]) == 0
    out = capsys.readouterr().out
    assert "file by\t2027-10-08" in out
    assert "calendar\t2027\testimated" in out

    template = tmp_path / "notice.xlsx"
    assert (
        main(["--db", db, "--lang", "zh_CN", "appeals", "calendar", "--template", str(template)])
        == 0
    )
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    for day in range(1, 8):
        ws.append([dt.datetime(2027, 10, day), "休息", "国庆节"])
    ws.append([dt.datetime(2027, 10, 9), "上班", "调休上班"])
    wb.save(template)
    capsys.readouterr()
    args = ["--db", db, "--lang", "zh_CN", "appeals", "calendar", "2027", "--import", str(template)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "已导入 8 天（2027 年）" in out
    assert "工作日历\t2027\t正式（人事录入的国务院通知）" in out

    assert main(["--db", db, "appeals", "deadline", "2027-09-30"]) == 0
    out = capsys.readouterr().out
    assert "file by\t2027-10-11" in out  # 8 Oct, Saturday 9 Oct (make-up), 11 Oct
    assert "estimated" not in out


def test_a_bad_workbook_is_refused_with_every_cell_named(db, capsys, tmp_path):
    template = tmp_path / "notice.xlsx"
    assert (
        main(["--db", db, "--lang", "en", "appeals", "calendar", "--template", str(template)]) == 0
    )
    wb = load_workbook(template)
    wb.worksheets[0].append(["tomorrow", "work", ""])
    wb.save(template)
    args = ["--db", db, "--lang", "en", "appeals", "calendar", "--import", str(template)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Working days!A2: “tomorrow” is not a date" in err
