"""salesperf-cli rater-sheets: one rating workbook per rater, read them back, see who is missing.

salesperf-cli rater-sheets write 2026-10 -o DIR
salesperf-cli rater-sheets read FILE... [--dry-run] [--reason TEXT]
salesperf-cli rater-sheets status 2026-10
"""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli.common import (
    apply_unless_dry_run,
    indicator_names,
    open_context,
    parse_period,
    refuse_problems,
    say,
)
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.vocab import RATERS
from salesperf_desktop.services import rater_sheets as rs
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


def run_write(args) -> int:
    month = parse_period(args.period, month=True)
    with open_context(args) as ctx:
        written = run_to_end(rs.write_sheets(ctx, month, args.output))
        if not written:
            print(render("rater.no_raters", {"period": month.label(ctx.lang)}, ctx.lang))
            return 0
        for w in written:
            print(f"{w.employee_no}\t{w.name}\t{w.rows}\t{w.path}")
    return 0


def run_read(args) -> int:
    expected = parse_period(args.period, month=True) if args.period else None
    with open_context(args) as ctx:
        plan = run_to_end(rs.read_sheets(ctx, args.files, period=expected))
        lang = ctx.lang
        if refuse_problems(plan.problems, lang):
            return 1
        names = indicator_names(ctx)
        for c in plan.changes:
            old = "—" if c.old is None else f"{c.old:g}"
            role = pick(RATERS.get(c.role), lang) or c.role
            print(
                f"{c.employee_no}\t{c.name}\t{names.get(c.indicator, c.indicator)}\t{role}"
                f"\t{c.rater_name}\t{old} → {c.new:g}"
            )
        say(lang, "cli.ratings_summary", changes=len(plan.changes), unchanged=plan.unchanged)
        return apply_unless_dry_run(
            args, lang, lambda: rs.apply_sheets(ctx, plan, reason=args.reason)
        )
    return 0


def run_status(args) -> int:
    month = parse_period(args.period, month=True)
    with open_context(args) as ctx:
        rows = rs.rater_status(ctx, month)
        for r in rows:
            roles = "、".join(pick(RATERS.get(role), ctx.lang) or role for role in r.roles)
            word = rs.status_word(r.state, ctx.lang)
            print(f"{r.employee_no}\t{r.name}\t{roles}\t{r.received}/{r.expected}\t{word}")
        missing = sum(r.state != "complete" for r in rows)
        say(ctx.lang, "cli.raters_incomplete", missing=missing, count=len(rows))
    return 0
