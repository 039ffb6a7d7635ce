"""salesperf-cli demo: create the demo company in the database."""

from __future__ import annotations

import sys

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.services.demo import create_demo_company, has_staff
from salesperf_desktop.services.progress import run_to_end


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help='create the demo company "E Company" (only into a database without staff)'
    )
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        if has_staff(ctx):
            raise CliError.coded("cli.demo_needs_empty")
        summary = run_to_end(create_demo_company(ctx), lambda p: print(p.message, file=sys.stderr))
    print(summary)
    return 0
