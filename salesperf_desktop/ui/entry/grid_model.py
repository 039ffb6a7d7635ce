"""The entry grid: one row per person, value columns per indicator, live points/total/grade.

The model sits over ``services.entry.EntrySheet`` (everything in memory). Every change goes
through ``EditCellsCommand`` on the model's QUndoStack: the command saves to the database
(``services.entry.save_values``, which checks locks and audits published months) and re-scores
in memory, so the total on screen follows the keystroke.

Saves run strictly one after another, in the order of the edits: a save may finish later (a
published month's save re-scores the published results in the background, ``PendingSave``),
and the next edit's save starts only when it is done. A save that fails puts back its values
and those of every later edit not yet saved.

One template at a time (``set_sheet(..., template=code)``): the first ``FROZEN`` columns
(工号, 姓名, 总分, 等级) stay on screen (``grid_view``), then the template's indicators, then
the points, bonus/penalty and team share that add up to the total. What a cell shows is worked
out once per row and kept until the row changes (``_RowCache``); an edit tells the views about
the cells whose text changed, and only those (a team-share edit re-bases the whole team).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from salesperf_desktop.domain.cycles import NOT_GRADED, is_interim
from salesperf_desktop.domain.explain import Explanation, explain, headline
from salesperf_desktop.domain.explain import shown as cents_shown
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.plausibility import Doubt, doubts
from salesperf_desktop.domain.template import TemplateItem
from salesperf_desktop.services.entry import (
    CellError,
    CellWrite,
    EntrySheet,
    SheetPerson,
    fields_for,
    parse_cell,
)
from salesperf_desktop.services.faults import classify
from salesperf_desktop.ui.labels import fill

GREY = QColor("#eeeeee")
LOCKED = QColor("#f4f4f4")
ERROR = QColor("#f8d0d0")
COMPUTED = QColor("#eef4fb")
TOTAL = QColor("#e2ecf8")  # the frozen total and grade: a shade darker than other sums
VETOED = QColor("#b00020")
FROZEN = 4  # 工号, 姓名, 总分, 等级: always on screen (grid_view's frozen columns)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
BACKGROUND, ALIGN = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole
FOREGROUND, TOOLTIP = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
HORIZONTAL = Qt.Orientation.Horizontal
_DISPLAY, _TOOLTIP = int(DISPLAY), int(TOOLTIP)  # the roles Qt passes to headerData (ints)


def field_labels() -> dict[str, str]:
    """A value column's second header line (the field), by the field's code."""
    return {
        "target": QCoreApplication.translate("EntryGrid", "Target"),
        "actual": QCoreApplication.translate("EntryGrid", "Actual"),
        "base": QCoreApplication.translate("EntryGrid", "Base"),
        "passed": QCoreApplication.translate("EntryGrid", "Passed"),
        "rating:supervisor": QCoreApplication.translate("EntryGrid", "Supervisor"),
        "rating:self": QCoreApplication.translate("EntryGrid", "Self"),
        "rating:peer": QCoreApplication.translate("EntryGrid", "Peers"),
    }


def field_label(field_name: str) -> str:
    return field_labels().get(field_name, field_name)


@dataclass(frozen=True)
class Column:
    kind: str  # employee_no | name | value | points | adjust | team | total | grade
    indicator: str = ""
    field: str = ""
    item: TemplateItem | None = None
    title: str = ""


@dataclass(frozen=True)
class Question:
    """A doubt about one typed cell, for the officer to answer (``DoubtResolver``)."""

    row: int
    column: int
    typed: str
    value: Any
    doubt: Doubt
    person: str
    indicator: str
    field: str


@dataclass
class _RowCache:
    """What one row shows: text, background and flags per column, worked out once."""

    shown: Any  # the result it was worked out from (a new result: work out again)
    texts: list[str]
    brushes: list[QBrush | None]
    flags: list[Qt.ItemFlag]
    vetoed: bool


@dataclass(frozen=True)
class Change:
    staff_id: int
    indicator: str
    field: str
    old: Any
    new: Any


class EditCellsCommand(QUndoCommand):
    """One user action (a typed cell, a pasted block, a deletion) — undone as one."""

    def __init__(self, model: EntryGridModel, changes: Sequence[Change], text: str, reason: str):
        super().__init__(text)
        self.model = model
        self.changes = list(changes)
        self.reason = reason

    def redo(self) -> None:
        self.model.apply(
            [(c.staff_id, c.indicator, c.field, c.new) for c in self.changes], self.reason
        )

    def undo(self) -> None:
        back = [(c.staff_id, c.indicator, c.field, c.old) for c in self.changes]
        self.model.apply(back, f"{self.reason} (undo)" if self.reason else "")


class PendingSave:
    """A save that finishes later (in the background): ``finish(error, reported)`` once.

    *reported*: the error was already told (the fault dialog of the task runner)."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[BaseException | None, bool], None]] = []
        self._outcome: tuple[BaseException | None, bool] | None = None

    def when_done(self, callback: Callable[[BaseException | None, bool], None]) -> None:
        if self._outcome is not None:
            callback(*self._outcome)
        else:
            self._callbacks.append(callback)

    def finish(self, error: BaseException | None = None, reported: bool = False) -> None:
        self._outcome = (error, reported)
        for callback in self._callbacks:
            callback(error, reported)
        self._callbacks.clear()


# Saves the cells: returns when saved (raises on failure: LockedError …), or returns a
# PendingSave that finishes later.
Saver = Callable[[list[CellWrite], str], "PendingSave | None"]


ReasonProvider = Callable[[], str | None]  # asked before a change of a published month
# Answers the doubts of one edit: the value to store for each question (the typed one or the
# suggestion), or None to change nothing (she types it again).
DoubtResolver = Callable[[list[Question]], list[Any] | None]


class EntryGridModel(QAbstractTableModel):
    refused = Signal(str)  # a reason to show the officer (invalid input, locked, failed save)
    # A save that failed for a reason of the machine (disk full, locked by another program)
    # or a bug: the error itself, for the fault dialog (details to the log).
    save_failed = Signal(object)
    totals_changed = Signal()
    saves_done = Signal()  # nothing is waiting to be saved any more
    # No cell holds refused input any more (the officer fixed it, or it was reloaded).
    errors_cleared = Signal()
    # A doubtful value the officer chose to type again: (row, column, what she typed).
    retype = Signal(int, int, str)

    def __init__(
        self,
        saver: Saver,
        reason_provider: ReasonProvider = lambda: "",
        parent=None,
        doubt_resolver: DoubtResolver | None = None,
    ):
        """*saver* writes the cells (raises when it cannot); *reason_provider* returns the
        reason for a change of a published month, or None to cancel it; *doubt_resolver*
        answers a plausibility question (none: values are stored as typed)."""
        super().__init__(parent)
        self.sheet: EntrySheet | None = None
        self.rows: list[SheetPerson] = []
        self.columns: list[Column] = []
        self.headers: list[str] = []  # each column's header text (a value column: two lines)
        self.undo_stack = QUndoStack(self)
        self.saver = saver
        self.reason_provider = reason_provider
        self.doubt_resolver = doubt_resolver
        self.lang = "zh_CN"
        self.template_code: str | None = None
        self._errors: dict[tuple[int, int], str] = {}
        self._row_of: dict[int, int] = {}
        self._first_computed = 0
        self._cache: list[_RowCache | None] = []
        self._value_cols: dict[tuple[str, str], int] = {}
        self._sums: list[int] = []  # the columns an edit of the person changes
        self._rebased: list[int] = []  # those a team-mate's edit changes
        # (values, old values, reason, sheet) in edit order; [0] may be being saved
        self._pending: list = []
        self._saving = False
        self._failed = False
        # staff id → (result, lines): worked out for a tooltip when it is asked for (a hover),
        # never for every row (3,000 people's explanations were 2 s of CPU at every start)
        self._explained: dict[int, tuple[Any, Explanation]] = {}

    # ----------------------------------------------------------------- loading

    @staticmethod
    def templates(sheet: EntrySheet | None, team_id: int | None) -> list[tuple[str, Any, int]]:
        """The templates of the team's people: (code, template, people), most people first."""
        found: dict[str, list] = {}
        for p in sheet.team(team_id) if sheet else []:
            entry = found.setdefault(p.template.code, [p.template, 0])
            entry[1] += 1
        return sorted(((code, t, n) for code, (t, n) in found.items()), key=lambda x: (-x[2], x[0]))

    def set_sheet(
        self,
        sheet: EntrySheet | None,
        team_id: int | None,
        lang: str,
        template: str | None = None,
    ) -> None:
        """Show the people of *team_id* (None: every team) on *template* (a template code;
        None: the one most of them are on) with that template's indicators."""
        self.flush()
        self.beginResetModel()
        if sheet is not self.sheet:  # (another team of the same sheet: kept)
            self._explained = {}
        self.sheet = sheet
        self.lang = lang
        choices = self.templates(sheet, team_id)
        codes = [code for code, _t, _n in choices]
        self.template_code = template if template in codes else (codes[0] if codes else None)
        self.rows = [
            p
            for p in (sheet.team(team_id) if sheet else [])
            if p.template.code == self.template_code
        ]
        self.rows.sort(key=lambda p: p.employee_no)
        self._row_of = {p.staff_id: r for r, p in enumerate(self.rows)}
        self._cache = [None] * len(self.rows)
        self._errors.clear()
        cols = [
            Column("employee_no", title=QCoreApplication.translate("EntryGrid", "Employee ID")),
            Column("name", title=QCoreApplication.translate("EntryGrid", "Name")),
            Column("total", title=QCoreApplication.translate("EntryGrid", "Total")),
            Column("grade", title=QCoreApplication.translate("EntryGrid", "Grade")),
        ]
        if sheet is not None and self.rows:
            for item, template_ in sheet.indicators(self.rows):
                for f in fields_for(item, dict(template_.rater_weights)):
                    cols.append(Column("value", item.indicator, f, item, item.label(lang)))
        self._first_computed = len(cols)
        cols += [
            Column("points", title=QCoreApplication.translate("EntryGrid", "Points")),
            Column("adjust", title=QCoreApplication.translate("EntryGrid", "Bonus/penalty")),
            Column("team", title=QCoreApplication.translate("EntryGrid", "Team share")),
        ]
        self.columns = cols
        labels = field_labels()
        self.headers = [
            f"{c.title}\n{labels.get(c.field, c.field)}" if c.kind == "value" else c.title
            for c in cols
        ]
        self._value_cols = {
            (c.indicator, c.field): i for i, c in enumerate(cols) if c.kind == "value"
        }
        sums = ("points", "adjust", "team", "total", "grade")
        self._sums = [i for i, c in enumerate(cols) if c.kind in sums]
        self._rebased = [i for i, c in enumerate(cols) if c.kind in ("team", "total", "grade")]
        self.endResetModel()
        self.undo_stack.clear()

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        # Asked by the headers thousands of times while a sheet is laid out and painted: the
        # texts are made once per sheet (``set_sheet``), and unanswered roles cost nothing.
        if role == _DISPLAY:
            return self.headers[section] if orientation == HORIZONTAL else section + 1
        if role != _TOOLTIP or orientation != HORIZONTAL:
            return None
        col = self.columns[section]
        if col.item is not None:
            return fill(
                QCoreApplication.translate("EntryGrid", "%1\n%2 · weight %3 · %4"),
                col.title,
                field_label(col.field),
                fmt_number(col.item.weight),
                col.item.rule.describe(self.lang, col.item.measure),
            )
        return None

    def applies(self, person: SheetPerson, col: Column) -> bool:
        return col.kind != "value" or person.template.item(col.indicator) is not None

    def is_editable(self, row: int, column: int) -> bool:
        return bool(self._row(row).flags[column] & Qt.ItemFlag.ItemIsEditable)

    def flags(self, index):
        if not index.isValid():
            return FIXED
        return self._row(index.row()).flags[index.column()]

    def _value_text(self, value: Any, field_name: str) -> str:
        if value is None:
            return ""
        if field_name == "passed":
            return "✓" if value else "✗"
        if isinstance(value, tuple):
            return ", ".join(fmt_number(v) for v in value)
        return fmt_number(value)

    def _row(self, row: int) -> _RowCache:
        """The row's texts, backgrounds and flags (worked out again once its result changed:
        only the sums when the person's own values are as they were, a team-mate's edit)."""
        cached = self._cache[row]
        person = self.rows[row]
        if cached is None:
            cached = self._cache[row] = self._work_out(person)
        elif cached.shown is not person.shown:
            self._work_out_sums(person, cached)
        return cached

    def _work_out(self, person: SheetPerson) -> _RowCache:
        sheet = self.sheet
        read_only = sheet is None or sheet.read_only
        own = {it.indicator for it in person.template.items}
        texts: list[str] = []
        brushes: list[QBrush | None] = []
        flags: list[Qt.ItemFlag] = []
        plain = QBrush(LOCKED) if person.locked or read_only else None
        for col in self.columns:
            kind = col.kind
            flag = FIXED
            brush = plain
            text = ""
            if kind == "employee_no":
                text = person.employee_no
            elif kind == "name":
                text = person.name
            elif kind == "value":
                if col.indicator not in own:
                    brush = QBrush(GREY)
                else:
                    text = self._value_text(person.get(col.indicator, col.field), col.field)
                    if not read_only and not person.locked:
                        flag = EDITABLE
            else:
                brush = QBrush(TOTAL if kind in ("total", "grade") else COMPUTED)
            texts.append(text)
            brushes.append(brush)
            flags.append(flag)
        cached = _RowCache(None, texts, brushes, flags, False)
        self._work_out_sums(person, cached)
        return cached

    def _work_out_sums(self, person: SheetPerson, cached: _RowCache) -> None:
        """The texts of the points, bonus/penalty, team share, total and grade: the top of the
        result's explanation (``headline``: they add up as its lines do)."""
        shown = person.shown
        top = headline(shown) if shown is not None else None
        texts = cached.texts
        for c in self._sums:
            kind = self.columns[c].kind
            if top is None:
                text = ""
            elif kind == "points":
                text = fmt_number(cents_shown(top.items))
            elif kind == "adjust":
                text = fmt_number(cents_shown(top.adjustments))
            elif kind == "team":
                text = "" if top.team is None else fmt_number(cents_shown(top.team))
            elif kind == "total":
                text = fmt_number(cents_shown(top.total))
            elif is_interim(shown):  # a quarterly person's month: scored, not graded
                text = QCoreApplication.translate("EntryGrid", "Graded by quarter")
            elif _nothing_entered(shown):  # a month just begun: not a D for everyone
                text = "—"
            else:  # grade
                text = shown.grade
            texts[c] = text
        cached.shown = shown
        cached.vetoed = shown is not None and shown.vetoed

    def data(self, index, role=DISPLAY):
        # Called for every cell painted: the row's texts are worked out once (``_row``).
        row, column = index.row(), index.column()
        if row < 0:  # an invalid index
            return None
        if role == DISPLAY:
            return self._row(row).texts[column]
        if role == BACKGROUND:
            if (row, column) in self._errors:
                return QBrush(ERROR)
            return self._row(row).brushes[column]
        if role == ALIGN:
            return RIGHT if column >= 2 else None
        if role == FOREGROUND:
            return QBrush(VETOED) if column in (2, 3) and self._row(row).vetoed else None
        if role == EDIT:
            col = self.columns[column]
            if col.kind == "value" and col.field == "passed":
                value = self.rows[row].get(col.indicator, col.field)
                if value is not None and self.applies(self.rows[row], col):
                    return "1" if value else "0"
            return self._row(row).texts[column]
        if role == TOOLTIP:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        person, col = self.rows[row], self.columns[column]
        if (row, column) in self._errors:
            return self._errors[(row, column)]
        if col.kind == "value" and person.shown is not None:
            it = person.shown.item(col.indicator)
            if it is not None:
                lines = [f"{col.title}: {fmt_number(it.points)} / {fmt_number(it.weight)}"]
                lines += [f.message(self.lang) for f in it.flags]
                if self.sheet is not None:  # a 带教成果 figure: how it was made
                    lines += self.sheet.notes.get((person.staff_id, col.indicator), ())
                return "\n".join(lines)
        if col.kind in ("points", "adjust", "team", "total") and person.shown is not None:
            text = self.explanation_text(person, col.kind)
            if col.kind == "total" and person.shown.vetoed:
                vetoed = QCoreApplication.translate("EntryGrid", "Vetoed (compliance)")
                text = f"{vetoed}\n{text}"
            return text
        if col.kind == "grade" and person.shown is not None and is_interim(person.shown):
            return render(NOT_GRADED, {}, self.lang)
        if col.kind == "grade" and person.shown is not None and _nothing_entered(person.shown):
            return QCoreApplication.translate(
                "EntryGrid", "Nothing is entered for this period yet: no grade."
            )
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        ok = self.edit_cells(
            [(index.row(), index.column(), value)],
            fill(
                QCoreApplication.translate("EntryGrid", "Edit %1"),
                self.columns[index.column()].title,
            ),
        )
        return ok

    def explanation(self, person: SheetPerson) -> Explanation:
        """The person's result as lines that add up at two decimals (kept until it changes)."""
        shown = person.shown  # the kept result of a published appraisal, as everywhere else
        cached = self._explained.get(person.staff_id)
        if cached is None or cached[0] is not shown:
            cached = self._explained[person.staff_id] = (shown, explain(shown))
        return cached[1]

    def explanation_text(self, person: SheetPerson, kind: str) -> str:
        """A computed cell's tooltip: the lines behind its number."""
        e = self.explanation(person)
        lines = {
            "points": [e.items_points],
            "adjust": list(e.adjustments),
            "team": [e.team] if e.team is not None else [],
            "total": [*e.summary()],
        }[kind]
        if kind == "points":
            lines = [*e.dimensions, *lines]
        return "\n".join(f"{line.text(self.lang)}  {line.amount()}".rstrip() for line in lines)

    # ----------------------------------------------------------------- editing

    def edit_cells(self, cells: Sequence[tuple[int, int, Any]], text: str) -> bool:
        """Validate every cell; refuse all (with a reason per cell) or push one undo command.
        A valid value that is probably not meant (``domain.plausibility``) is asked about
        first: kept, replaced by the suggestion, or typed again (nothing is changed then)."""
        changes: list[Change] = []
        errors: list[str] = []
        read_only = 0
        fixed: list[tuple[int, int]] = []
        questions: list[tuple[int, Question]] = []  # (index in changes, question)
        for row, column, raw in cells:
            if not self.is_editable(row, column):
                read_only += 1
                continue
            person, col = self.rows[row], self.columns[column]
            try:
                new = parse_cell(col.field, raw, col.item)
            except CellError as err:
                reason = err.message(self.lang)
                self._errors[(row, column)] = reason
                errors.append(f"{person.name} · {col.title} {field_label(col.field)}: {reason}")
                self.dataChanged.emit(self.index(row, column), self.index(row, column))
                continue
            if (row, column) in self._errors:
                fixed.append((row, column))
            old = person.get(col.indicator, col.field)
            if old != new:
                changes.append(Change(person.staff_id, col.indicator, col.field, old, new))
                if self.doubt_resolver is not None and col.item is not None:
                    questions += self._questions(row, column, raw, new, len(changes) - 1)
        if errors:
            self.refused.emit("\n".join(errors[:8]) + ("\n…" if len(errors) > 8 else ""))
            return False
        if read_only and read_only == len(cells):
            self.refused.emit(self.read_only_reason())
            return False
        for key in fixed:  # typed again validly: the cell is no longer marked
            self._errors.pop(key, None)
            self.dataChanged.emit(self.index(*key), self.index(*key))
        if not self._errors:  # nothing refused is left on screen: an old refusal goes
            self.errors_cleared.emit()
        if questions:
            answers = self.doubt_resolver([q for _i, q in questions])
            if answers is None:  # to be typed again: nothing changes
                if len(cells) == 1:
                    q = questions[0][1]
                    self.retype.emit(q.row, q.column, q.typed)
                return False
            for (i, _q), answer in zip(questions, answers, strict=True):
                c = changes[i]
                changes[i] = Change(c.staff_id, c.indicator, c.field, c.old, answer)
            changes = [c for c in changes if c.old != c.new]
        if not changes:
            return True
        reason = ""
        if self.sheet is not None and self.sheet.audited:
            got = self.reason_provider()
            if got is None:
                return False
            reason = got
        self.undo_stack.push(EditCellsCommand(self, changes, text, reason))
        return True

    def _questions(self, row: int, column: int, raw: Any, value: Any, change: int) -> list:
        """The doubts about one typed value (at most one asked per cell: the first)."""
        person, col = self.rows[row], self.columns[column]
        last = self.sheet.last_month(person.staff_id, col.indicator, col.field)
        found = doubts(
            measure=col.item.measure,
            field_name=col.field,
            typed=raw,
            value=value,
            last_month=last if isinstance(last, (int, float)) else None,
        )
        if not found:
            return []
        typed = "" if raw is None else str(raw)
        question = Question(
            row, column, typed, value, found[0], person.name, col.title, field_label(col.field)
        )
        return [(change, question)]

    def apply(self, values: Sequence[tuple[int, str, str, Any]], reason: str) -> None:
        """Show the change at once (re-score in memory), then save on the next turn of the
        event loop, after the repaint: the total reaches the screen without waiting for the
        disk. A save that fails puts the old values back and says why."""
        old = [(sid, ind, f, self.sheet.person(sid).get(ind, f)) for sid, ind, f, _ in values]
        self._show(values)
        self._pending.append((list(values), old, reason, self.sheet))
        if len(self._pending) == 1:
            QTimer.singleShot(0, self.flush)

    def saving(self) -> bool:
        """Whether an edit is still waiting to be saved (or being saved)."""
        return bool(self._pending)

    def flush(self) -> bool:
        """Start saving what is pending, in edit order (also called before reloading and by
        tests); False when a save failed meanwhile. A save that finishes later (PendingSave)
        lets the next one start when it is done."""
        self._failed = False
        while self._pending and not self._saving:
            values, _old, reason, _sheet = self._pending[0]
            self._saving = True
            try:
                later = self.saver([CellWrite(*v) for v in values], reason)
            except Exception as exc:  # LockedError, a disk error …: nothing was written
                self._saved(exc, False)
                continue
            if isinstance(later, PendingSave):
                later.when_done(self._saved_later)
            else:
                self._saved(None, False)
        return not self._failed

    def _saved_later(self, error: BaseException | None, reported: bool) -> None:
        self._saved(error, reported)
        self.flush()

    def _saved(self, error: BaseException | None, reported: bool) -> None:
        """The first pending save is done; on failure, it and every later edit go back."""
        self._saving = False
        if error is None:
            self._pending.pop(0)
        else:
            self._failed = True
            undone = self._pending[:]
            self._pending.clear()
            for _values, old, _reason, sheet in reversed(undone):  # newest first
                if sheet is self.sheet:  # (a sheet loaded since is read after the save)
                    self._show(old)
            self.undo_stack.clear()
            fault = classify(error)
            self.refused.emit(fault.message(self.lang))
            if fault.coded is None and not reported:
                self.save_failed.emit(error)
        if not self._pending:
            self.saves_done.emit()

    def _show(self, values: Sequence[tuple[int, str, str, Any]]) -> None:
        touched: set[int] = set()
        edited: set[int] = set()
        cells: set[tuple[int, int]] = set()
        for staff_id, indicator, field_name, value in values:
            touched.update(self.sheet.set_local(staff_id, indicator, field_name, value))
            edited.add(staff_id)  # (a signed person's value changes, not the kept result)
            row = self._row_of.get(staff_id)
            col = self._value_cols.get((indicator, field_name))
            if row is not None and col is not None:
                self._errors.pop((row, col), None)
                cells.add((row, col))
        self._computed_changed(touched | edited, cells, edited)

    def _computed_changed(self, staff_ids, cells=None, edited=None) -> None:
        """Tell the views about the cells that may show something new, one cell at a time
        (a view repaints just those; a range would repaint its whole viewport): the edited
        cells, the edited people's sums, and their team-mates' team share, total and grade
        (a team-share template re-bases the whole team). Rows are worked out again when
        painted, so rows off screen cost nothing."""
        cells = set(cells or ())
        edited = set(staff_ids) if edited is None else edited
        for staff_id in staff_ids:
            row = self._row_of.get(staff_id)
            if row is None:
                continue
            if staff_id in edited:  # the person's own values changed: the whole row again
                self._cache[row] = None
                cells.update((row, c) for c in self._sums)
            else:  # a team-mate re-based: only the sums whose text moved
                cells.update((row, c) for c in self._rebased_changes(row))
        for row, column in sorted(cells):
            index = self.index(row, column)
            self.dataChanged.emit(index, index)
        self.totals_changed.emit()

    def _rebased_changes(self, row: int) -> list[int]:
        """The columns of a team-mate's row that show something new after a re-base (its team
        share and total move by a few cents; its grade seldom does): worked out now (a few
        sums), so that only those cells are painted again."""
        cached = self._cache[row]
        if cached is None:  # (not worked out yet: painted afresh anyway when shown)
            return self._rebased
        before, vetoed = [cached.texts[c] for c in self._rebased], cached.vetoed
        cached = self._row(row)
        if cached.vetoed != vetoed:
            return self._rebased
        return [c for c, text in zip(self._rebased, before, strict=True) if cached.texts[c] != text]

    def show_external(self, values: Sequence[tuple[int, str, str, Any]]) -> None:
        """Values another dialog saved (task sheet score, targets): re-score and show them."""
        if self.sheet is not None and not self.sheet.computed:
            self._show([v for v in values if v[0] in self.sheet._by_id])

    def show_events(self, staff_id: int, events: tuple) -> None:
        """A person's bonus/penalty events changed (events panel): re-score and show."""
        if self.sheet is None or self.sheet.computed or staff_id not in self.sheet._by_id:
            return
        self.sheet.person(staff_id).events = tuple(events)
        self._computed_changed(self.sheet.rescore(staff_id))

    def clear_cells(self, cells: Sequence[tuple[int, int]]) -> bool:
        return self.edit_cells(
            [(r, c, None) for r, c in cells], QCoreApplication.translate("EntryGrid", "Clear cells")
        )

    def paste_text(self, top: int, left: int, text: str) -> bool:
        """Paste a tab-separated block (copied from Excel) with its top-left cell at (top, left)."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        cells = []
        for dr, line in enumerate(lines):
            for dc, raw in enumerate(line.split("\t")):
                r, c = top + dr, left + dc
                if r < len(self.rows) and c < len(self.columns):
                    cells.append((r, c, raw))
        return self.edit_cells(cells, QCoreApplication.translate("EntryGrid", "Paste"))

    def copy_text(self, cells: Sequence[tuple[int, int]]) -> str:
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        chosen = set(cells)
        out = []
        for r in rows:
            out.append(
                "\t".join(
                    str(self.data(self.index(r, c), Qt.ItemDataRole.EditRole) or "")
                    if (r, c) in chosen
                    else ""
                    for c in cols
                )
            )
        return "\n".join(out) + "\n"

    def read_only_reason(self) -> str:
        if self.sheet is not None and self.sheet.computed:
            return QCoreApplication.translate(
                "EntryGrid", "Quarters and years are computed from the months; edit the months."
            )
        return QCoreApplication.translate(
            "EntryGrid",
            "Read-only: the period is signed and locked; only an upheld appeal can change it.",
        )

    def person_at(self, row: int) -> SheetPerson | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def column_of(self, indicator: str, field_name: str) -> int:
        for i, c in enumerate(self.columns):
            if c.kind == "value" and c.indicator == indicator and c.field == field_name:
                return i
        return -1

    def total_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.kind == "total")

    def has_errors(self) -> bool:
        """Whether a cell still holds refused input (marked red)."""
        return bool(self._errors)


def _nothing_entered(result) -> bool:
    """No indicator of *result* could be scored: nothing is entered for the period yet."""
    return bool(result.items) and not any(it.scored for it in result.items)
