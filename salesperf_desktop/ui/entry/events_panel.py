"""Key events of the selected person and month, beside the grid (seed 004): bonus/penalty items,
attendance, milestones, the compliance veto and key incidents; add, edit, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.adjustments import Catalogue
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import events as ev
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.edits import keep_untouched, select_or_keep
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.labels import fill

if TYPE_CHECKING:
    from salesperf_desktop.ui.ui_context import UiContext

RED = "color: #b00020"


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + fmt_number(value).replace("-", "−")


def _as_draft(event: ev.EventDraft) -> ev.EventDraft:
    """The stored event's own fields (an EventRecord carries its id and total too)."""
    return ev.EventDraft(
        event.category,
        event.occurred_on,
        event.code,
        event.quantity,
        event.points,
        event.note,
        event.approver,
        event.document_no,
        event.amount,
    )


class EventDialog(QDialog):
    """One event: what, when, how many, points, note; who approved it and the document number
    when its kind needs them (seed 004: +10/+15), the amount of a fine. Validates before it
    closes."""

    def __init__(
        self,
        catalogue: Catalogue,
        month: Period,
        lang: str,
        today: dt.date,
        parent=None,
        draft: ev.EventDraft | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Key event") if draft is None else self.tr("Edit key event"))
        self.catalogue, self.month, self.lang = catalogue, month, lang
        self.draft: ev.EventDraft | None = None
        self._stored = None if draft is None else _as_draft(draft)

        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("eventKind")
        keep = draft.code if draft is not None else ""
        for category, code in ev.kind_choices(catalogue, keep=keep):
            self.kind_box.addItem(self.kind_label(category, code), f"{category}:{code}")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("eventDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        start, end = ap.month_bounds(month)
        self.date_edit.setDateRange(QDate(start), QDate(end))
        self.date_edit.setDate(QDate(today if start <= today <= end else end))
        self.count_spin = QDoubleSpinBox(self)
        self.count_spin.setObjectName("eventCount")
        self.count_spin.setRange(0, 999)
        self.count_spin.setDecimals(1)
        self.count_spin.setValue(1)
        self.points_spin = QDoubleSpinBox(self)
        self.points_spin.setObjectName("eventPoints")
        self.points_spin.setRange(-1000, 1000)
        self.points_spin.setDecimals(1)
        self.amount_spin = QDoubleSpinBox(self)
        self.amount_spin.setObjectName("eventAmount")
        self.amount_spin.setRange(0, 1_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSuffix(self.tr(" yuan"))
        self.approver_edit = QLineEdit(self)
        self.approver_edit.setObjectName("eventApprover")
        self.document_edit = QLineEdit(self)
        self.document_edit.setObjectName("eventDocument")
        self.document_edit.setPlaceholderText(self.tr("e.g. the number of the company notice"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("eventNote")
        self.note_edit.setMinimumWidth(320)
        self.effect = QLabel(self)
        self.effect.setObjectName("eventEffect")
        self.warning = QLabel(self)
        self.warning.setObjectName("eventWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(RED)
        self.error = QLabel(self)
        self.error.setObjectName("eventError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(RED)

        form = self.form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Count:"), self.count_spin)
        form.addRow(self.tr("Points each:"), self.points_spin)
        form.addRow(self.tr("Fine each:"), self.amount_spin)
        form.addRow(self.tr("Approved by:"), self.approver_edit)
        form.addRow(self.tr("Document No.:"), self.document_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Counts:"), self.effect)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.count_spin.valueChanged.connect(self._update_effect)
        self.points_spin.valueChanged.connect(self._update_effect)
        self.amount_spin.valueChanged.connect(self._update_effect)
        if draft is not None:
            code = draft.code if draft.category in (ev.ADJUSTMENT, ev.VETO) else ""
            # a kind the officer cannot pick (an appeal's adjustment) is shown and kept
            select_or_keep(
                self.kind_box, f"{draft.category}:{code}", self.kind_label(draft.category, code)
            )
            self.date_edit.setDate(QDate(draft.occurred_on))
            self.count_spin.setValue(draft.quantity)
            self.note_edit.setText(draft.note)
            self.approver_edit.setText(draft.approver)
            self.document_edit.setText(draft.document_no)
            self.amount_spin.setValue(draft.amount or 0.0)
        self._kind_changed()
        if draft is not None and draft.points is not None:
            self.points_spin.setValue(draft.points)
        self._shown = self._widget_draft()

    def kind_label(self, category: str, code: str) -> str:
        if category == ev.INCIDENT_POSITIVE:
            return self.tr("Key incident, positive (note only)")
        if category == ev.INCIDENT_NEGATIVE:
            return self.tr("Key incident, negative (note only)")
        kind = self.catalogue.get(code)
        label = kind.label(self.lang) if kind else code
        if kind is not None and kind.retired:
            label = fill(self.tr("%1 (retired)"), label)
        if kind is None or kind.veto or kind.points_per_event or kind.money:
            return label
        if kind.per_unit:
            return fill(self.tr("%1 (%2 each)"), label, _signed(kind.points))
        return f"{label} ({_signed(kind.points)})"

    def _current(self) -> tuple[str, str]:
        category, _sep, code = (self.kind_box.currentData() or "adjustment:").partition(":")
        return category, code

    def _kind_changed(self) -> None:
        category, code = self._current()
        kind = self.catalogue.get(code) if category == ev.ADJUSTMENT else None
        per_unit = bool(kind and kind.per_unit)
        own_points = bool(kind and kind.points_per_event)
        money = bool(kind and kind.money)
        self.count_spin.setEnabled(per_unit)
        if not per_unit:
            self.count_spin.setValue(1)
        self.points_spin.setEnabled(own_points)
        if not own_points:
            self.points_spin.setValue(0 if money else (kind.points if kind else 0))
        self.form.setRowVisible(self.points_spin, not money)
        self.form.setRowVisible(self.amount_spin, money)
        approval = bool(kind and kind.needs_approval)
        self.form.setRowVisible(self.approver_edit, approval)
        self.approver_edit.setPlaceholderText(
            fill(self.tr("approved by: %1"), kind.approver_label(self.lang)) if approval else ""
        )
        self.form.setRowVisible(self.document_edit, bool(kind and kind.document_required))
        self.error.clear()
        self.adjustSize()
        if category == ev.VETO:
            self.warning.setText(
                self.tr(
                    "A compliance veto forces the lowest grade for the month, whatever the "
                    "points. Describe the violation in the note."
                )
            )
        elif category in (ev.INCIDENT_POSITIVE, ev.INCIDENT_NEGATIVE):
            self.warning.setText("")
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        self._update_effect()

    def current_draft(self) -> ev.EventDraft:
        """The event as entered; what the officer left as shown stays as stored."""
        current = self._widget_draft()
        if self._stored is None or not hasattr(self, "_shown"):
            return current
        return keep_untouched(self._stored, self._shown, current)

    def changed(self) -> bool:
        """False for an edit that changes nothing (OK then writes nothing)."""
        return self._stored is None or self.draft != self._stored

    def _widget_draft(self) -> ev.EventDraft:
        category, code = self._current()
        kind = self.catalogue.get(code) if category == ev.ADJUSTMENT else None
        points = self.points_spin.value() if kind and kind.points_per_event else None
        amount = self.amount_spin.value() if kind and kind.money else None
        approval = bool(kind and kind.needs_approval)
        document = bool(kind and kind.document_required)
        return ev.EventDraft(
            category,
            self.date_edit.date().toPython(),
            code,
            self.count_spin.value(),
            points,
            self.note_edit.text(),
            self.approver_edit.text() if approval else "",
            self.document_edit.text() if document else "",
            amount,
        )

    def _update_effect(self) -> None:
        category, _code = self._current()
        if category in (ev.INCIDENT_POSITIVE, ev.INCIDENT_NEGATIVE):
            self.effect.setText(self.tr("no points (recorded for the review)"))
        elif category == ev.VETO:
            self.effect.setText(self.tr("lowest grade (veto)"))
        elif ev.is_fine(self.current_draft(), self.catalogue):
            fine = ev.fine_of(self.current_draft(), self.catalogue) or 0.0
            self.effect.setText(fill(self.tr("a fine of %1 yuan (no points)"), fmt_number(fine)))
        else:
            points = ev.points_of(self.current_draft(), self.catalogue) or 0.0
            self.effect.setText(fill(self.tr("%1 points"), _signed(points)))

    def accept(self) -> None:
        try:
            was = self._stored.code if self._stored is not None else ""
            self.draft = ev.validate(self.current_draft(), self.month, self.catalogue, was_code=was)
        except ev.EventError as err:
            self.error.setText(err.message(self.lang))
            return
        super().accept()


class EventsPanel(QWidget):
    """The list for one person and month; edits go through services.events (lock/audit)."""

    changed = Signal(int)  # staff id whose events changed

    def __init__(
        self,
        ui: UiContext,
        reason_provider: Callable[[], str | None],
        write: Writer,
        parent=None,
    ):
        """*reason_provider* returns the reason for a change of a published month, or None;
        *write* runs a change in the entry lane (``ui.entry.write_in_lane``)."""
        super().__init__(parent)
        self.setObjectName("eventsPanel")
        self.ui, self.ctx = ui, ui.ctx
        self.staff_id: int | None = None
        self.month: Period | None = None
        self.catalogue = Catalogue()
        self.read_only = True
        self.reason_provider, self.write = reason_provider, write
        self._saving = False
        self.audited = False
        self.rows: list[ev.EventRecord] = []

        self.heading = QLabel(self.tr("Key events"), self)
        self.heading.setObjectName("eventsHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("eventsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Count"), self.tr("Points"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("eventsSummary")
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addEvent")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteEvent")
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel(self)
        self.message.setObjectName("eventsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    # ----------------------------------------------------------------- showing

    def set_person(
        self,
        staff_id: int | None,
        name: str,
        month: Period | None,
        *,
        catalogue: Catalogue | None = None,
        read_only: bool = True,
        audited: bool = False,
    ) -> None:
        self.staff_id, self.month = staff_id, month
        self.catalogue = catalogue or Catalogue()
        self.read_only, self.audited = read_only, audited
        self.message.clear()
        if staff_id is None or month is None:
            self.heading.setText(self.tr("Key events: select a person in the grid"))
        else:
            self.heading.setText(
                fill(self.tr("Key events: %1, %2"), name, month.label(self.ctx.lang))
            )
        self.reload()
        if read_only and staff_id is not None and month is not None:
            self._refuse_read_only()

    def kind_text(self, row: ev.EventRecord) -> str:
        if row.category == ev.INCIDENT_POSITIVE:
            return self.tr("Key incident +")
        if row.category == ev.INCIDENT_NEGATIVE:
            return self.tr("Key incident −")
        kind = self.catalogue.get(row.code or ev.VETO_CODE)
        return kind.label(self.ctx.lang) if kind else row.code

    def _note_text(self, row: ev.EventRecord) -> str:
        """The note, then who approved it and the document that published it (seed 004)."""
        parts = [row.note] if row.note else []
        if row.approver:
            parts.append(fill(self.tr("approved by %1"), row.approver))
        if row.document_no:
            parts.append(fill(self.tr("document %1"), row.document_no))
        return " · ".join(parts)

    def reload(self) -> None:
        rows = []
        if self.staff_id is not None and self.month is not None and self.month.kind == "month":
            rows = ev.list_events(self.ctx, self.staff_id, self.month, self.catalogue)
        self._show(rows)

    def _show(self, rows: list[ev.EventRecord]) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        total = fines = 0.0
        vetoed = False
        for r, row in enumerate(self.rows):
            points = "" if row.points_total is None else _signed(row.points_total)
            if row.category == ev.VETO:
                points = self.tr("veto")
                vetoed = True
            if row.fine_total is not None:
                points = fill(self.tr("%1 yuan"), fmt_number(row.fine_total))
                fines += row.fine_total
            cells = [
                row.occurred_on.isoformat(),
                self.kind_text(row),
                fmt_number(row.quantity) if row.category == ev.ADJUSTMENT else "",
                points,
                self._note_text(row),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.category == ev.VETO:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, item)
            total += row.points_total or 0.0
        text = fill(self.tr("Bonus/penalty: %1 points"), _signed(total))
        if fines:
            text += " · " + fill(self.tr("fines: %1 yuan (not in the score)"), fmt_number(fines))
        if vetoed:
            text += " · " + self.tr("vetoed: lowest grade")
        self.summary.setText(text if self.rows else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        can = not (self.read_only or self._saving)
        can = can and self.staff_id is not None and self.month is not None
        self.add_button.setEnabled(can)
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(can and selected)
        self.delete_button.setEnabled(can and selected)

    def selected_row(self) -> ev.EventRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        r = rows[0].row()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    # ----------------------------------------------------------------- editing

    def _reason(self) -> str | None:
        return self.reason_provider() if self.audited else ""

    def _run(self, action) -> bool:
        """Run the change in the background (True: started); the buttons wait until it is
        stored, then the list and the grid show it, or the refusal is said here."""
        sid, month, catalogue = self.staff_id, self.month, self.catalogue
        self._saving = True
        self.message.clear()
        self._update_buttons()

        def change_then_read() -> list[ev.EventRecord]:
            action()  # the list as stored now, read in the same background job
            return ev.list_events(self.ctx, sid, month, catalogue)

        self.write(change_then_read, lambda outcome: self._done(sid, outcome, month))
        return True

    def _done(self, staff_id: int, outcome, month: Period | None = None) -> None:
        self._saving = False
        if outcome.cancelled:
            self._update_buttons()
            return
        error = outcome.error
        if error is not None:
            if isinstance(error, LockedError):
                text = self.tr(
                    "Not changed: the month is signed and locked; only an upheld appeal can "
                    "change it."
                )
            elif isinstance(error, ev.EventError):
                text = error.message(self.ctx.lang)
            else:
                text = outcome.message
            self.message.setText(text)
            self._update_buttons()
            return
        if (staff_id, month) == (self.staff_id, self.month):
            self._show(outcome.result)
        else:  # another person was chosen meanwhile: the list shown is theirs
            self._update_buttons()
        self.changed.emit(staff_id)

    def _ask_draft(self, old: ev.EventRecord | None = None) -> ev.EventDraft | None:
        """The event as the officer enters it in the dialog (None: cancelled, or an edit that
        changes nothing), confirmed when it becomes a veto."""
        dialog = EventDialog(self.catalogue, self.month, self.ctx.lang, self.ui.today(), self, old)
        with deleted_after(dialog):
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            draft = dialog.draft if accepted and dialog.changed() else None
        if draft is None:
            return None
        was_veto = old is not None and old.category == ev.VETO
        if draft.category == ev.VETO and not was_veto and not self._confirm_veto():
            return None
        return draft

    def add(self) -> bool:
        if self._saving:  # the last change is still being stored
            return False
        if self.read_only or self.staff_id is None:
            self._refuse_read_only()
            return False
        draft = self._ask_draft()
        reason = self._reason() if draft is not None else None
        if reason is None:
            return False
        sid, month = self.staff_id, self.month
        return self._run(
            lambda: ev.add_event(
                self.ctx, sid, month, draft, reason=reason, catalogue=self.catalogue
            )
        )

    def edit_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self._saving:
            return False
        if self.read_only:
            self._refuse_read_only()
            return False
        draft = self._ask_draft(row)
        reason = self._reason() if draft is not None else None
        if reason is None:
            return False
        return self._run(
            lambda: ev.update_event(
                self.ctx, row.id, draft, reason=reason, catalogue=self.catalogue
            )
        )

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self._saving:
            return False
        if self.read_only:
            self._refuse_read_only()
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            fill(self.tr("Delete “%1” of %2?"), self.kind_text(row), row.occurred_on.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        reason = self._reason()
        if reason is None:
            return False
        return self._run(lambda: ev.delete_event(self.ctx, row.id, reason=reason))

    def _confirm_veto(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Compliance veto"),
            self.tr(
                "A compliance veto forces the lowest grade for this month, whatever the points. "
                "Record it?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse_read_only(self) -> None:
        self.message.setText(
            self.tr(
                "Read-only: the month is signed and locked; only an upheld appeal can change it."
            )
        )
