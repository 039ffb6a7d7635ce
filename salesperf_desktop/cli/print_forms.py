"""salesperf-cli print: the signable appraisal forms (or task sheets) of a period as PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.storage.models import StaffRow, TeamRow


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


def resolve_team(session, team: str | None) -> int | None:
    if not team:
        return None
    row = session.scalar(select(TeamRow).where((TeamRow.code == team) | (TeamRow.name == team)))
    if row is None:
        raise CliError(f"no team {team!r}")
    return row.id


def resolve_people(session, numbers: list[str] | None) -> tuple[int, ...] | None:
    if not numbers:
        return None
    rows = {
        s.employee_no: s.id
        for s in session.scalars(select(StaffRow).where(StaffRow.employee_no.in_(numbers)))
    }
    missing = [n for n in numbers if n not in rows]
    if missing:
        raise CliError("no staff with ID " + ", ".join(missing))
    return tuple(rows[n] for n in numbers)


def run(args) -> int:
    from salesperf_desktop.services.printing import PrintJob, print_forms
    from salesperf_desktop.services.progress import run_to_end

    try:
        Period.parse(args.period)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if not args.combined and args.output.suffix.lower() == ".pdf":
        raise CliError("one PDF per person needs a folder; add --combined for a single file")
    with open_context(args) as ctx:
        with ctx.session() as session:
            job = PrintJob(
                period=args.period,
                lang=ctx.lang,
                team_id=resolve_team(session, args.team),
                staff_ids=resolve_people(session, args.person),
                combined=args.combined,
                task_sheets=args.task_sheets,
                company=ctx.settings.get("company_name"),
            )
        outcome = run_to_end(
            print_forms(ctx.session_factory, job, args.output, workers=args.workers)
        )
    if not outcome.files:
        print("salesperf-cli: nobody to print for this selection", file=sys.stderr)
        return 1
    for path in outcome.files:
        print(path)
    return 0
