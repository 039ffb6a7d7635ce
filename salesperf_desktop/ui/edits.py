"""Helpers for dialogs that write only what the officer changed.

A dialog shows a stored record through its widgets; the widgets may not hold the record exactly
(a spin box rounds, an empty date shows a default, a combo lacks a value). What the dialog gives
back keeps the stored value of every field the officer left as it was shown, so pressing OK on
an untouched dialog gives back the record as stored, and the service writes nothing.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

T = TypeVar("T")


def select_or_keep(combo: QComboBox, data: object, label: str | None = None) -> None:
    """Select the item holding *data*; a stored value the list does not offer is added (under
    *label*, else its code) and selected: shown and kept, never replaced by the first item."""
    index = combo.findData(data)
    if index < 0 and data is not None:
        combo.addItem(label if label is not None else str(data), data)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def keep_untouched(stored: T, shown: T, current: T) -> T:
    """*current* with every field the officer left as *shown* taken back from *stored*.

    The three are instances of one dataclass: what is stored, what the widgets showed when the
    dialog opened, what they show now."""
    kept = {
        f.name: getattr(stored, f.name)
        for f in fields(current)
        if getattr(current, f.name) == getattr(shown, f.name)
    }
    return replace(current, **kept)
