"""salesperf-cli export: a period's results as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, parse_period


def register(sub) -> None:
    p = sub.add_parser("export", help="export a period's results to an Excel workbook")
    p.add_argument("period", help="2026-09 (month), 2026-Q3 (quarter) or 2026 (year)")
    p.add_argument("--team", help="only this team (its code or name)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file to write")
    p.set_defaults(func=run)


def run(args) -> int:
    from salesperf_desktop.cli.print_forms import selection
    from salesperf_desktop.services.progress import run_to_end
    from salesperf_desktop.services.results_export import export_period_results

    period = parse_period(args.period)
    if args.output.suffix.lower() != ".xlsx":
        raise CliError.coded("cli.output_must_be_xlsx")
    with open_context(args) as ctx:
        team_id, _ = selection(ctx, args)
        run_to_end(export_period_results(ctx, period, args.output, team_id=team_id))
    print(args.output)
    return 0
