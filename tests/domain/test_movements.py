"""Staff movements within a period (seed 004: 转岗、晋升、降职; 事假一天扣一分，病假不扣分):
worked examples and properties of ``domain.movements``."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesperf_desktop.domain import movements as mv
from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE
from salesperf_desktop.domain.explain import explain
from salesperf_desktop.domain.items import IndicatorInput
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.scoring import PersonPeriodInput, score
from salesperf_desktop.domain.template import parse_template

D = dt.date
DEC = Period.month(2026, 12)
EAST, SOUTH = mv.Placement(1, "sales_rep"), mv.Placement(2, "sales_rep")


def weekdays(day: dt.date) -> bool:
    return day.weekday() < 5


def _input(**items: IndicatorInput) -> PersonPeriodInput:
    return PersonPeriodInput(items=items, period=DEC, person_id="7")


def test_a_transfer_on_the_15th_cuts_the_month_in_two_parts():
    move = mv.Move(D(2026, 12, 15), "transfer", EAST, SOUTH)
    parts = mv.parts(D(2026, 12, 1), D(2026, 12, 31), [move], SOUTH, weekdays)
    assert [(p.start.day, p.end.day, p.placement, p.workdays) for p in parts] == [
        (1, 14, EAST, 10),
        (15, 31, SOUTH, 13),
    ]
    names = {1: "华东组", 2: "华南组"}
    note = mv.prorated_note(parts, names.get, lambda r: "销售代表")
    assert note.message("zh_CN") == (
        "本月 1–14 日在华东组（10 个工作日），15–31 日在华南组（13 个工作日），按工作日折算"
    )


def test_a_month_before_or_after_the_move_is_one_part_in_the_team_held_then():
    move = mv.Move(D(2026, 12, 15), "transfer", EAST, SOUTH)
    nov = mv.parts(D(2026, 11, 1), D(2026, 11, 30), [move], SOUTH, weekdays)
    jan = mv.parts(D(2027, 1, 1), D(2027, 1, 31), [move], SOUTH, weekdays)
    assert [p.placement for p in nov] == [EAST]
    assert [p.placement for p in jan] == [SOUTH]
    # a move on the 1st: the whole month in the new team
    first = mv.Move(D(2026, 12, 1), "transfer", EAST, SOUTH)
    assert [
        p.placement for p in mv.parts(D(2026, 12, 1), D(2026, 12, 31), [first], SOUTH, weekdays)
    ] == [SOUTH]


def _rep(rep_dict, share=0.3, code="rep"):
    return parse_template({**rep_dict, "code": code, "team_share": share})


def test_a_transfer_weights_each_teams_result_by_working_days(rep_dict):
    template = _rep(rep_dict)
    inp = _input(sales_achievement=IndicatorInput(target=100, actual=90))
    move = mv.Move(D(2026, 12, 15), "transfer", EAST, SOUTH)
    parts = mv.parts(D(2026, 12, 1), D(2026, 12, 31), [move], SOUTH, weekdays)
    east = mv.score_part(template, inp, 80.0, "zh_CN")  # 华东组 scored 80 % of its sheet
    south = mv.score_part(template, inp, 60.0, "zh_CN")
    note = mv.prorated_note(parts, {1: "华东组", 2: "华南组"}.get, str)
    combined = mv.combine([(east, 10), (south, 13)], template, note)
    assert combined.total == pytest.approx((10 * east.total + 13 * south.total) / 23)
    # the individual part is the same in both teams (one entry for the month), the team part not
    assert east.items_points == south.items_points == combined.items_points
    assert combined.team_part == pytest.approx(0.3 * (10 * 80 + 13 * 60) / 23)
    assert combined.grade == template.grades.grade_for(combined.total).grade
    assert combined.flags[-1].code == "move.prorated"
    # the explanation still adds up to the total at two decimals
    lines = explain(combined)
    assert lines.total.cents == (
        lines.items_points.cents + lines.team.cents + lines.adjustments_total.cents
    )


def test_a_promotion_combines_the_two_sheets(rep_dict, manager_template):
    rep = _rep(rep_dict, share=0.0)
    manager = mv.Placement(1, "sales_manager")
    move = mv.Move(D(2026, 12, 15), "promotion", EAST, manager)
    parts = mv.parts(D(2026, 12, 1), D(2026, 12, 31), [move], manager, weekdays)
    inp = _input(
        sales_achievement=IndicatorInput(target=100, actual=100),
        sales_plan_completion=IndicatorInput(target=100, actual=120),
    )
    before = score(rep, inp)
    after = score(manager_template, inp)
    note = mv.prorated_note(
        parts, {1: "华东组"}.get, {"sales_rep": "销售代表", "sales_manager": "销售经理"}.get
    )
    assert "华东组任销售代表" in note.message("zh_CN")
    assert "华东组任销售经理" in note.message("zh_CN")
    combined = mv.combine([(before, 10), (after, 13)], manager_template, note)
    assert combined.total == pytest.approx((10 * before.total + 13 * after.total) / 23)
    assert combined.template_code == manager_template.code  # shown on the sheet held at the end


def _leave_total(template, leaves):
    start, end = D(2026, 12, 1), D(2026, 12, 31)
    note = "请假记录"
    kind = DEFAULT_CATALOGUE.get(mv.PERSONAL_LEAVE_ITEM)
    events = mv.leave_events(leaves, start, end, weekdays, note, kind)
    inp = PersonPeriodInput(items={}, events=events, period=DEC)
    return score(template, inp).adjustments


def test_two_days_of_personal_leave_deduct_two_points_once(rep_dict):
    template = _rep(rep_dict, share=0.0)
    # Thursday and Friday; a second record over Friday counts the day once
    leaves = [
        mv.Leave("personal", D(2026, 12, 3), D(2026, 12, 4)),
        mv.Leave("personal", D(2026, 12, 4), D(2026, 12, 6)),  # Sat, Sun: no working day
    ]
    outcome = _leave_total(template, leaves)
    assert outcome.total == -2
    assert [(line.code, line.count, line.note) for line in outcome.lines] == [
        ("personal_leave_day", 2, "请假记录")
    ]


def test_five_days_of_sick_leave_deduct_nothing_and_leave_the_targets(rep_dict):
    template = _rep(rep_dict, share=0.0)
    leaves = [mv.Leave("sick", D(2026, 12, 7), D(2026, 12, 11))]
    assert _leave_total(template, leaves).total == 0
    assert mv.present_share(leaves, D(2026, 12, 1), D(2026, 12, 31), weekdays) == 1.0


def test_maternity_leave_over_part_of_the_month_prorates_the_targets():
    leaves = [mv.Leave("maternity", D(2026, 12, 15), D(2027, 4, 30))]
    share = mv.present_share(leaves, D(2026, 12, 1), D(2026, 12, 31), weekdays)
    assert share == pytest.approx(10 / 23)
    items = mv.prorate_targets({"sales": IndicatorInput(target=230, actual=100)}, share)
    assert items["sales"].target == pytest.approx(100)
    assert items["sales"].actual == 100
    assert mv.leave_events(leaves, D(2026, 12, 1), D(2026, 12, 31), weekdays, "") == ()
    # January: on leave every working day, not graded
    assert mv.on_leave_throughout(leaves, D(2027, 1, 1), D(2027, 1, 31), weekdays)
    assert not mv.on_leave_throughout(leaves, D(2026, 12, 1), D(2026, 12, 31), weekdays)


# ----------------------------------------------------------------------------- properties

_day = st.dates(min_value=D(2026, 11, 15), max_value=D(2027, 1, 15))
_placement = st.builds(
    mv.Placement, st.sampled_from([1, 2, 3, None]), st.sampled_from(["sales_rep", "sales_manager"])
)


@st.composite
def _moves(draw):
    days = sorted(draw(st.lists(_day, max_size=4, unique=True)))
    held = draw(_placement)
    out = []
    for day in days:
        nxt = draw(_placement)
        out.append(mv.Move(day, "transfer", held, nxt))
        held = nxt
    return out


@given(_moves())
def test_every_day_of_the_period_is_in_exactly_one_part(moves):
    start, end = D(2026, 12, 1), D(2026, 12, 31)
    current = moves[-1].after if moves else EAST
    parts = mv.parts(start, end, moves, current, weekdays)
    assert parts[0].start == start and parts[-1].end == end
    for a, b in itertools.pairwise(parts):
        assert b.start == a.end + dt.timedelta(days=1)
        assert a.placement != b.placement
    assert sum(p.workdays for p in parts) == mv.workdays_between(start, end, weekdays)
    for p in parts:
        assert mv.placement_on(p.start, moves, current) == p.placement


@given(st.lists(st.tuples(st.sampled_from(mv.LEAVE_KINDS), _day, _day), max_size=5))
def test_leave_days_never_exceed_the_working_days(raw):
    leaves = [mv.Leave(k, min(a, b), max(a, b)) for k, a, b in raw]
    start, end = D(2026, 12, 1), D(2026, 12, 31)
    total = mv.workdays_between(start, end, weekdays)
    counted = sum(mv.leave_workdays(leaves, start, end, weekdays).values())
    assert 0 <= counted <= total
    assert 0.0 <= mv.present_share(leaves, start, end, weekdays) <= 1.0
    assert mv.on_leave_throughout(leaves, start, end, weekdays) == (counted == total)
