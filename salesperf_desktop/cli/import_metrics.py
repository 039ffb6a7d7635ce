"""salesperf-cli import-metrics: targets/actuals from an ERP or ledger workbook (all or nothing).

``--profile NAME`` reads an ERP sales ledger with a mapping saved in the window (one row per
sale, summed per person and month); ``--list-profiles`` shows the saved ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import (
    apply_unless_dry_run,
    field_word,
    indicator_names,
    open_context,
    refuse_problems,
    say,
)
from salesperf_desktop.domain.i18n import fmt_plain
from salesperf_desktop.domain.messages import CodedError, render
from salesperf_desktop.services import ledger_import
from salesperf_desktop.services.metrics_import import (
    ColumnMapping,
    apply_import,
    load_mapping,
    plan_import,
    write_template,
)
from salesperf_desktop.services.progress import run_to_end


def register(sub) -> None:
    p = sub.add_parser(
        "import-metrics",
        help="import targets/actuals from a workbook; prints problems (sheet!cell: reason)",
    )
    p.add_argument(
        "file", type=Path, nargs="?", help="the .xlsx workbook (or the template to write)"
    )
    p.add_argument(
        "--profile",
        help='read FILE as an ERP sales ledger with this saved profile (e.g. "用友 U8 销售明细")',
    )
    p.add_argument("--list-profiles", action="store_true", help="list the saved ledger profiles")
    p.add_argument("--from", dest="first_month", help="ledger: first month to import (2026-01)")
    p.add_argument("--to", dest="last_month", help="ledger: last month to import (2026-06)")
    p.add_argument(
        "--mapping",
        help="column mapping as JSON or a .json file, e.g. "
        '\'{"employee_id": "A", "indicator": "C", "month": "B", "actual": "D"}\' '
        "(default: the mapping used last time in the window, else the template's)",
    )
    p.add_argument("--month", help="month for every row when the file has no month column")
    p.add_argument("--dry-run", action="store_true", help="check and preview; write nothing")
    p.add_argument("--reason", default="", help="reason recorded for changes of published months")
    p.add_argument(
        "--write-template", action="store_true", help="write a blank import template to FILE"
    )
    p.set_defaults(func=run)


def _mapping(ctx, args) -> ColumnMapping:
    if not args.mapping:
        mapping = load_mapping(ctx)
    else:
        text = args.mapping
        if not text.lstrip().startswith("{"):
            try:
                text = Path(text).read_text(encoding="utf-8")
            except OSError as exc:
                raise CliError.coded(
                    "cli.mapping_unreadable", path=args.mapping, detail=str(exc)
                ) from exc
        try:
            mapping = ColumnMapping.from_dict(json.loads(text))
        except (ValueError, TypeError) as exc:
            raise CliError.coded("cli.mapping_not_json", detail=str(exc)) from exc
    if args.month:
        mapping.fixed_month = args.month
        if not args.mapping:
            mapping.month = None
    return mapping


def run(args) -> int:
    with open_context(args) as ctx:
        if args.list_profiles:
            return _list_profiles(ctx)
        if args.file is None:
            raise CliError.coded("ledger.file_required")
        if args.write_template:
            write_template(ctx, args.file)
            print(args.file)
            return 0
        if args.profile:
            plan = _ledger_plan(ctx, args)
        else:
            plan = run_to_end(plan_import(ctx, args.file, _mapping(ctx, args)))
        lang = ctx.lang
        if refuse_problems(plan.problems, lang):
            return 1
        names = indicator_names(ctx)
        for c in plan.changes:
            name = names.get(c.indicator, c.indicator)
            print(
                f"{c.employee_no}\t{c.name}\t{c.month}\t{name}\t{field_word(c.field, lang)}"
                f"\t{fmt_plain(c.old)} → {fmt_plain(c.new)}"
            )
        if args.profile:
            _print_ledger_notes(plan, lang)
        say(
            lang,
            "cli.metrics_summary",
            rows=plan.rows,
            changes=len(plan.changes),
            unchanged=plan.unchanged,
        )
        reason = args.reason or plan.file_name
        return apply_unless_dry_run(args, lang, lambda: apply_import(ctx, plan, reason=reason))
    return 0


def _list_profiles(ctx) -> int:
    profiles = ledger_import.list_profiles(ctx)
    lang = ctx.lang
    names = indicator_names(ctx)
    for p in profiles:
        columns = "，".join(
            f"{v.column} → {names.get(v.indicator, v.indicator)} {field_word(v.field, lang)}"
            f"（{render('cli.aggregation.' + v.aggregation, {}, lang)}）"
            for v in p.mapping.values
        )
        print(f"{p.name}\t{p.updated_at:%Y-%m-%d %H:%M}\t{columns}")
    if not profiles:
        say(lang, "cli.no_profiles")
    return 0


def _ledger_plan(ctx, args):
    try:
        mapping = ledger_import.load_profile(ctx, args.profile)
    except CodedError as exc:
        raise CliError(str(exc)) from exc
    mapping.first_month = args.first_month or None
    mapping.last_month = args.last_month or None
    plan = run_to_end(ledger_import.plan_ledger_import(ctx, args.file, mapping))
    if not plan.problems:
        ledger_import.touch_profile(ctx, args.profile)
    return plan


def _print_ledger_notes(plan, lang: str) -> None:
    """Skipped rows and the reconciliation with the ledger's totals rows."""
    for note in plan.skipped:
        print(str(note))
    for r in plan.reconciliations:
        kind = render(f"ledger.kind.{r.kind}", {}, lang)
        params = {"column": r.column, "found": f"{r.found:,.2f}", "kind": kind, "cell": r.cell}
        print(render("ledger.reconciled", params, lang))
