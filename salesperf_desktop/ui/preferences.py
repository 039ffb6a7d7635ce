"""Preferences: company-wide values (in the database) and this computer's language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from salesperf_desktop.app_context import AppContext

LANGUAGE_NAMES = {
    "": "System / 跟随系统",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "en": "English",
}


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.ctx = ctx
        self._settings = settings
        self.company = QLineEdit(ctx.settings.get("company_name"), self)
        self.company.setObjectName("companyName")
        self.officer = QLineEdit(ctx.settings.get("officer_name"), self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("language", "")))
        )
        note = QLabel(
            self.tr("A change of language takes effect the next time the program starts."), self
        )
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

    def accept(self) -> None:
        self.ctx.settings.set("company_name", self.company.text().strip())
        self.ctx.settings.set("officer_name", self.officer.text().strip())
        self._settings.setValue("language", self.language.currentData())
        super().accept()
