"""The line under the grid that tells the officer what happened: an error in red, information
in blue, a success in green, each with its own mark, so a success never reads as a refusal.

An error stays until it is fixed (``clear_errors``: the cell typed again validly, the period
read again, an import done) or closed with ×; information and success replace it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

STYLES = {
    "error": ("#fdecea", "#e8a3a0", "#8a1c14", "✖"),
    "info": ("#e8f0fe", "#a8c1ea", "#1a3d73", "ℹ"),
    "success": ("#e6f4ea", "#9fd0ad", "#135c2a", "✔"),
}


class MessageBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("entryMessage")
        self.kind = ""
        self.mark = QLabel(self)
        self.mark.setObjectName("messageMark")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.kind else ""

    def show_error(self, text: str) -> None:
        self._show("error", text)

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def show_success(self, text: str) -> None:
        self._show("success", text)

    def clear_errors(self) -> None:
        """An error is over (fixed, or the data read again): it goes; other messages stay."""
        if self.kind == "error":
            self.clear()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        if not text:
            self.clear()
            return
        background, border, colour, mark = STYLES[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QFrame#entryMessage {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 3px; }}"
            f" QLabel {{ color: {colour}; background: transparent; border: none; }}"
        )
        self.mark.setText(mark)
        self.label.setText(text)
        self.show()
