"""Values that are valid but probably not meant: questions to ask before saving, not refusals.

A typed value is stored only after the officer has seen the doubt and chosen (keep it, take the
suggested value, or type it again). Three doubts, each with a coded message
(``domain/messages/plausibility.py``) that names the person, the indicator and the month:

- a percent typed into an amount ("150%" in a sales actual would be stored as 1.5);
- an actual at least ten times last month's (or under a tenth of it): a zero too many or few;
- a target that moved by more than half from last month's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from salesperf_desktop.domain.cell_values import fold

# Measures whose target/actual/base are amounts or counts (a percent there is a slip); the
# market-share measure is entered as shares, where "12%" is meant.
AMOUNT_MEASURES = frozenset({"achievement", "ratio", "expense_usage", "count", "growth"})
AMOUNT_FIELDS = ("target", "actual", "base")
JUMP_FACTOR = 10.0  # an actual this many times last month's (or 1/this of it) is asked about
TARGET_CHANGE = 0.5  # a target that moved by more than this share of last month's


@dataclass(frozen=True)
class Doubt:
    """One question about one cell: ``code`` + ``params`` word it; ``suggestion`` is the value
    offered instead of the typed one (None: keep or type again)."""

    code: str
    params: dict[str, str] = field(default_factory=dict)
    suggestion: float | None = None


def _plain(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def typed_percent(text: Any) -> bool:
    """Whether the officer typed a percent sign ("150%", "150％")."""
    return isinstance(text, str) and fold(text).endswith("%")


def doubts(
    *,
    measure: str,
    field_name: str,
    typed: Any,
    value: Any,
    last_month: float | None = None,
) -> list[Doubt]:
    """What to ask about *value* (the stored value of what was *typed*) in a cell of an
    indicator with *measure*; *last_month* is the same field's value a month before."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return []
    if field_name not in AMOUNT_FIELDS:
        return []
    out: list[Doubt] = []
    if measure in AMOUNT_MEASURES and typed_percent(typed):
        out.append(
            Doubt(
                "plausibility.percent_in_amount",
                {"typed": fold(str(typed)), "stored": _plain(value), "meant": _plain(value * 100)},
                suggestion=value * 100,
            )
        )
        return out  # the jump questions would be about the slip, not the figure
    if last_month is None or last_month <= 0 or value <= 0:
        return out
    if field_name == "actual" and measure != "growth":
        ratio = value / last_month
        if ratio >= JUMP_FACTOR:
            out.append(
                Doubt(
                    "plausibility.actual_jump_up",
                    {"value": _plain(value), "last": _plain(last_month), "times": f"{ratio:.0f}"},
                )
            )
        elif ratio <= 1 / JUMP_FACTOR:
            out.append(
                Doubt(
                    "plausibility.actual_jump_down",
                    {
                        "value": _plain(value),
                        "last": _plain(last_month),
                        "times": f"{1 / ratio:.0f}",
                    },
                )
            )
    elif field_name == "target" and abs(value - last_month) > TARGET_CHANGE * last_month:
        change = (value - last_month) / last_month * 100
        out.append(
            Doubt(
                "plausibility.target_moved",
                {
                    "value": _plain(value),
                    "last": _plain(last_month),
                    "change": f"{change:+.0f}%",
                },
            )
        )
    return out
