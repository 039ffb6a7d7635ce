"""Fuzzing the scoring rules with malformed and extreme data (complements tests/domain).

tests/domain/test_properties.py proves the properties for *valid* rules and ordinary values.
Here the rule dicts are arbitrary JSON (what a damaged template file or a hand-edited export
could hold), values go to the edges of float, and every shipped template is scored: a bad
rule is refused with RuleError/TemplateError, never another exception, and a score always
stays finite and within each item's bounds.
"""

from __future__ import annotations

import contextlib
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain.library import SEED_TEMPLATES
from salesperf_desktop.domain.rules import RULE_KINDS, RuleError, parse_rule
from salesperf_desktop.domain.scoring import IndicatorInput, PersonPeriodInput, score
from salesperf_desktop.domain.template import TemplateError, parse_template

EDGE_FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-308, -1e-308, 1e308, -1e308, 5e-324, 1e15, -1e15]),
)
KEYS = [
    "kind",
    "floor",
    "cap",
    "full_at",
    "points",
    "below",
    "bands",
    "min",
    "max",
    "fraction",
    "otherwise",
    "zero_based",
    "anchors",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    EDGE_FLOATS,
    st.text(max_size=5),
    st.sampled_from(RULE_KINDS),
)
json_like = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), children, max_size=5),
    ),
    max_leaves=12,
)
rule_dicts = st.one_of(
    json_like,
    st.fixed_dictionaries(
        {"kind": st.sampled_from(RULE_KINDS)}, optional={k: json_like for k in KEYS[1:]}
    ),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(rule_dicts, st.lists(EDGE_FLOATS, min_size=1, max_size=6))
def test_any_rule_dict_is_parsed_or_refused_cleanly_and_fractions_stay_bounded(data, values):
    try:
        rule = parse_rule(data)
    except RuleError as exc:
        assert exc.args  # coded problems for the officer
        return
    for value in values:
        f = rule.fraction(value)
        if math.isfinite(value):
            assert math.isfinite(f), (data, value, f)
            assert 0 <= f <= rule.max_fraction + 1e-9, (data, value, f)
    for lang in ("zh_CN", "zh_TW", "en"):
        assert isinstance(rule.describe(lang, "achievement"), str)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(
            ["schema", "code", "name", "items", "sheet_total", "rater_weights", "role", "cycle"]
        ),
        json_like,
    )
)
def test_any_template_document_is_parsed_or_refused_cleanly(doc):
    with contextlib.suppress(TemplateError, RuleError):
        parse_template(doc)


TEMPLATES = (
    [parse_template(t) for t in SEED_TEMPLATES.values()]
    if isinstance(SEED_TEMPLATES, dict)
    else [parse_template(t) for t in SEED_TEMPLATES]
)

extreme = st.one_of(st.none(), EDGE_FLOATS)
inputs = st.builds(
    IndicatorInput,
    target=extreme,
    actual=extreme,
    base=extreme,
    ratings=st.one_of(
        st.none(),
        st.dictionaries(
            st.sampled_from(["supervisor", "self", "peer"]), st.lists(EDGE_FLOATS, max_size=3)
        ),
    ),
    passed=st.one_of(st.none(), st.booleans()),
)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.code)
@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_shipped_templates_score_extreme_inputs_within_bounds(template, data):
    codes = [item.indicator for item in template.items]
    items = data.draw(st.dictionaries(st.sampled_from(codes), inputs))
    team = data.draw(st.one_of(st.none(), EDGE_FLOATS))
    result = score(template, PersonPeriodInput(items=items), team_score=team)
    assert math.isfinite(result.total)
    for item in result.items:
        assert math.isfinite(item.points)
        assert 0 <= item.points <= item.weight * item.rule.max_fraction + 1e-9
    assert result.grade
