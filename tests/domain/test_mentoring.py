"""带教成果 (seed 002 §三(三)): the mentors' figures worked out from the mentees, with worked
examples and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesperf_desktop.domain.mentoring import (
    BUSINESS,
    COMPLIANCE,
    FIRST_SALE_INDICATOR,
    VETO_EVENT,
    VETO_ITEM,
    ZERO_ERROR_INDICATOR,
    Mentee,
    first_sale,
    is_new,
    outcomes,
)
from salesperf_desktop.domain.periods import Period

OCT = Period.month(2026, 10)
BIZ, COMP = 10, 20  # the mentors' staff ids


def mentee(sid, no, name, hired, *, probation=False, left=None, biz=BIZ, comp=COMP):
    hire = None if hired is None else dt.date.fromisoformat(hired)
    left_on = None if left is None else dt.date.fromisoformat(left)
    return Mentee(sid, no, name, hire, probation, left_on, biz, comp)


WANG = mentee(1, "E012", "王芳", "2026-07-01")
LI = mentee(2, "E013", "李明", "2026-08-03", probation=True)


def test_a_first_sale_in_august_after_a_july_start_is_31_days():
    # hired 2026-07-01, first sales actual in August: counted on 2026-08-01
    c = first_sale(WANG, [Period.month(2026, 8), Period.month(2026, 9)], OCT)
    assert (c.first_month, c.days, c.pending) == (Period.month(2026, 8), 31, False)


def test_a_sale_in_the_month_of_hire_is_0_days_and_later_months_do_not_count():
    c = first_sale(LI, [Period.month(2026, 8)], OCT)
    assert c.days == 0
    # a sale entered for November does not count for October's figure
    c = first_sale(LI, [Period.month(2026, 11)], OCT)
    assert c.pending and c.days == (dt.date(2026, 11, 1) - dt.date(2026, 8, 3)).days == 90


def test_the_business_mentor_mean_counts_a_mentee_without_a_sale_yet_with_the_days_so_far():
    (biz, comp) = outcomes([WANG, LI], OCT, {1: [Period.month(2026, 8)]}, {})
    assert (biz.kind, biz.indicator) == (BUSINESS, FIRST_SALE_INDICATOR)
    # 王芳 31 days, 李明 no sale yet: 90 days so far → (31 + 90) ÷ 2 = 60.5
    assert biz.actual == 60.5 and biz.target is None and biz.figure == 60.5
    assert biz.explain("zh_CN") == [
        "学员：",
        "E012 王芳（2026-07-01 入职，首单 2026-08，31 天）",
        "E013 李明（2026-08-03 入职，尚无首单，至今 90 天，按 90 天计入）",
        "首单周期平均 60.5 天（2 名学员，自入职日起算，按日历天）",
    ]
    assert biz.figure_text("zh_CN") == "60.5 天"
    assert (comp.kind, comp.indicator) == (COMPLIANCE, ZERO_ERROR_INDICATOR)


def test_the_compliance_mentor_rate_is_the_share_of_mentees_without_an_error():
    people = [WANG, LI, mentee(3, "E014", "赵云", "2026-09-14")]
    (_, comp) = outcomes(people, OCT, {}, {2: [VETO_EVENT, VETO_ITEM]})
    assert (comp.target, comp.actual) == (3.0, 2.0)
    assert comp.figure == pytest.approx(2 / 3)
    lines = comp.explain("zh_CN")
    assert "E013 李明：本月有合规失误（合规一票否决事件、合规否决项未通过）" in lines
    assert lines[-1] == "合规零失误率 66.67%（2/3 名学员）"


def test_who_counts_as_a_new_mentee():
    assert is_new(WANG, OCT)
    # hired 12 months before the month's end or earlier: no longer new …
    assert not is_new(mentee(4, "E015", "老员工", "2025-10-31"), OCT)
    assert is_new(mentee(4, "E015", "新员工", "2025-11-01"), OCT)
    # … unless still on probation
    assert is_new(mentee(4, "E015", "老员工", "2025-01-01", probation=True), OCT)
    # not yet hired, or gone before the month began
    assert not is_new(mentee(5, "E016", "未入职", "2026-11-02"), OCT)
    assert not is_new(mentee(6, "E017", "已离职", "2026-05-01", left="2026-09-30"), OCT)
    assert is_new(mentee(6, "E017", "本月离职", "2026-05-01", left="2026-10-15"), OCT)


def test_a_mentee_without_a_hire_date_is_listed_and_not_counted():
    nobody = mentee(7, "E018", "无日期", None, probation=True, comp=None)
    (biz,) = outcomes([nobody], OCT, {7: [Period.month(2026, 9)]}, {})
    assert biz.counted == 0 and biz.actual is None
    assert biz.explain("zh_CN")[1] == "E018 无日期（登记表无入职日期，未计入）"
    assert biz.figure_text("zh_CN") == "本月没有计入的新员工学员"


def test_mentors_are_kept_apart_and_nobody_mentors_themselves():
    other = mentee(8, "E019", "钱多", "2026-06-01", biz=11, comp=None)
    selfish = mentee(BIZ, "E020", "自带", "2026-06-01", biz=BIZ, comp=None)
    found = outcomes([WANG, other, selfish], OCT, {}, {})
    assert [(o.mentor_id, o.kind, [m.employee_no for m in o.mentees]) for o in found] == [
        (BIZ, BUSINESS, ["E012"]),
        (11, BUSINESS, ["E019"]),
        (COMP, COMPLIANCE, ["E012"]),
    ]


def test_the_explanation_reads_in_english_too():
    (biz, _) = outcomes([WANG], OCT, {1: [Period.month(2026, 8)]}, {})
    assert biz.explain("en")[1] == "E012 王芳 (hired 2026-07-01, first sale 2026-08, 31 days)"


months = st.builds(Period.month, st.integers(2024, 2027), st.integers(1, 12))
dates = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


@given(hired=dates, sales=st.lists(months, max_size=6), month=months)
def test_the_cycle_is_never_negative_and_never_longer_than_the_days_so_far(hired, sales, month):
    m = mentee(1, "E1", "甲", hired.isoformat())
    c = first_sale(m, sales, month)
    so_far = (dt.date(month.year, month.number, 1) - hired).days + 31
    assert c.days is not None and 0 <= c.days <= max(0, so_far)
    if c.first_month is not None:
        assert not month < c.first_month  # a later month never counts
        assert not c.first_month < Period.month(hired.year, hired.month)


@given(errors=st.lists(st.sampled_from([(), (VETO_EVENT,), (VETO_ITEM,)]), min_size=1, max_size=8))
def test_the_zero_error_rate_is_the_clean_share(errors):
    people = [mentee(i + 1, f"E{i:03d}", "甲", "2026-09-01") for i in range(len(errors))]
    (_, comp) = outcomes(people, OCT, {}, {i + 1: e for i, e in enumerate(errors)})
    clean = sum(1 for e in errors if not e)
    assert comp.figure == pytest.approx(clean / len(errors))
    assert 0.0 <= comp.figure <= 1.0
