"""salesperf-cli team-goals: the team goals (seed 002's 团队绩效池) in a workbook.

salesperf-cli team-goals export FILE --month 2026-10 [--month 2026-11 …]
salesperf-cli team-goals import FILE [--dry-run] [--reason TEXT]
"""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import (
    apply_unless_dry_run,
    open_context,
    parse_period,
    refuse_problems,
    say,
)
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.services import team_goals_io as tio
from salesperf_desktop.services.progress import run_to_end


def register(sub) -> None:
    p = sub.add_parser("team-goals", help="team goals: export to a workbook, import from one")
    cmds = p.add_subparsers(dest="team_goals_command", metavar="ACTION", required=True)
    e = cmds.add_parser("export", help="write the teams' goals of the months to a workbook")
    e.add_argument("file", type=Path)
    e.add_argument(
        "--month", action="append", required=True, help="e.g. 2026-10 (repeat for more months)"
    )
    e.set_defaults(func=run_export)
    i = cmds.add_parser("import", help="write the team goals of a workbook (all or nothing)")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="check and list; write nothing")
    i.add_argument("--reason", default="", help="reason recorded for changes after publication")
    i.set_defaults(func=run_import)


def run_export(args) -> int:
    months = [parse_period(text, month=True) for text in args.month]
    if args.file.suffix.lower() != ".xlsx":
        raise CliError.coded("cli.output_must_be_xlsx")
    with open_context(args) as ctx:
        print(tio.export_team_goals(ctx, months, args.file))
    return 0


def run_import(args) -> int:
    with open_context(args) as ctx:
        plan = run_to_end(tio.plan_team_goals_import(ctx, args.file))
        lang = ctx.lang
        if refuse_problems(plan.problems, lang):
            return 1
        for c in plan.changes:
            g = c.goal
            numbers = [fmt_number(v) if v is not None else "" for v in (g.target, g.actual)]
            print(f"{c.team_name}\t{c.month.format()}\t{g.name}\t" + "\t".join(numbers))
        say(lang, "cli.team_goals_summary", changed=len(plan.changes), unchanged=plan.unchanged)
        return apply_unless_dry_run(
            args,
            lang,
            lambda: tio.apply_team_goals_import(ctx, plan, reason=args.reason),
            nothing="cli.nothing_new",
        )
