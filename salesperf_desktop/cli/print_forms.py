"""salesperf-cli print: the signable appraisal forms (or task sheets) of a period as PDF."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, parse_period, say


def register(sub) -> None:
    p = sub.add_parser(
        "print",
        help="print the appraisal forms of a period to PDF (one per person, or --combined)",
    )
    p.add_argument("period", help="2026-09 (month), 2026-Q3 (quarter) or 2026 (year)")
    p.add_argument("--team", help="only this team (its code or name)")
    p.add_argument(
        "--person", action="append", metavar="ID", help="only this employee ID (repeatable)"
    )
    p.add_argument("--combined", action="store_true", help="one PDF with every form")
    p.add_argument(
        "--task-sheets", action="store_true", help="the monthly work task sheets instead"
    )
    p.add_argument("--workers", type=int, help="processes for one-PDF-per-person (default: cores)")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="a folder (one PDF per person) or a .pdf file (with --combined)",
    )
    p.set_defaults(func=run)


def selection(ctx, args) -> tuple[int | None, tuple[int, ...] | None]:
    """The team (--team) and people (--person) the command is limited to."""
    from salesperf_desktop.services import choices

    try:
        return choices.team_id(ctx, args.team), choices.staff_ids(
            ctx, getattr(args, "person", None)
        )
    except choices.NotFound as exc:
        raise CliError(str(exc)) from exc


def run(args) -> int:
    from salesperf_desktop.services.printing import PrintJob, print_forms
    from salesperf_desktop.services.progress import run_to_end

    parse_period(args.period)
    if not args.combined and args.output.suffix.lower() == ".pdf":
        raise CliError.coded("cli.print_needs_folder")
    with open_context(args) as ctx:
        team_id, staff_ids = selection(ctx, args)
        job = PrintJob(
            period=args.period,
            lang=ctx.lang,
            team_id=team_id,
            staff_ids=staff_ids,
            combined=args.combined,
            task_sheets=args.task_sheets,
            company=ctx.settings.get("company_name"),
        )
        outcome = run_to_end(print_forms(ctx, job, args.output, workers=args.workers))
    if not outcome.files:
        say(job.lang, "cli.nobody_to_print", err=True)
        return 1
    for path in outcome.files:
        print(path)
    return 0
