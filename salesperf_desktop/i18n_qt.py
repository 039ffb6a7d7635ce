"""Choosing the language and installing Qt translators (ours and Qt's own).

Our strings come from ``salesperf_<lang>.qm`` (built by ``build_translations``). Where no .qm was
built (a plain ``pip install .`` without the Qt tools at build time) the .ts file shipped beside
it is read instead, so the program is translated either way. Qt's own strings (OK, Cancel, the
file dialogs) come from ``qtbase_<lang>.qm`` in PySide6's translations folder.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Not from settings: that module loads the ORM, which the first paint does not need.
from salesperf_desktop.domain.i18n import LANGS as LANGUAGES
from salesperf_desktop.paths import translations_dir

log = logging.getLogger(__name__)

# Shown in the language's own script, so anyone can find theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
_QT_LANGUAGE = {"zh_CN": "zh_CN", "zh_TW": "zh_TW"}


def system_language() -> str:
    locale = QLocale.system()
    name = locale.name()  # e.g. zh_CN, zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        traditional = (
            name in ("zh_TW", "zh_HK", "zh_MO")
            or locale.script() == QLocale.Script.TraditionalChineseScript
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def resolve_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    return system_language()


class TsTranslator(QTranslator):
    """Reads a Qt Linguist .ts file directly: the fallback when no .qm was compiled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], list[str]] = {}

    def load_ts(self, path: Path) -> bool:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return False
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for msg in context.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if msg.get("numerus") == "yes":
                    forms = [f.text or "" for f in tr.iter("numerusform")]
                else:
                    forms = [tr.text or ""]
                if any(forms):
                    key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
                    self._messages[key] = forms
        return bool(self._messages)

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        forms = self._messages.get((context, source_text, disambiguation or ""))
        if not forms:
            # None (a null string): Qt then tries the next translator, and finally the source
            # text. An empty "" would count as found and blank the text (Qt's own ones too).
            return None
        # Chinese has one form; English (the only other) has two: singular for n == 1.
        return forms[1] if len(forms) > 1 and n != 1 else forms[0]


# Qt's own translations lag behind its source texts here and there: Qt 6 added accelerators to
# some labels of the standard dialogs ("&Look in:"), and qtbase_zh_*.qm still has only the old
# texts, so the file dialog said "Look in:" in the Chinese window. These fill the gaps; wherever
# qtbase has a translation, it wins.
_QT_GAPS = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QPrintSettingsOutput", "Page &Set:"): "页面组(&S)：",
    },
    "zh_TW": {
        ("QFileDialog", "&Look in:"): "查詢(&L)：",
        ("QFileDialog", "Files of &type:"): "檔案類型(&T)：",
        ("QPrintSettingsOutput", "Page &Set:"): "頁面設定(&S)：",
    },
}


class QtGapTranslator(QTranslator):
    """Qt's standard-dialog texts that ``qtbase_<lang>.qm`` lacks (``_QT_GAPS``)."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self._table = _QT_GAPS.get(lang, {})

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None, not "": PySide hands "" to Qt as an empty *found* translation, and Qt would
        # show it instead of asking the next translator.
        return self._table.get((context, source_text))


def _load_ours(app: QCoreApplication, lang: str) -> QTranslator | None:
    directory = translations_dir()
    qm = QTranslator(app)
    if qm.load(f"salesperf_{lang}", str(directory)):
        return qm
    ts = TsTranslator(app)
    if ts.load_ts(directory / f"salesperf_{lang}.ts"):
        log.info("no compiled translation for %s; reading the .ts file", lang)
        return ts
    if lang != "en":
        log.warning("no translation found for %s in %s", lang, directory)
    return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Replaces the translators installed by an earlier call; returns the new ones.

    The application keeps them alive (they are its children); keep the list if you like.
    """
    remove_translators(app)
    installed = []
    ours = _load_ours(app, lang)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    if lang in _QT_GAPS:  # installed before qtbase: asked after it
        gaps = QtGapTranslator(lang, app)
        app.installTranslator(gaps)
        installed.append(gaps)
    if lang in _QT_LANGUAGE:
        qtbase = QTranslator(app)
        if qtbase.load(
            f"qtbase_{_QT_LANGUAGE[lang]}",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qtbase)
            installed.append(qtbase)
        else:
            log.warning("Qt's own translation qtbase_%s not found", lang)
    app._salesperf_translators = installed
    global _language
    _language = lang
    return installed


_language = "en"  # what install_translators installed last: the window's language


def current_language() -> str:
    """The language the window speaks now (its translators'): for texts built outside a
    tab, such as the fault dialog of an error nobody caught."""
    return _language


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source text (English): removes what ``install_translators`` installed."""
    for old in getattr(app, "_salesperf_translators", []):
        app.removeTranslator(old)
        old.deleteLater()
    app._salesperf_translators = []
    global _language
    _language = "en"
