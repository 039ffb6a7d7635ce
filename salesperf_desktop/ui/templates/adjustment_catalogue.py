"""The bonus/penalty catalogue (加减分项目, seed 004's 表扬加分、差错扣分 and the company's own
items): the list on its page of the templates tab, and the dialog that adds or edits one type.

A type in use is retired, never deleted, so the events recorded with it keep their meaning.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.adjustments import AdjustmentType, Catalogue, type_problems
from salesperf_desktop.domain.i18n import fmt_number, pick
from salesperf_desktop.services import adjustment_types as at
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.table_model import RowsTableModel

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext

RED = "color: #b00020"
FIXED, PER_UNIT, MONEY = "fixed", "per_unit", "money"


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + fmt_number(value).replace("-", "−")


def _with_text(texts, lang: str, text: str) -> dict[str, str]:
    """*texts* (a text per language) with the officer's language set to *text*."""
    out = dict(texts)
    out[lang] = text.strip()
    return out


class AdjustmentTypeDialog(QDialog):
    """One type: name, how it counts (fixed points, points per unit, a fine in 元), the unit,
    who approves it and whether a document number is needed."""

    def __init__(
        self,
        catalogue: Catalogue,
        lang: str,
        parent=None,
        kind: AdjustmentType | None = None,
        in_use: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("adjustmentTypeDialog")
        self.setWindowTitle(
            self.tr("New bonus/penalty item")
            if kind is None
            else self.tr("Edit bonus/penalty item")
        )
        self.catalogue, self.lang = catalogue, lang
        self._kind = kind or AdjustmentType(code="", points=1.0, name={})
        self.result_kind: AdjustmentType | None = None

        self.name_edit = QLineEdit(self._kind.label(lang) if kind else "", self)
        self.name_edit.setObjectName("typeName")
        self.name_edit.setMinimumWidth(320)
        self.how_box = QComboBox(self)
        self.how_box.setObjectName("typeHow")
        self.how_box.addItem(self.tr("Fixed points each time"), FIXED)
        self.how_box.addItem(self.tr("Points per unit"), PER_UNIT)
        self.how_box.addItem(self.tr("Fine in yuan (not in the score)"), MONEY)
        how = MONEY if self._kind.money else PER_UNIT if self._kind.per_unit else FIXED
        self.how_box.setCurrentIndex(self.how_box.findData(how))
        self.points_spin = QDoubleSpinBox(self)
        self.points_spin.setObjectName("typePoints")
        self.points_spin.setRange(-1000, 1000)
        self.points_spin.setDecimals(1)
        self.points_spin.setValue(self._kind.points)
        self.unit_edit = QLineEdit(self._kind.unit_label(lang), self)
        self.unit_edit.setObjectName("typeUnit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. occurrence, day"))
        self.approver_edit = QLineEdit(self._kind.approver_label(lang), self)
        self.approver_edit.setObjectName("typeApprover")
        self.approver_edit.setPlaceholderText(self.tr("empty: no approval needed"))
        self.document_check = QCheckBox(self.tr("A document number must be recorded"), self)
        self.document_check.setObjectName("typeDocument")
        self.document_check.setChecked(self._kind.document_required)
        self.source = QLabel(self._kind_source(), self)
        self.source.setObjectName("typeSource")
        self.source.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("typeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(RED)

        # what makes a type a veto or an appeal's own points is the program's; a type in use
        # keeps how it counts, so its past events keep their meaning
        fixed_kind = self._kind.veto or self._kind.points_per_event
        self.how_box.setEnabled(not (fixed_kind or in_use))
        self.points_spin.setEnabled(not fixed_kind)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow(self.tr("Counts as:"), self.how_box)
        self.form.addRow(self.tr("Points:"), self.points_spin)
        self.form.addRow(self.tr("Unit:"), self.unit_edit)
        self.form.addRow(self.tr("Approved by:"), self.approver_edit)
        self.form.addRow("", self.document_check)
        if self.source.text():
            self.form.addRow(self.tr("Source:"), self.source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.how_box.currentIndexChanged.connect(self._how_changed)
        self._how_changed()

    def _kind_source(self) -> str:
        return pick(self._kind.source, self.lang)

    def _how_changed(self) -> None:
        how = self.how_box.currentData()
        self.form.setRowVisible(self.points_spin, how != MONEY)
        self.form.setRowVisible(self.unit_edit, how == PER_UNIT)
        self.adjustSize()

    def edited(self) -> AdjustmentType:
        """The type as the dialog shows it now."""
        how = self.how_box.currentData()
        k = self._kind
        return replace(
            k,
            name=_with_text(k.name, self.lang, self.name_edit.text()),
            points=0.0 if how == MONEY else self.points_spin.value(),
            per_unit=how == PER_UNIT,
            money=how == MONEY,
            unit=_with_text(k.unit, self.lang, self.unit_edit.text()) if how == PER_UNIT else {},
            approver=_approver(k.approver, self.lang, self.approver_edit.text()),
            document_required=self.document_check.isChecked(),
        )

    def accept(self) -> None:
        kind = self.edited()
        problems = type_problems(kind, self.catalogue, self.lang)
        if problems:
            self.error.setText(problems[0].message(self.lang))
            return
        self.result_kind = kind
        super().accept()


def _approver(texts, lang: str, text: str) -> dict[str, str]:
    """Who approves: the officer's words in her language; emptied, nobody needs to."""
    return _with_text(texts, lang, text) if text.strip() else {}


class AdjustmentCataloguePage(QWidget):
    """The catalogue as a list with add, edit, retire/reinstate and delete."""

    def __init__(self, ui: UiContext, parent=None):
        super().__init__(parent)
        self.setObjectName("adjustmentCatalogue")
        self.ui, self.ctx = ui, ui.ctx
        self.records: list[at.AdjustmentTypeRecord] = []
        self.model = RowsTableModel(
            [
                self.tr("Item"),
                self.tr("Points"),
                self.tr("Approved by"),
                self.tr("Document No."),
                self.tr("Events"),
                self.tr("Source"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("adjustmentTypes")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        intro = QLabel(
            self.tr(
                "Bonus and penalty items outside the weighted sum (seed 004). An item in use is "
                "retired, never deleted: past events keep their meaning. Fines are money, "
                "never points."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = self._button(self.tr("New…"), "newAdjustmentType", self.add)
        self.edit_button = self._button(self.tr("Edit…"), "editAdjustmentType", self.edit_selected)
        self.retire_button = self._button(
            self.tr("Retire"), "retireAdjustmentType", self.toggle_retired
        )
        self.delete_button = self._button(
            self.tr("Delete"), "deleteAdjustmentType", self.delete_selected
        )
        self.message = QLabel(self)
        self.message.setObjectName("adjustmentMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.retire_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ----------------------------------------------------------------- showing

    def refresh(self) -> None:
        selected = self.selected()
        self.records = at.list_types(self.ctx)
        self.model.set_rows(
            [self._cells(r) for r in self.records], keys=[r.kind.code for r in self.records]
        )
        if selected is not None:
            self.select(selected.kind.code)
        self._update_buttons()

    def _cells(self, r: at.AdjustmentTypeRecord) -> tuple:
        k, lang = r.kind, self.ctx.lang
        name = k.label(lang)
        if k.retired:
            name = fill(self.tr("%1 (retired)"), name)
        return (
            name,
            self._points_text(k),
            k.approver_label(lang),
            self.tr("needed") if k.document_required else "",
            r.events,
            pick(k.source, lang),
        )

    def _points_text(self, k: AdjustmentType) -> str:
        if k.veto:
            return self.tr("lowest grade (veto)")
        if k.money:
            return self.tr("fine in yuan, stated per event")
        if k.points_per_event:
            return self.tr("stated per event")
        if k.per_unit:
            return fill(self.tr("%1 per %2"), _signed(k.points), k.unit_label(self.ctx.lang))
        return _signed(k.points)

    def selected(self) -> at.AdjustmentTypeRecord | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.records):
            return None
        return self.records[index.row()]

    def select(self, code: str) -> None:
        for row, r in enumerate(self.records):
            if r.kind.code == code:
                self.view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        r = self.selected()
        self.edit_button.setEnabled(r is not None)
        self.retire_button.setEnabled(r is not None and not r.kind.veto)
        self.retire_button.setText(
            self.tr("Reinstate") if r is not None and r.kind.retired else self.tr("Retire")
        )
        self.delete_button.setEnabled(r is not None and not r.shipped)

    # ----------------------------------------------------------------- editing

    def _catalogue(self) -> Catalogue:
        return Catalogue(r.kind for r in self.records)

    def _ask(self, kind: AdjustmentType | None, in_use: bool) -> AdjustmentType | None:
        dialog = AdjustmentTypeDialog(self._catalogue(), self.ctx.lang, self, kind, in_use)
        with deleted_after(dialog):
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_kind if accepted else None

    def _save(self, kind: AdjustmentType) -> None:
        try:
            code = at.save_type(self.ctx, kind)
        except at.AdjustmentTypeError as err:
            self.message.setText(err.message(self.ctx.lang))
            return
        self.message.clear()
        self.refresh()
        self.select(code)
        self.ui.events.changed.emit("templates")

    def add(self) -> None:
        kind = self._ask(None, False)
        if kind is not None:
            self._save(kind)

    def edit_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        kind = self._ask(r.kind, r.events > 0)
        if kind is not None:
            self._save(kind)

    def toggle_retired(self) -> None:
        r = self.selected()
        if r is None:
            return
        at.set_retired(self.ctx, r.kind.code, not r.kind.retired)
        self.message.clear()
        self.refresh()
        self.ui.events.changed.emit("templates")

    def delete_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete item"),
            fill(self.tr("Delete “%1”?"), r.kind.label(self.ctx.lang)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            at.delete_type(self.ctx, r.kind.code)
        except at.AdjustmentTypeError as err:
            self.message.setText(err.message(self.ctx.lang))
            return
        self.message.clear()
        self.refresh()
        self.ui.events.changed.emit("templates")
