"""Edit one scoring rule (every kind) and see value → points change as you type.

The editor holds the rule as its JSON dict; ``rule()`` returns it and ``changed`` fires after
every edit. Problems come from ``domain.rules.check_rule`` in the officer's language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_number, fmt_percent
from salesperf_desktop.domain.rules import RULE_KINDS, check_rule, parse_rule
from salesperf_desktop.domain.vocab import RATE_MEASURES


def _spin(lo: float, hi: float, step: float = 0.05, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


class _ShareSpin(QDoubleSpinBox):
    """A fraction (0.6) typed and shown as a percentage ("60 %") when ``percent`` is on; the
    rule keeps the fraction, as stored."""

    def __init__(self, lo: float, hi: float, *, percent: bool = True):
        super().__init__()
        self._lo, self._hi = lo, hi
        self._percent: bool | None = None
        self.set_percent(percent)

    def set_percent(self, on: bool) -> None:
        if on == self._percent:
            return
        value = self.fraction() if self._percent is not None else self._lo
        self._percent = on
        scale = 100 if on else 1
        self.blockSignals(True)
        self.setDecimals(1 if on else 2)
        self.setSingleStep(5 if on else 0.05)
        self.setSuffix(" %" if on else "")
        self.setRange(self._lo * scale, self._hi * scale)
        self.blockSignals(False)
        self.set_fraction(value)

    def set_fraction(self, value: float) -> None:
        self.setValue(value * 100 if self._percent else value)

    def fraction(self) -> float:
        return round(self.value() / 100, 10) if self._percent else self.value()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setMinimumHeight(110)
    return table


def _cell_number(table: QTableWidget, row: int, col: int, percent: bool = False) -> float:
    """The number in a cell; a percent column holds "60%" (or 60) for 0.6."""
    item = table.item(row, col)
    text = (item.text() if item else "").strip().replace("%", "").replace("％", "").strip()
    try:
        value = float(text)
    except ValueError:
        return math.nan
    return round(value / 100, 10) if percent else value


def _cell_text(value, percent: bool) -> str:
    if not isinstance(value, int | float):
        return str(value or "")
    return fmt_percent(value) if percent else fmt_number(value)


def sample_values(rule: dict, measure: str | None) -> list[float]:
    """Values worth showing for a rule: its own breakpoints plus a rising range."""
    kind = rule.get("kind")
    if kind == "scale":
        lo, hi = float(rule.get("min", 1)), float(rule.get("max", 5))
        step = 1.0 if hi - lo <= 10 else (hi - lo) / 10
        out, v = [], lo
        while v <= hi + 1e-9:
            out.append(round(v, 4))
            v += step
        return out
    if kind == "veto" or measure == "pass_fail":
        return [0.0, 1.0]
    base = [round(0.1 * i, 2) for i in range(0, 17)]
    extra: list[float] = []
    if kind == "piecewise":
        extra = [float(p[0]) for p in rule.get("points", []) if isinstance(p, list | tuple)]
    elif kind == "bands":
        extra = [float(b.get("min", 0)) for b in rule.get("bands", []) if isinstance(b, dict)]
    elif kind == "linear":
        extra = [
            float(rule.get("floor", 0)),
            float(rule.get("cap", 1)) * float(rule.get("full_at", 1)),
        ]
    if measure == "task_sheet" or (measure not in RATE_MEASURES and max([*extra, 0]) > 2):
        top = max([*extra, 100.0])
        base = [round(top * i / 10, 2) for i in range(0, 13)]
    return sorted({v for v in base + extra if math.isfinite(v)})


class RuleEditor(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.lang = lang
        self.measure: str | None = None
        self.weight = 10.0
        self._loading = False
        self._plot = None
        self._rate = True  # the values are rates, typed as percentages
        self.kind = QComboBox(self)
        self.kind.setObjectName("ruleKind")
        labels = {
            "linear": self.tr("Linear (value ÷ target, floor and cap)"),
            "piecewise": self.tr("Piecewise linear (breakpoints)"),
            "bands": self.tr("Bands (steps)"),
            "scale": self.tr("Rating scale with anchors"),
            "veto": self.tr("Veto (pass/fail)"),
        }
        for kind in RULE_KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.stack = QStackedWidget(self)
        for page in (
            self._build_linear_page(),
            self._build_piecewise_page(),
            self._build_bands_page(),
            self._build_scale_page(),
            self._build_veto_page(),
        ):
            self.stack.addWidget(page)
        self._show_page(0)

        self.description = QLabel(self)
        self.description.setObjectName("ruleDescription")
        self.description.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("ruleProblems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.preview = _table([self.tr("Value"), self.tr("Share"), self.tr("Points")])
        self.preview.setObjectName("rulePreview")
        # as wide as its figures (73.33% was cut to 73.3…), the plot beside takes the rest
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.plot_holder = QVBoxLayout()
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addLayout(self.plot_holder, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack)
        layout.addWidget(self.description)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("Preview: value → points")))
        layout.addLayout(preview_row, 1)

    # ----------------------------------------------------------------- one page per kind

    def _build_linear_page(self) -> QWidget:
        """Value ÷ target between a floor and a cap."""
        linear = QWidget()
        form = QFormLayout(linear)
        self.floor = _ShareSpin(0, 10)
        self.floor.setObjectName("linearFloor")
        self.cap = _ShareSpin(0.01, 10)
        self.cap.setObjectName("linearCap")
        self.full_at = _ShareSpin(0.01, 1000)
        form.addRow(self.tr("Nothing below (floor)"), self.floor)
        form.addRow(self.tr("At most (cap, 100 % = full weight)"), self.cap)
        form.addRow(self.tr("Full weight at value"), self.full_at)
        for w in (self.floor, self.cap, self.full_at):
            w.valueChanged.connect(self._edited)
        return linear

    def _build_piecewise_page(self) -> QWidget:
        """Breakpoints (value, share of weight), and what is earned below the first."""
        piecewise = QWidget()
        pv = QVBoxLayout(piecewise)
        self.points = _table([self.tr("Value"), self.tr("Share of weight")])
        self.points.setObjectName("ruleBreakpoints")
        self.below = _ShareSpin(0, 10)
        self.below_on = QCheckBox(self.tr("Below the first breakpoint:"))
        below_row = QHBoxLayout()
        below_row.addWidget(self.below_on)
        below_row.addWidget(self.below)
        below_row.addStretch(1)
        pv.addWidget(self.points)
        pv.addLayout(self._row_buttons(self.points))
        pv.addLayout(below_row)
        self.points.itemChanged.connect(self._edited)
        self.below.valueChanged.connect(self._edited)
        self.below_on.toggled.connect(self._edited)
        return piecewise

    def _build_bands_page(self) -> QWidget:
        """Steps: from a value on, a share of the weight."""
        bands = QWidget()
        bv = QVBoxLayout(bands)
        self.bands = _table([self.tr("From value"), self.tr("Share of weight")])
        self.bands.setObjectName("ruleBands")
        self.otherwise = _ShareSpin(0, 10)
        other_row = QFormLayout()
        other_row.addRow(self.tr("Below every band"), self.otherwise)
        bv.addWidget(self.bands)
        bv.addLayout(self._row_buttons(self.bands))
        bv.addLayout(other_row)
        self.bands.itemChanged.connect(self._edited)
        self.otherwise.valueChanged.connect(self._edited)
        return bands

    def _build_scale_page(self) -> QWidget:
        """A rating scale with behaviour anchors in two languages."""
        scale = QWidget()
        sv = QVBoxLayout(scale)
        sform = QFormLayout()
        self.scale_min = _spin(-1000, 1000, 1, 1)
        self.scale_max = _spin(-1000, 1000, 1, 1)
        self.scale_max.setObjectName("scaleMax")
        self.zero_based = QCheckBox(self.tr("Lowest rating earns nothing"))
        sform.addRow(self.tr("Lowest rating"), self.scale_min)
        sform.addRow(self.tr("Highest rating"), self.scale_max)
        sform.addRow("", self.zero_based)
        self.anchors = _table([self.tr("Rating"), "中文", "English"])
        self.anchors.setObjectName("scaleAnchors")
        sv.addLayout(sform)
        sv.addWidget(QLabel(self.tr("Behaviour anchors")))
        sv.addWidget(self.anchors)
        sv.addLayout(self._row_buttons(self.anchors))
        for w in (self.scale_min, self.scale_max):
            w.valueChanged.connect(self._edited)
        self.zero_based.toggled.connect(self._edited)
        self.anchors.itemChanged.connect(self._edited)
        return scale

    def _build_veto_page(self) -> QWidget:
        veto = QLabel(self.tr("A fail forces the lowest grade, whatever the points."))
        veto.setWordWrap(True)
        return veto

    def _row_buttons(self, table: QTableWidget) -> QHBoxLayout:
        add = QPushButton(self.tr("Add row"))
        remove = QPushButton(self.tr("Remove row"))
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: self._remove_row(table))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _add_row(self, table: QTableWidget) -> None:
        table.insertRow(table.rowCount())
        for c in range(table.columnCount()):
            table.setItem(table.rowCount() - 1, c, QTableWidgetItem("0"))
        self._edited()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            self._edited()

    # ----------------------------------------------------------------- state

    def set_rule(self, rule: dict, measure: str | None = None, weight: float = 10.0) -> None:
        self._loading = True
        self.measure, self.weight = measure, weight
        self._rate = self._values_are_rates()
        for box in (self.floor, self.full_at):
            box.set_percent(self._rate)
        kind = rule.get("kind", "linear")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._show_page(RULE_KINDS.index(kind) if kind in RULE_KINDS else 0)
        self.floor.set_fraction(float(rule.get("floor", 0)))
        self.cap.set_fraction(float(rule.get("cap", 1)))
        self.full_at.set_fraction(float(rule.get("full_at", 1)))
        self._fill(self.points, [list(p) for p in rule.get("points", [])], self._percents())
        self.below_on.setChecked(rule.get("below") is not None)
        self.below.set_fraction(float(rule.get("below") or 0))
        self._fill(
            self.bands,
            [[b.get("min"), b.get("fraction")] for b in rule.get("bands", [])],
            self._percents(),
        )
        self.otherwise.set_fraction(float(rule.get("otherwise", 0)))
        self.scale_min.setValue(float(rule.get("min", 1)))
        self.scale_max.setValue(float(rule.get("max", 5)))
        self.zero_based.setChecked(rule.get("zero_based", True) is not False)
        anchors = rule.get("anchors") or {}
        self._fill(
            self.anchors,
            [[k, (v or {}).get("zh_CN", ""), (v or {}).get("en", "")] for k, v in anchors.items()],
        )
        self._anchor_extra = {k: dict(v or {}) for k, v in anchors.items()}
        self._loading = False
        self._update_preview()

    def _values_are_rates(self) -> bool:
        """Values of a rate measure (achievement, share …) are typed as percentages."""
        return self.measure is None or self.measure in RATE_MEASURES

    def _percents(self) -> tuple[bool, bool]:
        """Which of the (value, share of weight) columns are in percent: shares always."""
        return (self._rate, True)

    def _fill(self, table: QTableWidget, rows: list[list], percents=()) -> None:
        table.blockSignals(True)
        table.setRowCount(0)
        for values in rows:
            r = table.rowCount()
            table.insertRow(r)
            for c, v in enumerate(values):
                percent = c < len(percents) and percents[c]
                table.setItem(r, c, QTableWidgetItem(_cell_text(v, percent)))
        table.blockSignals(False)

    def rule(self) -> dict:
        kind = self.kind.currentData()
        if kind == "linear":
            rule = {"kind": "linear", "floor": self.floor.fraction(), "cap": self.cap.fraction()}
            if abs(self.full_at.fraction() - 1) > 1e-9:
                rule["full_at"] = self.full_at.fraction()
            return rule
        value_percent = self._rate
        if kind == "piecewise":
            rule = {
                "kind": "piecewise",
                "points": [
                    [
                        _cell_number(self.points, r, 0, value_percent),
                        _cell_number(self.points, r, 1, True),
                    ]
                    for r in range(self.points.rowCount())
                ],
            }
            if self.below_on.isChecked():
                rule["below"] = self.below.fraction()
            return rule
        if kind == "bands":
            return {
                "kind": "bands",
                "bands": [
                    {
                        "min": _cell_number(self.bands, r, 0, value_percent),
                        "fraction": _cell_number(self.bands, r, 1, True),
                    }
                    for r in range(self.bands.rowCount())
                ],
                "otherwise": self.otherwise.fraction(),
            }
        if kind == "scale":
            rule = {"kind": "scale", "min": self.scale_min.value(), "max": self.scale_max.value()}
            anchors = {}
            for r in range(self.anchors.rowCount()):
                key_item = self.anchors.item(r, 0)
                key = (key_item.text() if key_item else "").strip()
                if not key:
                    continue
                old = dict(getattr(self, "_anchor_extra", {}).get(key, {}))
                for c, lang in ((1, "zh_CN"), (2, "en")):
                    item = self.anchors.item(r, c)
                    if item and item.text().strip():
                        old[lang] = item.text().strip()
                anchors[key] = old
            if anchors:
                rule["anchors"] = anchors
            if not self.zero_based.isChecked():
                rule["zero_based"] = False
            return rule
        return {"kind": "veto"}

    def _show_page(self, index: int) -> None:
        """Only the current page claims space (a stack is otherwise as tall as its tallest)."""
        from PySide6.QtWidgets import QSizePolicy

        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.stack.widget(i).setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.adjustSize()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self._show_page(RULE_KINDS.index(kind))
        if self._loading:
            return
        # Start a new kind from a sensible example rather than from nothing.
        if kind == "piecewise" and self.points.rowCount() == 0:
            self._fill(self.points, [[0.6, 0.6], [1.0, 1.0], [1.5, 1.5]], self._percents())
        if kind == "bands" and self.bands.rowCount() == 0:
            self._fill(self.bands, [[1.0, 1.0], [0.8, 0.8], [0.6, 0.5]], self._percents())
        self._edited()

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._update_preview()
        self.changed.emit()

    # ----------------------------------------------------------------- preview

    def preview_rows(self) -> list[tuple[float, float, float]]:
        try:
            rule = parse_rule(self.rule())
        except ValueError:
            return []
        return [
            (v, rule.fraction(v), rule.fraction(v) * self.weight)
            for v in sample_values(self.rule(), self.measure)
        ]

    def _update_preview(self) -> None:
        data = self.rule()
        problems = check_rule(data)
        self.problems.setText("\n".join(p.message(self.lang) for p in problems))
        self.problems.setVisible(bool(problems))
        rows = [] if problems else self.preview_rows()
        if not problems:
            self.description.setText(parse_rule(data).describe(self.lang, self.measure))
        else:
            self.description.clear()
        rate = self._rate
        self.preview.setRowCount(len(rows))
        for r, (v, f, p) in enumerate(rows):
            for c, text in enumerate(
                (
                    fmt_percent(v) if rate and data.get("kind") != "scale" else fmt_number(v),
                    fmt_percent(f),
                    fmt_number(p),
                )
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self._fit_preview_width()
        self._draw(rows, rate and data.get("kind") != "scale")

    def _fit_preview_width(self) -> None:
        table = self.preview
        header = table.horizontalHeader()
        width = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(table.columnCount())
        )
        width += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4
        table.setMinimumWidth(width)

    def _draw(self, rows, rate: bool) -> None:
        """A small step/line plot of points by value (matplotlib loaded on first use)."""
        if not self.isVisible() and self._plot is None:
            return
        if self._plot is None:
            from salesperf_desktop.services import chart_style

            chart_style.import_without_property_tables()
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            chart_style.configure_matplotlib()
            figure = Figure(figsize=(3, 2), dpi=80, tight_layout=True)
            self._plot = FigureCanvasQTAgg(figure)
            self._plot.setObjectName("rulePlot")
            self._plot.setMinimumSize(200, 140)
            self.plot_holder.addWidget(self._plot)
        figure = self._plot.figure
        figure.clear()
        ax = figure.add_subplot(111)
        if rows:
            # a dense curve shows jumps (floor, bands) as steps; the table's values as dots
            rule = parse_rule(self.rule())
            lo, hi = rows[0][0], rows[-1][0]
            dense = [lo + (hi - lo) * i / 400 for i in range(401)]
            scale = 100 if rate else 1
            ax.plot([v * scale for v in dense], [rule.fraction(v) * self.weight for v in dense])
            ax.plot([v * scale for v, _f, _p in rows], [p for _v, _f, p in rows], "o", markersize=3)
            ax.axhline(self.weight, color="#999999", linewidth=0.8, linestyle="--")
        ax.set_xlabel("%" if rate else "")
        ax.tick_params(labelsize=7)
        self._plot.draw_idle()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_preview()
