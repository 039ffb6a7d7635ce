"""salesperf-cli period: status, publish and lock of a period (2026-09)."""

from __future__ import annotations

import datetime as dt

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow


def register(sub) -> None:
    p = sub.add_parser("period", help="period workflow: status | entered | publish | lock")
    p.add_argument("action", choices=["status", "entered", "reopen", "publish", "lock"])
    p.add_argument("period", help="2026-09 (month), 2026-Q3 or 2026")
    p.add_argument("--on", help="date of publication/lock (default: today)")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        period = Period.parse(args.period)
        on = dt.date.fromisoformat(args.on) if args.on else None
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    with open_context(args) as ctx:
        on = on or ctx.today()
        try:
            if args.action == "status":
                st = workflow.status_of(ctx, period)
                print(f"{st.period}\t{st.status.value}")
                print(f"published on: {st.published_on or '—'}\tlocked on: {st.locked_on or '—'}")
                print(f"entries: {st.entries}\tappraisals: {st.appraisals}\tsigned: {st.signed}")
            elif args.action == "entered":
                workflow.mark_entered(ctx, period)
                print(f"{period.format()}: entered")
            elif args.action == "reopen":
                workflow.reopen(ctx, period)
                print(f"{period.format()}: open")
            elif args.action == "publish":
                n = workflow.publish(ctx, period, on)
                print(f"{period.format()}: published {n} appraisal(s) on {on}")
            else:
                n = workflow.lock(ctx, period, on)
                print(f"{period.format()}: locked ({n} appraisal(s)) on {on}")
        except workflow.WorkflowError as exc:
            raise CliError(str(exc), 1) from exc
    return 0
