"""Annual targets split into months, evenly or by the seasonal profile (seed 004), previewed
before they are written (services.targets: one transaction, the grid's lock/audit rules)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import targets as tg
from salesperf_desktop.services.entry import CellError, EntrySheet, fields_for, parse_cell
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.labels import fill

RED = "color: #b00020"
LOCKED = QColor("#e4e4e4")
FIRST_MONTH = 2  # columns: name, annual, Jan … Dec


class TargetsDialog(QDialog):
    def __init__(
        self,
        ctx,
        sheet: EntrySheet,
        staff_id: int | None,
        parent=None,
        *,
        reason_provider: Callable[[], str | None] = lambda: "",
        write: Writer,
    ):
        """*write* runs the write in the entry lane (``ui.entry.write_in_lane``)."""
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Annual targets by month"))
        self.ctx, self.sheet, self.reason_provider = ctx, sheet, reason_provider
        self.write = write
        self._saving = False
        self.applied: tg.Applied | None = None
        self.states: list[tg.MonthState] = []
        self._make_choosers(sheet, staff_id)
        self._make_split_controls()
        self._make_table()
        self._lay_out()

        self._profile = tg.load_profile(ctx.settings)
        self._filling = False
        self.table.itemChanged.connect(self._item_changed)
        self.scope_box.currentIndexChanged.connect(self._rebuild)
        self.year_spin.valueChanged.connect(self._rebuild)
        self.even_radio.toggled.connect(lambda _c: self.recompute())
        self.whole_check.toggled.connect(lambda _c: self.recompute())
        self._rebuild()
        self.resize(1180, 420)

    def _make_choosers(self, sheet: EntrySheet, staff_id: int | None) -> None:
        """The indicator, whose targets (a person or a team) and the year."""
        lang = self.ctx.lang
        self.indicator_box = QComboBox(self)
        self.indicator_box.setObjectName("targetIndicator")
        for item, template in sheet.indicators(sheet.people):
            if "target" in fields_for(item, dict(template.rater_weights)):
                self.indicator_box.addItem(item.label(lang), item.indicator)
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("targetScope")
        person = sheet.person(staff_id) if staff_id is not None else None
        if person is not None:
            self.scope_box.addItem(person.name, [person.staff_id])
            if person.team_id is not None:
                team = [p.staff_id for p in sheet.team(person.team_id)]
                self.scope_box.addItem(fill(self.tr("%1 (every member)"), person.team_name), team)
        teams: dict[int, str] = {}
        for p in sheet.people:
            if p.team_id is not None:
                teams.setdefault(p.team_id, p.team_name)
        for tid, name in teams.items():
            if person is None or tid != person.team_id:
                ids = [p.staff_id for p in sheet.team(tid)]
                self.scope_box.addItem(fill(self.tr("%1 (every member)"), name), ids)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("targetYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(sheet.month.year)

    def _make_split_controls(self) -> None:
        """Even or seasonal split, whole numbers, one annual target for all, the profile buttons."""
        self.even_radio = QRadioButton(self.tr("Evenly"), self)
        self.even_radio.setObjectName("splitEven")
        self.seasonal_radio = QRadioButton(self.tr("By the seasonal profile"), self)
        self.seasonal_radio.setObjectName("splitSeasonal")
        self.seasonal_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.even_radio)
        group.addButton(self.seasonal_radio)
        self.whole_check = QCheckBox(self.tr("Whole numbers"), self)
        self.whole_check.setObjectName("wholeNumbers")
        self.whole_check.setChecked(True)
        self.fill_edit = QLineEdit(self)
        self.fill_edit.setObjectName("fillAnnual")
        self.fill_edit.setPlaceholderText(self.tr("annual target"))
        self.fill_button = QPushButton(self.tr("Same for everyone"), self)
        self.fill_button.setObjectName("fillButton")
        self.fill_button.clicked.connect(self.fill_all)
        self.save_profile_button = QPushButton(self.tr("Save profile as default"), self)
        self.save_profile_button.setObjectName("saveProfile")
        self.save_profile_button.clicked.connect(self.save_profile)
        self.reset_profile_button = QPushButton(self.tr("Seed 004 profile"), self)
        self.reset_profile_button.setObjectName("resetProfile")
        self.reset_profile_button.clicked.connect(lambda: self.set_profile(tg.DEFAULT_PROFILE))

    def _make_table(self) -> None:
        """The table (a profile row, then one row per person), the notes and the buttons."""
        self.table = QTableWidget(0, FIRST_MONTH + 12, self)
        self.table.setObjectName("targetsTable")
        months = [Period.month(2000, m) for m in range(1, 13)]
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Annual target")]
            + [fill(self.tr("%1 M"), m.number) for m in months]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.message = QLabel(self)
        self.message.setObjectName("targetsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applyTargets")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        """Choosers on top, the split controls, the table, the notes, the buttons."""
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Indicator:"), self), 0, 0)
        grid.addWidget(self.indicator_box, 0, 1)
        grid.addWidget(QLabel(self.tr("For:"), self), 0, 2)
        grid.addWidget(self.scope_box, 0, 3)
        grid.addWidget(QLabel(self.tr("Year:"), self), 0, 4)
        grid.addWidget(self.year_spin, 0, 5)
        grid.setColumnStretch(6, 1)  # labels sit next to their fields
        split = QHBoxLayout()
        split.addWidget(QLabel(self.tr("Split:"), self))
        split.addWidget(self.even_radio)
        split.addWidget(self.seasonal_radio)
        split.addWidget(self.whole_check)
        split.addStretch(1)
        split.addWidget(self.reset_profile_button)
        split.addWidget(self.save_profile_button)
        fill_row = QHBoxLayout()
        fill_row.addWidget(self.fill_edit)
        fill_row.addWidget(self.fill_button)
        fill_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(split)
        layout.addLayout(fill_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # ----------------------------------------------------------------- table

    def staff_ids(self) -> list[int]:
        return list(self.scope_box.currentData() or [])

    def _rebuild(self) -> None:
        ids = self.staff_ids()
        self.states = tg.year_states(self.ctx, self.year_spin.value(), ids)
        self._filling = True
        self.table.setRowCount(1 + len(ids))
        head = QTableWidgetItem(self.tr("Seasonal factor"))
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(0, 0, head)
        total = QTableWidgetItem("")
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(0, 1, total)
        for m in range(12):
            self.table.setItem(0, FIRST_MONTH + m, QTableWidgetItem(fmt_number(self._profile[m])))
        for r, sid in enumerate(ids, start=1):
            name = QTableWidgetItem(self.sheet.person(sid).name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(""))
            for m in range(12):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if sid in self.states[m].locked:
                    item.setBackground(QBrush(LOCKED))
                    item.setToolTip(self.tr("Locked: this month is not changed"))
                self.table.setItem(r, FIRST_MONTH + m, item)
        self._filling = False
        locked = [s.month for s in self.states if s.locked]
        audited = [s.month for s in self.states if s.audited and not s.locked]
        notes = []
        if locked:
            notes.append(
                fill(
                    self.tr("Locked months (grey) are left unchanged: %1"),
                    ", ".join(str(m.number) for m in locked),
                )
            )
        if audited:
            notes.append(
                fill(
                    self.tr(
                        "Published months are changed with a reason, kept in the audit trail: %1"
                    ),
                    ", ".join(str(m.number) for m in audited),
                )
            )
        self.note.setText("\n".join(notes))
        self.recompute()

    def set_profile(self, factors) -> None:
        self._profile = tuple(factors)
        self._filling = True
        for m in range(12):
            self.table.item(0, FIRST_MONTH + m).setText(fmt_number(self._profile[m]))
        self._filling = False
        self.recompute()

    def fill_all(self) -> None:
        self._filling = True
        for r in range(1, self.table.rowCount()):
            self.table.item(r, 1).setText(self.fill_edit.text())
        self._filling = False
        self.recompute()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.recompute()

    def factors(self) -> tuple[float, ...]:
        """The profile as typed in the first row (ProfileError when it is not valid)."""
        values = []
        for m in range(12):
            text = self.table.item(0, FIRST_MONTH + m).text()
            try:
                values.append(float(text.replace(",", "")))
            except ValueError as exc:
                raise tg.ProfileError(text) from exc
        return tg.check_profile(values)

    def plan(self) -> tuple[dict[int, list[float]], list[str]]:
        """staff id → 12 monthly targets, and the problems found (nothing planned for them)."""
        problems: list[str] = []
        factors: tuple[float, ...] | None = None
        if self.seasonal_radio.isChecked():
            try:
                factors = self.factors()
            except tg.ProfileError:
                problems.append(self.tr("The seasonal profile needs 12 factors ≥ 0, not all 0."))
                return {}, problems
        decimals = 0 if self.whole_check.isChecked() else 2
        out: dict[int, list[float]] = {}
        for r, sid in enumerate(self.staff_ids(), start=1):
            text = self.table.item(r, 1).text()
            try:
                annual = parse_cell("target", text)
            except CellError:
                problems.append(
                    fill(
                        self.tr("%1: “%2” is not a valid target."),
                        self.sheet.person(sid).name,
                        text,
                    )
                )
                continue
            if annual is not None:
                out[sid] = tg.split(annual, factors, decimals)
        return out, problems

    def recompute(self) -> None:
        if self._filling or self.table.rowCount() == 0:
            return
        self._filling = True  # the changes below signal itemChanged
        try:
            self._recompute()
        finally:
            self._filling = False

    def _recompute(self) -> None:
        seasonal = self.seasonal_radio.isChecked()
        for m in range(12):
            item = self.table.item(0, FIRST_MONTH + m)
            flags = Qt.ItemFlag.ItemIsEnabled
            if seasonal:
                flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags)
            item.setForeground(QBrush(QColor("#000000" if seasonal else "#999999")))
        self.save_profile_button.setEnabled(seasonal)
        self.reset_profile_button.setEnabled(seasonal)
        plan, problems = self.plan()
        for r, sid in enumerate(self.staff_ids(), start=1):
            months = plan.get(sid)
            for m in range(12):
                text = "" if months is None else fmt_number(months[m])
                self.table.item(r, FIRST_MONTH + m).setText(text)
        self.message.setText("\n".join(problems[:6]))
        self.apply_button.setEnabled(bool(plan) and not problems)

    # ----------------------------------------------------------------- actions

    def save_profile(self) -> None:
        try:
            factors = self.factors()
        except tg.ProfileError:
            self.message.setText(self.tr("The seasonal profile needs 12 factors ≥ 0, not all 0."))
            return
        tg.save_profile(self.ctx.settings, factors)
        self._profile = factors
        self.message.setText("")
        self.note.setText(self.tr("Seasonal profile saved."))

    def apply(self) -> bool:
        """Write the plan in the background (True: started); the dialog closes once it is
        written."""
        plan, problems = self.plan()
        if problems or not plan:
            return False
        indicator = self.indicator_box.currentData()
        year = self.year_spin.value()
        skip = False
        if any(s.locked for s in self.states):
            months = ", ".join(str(s.month.number) for s in self.states if s.locked)
            answer = QMessageBox.question(
                self,
                self.tr("Locked months"),
                fill(
                    self.tr(
                        "Months %1 are signed and locked; their targets cannot change. "
                        "Write the other months?"
                    ),
                    months,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            skip = True
        reason = ""
        if any(s.audited and not s.locked for s in self.states):
            reason = self.reason_provider()
            if reason is None:
                return False
        ctx = self.ctx
        self._set_saving(True)
        self.write(
            lambda: tg.apply_targets(ctx, indicator, year, plan, reason=reason, skip_locked=skip),
            self._applied,
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        """While the targets are written (a published month re-scores) the dialog waits."""
        self._saving = saving
        for w in (self.table, self.buttons, self.indicator_box, self.scope_box, self.year_spin):
            w.setEnabled(not saving)
        for w in (self.even_radio, self.seasonal_radio, self.whole_check, self.fill_edit):
            w.setEnabled(not saving)
        self.fill_button.setEnabled(not saving)
        if saving:
            self.message.setText("")
        else:
            self.recompute()  # the buttons as the table allows

    def _applied(self, outcome) -> None:
        """Written: the dialog closes (the tab reloads); refused: said here, the plan kept."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        error = outcome.error
        if isinstance(error, tg.TargetsLocked):
            self.message.setText(
                fill(
                    self.tr("Not written: months %1 are locked."),
                    ", ".join(str(m.number) for m in error.months),
                )
            )
            return
        if error is not None:
            self.message.setText(outcome.message)
            return
        self.applied = outcome.result
        self.accept()

    def reject(self) -> None:
        if not self._saving:  # not while the targets are being written
            super().reject()
