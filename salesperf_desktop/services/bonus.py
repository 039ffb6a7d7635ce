"""The bonus sheet (奖金核算表) of a published period: settings, team pools, approvals.

The sheet reads the period's published results (grade, coefficient, total, points, veto), the
money fines of its events and the officer's bonus settings (``domain.bonus``). Settings are
versioned (rows only added); a sheet follows the newest settings until it is approved, then it
is frozen as computed (the rows are kept) and a later change needs the approval withdrawn with a
reason. Every change is in the audit trail (entity ``bonus_settings`` / ``bonus_sheet``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesperf_desktop.domain.adjustments import fine_yuan
from salesperf_desktop.domain.bonus import (
    BonusInput,
    BonusLine,
    BonusSettings,
    bonus_lines,
    settings_problems,
    totals,
)
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import Problem, render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodKind, PeriodStatus
from salesperf_desktop.services.adjustment_types import stored_catalogue
from salesperf_desktop.services.appraisals import PeriodResults, cached_results
from salesperf_desktop.services.audit import record_change
from salesperf_desktop.services.periods import stored_period, to_domain
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.storage.models import (
    BonusSettingsRow,
    BonusSheetRow,
    EventRow,
    PeriodRow,
    TeamRow,
)

ADJUSTMENT, VETO = "adjustment", "veto"  # event categories (services/events.py)


class BonusError(ValueError):
    """A bonus change refused; ``problem`` says why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.code)
        self.problem = problem

    def message(self, lang: str = "zh_CN") -> str:
        params = dict(self.problem.params)
        if "period" in params:  # kept as "2026-10", said as 2026年10月 / Oct 2026
            params["period"] = Period.parse(params["period"]).label(lang)
        return render(self.problem.code, params, lang)


@dataclass(frozen=True)
class BonusSettingsRecord:
    version: int  # 0: nothing saved yet (the empty settings)
    settings: BonusSettings
    created_by: str = ""
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class Approvals:
    prepared_by: str = ""
    prepared_on: dt.date | None = None
    checked_by: str = ""
    checked_on: dt.date | None = None
    approved_by: str = ""
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class TeamPool:
    team_id: int
    name: str
    yuan: float  # 0: no pool


@dataclass(frozen=True)
class BonusSheet:
    period: Period
    lines: tuple[BonusLine, ...]
    totals: Mapping[str, int]
    months: int  # months the period covers (the base bonus is per month)
    settings_version: int
    approvals: Approvals
    frozen: bool  # approved: the lines are as computed then
    pools: tuple[TeamPool, ...] = ()
    year_sheet: bool = False  # carries the annual compliance bonus (seed 002)
    role_names: Mapping[str, str] = field(default_factory=dict)  # role code → text

    def status_text(self, lang: str) -> str:
        a = self.approvals
        if self.frozen:
            on = a.approved_on.isoformat() if a.approved_on else ""
            return render("bonus.status_approved", {"on": on, "who": a.approved_by}, lang)
        return render("bonus.status_draft", {}, lang)


# ----------------------------------------------------------------------------- settings


def _newest_settings(session: Session) -> BonusSettingsRecord:
    row = session.scalar(select(BonusSettingsRow).order_by(BonusSettingsRow.version.desc()))
    if row is None:
        return BonusSettingsRecord(0, BonusSettings())
    return BonusSettingsRecord(
        row.version, BonusSettings.from_dict(row.data), row.created_by, row.created_at
    )


def current_settings(ctx) -> BonusSettingsRecord:
    """The bonus settings in force (version 0 and empty amounts before any is saved)."""
    with ctx.session() as session:
        return _newest_settings(session)


def save_settings(ctx, settings: BonusSettings, *, note: str = "") -> BonusSettingsRecord:
    """Keep *settings* as a new version (unchanged settings make none); audited. Approved
    sheets keep the rows they were approved with; draft sheets follow the new version."""
    problems = settings_problems(settings)
    if problems:
        raise BonusError(problems[0])
    with ctx.transaction() as session:
        newest = _newest_settings(session)
        if newest.settings == settings:
            return newest
        row = BonusSettingsRow(
            version=newest.version + 1,
            data=settings.to_dict(),
            created_at=ctx.now(),
            created_by=ctx.actor,
            note=note,
        )
        session.add(row)
        session.flush()
        old = newest.settings.to_dict()
        for key, value in settings.to_dict().items():
            record_change(
                session,
                entity="bonus_settings",
                entity_id=row.version,
                field=key,
                old=old.get(key),
                new=value,
                reason=note,
                actor=ctx.actor,
            )
        return BonusSettingsRecord(row.version, settings, row.created_by, row.created_at)


# ----------------------------------------------------------------------------- the sheet


def _published(session: Session, period: Period) -> PeriodRow:
    row = stored_period(session, period)
    if row is None or row.status not in (PeriodStatus.PUBLISHED, PeriodStatus.LOCKED):
        raise BonusError(Problem("bonus.not_published", {"period": str(period)}))
    return row


def _sheet_row(session: Session, period_row: PeriodRow) -> BonusSheetRow | None:
    return session.scalar(select(BonusSheetRow).where(BonusSheetRow.period_id == period_row.id))


def _period_ids(session: Session, period: Period) -> dict[int, Period]:
    """The stored periods whose events belong to *period*: its months and itself."""
    wanted = {*period.months(), period}
    rows = session.scalars(select(PeriodRow).where(PeriodRow.year == period.year))
    return {r.id: to_domain(r) for r in rows if to_domain(r) in wanted}


def _fines(session: Session, period: Period) -> dict[int, float]:
    """Each person's money fines of the period's events, 元 (seed 004: 罚款 按规定执行)."""
    catalogue = stored_catalogue(session)
    ids = _period_ids(session, period)
    out: dict[int, float] = {}
    for ev in session.scalars(
        select(EventRow).where(
            EventRow.period_id.in_(ids),
            EventRow.category == ADJUSTMENT,
            EventRow.amount.is_not(None),
        )
    ):
        yuan = fine_yuan(catalogue.get(ev.code), ev.amount, ev.quantity)
        if yuan:
            out[ev.staff_id] = out.get(ev.staff_id, 0.0) + yuan
    return out


def _veto_months(session: Session, year: Period, lang: str) -> dict[int, list[str]]:
    """Staff id → the periods of the year with a compliance veto event (labels, in order)."""
    ids = _period_ids(session, year)
    found: dict[int, set[Period]] = {}
    for ev in session.scalars(
        select(EventRow).where(EventRow.period_id.in_(ids), EventRow.category == VETO)
    ):
        found.setdefault(ev.staff_id, set()).add(ids[ev.period_id])
    return {sid: [p.label(lang) for p in sorted(ps)] for sid, ps in found.items()}


def _inputs(
    results: PeriodResults, settings: BonusSettings, fines: Mapping[int, float]
) -> list[BonusInput]:
    out = []
    for p in results.people:
        res = p.result
        actual = None
        if settings.commission_indicator:
            item = res.item(settings.commission_indicator)
            actual = item.actual if item is not None else None
        out.append(
            BonusInput(
                staff_id=p.staff_id,
                employee_no=p.employee_no,
                name=p.name,
                team_id=p.team_id,
                team=p.team_name,
                role=p.role,
                grade=res.grade,
                coefficient=res.coefficient,
                total=res.total,
                vetoed=res.vetoed,
                points=res.adjustments.total,
                sales_actual=actual,
                fines=fines.get(p.staff_id, 0.0),
            )
        )
    return out


def _pools(session: Session, sheet: BonusSheetRow | None) -> tuple[TeamPool, ...]:
    stored = {int(k): float(v) for k, v in ((sheet.pools if sheet else None) or {}).items()}
    teams = session.scalars(select(TeamRow).order_by(TeamRow.code))
    return tuple(TeamPool(t.id, t.name, stored.get(t.id, 0.0)) for t in teams)


def _approvals(row: BonusSheetRow | None) -> Approvals:
    if row is None:
        return Approvals()
    return Approvals(
        row.prepared_by,
        row.prepared_on,
        row.checked_by,
        row.checked_on,
        row.approved_by,
        row.approved_on,
    )


def _role_names(lines, lang: str) -> dict[str, str]:
    from salesperf_desktop.services.pdf.labels import role_text

    return {line.role: role_text(line.role, lang) for line in lines}


def _compute(ctx, session: Session, period: Period, lang: str) -> BonusSheet:
    period_row = _published(session, period)
    row = _sheet_row(session, period_row)
    pools = _pools(session, row)
    approvals = _approvals(row)
    year_sheet = period.kind == PeriodKind.YEAR.value
    if row is not None and row.snapshot is not None:  # approved: as computed then
        lines = tuple(BonusLine.from_dict(d) for d in row.snapshot["lines"])
        return BonusSheet(
            period,
            lines,
            totals(lines),
            len(period.months()),
            row.settings_version or 0,
            approvals,
            True,
            pools,
            year_sheet,
            _role_names(lines, lang),
        )
    record = _newest_settings(session)
    results = cached_results(ctx, session, period, lang=lang)
    vetoes = _veto_months(session, period, lang) if year_sheet else None
    if vetoes is not None:  # a veto item on the year's sheet itself counts too
        for p in results.people:
            if p.result.vetoed and p.staff_id not in vetoes:
                vetoes[p.staff_id] = [period.label(lang)]
    lines = tuple(
        bonus_lines(
            _inputs(results, record.settings, _fines(session, period)),
            record.settings,
            months=len(period.months()),
            pools={p.team_id: p.yuan for p in pools if p.yuan},
            compliance_vetoes=vetoes,
            annual_only=year_sheet and not record.settings.year_pays_all,
        )
    )
    return BonusSheet(
        period,
        lines,
        totals(lines),
        len(period.months()),
        record.version,
        approvals,
        False,
        pools,
        year_sheet,
        _role_names(lines, lang),
    )


def bonus_sheet(ctx, period: Period, *, lang: str | None = None) -> BonusSheet:
    """The sheet of a published *period*: as approved (frozen), or computed now (a draft)."""
    with ctx.session() as session:
        return _compute(ctx, session, period, lang or ctx.lang)


def bonus_sheet_task(
    ctx, period: Period, *, lang: str | None = None
) -> Generator[Progress, None, BonusSheet]:
    """``bonus_sheet`` for the window's task runner (scoring a period may take a while)."""
    yield Progress(0, 1, step="progress.bonus_sheet")
    sheet = bonus_sheet(ctx, period, lang=lang)
    yield Progress(1, 1, step="progress.bonus_sheet")
    return sheet


def _editable_row(session: Session, period: Period) -> BonusSheetRow:
    period_row = _published(session, period)
    row = _sheet_row(session, period_row)
    if row is None:
        row = BonusSheetRow(period_id=period_row.id, pools={})
        session.add(row)
        session.flush()
    if row.snapshot is not None:
        raise BonusError(Problem("bonus.sheet_approved", {"period": str(period)}))
    return row


def set_team_pool(ctx, period: Period, team_id: int, yuan: float) -> None:
    """The team bonus pool of *period* (0 removes it); refused on an approved sheet; audited."""
    if not yuan >= 0:
        raise BonusError(Problem("bonus.amount_negative", {"who": str(team_id)}))
    with ctx.transaction() as session:
        if session.get(TeamRow, team_id) is None:
            raise BonusError(Problem("bonus.team_unknown", {}))
        row = _editable_row(session, period)
        pools = dict(row.pools or {})
        old = pools.get(str(team_id), 0.0)
        if yuan:
            pools[str(team_id)] = float(yuan)
        else:
            pools.pop(str(team_id), None)
        row.pools = pools
        record_change(
            session,
            entity="bonus_sheet",
            entity_id=row.id,
            field=f"pool:{team_id}",
            old=old,
            new=float(yuan),
            actor=ctx.actor,
        )


def approve_sheet(
    ctx,
    period: Period,
    *,
    prepared_by: str,
    checked_by: str,
    approved_by: str,
    on: dt.date | None = None,
    lang: str | None = None,
) -> BonusSheet:
    """Record who prepared, checked and approved the sheet (dated *on*, default today) and
    freeze it as computed now; audited."""
    names = [prepared_by.strip(), checked_by.strip(), approved_by.strip()]
    if not all(names):
        raise BonusError(Problem("bonus.approver_required", {}))
    on = on or ctx.today()
    lang = lang or ctx.lang
    with ctx.session() as session:  # scoring reads outside the write (results cache)
        sheet = _compute(ctx, session, period, lang)
    with ctx.transaction() as session:
        row = _editable_row(session, period)
        row.settings_version = sheet.settings_version
        row.snapshot = {"lines": [line.to_dict() for line in sheet.lines]}
        row.prepared_by, row.checked_by, row.approved_by = names
        row.prepared_on = row.checked_on = row.approved_on = on
        record_change(
            session,
            entity="bonus_sheet",
            entity_id=row.id,
            field="approved",
            old=None,
            new={
                "prepared_by": names[0],
                "checked_by": names[1],
                "approved_by": names[2],
                "on": on.isoformat(),
                "settings_version": sheet.settings_version,
                "payable": sheet.totals["payable"],
            },
            actor=ctx.actor,
        )
    return bonus_sheet(ctx, period, lang=lang)


def withdraw_approval(ctx, period: Period, *, reason: str) -> None:
    """Unfreeze an approved sheet so it can be changed (and approved again); audited."""
    if not reason.strip():
        raise BonusError(Problem("bonus.reason_required", {}))
    with ctx.transaction() as session:
        row = _sheet_row(session, _published(session, period))
        if row is None or row.snapshot is None:
            raise BonusError(Problem("bonus.not_approved", {"period": str(period)}))
        old = {
            "approved_by": row.approved_by,
            "on": row.approved_on.isoformat() if row.approved_on else None,
            "settings_version": row.settings_version,
        }
        row.snapshot = None
        row.prepared_by = row.checked_by = row.approved_by = ""
        row.prepared_on = row.checked_on = row.approved_on = None
        record_change(
            session,
            entity="bonus_sheet",
            entity_id=row.id,
            field="approved",
            old=old,
            new=None,
            reason=reason.strip(),
            actor=ctx.actor,
        )


def commission_choices(ctx, period: Period, *, lang: str | None = None) -> list[tuple[str, str]]:
    """The indicators on the period's sheets that carry an actual amount: (code, name)."""
    lang = lang or ctx.lang
    with ctx.session() as session:
        results = cached_results(ctx, session, period, lang=lang)
    seen: dict[str, str] = {}
    for p in results.people:
        for item in p.result.items:
            if item.actual is not None and item.indicator not in seen:
                seen[item.indicator] = pick(item.name, lang) or item.indicator
    return sorted(seen.items(), key=lambda kv: kv[0])


def roles_on_sheet(ctx, period: Period) -> list[str]:
    """The role codes of the people appraised in *period* (the settings' base per role)."""
    with ctx.session() as session:
        results = cached_results(ctx, session, period, lang=ctx.lang)
    return sorted({p.role for p in results.people})


def people_on_sheet(ctx, period: Period) -> list[tuple[str, str]]:
    """(employee no, name) of the people appraised in *period* (the settings' per person)."""
    with ctx.session() as session:
        results = cached_results(ctx, session, period, lang=ctx.lang)
    return sorted((p.employee_no, p.name) for p in results.people)
