"""The company's appraisal policy (考核制度): read, confirm, change — versioned and audited.

The newest stored version is in force. A new or upgraded database holds version 1 with the
product's proposed defaults, unconfirmed; the window shows "请确认考核制度" until the officer
confirms. Each confirmation or change adds a version and one audit row per changed part (who,
when, old and new). A period records the version its results were published with
(``remember_for_period``): later versions apply to periods not yet published only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.policy import DEFAULT_POLICY, Policy, changes, validate_policy
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.storage.models import PeriodPolicyRow, PeriodRow, PolicyVersionRow

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext


class PolicyInvalid(CodedError, ValueError):
    """The policy has problems (the domain's validation) and was not stored."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("policy.invalid", problems="; ".join(p.message("en") for p in problems))


@dataclass(frozen=True)
class PolicyRecord:
    """The policy in force with its version and confirmation."""

    policy: Policy
    version: int
    confirmed_on: dt.date | None
    confirmed_by: str

    @property
    def confirmed(self) -> bool:
        return self.confirmed_on is not None


# ----------------------------------------------------------------------------- building blocks


def _newest(session: Session) -> PolicyVersionRow | None:
    return session.scalar(select(PolicyVersionRow).order_by(PolicyVersionRow.version.desc()))


def _record(row: PolicyVersionRow | None) -> PolicyRecord:
    if row is None:  # a file made before the policy table was filled: the proposal, unconfirmed
        return PolicyRecord(DEFAULT_POLICY, 0, None, "")
    return PolicyRecord(Policy.from_dict(row.data), row.version, row.confirmed_on, row.confirmed_by)


def policy_in_force(session: Session) -> PolicyRecord:
    return _record(_newest(session))


def policy_version(session: Session, version: int) -> PolicyRecord:
    row = session.scalar(select(PolicyVersionRow).where(PolicyVersionRow.version == version))
    return _record(row) if row is not None else policy_in_force(session)


def policy_for_period(session: Session, period: PeriodRow | None) -> PolicyRecord:
    """The version a published period was scored with; the one in force for any other."""
    if period is not None:
        kept = session.get(PeriodPolicyRow, period.id)
        if kept is not None:
            return policy_version(session, kept.policy_version)
    return policy_in_force(session)


def remember_for_period(session: Session, period: PeriodRow) -> int:
    """At publication: the period keeps the version in force (returned)."""
    version = policy_in_force(session).version
    kept = session.get(PeriodPolicyRow, period.id)
    if kept is None:
        session.add(PeriodPolicyRow(period_id=period.id, policy_version=version))
    else:
        kept.policy_version = version
    return version


# ----------------------------------------------------------------------------- use cases


def current_policy(ctx: AppContext) -> PolicyRecord:
    with ctx.session() as s:
        return policy_in_force(s)


def confirm_policy(ctx: AppContext, policy: Policy, *, note: str = "") -> PolicyRecord:
    """Confirm *policy* (changed or as proposed) as the company's: a new version, audited.

    Raises PolicyInvalid (nothing stored) when the domain finds problems.
    """
    problems = validate_policy(policy)
    if problems:
        raise PolicyInvalid(problems)
    with ctx.transaction() as s:
        newest = _newest(s)
        old = _record(newest)
        version = old.version + 1
        s.add(
            PolicyVersionRow(
                version=version,
                data=policy.to_dict(),
                confirmed_on=ctx.today(),
                confirmed_by=ctx.actor,
                note=note.strip(),
            )
        )
        diff = changes(old.policy, policy)
        for key, (before, after) in diff.items():
            record_change(
                s,
                entity="policy",
                entity_id=version,
                field=key,
                old=before,
                new=after,
                reason=note.strip() or "policy changed",
                actor=ctx.actor,
            )
        if not diff:
            record_change(
                s,
                entity="policy",
                entity_id=version,
                field="confirmed",
                old=old.version,
                new=version,
                reason=note.strip() or "policy confirmed",
                actor=ctx.actor,
            )
        s.flush()
        return policy_in_force(s)
