"""The supervisor's comment (上级评语) of the appraisal selected on the sign-off page.

Written before the form is printed and signed; printed on the form above the signatures. Once
signed it is read-only here: only the decision on an upheld appeal may rewrite it.
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

from salesperf_desktop.services import signoff
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.ui_context import UiContext


class CommentBox(QGroupBox):
    """Shows and saves one appraisal's comment; switching to another appraisal saves an edit."""

    saved = Signal(int)  # appraisal id

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commentBox")
        self.setTitle(self.tr("Supervisor's comment (printed on the form)"))
        self.ctx = ui.ctx
        self.appraisal_id: int | None = None
        self._stored = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("supervisorComment")
        self.editor.textChanged.connect(self._update_buttons)
        self.hint = QLabel(self)
        self.hint.setObjectName("commentHint")
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save comment"), self)
        self.save_button.setObjectName("saveComment")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.show_appraisal(None)

    def dirty(self) -> bool:
        return self.appraisal_id is not None and self.editor.toPlainText().strip() != self._stored

    def show_appraisal(self, appraisal_id: int | None) -> None:
        """Show the comment of *appraisal_id* (None: nothing selected); an unsaved edit is saved
        first, so switching to another person or a refresh never loses what was typed."""
        if self.dirty() and not self.editor.isReadOnly():
            self.save()
        self.appraisal_id = appraisal_id
        record = signoff.supervisor_comment(self.ctx, appraisal_id) if appraisal_id else None
        self._stored = record.text if record else ""
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._stored)
        self.editor.blockSignals(False)
        editable = bool(record and record.editable)
        self.editor.setReadOnly(not editable)
        self.editor.setPlaceholderText(
            self.tr("The supervisor's assessment of the period, as it is to be printed and signed")
            if editable
            else ""
        )
        self.editor.setEnabled(record is not None)
        if record is None:
            self.hint.setText(self.tr("Select an appraisal to write its comment."))
        elif editable:
            self.hint.setText(
                self.tr("Write it before printing the form; changes after publication are audited.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Signed: the comment is on the signed form. Only the decision on an upheld "
                    "appeal can change it (Appeals page, Record decision…)."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty() and not self.editor.isReadOnly())

    def save(self) -> bool:
        if self.appraisal_id is None:
            return False
        appraisal_id = self.appraisal_id
        try:
            signoff.write_supervisor_comment(self.ctx, appraisal_id, self.editor.toPlainText())
        except LockedError as exc:
            QMessageBox.warning(self, self.title(), exc.message(self.ctx.lang))
            return False
        self._stored = self.editor.toPlainText().strip()
        self._update_buttons()
        self.saved.emit(appraisal_id)
        return True
