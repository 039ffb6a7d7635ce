"""Start-up's reads sent ahead (``ReaderProcess.send_ahead``): the tab that asks for the same
read is given the one under way, never one made before something was written, never one of
other choices; and what the window's start asks for is what the tabs ask for."""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data as cd
from salesperf_desktop.services.chart_work import PERSON_CHARTS, person_chart
from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.services.entry import CellWrite, read_sheet, save_values, sheet_from
from salesperf_desktop.services.periods import month_choices, stored_months
from salesperf_desktop.services.staff_register import RegisterLabels, staff_register
from salesperf_desktop.services.start_reads import (
    REGISTER_START_ORDER,
    StartReads,
    chart_start_period,
    entry_read_there,
    reads_of,
)
from salesperf_desktop.storage.commit_count import commits

TODAY = dt.date(2026, 11, 20)
LABELS = ({"sales_rep": "销售代表"}, {"mature": "成熟产品"}, {"active": "在职"})
WAIT = 120  # seconds: a read of the test's own process, on a loaded machine


def _plan(labels=LABELS) -> StartReads:
    return StartReads(TODAY, "zh_CN", labels)


def test_the_start_reads_the_tabs_defaults_in_the_order_the_window_needs_them(demo_copy):
    october = dt.date(2026, 10, 20)  # a month stored, with its figures
    reads = reads_of(demo_copy, StartReads(october, "zh_CN", LABELS))
    assert [read for read, _args in reads] == [
        staff_register,
        person_chart,
        read_sheet,
        due_this_month,
    ]
    assert reads[0][1] == (RegisterLabels(*LABELS), REGISTER_START_ORDER)
    (request,) = reads[1][1]
    assert request.period == chart_start_period(cd.chartable_periods(demo_copy))
    assert request.period.kind == "month" and request.chart == PERSON_CHARTS[0]
    assert request.scope == "person" and request.subject is None
    assert reads[2][1] == (month_choices(demo_copy, october)[0], "zh_CN")
    assert reads[3][1] == (october, "zh_CN")
    # Another tab shown first: the register is read when its tab is first shown, not now.
    plan = StartReads(october, "zh_CN", None)
    assert staff_register not in [read for read, _args in reads_of(demo_copy, plan)]


def test_a_month_not_stored_yet_is_left_to_the_window(demo_copy):
    """November holds nothing yet (no month stored): the window scores it from nothing
    itself, cheaper than pickling it there and back."""
    assert Period.month(2026, 11) not in stored_months(demo_copy)
    reads = [read for read, _args in reads_of(demo_copy, _plan())]
    assert reads == [staff_register, person_chart, due_this_month]
    assert not entry_read_there(Period.month(2026, 11), stored_months(demo_copy))
    assert entry_read_there(Period.month(2026, 10), stored_months(demo_copy))


def test_the_tab_asking_for_a_read_sent_ahead_is_given_it(demo_copy, reader):
    reader.send_ahead(demo_copy, [(due_this_month, (TODAY, "zh_CN"))])
    ahead = reader._ahead[0].sent
    sent = reader.send(demo_copy, due_this_month, TODAY, "zh_CN")
    assert sent is ahead  # not read a second time
    got = reader.result(sent, demo_copy, due_this_month, TODAY, "zh_CN")
    assert got == due_this_month(demo_copy, TODAY, "zh_CN")
    # Given once: a later read of the same is read anew.
    assert reader.send(demo_copy, due_this_month, TODAY, "zh_CN") is not ahead


def test_a_read_sent_ahead_is_not_given_after_a_write(demo_copy, reader):
    month = Period.parse("2026-11")
    reader.send_ahead(demo_copy, [(read_sheet, (month, "zh_CN"))])
    ahead = reader._ahead[0].sent
    ahead.future.result(timeout=WAIT)  # read before the write below
    person = sheet_from(demo_copy, ahead.future.result()).people[0]
    write = CellWrite(person.staff_id, "sales_achievement", "actual", 123_456)
    save_values(demo_copy, month, [write])

    sent = reader.send(demo_copy, read_sheet, month, "zh_CN")
    assert sent is not ahead
    fresh = sheet_from(demo_copy, reader.result(sent, demo_copy, read_sheet, month, "zh_CN"))
    entered = next(p for p in fresh.people if p.staff_id == person.staff_id)
    assert entered.values["sales_achievement"]["actual"] == 123_456


def test_a_read_of_other_choices_is_read_and_the_one_sent_ahead_dropped(demo_copy, reader):
    reader.send_ahead(
        demo_copy, [(due_this_month, (TODAY, "zh_CN")), (due_this_month, (TODAY, "en"))]
    )
    ahead = [a.sent for a in reader._ahead]
    sent = reader.send(demo_copy, due_this_month, TODAY - dt.timedelta(days=30), "zh_CN")
    assert sent not in ahead
    assert not reader._ahead  # both dropped: the tab asked for another day
    # ... and the day asked for is the one read.
    got = reader.result(sent, demo_copy, due_this_month, TODAY - dt.timedelta(days=30), "zh_CN")
    assert got == due_this_month(demo_copy, TODAY - dt.timedelta(days=30), "zh_CN")


def test_start_up_over_what_was_not_asked_for_is_forgotten(demo_copy, reader):
    reader.send_ahead(demo_copy, [(due_this_month, (TODAY, "zh_CN"))])
    ahead = reader._ahead[0].sent
    reader.forget_ahead()
    assert reader.send(demo_copy, due_this_month, TODAY, "zh_CN") is not ahead


def test_without_a_process_nothing_is_sent_ahead(demo_copy):
    from salesperf_desktop.services.reader_process import ReaderProcess

    idle = ReaderProcess()  # never started (the command line, tests)
    idle.send_ahead(demo_copy, [(due_this_month, (TODAY, "zh_CN"))])
    assert not idle._ahead
    assert idle.send(demo_copy, due_this_month, TODAY, "zh_CN") is None


def test_commits_count_writes_and_not_reads(demo_copy):
    before = commits(demo_copy.engine)
    month_choices(demo_copy, TODAY)  # reads
    cd.chartable_periods(demo_copy)
    assert commits(demo_copy.engine) == before
    save_values(
        demo_copy, Period.parse("2026-11"), [CellWrite(1, "sales_achievement", "actual", 1)]
    )
    assert commits(demo_copy.engine) == before + 1
