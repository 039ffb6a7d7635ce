"""Import targets/actuals: choose the file, map its columns, preview, apply (in the background).

Three layouts: one row per person × indicator × month, one column per indicator (wide), and an
ERP sales ledger (one row per sale, added up per person and month; ``LedgerPanel``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services import choices
from salesperf_desktop.services.ledger_import import (
    LedgerPlan,
    header_columns,
    last_layout,
    plan_ledger_import,
    remember_layout,
    save_alias,
    sheet_preview,
    touch_profile,
)
from salesperf_desktop.services.metrics_import import (
    ColumnMapping,
    apply_import,
    load_mapping,
    plan_import,
    save_mapping,
    sheet_headers,
)
from salesperf_desktop.ui.entry.ledger_panel import LedgerPanel
from salesperf_desktop.ui.labels import fill

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext
from salesperf_desktop.ui.file_dialogs import get_open_file_name
from salesperf_desktop.ui.table_model import RowsTableModel

MAPPED_FIELDS = ("employee_id", "month", "indicator", "target", "actual", "base")


class ImportDialog(QDialog):
    """``imported`` carries the confirmation (what was written) for the tab to show."""

    imported = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importMetricsDialog")
        self.setWindowTitle(self.tr("Import targets and actuals"))
        self.ctx, self.tasks, self.events = ui.ctx, ui.tasks, ui.events
        self.plan = None
        self.batch_id: int | None = None
        mapping = load_mapping(self.ctx)
        self.form = self._make_mapping_form(mapping)
        self.ledger_panel = LedgerPanel(self.ctx, self)
        self._make_preview()
        self._make_alias_row()

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.ledger_panel, 1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        layout.addLayout(check_row)
        layout.addWidget(self.notes)
        layout.addWidget(self.alias_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.file_edit.editingFinished.connect(self._fill_headers)
        self.header_spin.valueChanged.connect(self._header_row_changed)
        for radio in (self.long_radio, self.wide_radio, self.ledger_radio):
            radio.toggled.connect(self._layout_changed)
        if last_layout(self.ctx) == "ledger":
            self.ledger_radio.setChecked(True)
        self._layout_changed()
        self.resize(1000, 720)

    def is_ledger(self) -> bool:
        return self.ledger_radio.isChecked()

    def _layout_changed(self, *_args) -> None:
        """Show the ledger panel or the table layouts' column choosers."""
        ledger = self.is_ledger()
        for box in self.column_boxes.values():
            self.form.setRowVisible(box, not ledger)
        self.form.setRowVisible(self.month_edit, not ledger)
        self.ledger_panel.setVisible(ledger)
        if ledger and not self.ledger_panel.table.rowCount():
            self.ledger_panel.use_current_profile()
        self._fill_headers()

    def _make_mapping_form(self, mapping: ColumnMapping) -> QFormLayout:
        """The workbook, its layout and sheet, and which column holds what (as used last time)."""
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)

        self.long_radio = QRadioButton(self.tr("One row per person, indicator and month"), self)
        self.wide_radio = QRadioButton(self.tr("One column per indicator (wide)"), self)
        self.ledger_radio = QRadioButton(
            self.tr("ERP sales ledger: one row per sale, added up per person and month"), self
        )
        self.ledger_radio.setObjectName("importLedgerLayout")
        (self.wide_radio if mapping.layout == "wide" else self.long_radio).setChecked(True)
        self.wide_field = QComboBox(self)
        for code, label in (
            ("actual", self.tr("Actual")),
            ("target", self.tr("Target")),
            ("base", self.tr("Base")),
        ):
            self.wide_field.addItem(label, code)
        self.wide_field.setCurrentIndex(max(0, self.wide_field.findData(mapping.wide_field)))
        self.sheet_edit = QLineEdit(mapping.sheet or "", self)
        self.sheet_edit.setPlaceholderText(self.tr("first visible sheet"))
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 1000)
        self.header_spin.setValue(mapping.header_row)
        self.month_edit = QLineEdit(mapping.fixed_month or "", self)
        self.month_edit.setObjectName("importFixedMonth")
        self.month_edit.setPlaceholderText("2026-09")

        self.column_boxes: dict[str, QComboBox] = {}
        labels = {
            "employee_id": self.tr("Employee ID column"),
            "month": self.tr("Month column"),
            "indicator": self.tr("Indicator column"),
            "target": self.tr("Target column"),
            "actual": self.tr("Actual column"),
            "base": self.tr("Base column (growth)"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Workbook:"), file_row)
        form.addRow(self.tr("Layout:"), self.long_radio)
        wide_row = QHBoxLayout()
        wide_row.addWidget(self.wide_radio)
        wide_row.addWidget(self.wide_field)
        wide_row.addStretch(1)
        form.addRow("", wide_row)
        form.addRow("", self.ledger_radio)
        form.addRow(self.tr("Sheet:"), self.sheet_edit)
        form.addRow(self.tr("Header row:"), self.header_spin)
        for f in MAPPED_FIELDS:
            box = QComboBox(self)
            box.setObjectName(f"map_{f}")
            box.setEditable(True)
            box.setMinimumWidth(220)
            box.setEditText(getattr(mapping, f) or "")
            self.column_boxes[f] = box
            form.addRow(labels[f], box)
        form.addRow(self.tr("Month for all rows (no month column):"), self.month_edit)
        return form

    def _make_preview(self) -> None:
        """Check, the summary line, the preview table and the Import button."""
        self.check_button = QPushButton(self.tr("Check and preview"), self)
        self.check_button.setObjectName("importCheck")
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview_model = RowsTableModel([], self)
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(120)
        self.notes = QLabel(self)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("importApply")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    # ----------------------------------------------------------------- mapping

    def _browse(self) -> None:
        path, _ = get_open_file_name(
            self, self.tr("Workbook to import"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.file_edit.setText(path)
            self._fill_headers()

    def _make_alias_row(self) -> None:
        """Unknown names in the ledger: remember which employee each one is, then check again."""
        self.alias_row = QWidget(self)
        self.alias_name = QComboBox(self.alias_row)
        self.alias_name.setObjectName("aliasName")
        self.alias_staff = QComboBox(self.alias_row)
        self.alias_staff.setObjectName("aliasStaff")
        self.alias_button = QPushButton(self.tr("Remember and check again"), self.alias_row)
        self.alias_button.setObjectName("aliasRemember")
        self.alias_button.clicked.connect(self._remember_alias)
        row = QHBoxLayout(self.alias_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("The ledger's"), self.alias_row))
        row.addWidget(self.alias_name, 1)
        row.addWidget(QLabel(self.tr("is"), self.alias_row))
        row.addWidget(self.alias_staff, 1)
        row.addWidget(self.alias_button)
        self.alias_row.hide()

    def _show_alias_row(self, names: list[str]) -> None:
        self.alias_name.clear()
        self.alias_name.addItems(names)
        if not self.alias_staff.count():
            for person in choices.people(self.ctx):
                self.alias_staff.addItem(f"{person.employee_no} {person.name}", person.employee_no)
        self.alias_row.setVisible(bool(names))

    def _remember_alias(self) -> None:
        shown, employee_no = self.alias_name.currentText(), self.alias_staff.currentData()
        if shown and employee_no:
            save_alias(self.ctx, shown, employee_no)
            self.check()

    def _header_row_changed(self, _value: int) -> None:
        if self.is_ledger():
            path = Path(self.file_edit.text().strip())
            if path.is_file():
                self.ledger_panel.set_headers(
                    header_columns(
                        path, self.sheet_edit.text().strip() or None, self.header_spin.value()
                    )
                )

    def _fill_headers(self) -> None:
        path = Path(self.file_edit.text().strip())
        if not path.is_file():
            return
        if self.is_ledger():
            found = sheet_preview(path, self.sheet_edit.text().strip() or None)
            if found is not None:
                header_row, headers = found
                self.header_spin.blockSignals(True)
                self.header_spin.setValue(header_row)
                self.header_spin.blockSignals(False)
                self.ledger_panel.set_headers(headers)
            return
        headers = sheet_headers(
            path, self.sheet_edit.text().strip() or None, self.header_spin.value()
        )
        for box in self.column_boxes.values():
            text = box.currentText()
            box.clear()
            box.addItem("")
            for letter, header in headers:
                box.addItem(f"{letter}: {header}" if header else letter, header or letter)
            box.setEditText(text)

    def mapping(self) -> ColumnMapping:
        def spec(f: str) -> str | None:
            box = self.column_boxes[f]
            text = box.currentText().strip()
            index = box.findText(text)
            if index > 0 and box.itemData(index):
                text = box.itemData(index)
            return text or None

        return ColumnMapping(
            employee_id=spec("employee_id") or "",
            indicator=spec("indicator"),
            month=spec("month"),
            target=spec("target"),
            actual=spec("actual"),
            base=spec("base"),
            sheet=self.sheet_edit.text().strip() or None,
            header_row=self.header_spin.value(),
            layout="wide" if self.wide_radio.isChecked() else "long",
            wide_field=self.wide_field.currentData(),
            fixed_month=self.month_edit.text().strip() or None,
        )

    # ----------------------------------------------------------------- plan / apply

    def check(self) -> None:
        path = self.file_edit.text().strip()
        self.plan = None
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.notes.hide()
        self.alias_row.hide()
        ctx = self.ctx
        if self.is_ledger():
            ledger = self.ledger_panel.mapping(
                self.sheet_edit.text().strip() or None, self.header_spin.value()
            )

            def work(cancel):
                return plan_ledger_import(ctx, path, ledger, cancel=cancel)
        else:
            mapping = self.mapping()

            def work(cancel):
                return plan_import(ctx, path, mapping, cancel=cancel)

        self.tasks.run(self.tr("Checking the workbook"), work, self._planned, self)

    def _planned(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            self.summary.setText(self.tr("Cancelled.") if outcome.cancelled else outcome.message)
            return
        plan = self.plan = outcome.result
        if isinstance(plan, LedgerPlan):
            self._show_ledger_notes(plan)
            self._show_alias_row(plan.unknown_people)
        if plan.problems:
            self.preview_model.set_headers([self.tr("Where"), self.tr("Problem")])
            self.preview_model.set_rows([(p.location, p.message) for p in plan.problems])
            self.summary.setText(
                fill(
                    self.tr(
                        "%1 problem(s): fix the workbook and check again; nothing will be imported."
                    ),
                    len(plan.problems),
                )
            )
            self.summary.setStyleSheet("color: #b00020")
            return
        self.summary.setStyleSheet("")
        remember_layout(self.ctx, "ledger" if isinstance(plan, LedgerPlan) else "table")
        if isinstance(plan, LedgerPlan):
            self._show_ledger_sums(plan)
            return
        save_mapping(self.ctx, self.mapping())
        names, fields = self._indicator_names(), self._field_names()
        self.preview_model.set_headers(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Month"),
                self.tr("Indicator"),
                self.tr("Target or actual"),
                self.tr("Old"),
                self.tr("New"),
            ]
        )
        self.preview_model.set_rows(
            [
                (
                    c.employee_no,
                    c.name,
                    c.month,
                    names.get(c.indicator, c.indicator),
                    fields.get(c.field, c.field),
                    fmt_number(c.old),
                    fmt_number(c.new),
                )
                for c in plan.changes
            ]
        )
        self.summary.setText(
            fill(
                self.tr("%1 row(s) read: %2 value(s) will change, %3 unchanged."),
                plan.rows,
                len(plan.changes),
                plan.unchanged,
            )
        )
        self.apply_button.setEnabled(bool(plan.changes))

    def _show_ledger_notes(self, plan: LedgerPlan) -> None:
        """Rows skipped (totals rows, months outside the period) and the reconciliation."""
        lang = self.ctx.lang
        lines = []
        subtotals = sum(1 for r in plan.reconciliations if r.ok and r.kind == "sub")
        for r in plan.reconciliations:
            if r.ok and r.kind == "grand":
                kind = render(f"ledger.kind.{r.kind}", {}, lang)
                lines.append(
                    render(
                        "ledger.reconciled",
                        {
                            "column": r.column,
                            "found": f"{r.found:,.2f}",
                            "kind": kind,
                            "cell": r.cell,
                        },
                        lang,
                    )
                )
        if subtotals:
            lines.append(fill(self.tr("%1 subtotal figure(s) agree with the rows."), subtotals))
        totals = sum(1 for n in plan.skipped if n.code == "total_row")
        outside = [n for n in plan.skipped if n.code == "outside_period"]
        if totals:
            lines.append(fill(self.tr("%1 totals row(s) skipped."), totals))
        if outside:
            lines.append(
                fill(
                    self.tr("%1 row(s) outside the months to import, not imported (first: %2)."),
                    len(outside),
                    outside[0].location,
                )
            )
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    def _indicator_names(self) -> dict[str, str]:
        """Indicator code → its name in the officer's language (销售目标达成率, not
        sales_achievement)."""
        return {c.code: c.name for c in self.ledger_panel.indicators}

    def _field_names(self) -> dict[str, str]:
        return {"target": self.tr("Target"), "actual": self.tr("Actual"), "base": self.tr("Base")}

    def _show_ledger_sums(self, plan: LedgerPlan) -> None:
        """The person × month values that will be written, named in the officer's language."""
        names, fields = self._indicator_names(), self._field_names()
        old = {(c.employee_no, c.month, c.indicator, c.field): c.old for c in plan.changes}
        self.preview_model.set_headers(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Month"),
                self.tr("Indicator"),
                self.tr("Target or actual"),
                self.tr("Rows"),
                self.tr("New"),
                self.tr("Old"),
            ]
        )
        self.preview_model.set_rows(
            [
                (
                    s.employee_no,
                    s.name,
                    s.month,
                    names.get(s.indicator, s.indicator),
                    fields.get(s.field, s.field),
                    s.rows,
                    f"{s.value:,.2f}".rstrip("0").rstrip("."),
                    fmt_number(old.get((s.employee_no, s.month, s.indicator, s.field))),
                )
                for s in plan.sums
            ]
        )
        self.summary.setText(
            fill(
                self.tr("%1 sale(s) read: %2 value(s) will change, %3 unchanged."),
                plan.rows,
                len(plan.changes),
                plan.unchanged,
            )
        )
        self.apply_button.setEnabled(bool(plan.changes))

    def apply(self) -> None:
        if self.plan is None or self.plan.problems:
            return
        plan, ctx = self.plan, self.ctx
        self.apply_button.setEnabled(False)
        self.tasks.run(
            self.tr("Importing"),
            lambda cancel: apply_import(ctx, plan, cancel=cancel),
            self._applied,
            self,
        )

    def _applied(self, outcome) -> None:
        if outcome.cancelled:
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
            return
        if outcome.error is not None:
            self.summary.setText(fill(self.tr("Nothing was imported: %1"), outcome.message))
            self.summary.setStyleSheet("color: #b00020")
            return
        self.batch_id = outcome.result
        self.events.changed.emit("entries")
        if isinstance(self.plan, LedgerPlan) and self.ledger_panel.current_profile():
            touch_profile(self.ctx, self.ledger_panel.current_profile())
        text = fill(
            self.tr("Imported from %1: %2 value(s) written."),
            self.plan.file_name,
            len(self.plan.changes),
        )
        self.summary.setText(text)
        self.accept()  # the tab reloads on finished; then it shows the confirmation
        self.imported.emit(text)
