"""Key events from a workbook: the template the officer fills in, all-or-nothing checks named
sheet!cell, backup, audit after publication, and no event recorded twice."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events_import as ei
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import AuditEntryRow

NOV = Period.parse("2026-11")


@pytest.fixture
def office(demo_file, tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def workbook(ctx, tmp_path, *rows, lang=None):
    path = ei.write_events_template(ctx, tmp_path / "events.xlsx", lang=lang)
    wb = load_workbook(path)
    for row in rows:
        wb.worksheets[0].append(list(row))
    wb.save(path)
    return path


def plan_of(ctx, path):
    return run_to_end(ei.plan_events_import(ctx, path))


def test_the_template_speaks_the_officers_language_and_lists_every_kind(office, tmp_path):
    path = ei.write_events_template(office, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["关键事件", "事件类型"]
    assert [c.value for c in wb["关键事件"][1]] == [
        "日期", "工号", "姓名", "事件类型", "次数/天数", "每次分值", "说明",
        "审批人", "文号", "罚款金额（元）",
    ]  # fmt: skip
    kinds = [r[0] for r in wb["事件类型"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert "迟到/早退" in kinds and "合规一票否决" in kinds and "受到公司级表扬" in kinds
    assert wb["关键事件"].data_validations.dataValidation[0].type == "list"


def test_events_are_recorded_once_with_a_backup(office, tmp_path):
    path = workbook(
        office,
        tmp_path,
        (dt.datetime(2026, 11, 3), "E003", "张伟", "迟到/早退", 2, None, ""),
        ("2026-11-05", "E004", "陈静", "受到公司级表扬", None, None, "签下两家医院",
         "分管副总经理 陈立", "司发〔2026〕35号"),
        ("2026/11/06", "E004", "陈静", "incident_positive", None, None, "带教新人"),
        ("2026-11-07", "E005", "刘洋", "Milestone bonus", None, 5, "10 家三甲医院试用完成"),
        ("2026-11-09", "E003", "张伟", "罚款（元）", None, None, "违反报销制度", "", "", 200),
    )  # fmt: skip
    plan = plan_of(office, path)
    assert plan.ok, plan.problems
    assert len(plan.events) == 5
    assert run_to_end(ei.apply_events_import(office, plan)) is not None
    assert list(office.backup_dir.glob("*before-import*"))
    listed = ei.month_events(office, NOV)
    points = {
        (r.employee_no, r.event.code or r.event.category): r.event.points_total for r in listed
    }
    assert points[("E003", "late_or_early_leave")] == -2
    assert points[("E004", "praise_company")] == 10
    assert points[("E004", "incident_positive")] is None
    assert points[("E005", "milestone")] == 5
    # seed 004: a fine is money (按规定执行), never points
    fine = next(r.event for r in listed if r.event.code == "fine_money")
    assert (fine.points_total, fine.fine_total) == (None, 200)
    praise = next(r.event for r in listed if r.event.code == "praise_company")
    assert (praise.approver, praise.document_no) == ("分管副总经理 陈立", "司发〔2026〕35号")
    again = plan_of(office, path)
    assert again.ok and not again.events and again.unchanged == 5
    assert run_to_end(ei.apply_events_import(office, again)) is None
    assert len(ei.month_events(office, NOV)) == 5


def test_a_praise_without_its_approver_or_document_is_refused_in_chinese(office, tmp_path):
    path = workbook(
        office,
        tmp_path,
        ("2026-11-05", "E004", "陈静", "受到公司级表扬", None, None, "签下两家医院"),
        ("2026-11-06", "E004", "陈静", "受到公司级嘉奖", None, None, "中标", "总经理办公会"),
        ("2026-11-07", "E003", "张伟", "罚款（元）", None, None, "违反报销制度"),
    )  # fmt: skip
    texts = [str(p) for p in plan_of(office, path).problems]
    assert texts == [
        "关键事件!H2：陈静：“受到公司级表扬”须经公司分管副总经理审批：请填写审批人。",
        "关键事件!I3：陈静：“受到公司级嘉奖”须有正式文件公布：请填写文号。",
        "关键事件!J4：张伟：“罚款（元）”是罚款：请填写金额（元，大于 0）。",
    ]


def test_every_problem_is_named_and_nothing_is_recorded(office, tmp_path):
    path = workbook(
        office,
        tmp_path,
        ("2026-11-03", "E003", "张伟", "迟到/早退", 1, None, ""),  # fine on its own
        ("昨天", "E003", "张伟", "迟到/早退", 1, None, ""),
        ("2026-11-04", "E999", "某人", "迟到/早退", 1, None, ""),
        ("2026-11-04", "E003", "张伟", "火星事件", 1, None, ""),
        ("2026-11-04", "E003", "张伟", "迟到/早退", -1, None, ""),
        ("2026-11-04", "E005", "刘洋", "合规一票否决", None, None, ""),
        ("2026-11-03", "E003", "张伟", "迟到/早退", 1, None, ""),  # row 2 again
        ("2026-08-12", "E003", "张伟", "迟到/早退", 1, None, ""),  # a signed month
        ("2026-11-05", "E003", "张伟", "迟到/早退", "2次", None, ""),  # a unit
        ("15/11/2026", "E003", "张伟", "迟到/早退", 1, None, ""),  # day or month first?
    )
    plan = plan_of(office, path)
    texts = [str(p) for p in plan.problems]
    # the rule book's own reasons where it refused the cell
    assert "关键事件!E10：“2次”带有单位或货币符号：请只写数字（如 12万 写成 120000）" in texts
    assert [p.code for p in plan.problems if p.location == "关键事件!A11"] == ["ambiguous_date"]
    assert texts[:5] == [
        "关键事件!A3：“昨天”不是日期（请写 2026-09-30）",
        "关键事件!B4：未知工号“E999”",
        "关键事件!D5：未知事件类型“火星事件”（见“事件类型”表）",
        "关键事件!E6：“-1”不是正数",
        "关键事件!G7：刘洋：请填写备注：发生了什么？",
    ]
    assert texts[5] == "关键事件!A8：与第 2 行是同一个事件"
    assert texts[6].startswith("关键事件!B9：张伟：") and "申诉" in texts[6]
    with pytest.raises(ei.EventsRefused):
        run_to_end(ei.apply_events_import(office, plan))
    assert ei.month_events(office, NOV) == []


def test_a_published_month_is_audited_with_the_file_name(office, tmp_path):
    path = workbook(
        office, tmp_path, ("2026-09-21", "E003", "张伟", "工作失误受到批评", 1, None, "报价单错误")
    )
    plan = plan_of(office, path)
    assert plan.ok, plan.problems
    run_to_end(ei.apply_events_import(office, plan))
    with office.session() as s:
        reasons = list(
            s.scalars(select(AuditEntryRow.reason).where(AuditEntryRow.entity == "event"))
        )
    assert reasons == ["events.xlsx"]


def test_headers_in_english_are_read_too(office, tmp_path):
    path = workbook(
        office, tmp_path, ("2026-11-03", "E003", "", "late_or_early_leave", 3, None, ""), lang="en"
    )
    plan = plan_of(office, path)
    assert plan.ok, plan.problems
    assert plan.events[0].draft.quantity == 3


def test_a_poor_task_sheet_is_imported_once_a_month(office, tmp_path):
    # seed 004 差错扣分 4: "工作任务书填报质量不好的，扣10分" — one sheet a month, one deduction
    kind = "工作任务书填报质量不好"
    path = workbook(
        office,
        tmp_path,
        (dt.datetime(2026, 11, 3), "E003", "张伟", kind, None, None, "目标没有量化"),
        (dt.datetime(2026, 11, 9), "E003", "张伟", kind, None, None, "措施不具体"),
        (dt.datetime(2026, 11, 9), "E004", None, kind, None, None, ""),
    )
    plan = plan_of(office, path)
    assert [p.row for p in plan.problems] == [3]
    assert "只扣一次" in plan.problems[0].message
    assert [(p.employee_no, p.draft.note) for p in plan.events] == [
        ("E003", "目标没有量化"),
        ("E004", ""),
    ]
