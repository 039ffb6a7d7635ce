"""Choose library indicators to add to a template (grouped by dimension, with checkboxes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.ui.labels import dimension_label


class IndicatorPicker(QDialog):
    def __init__(self, entries: list[dict], exclude: set[str], lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("indicatorPicker")
        self.setWindowTitle(self.tr("Add indicators"))
        self.resize(560, 520)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Default weight")])
        groups: dict[str, QTreeWidgetItem] = {}
        from salesperf_desktop.ui.templates.library import _dimension_order

        for e in sorted(entries, key=_dimension_order):
            if e["code"] in exclude:
                continue
            group = groups.get(e["dimension"])
            if group is None:
                group = groups[e["dimension"]] = QTreeWidgetItem(
                    self.tree, [dimension_label(e["dimension"])]
                )
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [pick(e["name"], lang), f"{e['default_weight']:g}"])
            item.setData(0, Qt.ItemDataRole.UserRole, e["code"])
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, pick(e.get("definition"), lang))
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def check(self, code: str) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(0, Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _items(self):
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                yield group.child(i)
