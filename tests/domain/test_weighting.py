"""The 012 method: mirrors, relative weights, exact rounding to the sheet total."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesperf_desktop.domain.weighting import (
    PairwiseError,
    largest_remainder,
    missing_pairs,
    new_matrix,
    relative_weights,
    row_sums,
    set_judgement,
    weights_012,
)


def _table(judgements: dict[tuple[int, int], int], n: int):
    m = new_matrix(n)
    for (i, j), v in judgements.items():
        set_judgement(m, i, j, v)
    return m


def test_mirror_cell_fills_with_two_minus_x():
    m = new_matrix(3)
    set_judgement(m, 0, 1, 2)
    assert m[1][0] == 0
    set_judgement(m, 2, 0, 1)
    assert m[0][2] == 1
    assert missing_pairs(m) == [(1, 2)]


def test_relative_weights_are_row_sums_over_total():
    # A more important than B and C; B equal to C.
    m = _table({(0, 1): 2, (0, 2): 2, (1, 2): 1}, 3)
    assert row_sums(m) == [4, 1, 1]
    assert relative_weights(m) == pytest.approx([4 / 6, 1 / 6, 1 / 6])


def test_weights_add_up_to_the_sheet_total_exactly():
    m = _table({(0, 1): 2, (0, 2): 2, (1, 2): 1}, 3)
    assert weights_012(m, 100) == [67, 17, 16]  # 66.67, 16.67, 16.67: the earliest tie gets it
    assert sum(weights_012(m, 120)) == 120
    assert weights_012(m, 100, step=0.5) == [67, 16.5, 16.5]


def test_incomplete_or_inconsistent_tables_are_refused():
    m = new_matrix(3)
    set_judgement(m, 0, 1, 2)
    with pytest.raises(PairwiseError):
        relative_weights(m)
    m = _table({(0, 1): 2, (0, 2): 2, (1, 2): 1}, 3)
    m[1][0] = 2  # breaks the mirror
    with pytest.raises(PairwiseError):
        relative_weights(m)
    with pytest.raises(PairwiseError):
        set_judgement(m, 1, 1, 1)
    with pytest.raises(PairwiseError):
        set_judgement(m, 0, 1, 3)


def test_small_tables():
    assert relative_weights([]) == []
    assert relative_weights([[None]]) == [1.0]
    assert weights_012([[None]], 100) == [100]


def test_largest_remainder_examples():
    assert largest_remainder([1, 1, 1], 100) == [34, 33, 33]
    assert largest_remainder([0, 0], 10) == [5, 5]
    with pytest.raises(PairwiseError):
        largest_remainder([1, 2], 10.3)


@given(
    st.lists(st.integers(0, 2), min_size=1, max_size=45),
    st.sampled_from([100, 120]),
)
def test_any_complete_table_gives_weights_that_add_up(values, total):
    n = 2
    while n * (n - 1) // 2 < len(values):
        n += 1
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    m = new_matrix(n)
    for k, (i, j) in enumerate(pairs):
        set_judgement(m, i, j, values[k % len(values)])
    weights = weights_012(m, total)
    assert sum(weights) == total
    assert all(w >= 0 for w in weights)
    assert sum(row_sums(m)) == n * (n - 1)  # each pair hands out exactly 2 points


def test_a_zero_weight_is_found_and_the_usual_corrections_lift_it():
    """Seed 004 (第三，合理设置指标权重): “考核指标的权重一般在5%~30%之间” and weights come
    from the “012法”. A > B, A > C, B > C: row sums 4, 2, 0 → 67, 33, 0 — C gets 0 %."""
    from salesperf_desktop.domain.weighting import (
        floor_weights,
        weights_012_plus_one,
        zero_weights,
    )

    m = _table({(0, 1): 2, (0, 2): 2, (1, 2): 2}, 3)
    weights = weights_012(m, 100)
    assert weights == [67, 33, 0]
    assert zero_weights(weights) == [2]
    # add 1 to every row sum: 5, 3, 1 of 9 → 56, 33, 11
    assert weights_012_plus_one(m, 100) == [56, 33, 11]
    # or floor at 5 % and share the other 95 in proportion: 64, 31, 5
    assert floor_weights(weights, 100) == [64, 31, 5]
    assert floor_weights(weights, 120) == [76, 38, 6]


@given(st.integers(2, 7), st.data())
def test_corrections_never_leave_a_zero_and_keep_the_sheet_total(n, data):
    from salesperf_desktop.domain.weighting import floor_weights, weights_012_plus_one

    m = new_matrix(n)
    for i in range(n):
        for j in range(i + 1, n):
            set_judgement(m, i, j, data.draw(st.sampled_from([0, 1, 2])))
    plus = weights_012_plus_one(m, 100)
    assert sum(plus) == 100 and min(plus) > 0
    floored = floor_weights(weights_012(m, 100), 100)
    assert sum(floored) == pytest.approx(100) and min(floored) >= 5
