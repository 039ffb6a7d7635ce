"""Team goals in Excel (seed 002's 团队绩效池): a sheet of teams × months, exported from the
团队目标 dialog or ``salesperf-cli team-goals export``, filled in and imported back.

The sheet has a title and a note above its headers (团队, 月份, 团队目标, 计量方式, 目标值, 实际值,
达成率: in the officer's language; any language is read back). ``plan_team_goals_import`` finds
the header row under a title (as the metrics import does), skips the sheet's own 合计/小计 rows,
and checks every row: the team (name or code), the month, the measure, the numbers (a unit such
as "12万" is refused, never multiplied), the locks. Every problem names its sheet, row and
column in the officer's language, and nothing is written while there is one.
``apply_team_goals_import`` backs the database up and writes the changed goals in one
transaction, each through ``team_goals.write_team_goal`` (after publication: audited with the
reason, the published appraisals amended). A row with no goal name and no numbers changes
nothing (a goal is removed in the dialog); the 达成率 column is shown, never read.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.i18n import LANGS
from salesperf_desktop.domain.ledger import total_kind
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.team_goal import GOAL_MEASURES, PERCENT, TeamGoal
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.amendments import after_publication
from salesperf_desktop.services.locking import LockedError, ensure_editable
from salesperf_desktop.services.periods import stored_period
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.services.team_goals import TeamGoalRecord, team_goal_records, write_team_goal
from salesperf_desktop.services.xlsx_io import ImportProblem, save_workbook
from salesperf_desktop.storage.models import StaffRow, TeamGoalRow, TeamRow

COLUMNS = ("team", "month", "name", "measure", "target", "actual", "attainment")
REQUIRED = ("team", "month", "name", "target", "actual")
# How far down a title may push the header row (as metrics_import.HEADER_SEARCH_ROWS).
HEADER_SEARCH_ROWS = 20


def _t(code: str, lang: str, **params: Any) -> str:
    return render(f"team_goals_io.{code}", params, lang)


def _norm(value: Any) -> str:
    return "".join(str(value or "").split()).casefold()


# ----------------------------------------------------------------------------- export


def export_team_goals(ctx, months: Sequence[Period], path: Path | str) -> Path:
    """Write the team goals of *months* (every team, one row per team and month) to *path*."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lang = ctx.lang
    months = list(dict.fromkeys(months))
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = _t("sheet", lang)
    span = months[0].label(lang) if len(months) == 1 else _span(months, lang)
    ws.append([_t("title", lang, months=span)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([_t("note", lang)])
    ws.append([])
    ws.append([_t(f"col.{c}", lang) for c in COLUMNS])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for month in months:
        for rec in team_goal_records(ctx, month):
            ws.append(_row(rec, month, lang))
            if rec.attainment is not None:
                ws.cell(ws.max_row, len(COLUMNS)).number_format = "0.0%"
    for letter, width in zip("ABCDEFG", (18, 10, 26, 14, 12, 12, 10), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    save_workbook(wb, path)
    return path


def _span(months: Sequence[Period], lang: str) -> str:
    ordered = sorted(months, key=lambda m: (m.year, m.number))
    return f"{ordered[0].label(lang)}–{ordered[-1].label(lang)}"


def _row(rec: TeamGoalRecord, month: Period, lang: str) -> list[Any]:
    measure = _t(f"measure.{rec.measure}", lang) if rec.entered else ""
    return [
        rec.team_name,
        month.format(),
        rec.name,
        measure,
        rec.target,
        rec.actual,
        rec.attainment,
    ]


# ----------------------------------------------------------------------------- import


@dataclass(frozen=True)
class PlannedGoal:
    """One row that changes a team's goal of a month."""

    row: int
    team_id: int
    team_name: str
    month: Period
    goal: TeamGoal
    before: TeamGoal | None  # the stored goal (None: none yet)
    published: bool  # the month is covered by something published (audited, amended)


@dataclass
class TeamGoalsPlan:
    path: str = ""
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[PlannedGoal] = field(default_factory=list)
    unchanged: int = 0
    rows: int = 0
    sha256: str = ""

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def published(self) -> bool:
        """Whether a change falls in a published month (a reason is then asked)."""
        return any(c.published for c in self.changes)


class TeamGoalsRefused(Exception):
    """The plan has problems: nothing was imported."""


def plan_team_goals_import(
    ctx, path: Path | str, *, cancel: threading.Event | None = None
) -> Generator[Progress, None, TeamGoalsPlan]:
    """Check every row of the sheet (the first visible one); write nothing."""
    path = Path(path)
    plan = TeamGoalsPlan(path=str(path))
    lang = ctx.lang
    yield Progress(0, 0, step="progress.reading_file", item=path.name)
    try:
        wb = xlsx_io.open_workbook(path)
    except xlsx_io.WorkbookUnreadable as exc:
        plan.problems.append(ImportProblem(path.name, 0, "", exc.reason(lang), exc.code, lang))
        return plan
    try:
        plan.sha256 = xlsx_io.file_sha256(path)
        ws = xlsx_io.choose_sheet(wb, preferred=[_t("sheet", lg) for lg in LANGS])
        rows = list(xlsx_io.iter_rows(ws))
        percent = _percent_cells(ws, rows[-1][0] if rows else 0)
    except xlsx_io.WorkbookUnreadable as exc:
        plan.problems.append(ImportProblem(path.name, 0, "", exc.reason(lang), exc.code, lang))
        return plan
    finally:
        wb.close()
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    _Checker(ctx, plan, ws.title, lang, percent).check(rows)
    yield Progress(1, 1, step="progress.checking_rows")
    return plan


def _percent_cells(ws, last_row: int) -> frozenset[tuple[int, int]]:
    """(row, 0-based column) of the number cells formatted as a percentage: Excel keeps the
    "20%" the officer typed and sees as 0.2. Read in a second pass over the sheet (a team-goal
    sheet is a few hundred rows). A number cell holding "NaN" (written by a program, never by
    Excel) stops openpyxl's reader: the cells below it are then read as their values."""
    found: set[tuple[int, int]] = set()
    if last_row < 1:
        return frozenset()
    try:
        for cells in ws.iter_rows(min_row=1, max_row=last_row):
            for cell in cells:
                value = getattr(cell, "value", None)
                if (
                    isinstance(value, (int, float))
                    and not isinstance(value, bool)
                    and cell_values.percent_format(cell.number_format)
                ):
                    found.add((cell.row, cell.column - 1))
    except (ValueError, OverflowError):
        pass
    return frozenset(found)


def _header_columns(values: Sequence[Any]) -> dict[str, int]:
    """Column (0-based) of each known header, in any language."""
    names = {c: {_norm(_t(f"col.{c}", lg)) for lg in LANGS} for c in COLUMNS}
    found: dict[str, int] = {}
    for i, value in enumerate(values):
        key = _norm(value)
        for c, aliases in names.items():
            if key and key in aliases and c not in found:
                found[c] = i
    return found


def _measure_of(value: Any) -> str | None:
    """The measure a cell names (its label in any language, or its code); None if unknown."""
    key = _norm(value)
    for measure in GOAL_MEASURES:
        words = {measure, *(_norm(_t(f"measure.{measure}", lg)) for lg in LANGS)}
        words |= {_norm(render(f"team_goal.{measure}", {}, lg)) for lg in LANGS}
        if key in words:
            return measure
    return None


class _Checker:
    """The rows of one sheet checked into *plan*."""

    def __init__(
        self,
        ctx,
        plan: TeamGoalsPlan,
        sheet: str,
        lang: str,
        percent: frozenset[tuple[int, int]] = frozenset(),
    ):
        self.ctx, self.plan, self.sheet, self.lang = ctx, plan, sheet, lang
        self.percent = percent  # the cells formatted as a percentage (see _percent_cells)

    def problem(self, row: int, col: int | None, code: str, **params: Any) -> None:
        letter = xlsx_io.column_letter(col + 1) if col is not None else ""
        text = render(code, params, self.lang)
        self.plan.problems.append(
            ImportProblem(self.sheet, row, letter, text, code.split(".")[-1], self.lang)
        )

    def check(self, rows: list[tuple[int, tuple[Any, ...]]]) -> None:
        header = next(
            (
                (i, number, _header_columns(values))
                for i, (number, values) in enumerate(rows[:HEADER_SEARCH_ROWS])
                if {"team", "month"} <= _header_columns(values).keys()
            ),
            None,
        )
        if header is None:
            columns = "、".join(_t(f"col.{c}", self.lang) for c in REQUIRED)
            self.problem(
                rows[0][0] if rows else 1, None, "team_goals_io.no_header", columns=columns
            )
            return
        index, header_no, cols = header
        for c in REQUIRED:
            if c not in cols:
                self.problem(
                    header_no, None, "team_goals_io.no_column", column=_t(f"col.{c}", self.lang)
                )
        if self.plan.problems:
            return
        self.cols = cols
        with self.ctx.session() as session:
            self.session = session
            self.teams = self._teams()
            self.stored = {
                (g.team_id, g.period_id): g for g in session.scalars(select(TeamGoalRow))
            }
            self.seen: dict[tuple[int, Period], int] = {}
            self.locks: dict[tuple[int, Period], str | None] = {}
            for number, values in rows[index + 1 :]:
                self._row(number, values)
        if self.plan.rows == 0 and not self.plan.problems:
            self.problem(header_no, None, "team_goals_io.no_rows")

    def _teams(self) -> dict[str, tuple[int, str]]:
        teams: dict[str, tuple[int, str]] = {}
        for team in self.session.scalars(select(TeamRow)):
            teams.setdefault(_norm(team.code), (team.id, team.name))
            teams[_norm(team.name)] = (team.id, team.name)
        return teams

    def cell(self, values: tuple, name: str) -> Any:
        i = self.cols.get(name)
        return values[i] if i is not None and i < len(values) else None

    def text(self, number: int, values: tuple, name: str) -> str | None:
        """The cell as text; None when refused (a formula without a value, an error cell)."""
        try:
            return cell_values.text(self.cell(values, name))
        except cell_values.CellRefused as refused:
            self.problem(number, self.cols.get(name), refused.code, **refused.params)
            return None

    def _row(self, number: int, values: tuple) -> None:
        cols = self.cols
        if total_kind([self.cell(values, "team"), self.cell(values, "month")]) is not None:
            return  # the sheet's own 合计/小计: not a team
        self.plan.rows += 1
        texts = {c: self.text(number, values, c) for c in ("team", "name", "measure")}
        ok = None not in texts.values()
        team = self.teams.get(_norm(texts["team"]))
        if texts["team"] == "":
            self.problem(number, cols["team"], "team_goals_io.no_team")
            ok = False
        elif texts["team"] is not None and team is None:
            self.problem(number, cols["team"], "team_goals_io.unknown_team", value=texts["team"])
            ok = False
        month = None
        try:
            month = cell_values.month(self.cell(values, "month"))
        except cell_values.CellRefused as refused:
            self.problem(number, cols["month"], refused.code, **refused.params)
            ok = False
        else:
            if month is None:
                self.problem(number, cols["month"], "team_goals_io.no_month")
                ok = False
        measure = PERCENT
        if texts["measure"]:
            measure = _measure_of(texts["measure"])
            if measure is None:
                self.problem(number, cols["measure"], "team_goal.measure", value=texts["measure"])
                ok, measure = False, PERCENT
        numbers: dict[str, float | None] = {}
        for name in ("target", "actual"):
            raw = self.cell(values, name)
            try:
                numbers[name] = _number(raw, measure)
            except cell_values.CellRefused as refused:
                self.problem(number, cols[name], refused.code, **refused.params)
                ok = False
                continue
            if numbers[name] is not None and (number, cols[name]) in self.percent:
                # Shown as 20% in Excel, kept as 0.2: read as she sees it, as "20%" typed is.
                # An amount shown as a percentage is a mistake either way: refused.
                shown = f"{_points(numbers[name]):g}%"
                if measure != PERCENT:
                    self.problem(number, cols[name], "team_goals_io.percent_amount", shown=shown)
                    ok = False
                    continue
                numbers[name] = _points(numbers[name])
            if numbers[name] is not None and numbers[name] < 0:
                self.problem(number, cols[name], "team_goal.negative", value=f"{numbers[name]:g}")
                ok = False
        name = texts["name"] or ""
        if ok and not name and any(v is not None for v in numbers.values()):
            self.problem(number, cols["name"], "team_goal.name_required")
            ok = False
        if not ok or team is None or month is None:
            return
        if not name:  # no goal in this row: nothing changes (a goal is removed in the dialog)
            self.plan.unchanged += 1
            return
        key = (team[0], month)
        if key in self.seen:
            self.problem(number, cols["team"], "team_goals_io.duplicate_row", first=self.seen[key])
            return
        self.seen[key] = number
        self._plan(
            number, team, month, TeamGoal(name, measure, numbers["target"], numbers["actual"])
        )

    def _plan(self, number: int, team: tuple[int, str], month: Period, goal: TeamGoal) -> None:
        period = stored_period(self.session, month)
        row = self.stored.get((team[0], period.id)) if period is not None else None
        before = TeamGoal(row.name, row.measure, row.target, row.actual) if row else None
        if before == goal:
            self.plan.unchanged += 1
            return
        reason = self._lock_reason(team[0], month, period)
        if reason:
            self.problem(
                number, self.cols["team"], "team_goals_io.locked", team=team[1], reason=reason
            )
            return
        published = after_publication(self.session, month)
        self.plan.changes.append(
            PlannedGoal(number, team[0], team[1], month, goal, before, published)
        )

    def _lock_reason(self, team_id: int, month: Period, period) -> str | None:
        if period is None:
            return None
        if (team_id, month) not in self.locks:
            self.locks[team_id, month] = None
            members = self.session.scalars(select(StaffRow.id).where(StaffRow.team_id == team_id))
            try:
                for sid in members:
                    ensure_editable(self.session, sid, period)
            except LockedError as exc:
                self.locks[team_id, month] = exc.message(self.lang)
        return self.locks[team_id, month]


def _number(raw: Any, measure: str) -> float | None:
    """A target or actual cell; a percentage may carry its % sign (20% = 20, as in the dialog)."""
    if measure == PERCENT and isinstance(raw, str) and raw.strip().endswith(("%", "％")):
        raw = raw.strip()[:-1]
    return cell_values.number(raw)


def _points(fraction: float) -> float:
    """0.2 → 20 exactly (not 20.000000000000004): a percent cell's value as percentage points."""
    return float(Decimal(repr(fraction)) * 100)


def apply_team_goals_import(
    ctx, plan: TeamGoalsPlan, *, reason: str = "", backup: bool = True
) -> Generator[Progress, None, int | None]:
    """Write the planned goals in one transaction (backup first); the import batch id, or None
    when nothing changes. After publication each change is audited with *reason* (else the
    file's name) and the published appraisals it feeds are amended."""
    from salesperf_desktop.services.backup import begin_import, import_batch

    if not (
        yield from begin_import(
            ctx, plan.problems, len(plan.changes), TeamGoalsRefused, backup=backup
        )
    ):
        return None
    why = reason.strip() or plan.file_name
    with ctx.transaction() as session:
        batch = import_batch(session, "team_goals", plan.file_name, plan.sha256, plan.rows)
        for change in plan.changes:
            write_team_goal(
                session,
                change.month,
                change.team_id,
                change.goal,
                reason=why,
                actor=ctx.actor,
                on=ctx.today(),
                lang=ctx.lang,
            )
        batch_id = batch.id
    yield Progress(2, 2, step="progress.done")
    return batch_id
