"""A text printed on the form that the officer writes, saves and that signing makes read-only:
the supervisor's comment (上级评语) and the self-summary (自我总结) are two of these."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.ui.ui_context import UiContext


class SignedTextBox(QGroupBox):
    """An editor, a hint and a save button; an unsaved edit is saved before another text is
    shown, so switching people or a refresh never loses what was typed. Subclasses say what
    is shown (``_show``) and how it is written (``_write``)."""

    def __init__(self, ui: UiContext, names: tuple[str, str, str], save_text: str, parent=None):
        """*names*: the object names of the editor, the hint and the save button."""
        super().__init__(parent)
        self.ui = ui
        self._stored = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName(names[0])
        self.editor.textChanged.connect(self._update_buttons)
        self.hint = QLabel(self)
        self.hint.setObjectName(names[1])
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName(names[2])
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)

    def _shown(self) -> bool:
        """Whether a text is shown (a person, an appraisal chosen)."""
        raise NotImplementedError

    def _write(self, text: str) -> None:
        """Store *text* (raises LockedError when signing forbids it)."""
        raise NotImplementedError

    def _saved(self) -> None:
        """After a save: subclasses tell who listens."""

    def dirty(self) -> bool:
        return self._shown() and self.editor.toPlainText().strip() != self._stored

    def _save_first(self) -> None:
        if self.dirty() and not self.editor.isReadOnly():
            self.save()

    def _show(self, text: str, *, shown: bool, editable: bool, placeholder: str, hint: str):
        self._stored = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(not editable)
        self.editor.setEnabled(shown)
        self.editor.setPlaceholderText(placeholder if editable else "")
        self.hint.setText(hint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty() and not self.editor.isReadOnly())

    def save(self) -> bool:
        if not self._shown():
            return False
        try:
            self._write(self.editor.toPlainText())
        except LockedError as exc:
            QMessageBox.warning(self, self.title(), exc.message(self.ui.lang))
            return False
        self._stored = self.editor.toPlainText().strip()
        self._update_buttons()
        self._saved()
        return True
