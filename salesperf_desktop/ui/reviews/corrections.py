"""Editing corrected values of an appraisal's months (used by the appeal decision and by
post-publication corrections): entries, ratings, and points set directly with a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_plain
from salesperf_desktop.services import appeals
from salesperf_desktop.services.appeals import Corrections, EntryCorrection, RatingCorrection
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.reviews.common import save_cancel_box
from salesperf_desktop.ui.ui_context import UiContext


class CorrectionsEditor(QGroupBox):
    """Rows of (month, indicator, what, current, new) plus direct points."""

    # every input a correction can change (services.appeals: entries and each rater role)
    FIELDS = ("actual", "target", "base", "passed", "supervisor", "self", "peer")

    def __init__(self, inputs: appeals.CorrectableInputs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Corrected values"))
        self.setObjectName("correctionsEditor")
        self.months, self.items, self.values = inputs.months, inputs.items, inputs.values
        self.field_labels = {
            "actual": self.tr("Actual"),
            "target": self.tr("Target"),
            "base": self.tr("Comparison base"),
            "passed": self.tr("Passed (1 yes, 0 no)"),
            "supervisor": self.tr("Supervisor rating"),
            "self": self.tr("Self rating"),
            "peer": self.tr("Peer rating"),
        }
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("correctionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Current"),
                self.tr("Corrected"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        add = QPushButton(self.tr("Add a corrected value"), self)
        add.setObjectName("addCorrection")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        self.points = QDoubleSpinBox(self)
        self.points.setObjectName("correctionPoints")
        self.points.setRange(-100.0, 100.0)
        self.points.setDecimals(2)
        self.points.setSingleStep(0.5)
        self.points_reason = QLineEdit(self)
        self.points_reason.setObjectName("correctionPointsReason")
        self.points_reason.setPlaceholderText(self.tr("Why these points (required with points)"))
        points_row = QHBoxLayout()
        points_row.addWidget(QLabel(self.tr("Points added (+) or taken off (−) directly"), self))
        points_row.addWidget(self.points)
        points_row.addWidget(self.points_reason, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(points_row)

    def add_row(
        self,
        month: str | None = None,
        indicator: str | None = None,
        field: str = "actual",
        value: float | None = None,
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        month_combo = QComboBox(self.table)
        for m in self.months:
            month_combo.addItem(m, m)
        month_combo.setCurrentIndex(max(0, month_combo.findData(month or self.months[-1])))
        item_combo = QComboBox(self.table)
        for it in self.items:
            item_combo.addItem(it.label, it.indicator)
        if indicator is not None:
            item_combo.setCurrentIndex(max(0, item_combo.findData(indicator)))
        field_combo = QComboBox(self.table)
        for code in self.FIELDS:
            field_combo.addItem(self.field_labels[code], code)
        field_combo.setCurrentIndex(max(0, field_combo.findData(field)))
        self.table.setCellWidget(row, 0, month_combo)
        self.table.setCellWidget(row, 1, item_combo)
        self.table.setCellWidget(row, 2, field_combo)
        current = QTableWidgetItem("")
        current.setFlags(current.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 3, current)
        self.table.setItem(row, 4, QTableWidgetItem("" if value is None else fmt_plain(value)))
        for combo in (month_combo, item_combo, field_combo):
            combo.currentIndexChanged.connect(lambda _i, r=row: self._show_current(r))
        self._show_current(row)
        return row

    def _show_current(self, row: int) -> None:
        month = self.table.cellWidget(row, 0).currentData()
        indicator = self.table.cellWidget(row, 1).currentData()
        field = self.table.cellWidget(row, 2).currentData()
        value = self.values.get((month, indicator), {}).get(field)
        self.table.item(row, 3).setText("" if value is None else fmt_plain(value))

    def corrections(self) -> Corrections:
        """Raises ValueError on a value that is not a number."""
        entries, ratings = [], []
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, 4).text() if self.table.item(row, 4) else "").strip()
            if not text:
                continue
            value = float(text.replace(",", ""))
            month = self.table.cellWidget(row, 0).currentData()
            indicator = self.table.cellWidget(row, 1).currentData()
            field = self.table.cellWidget(row, 2).currentData()
            if field in ("supervisor", "self", "peer"):
                ratings.append(RatingCorrection(month, indicator, field, value))
            elif field == "passed":
                entries.append(EntryCorrection(month, indicator, field, value != 0))
            else:
                entries.append(EntryCorrection(month, indicator, field, value))
        points = self.points.value() or None
        return Corrections(
            entries=tuple(entries),
            ratings=tuple(ratings),
            points=points,
            points_reason=self.points_reason.text().strip(),
        )


def amendment_text(amendment: appeals.Amendment) -> str:
    return fill(
        QCoreApplication.translate(
            "Reviews", "Total %1 → %2, grade %3 → %4. The form must be printed and signed again."
        ),
        "" if amendment.old_total is None else f"{amendment.old_total:.2f}",
        f"{amendment.new_total:.2f}",
        amendment.old_grade or "",
        amendment.new_grade,
    )


def locked_text() -> str:
    """Why a signed appraisal refuses every change but an upheld appeal."""
    return QCoreApplication.translate(
        "Reviews", "This appraisal is signed and locked. Only an upheld appeal can change it."
    )


class CorrectionDialog(QDialog):
    """A correction after publication without an appeal (refused once the form is signed)."""

    def __init__(self, ui: UiContext, appraisal_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct a published result"))
        self.ctx = ui.ctx
        self.appraisal_id = appraisal_id
        self.amendment: appeals.Amendment | None = None
        self.editor = CorrectionsEditor(appeals.correction_inputs(ui.ctx, appraisal_id), self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("correctionNote")
        self.note.setPlaceholderText(self.tr("Why the value changes (kept in the audit trail)"))
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Correction note"), self.note)
        box = save_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(form)
        layout.addWidget(box)
        self.resize(820, 480)

    def save(self) -> bool:
        try:
            corrections = self.editor.corrections()
        except ValueError:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("A corrected value is not a number.")
            )
            return False
        if not corrections or not self.note.toPlainText().strip():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Enter a corrected value and the note saying why."),
            )
            return False
        try:
            self.amendment = appeals.correct_published(
                self.ctx, self.appraisal_id, corrections, note=self.note.toPlainText().strip()
            )
        except LockedError:
            QMessageBox.warning(self, self.windowTitle(), locked_text())
            return False
        except appeals.AppealError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.ctx.lang))
            return False
        QMessageBox.information(self, self.windowTitle(), amendment_text(self.amendment))
        self.accept()
        return True
