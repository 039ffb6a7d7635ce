"""The bonus/penalty catalogue as the officer keeps it (seed 004's 表扬加分、差错扣分 and her own
items): the shipped types, overlaid by the ones she edited or added.

A type in use is never deleted: it is retired (no longer offered for new events) and the events
recorded with it keep their meaning. Every change is kept in the audit trail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.adjustments import (
    DEFAULT_CATALOGUE,
    AdjustmentType,
    Catalogue,
    new_code,
    type_problems,
)
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import Problem, render
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.storage.models import AdjustmentTypeRow, EventRow


class AdjustmentTypeError(ValueError):
    """A change to the catalogue refused; ``problem`` says why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.code)
        self.problem = problem

    def message(self, lang: str = "zh_CN") -> str:
        params = self.problem.params
        params = {k: pick(v, lang) if isinstance(v, Mapping) else v for k, v in params.items()}
        return render(self.problem.code, params, lang)


@dataclass(frozen=True)
class AdjustmentTypeRecord:
    kind: AdjustmentType
    shipped: bool  # comes with the program (edited or not)
    events: int  # events recorded with it


def stored_catalogue(session: Session) -> Catalogue:
    """The shipped catalogue with the officer's edits and her own types (building block)."""
    rows = session.scalars(select(AdjustmentTypeRow).order_by(AdjustmentTypeRow.id))
    return DEFAULT_CATALOGUE.overlaid(AdjustmentType.from_dict(r.definition) for r in rows)


def load_catalogue(ctx) -> Catalogue:
    with ctx.session() as session:
        return stored_catalogue(session)


def list_types(ctx) -> list[AdjustmentTypeRecord]:
    """Every type in catalogue order, with how many events use it."""
    with ctx.session() as session:
        used = dict(
            session.execute(select(EventRow.code, func.count()).group_by(EventRow.code)).all()
        )
        return [
            AdjustmentTypeRecord(t, t.code in DEFAULT_CATALOGUE, used.get(t.code, 0))
            for t in stored_catalogue(session)
        ]


def _store(session: Session, ctx, old: AdjustmentType | None, new: AdjustmentType) -> None:
    row = session.scalar(select(AdjustmentTypeRow).where(AdjustmentTypeRow.code == new.code))
    if row is None:
        row = AdjustmentTypeRow(code=new.code, definition=new.to_dict())
        session.add(row)
    else:
        row.definition = new.to_dict()
    session.flush()
    record_change(
        session,
        entity="adjustment_type",
        entity_id=row.id,
        field=new.code,
        old=None if old is None else old.to_dict(),
        new=new.to_dict(),
        actor=ctx.actor,
    )


def save_type(ctx, kind: AdjustmentType, *, lang: str | None = None) -> str:
    """Add (empty code) or change a type; returns its code. Refuses (AdjustmentTypeError) a
    type without a name, a name already taken, points out of range, per unit without a unit."""
    lang = lang or ctx.lang
    with ctx.transaction() as session:
        catalogue = stored_catalogue(session)
        old = catalogue.get(kind.code) if kind.code else None
        if kind.code and old is None:
            raise AdjustmentTypeError(Problem("adjustment.no_type", {"code": kind.code}))
        if old is None:
            kind = replace(kind, code=new_code(catalogue))
        else:  # what makes a type a veto or an appeal's own points is the program's
            kind = replace(kind, veto=old.veto, points_per_event=old.points_per_event)
            if (kind.per_unit, kind.money) != (old.per_unit, old.money):
                _refuse_if_used(session, old)  # a fixed −1 must not turn into 元 under events
        problems = type_problems(kind, catalogue, lang)
        if problems:
            raise AdjustmentTypeError(problems[0])
        if kind != old:
            _store(session, ctx, old, kind)
        return kind.code


def _refuse_if_used(session: Session, kind: AdjustmentType) -> None:
    used = session.scalar(select(func.count()).where(EventRow.code == kind.code)) or 0
    if used:
        params = {"name": dict(kind.name), "count": used}
        raise AdjustmentTypeError(Problem("adjustment.counting_locked", params))


def set_retired(ctx, code: str, retired: bool) -> None:
    """Retire a type (no new events of it; past ones keep it) or bring it back."""
    with ctx.transaction() as session:
        old = stored_catalogue(session).get(code)
        if old is None:
            raise AdjustmentTypeError(Problem("adjustment.no_type", {"code": code}))
        if old.retired != retired:
            _store(session, ctx, old, replace(old, retired=retired))


def delete_type(ctx, code: str) -> None:
    """Delete a type of the officer's own that no event uses; anything else is refused with a
    message that offers retiring it."""
    with ctx.transaction() as session:
        kind = stored_catalogue(session).get(code)
        if kind is None:
            raise AdjustmentTypeError(Problem("adjustment.no_type", {"code": code}))
        name = dict(kind.name)
        if code in DEFAULT_CATALOGUE:
            raise AdjustmentTypeError(Problem("adjustment.shipped", {"name": name}))
        used = session.scalar(select(func.count()).where(EventRow.code == code)) or 0
        if used:
            raise AdjustmentTypeError(Problem("adjustment.in_use", {"name": name, "count": used}))
        row = session.scalar(select(AdjustmentTypeRow).where(AdjustmentTypeRow.code == code))
        record_change(
            session,
            entity="adjustment_type",
            entity_id=row.id,
            field=code,
            old=kind.to_dict(),
            new=None,
            actor=ctx.actor,
        )
        session.delete(row)
