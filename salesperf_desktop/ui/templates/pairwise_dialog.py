"""The 012 method dialog (seed 004): judge each pair, get weights that add up to the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.weighting import (
    PairwiseError,
    missing_pairs,
    new_matrix,
    relative_weights,
    row_sums,
    weights_012,
)
from salesperf_desktop.ui.labels import fill


class PairwiseDialog(QDialog):
    """Type 0, 1 or 2 in a cell; its mirror fills with 2 − x. ``weights()`` after accept."""

    def __init__(self, names: list[str], sheet_total: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairwiseDialog")
        self.setWindowTitle(self.tr("012 method: compare the indicators in pairs"))
        self.resize(900, 520)
        self.names = names
        self.sheet_total = sheet_total
        self.matrix = new_matrix(len(names))
        n = len(names)
        help_text = QLabel(
            fill(
                self.tr(
                    "For each row indicator against each column indicator enter 2 (more important), "
                    "1 (equally important) or 0 (less important). The mirrored cell fills itself. "
                    "Weight = row sum ÷ total of all row sums, rounded so the weights add up to %1."
                ),
                fmt_number(sheet_total),
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.table = QTableWidget(n, n + 3, self)
        self.table.setObjectName("pairwiseTable")
        self.table.setHorizontalHeaderLabels(
            [str(i + 1) for i in range(n)]
            + [self.tr("Row sum"), self.tr("Relative"), self.tr("Weight")]
        )
        self.table.setVerticalHeaderLabels([f"{i + 1}. {name}" for i, name in enumerate(names)])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grey = QBrush(QColor("#dddddd"))
        for r in range(n):
            for c in range(n + 3):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == r or c >= n:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if c == r:
                    item.setBackground(grey)
                self.table.setItem(r, c, item)
        self.table.itemChanged.connect(self._cell_changed)
        self.status = QLabel(self)
        self.status.setObjectName("pairwiseStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Use these weights")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    def set_judgement(self, row: int, col: int, value: int) -> None:
        self.table.item(row, col).setText(str(value))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        n = len(self.names)
        if c >= n or r == c:
            return
        text = item.text().strip()
        self.table.blockSignals(True)
        try:
            if text in ("0", "1", "2"):
                value = int(text)
                self.matrix[r][c] = value
                self.matrix[c][r] = 2 - value
                self.table.item(c, r).setText(str(2 - value))
            else:
                item.setText("")
                self.matrix[r][c] = self.matrix[c][r] = None
                self.table.item(c, r).setText("")
        finally:
            self.table.blockSignals(False)
        self._update()

    def _update(self) -> None:
        n = len(self.names)
        missing = missing_pairs(self.matrix)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.table.blockSignals(True)
        try:
            sums = row_sums(self.matrix)
            for r in range(n):
                self.table.item(r, n).setText(str(sums[r]))
            if not missing:
                shares = relative_weights(self.matrix)
                weights = weights_012(self.matrix, self.sheet_total)
                for r in range(n):
                    self.table.item(r, n + 1).setText(fmt_percent(shares[r]))
                    self.table.item(r, n + 2).setText(fmt_number(weights[r]))
        except PairwiseError:
            pass
        finally:
            self.table.blockSignals(False)
        ok.setEnabled(not missing and n > 0)
        self.status.setText(
            fill(self.tr("%1 pair(s) still to judge."), len(missing))
            if missing
            else self.tr("Every pair judged.")
        )

    def weights(self) -> list[float]:
        return weights_012(self.matrix, self.sheet_total)
