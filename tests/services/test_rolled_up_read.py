"""A quarter's or a year's inputs rolled up as the rows are read (``rolled_up_inputs``, issue
#19) are exactly those of the plain path: every month's inputs (``monthly_inputs``) rolled up by
``domain.rollup.rollup``. Compared on the demo company after what moves a roll-up: a transfer
within October, personal and maternity leave, October published and then corrected (ERP
补录), a month's actual left empty and an entry missing, a bonus and a penalty; the demo already
has quarterly people (the innovative team), team goals, ratings, probation staff and people
hired during the year. Both the inputs and the whole results are compared.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import events, workflow
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.entry import CellWrite, save_values
from salesperf_desktop.storage.models import MetricEntryRow, PeriodRow
from tests.services.support import staff_id

from ..domain import golden

OCT = Period.month(2026, 10)
CHANNEL = 3  # 渠道分销组
ROLLED = [p for p in golden.demo_periods() if p.kind != "month"]


@pytest.fixture(scope="module")
def changed(demo_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("rolled-up") / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    e005, e003, e011 = (staff_id(ctx, no) for no in ("E005", "E003", "E011"))
    mvs.record_move(
        ctx, e005, mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", CHANNEL, "sales_rep", "支援")
    )
    mvs.record_leave(
        ctx, e003, mvs.LeaveDraft("personal", dt.date(2026, 10, 19), dt.date(2026, 10, 20))
    )
    mvs.record_leave(
        ctx,
        e011,
        mvs.LeaveDraft("maternity", dt.date(2026, 9, 28), dt.date(2027, 1, 31)),
        reason="产假证明补交",  # September is published: the change amends it
    )
    for code, quantity in (("customer_praise", 1.0), ("customer_complaint", 2.0)):
        draft = events.EventDraft("adjustment", dt.date(2026, 10, 21), code, quantity, note="记录")
        events.add_event(ctx, e003, OCT, draft)
    workflow.publish(ctx, OCT, dt.date(2026, 11, 5))
    save_values(
        ctx, OCT, [CellWrite(e005, "sales_achievement", "actual", 300000.0)], reason="ERP补录"
    )
    with ctx.transaction() as s:  # gaps the roll-up flags: an empty actual, a missing entry
        june = s.scalar(select(PeriodRow.id).where(PeriodRow.year == 2026, PeriodRow.number == 6))
        entries = s.scalars(
            select(MetricEntryRow)
            .where(MetricEntryRow.period_id == june, MetricEntryRow.staff_id == e003)
            .order_by(MetricEntryRow.id)
        ).all()
        entries[0].actual = None
        s.delete(entries[1])
    yield ctx
    ctx.close()


def _plain(monkeypatch) -> None:
    monkeypatch.setattr(ap, "rolls_up_while_reading", lambda period, overrides: False)


def test_the_rolled_up_inputs_are_those_of_the_monthly_inputs(changed):
    seen = []
    for period in ROLLED:
        with changed.session() as s:
            staff = ap.eligible_staff(s, period)
            resolver = ap.TemplateResolver(ap.load_templates(s), {})
            people = [(p, resolver.resolve(p)[0]) for p in staff if resolver.resolve(p)]
            rolled = ap.rolled_up_inputs(s, people, period)
            plain = ap._month_inputs(s, period, None, people)
        assert len(rolled) == len(people) > 0
        assert rolled == plain, period
        seen += rolled.values()
    assert any(i.flags for x in seen for i in x.items.values()), "June's gaps are flagged"
    assert any(i.ratings for x in seen for i in x.items.values())
    assert any(x.events for x in seen)
    assert any(x.months_employed for x in seen), "someone joined during a period"


@pytest.mark.parametrize("frozen", [True, False], ids=["shown", "rescored"])
@pytest.mark.parametrize("period", ROLLED, ids=str)
def test_a_quarter_and_a_year_score_the_same_by_either_read(changed, period, frozen, monkeypatch):
    with changed.session() as s:
        fast = ap.compute_period(s, period, use_frozen_results=frozen)
        _plain(monkeypatch)
        plain = ap.compute_period(s, period, use_frozen_results=frozen)
    assert fast.people
    assert fast == plain
    if period == Period.quarter(2026, 4):
        assert fast.moved and fast.not_graded  # the transfer and the maternity leave
