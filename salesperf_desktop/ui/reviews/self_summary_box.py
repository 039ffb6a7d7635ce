"""The person's self-summary (自我总结) for a period, printed on the form in its own box.

Seed 003 (四、考核實施流程 3.): at the end of the period the salesperson first writes a
self-summary, then the supervisor rates. Read-only once the form is signed: only the decision
on an upheld appeal may change it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import self_summary as summaries
from salesperf_desktop.ui.reviews.signed_text_box import SignedTextBox
from salesperf_desktop.ui.ui_context import UiContext


class SelfSummaryBox(SignedTextBox):
    """Shows and saves one person's summary for one period; switching saves an edit first."""

    saved = Signal(int)  # staff id

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        names = ("selfSummary", "selfSummaryHint", "saveSelfSummary")
        super().__init__(ui, names, self.tr("Save self-summary"), parent)
        self.setObjectName("selfSummaryBox")
        self.setTitle(self.tr("Self-summary (printed on the form)"))
        self.staff_id: int | None = None
        self.period: Period | None = None
        self.show_person(None, None)

    def _shown(self) -> bool:
        return self.staff_id is not None and self.period is not None

    def show_person(self, staff_id: int | None, period: Period | str | None) -> None:
        self._save_first()
        if isinstance(period, str):
            period = Period.parse(period) if period else None
        self.staff_id, self.period = (staff_id, period) if staff_id and period else (None, None)
        text, locked = "", False
        if self.staff_id is not None:
            text = summaries.self_summary(self.ui.ctx, self.staff_id, self.period)
            locked = summaries.is_summary_locked(self.ui.ctx, self.staff_id, self.period)
        if self.staff_id is None:
            hint = self.tr("Choose a person and a period.")
        elif locked:
            hint = self.tr("Signed: only the decision on an upheld appeal can change it.")
        else:
            hint = self.tr("Every change is kept in the audit trail.")
        self._show(
            text,
            shown=self.staff_id is not None,
            editable=not locked,
            placeholder=self.tr(
                "What the employee writes about the period before the supervisor rates"
            ),
            hint=hint,
        )

    def _write(self, text: str) -> None:
        summaries.set_self_summary(self.ui.ctx, self.staff_id, self.period, text)

    def _saved(self) -> None:
        self.saved.emit(self.staff_id)
