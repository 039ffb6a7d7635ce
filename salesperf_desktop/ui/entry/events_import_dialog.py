"""Key events from a workbook: save the template, choose the filled file, check (every problem
named sheet!cell), import all or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services import events as ev
from salesperf_desktop.services import events_import as ei
from salesperf_desktop.ui.entry.rater_sheets_dialog import ERROR_STYLE, _table
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.table_model import RowsTableModel

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext


class EventsImportDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventsImportDialog")
        self.setWindowTitle(self.tr("Import key events"))
        self.ui, self.ctx = ui, ui.ctx
        self.plan: ei.EventsPlan | None = None
        self.batch_id: int | None = None
        intro = QLabel(
            self.tr(
                "One event per row: date, employee ID, kind, count, note. Save the template, "
                "fill it in, then choose it here. Nothing is imported while any row has a "
                "problem; events already recorded are not recorded twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Save the template…"), self)
        self.template_button.setObjectName("eventsTemplate")
        self.template_button.clicked.connect(self.save_template)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("eventsFile")
        self.file_edit.returnPressed.connect(self.check)
        browse = QPushButton(self.tr("Choose the workbook…"), self)
        browse.setObjectName("eventsBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.template_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("eventsSummary")
        self.summary.setWordWrap(True)
        self.preview_model = RowsTableModel([], self)
        self.preview = _table(self, "eventsPreview", self.preview_model)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("eventsApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)

    def save_template(self) -> None:
        name = render("events_import.file_name", {}, self.ctx.lang) + ".xlsx"
        path, _ = get_save_file_name(
            self, self.tr("Save the key events template"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            ei.write_events_template(self.ctx, path)
            self._say(fill(self.tr("Template saved: %1"), path))

    def browse(self) -> None:
        path, _ = get_open_file_name(
            self, self.tr("Key events workbook"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.file_edit.setText(path)
            self.check()

    def check(self) -> None:
        path = self.file_edit.text().strip()
        if not path:
            return
        self.plan = None
        self.apply_button.setEnabled(False)
        self._say(self.tr("Checking…"))
        ctx = self.ctx
        self.ui.tasks.run(
            self.tr("Checking the workbook"),
            lambda cancel: ei.plan_events_import(ctx, path, cancel=cancel),
            self._checked,
            self,
        )

    def _checked(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            self._say(self.tr("Cancelled.") if outcome.cancelled else outcome.message, True)
            return
        plan = self.plan = outcome.result
        if plan.problems:
            self.preview_model.set_headers([self.tr("Where"), self.tr("Problem")])
            self.preview_model.set_rows([(p.location, p.message) for p in plan.problems])
            self._say(
                fill(
                    self.tr(
                        "%1 problem(s): fix the workbook and check again; nothing will be imported."
                    ),
                    len(plan.problems),
                ),
                True,
            )
            return
        lang = self.ctx.lang
        self.preview_model.set_headers(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Count"),
                self.tr("Points"),
                self.tr("Note"),
            ]
        )
        self.preview_model.set_rows(
            [
                (
                    p.employee_no,
                    p.name,
                    p.draft.occurred_on,
                    ei.kind_label(p.draft.category, p.draft.code, lang, plan.catalogue),
                    fmt_number(p.draft.quantity),
                    self._effect(p),
                    p.draft.note,
                )
                for p in plan.events
            ]
        )
        self._say(
            fill(
                self.tr("%1 row(s) read: %2 new event(s), %3 already recorded."),
                plan.rows,
                len(plan.events),
                plan.unchanged,
            )
        )
        self.apply_button.setEnabled(bool(plan.events))

    def _effect(self, planned) -> str:
        """What the event counts: signed points, a fine in 元, the lowest grade (veto), or a
        dash (a note)."""
        if planned.draft.category == ev.VETO:
            return render("events_import.lowest_grade", {}, self.ctx.lang)
        if planned.fine_total is not None:
            return fill(self.tr("%1 yuan (fine)"), fmt_number(planned.fine_total))
        points = planned.points_total
        return "—" if points is None else fmt_number(points)

    def apply(self) -> None:
        if self.plan is None or self.plan.problems:
            return
        plan, ctx = self.plan, self.ctx
        self.apply_button.setEnabled(False)
        self.ui.tasks.run(
            self.tr("Importing"),
            lambda cancel: ei.apply_events_import(ctx, plan),
            self._applied,
            self,
        )

    def _applied(self, outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            text = self.tr("Cancelled.") if outcome.cancelled else outcome.message
            self._say(fill(self.tr("Nothing was imported: %1"), text), True)
            return
        self.batch_id = outcome.result
        self.ui.events.changed.emit("entries")
        self.accept()

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")
