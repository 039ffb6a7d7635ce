"""salesperf-cli staff: list the register; import/export it as .xlsx (same services as the window)."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, refuse_problems, say
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.staff import code_label, list_staff


def register(sub) -> None:
    p = sub.add_parser("staff", help="list, import or export the staff register")
    p.add_argument("--active", action="store_true", help="leave out people who have left")
    p.set_defaults(func=run_list)
    actions = p.add_subparsers(dest="staff_command", metavar="ACTION")
    imp = actions.add_parser("import", help="import a staff workbook (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and show changes only")
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="export the register to a workbook")
    exp.add_argument("file", type=Path)
    exp.set_defaults(func=run_export)
    blank = actions.add_parser("blank", help="write a blank staff template workbook")
    blank.add_argument("file", type=Path)
    blank.set_defaults(func=run_blank)


def run_list(args) -> int:
    with open_context(args) as ctx:
        lang = ctx.lang
        for r in list_staff(ctx, include_left=not args.active):
            role = code_label("role", r.role, lang)
            status = code_label("status", r.status.value, lang)
            print(f"{r.employee_no}\t{r.name}\t{role}\t{r.team}\t{r.region}\t{status}")
    return 0


def run_export(args) -> int:
    from salesperf_desktop.services.staff_io import export_staff

    with open_context(args) as ctx:
        n = export_staff(ctx, args.file)
        say(ctx.lang, "cli.staff_exported", count=n, path=args.file)
    return 0


def run_blank(args) -> int:
    from salesperf_desktop.cli.common import language
    from salesperf_desktop.services.staff_io import write_blank_template

    write_blank_template(args.file, language(args))
    print(args.file)
    return 0


def run_import(args) -> int:
    from salesperf_desktop.services.staff_io import (
        WorkbookUnreadable,
        apply_staff_import,
        read_staff_import,
    )

    with open_context(args) as ctx:
        try:
            plan = run_to_end(read_staff_import(ctx, args.file))
        except WorkbookUnreadable as exc:
            raise CliError(exc.message(ctx.lang)) from exc
        lang = ctx.lang
        if refuse_problems(plan.problems, lang):
            return 1
        new, updated = render("cli.staff_new", {}, lang), render("cli.staff_updated", {}, lang)
        for p in plan.new:
            print(f"{new}\t{p.employee_no}\t{p.name}")
        for p in plan.updated:
            changes = "；".join(f"{_column(k, lang)}：{a} → {b}" for k, a, b in p.changes)
            print(f"{updated}\t{p.employee_no}\t{p.name}\t{changes}")
        say(
            lang,
            "cli.staff_summary",
            new=len(plan.new),
            updated=len(plan.updated),
            unchanged=len(plan.unchanged),
        )
        if args.dry_run:
            say(lang, "cli.dry_run")
        else:
            run_to_end(apply_staff_import(ctx, plan))
            say(lang, "cli.imported")
    return 0


def _column(key: str, lang: str) -> str:
    """A changed field by the header of its column (团队 for the stored team_id)."""
    from salesperf_desktop.services.staff_io import header

    try:
        return header(key.removesuffix("_id"), lang)
    except KeyError:
        return key
