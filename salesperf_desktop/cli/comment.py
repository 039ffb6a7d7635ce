"""salesperf-cli comment: read or write the supervisor's comment (上级评语) printed on the form.

Once the appraisal is signed the comment is refused here; the decision on an upheld appeal may
rewrite it (``salesperf-cli appeals decide NUMBER upheld --reason … --comment …``).
"""

from __future__ import annotations

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, say
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services import appeals, signoff
from salesperf_desktop.services.locking import LockedError


def register(sub) -> None:
    p = sub.add_parser(
        "comment",
        help="show or write the supervisor's comment (上级评语) of a published appraisal",
    )
    p.add_argument("employee_no")
    p.add_argument("period", help="e.g. 2026-09 or 2026-Q3")
    p.add_argument(
        "--text", default=None, help="the comment to write (refused once the form is signed)"
    )
    p.set_defaults(func=run_comment)


def run_comment(args) -> int:
    with open_context(args) as ctx:
        appraisal_id = appeals.appraisal_id_for(ctx, args.employee_no, args.period)
        if appraisal_id is None:
            raise CliError.coded(
                "cli.no_appraisal", employee_no=args.employee_no, period=args.period
            )
        if args.text is not None:
            try:
                changed = signoff.write_supervisor_comment(ctx, appraisal_id, args.text)
            except LockedError as exc:
                route = render("cli.comment_route", {}, ctx.lang)
                raise CliError(f"{exc.message(ctx.lang)}\n  {route}") from exc
            say(ctx.lang, "cli.comment_written" if changed else "cli.comment_unchanged")
        record = signoff.supervisor_comment(ctx, appraisal_id)
    print(record.text)
    return 0
