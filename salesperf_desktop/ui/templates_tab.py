"""Indicator templates tab: the templates in use and what each one scores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.rules import parse_rule
from salesperf_desktop.services.templates import list_templates
from salesperf_desktop.ui.base_tab import BaseTab
from salesperf_desktop.ui.labels import dimension_label, product_line_label, role_label
from salesperf_desktop.ui.table_model import RowsTableModel


class TemplatesTab(BaseTab):
    topics = ("templates",)

    def __init__(self, ctx, events, parent=None):
        super().__init__(ctx, events, parent)
        self._templates = []
        self.list_model = RowsTableModel(
            [self.tr("Template"), self.tr("Role"), self.tr("Product line"), self.tr("Version")],
            self,
        )
        self.list_view = QTableView(self)
        self.list_view.setObjectName("templateList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_items)

        self.items_model = RowsTableModel(
            [
                self.tr("Dimension"),
                self.tr("Indicator"),
                self.tr("Weight"),
                self.tr("Scoring rule"),
            ],
            self,
        )
        self.items_view = QTableView(self)
        self.items_view.setObjectName("templateItems")
        self.items_view.setModel(self.items_model)
        self.items_view.setWordWrap(True)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.items_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Indicator templates")

    def refresh(self) -> None:
        lang = self.ctx.lang
        with self.ctx.session() as session:
            self._templates = list_templates(session)
        self.list_model.set_rows(
            [
                (
                    pick(t.name, lang),
                    role_label(t.role),
                    product_line_label(t.product_line),
                    t.version,
                )
                for t in self._templates
            ],
            keys=[t.id for t in self._templates],
        )
        if self._templates:
            self.list_view.selectRow(0)

    def _show_items(self, current, _previous=None) -> None:
        if not current.isValid() or current.row() >= len(self._templates):
            self.items_model.set_rows([])
            self.summary.clear()
            return
        lang = self.ctx.lang
        definition = self._templates[current.row()].definition
        rows = []
        for item in definition.get("items", []):
            rule = parse_rule(item["rule"])
            rows.append(
                (
                    dimension_label(item.get("dimension", "")),
                    pick(item.get("name"), lang) or item["indicator"],
                    float(item.get("weight", 0)),
                    rule.describe(lang, item.get("measure")),
                )
            )
        self.items_model.set_rows(rows)
        total = sum(float(i.get("weight", 0)) for i in definition.get("items", []))
        raters = definition.get("rater_weights", {})
        self.summary.setText(
            self.tr(
                "Sheet total %1 points (weights add up to %2); raters: supervisor %3, self %4, peers %5; team share %6 %"
            )
            .replace("%1", f"{definition.get('sheet_total', 100):g}")
            .replace("%2", f"{total:g}")
            .replace("%3", f"{raters.get('supervisor', 0):g}")
            .replace("%4", f"{raters.get('self', 0):g}")
            .replace("%5", f"{raters.get('peer', 0):g}")
            .replace("%6", f"{100 * float(definition.get('team_share', 0)):g}")
        )
