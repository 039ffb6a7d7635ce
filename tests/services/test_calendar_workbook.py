"""The State Council's notice from a workbook: all or nothing, every bad cell named."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from salesperf_desktop.services.calendar_workbook import (
    CalendarImportError,
    import_notice_workbook,
    read_notice_workbook,
    write_notice_template,
)
from salesperf_desktop.services.workdays import (
    CalendarDayRecord,
    YearSource,
    save_year_notice,
    workday_calendar,
    year_notice,
)

D = dt.date


def _workbook(path, rows, title="2027年放假安排"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(["日期", "上班/休息", "备注"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_the_2027_notice_imported_from_a_workbook_is_hers(ctx, tmp_path):
    path = _workbook(
        tmp_path / "2027.xlsx",
        [(dt.datetime(2027, 10, d), "休息", "国庆节") for d in range(1, 8)]
        + [("2027-10-09", "上班", "调休上班"), ("2027/2/20", "班", "")],
    )
    result = import_notice_workbook(ctx, path)
    assert (result.days, result.years) == (9, (2027,))
    assert result.message("zh_CN") == "已导入 9 天（2027 年）；这些年份原来录入的日期已被替换。"
    notice = year_notice(ctx, 2027)
    assert notice.source is YearSource.ENTERED
    assert CalendarDayRecord(D(2027, 10, 9), True, "调休上班") in notice.entered
    assert workday_calendar(ctx).add_workdays(D(2027, 9, 30), 3) == D(2027, 10, 11)


def test_a_bad_workbook_names_every_bad_cell_and_imports_nothing(ctx, tmp_path):
    save_year_notice(ctx, 2027, [CalendarDayRecord(D(2027, 1, 1), False, "元旦")])
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ("2027-10-01", "休息", "国庆节"),  # row 2: good
            ("十月二日", "休息", ""),  # row 3: not a date
            ("2027-10-03", "加班", ""),  # row 4: neither word
            ("2027-10-01", "休息", ""),  # row 5: the same day again
            (None, "上班", ""),  # row 6: no date
            ("2027-10-09", None, "x" * 121),  # row 7: no kind, note too long
        ],
    )
    with pytest.raises(CalendarImportError) as refused:
        import_notice_workbook(ctx, path)
    assert refused.value.messages("zh_CN") == [
        "2027年放假安排!A3：“十月二日”不是日期（请写 2026-09-30）",
        "2027年放假安排!B4：“加班”应为“上班”或“休息”",
        "2027年放假安排!A5：2027-10-01 已在 2027年放假安排!A2 填写过",
        "2027年放假安排!A6：缺少日期",
        "2027年放假安排!B7：请填写“上班”或“休息”",
        "2027年放假安排!C7：备注超过 120 个字",
    ]
    assert refused.value.messages("en")[0] == (
        "2027年放假安排!A3: “十月二日” is not a date (write 2026-09-30)"
    )
    # Nothing changed: her earlier entry is still the only one.
    assert year_notice(ctx, 2027).entered == (CalendarDayRecord(D(2027, 1, 1), False, "元旦"),)


def test_an_empty_sheet_or_a_file_that_is_no_workbook_is_refused(tmp_path):
    with pytest.raises(CalendarImportError) as empty:
        read_notice_workbook(_workbook(tmp_path / "empty.xlsx", []))
    assert empty.value.messages("zh_CN") == ["2027年放假安排：没有找到任何日期"]
    text = tmp_path / "notice.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(CalendarImportError) as unreadable:
        read_notice_workbook(text)
    assert unreadable.value.messages("zh_CN") == ["notice.xlsx：不是 Excel .xlsx 工作簿"]


def test_the_blank_template_reads_back_once_filled_in(ctx, tmp_path):
    path = write_notice_template(tmp_path / "模板.xlsx", "zh_CN")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["日期", "上班/休息", "备注"]
    assert wb.sheetnames[1] == "说明"
    ws.append([dt.datetime(2027, 2, 5), "休息", "春节"])
    ws.append([dt.datetime(2027, 2, 20), "上班", ""])
    wb.save(path)
    assert import_notice_workbook(ctx, path).years == (2027,)
    english = load_workbook(write_notice_template(tmp_path / "template.xlsx", "en"))
    assert [c.value for c in english.worksheets[0][1]] == ["Date", "Work/Off", "Note"]
