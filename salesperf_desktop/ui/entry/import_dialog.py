"""Import targets/actuals: choose the file, map its columns, preview, apply (in the background)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from salesperf_desktop.services.metrics_import import (
    ColumnMapping,
    apply_import,
    load_mapping,
    plan_import,
    save_mapping,
    sheet_headers,
)
from salesperf_desktop.ui.labels import fill

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext
from salesperf_desktop.ui.table_model import RowsTableModel

MAPPED_FIELDS = ("employee_id", "month", "indicator", "target", "actual", "base")


class ImportDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importMetricsDialog")
        self.setWindowTitle(self.tr("Import targets and actuals"))
        self.ctx, self.tasks, self.events = ui.ctx, ui.tasks, ui.events
        self.plan = None
        self.batch_id: int | None = None
        mapping = load_mapping(self.ctx)
        form = self._make_mapping_form(mapping)
        self._make_preview()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        layout.addLayout(check_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.file_edit.editingFinished.connect(self._fill_headers)
        self.resize(820, 720)

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
        self.preview.setMinimumHeight(220)
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Workbook to import"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.file_edit.setText(path)
            self._fill_headers()

    def _fill_headers(self) -> None:
        path = Path(self.file_edit.text().strip())
        if not path.is_file():
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
        mapping = self.mapping()
        self.plan = None
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        ctx = self.ctx
        self.tasks.run(
            self.tr("Checking the workbook"),
            lambda cancel: plan_import(ctx, path, mapping, cancel=cancel),
            self._planned,
            self,
        )

    def _planned(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            self.summary.setText(self.tr("Cancelled.") if outcome.cancelled else outcome.message)
            return
        plan = self.plan = outcome.result
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
        save_mapping(self.ctx, self.mapping())
        self.summary.setStyleSheet("")
        self.preview_model.set_headers(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Month"),
                self.tr("Indicator"),
                self.tr("Field"),
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
                    c.indicator,
                    c.field,
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
        self.summary.setText(self.tr("Imported."))
        self.accept()
