"""Preferences: company-wide values (in the database) and this computer's language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from salesperf_desktop.app_context import AppContext
from salesperf_desktop.i18n_qt import LANGUAGE_NAMES
from salesperf_desktop.ui.edits import select_or_keep


class PreferencesDialog(QDialog):
    """After ``exec()``, ``language_changed`` tells whether the window must be rebuilt."""

    def __init__(self, ctx: AppContext, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.ctx = ctx
        self._settings = settings
        self.language_changed = False
        self._initial_language = str(settings.value("language", "") or "")
        self._stored = {key: ctx.settings.get(key) for key in ("company_name", "officer_name")}
        self.company = QLineEdit(self._stored["company_name"], self)
        self.company.setObjectName("companyName")
        self.officer = QLineEdit(self._stored["officer_name"], self)
        self.officer.setObjectName("officerName")
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        select_or_keep(self.language, self._initial_language)
        note = QLabel(self.tr("The new language is used at once."), self)
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Company name:"), self.company)
        form.addRow(self.tr("HR officer:"), self.officer)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def chosen_language(self) -> str:
        """The stored choice: a language code, or "" to follow the system."""
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        """Write only what the officer changed (an untouched dialog writes nothing)."""
        for key, edit in (("company_name", self.company), ("officer_name", self.officer)):
            if edit.text() != self._stored[key]:
                self.ctx.settings.set(key, edit.text().strip())
        self._settings.setValue("language", self.chosen_language())
        self.language_changed = self.chosen_language() != self._initial_language
        super().accept()
