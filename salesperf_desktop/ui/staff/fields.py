"""Small helpers shared by the staff dialogs: a field with its own error line, combos of codes."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget


class FieldWithError(QWidget):
    """A widget with a red line under it that says what is wrong (empty when nothing is).

    Named ``field_<key>`` after the field it shows, so a test finds it like a user would."""

    def __init__(self, widget: QWidget, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"field_{key}")
        self.widget = widget
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        self.widget.setStyleSheet("border: 1px solid #b00020;" if text else "")


def code_combo(items: list[tuple[str, object]], parent: QWidget | None = None) -> QComboBox:
    """A combo of (label, data)."""
    combo = QComboBox(parent)
    for label, data in items:
        combo.addItem(label, data)
    return combo


class OptionalDateEdit(QDateEdit):
    """A date edit that can be empty (its minimum date shows as a blank special value)."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)

    def value(self):
        d = self.date()
        return None if d == self.EMPTY else d.toPython()

    def set_value(self, value) -> None:
        self.setDate(QDate(value) if value else self.EMPTY)
