"""The 012 method (seed 004, “012法”): weights from pairwise importance judgements.

Each pair of indicators is judged once: 0 = the row indicator is less important than the column
one, 1 = equally important, 2 = more important. The mirror cell is 2 − x, so every pair hands out
exactly 2 points. An indicator's relative weight is its row sum ÷ the sum of all row sums; the
weights on the sheet are those shares of the sheet total, rounded by the largest-remainder method
so they add up exactly. The officer then adjusts them (seed 004: experts fix the absolute weights).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

JUDGEMENTS = (0, 1, 2)


class PairwiseError(ValueError):
    """A comparison table that cannot give weights."""


def mirror(value: int) -> int:
    """The judgement of the mirrored cell (column against row)."""
    if value not in JUDGEMENTS:
        raise PairwiseError(f"judgement must be 0, 1 or 2, not {value!r}")
    return 2 - value


def new_matrix(size: int) -> list[list[int | None]]:
    """A fresh table: nothing judged yet (None) except the diagonal, which is not used."""
    return [[None] * size for _ in range(size)]


def set_judgement(matrix: list[list[int | None]], row: int, col: int, value: int) -> None:
    """Record row-vs-column and fill the mirror cell with 2 − value."""
    if row == col:
        raise PairwiseError("an indicator is not compared with itself")
    matrix[row][col] = value
    matrix[col][row] = mirror(value)


def missing_pairs(matrix: Sequence[Sequence[int | None]]) -> list[tuple[int, int]]:
    n = len(matrix)
    return [(i, j) for i in range(n) for j in range(i + 1, n) if matrix[i][j] is None]


def row_sums(matrix: Sequence[Sequence[int | None]]) -> list[int]:
    _check(matrix)
    return [
        sum(v for j, v in enumerate(row) if j != i and v is not None)
        for i, row in enumerate(matrix)
    ]


def relative_weights(matrix: Sequence[Sequence[int | None]]) -> list[float]:
    """Row sums ÷ total. With one indicator it carries everything; if every row sums to 0
    (impossible with consistent mirrors) the weights are equal."""
    n = len(matrix)
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    if missing_pairs(matrix):
        raise PairwiseError("every pair must be judged")
    sums = row_sums(matrix)
    total = sum(sums)
    if total <= 0:
        return [1.0 / n] * n
    return [s / total for s in sums]


def largest_remainder(shares: Sequence[float], total: float, step: float = 1.0) -> list[float]:
    """Split *total* in proportion to *shares* in multiples of *step*, adding up exactly.

    Each part is first rounded down; the units left over go to the largest remainders
    (ties: the earlier indicator, so the result is stable).
    """
    if not shares:
        return []
    if step <= 0 or total < 0:
        raise PairwiseError("step must be positive and total not negative")
    units = round(total / step)
    if not math.isclose(units * step, total, abs_tol=1e-9):
        raise PairwiseError(f"{total} is not a multiple of {step}")
    weight_sum = sum(shares)
    if weight_sum <= 0:
        shares = [1.0] * len(shares)
        weight_sum = float(len(shares))
    exact = [units * s / weight_sum for s in shares]
    floors = [math.floor(x + 1e-9) for x in exact]
    left = units - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [_clean(f * step) for f in floors]


def weights_012(
    matrix: Sequence[Sequence[int | None]], sheet_total: float = 100.0, step: float = 1.0
) -> list[float]:
    """The sheet weights the 012 table gives (adding up to *sheet_total* exactly)."""
    return largest_remainder(relative_weights(matrix), sheet_total, step)


#: A single indicator's weight normally lies between 5 % and 30 % of the sheet (seed 004:
#: “考核指标的权重一般在5%~30%之间”); the 0-1-2 method alone can give 0 %.
WEIGHT_FLOOR_SHARE = 0.05


def zero_weights(weights: Sequence[float]) -> list[int]:
    """Indexes of indicators the table gave no weight (never to be applied silently)."""
    return [i for i, w in enumerate(weights) if w <= 0]


def weights_012_plus_one(
    matrix: Sequence[Sequence[int | None]], sheet_total: float = 100.0, step: float = 1.0
) -> list[float]:
    """The usual correction: add 1 to every row sum, then weights as usual.

    Worked example: A > B, A > C, B > C gives row sums 4, 2, 0 → 67, 33, 0; plus one,
    5, 3, 1 (of 9) → 56, 33, 11.
    """
    if missing_pairs(matrix):
        raise PairwiseError("every pair must be judged")
    sums = [s + 1 for s in row_sums(matrix)]
    return largest_remainder(sums, sheet_total, step)


def floor_weights(
    weights: Sequence[float],
    sheet_total: float = 100.0,
    floor_share: float = WEIGHT_FLOOR_SHARE,
    step: float = 1.0,
) -> list[float]:
    """The other correction: raise weights below the floor to it and share the rest of the
    sheet among the others in proportion to their weights.

    Worked example: 67, 33, 0 on 100 points → 0 becomes 5; 67 and 33 share 95 → 64, 31, 5.
    """
    floor = sheet_total * floor_share
    low = [i for i, w in enumerate(weights) if w < floor]
    if not low or len(low) * floor > sheet_total:
        return list(weights)
    rest = [0.0 if i in low else float(w) for i, w in enumerate(weights)]
    shared = largest_remainder(rest, sheet_total - floor * len(low), step)
    return [_clean(floor) if i in low else shared[i] for i in range(len(weights))]


def _clean(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r


def _check(matrix: Sequence[Sequence[int | None]]) -> None:
    n = len(matrix)
    for i, row in enumerate(matrix):
        if len(row) != n:
            raise PairwiseError("the comparison table must be square")
        for j, v in enumerate(row):
            if i == j or v is None:
                continue
            if v not in JUDGEMENTS:
                raise PairwiseError(f"judgement must be 0, 1 or 2, not {v!r}")
            other = matrix[j][i]
            if other is not None and other != 2 - v:
                raise PairwiseError(f"cells ({i + 1},{j + 1}) and ({j + 1},{i + 1}) disagree")


__all__ = [
    "JUDGEMENTS",
    "WEIGHT_FLOOR_SHARE",
    "PairwiseError",
    "floor_weights",
    "largest_remainder",
    "mirror",
    "missing_pairs",
    "new_matrix",
    "relative_weights",
    "row_sums",
    "set_judgement",
    "weights_012",
    "weights_012_plus_one",
    "zero_weights",
]
