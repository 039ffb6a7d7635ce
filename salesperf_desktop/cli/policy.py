"""salesperf-cli policy: show the company policy (考核制度) in force, or confirm it as shown.

Each part says where its default comes from (a seed and its clause, or 常用做法). Changing the
policy is done on the window's policy page (Settings ▸ Appraisal policy…); ``confirm`` here
confirms the version in force as it stands (e.g. after reading it through with ``show``).
"""

from __future__ import annotations

from salesperf_desktop.cli.common import open_context
from salesperf_desktop.domain.messages import render
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
    def t(code: str, **params) -> str:
        return render(f"policy.cli.{code}", params, lang)

    def source(key: str) -> str:
        return t("source", text=source_text(key, lang))

    p = record.policy
    state = (
        t("confirmed", on=record.confirmed_on.isoformat(), by=record.confirmed_by or "-")
        if record.confirmed
        else render("policy.unconfirmed", {}, lang)
    )
    dist = p.grades.distribution or {}
    lines = [t("head", version=record.version, state=state), "", t("columns")]
    for b in p.grades.bands:
        share = dist.get(b.grade)
        lo = "-" if b.min is None else f"{b.min:g}"
        lines.append(
            f"{b.grade}\t{lo}\t{b.coefficient:g}\t{'-' if share is None else f'{share:.0%}'}"
        )
    weights = {role: float(p.rater_weights.get(role, 0)) for role in ("supervisor", "self", "peer")}
    lines += [
        source("grades"),
        source("distribution"),
        t("raters", **weights),
        source("rater_weights"),
        t("rating_zero" if p.rating_zero_based else "rating_share"),
        source("rating_zero_based"),
        t("promotion", run=p.promotion_run, grades=" ".join(p.promotion_grades)),
        source("promotion"),
        t("plan", grades=" ".join(p.plan_grades)),
        source("improvement"),
        t("appeal", filing=p.appeal_filing_days, decision=p.appeal_decision_days),
        source("appeal_filing_days"),
        source("appeal_decision_days"),
        t("interview", days=p.interview_working_days),
        source("interview_working_days"),
    ]
    return "\n".join(lines)
