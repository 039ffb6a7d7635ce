"""The indicator library, grouped by dimension, with each entry shown in all three languages;
and the dialog to add the officer's own indicator."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.rules import parse_rule
from salesperf_desktop.domain.vocab import DIMENSIONS, MEASURES
from salesperf_desktop.services.templates import check_indicator
from salesperf_desktop.ui.labels import dimension_label, fill
from salesperf_desktop.ui.templates.rule_editor import RuleEditor


def _dimension_order(entry: dict) -> tuple[int, str]:
    """Library entries in the seed's dimension order (results first), then by name code."""
    order = list(DIMENSIONS)
    dim = entry["dimension"]
    return (order.index(dim) if dim in order else len(order), entry["code"])


def language_name(lang: str) -> str:
    """A text's language in the officer's language (英文, not English)."""
    return {
        "zh_CN": QCoreApplication.translate("Labels", "Simplified Chinese"),
        "zh_TW": QCoreApplication.translate("Labels", "Traditional Chinese"),
        "en": QCoreApplication.translate("Labels", "English"),
    }[lang]


class LibraryBrowser(QWidget):
    add_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.entries: dict[str, dict] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Measure"), self.tr("Own")])
        self.tree.currentItemChanged.connect(self._show)
        self.details = QTextBrowser(self)
        self.details.setObjectName("libraryDetails")
        self.add_button = QPushButton(self.tr("Add my own indicator…"), self)
        self.add_button.setObjectName("addOwnIndicator")
        self.add_button.clicked.connect(self.add_requested)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def set_entries(self, entries: list[dict]) -> None:
        entries = sorted(entries, key=_dimension_order)
        self.entries = {e["code"]: e for e in entries}
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for e in entries:
            group = groups.get(e["dimension"])
            if group is None:
                group = groups[e["dimension"]] = QTreeWidgetItem(
                    self.tree, [dimension_label(e["dimension"])]
                )
                group.setExpanded(True)
            item = QTreeWidgetItem(
                group,
                [
                    pick(e["name"], self.lang) or e["code"],
                    pick(MEASURES.get(e["measure"]), self.lang),
                    "" if e.get("builtin", True) else "✓",
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, e["code"])
        self.tree.resizeColumnToContents(0)

    def select(self, code: str) -> None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).data(0, Qt.ItemDataRole.UserRole) == code:
                    self.tree.setCurrentItem(group.child(i))

    def _show(self, item, _previous=None) -> None:
        code = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        e = self.entries.get(code)
        if e is None:
            self.details.clear()
            return
        try:
            rule = parse_rule(e["default_rule"]).describe(self.lang, e["measure"])
        except ValueError:
            rule = ""
        parts = [f"<h3>{html.escape(pick(e['name'], self.lang))}</h3>"]
        parts.append(
            f"<p><i>{html.escape(code)}</i> · {html.escape(dimension_label(e['dimension']))} · "
            f"{html.escape(self.tr('default weight'))} {e['default_weight']:g} · "
            f"{html.escape(rule)}</p>"
        )
        for lang in ("zh_CN", "zh_TW", "en"):
            rows = []
            for label, key in (
                (self.tr("Name"), "name"),
                (self.tr("Definition"), "definition"),
                (self.tr("Formula"), "formula"),
                (self.tr("Data source"), "source"),
            ):
                text = (e.get(key) or {}).get(lang, "")
                if text:
                    rows.append(
                        f"<tr><td valign='top'><b>{html.escape(label)}</b></td>"
                        f"<td>{html.escape(text)}</td></tr>"
                    )
            if rows:
                parts.append(
                    f"<h4>{html.escape(language_name(lang))}</h4><table cellspacing='4'>{''.join(rows)}</table>"
                )
        self.details.setHtml("".join(parts))


class IndicatorDialog(QDialog):
    """The officer's own indicator: code, dimension, measure, names/texts, default rule."""

    def __init__(self, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("indicatorDialog")
        self.setWindowTitle(self.tr("Add my own indicator"))
        self.resize(820, 640)
        self.ui = ui
        lang = ui.lang
        self.code = QLineEdit(self)
        self.code.setObjectName("indicatorCode")
        self.code.setPlaceholderText(self.tr("Letters, digits and underscores"))
        self.dimension = QComboBox(self)
        for code in DIMENSIONS:
            self.dimension.addItem(dimension_label(code), code)
        self.measure = QComboBox(self)
        self.measure.setObjectName("indicatorMeasure")
        for code, names in MEASURES.items():
            self.measure.addItem(pick(names, lang), code)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0, 100)
        self.weight.setValue(10)
        self.texts: dict[tuple[str, str], QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Dimension"), self.dimension)
        form.addRow(self.tr("Measure"), self.measure)
        form.addRow(self.tr("Default weight"), self.weight)
        # Her language first: a name there is enough.
        langs = [lang] + [other for other in ("zh_CN", "zh_TW", "en") if other != lang]
        for key, label in (
            ("name", self.tr("Name")),
            ("definition", self.tr("Definition")),
            ("formula", self.tr("Formula")),
            ("source", self.tr("Data source")),
        ):
            for text_lang in langs:
                edit = QLineEdit(self)
                edit.setObjectName(f"indicator_{key}_{text_lang}")
                self.texts[(key, text_lang)] = edit
                form.addRow(fill(self.tr("%1 (%2)"), label, language_name(text_lang)), edit)
                edit.textChanged.connect(self._validate)
        self.rule_editor = RuleEditor(lang, self)
        self.rule_editor.set_rule({"kind": "linear", "floor": 0, "cap": 1.0}, "achievement", 10)
        self.rule_editor.changed.connect(self._validate)
        self.problems = QLabel(self)
        self.problems.setObjectName("indicatorProblems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.rule_editor, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._validate)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self._validate()

    def _measure_changed(self) -> None:
        measure = self.measure.currentData()
        rule = {"kind": "veto"} if measure == "pass_fail" else self.rule_editor.rule()
        if measure == "rating" and rule.get("kind") != "scale":
            rule = {"kind": "scale", "min": 1, "max": 5}
        self.rule_editor.set_rule(rule, measure, self.weight.value())
        self._validate()

    def entry(self) -> dict:
        out: dict = {
            "code": self.code.text().strip(),
            "dimension": self.dimension.currentData(),
            "measure": self.measure.currentData(),
            "unit": "%" if self.measure.currentData() in ("achievement", "ratio", "share") else "",
            "default_rule": self.rule_editor.rule(),
            "default_weight": self.weight.value(),
        }
        for (key, lang), edit in self.texts.items():
            if edit.text().strip():
                out.setdefault(key, {})[lang] = edit.text().strip()
        out.setdefault("name", {})
        return out

    def _validate(self, *_args) -> bool:
        problems = check_indicator(self.ui.ctx, self.entry())
        self.problems.setText("\n".join(p.message(self.ui.lang) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if self._validate():
            super().accept()
