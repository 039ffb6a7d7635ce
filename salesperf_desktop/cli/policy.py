"""salesperf-cli policy: show the company policy (考核制度) in force, or confirm it as shown.

Each part says where its default comes from (a seed and its clause, or 常用做法). Changing the
policy is done on the window's policy page (Settings ▸ Appraisal policy…); ``confirm`` here
confirms the version in force as it stands (e.g. after reading it through with ``show``).
"""

from __future__ import annotations

from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.policy import source_text
from salesperf_desktop.services.policy import confirm_policy, current_policy


def register(sub) -> None:
    p = sub.add_parser("policy", help="show or confirm the company's appraisal policy (考核制度)")
    actions = p.add_subparsers(dest="policy_command", metavar="ACTION")
    actions.add_parser("show", help="the policy in force, with where each default comes from")
    confirm = actions.add_parser("confirm", help="confirm the policy in force as it stands")
    confirm.add_argument("--note", default="", help="a note for the audit trail")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        if getattr(args, "policy_command", None) == "confirm":
            record = confirm_policy(ctx, current_policy(ctx).policy, note=args.note)
        else:
            record = current_policy(ctx)
        lang = ctx.lang
    print(_describe(record, lang))
    return 0


def _describe(record, lang: str) -> str:
    p = record.policy
    state = (
        f"confirmed {record.confirmed_on.isoformat()} by {record.confirmed_by or '-'}"
        if record.confirmed
        else "NOT CONFIRMED (请确认考核制度)"
    )
    dist = p.grades.distribution or {}
    lines = [f"policy version {record.version}: {state}", "", "grade\tfrom\tcoefficient\tguide"]
    for b in p.grades.bands:
        share = dist.get(b.grade)
        lo = "-" if b.min is None else f"{b.min:g}"
        lines.append(
            f"{b.grade}\t{lo}\t{b.coefficient:g}\t{'-' if share is None else f'{share:.0%}'}"
        )
    weights = " / ".join(f"{k} {v:g}%" for k, v in p.rater_weights.items())
    lines += [
        f"  source: {source_text('grades', lang)}",
        f"  source: {source_text('distribution', lang)}",
        f"rater weights\t{weights}",
        f"  source: {source_text('rater_weights', lang)}",
        "ratings\t" + ("from the lowest rating" if p.rating_zero_based else "share of the top"),
        f"  source: {source_text('rating_zero_based', lang)}",
        f"promotion hint\t{p.promotion_run} in a row of {' '.join(p.promotion_grades)}",
        f"  source: {source_text('promotion', lang)}",
        f"improvement plan\t{' '.join(p.plan_grades)}",
        f"  source: {source_text('improvement', lang)}",
        f"appeal\tfile within {p.appeal_filing_days}, decide within "
        f"{p.appeal_decision_days} working days",
        f"  source: {source_text('appeal_filing_days', lang)}",
        f"  source: {source_text('appeal_decision_days', lang)}",
    ]
    return "\n".join(lines)
