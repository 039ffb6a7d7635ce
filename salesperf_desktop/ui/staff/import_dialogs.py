"""The staff import's two dialogs: every problem located, or a preview before applying."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.staff_io import StaffImportPlan, header
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.table_model import RowsTableModel


class ImportProblemsDialog(QDialog):
    """Nothing was imported; a table of sheet, row, column and reason."""

    def __init__(self, plan: StaffImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self.setWindowTitle(self.tr("Staff import: nothing was imported"))
        self.resize(760, 420)
        label = QLabel(
            fill(
                self.tr("%1 problem(s) found. Correct them in the workbook and import again."),
                len(plan.problems),
            ),
            self,
        )
        label.setWordWrap(True)
        self.model = RowsTableModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")], self
        )
        self.model.set_rows([(p.sheet, p.row or "", p.column, p.message) for p in plan.problems])
        view = QTableView(self)
        view.setObjectName("importProblems")
        view.setModel(self.model)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view)
        layout.addWidget(buttons)


class ImportPreviewDialog(QDialog):
    """New / updated (with each change) / unchanged; Apply writes it all."""

    def __init__(self, plan: StaffImportPlan, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Staff import preview"))
        self.resize(760, 480)
        summary = QLabel(
            fill(
                self.tr("%1 new, %2 updated, %3 unchanged. Nothing is written until you apply."),
                len(plan.new),
                len(plan.updated),
                len(plan.unchanged),
            ),
            self,
        )
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importPreview")
        self.tree.setHeaderLabels(
            [self.tr("Person"), self.tr("Change"), self.tr("Old"), self.tr("New")]
        )
        for title, people, expand in (
            (self.tr("New"), plan.new, True),
            (self.tr("Updated"), plan.updated, True),
            (self.tr("Unchanged"), plan.unchanged, False),
        ):
            group = QTreeWidgetItem(self.tree, [f"{title} ({len(people)})"])
            for p in people:
                item = QTreeWidgetItem(group, [f"{p.employee_no} {p.name}"])
                for key, old, new in p.changes:
                    QTreeWidgetItem(item, ["", _header(key, lang), old, new])
                item.setExpanded(True)
            group.setExpanded(expand)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setEnabled(bool(plan.new or plan.updated))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)


def _header(key: str, lang: str) -> str:
    try:
        return header(key, lang)
    except KeyError:
        return key
