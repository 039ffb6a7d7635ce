"""奖金核算 (File ▸ Bonus sheet…): the bonus sheet of a published period for finance.

The officer picks a published period and sees the sheet (computed in the background); she sets
the base bonus per role and person, the commission and points rules, the team bonus pools,
records who prepared, checked and approved the sheet, and exports it to Excel. All the work is
in ``services.bonus`` / ``services.bonus_export``; this is the window onto it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.bonus import AMOUNT_FIELDS, BonusSettings
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import bonus
from salesperf_desktop.services.bonus_export import (
    COLUMNS,
    export_bonus_sheet,
    file_name,
    line_note,
)
from salesperf_desktop.services.periods import published_periods
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.file_dialogs import get_save_file_name
from salesperf_desktop.ui.labels import fill, role_label
from salesperf_desktop.ui.tasks import TaskOutcome
from salesperf_desktop.ui.ui_context import UiContext

LANE = "bonus-sheet"


def _yuan(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def _refused(parent: QWidget, title: str, exc: bonus.BonusError, lang: str) -> None:
    QMessageBox.warning(parent, title, exc.message(lang))


class BonusSheetModel(QAbstractTableModel):
    """The sheet's rows and a totals row (read-only)."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self._lang = lang
        self._sheet: bonus.BonusSheet | None = None

    def show(self, sheet: bonus.BonusSheet | None) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._sheet is None:
            return 0
        return len(self._sheet.lines) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return render(f"bonus.col.{COLUMNS[section]}", {}, self._lang)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if self._sheet is None or not index.isValid():
            return None
        key = COLUMNS[index.column()]
        amount = key in AMOUNT_FIELDS or key == "payable"
        if role == Qt.ItemDataRole.TextAlignmentRole and (amount or key == "coefficient"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() == len(self._sheet.lines):  # the totals row
            if index.column() == 0:
                return render("bonus.totals", {}, self._lang)
            return _yuan(self._sheet.totals[key]) if amount else None
        line = self._sheet.lines[index.row()]
        if key == "payable":
            return _yuan(line.payable)
        if amount:
            return _yuan(getattr(line, key))
        if key == "coefficient":
            return f"{line.coefficient:.2f}"
        if key == "role":
            return role_label(line.role)
        if key == "note":
            return line_note(line, self._lang)
        return getattr(line, key)


class BonusDialog(QDialog):
    """The 奖金核算 page: period, sheet, settings, team pools, approval, export."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui, self.ctx = ui, ui.ctx
        self.lang = ui.lang
        self.sheet: bonus.BonusSheet | None = None
        self.setWindowTitle(self.tr("Bonus sheet"))
        self.period = QComboBox()
        for choice in published_periods(self.ctx):
            period = Period.parse(choice.key)
            self.period.addItem(period.label(self.lang), choice.key)
        self.period.currentIndexChanged.connect(self.reload)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = BonusSheetModel(self.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.settings_button = QPushButton(self.tr("Bonus settings…"))
        self.pools_button = QPushButton(self.tr("Team bonus pools…"))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw approval…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.pools_button.clicked.connect(self.edit_pools)
        self.approve_button.clicked.connect(self.approve)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for b in (
            self.settings_button,
            self.pools_button,
            self.approve_button,
            self.withdraw_button,
            self.export_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1280, 560)
        if self.period.count() == 0:
            self.status.setText(
                self.tr("No published period yet: publish a period's results first.")
            )
        self._enable()
        self.reload()

    # ------------------------------------------------------------------ state
    def current_period(self) -> Period | None:
        key = self.period.currentData()
        return Period.parse(key) if key else None

    def _enable(self) -> None:
        has = self.sheet is not None
        frozen = has and self.sheet.frozen
        self.settings_button.setEnabled(self.period.count() > 0)
        self.pools_button.setEnabled(has and not frozen)
        self.approve_button.setEnabled(has and not frozen)
        self.withdraw_button.setEnabled(frozen)
        self.export_button.setEnabled(has)

    def reload(self) -> None:
        """Compute (or read the approved) sheet of the chosen period in the background."""
        period = self.current_period()
        if period is None:
            return
        ctx, lang = self.ctx, self.lang

        def work(cancel):
            return (yield from bonus.bonus_sheet_task(ctx, period, lang=lang))

        def done(outcome: TaskOutcome) -> None:
            if outcome.error is not None or outcome.cancelled:
                if isinstance(outcome.error, bonus.BonusError):
                    self.status.setText(outcome.error.message(lang))
                return
            if self.current_period() != period:
                return  # another period was chosen meanwhile
            self.show_sheet(outcome.result)

        self.ui.tasks.run(
            self.tr("Computing the bonus sheet…"),
            work,
            done,
            self,
            show_dialog=False,
            latest=LANE,
        )

    def show_sheet(self, sheet: bonus.BonusSheet) -> None:
        self.sheet = sheet
        self.model.show(sheet)
        self.status.setText(sheet.status_text(self.lang))
        self._enable()

    # ------------------------------------------------------------------ actions
    def edit_settings(self) -> None:
        period = self.current_period()
        with deleted_after(BonusSettingsDialog(self.ui, period, self)) as dialog:
            if dialog.exec():
                self.reload()

    def edit_pools(self) -> None:
        period = self.current_period()
        if self.sheet is None or period is None:
            return
        with deleted_after(TeamPoolDialog(self.sheet, self)) as dialog:
            if not dialog.exec():
                return
            try:
                for team_id, yuan in dialog.changed().items():
                    bonus.set_team_pool(self.ctx, period, team_id, yuan)
            except bonus.BonusError as exc:
                _refused(self, self.windowTitle(), exc, self.lang)
        self.reload()

    def approve(self) -> None:
        period = self.current_period()
        if period is None:
            return
        with deleted_after(ApprovalDialog(self.ui, self)) as dialog:
            if not dialog.exec():
                return
            names, on = dialog.names(), dialog.on()
        try:
            sheet = bonus.approve_sheet(
                self.ctx,
                period,
                prepared_by=names[0],
                checked_by=names[1],
                approved_by=names[2],
                on=on,
                lang=self.lang,
            )
        except bonus.BonusError as exc:
            _refused(self, self.windowTitle(), exc, self.lang)
            return
        self.show_sheet(sheet)

    def withdraw(self) -> None:
        period = self.current_period()
        if period is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw approval"), self.tr("Reason (kept in the audit trail):")
        )
        if not ok:
            return
        try:
            bonus.withdraw_approval(self.ctx, period, reason=reason)
        except bonus.BonusError as exc:
            _refused(self, self.windowTitle(), exc, self.lang)
            return
        self.reload()

    def export(self) -> None:
        period = self.current_period()
        if period is None:
            return
        path, _ = get_save_file_name(
            self,
            self.tr("Export the bonus sheet"),
            file_name(period, self.lang),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        ctx, lang, target = self.ctx, self.lang, Path(path)

        def work(cancel):
            return (yield from export_bonus_sheet(ctx, period, target, lang=lang))

        def done(outcome: TaskOutcome) -> None:
            if outcome.error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.windowTitle(), outcome.message)
            elif not outcome.cancelled:
                self.status.setText(fill(self.tr("Bonus sheet exported to %1"), target))

        self.ui.tasks.run(self.tr("Exporting the bonus sheet…"), work, done, self)


def _amount_item(value: float | None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else f"{value:g}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _read_amount(item: QTableWidgetItem | None) -> float | None:
    text = (item.text() if item else "").replace(",", "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return float("nan")  # refused by the service with the row named


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class BonusSettingsDialog(QDialog):
    """Base bonus and monthly pay per role and per person, commission, points, pool unit."""

    def __init__(self, ui: UiContext, period: Period | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.lang = ui.ctx, ui.lang
        self.setWindowTitle(self.tr("Bonus settings"))
        record = bonus.current_settings(self.ctx)
        s = record.settings
        roles = sorted(
            {*(bonus.roles_on_sheet(self.ctx, period) if period else []), *s.base_by_role}
        )
        people = bonus.people_on_sheet(self.ctx, period) if period else []

        self.roles = QTableWidget(len(roles), 3)
        self.roles.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Base bonus (yuan/month)"), self.tr("Monthly pay (yuan)")]
        )
        for r, role in enumerate(roles):
            item = _fixed(role_label(role))
            item.setData(Qt.ItemDataRole.UserRole, role)
            self.roles.setItem(r, 0, item)
            self.roles.setItem(r, 1, _amount_item(s.base_by_role.get(role)))
            self.roles.setItem(r, 2, _amount_item(s.pay_by_role.get(role)))
        self.people = QTableWidget(len(people), 4)
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Own base bonus (yuan/month)"),
                self.tr("Own monthly pay (yuan)"),
            ]
        )
        for r, (employee_no, name) in enumerate(people):
            self.people.setItem(r, 0, _fixed(employee_no))
            self.people.setItem(r, 1, _fixed(name))
            self.people.setItem(r, 2, _amount_item(s.base_by_person.get(employee_no)))
            self.people.setItem(r, 3, _amount_item(s.pay_by_person.get(employee_no)))
        for table in (self.roles, self.people):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.verticalHeader().hide()

        self.indicator = QComboBox()
        self.indicator.addItem(self.tr("No commission"), "")
        for code, name in bonus.commission_choices(self.ctx, period) if period else []:
            self.indicator.addItem(name, code)
        found = self.indicator.findData(s.commission_indicator)
        self.indicator.setCurrentIndex(max(found, 0))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 100)
        self.rate.setDecimals(3)
        self.rate.setSuffix(" %")
        self.rate.setValue(s.commission_rate * 100)
        self.per_point = QDoubleSpinBox()
        self.per_point.setRange(0, 100000)
        self.per_point.setDecimals(2)
        self.per_point.setValue(s.yuan_per_point)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("whole yuan"), "yuan")
        self.unit.addItem(self.tr("fen"), "fen")
        self.unit.setCurrentIndex(max(self.unit.findData(s.pool_unit), 0))

        self.year_pays_all = QCheckBox(
            self.tr(
                "The year's sheet also pays the base bonus × 12, commission, points and fines "
                "(otherwise only the compliance bonus and the year's team pools)"
            )
        )
        self.year_pays_all.setChecked(s.year_pays_all)
        form = QFormLayout()
        form.addRow(self.tr("Commission on the actual of:"), self.indicator)
        form.addRow(self.tr("Commission rate:"), self.rate)
        form.addRow(self.tr("Yuan per bonus/penalty point (0: none):"), self.per_point)
        form.addRow(self.tr("Team pool shares rounded to:"), self.unit)
        form.addRow(self.year_pays_all)
        hint = QLabel(
            self.tr(
                "Common practice (no seed sets these amounts): the base bonus is set per month "
                "(a quarter's sheet pays 3 months); a person's own amount replaces the role's; "
                "the annual compliance bonus (seed 002) is one month's pay, or one month's base "
                "bonus when no pay is recorded."
            )
        )
        hint.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Per role:")))
        layout.addWidget(self.roles)
        layout.addWidget(QLabel(self.tr("Per person (empty: the role's amount):")))
        layout.addWidget(self.people, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(box)
        self.resize(720, 640)

    def settings(self) -> BonusSettings:
        def column(table: QTableWidget, key_col: int, col: int, user: bool) -> dict[str, float]:
            out = {}
            for r in range(table.rowCount()):
                key_item = table.item(r, key_col)
                key = key_item.data(Qt.ItemDataRole.UserRole) if user else key_item.text()
                value = _read_amount(table.item(r, col))
                if value is not None:
                    out[key] = value
            return out

        return BonusSettings(
            base_by_role=column(self.roles, 0, 1, True),
            pay_by_role=column(self.roles, 0, 2, True),
            base_by_person=column(self.people, 0, 2, False),
            pay_by_person=column(self.people, 0, 3, False),
            commission_indicator=self.indicator.currentData() or "",
            commission_rate=round(self.rate.value() / 100, 6),
            yuan_per_point=self.per_point.value(),
            pool_unit=self.unit.currentData(),
            year_pays_all=self.year_pays_all.isChecked(),
        )

    def save(self) -> None:
        for table in (self.roles, self.people):  # a cell still being edited counts as typed
            table.setCurrentIndex(QModelIndex())
        try:
            bonus.save_settings(self.ctx, self.settings())
        except bonus.BonusError as exc:
            _refused(self, self.windowTitle(), exc, self.lang)
            return
        self.accept()


class TeamPoolDialog(QDialog):
    """The team bonus pools of the period (元); split by score on the sheet."""

    def __init__(self, sheet: bonus.BonusSheet, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team bonus pools"))
        self._pools = sheet.pools
        self.table = QTableWidget(len(sheet.pools), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Pool (yuan)")])
        for r, pool in enumerate(sheet.pools):
            self.table.setItem(r, 0, _fixed(pool.name))
            self.table.setItem(r, 1, _amount_item(pool.yuan or None))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        hint = QLabel(
            self.tr(
                "A pool is split among the team's members in proportion to their total score; "
                "each share is rounded down, the remainder goes to the highest score; a vetoed "
                "member gets no share (common practice)."
            )
        )
        hint.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(box)
        self.resize(460, 320)

    def changed(self) -> dict[int, float]:
        out = {}
        for r, pool in enumerate(self._pools):
            value = _read_amount(self.table.item(r, 1)) or 0.0
            if value != pool.yuan:
                out[pool.team_id] = value
        return out


class ApprovalDialog(QDialog):
    """Who prepared, checked and approved the sheet, and when (the sheet is then frozen)."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the bonus sheet"))
        self.prepared = QLineEdit(ui.ctx.actor)
        self.checked = QLineEdit()
        self.approved = QLineEdit()
        self.date = QDateEdit(QDate(ui.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("Prepared by:"), self.prepared)
        form.addRow(self.tr("Checked by:"), self.checked)
        form.addRow(self.tr("Approved by:"), self.approved)
        form.addRow(self.tr("Date:"), self.date)
        note = QLabel(self.tr("An approved sheet is frozen; a later change needs a new approval."))
        note.setWordWrap(True)
        form.addRow(note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def names(self) -> list[str]:
        return [self.prepared.text(), self.checked.text(), self.approved.text()]

    def on(self):
        return self.date.date().toPython()
