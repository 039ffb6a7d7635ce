"""Working in dialogs the way a user does: wait for the modal dialog that opens, then act in it.

``modal_dialog`` is for dialogs opened with ``open()`` (the window keeps running);
``answer_in_turn`` for those that block in ``exec()`` (file choosers, message boxes), whose
answers must be lined up before the action that opens them.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox


def modal_dialog(qtbot, kind: type[QDialog] | None = None, timeout: int = 5000) -> QDialog:
    """The modal dialog open now, once it is up."""

    def found() -> bool:
        w = QApplication.activeModalWidget()
        return w is not None and (kind is None or isinstance(w, kind))

    qtbot.waitUntil(found, timeout=timeout)
    return QApplication.activeModalWidget()


def answer_in_turn(*steps, polls: int = 500) -> list[QDialog]:
    """Handle the next modal dialogs in order: each step is ``(kind, act)``; ``act(dialog)``
    answers it. Returns the dialogs handled (to check that each one opened)."""
    queue = list(steps)
    handled: list[QDialog] = []

    def poll(left: int) -> None:
        w = QApplication.activeModalWidget()
        if queue and isinstance(w, queue[0][0]) and all(w is not h for h in handled):
            _kind, act = queue.pop(0)
            handled.append(w)
            act(w)
        if queue and left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(polls))
    return handled


def choose_file(path) -> tuple:
    """A step that picks *path* in the file chooser."""

    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return QFileDialog, act


def press(button_text: str, seen: list[str] | None = None) -> tuple:
    """A step that presses the message box's button with this text (noting the box's text)."""

    def act(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    return QMessageBox, act


class _Text:
    def __init__(self, text: str):
        self._text = text

    def text(self) -> str:
        return self._text


class _FaultSeen:
    """The texts a fault dialog showed, kept after the dialog is gone."""

    def __init__(self, label_before_copy: str, dialog):
        self.label_before_copy = label_before_copy
        self.message = _Text(dialog.message.text())
        self.copy_button = _Text(dialog.copy_button.text())
        self.log_note = _Text(dialog.log_note.text())


def read_fault(seen: list | None = None, *, copy: bool = False) -> tuple:
    """A step that reads the fault dialog (its message, its log-file line), optionally presses
    "Copy details", then closes it. *seen* gets the dialog."""
    from salesperf_desktop.ui.fault_dialog import FaultDialog

    def act(dialog: FaultDialog) -> None:
        before = dialog.copy_button.text()
        if copy:
            dialog.copy_button.click()
        if seen is not None:  # what it showed: the dialog itself is deleted once closed
            seen.append(_FaultSeen(before, dialog))
        dialog.reject()

    return FaultDialog, act
