"""salesperf-cli rater-sheets: one rating workbook per rater, read them back, see who is missing.

salesperf-cli rater-sheets write 2026-10 -o DIR
salesperf-cli rater-sheets read FILE... [--dry-run] [--reason TEXT]
salesperf-cli rater-sheets status 2026-10
"""

from __future__ import annotations

import sys
from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import rater_sheets as rs
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.progress import run_to_end


def register(sub) -> None:
    p = sub.add_parser("rater-sheets", help="rating workbooks for offline 360° (one per rater)")
    cmds = p.add_subparsers(dest="rater_command", metavar="ACTION", required=True)
    w = cmds.add_parser("write", help="write one workbook per rater of the month into a folder")
    w.add_argument("period", help="the month, e.g. 2026-10")
    w.add_argument("-o", "--output", type=Path, required=True, help="folder to write into")
    w.set_defaults(func=run_write)
    r = cmds.add_parser(
        "read", help="import filled workbooks (all or nothing); prints problems as sheet!cell"
    )
    r.add_argument("files", nargs="+", type=Path)
    r.add_argument("--period", help="refuse sheets of another month")
    r.add_argument("--dry-run", action="store_true", help="check and list; write nothing")
    r.add_argument("--reason", default="", help="reason recorded for changes after publication")
    r.set_defaults(func=run_read)
    s = cmds.add_parser("status", help="whose sheet has not come back")
    s.add_argument("period")
    s.set_defaults(func=run_status)


def _month(text: str) -> Period:
    try:
        period = Period.parse(text)
    except ValueError as exc:
        raise CliError(f"not a month: {text} (write 2026-10)") from exc
    if period.kind != "month":
        raise CliError(f"not a month: {text} (write 2026-10)")
    return period


def run_write(args) -> int:
    month = _month(args.period)
    with open_context(args) as ctx:
        written = run_to_end(rs.write_sheets(ctx, month, args.output))
        if not written:
            print(render("rater.no_raters", {"period": month.label(ctx.lang)}, ctx.lang))
            return 0
        for w in written:
            print(f"{w.employee_no}\t{w.name}\t{w.rows}\t{w.path}")
    return 0


def run_read(args) -> int:
    expected = _month(args.period) if args.period else None
    with open_context(args) as ctx:
        plan = run_to_end(rs.read_sheets(ctx, args.files, period=expected))
        if plan.problems:
            for problem in plan.problems:
                print(str(problem), file=sys.stderr)
            print(f"{len(plan.problems)} problem(s); nothing was imported.", file=sys.stderr)
            return 1
        for c in plan.changes:
            old = "—" if c.old is None else f"{c.old:g}"
            print(
                f"{c.employee_no}\t{c.name}\t{c.indicator}\t{c.role}\t{c.rater_name}"
                f"\t{old} → {c.new:g}"
            )
        print(f"{len(plan.changes)} change(s), {plan.unchanged} unchanged")
        if args.dry_run:
            print("dry run: nothing was written")
            return 0
        try:
            batch = run_to_end(rs.apply_sheets(ctx, plan, reason=args.reason))
        except LockedError as exc:
            raise CliError(str(exc)) from exc
        if batch is None:
            print("nothing changed: no backup and no import batch were written")
        else:
            print(f"imported as batch {batch}")
    return 0


def run_status(args) -> int:
    month = _month(args.period)
    with open_context(args) as ctx:
        rows = rs.rater_status(ctx, month)
        for r in rows:
            roles = ",".join(r.roles)
            word = rs.status_word(r.state, ctx.lang)
            print(f"{r.employee_no}\t{r.name}\t{roles}\t{r.received}/{r.expected}\t{word}")
        missing = sum(r.state != "complete" for r in rows)
        print(f"{missing} of {len(rows)} rater(s) not complete")
    return 0
