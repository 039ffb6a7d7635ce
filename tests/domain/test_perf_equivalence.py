"""The optimised scoring engine gives exactly what the engine gave before the speed work.

`tests/domain/_reference_engine/` is a frozen copy of the domain modules as they were before
the performance changes. Every case here builds the same neutral data for both engines, runs
both, and compares `to_dict()` by `repr` (so 0.0 vs -0.0, int vs float, list vs tuple and key
order all count, and NaN does not hide a difference). Each engine gets its own template and
input objects, so nothing one engine caches can leak into the other.
"""

from __future__ import annotations

import copy
import math
from types import SimpleNamespace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain import adjustments, rollup, scoring, template
from salesperf_desktop.domain.library import SEED_TEMPLATES
from salesperf_desktop.domain.messages import Problem
from salesperf_desktop.domain.periods import Period

from ._reference_engine import adjustments as ref_adjustments
from ._reference_engine import rollup as ref_rollup
from ._reference_engine import scoring as ref_scoring
from ._reference_engine import template as ref_template
from .conftest import MANAGER_SHEET, REP_SHEET
from .test_properties import band_rules, linear_rules, piecewise_rules, scale_rules

NEW = SimpleNamespace(
    score=scoring.score,
    score_many=scoring.score_many,
    rollup=rollup.rollup,
    parse=template.parse_template,
    Indicator=scoring.IndicatorInput,
    Person=scoring.PersonPeriodInput,
    Event=adjustments.AdjustmentEvent,
    Member=scoring.CohortMember,
)
OLD = SimpleNamespace(
    score=ref_scoring.score,
    score_many=ref_scoring.score_many,
    rollup=ref_rollup.rollup,
    parse=ref_template.parse_template,
    Indicator=ref_scoring.IndicatorInput,
    Person=ref_scoring.PersonPeriodInput,
    Event=ref_adjustments.AdjustmentEvent,
    Member=ref_scoring.CohortMember,
)
LANGS = ("zh_CN", "zh_TW", "en")
YEAR = 2026


def _name(text: str) -> dict[str, str]:
    return {"zh_CN": text, "en": text}


def _bench_like() -> dict[str, Any]:
    """The benchmark's shape: 20 indicators, five measure/rule pairs."""
    rules = [
        ("achievement", {"kind": "linear", "floor": 0.6, "cap": 1.2}),
        (
            "ratio",
            {"kind": "piecewise", "points": [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]], "below": 0},
        ),
        ("expense_usage", {"kind": "piecewise", "points": [[0.8, 1.0], [1.0, 0.8], [1.2, 0.0]]}),
        (
            "count",
            {
                "kind": "bands",
                "bands": [{"min": 1.0, "fraction": 1.0}, {"min": 0.8, "fraction": 0.6}],
            },
        ),
        ("rating", {"kind": "scale", "min": 1, "max": 5}),
    ]
    items = [
        {
            "indicator": f"ind{i:02d}",
            "dimension": "results",
            "weight": 5,
            "measure": rules[i % 5][0],
            "rule": rules[i % 5][1],
            "name": {"zh_CN": f"指标{i}", "en": f"Indicator {i}"},
        }
        for i in range(20)
    ]
    return {"schema": 1, "code": "bench", "name": _name("bench"), "items": items}


def _mixed() -> dict[str, Any]:
    """Every measure, item rater weights (peer only, a zero weight), caps, a 120 sheet, team."""
    item = [
        ("a", "results", 15, "achievement", {"kind": "linear", "floor": 0.5, "cap": 1.3}),
        ("b", "results", 12, "ratio", {"kind": "linear", "full_at": 0.9, "cap": 1.0}),
        ("c", "results", 12, "share", {"kind": "bands", "bands": [{"min": 0.2, "fraction": 1}]}),
        ("d", "results", 12, "growth", {"kind": "piecewise", "points": [[0, 0.5], [0.2, 1.0]]}),
        ("e", "behaviour", 12, "expense_usage", {"kind": "linear"}),
        ("f", "behaviour", 12, "count", {"kind": "linear", "cap": 1.5}),
        ("g", "customer", 12, "rating", {"kind": "scale", "min": 1, "max": 5, "zero_based": False}),
        ("h", "own_dimension", 12, "task_sheet", {"kind": "linear", "full_at": 100}),
        ("i", "team_growth", 12, "rating", {"kind": "scale", "min": 0, "max": 10}),
        ("j", "skill_compliance", 0, "pass_fail", {"kind": "veto"}),
        ("k", "skill_compliance", 9, "pass_fail", {"kind": "linear"}),
    ]
    items = [
        {"indicator": c, "dimension": d, "weight": w, "measure": m, "rule": r, "name": _name(c)}
        for c, d, w, m, r in item
    ]
    items[6]["rater_weights"] = {"peer": 100}
    items[8]["rater_weights"] = {"supervisor": 60, "self": 0, "peer": 40}
    items[3]["growth_base"] = "previous_period"
    return {
        "schema": 1,
        "code": "mixed",
        "name": {"zh_TW": "混合", "en": "Mixed"},
        "sheet_total": 120,
        "rater_weights": {"supervisor": 50, "peer": 30, "self": 10},
        "team_share": 0.25,
        "adjustment_caps": {"bonus": 10, "penalty": 30},
        "adjustment_points": {"rule_breach": -12},
        "items": items,
        "custom_key": [1, 2],
    }


TEMPLATE_DOCS: list[dict[str, Any]] = [
    *SEED_TEMPLATES,
    REP_SHEET,
    MANAGER_SHEET,
    _bench_like(),
    _mixed(),
]
PARSED = [(NEW.parse(copy.deepcopy(d)), OLD.parse(copy.deepcopy(d))) for d in TEMPLATE_DOCS]


@st.composite
def generated_template(draw) -> dict[str, Any]:
    """A template whose rules are drawn (the rule families of test_properties)."""
    doc = _mixed()
    plain = st.one_of(linear_rules(), piecewise_rules(), band_rules())
    for it in doc["items"]:
        if it["measure"] == "rating":
            it["rule"] = draw(scale_rules())
        elif it["measure"] == "pass_fail":
            it["rule"] = draw(st.one_of(st.just({"kind": "veto"}), plain))
        else:
            it["rule"] = draw(plain)
    doc["team_share"] = draw(st.sampled_from([0.0, 0.3]))
    return doc


# ---- neutral input data (plain dicts), built into each engine's own classes --------------------

numbers = st.one_of(
    st.none(),
    st.sampled_from([0, 0.0, -0.0, 1, -1, 100, 0.5, 1e-300, -1e-300]),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.integers(min_value=-100, max_value=1000),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308]),
)
score_values = st.one_of(
    st.floats(min_value=-10, max_value=200, allow_nan=False),
    st.integers(min_value=0, max_value=6),
    st.sampled_from([math.nan, math.inf, 1e307, -1e307]),
)
ratings = st.one_of(
    st.none(),
    st.just({}),
    st.dictionaries(
        st.sampled_from(["supervisor", "self", "peer", "stranger"]),
        st.one_of(
            st.lists(score_values, max_size=4),
            st.lists(score_values, max_size=3).map(tuple),
        ),
        max_size=4,
    ),
)
input_flags = st.one_of(
    st.just(()),
    st.just((Problem("rollup_months_missing", {"months": "2026-01"}, "warning"),)),
)


@st.composite
def indicator_data(draw) -> dict[str, Any]:
    return {
        "target": draw(numbers),
        "actual": draw(numbers),
        "base": draw(numbers),
        "ratings": draw(ratings),
        "passed": draw(st.one_of(st.none(), st.booleans())),
        "flags": draw(input_flags),
    }


@st.composite
def typical_indicator(draw) -> dict[str, Any]:
    """The common, happy case (positive target, all raters present), so fast paths are hit."""
    target = draw(st.floats(min_value=1, max_value=500))
    return {
        "target": target,
        "actual": target * draw(st.floats(min_value=0, max_value=2)),
        "base": draw(st.floats(min_value=1, max_value=500)),
        "ratings": {
            "supervisor": [draw(st.integers(1, 5))],
            "self": [draw(st.integers(1, 5))],
            "peer": draw(st.lists(st.integers(1, 5), min_size=1, max_size=3)),
        },
        "passed": draw(st.one_of(st.none(), st.booleans())),
        "flags": (),
    }


events_data = st.lists(
    st.fixed_dictionaries(
        {
            "code": st.sampled_from(
                [
                    "praise_company",
                    "rule_breach",
                    "milestone",
                    "late_or_early_leave",
                    "compliance_veto",
                    "appeal_adjustment",
                    "nonsense",
                ]
            ),
            "count": st.one_of(st.integers(min_value=0, max_value=5), st.just(2.5)),
            "points": st.one_of(st.none(), st.floats(min_value=-50, max_value=50)),
            "note": st.sampled_from(["", "note"]),
        }
    ),
    max_size=4,
)


def _indicator(engine: SimpleNamespace, d: dict[str, Any]):
    r = d["ratings"]
    ratings = None if r is None else {k: copy.copy(v) for k, v in r.items()}
    return engine.Indicator(
        target=d["target"],
        actual=d["actual"],
        base=d["base"],
        ratings=ratings,
        passed=d["passed"],
        flags=d["flags"],
    )


def _person(engine: SimpleNamespace, d: dict[str, Any]):
    return engine.Person(
        items={k: _indicator(engine, v) for k, v in d["items"].items()},
        events=[engine.Event(**e) for e in d["events"]],
        months_employed=d.get("months_employed"),
        period=d.get("period"),
        person_id=d.get("person_id"),
        flags=d.get("flags", ()),
    )


def _items_for(codes: list[str]):
    return st.dictionaries(
        st.sampled_from(codes),
        st.one_of(indicator_data(), typical_indicator()),
        max_size=len(codes),
    )


MONTHS = Period.of_year(YEAR).months()


@st.composite
def person_data(draw, codes: list[str]) -> dict[str, Any]:
    if draw(st.booleans()):
        items = {c: draw(typical_indicator()) for c in codes}  # every item entered
    else:
        items = draw(_items_for(codes))
    period = draw(st.sampled_from([None, MONTHS[2], Period.quarter(YEAR, 2), Period.of_year(YEAR)]))
    employed = draw(
        st.one_of(st.none(), st.lists(st.sampled_from(MONTHS), max_size=4, unique=True))
    )
    return {
        "items": items,
        "events": draw(events_data),
        "months_employed": employed,
        "period": period,
        "person_id": draw(st.sampled_from([None, "p1"])),
        "flags": draw(input_flags),
    }


def _same(new: Any, old: Any) -> None:
    assert repr(new) == repr(old)


def _check_score(pair, data: dict[str, Any], team_score, lang: str) -> None:
    new_t, old_t = pair
    new = NEW.score(new_t, _person(NEW, data), team_score=team_score, lang=lang)
    old = OLD.score(old_t, _person(OLD, data), team_score=team_score, lang=lang)
    _same(new.to_dict(), old.to_dict())
    _same(new.to_dict("en"), old.to_dict("en"))
    _same(new.all_flags(), old.all_flags())


team_scores = st.one_of(
    st.none(), st.floats(min_value=0, max_value=150), st.sampled_from([math.nan, 0, 80])
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), team_scores, st.sampled_from(LANGS))
def test_score_matches_reference_for_every_template(data, team_score, lang):
    pair = data.draw(st.sampled_from(PARSED))
    codes = [it.indicator for it in pair[0].items] + ["not_in_template"]
    _check_score(pair, data.draw(person_data(codes)), team_score, lang)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_template(), st.data(), team_scores)
def test_score_matches_reference_with_generated_rules(doc, data, team_score):
    pair = (NEW.parse(copy.deepcopy(doc)), OLD.parse(copy.deepcopy(doc)))
    codes = [it["indicator"] for it in doc["items"]]
    _check_score(pair, data.draw(person_data(codes)), team_score, "zh_CN")


def test_score_matches_reference_on_repeated_use_of_one_template():
    # the engine may cache work per template: the second and later uses must not differ
    for pair in PARSED:
        codes = [it.indicator for it in pair[0].items]
        data = {"items": {c: _typical(i) for i, c in enumerate(codes)}, "events": []}
        for _ in range(3):
            _check_score(pair, data, 70.0, "zh_CN")
        data["items"].pop(codes[0])
        _check_score(pair, data, None, "en")


def _typical(i: int) -> dict[str, Any]:
    return {
        "target": 100.0 + i,
        "actual": 90.0 + 3 * i,
        "base": 80.0,
        "ratings": {"supervisor": [4], "self": [5], "peer": [3, 4]},
        "passed": i % 2 == 0,
        "flags": (),
    }


# ---- roll-ups -------------------------------------------------------------------------------


@st.composite
def monthly_data(draw, codes: list[str], period: Period) -> dict[Period, dict[str, Any]]:
    months = period.months()
    present = draw(st.lists(st.sampled_from(months), unique=True, max_size=len(months)))
    if draw(st.booleans()):
        present = list(months)
    out = {}
    for m in sorted(present):
        items = (
            {c: draw(typical_indicator()) for c in codes}
            if draw(st.booleans())
            else draw(_items_for(codes))
        )
        out[m] = {
            "items": items,
            "events": draw(events_data),
            "months_employed": draw(st.sampled_from([None, [m], []])),
            "period": m,
            "person_id": draw(st.sampled_from([None, f"p{m.number}"])),
        }
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), team_scores)
def test_rollup_matches_reference(data, team_score):
    pair = data.draw(st.sampled_from(PARSED))
    period = data.draw(
        st.sampled_from([Period.quarter(YEAR, 1), Period.quarter(YEAR, 4), Period.of_year(YEAR)])
    )
    codes = [it.indicator for it in pair[0].items]
    monthly = data.draw(monthly_data(codes, period))
    employed = data.draw(
        st.one_of(st.none(), st.lists(st.sampled_from(period.months()), unique=True))
    )
    as_list = data.draw(st.booleans())
    rolled = []
    for engine, tpl in ((NEW, pair[0]), (OLD, pair[1])):
        inputs = {m: _person(engine, d) for m, d in monthly.items()}
        source = list(inputs.values()) if as_list else inputs
        r = engine.rollup(tpl, source, period, months_employed=employed)
        rolled.append(r)
        rolled.append(engine.score(tpl, r, team_score=team_score).to_dict())
    _same(rolled[0], rolled[2])  # the rolled-up input itself, field by field
    _same(rolled[1], rolled[3])


def test_full_year_of_the_benchmark_shape_matches_reference():
    new_t, old_t = PARSED[-2]  # the benchmark's shape
    codes = [it.indicator for it in new_t.items]
    monthly = {
        m: {
            "items": {c: _typical(i + m.number) for i, c in enumerate(codes)},
            "events": [],
            "period": m,
            "person_id": "p0",
        }
        for m in MONTHS
    }
    for engine, tpl, out in ((NEW, new_t, []), (OLD, old_t, [])):
        inputs = {m: _person(engine, d) for m, d in monthly.items()}
        for inp in inputs.values():
            out.append(engine.score(tpl, inp).to_dict())
        for q in range(1, 5):
            out.append(
                engine.score(tpl, engine.rollup(tpl, inputs, Period.quarter(YEAR, q))).to_dict()
            )
        out.append(engine.score(tpl, engine.rollup(tpl, inputs, Period.of_year(YEAR))).to_dict())
        engine.out = out
    _same(NEW.out, OLD.out)


# ---- cohorts --------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_score_many_matches_reference(data):
    mgr_doc = copy.deepcopy(MANAGER_SHEET)
    rep_doc = copy.deepcopy(REP_SHEET)
    rep_doc["team_share"] = data.draw(st.sampled_from([0.0, 0.3]))
    mgr_codes = [it["indicator"] for it in mgr_doc["items"]]
    rep_codes = [it["indicator"] for it in rep_doc["items"]]
    reps = data.draw(st.lists(person_data(rep_codes), min_size=0, max_size=5))
    mgr = data.draw(person_data(mgr_codes))
    given_scores = data.draw(st.one_of(st.none(), st.just({"west": 75.0})))
    out = []
    for engine in (NEW, OLD):
        rep_t, mgr_t = engine.parse(copy.deepcopy(rep_doc)), engine.parse(copy.deepcopy(mgr_doc))
        members = [
            engine.Member(f"r{i}", rep_t, _person(engine, d), team="east" if i % 3 else "west")
            for i, d in enumerate(reps)
        ]
        members.append(engine.Member("m", mgr_t, _person(engine, mgr), manages="east"))
        got = engine.score_many(members, team_scores=given_scores, lang="zh_TW")
        out.append(
            (
                {k: r.to_dict() for k, r in got.results.items()},
                got.team_scores,
                got.met_target,
                None if got.distribution is None else got.distribution.to_dict(),
            )
        )
    _same(out[0], out[1])
