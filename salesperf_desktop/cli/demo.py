"""salesperf-cli demo: create the demo company in the database."""

from __future__ import annotations

import sys

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, say
from salesperf_desktop.services.demo import create_demo_company, has_staff
from salesperf_desktop.services.progress import describe, run_to_end


def register(sub) -> None:
    p = sub.add_parser(
        "demo",
        help='create the demo company "E Company" (13 staff; only into a database without '
        "staff), in the language of --lang",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        if has_staff(ctx):
            raise CliError.coded("cli.demo_needs_empty")
        lang = ctx.lang
        made = run_to_end(
            create_demo_company(ctx), lambda p: print(describe(p, lang), file=sys.stderr)
        )
        say(lang, "cli.demo_created", company=made.company, staff=made.staff, months=made.months)
    return 0
