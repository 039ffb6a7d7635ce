"""salesperf-cli bonus: a published period's bonus sheet (奖金核算表) as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, parse_period


def register(sub) -> None:
    p = sub.add_parser("bonus", help="write a published period's bonus sheet to an Excel workbook")
    p.add_argument("period", help="2026-09 (month), 2026-Q3 (quarter) or 2026 (year)")
    p.add_argument(
        "-o",
        "--out",
        dest="output",
        type=Path,
        required=True,
        help="the .xlsx file to write (a folder: named for the period)",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from salesperf_desktop.services.bonus import BonusError
    from salesperf_desktop.services.bonus_export import export_bonus_sheet, file_name
    from salesperf_desktop.services.progress import run_to_end

    period = parse_period(args.period)
    out: Path = args.output
    with open_context(args) as ctx:
        if out.is_dir():
            out = out / file_name(period, ctx.lang)
        if out.suffix.lower() != ".xlsx":
            raise CliError.coded("cli.output_must_be_xlsx")
        try:
            run_to_end(export_bonus_sheet(ctx, period, out))
        except BonusError as exc:
            raise CliError(exc.message(ctx.lang)) from exc
    print(out)
    return 0
