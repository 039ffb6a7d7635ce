"""Choosing the language and installing Qt translators (ours and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salesperf_desktop.paths import translations_dir
from salesperf_desktop.settings import LANGUAGES


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") or "Hant" in name else "zh_CN"
    return "en"


def resolve_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Returns the translators; keep them alive as long as the application."""
    installed = []
    ours = QTranslator(app)
    if ours.load(f"salesperf_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    if lang != "en":
        qt_lang = {"zh_CN": "zh_CN", "zh_TW": "zh_TW"}[lang]
        qtbase = QTranslator(app)
        if qtbase.load(
            f"qtbase_{qt_lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qtbase)
            installed.append(qtbase)
    return installed
