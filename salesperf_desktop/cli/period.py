"""salesperf-cli period: status, publish and lock of a period (2026-09)."""

from __future__ import annotations

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, parse_date, parse_period, say
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.status import PeriodStatus, status_word
from salesperf_desktop.services import workflow


def register(sub) -> None:
    p = sub.add_parser("period", help="period workflow: status | entered | publish | lock")
    p.add_argument("action", choices=["status", "entered", "reopen", "publish", "lock"])
    p.add_argument("period", help="2026-09 (month), 2026-Q3 or 2026")
    p.add_argument("--on", help="date of publication/lock (default: today)")
    p.set_defaults(func=run)


def run(args) -> int:
    period = parse_period(args.period)
    on = parse_date(args.on) if args.on else None
    with open_context(args) as ctx:
        on = on or ctx.today()
        lang, key = ctx.lang, period.format()
        try:
            if args.action == "status":
                _print_status(workflow.status_of(ctx, period), lang)
            elif args.action == "entered":
                workflow.mark_entered(ctx, period)
                say(
                    lang,
                    "cli.period.now",
                    period=key,
                    status=status_word(PeriodStatus.ENTERED, lang),
                )
            elif args.action == "reopen":
                workflow.reopen(ctx, period)
                say(lang, "cli.period.now", period=key, status=status_word(PeriodStatus.OPEN, lang))
            elif args.action == "publish":
                n = workflow.publish(ctx, period, on)
                say(lang, "cli.period.published", period=key, count=n, on=on)
            else:
                n = workflow.lock(ctx, period, on)
                say(lang, "cli.period.locked", period=key, count=n, on=on)
        except workflow.WorkflowError as exc:
            raise CliError(str(exc), 1) from exc
    return 0


def _print_status(st, lang: str) -> None:
    def word(key: str) -> str:
        return render(f"cli.period.{key}", {}, lang)

    print(f"{st.period}\t{status_word(st.status, lang)}")
    print(
        f"{word('published_on')}：{st.published_on or '—'}\t{word('locked_on')}：{st.locked_on or '—'}"
    )
    print(
        f"{word('entries')}：{st.entries}\t{word('appraisals')}：{st.appraisals}\t{word('signed')}：{st.signed}"
    )
