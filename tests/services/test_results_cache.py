"""Period results are kept until the data change: every writer moves the change counter.

The window and the command line ask ``period_results`` (and the entry tab's quarter and year
views ``load_sheet``) again and again; a kept result is given while the database's change
counter (triggers, storage/change_counter.py) has not moved. Each test changes the data the way
the officer does — the grid, an import, an event, an amendment after publication, an upheld
appeal, another program, a restored backup — and the next answer shows the change.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from openpyxl import Workbook

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appeals, events, periods, workflow
from salesperf_desktop.services.appeals import Corrections, EntryCorrection
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.backup import make_backup, restore_backup
from salesperf_desktop.services.entry import CellWrite, load_sheet, save_values
from salesperf_desktop.services.metrics_import import apply_import, default_mapping, plan_import
from salesperf_desktop.services.progress import run_to_end
from tests.services.support import staff_id

D = dt.date
SEP, OCT = Period.month(2026, 9), Period.month(2026, 10)
SALES = "sales_achievement"


@pytest.fixture
def demo(demo_copy):
    return demo_copy


def _person(ctx, employee_no: str, period: Period = OCT):
    return period_results(ctx, period).by_staff()[staff_id(ctx, employee_no)]


def _total(ctx, employee_no: str, period: Period = OCT) -> float:
    return _person(ctx, employee_no, period).result.total


def _sales_actual(ctx, employee_no: str, period: Period = OCT) -> float:
    return _person(ctx, employee_no, period).result.item(SALES).actual


def test_asking_again_gives_the_kept_results_without_scoring_again(demo):
    first = period_results(demo, Period.of_year(2026))
    hits = demo.results.hits
    again = period_results(demo, Period.of_year(2026))
    assert demo.results.hits == hits + 1
    assert [p.result.to_dict() for p in again.people] == [p.result.to_dict() for p in first.people]
    again.people.clear()  # a caller's own copy: the next one still gets everyone
    assert len(period_results(demo, Period.of_year(2026)).people) == len(first.people)


def test_a_grid_edit_is_seen_by_the_month_quarter_and_year(demo):
    before = {p: _sales_actual(demo, "E005", p) for p in (OCT, OCT.quarter_of(), OCT.year_of())}
    quarter_sheet = load_sheet(demo, OCT.quarter_of())
    save_values(demo, OCT, [CellWrite(staff_id(demo, "E005"), SALES, "actual", 300000.0)])
    assert _sales_actual(demo, "E005", OCT) == 300000.0
    for period in (OCT.quarter_of(), OCT.year_of()):
        assert _sales_actual(demo, "E005", period) == before[period] - before[OCT] + 300000.0
    sid = staff_id(demo, "E005")
    changed = load_sheet(demo, OCT.quarter_of()).person(sid).values[SALES]["actual"]
    assert changed != quarter_sheet.person(sid).values[SALES]["actual"]


def test_an_import_is_seen(demo, tmp_path):
    _total(demo, "E005")
    wb = Workbook()
    wb.active.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    wb.active.append(["E005", "刘洋", "2026-10", SALES, 320000, 300000])
    wb.save(tmp_path / "erp.xlsx")
    plan = run_to_end(plan_import(demo, tmp_path / "erp.xlsx", default_mapping()))
    run_to_end(apply_import(demo, plan, backup=False))
    assert _sales_actual(demo, "E005") == 300000.0


def test_an_event_is_seen(demo):
    before = _total(demo, "E005")
    praise = events.EventDraft(
        "adjustment",
        D(2026, 10, 20),
        "praise_company",
        note="表扬",
        approver="分管副总经理",
        document_no="司发〔2026〕35号",
    )
    events.add_event(demo, staff_id(demo, "E005"), OCT, praise)
    assert _total(demo, "E005") > before


def test_an_amendment_after_publication_is_seen(demo):
    workflow.publish(demo, OCT, D(2026, 11, 5))
    published = _person(demo, "E005")
    assert published.frozen
    save_values(
        demo,
        OCT,
        [CellWrite(staff_id(demo, "E005"), SALES, "actual", 300000.0)],
        reason="ERP补录",
    )
    amended = _person(demo, "E005")
    assert amended.frozen and amended.result.item(SALES).actual == 300000.0
    assert amended.result.total > published.result.total


def test_an_upheld_appeal_is_seen(demo):
    before = _person(demo, "E005", SEP)
    assert before.frozen
    appraisal_id = before.appraisal_id
    appeal = appeals.submit_appeal(demo, appraisal_id, filed_on=D(2026, 10, 9), reason="订单漏计")
    target = before.result.item(SALES).target
    appeals.record_decision(
        demo,
        appeal.id,
        outcome="upheld",
        reason="签收单属实",
        decided_on=D(2026, 10, 14),
        corrections=Corrections(
            entries=(EntryCorrection("2026-09", SALES, "actual", target * 1.05),)
        ),
    )
    after = _person(demo, "E005", SEP)
    assert after.result.item(SALES).actual == pytest.approx(target * 1.05)
    assert after.result.total > before.result.total


def test_a_write_by_another_program_is_seen(demo):
    """The command line (or a database browser) writes through a connection of its own."""
    before = _sales_actual(demo, "E005")
    con = sqlite3.connect(demo.db_path)
    with con:
        con.execute(
            "UPDATE metric_entries SET actual = 123456 WHERE indicator_code = ? AND staff_id = ?"
            " AND period_id = (SELECT id FROM periods WHERE kind = 'month' AND year = 2026"
            " AND number = 10)",
            (SALES, staff_id(demo, "E005")),
        )
    con.close()
    assert before != 123456.0
    assert _sales_actual(demo, "E005") == 123456.0


def test_a_restored_backup_is_seen(demo):
    """A restore closes the database and opens the restored file in a new context (as the
    window's File ▸ Restore does): the results are those of the backup."""
    original = _sales_actual(demo, "E005")
    backup = make_backup(demo.db_path, demo.backup_dir)
    save_values(demo, OCT, [CellWrite(staff_id(demo, "E005"), SALES, "actual", 300000.0)])
    assert _sales_actual(demo, "E005") == 300000.0
    demo.close()
    restore_backup(demo.db_path, backup, demo.backup_dir)
    restored = build_context(demo.db_path, lang="zh_CN")
    try:
        assert _sales_actual(restored, "E005") == original
    finally:
        restored.close()


def test_reading_changes_nothing(demo):
    """Reads keep the counter (and so the kept results) where they are."""
    period_results(demo, OCT)
    hits = demo.results.hits
    periods.published_periods(demo)
    load_sheet(demo, OCT)
    period_results(demo, OCT)
    assert demo.results.hits == hits + 1
