"""Valid values that are probably not meant are asked about (the grid asks; these are the rules)."""

from __future__ import annotations

from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.plausibility import doubts


def codes(**kw):
    return [d.code for d in doubts(**kw)]


def test_a_percent_typed_into_an_amount_is_questioned_with_the_value_meant():
    (doubt,) = doubts(measure="achievement", field_name="actual", typed="150%", value=1.5)
    assert doubt.code == "plausibility.percent_in_amount"
    assert doubt.suggestion == 150
    text = render(doubt.code, doubt.params, "zh_CN")
    assert "150%" in text and "1.5" in text and "150" in text
    # full-width percent sign, as a Chinese keyboard types it
    assert codes(measure="achievement", field_name="target", typed="150％", value=1.5)


def test_a_percent_where_a_share_is_meant_and_plain_numbers_are_not_questioned():
    assert not codes(measure="share", field_name="actual", typed="12%", value=0.12)
    assert not codes(measure="achievement", field_name="actual", typed="150", value=150.0)
    assert not codes(measure="rating", field_name="rating:supervisor", typed="4", value=4.0)


def test_an_actual_ten_times_last_month_or_a_tenth_of_it_is_questioned():
    assert codes(
        measure="achievement", field_name="actual", typed="500000", value=5e5, last_month=4e4
    ) == ["plausibility.actual_jump_up"]
    assert codes(
        measure="achievement", field_name="actual", typed="3000", value=3e3, last_month=4e4
    ) == ["plausibility.actual_jump_down"]
    assert not codes(
        measure="achievement", field_name="actual", typed="90000", value=9e4, last_month=4e4
    )
    assert not codes(
        measure="achievement", field_name="actual", typed="5", value=5.0
    )  # no last month


def test_a_target_that_moved_by_more_than_half_is_questioned():
    (doubt,) = doubts(
        measure="achievement", field_name="target", typed="20000", value=2e4, last_month=5e4
    )
    assert doubt.code == "plausibility.target_moved" and doubt.params["change"] == "-60%"
    assert "50,000" in render(doubt.code, doubt.params, "zh_CN")
    assert not codes(
        measure="achievement", field_name="target", typed="60000", value=6e4, last_month=5e4
    )
