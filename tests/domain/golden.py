"""Golden results: what the engine gives for the demo company, stored once and compared exactly.

The demo company (services/demo.py) goes into a temporary database; every demo month, quarter
and year is scored through the real service path (`services.appraisals.compute_period`, the
engine re-scoring even published months) and each person's `AppraisalResult.to_dict()` is
written to tests/fixtures/golden/<period>.json with the cohort's team scores and forced
distribution (item texts that come from the template alone, such as the rule text, are written
once per template under "item_texts"). The demo appraises people on every shipped template (test_golden_results checks
that), so these files pin every shipped template × every demo period.

Floats are rounded to 10 significant digits, keys are sorted, and a value is written on one line
when it fits in 100 characters, so a changed number shows as a one-line diff.

Regenerate only after a change that is meant to move results, then review the diff:

    .venv/bin/python -m tests.domain.golden --regenerate
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

from salesperf_desktop.domain.periods import Period

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
SIGNIFICANT_DIGITS = 10
LINE_WIDTH = 100
#: Item keys whose values come from the template alone; stored once per template and indicator.
TEMPLATE_TEXT_KEYS = ("dimension_label", "label", "name", "rule", "rule_text")


def demo_periods() -> list[Period]:
    """Every month of the demo, every quarter touching it, and its year."""
    from salesperf_desktop.services import demo

    year, first = demo.FIRST_MONTH
    months = [Period.month(year, first + i) for i in range(demo.MONTHS)]
    quarters = sorted({m.quarter_of() for m in months})
    return [*months, *quarters, Period.of_year(year)]


def build_demo_context(folder: Path):
    """A context over a new database in *folder* holding the demo company."""
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end

    ctx = build_context(folder / "golden-demo.sqlite", lang="zh_CN")
    run_to_end(create_demo_company(ctx))
    return ctx


def period_snapshot(ctx, period: Period) -> dict[str, Any]:
    """Everyone's result for *period*, scored now by the engine, as plain JSON data."""
    from salesperf_desktop.services.appraisals import compute_period

    with ctx.session() as session:
        got = compute_period(session, period, use_frozen_results=False)
    return {
        "period": str(period),
        "team_scores": got.team_scores,
        "distribution": None if got.distribution is None else got.distribution.to_dict(),
        # each cycle's graded people apart (domain/cycles.py); "distribution" is one of them
        "distribution_cycle": got.distribution_cycle,
        "distributions": {c: d.to_dict() for c, d in sorted(got.distributions.items())},
        "without_template": got.without_template,
        "people": {
            p.employee_no: {
                "template": p.template_code,
                "template_version": p.template_version,
                "result": p.result.to_dict(),
            }
            for p in got.people
        },
    }


def _factored(snapshot: dict[str, Any]) -> dict[str, Any]:
    """*snapshot* with each item's template texts moved to "item_texts" (nothing is lost: a
    text that differs from its template's first one stays with its item)."""
    texts: dict[str, dict[str, dict[str, Any]]] = {}
    for person in snapshot["people"].values():
        per_template = texts.setdefault(person["template"], {})
        for item in person["result"]["items"]:
            own = {k: item.pop(k) for k in TEMPLATE_TEXT_KEYS}
            if per_template.setdefault(item["indicator"], own) != own:
                item.update(own)
    return {**snapshot, "item_texts": texts}


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.{SIGNIFICANT_DIGITS}g}") if math.isfinite(value) else value
    if isinstance(value, dict):
        return {str(k): _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def _layout(value: Any, indent: int) -> str:
    """JSON with sorted keys: on one line when it fits, else one member per line."""
    flat = json.dumps(value, sort_keys=True, ensure_ascii=False)
    if indent + len(flat) <= LINE_WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 1)
    if isinstance(value, dict):
        members = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {_layout(value[k], indent + 1)}"
            for k in sorted(value)
        ]
        return "{\n" + ",\n".join(members) + "\n" + " " * indent + "}"
    members = [f"{pad}{_layout(v, indent + 1)}" for v in value]
    return "[\n" + ",\n".join(members) + "\n" + " " * indent + "]"


def to_text(snapshot: dict[str, Any]) -> str:
    """The stored form of a snapshot (the same data always gives the same text)."""
    return _layout(_rounded(_factored(snapshot)), 0) + "\n"


def golden_path(period: Period) -> Path:
    return GOLDEN_DIR / f"{period}.json"


def regenerate() -> list[Path]:
    """Write every golden file anew (and drop files of periods the demo no longer has)."""
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="salesperf-golden-") as folder:
        ctx = build_demo_context(Path(folder))
        try:
            for period in demo_periods():
                path = golden_path(period)
                path.write_text(to_text(period_snapshot(ctx, period)), encoding="utf-8")
                written.append(path)
        finally:
            ctx.close()
    for stale in set(GOLDEN_DIR.glob("*.json")) - set(written):
        stale.unlink()
    return written


def main(argv: list[str]) -> int:
    if argv != ["--regenerate"]:
        print(__doc__)
        print("usage: python -m tests.domain.golden --regenerate", file=sys.stderr)
        return 2
    for path in regenerate():
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
