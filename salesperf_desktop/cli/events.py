"""salesperf-cli events: key events (praise, late arrivals, compliance veto, key incidents).

salesperf-cli events add E003 2026-10-15 late_or_early_leave --count 2
salesperf-cli events import FILE [--dry-run] [--reason TEXT]
salesperf-cli events list 2026-10 [--employee E003]
salesperf-cli events template FILE
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
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events as ev
from salesperf_desktop.services import events_import as ei
from salesperf_desktop.services.adjustment_types import load_catalogue
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.rater_sheets import cell_date


def register(sub) -> None:
    p = sub.add_parser("events", help="key events: add, import from a workbook, list")
    cmds = p.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    a = cmds.add_parser("add", help="record one event")
    a.add_argument("employee_no")
    a.add_argument("date", help="e.g. 2026-10-15")
    a.add_argument("kind", help="kind code or name (salesperf-cli events kinds)")
    a.add_argument("--count", type=float, default=1.0, help="late arrivals, leave days …")
    a.add_argument("--points", type=float, default=None, help="points each (milestones)")
    a.add_argument("--note", default="", help="a note on the event (printed in the key events)")
    a.add_argument("--approver", default="", help="who approved it (+10/+15 praise)")
    a.add_argument("--document-no", default="", help="the formal document's number")
    a.add_argument("--amount", type=float, default=None, help="a fine in yuan (fines only)")
    a.add_argument("--reason", default="", help="reason, needed after publication")
    a.set_defaults(func=run_add)
    i = cmds.add_parser("import", help="record the events of a workbook (all or nothing)")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="check and list; write nothing")
    i.add_argument("--reason", default="", help="reason recorded for changes after publication")
    i.set_defaults(func=run_import)
    ls = cmds.add_parser("list", help="the events of a month")
    ls.add_argument("period", help="e.g. 2026-10")
    ls.add_argument("--employee", default=None, help="only this employee's events (staff ID)")
    ls.set_defaults(func=run_list)
    t = cmds.add_parser("template", help="write the workbook to fill in")
    t.add_argument("file", type=Path)
    t.set_defaults(func=run_template)
    k = cmds.add_parser("kinds", help="the kinds of event, with their codes")
    k.set_defaults(func=run_kinds)


def run_add(args) -> int:
    day, refused = cell_date(args.date)
    if refused is not None:
        raise CliError.coded(refused.code, **refused.params)
    if day is None:
        raise CliError.coded("events_import.no_date")
    with open_context(args) as ctx:
        person = ei.staff_id_of(ctx, args.employee_no)
        if person is None:
            raise CliError.coded("import.unknown_employee", value=args.employee_no)
        kind = ei.resolve_kind(args.kind, load_catalogue(ctx))
        if kind is None:
            raise CliError.coded("events_import.unknown_kind", value=args.kind)
        draft = ev.EventDraft(
            kind[0],
            day,
            kind[1],
            args.count,
            args.points,
            args.note,
            args.approver,
            args.document_no,
            args.amount,
        )
        month = Period.month(day.year, day.month)
        try:
            event_id = ev.add_event(ctx, person[0], month, draft, reason=args.reason)
        except (ev.EventError, LockedError) as exc:
            text = exc.message(ctx.lang) if isinstance(exc, ev.EventError) else str(exc)
            raise CliError(text) from exc
        say(
            ctx.lang,
            "cli.event_recorded",
            event=event_id,
            employee_no=args.employee_no,
            name=person[1],
        )
    return 0


def run_import(args) -> int:
    with open_context(args) as ctx:
        plan = run_to_end(ei.plan_events_import(ctx, args.file))
        lang = ctx.lang
        if refuse_problems(plan.problems, lang):
            return 1
        for p in plan.events:
            d = p.draft
            label = ei.kind_label(d.category, d.code, lang, plan.catalogue)
            print(
                f"{p.employee_no}\t{p.name}\t{d.occurred_on}\t{label}"
                f"\t{fmt_number(d.quantity)}\t{d.note}"
            )
        say(lang, "cli.events_summary", new=len(plan.events), unchanged=plan.unchanged)
        return apply_unless_dry_run(
            args,
            lang,
            lambda: ei.apply_events_import(ctx, plan, reason=args.reason),
            nothing="cli.nothing_new",
        )
    return 0


def run_list(args) -> int:
    month = parse_period(args.period)
    with open_context(args) as ctx:
        rows = ei.month_events(ctx, month, employee_no=args.employee)
        catalogue = load_catalogue(ctx)
        for r in rows:
            e = r.event
            label = ei.kind_label(e.category, e.code, ctx.lang, catalogue)
            points = "—" if e.points_total is None else fmt_number(e.points_total)
            if e.fine_total is not None:
                points = render("events.fine_yuan", {"amount": fmt_number(e.fine_total)}, ctx.lang)
            print(
                f"{r.employee_no}\t{r.name}\t{e.occurred_on}\t{label}"
                f"\t{fmt_number(e.quantity)}\t{points}\t{e.note}"
            )
        say(ctx.lang, "cli.events_count", count=len(rows))
    return 0


def run_template(args) -> int:
    with open_context(args) as ctx:
        print(ei.write_events_template(ctx, args.file))
    return 0


def run_kinds(args) -> int:
    with open_context(args) as ctx:
        catalogue = load_catalogue(ctx)
        for category, code in ev.kind_choices(catalogue):
            print(f"{code or category}\t{ei.kind_label(category, code, ctx.lang, catalogue)}")
    return 0
