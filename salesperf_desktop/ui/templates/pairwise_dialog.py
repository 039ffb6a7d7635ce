"""The 012 method dialog (seed 004): judge each pair, get weights that add up to the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.weighting import (
    PairwiseError,
    floor_weights,
    missing_pairs,
    new_matrix,
    relative_weights,
    row_sums,
    weights_012,
    weights_012_plus_one,
    zero_weights,
)
from salesperf_desktop.ui.labels import fill


class PairwiseDialog(QDialog):
    """Type 0, 1 or 2 in a cell; its mirror fills with 2 − x. ``weights()`` after accept."""

    def __init__(
        self, names: list[str], sheet_total: float, lang: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("pairwiseDialog")
        self.setWindowTitle(self.tr("0-1-2 method: compare the indicators in pairs"))
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
        # The method alone can give an indicator 0 %, below seed 004's 5 % floor: never
        # silently — the dialog explains and offers the usual corrections.
        self.zero_note = QLabel(self)
        self.zero_note.setObjectName("pairwiseZeroNote")
        self.zero_note.setWordWrap(True)
        self.zero_note.setStyleSheet("color: #b35c00")
        self.corrections = QButtonGroup(self)
        self.correction_row = QWidget(self)
        row = QHBoxLayout(self.correction_row)
        row.setContentsMargins(0, 0, 0, 0)
        for key, text in (
            ("none", self.tr("Keep 0 %")),
            ("plus_one", self.tr("Add 1 to every row sum")),
            ("floor", self.tr("Raise to 5 % and rescale the others")),
        ):
            button = QRadioButton(text, self.correction_row)
            button.setObjectName(f"pairwiseCorrection_{key}")
            button.setProperty("correction", key)
            self.corrections.addButton(button)
            row.addWidget(button)
            if key == "plus_one":
                button.setChecked(True)
        row.addStretch(1)
        self.corrections.buttonToggled.connect(lambda *_: self._update())
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
        layout.addWidget(self.zero_note)
        layout.addWidget(self.correction_row)
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
            zeros: list[int] = []
            if not missing:
                shares = relative_weights(self.matrix)
                zeros = zero_weights(weights_012(self.matrix, self.sheet_total))
                weights = self.weights()
                for r in range(n):
                    self.table.item(r, n + 1).setText(fmt_percent(shares[r]))
                    self.table.item(r, n + 2).setText(fmt_number(weights[r]))
        except PairwiseError:
            zeros = []
        finally:
            self.table.blockSignals(False)
        self.zero_note.setText(
            render(
                "weighting.zero_weight",
                {"names": "、".join(self.names[i] for i in zeros)},
                self.lang,
            )
            if zeros
            else ""
        )
        self.zero_note.setVisible(bool(zeros))
        self.correction_row.setVisible(bool(zeros))
        ok.setEnabled(not missing and n > 0)
        self.status.setText(
            fill(self.tr("%1 pair(s) still to judge."), len(missing))
            if missing
            else self.tr("Every pair judged.")
        )

    def correction(self) -> str:
        checked = self.corrections.checkedButton()
        return str(checked.property("correction")) if checked else "none"

    def weights(self) -> list[float]:
        """The table's weights; where it gives an indicator 0 %, with the chosen correction."""
        weights = weights_012(self.matrix, self.sheet_total)
        if not zero_weights(weights):
            return weights
        if self.correction() == "plus_one":
            return weights_012_plus_one(self.matrix, self.sheet_total)
        if self.correction() == "floor":
            return floor_weights(weights, self.sheet_total)
        return weights
