"""带教成果 (seed 002 §三(三)) through the services: the demo's mentors, their new mentees and
figures, written as the month's actuals under the grid's rules, and flagged when the mentees'
data change afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.library.indicators import indicator
from salesperf_desktop.domain.mentoring import (
    BUSINESS,
    COMPLIANCE,
    FIRST_SALE_INDICATOR,
    ZERO_ERROR_INDICATOR,
)
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.services.entry import CellWrite, load_sheet, save_values
from salesperf_desktop.services.locking import LockedError, ReasonRequired
from salesperf_desktop.services.mentoring import mentoring_records, write_mentoring
from salesperf_desktop.services.templates import item_from_entry, save_template, template_by_code
from salesperf_desktop.storage.models import AuditEntryRow, StaffRow
from tests.services.support import sheet_person, staff_id

OCTOBER = Period.month(2026, 10)
# October's appraisals were started on the shipped sheets (their templates are frozen): the
# officer's new sheets apply from November
NOVEMBER = Period.month(2026, 11)


def with_indicator(ctx, code: str, indicator_code: str, *, instead_of: str) -> None:
    """The officer puts a mentoring indicator on a template (5 points taken from another)."""
    record = template_by_code(ctx, code)
    doc = record.definition
    doc["items"] = [i for i in doc["items"] if i["indicator"] != instead_of]
    doc["items"].append(item_from_entry(indicator(indicator_code), 5))
    save_template(ctx, doc, record.id)


@pytest.fixture
def mentors(demo_ctx):
    """The demo with E010 (黄磊's business mentor) scored on 首单周期, and E002 a compliance
    mentor (of 黄磊 and a new hire) scored on 合规零失误率."""
    ctx = demo_ctx
    with_indicator(ctx, "rep_distributor", FIRST_SALE_INDICATOR, instead_of="teamwork_sharing")
    with_indicator(ctx, "sales_manager", ZERO_ERROR_INDICATOR, instead_of="work_attitude")
    with ctx.transaction() as s:
        e002 = s.scalar(select(StaffRow).where(StaffRow.employee_no == "E002"))
        for no in ("E012", "E006"):
            s.scalar(
                select(StaffRow).where(StaffRow.employee_no == no)
            ).compliance_mentor_id = e002.id
    return ctx


def _record(ctx, employee_no, kind, month=NOVEMBER):
    return next(
        r
        for r in mentoring_records(ctx, month)
        if r.mentor.startswith(employee_no) and r.kind == kind
    )


def test_the_demo_lists_each_mentor_with_new_mentees_only(demo_ctx):
    records = mentoring_records(demo_ctx, OCTOBER)
    # 黄磊 (hired 2026-08-03, probation) is the only new employee; 赵敏, 周杰, 吴芳 are not
    assert [(r.mentor, r.kind, r.mentees) for r in records] == [
        ("E010 郑强", BUSINESS, ("E012 黄磊",)),
        ("C001 何静", COMPLIANCE, ("E012 黄磊",)),
    ]
    business = records[0]
    # a probation sheet has no sales indicator: no first sale yet, 2026-08-03 → 2026-11-01
    assert business.actual == 90.0 and business.figure == "90 天"
    assert business.lines[1] == "E012 黄磊（2026-08-03 入职，尚无首单，至今 90 天，按 90 天计入）"
    # neither mentor's shipped sheet has the indicators: nothing to write
    assert not any(r.on_sheet or r.to_write for r in records)
    assert write_mentoring(demo_ctx, OCTOBER) == 0


def test_the_figures_are_written_as_the_mentors_actuals_and_scored(mentors):
    assert write_mentoring(mentors, NOVEMBER) == 2
    e010 = sheet_person(mentors, NOVEMBER, "E010")
    # no first sale yet: 2026-08-03 → 2026-12-01
    assert e010.get(FIRST_SALE_INDICATOR, "actual") == 120.0
    item = e010.result.item(FIRST_SALE_INDICATOR)
    # piecewise 90 days → 60 %, 180 → 0 %: 120 days earn 40 % of 5 points
    assert item.points == pytest.approx(2.0)
    e002 = sheet_person(mentors, NOVEMBER, "E002")
    # 黄磊 is new and clean; 赵敏 (hired 2023) is not a new mentee
    assert (e002.get(ZERO_ERROR_INDICATOR, "target"), e002.get(ZERO_ERROR_INDICATOR, "actual")) == (
        1.0,
        1.0,
    )
    assert e002.result.item(ZERO_ERROR_INDICATOR).points == pytest.approx(5.0)
    # written once: nothing left to write
    assert all(r.written for r in mentoring_records(mentors, NOVEMBER))
    assert write_mentoring(mentors, NOVEMBER) == 0
    # the grid's tooltip lines say how the figure was made
    notes = load_sheet(mentors, NOVEMBER).notes
    assert notes[(staff_id(mentors, "E010"), FIRST_SALE_INDICATOR)][-1] == (
        "首单周期平均 120 天（1 名学员，自入职日起算，按日历天）"
    )


def test_a_mentees_later_data_is_flagged_then_amends_the_published_figure(mentors):
    write_mentoring(mentors, NOVEMBER)
    workflow.publish(mentors, NOVEMBER)
    # a compliance veto event is recorded for 黄磊 after publication (here as a failed veto
    # item, the way the grid records it)
    huang = staff_id(mentors, "E012")
    save_values(
        mentors, NOVEMBER, [CellWrite(huang, "compliance_veto", "passed", False)], reason="补录"
    )
    stale = _record(mentors, "E002", COMPLIANCE)
    assert not stale.written and stale.to_write
    assert stale.lines[1] == "E012 黄磊：本月有合规失误（合规否决项未通过）"
    note = load_sheet(mentors, NOVEMBER).notes[(staff_id(mentors, "E002"), ZERO_ERROR_INDICATOR)]
    assert note[-1] == "学员数据已变：现应为 0%，已录入 100%。请在“带教成果”中重新写入。"
    # a published month: a reason first, nothing written without it
    with pytest.raises(ReasonRequired):
        write_mentoring(mentors, NOVEMBER)
    assert _record(mentors, "E002", COMPLIANCE).stored_actual == 1.0
    assert write_mentoring(mentors, NOVEMBER, reason="学员合规事件补录") == 1
    e002 = sheet_person(mentors, NOVEMBER, "E002")
    assert e002.get(ZERO_ERROR_INDICATOR, "actual") == 0.0
    assert e002.shown.item(ZERO_ERROR_INDICATOR).points == 0.0  # the published result amended
    with mentors.session() as s:
        audited = s.scalars(
            select(AuditEntryRow).where(AuditEntryRow.field == f"{ZERO_ERROR_INDICATOR}.actual")
        ).all()
    assert [(a.old_value, a.new_value, a.reason) for a in audited][-1:] == [
        ("1.0", "0.0", "学员合规事件补录")
    ]


def test_the_mentors_form_prints_how_the_figure_was_made_and_flags_a_stale_one(mentors):
    from salesperf_desktop.services.pdf.form_data import form_data_for

    write_mentoring(mentors, NOVEMBER)
    e010 = staff_id(mentors, "E010")
    with mentors.session() as s:
        form = form_data_for(s, e010, NOVEMBER)
    item = next(i for i in form.items if i.indicator == "带教学员首单周期")
    assert item.actual == 120.0  # the grid's figure, printed
    assert (
        "带教学员首单周期：学员：E012 黄磊（2026-08-03 入职，尚无首单，至今 120 天，按 120 天计入）"
        "；首单周期平均 120 天（1 名学员，自入职日起算，按日历天）"
    ) in form.notes
    # 黄磊's first sale is entered late (a sales indicator he is not scored on is still a sale)
    save_values(
        mentors,
        Period.month(2026, 9),
        [CellWrite(staff_id(mentors, "E012"), "sales_achievement", "actual", 8000.0)],
        reason="补录首单",
    )
    with mentors.session() as s:
        form = form_data_for(s, e010, NOVEMBER)
    assert form.notes[-1] == (
        "学员数据已变：现应为 29 天，已录入 120 天。请在“带教成果”中重新写入。"
    )


def test_a_locked_month_is_refused_as_the_grid_refuses_it(demo_ctx):
    with pytest.raises(LockedError) as refused:
        write_mentoring(demo_ctx, Period.month(2026, 8))
    assert refused.value.code == "locked.period"
