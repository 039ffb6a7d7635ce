"""Properties every rule and score must keep, whatever valid data comes in."""

from __future__ import annotations

import copy
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.adjustments import AdjustmentEvent
from salesperf_desktop.domain.rules import parse_rule
from salesperf_desktop.domain.scoring import IndicatorInput, PersonPeriodInput, score
from salesperf_desktop.domain.template import parse_template

from .conftest import REP_SHEET

fin = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
frac = st.floats(min_value=0, max_value=3, allow_nan=False)


@st.composite
def linear_rules(draw):
    floor = draw(st.floats(min_value=0, max_value=2))
    full_at = draw(st.floats(min_value=0.1, max_value=3))
    low = max(floor / full_at, 0.01)
    cap = draw(st.floats(min_value=low, max_value=low + 3))
    return {"kind": "linear", "floor": floor, "cap": cap, "full_at": full_at}


@st.composite
def piecewise_rules(draw, monotone: bool | None = None):
    xs = sorted(set(draw(st.lists(st.floats(min_value=-2, max_value=5), min_size=1, max_size=6))))
    ys = draw(st.lists(frac, min_size=len(xs), max_size=len(xs)))
    if monotone:
        ys = sorted(ys)
    below = draw(st.one_of(st.none(), frac))
    if monotone and below is not None:
        below = min(below, ys[0])
    return {
        "kind": "piecewise",
        "points": [[x, y] for x, y in zip(xs, ys, strict=True)],
        "below": below,
    }


@st.composite
def band_rules(draw):
    mins = sorted(set(draw(st.lists(st.floats(min_value=-2, max_value=5), min_size=1, max_size=5))))
    fractions = draw(st.lists(frac, min_size=len(mins), max_size=len(mins)))
    return {
        "kind": "bands",
        "bands": [{"min": m, "fraction": f} for m, f in zip(mins, fractions, strict=True)],
        "otherwise": draw(frac),
    }


@st.composite
def scale_rules(draw):
    lo = draw(st.floats(min_value=0, max_value=10))
    hi = lo + draw(st.floats(min_value=0.5, max_value=100))
    return {"kind": "scale", "min": lo, "max": hi, "zero_based": draw(st.booleans())}


any_rule = st.one_of(
    linear_rules(), piecewise_rules(), band_rules(), scale_rules(), st.just({"kind": "veto"})
)


@given(any_rule, fin)
def test_fraction_within_zero_and_max(data, value):
    rule = parse_rule(data)
    f = rule.fraction(value)
    assert math.isfinite(f)
    assert 0 <= f <= rule.max_fraction + 1e-12


@given(linear_rules(), fin)
def test_linear_never_exceeds_cap(data, value):
    assert parse_rule(data).fraction(value) <= data["cap"]


@given(st.one_of(linear_rules(), piecewise_rules(monotone=True), scale_rules()), fin, fin)
def test_non_inverse_rules_are_monotone(data, a, b):
    rule = parse_rule(data)
    assert rule.increasing is True
    lo, hi = min(a, b), max(a, b)
    assert rule.fraction(lo) <= rule.fraction(hi) + 1e-9


@given(any_rule)
def test_rule_dict_round_trip(data):
    rule = parse_rule(data)
    assert parse_rule(rule.to_dict()) == rule
    for lang in ("zh_CN", "zh_TW", "en"):
        assert rule.describe(lang, "achievement")


maybe = st.one_of(st.none(), fin)
indicator_inputs = st.builds(
    IndicatorInput,
    target=maybe,
    actual=st.one_of(maybe, st.just(float("nan"))),
    base=maybe,
    ratings=st.one_of(
        st.none(),
        st.dictionaries(
            st.sampled_from(["supervisor", "self", "peer", "stranger"]),
            st.lists(st.floats(min_value=-10, max_value=200, allow_nan=False), max_size=3),
            max_size=4,
        ),
    ),
    passed=st.one_of(st.none(), st.booleans()),
)
CODES = [i["indicator"] for i in REP_SHEET["items"]]
person_inputs = st.builds(
    PersonPeriodInput,
    items=st.dictionaries(st.sampled_from(CODES), indicator_inputs),
    events=st.lists(
        st.builds(
            AdjustmentEvent,
            code=st.sampled_from(
                ["praise_company", "rule_breach", "milestone", "late_or_early_leave", "nonsense"]
            ),
            count=st.integers(min_value=0, max_value=5),
            points=st.one_of(st.none(), st.floats(min_value=-50, max_value=50)),
        ),
        max_size=4,
    ),
)
TEMPLATE = parse_template(REP_SHEET)


@settings(max_examples=200)
@given(person_inputs, st.one_of(st.none(), st.floats(min_value=0, max_value=150)))
def test_scoring_random_inputs_never_raises_and_keeps_bounds(inp, team_score):
    result = score(TEMPLATE, inp, team_score=team_score)
    for item in result.items:
        assert 0 <= item.points <= item.weight * item.rule.max_fraction + 1e-9
        assert item.scored or item.flags  # an unscored item always says why
    assert result.complete == (all(i.scored for i in result.items) and not result.team_share)
    assert math.isfinite(result.total)
    assert result.to_dict()["grade"] == result.grade


@given(person_inputs, st.floats(min_value=0.1, max_value=10))
def test_total_share_invariant_when_weights_and_sheet_scale_together(inp, k):
    inp.events = []  # adjustments are absolute points and do not scale
    scaled = copy.deepcopy(REP_SHEET)
    scaled["sheet_total"] = 100 * k
    for item in scaled["items"]:
        item["weight"] = item["weight"] * k
    a = score(TEMPLATE, inp)
    b = score(parse_template(scaled), inp)
    assert math.isclose(a.percent, b.percent, rel_tol=1e-9, abs_tol=1e-9)
