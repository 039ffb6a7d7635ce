"""The ledger layout of the import dialog: profile, date and salesperson columns, months, and
which column feeds which indicator (with its aggregation and filters).

The panel only edits a ``LedgerMapping``; checking and importing stay in the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.ledger import split_values
from salesperf_desktop.services.ledger_import import (
    LedgerMapping,
    RowFilter,
    ValueMap,
    delete_alias,
    indicator_choices,
    list_aliases,
    list_profiles,
    save_profile,
)
from salesperf_desktop.ui.table_model import RowsTableModel

if TYPE_CHECKING:
    from salesperf_desktop.app_context import AppContext

DATE_WORDS = ("日期", "date", "单据日期", "單據日期")
PERSON_WORDS = ("业务员", "業務員", "销售员", "銷售員", "工号", "工號", "姓名", "salesperson")

# mapping table columns
COL_COLUMN, COL_INDICATOR, COL_FIELD, COL_AGG, COL_FILTER, COL_VALUES = range(6)


class LedgerPanel(QWidget):
    """Edits the ledger mapping; ``profile_saved`` tells the dialog a profile was stored."""

    profile_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerPanel")
        self.ctx = ctx
        self.headers: list[tuple[str, str]] = []  # (letter, header text) of the header row
        self.indicators = indicator_choices(ctx)
        self.profile_box = QComboBox(self)
        self.profile_box.setObjectName("ledgerProfile")
        self.profile_box.setMinimumWidth(260)
        self.save_profile_button = QPushButton(self.tr("Save as profile…"), self)
        self.save_profile_button.setObjectName("ledgerSaveProfile")
        self.save_profile_button.clicked.connect(self._ask_profile_name)
        self.date_box = self._column_box("ledgerDate")
        self.person_box = self._column_box("ledgerPerson")
        self.first_month = QLineEdit(self)
        self.first_month.setObjectName("ledgerFirstMonth")
        self.first_month.setPlaceholderText("2026-01")
        self.last_month = QLineEdit(self)
        self.last_month.setObjectName("ledgerLastMonth")
        self.last_month.setPlaceholderText("2026-06")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("ledgerMappings")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Add up as"),
                self.tr("Only rows where column"),
                self.tr("is one of (、 between values)"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("Add a column"), self)
        self.add_button.setObjectName("ledgerAddMapping")
        self.add_button.clicked.connect(lambda: self.add_mapping())
        self.remove_button = QPushButton(self.tr("Remove the selected column"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.aliases_button = QPushButton(self.tr("Remembered names…"), self)
        self.aliases_button.setObjectName("ledgerAliases")
        self.aliases_button.clicked.connect(self._show_aliases)
        self._layout()
        self.profile_box.activated.connect(self._profile_chosen)
        self.reload_profiles()

    def _layout(self) -> None:
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.save_profile_button)
        months = QHBoxLayout()
        months.addWidget(self.first_month)
        months.addWidget(QLabel(self.tr("to"), self))
        months.addWidget(self.last_month)
        months.addWidget(QLabel(self.tr("(empty: every month of the ledger)"), self), 1)
        form = QFormLayout()
        form.addRow(self.tr("Profile:"), profile_row)
        form.addRow(self.tr("Date column:"), self.date_box)
        form.addRow(self.tr("Salesperson column (ID or name):"), self.person_box)
        form.addRow(self.tr("Months to import:"), months)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.aliases_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns to import:"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # ----------------------------------------------------------------- widgets

    def _column_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setEditable(True)
        box.setMinimumWidth(200)
        return box

    def _fill_column_box(self, box: QComboBox, blank: bool = False) -> None:
        text = box.currentText()
        box.clear()
        if blank:
            box.addItem("", "")
        for letter, header in self.headers:
            if header:
                box.addItem(f"{letter}: {header}", header)
        self._select(box, text)

    @staticmethod
    def _select(box: QComboBox, spec: str) -> None:
        """Show the column named *spec* (header text or letter)."""
        index = box.findData(spec)
        if index < 0:
            index = next(
                (i for i in range(box.count()) if box.itemText(i).split(": ", 1)[0] == spec), -1
            )
        if index >= 0:
            box.setCurrentIndex(index)
        else:
            box.setEditText(spec or "")

    @staticmethod
    def _spec(box: QComboBox) -> str:
        text = box.currentText().strip()
        index = box.findText(text)
        if index >= 0 and box.itemData(index):
            return str(box.itemData(index))
        return text.split(": ", 1)[-1] if ": " in text else text

    def set_headers(self, headers: list[tuple[str, str]]) -> None:
        """The header row of the chosen ledger: every column chooser offers its columns; the
        date and salesperson columns are guessed from their headers while still unset."""
        self.headers = headers
        for box, words in ((self.date_box, DATE_WORDS), (self.person_box, PERSON_WORDS)):
            self._fill_column_box(box)
            if not box.currentText().strip():
                guess = next((h for _, h in headers if any(w in h.casefold() for w in words)), "")
                self._select(box, guess)
        for row in range(self.table.rowCount()):
            self._fill_column_box(self.table.cellWidget(row, COL_COLUMN))
            self._fill_column_box(self.table.cellWidget(row, COL_FILTER), blank=True)

    def add_mapping(self, value: ValueMap | None = None) -> int:
        """A row of the mapping table (empty, or showing *value*); returns its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        column = self._column_box(f"ledgerColumn{row}")
        self._fill_column_box(column)
        indicator = QComboBox(self)
        indicator.setObjectName(f"ledgerIndicator{row}")
        for choice in self.indicators:
            indicator.addItem(choice.name, choice.code)
        field = QComboBox(self)
        field.setObjectName(f"ledgerField{row}")
        for code, label in (
            ("actual", self.tr("Actual")),
            ("target", self.tr("Target")),
            ("base", self.tr("Base")),
        ):
            field.addItem(label, code)
        aggregation = QComboBox(self)
        aggregation.setObjectName(f"ledgerAggregation{row}")
        for code, label in (
            ("sum", self.tr("Sum")),
            ("count", self.tr("Number of rows")),
            ("count_distinct", self.tr("Number of different values")),
        ):
            aggregation.addItem(label, code)
        filter_column = self._column_box(f"ledgerFilterColumn{row}")
        self._fill_column_box(filter_column, blank=True)
        values = QLineEdit(self)
        values.setObjectName(f"ledgerFilterValues{row}")
        values.setPlaceholderText(self.tr("e.g. 新产品"))
        for col, widget in enumerate(
            (column, indicator, field, aggregation, filter_column, values)
        ):
            self.table.setCellWidget(row, col, widget)
        if value is not None:
            self._select(column, value.column)
            indicator.setCurrentIndex(max(0, indicator.findData(value.indicator)))
            field.setCurrentIndex(max(0, field.findData(value.field)))
            aggregation.setCurrentIndex(max(0, aggregation.findData(value.aggregation)))
            if value.filters:
                self._select(filter_column, value.filters[0].column)
                values.setText("、".join(value.filters[0].values))
        self.table.resizeColumnsToContents()
        return row

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    # ----------------------------------------------------------------- mapping

    def set_mapping(self, mapping: LedgerMapping) -> None:
        self._select(self.date_box, mapping.date_column)
        self._select(self.person_box, mapping.person_column)
        self.table.setRowCount(0)
        for value in mapping.values:
            self.add_mapping(value)

    def mapping(self, sheet: str | None, header_row: int | None) -> LedgerMapping:
        values = []
        for row in range(self.table.rowCount()):
            column = self._spec(self.table.cellWidget(row, COL_COLUMN))
            if not column:
                continue
            filter_column = self._spec(self.table.cellWidget(row, COL_FILTER))
            wanted = split_values(self.table.cellWidget(row, COL_VALUES).text())
            values.append(
                ValueMap(
                    column=column,
                    indicator=self.table.cellWidget(row, COL_INDICATOR).currentData(),
                    field=self.table.cellWidget(row, COL_FIELD).currentData(),
                    aggregation=self.table.cellWidget(row, COL_AGG).currentData(),
                    filters=[RowFilter(filter_column, list(wanted))]
                    if filter_column and wanted
                    else [],
                )
            )
        return LedgerMapping(
            date_column=self._spec(self.date_box),
            person_column=self._spec(self.person_box),
            values=values,
            sheet=sheet,
            header_row=header_row,
            first_month=self.first_month.text().strip() or None,
            last_month=self.last_month.text().strip() or None,
        )

    # ----------------------------------------------------------------- profiles

    def reload_profiles(self, current: str | None = None) -> None:
        """The saved profiles, the most recently used first (and shown)."""
        self.profiles = {p.name: p.mapping for p in list_profiles(self.ctx)}
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("(no profile: map the columns below)"), "")
        for name in self.profiles:
            self.profile_box.addItem(name, name)
        index = self.profile_box.findData(current) if current else (1 if self.profiles else 0)
        self.profile_box.setCurrentIndex(max(0, index))

    def use_current_profile(self) -> None:
        """Fill the mapping from the profile shown (the most recent one when the dialog opens)."""
        name = self.profile_box.currentData()
        if name:
            self.set_mapping(self.profiles[name])

    def _profile_chosen(self, _index: int) -> None:
        self.use_current_profile()

    def current_profile(self) -> str | None:
        return self.profile_box.currentData() or None

    def _ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as profile"),
            self.tr("Name of the profile (e.g. 用友 U8 销售明细):"),
            text=self.current_profile() or "",
        )
        if ok and name.strip():
            self.save_as(name.strip())

    def _show_aliases(self) -> None:
        dialog = AliasesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_as(self, name: str) -> None:
        save_profile(self.ctx, name, self.mapping(None, None))
        self.reload_profiles(current=name)
        self.profile_saved.emit(name)


class AliasesDialog(QDialog):
    """How the ERP writes people, as remembered in the preview; a wrong one can be forgotten."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerAliasesDialog")
        self.setWindowTitle(self.tr("Remembered names"))
        self.ctx = ctx
        self.model = RowsTableModel(
            [self.tr("In the ledger"), self.tr("Employee ID"), self.tr("Name")], self
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.forget_button = QPushButton(self.tr("Forget the selected name"), self)
        self.forget_button.setObjectName("ledgerForgetAlias")
        self.forget_button.clicked.connect(self._forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Names the ledger writes differently from the staff register:"), self)
        )
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.forget_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(520, 360)
        self.reload()

    def reload(self) -> None:
        aliases = list_aliases(self.ctx)
        self.model.set_rows(
            [(a.shown, a.employee_no, a.name) for a in aliases], [a.shown for a in aliases]
        )

    def _forget(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            delete_alias(self.ctx, self.model.key(index.row()))
            self.reload()
