"""The person's self-summary (自我总结) for a period, printed on the form in its own box.

Seed 003 (四、考核實施流程 3.): at the end of the period the salesperson first writes a
self-summary, then the supervisor rates. Read-only once the form is signed: only the decision
on an upheld appeal may change it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import self_summary as summaries
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.ui_context import UiContext


class SelfSummaryBox(QGroupBox):
    """Shows and saves one person's summary for one period; switching saves an edit first."""

    saved = Signal(int)  # staff id

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selfSummaryBox")
        self.setTitle(self.tr("Self-summary (printed on the form)"))
        self.ui = ui
        self.staff_id: int | None = None
        self.period: Period | None = None
        self._stored = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("selfSummary")
        self.editor.textChanged.connect(self._update_buttons)
        self.hint = QLabel(self)
        self.hint.setObjectName("selfSummaryHint")
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save self-summary"), self)
        self.save_button.setObjectName("saveSelfSummary")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.show_person(None, None)

    def dirty(self) -> bool:
        return self.staff_id is not None and self.editor.toPlainText().strip() != self._stored

    def show_person(self, staff_id: int | None, period: Period | str | None) -> None:
        if self.dirty() and not self.editor.isReadOnly():
            self.save()
        if isinstance(period, str):
            period = Period.parse(period) if period else None
        self.staff_id, self.period = (staff_id, period) if staff_id and period else (None, None)
        text, locked = "", False
        if self.staff_id is not None:
            text = summaries.self_summary(self.ui.ctx, self.staff_id, self.period)
            locked = summaries.is_summary_locked(self.ui.ctx, self.staff_id, self.period)
        self._stored = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(locked)
        self.editor.setEnabled(self.staff_id is not None)
        self.editor.setPlaceholderText(
            self.tr("What the employee writes about the period before the supervisor rates")
            if not locked
            else ""
        )
        if self.staff_id is None:
            self.hint.setText(self.tr("Choose a person and a period."))
        elif locked:
            self.hint.setText(
                self.tr("Signed: only the decision on an upheld appeal can change it.")
            )
        else:
            self.hint.setText(self.tr("Every change is kept in the audit trail."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty() and not self.editor.isReadOnly())

    def save(self) -> bool:
        if self.staff_id is None or self.period is None:
            return False
        try:
            summaries.set_self_summary(
                self.ui.ctx, self.staff_id, self.period, self.editor.toPlainText()
            )
        except LockedError as exc:
            QMessageBox.warning(self, self.title(), exc.message(self.ui.lang))
            return False
        self._stored = self.editor.toPlainText().strip()
        self._update_buttons()
        self.saved.emit(self.staff_id)
        return True
