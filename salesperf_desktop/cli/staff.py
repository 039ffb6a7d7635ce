"""salesperf-cli staff: list the register."""

from __future__ import annotations

from salesperf_desktop.cli.common import open_context
from salesperf_desktop.services.staff import list_staff


def register(sub) -> None:
    p = sub.add_parser("staff", help="list the staff register")
    p.add_argument("--active", action="store_true", help="leave out people who have left")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx, ctx.session() as s:
        for r in list_staff(s, include_left=not args.active):
            print(f"{r.employee_no}\t{r.name}\t{r.role}\t{r.team}\t{r.region}\t{r.status.value}")
    return 0
