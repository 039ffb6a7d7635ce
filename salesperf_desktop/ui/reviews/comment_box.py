"""The supervisor's comment (上级评语) of the appraisal selected on the sign-off page.

Written before the form is printed and signed; printed on the form above the signatures. Once
signed it is read-only here: only the decision on an upheld appeal may rewrite it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from salesperf_desktop.services import signoff
from salesperf_desktop.ui.reviews.signed_text_box import SignedTextBox
from salesperf_desktop.ui.ui_context import UiContext


class CommentBox(SignedTextBox):
    """Shows and saves one appraisal's comment; switching to another appraisal saves an edit."""

    saved = Signal(int)  # appraisal id

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        names = ("supervisorComment", "commentHint", "saveComment")
        super().__init__(ui, names, self.tr("Save comment"), parent)
        self.setObjectName("commentBox")
        self.setTitle(self.tr("Supervisor's comment (printed on the form)"))
        self.ctx = ui.ctx
        self.appraisal_id: int | None = None
        self.show_appraisal(None)

    def _shown(self) -> bool:
        return self.appraisal_id is not None

    def show_appraisal(self, appraisal_id: int | None) -> None:
        """Show the comment of *appraisal_id* (None: nothing selected); an unsaved edit is saved
        first, so switching to another person or a refresh never loses what was typed."""
        self._save_first()
        self.appraisal_id = appraisal_id
        record = signoff.supervisor_comment(self.ctx, appraisal_id) if appraisal_id else None
        editable = bool(record and record.editable)
        if record is None:
            hint = self.tr("Select an appraisal to write its comment.")
        elif editable:
            hint = self.tr(
                "Write it before printing the form; changes after publication are audited."
            )
        else:
            hint = self.tr(
                "Signed: the comment is on the signed form. Only the decision on an upheld "
                "appeal can change it (Appeals page, Record decision…)."
            )
        self._show(
            record.text if record else "",
            shown=record is not None,
            editable=editable,
            placeholder=self.tr(
                "The supervisor's assessment of the period, as it is to be printed and signed"
            ),
            hint=hint,
        )

    def _write(self, text: str) -> None:
        signoff.write_supervisor_comment(self.ctx, self.appraisal_id, text)

    def _saved(self) -> None:
        self.saved.emit(self.appraisal_id)
