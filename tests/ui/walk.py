"""Walking the window as a user does and reading every text it shows (issue #17, point 2).

``Walker`` opens every tab and sub-tab, selects the first row of each table so its buttons are
enabled, and presses every button, toolbar action and menu action that opens a dialog (by Qt's
and our convention, its text ends with "…"; menu actions are all pressed, except Quit). Each
modal dialog that comes up is read, its own "…" buttons are pressed, and it is closed with
Cancel / No / Close, so nothing is changed. Found generically: a new dialog is walked without
editing the test.

``texts_of`` lists (where, text) for what a widget tree shows; ``word_problems`` and
``clipped`` judge them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

# ----------------------------------------------------------------------------- the words

# Latin words a Chinese HR officer reads as her own (method and format names).
ALLOWED_WORDS = {
    "GROW",  # the GROW interview model
    "KPI",
    "BSC",
    "PDF",
    "Excel",
    "WPS",
    "SQLite",
    "SalesPerf",  # the program's name
    "Desktop",
    "NPS",  # 客户净推荐值（NPS）, an indicator of the shipped library
    "ERP",  # the company's sales system (ERP 销售明细账)
    "PNG",  # picture formats of Save chart…
    "SVG",
    "KB",  # a file's size, as every Chinese file manager writes it
    "MB",
    "GB",
}
# A language offered by its own name in a language picker.
AUTONYMS = {"English"}
# Staff IDs, appeal numbers, grades (also the demo company's E of E公司), file types.
_ALLOWED_PATTERNS = (
    re.compile(r"\b[A-Z]\d{3}\b"),  # staff IDs: E003, C001
    re.compile(r"\b[A-Z]{2}-\d{4}-\d{3}\b"),  # appeal numbers: AP-2026-001
    re.compile(r"(?<![A-Za-z])[SABCDE](?![A-Za-z])"),  # grades
    # file names and types: 银行回单.txt, .xlsx
    re.compile(r"\S*\.(?:xlsx|xls|pdf|sqlite|csv|png|svg|txt|jpg|jpeg|docx|doc|zip)\b"),
    re.compile(r"\b(?:xlsx|xls|pdf|sqlite|csv|png|svg)\b"),
)
# A chooser's file patterns (*.salesperf-template.json) and paths: the user's files.
_FILES = re.compile(r"\*[\w.\-]*|(?:[A-Za-z]:)?[\\/][^\s，。；、）)]*")
_TAG = re.compile(r"<[^>]+>")
_ACCELERATOR = re.compile(r"\(&[A-Za-z0-9]\)")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_CODE = (
    (re.compile(r"\b[a-z]+_[a-z0-9_]+\b"), "snake_case name"),
    (re.compile(r"\b[a-z]\w*\.[a-z]\w*\b"), "dotted name"),
    (re.compile(r"\{[a-z_0-9]*\}"), "{placeholder}"),
    (re.compile(r"%[0-9nL]"), "%-placeholder"),
)


def plain(text: str) -> str:
    """The text as read: HTML tags, entities and accelerator ampersands gone."""
    text = _ACCELERATOR.sub("", _TAG.sub(" ", text))
    text = text.replace("&nbsp;", " ").replace("&amp;", "＆").replace("&lt;", "<")
    return text.replace("&gt;", ">").replace("&", "")


def word_problems(text: str, extra_allowed: Iterable[str] = ()) -> list[str]:
    """What in *text* is English or code to a Chinese reader."""
    if text.strip() in AUTONYMS:
        return []
    text = _FILES.sub(" ", plain(text))
    found = [f"{what} {m.group(0)!r}" for pattern, what in _CODE for m in pattern.finditer(text)]
    for name in extra_allowed:
        text = text.replace(name, " ")
    for pattern in _ALLOWED_PATTERNS:
        text = pattern.sub(" ", text)
    found += [f"Latin word {w!r}" for w in _LATIN.findall(text) if w not in ALLOWED_WORDS]
    return found


# ----------------------------------------------------------------------------- reading


def _shown(w: QWidget) -> bool:
    return w.isVisible()


def _model_texts(view: QAbstractItemView, rows: int = 40) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    out = []
    horizontal = getattr(view, "horizontalHeader", None)
    for c in range(model.columnCount()):
        if horizontal is not None and view.isColumnHidden(c):
            continue
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append(("column", value))
    for r in range(min(rows, model.rowCount())):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append(("cell", value))
        value = model.headerData(r, Qt.Orientation.Vertical)
        if isinstance(value, str):
            out.append(("row", value))
        tree_children = model.rowCount(model.index(r, 0))
        for k in range(min(rows, tree_children)):
            child = model.index(k, 0, model.index(r, 0))
            for c in range(model.columnCount(child.parent())):
                value = child.siblingAtColumn(c).data()
                if isinstance(value, str):
                    out.append(("cell", value))
    return out


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text *root* shows now (visible widgets; combo items; tips)."""
    found: list[tuple[str, str]] = []
    if root.isWindow():
        found.append(("title", root.windowTitle()))
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not _shown(w) or isinstance(w, QMenu):
            continue
        if w.toolTip():
            found.append(("tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            found.append(("label", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append(("button", w.text()))
        elif isinstance(w, QGroupBox):
            found.append(("group", w.title()))
        elif isinstance(w, QLineEdit):
            found.append(("placeholder", w.placeholderText()))
            if w.isReadOnly():
                found.append(("field", w.text()))
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            found.append(("placeholder", w.placeholderText()))
            if w.isReadOnly():
                found.append(("text", w.toPlainText()))
        elif isinstance(w, QComboBox):
            found += [("combo item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
            found += [("tab tip", w.tabToolTip(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            found += [("list item", w.item(i).text()) for i in range(min(40, w.count()))]
        elif isinstance(w, QAbstractItemView):
            if not _in_file_dialog(w):  # the files and folders listed are the user's
                found += _model_texts(w)
        elif isinstance(w, QToolBar):
            shown = [a for a in _toolbar_actions(w) if a.isVisible()]
            found += [("toolbar", a.text()) for a in shown]
            found += [("toolbar tip", a.toolTip()) for a in shown]
        figure = getattr(w, "figure", None)
        if figure is not None:
            from matplotlib.text import Text

            found += [("chart", t.get_text()) for t in figure.findobj(Text) if t.get_visible()]
    if isinstance(root, QMessageBox):
        found += [("message", root.informativeText()), ("details", root.detailedText())]
    if isinstance(root, QProgressDialog):
        found.append(("progress", root.labelText()))
    if isinstance(root, QMainWindow):
        found.append(("status bar", root.statusBar().currentMessage()))
        for action in root.menuBar().actions():
            found += _menu_texts(action.text(), action.menu())
    return [(where, text) for where, text in found if text and text.strip()]


def _menu_texts(title: str, menu: QMenu | None) -> list[tuple[str, str]]:
    out = [("menu", title)]
    if menu is not None:
        for a in menu.actions():
            if a.isVisible() and a.text():
                out += _menu_texts(a.text(), a.menu())
    return out


def _in_file_dialog(w: QWidget) -> bool:
    return isinstance(w.window(), QFileDialog)


# ----------------------------------------------------------------------------- clipping


def _combo_clipped(box: QComboBox) -> str | None:
    if box.isEditable() or not box.currentText():
        return None
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    need = box.fontMetrics().horizontalAdvance(box.currentText())
    if need > field.width() + 1:
        return f"combo {box.currentText()!r}: {need} > {field.width()}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons, combo boxes and tabs narrower than their text, and elided texts."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or _in_file_dialog(w):  # Qt's own layout
            continue
        if isinstance(w, QLabel):
            text = w.text()
            if w.wordWrap() or not text or "<" in text or w.pixmap() is not None:
                continue
            widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if widest > w.contentsRect().width() + 1:
                problems.append(f"label {text!r}: {widest} > {w.contentsRect().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.minimumSizeHint().width():
                problems.append(f"button {w.text()!r}: {w.width()} < {w.minimumSizeHint().width()}")
        elif isinstance(w, QComboBox):
            problem = _combo_clipped(w)
            if problem:
                problems.append(problem)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width():
                    problems.append(f"tab {w.tabText(i)!r} is elided")
    return problems


# ----------------------------------------------------------------------------- walking


def _toolbar_actions(bar: QToolBar) -> list[QAction]:
    """The toolbar's actions, with those of its menu buttons (the Monthly entry's imports)."""
    out = []
    for a in bar.actions():
        out.append(a)
        if a.menu() is not None:
            out += [m for m in a.menu().actions() if not m.isSeparator()]
    return out


def _is_opener(text: str) -> bool:
    return text.rstrip().endswith(("…", "..."))


def close_modal(w: QWidget) -> None:
    """Leave the dialog without changing anything: Cancel, No, Close, else reject()."""
    if isinstance(w, QMessageBox):
        roles = (
            QMessageBox.ButtonRole.RejectRole,
            QMessageBox.ButtonRole.NoRole,
        )
        for role in roles:
            for b in w.buttons():
                if w.buttonRole(b) == role:
                    b.click()
                    return
        (w.escapeButton() or w.buttons()[0]).click()
        return
    if isinstance(w, QProgressDialog):
        return  # background work: it goes by itself
    if isinstance(w, QDialog):
        w.reject()
        if w.isVisible():  # a dialog that asks before it goes: hide it anyway
            w.done(0)
    else:
        w.close()


class Walker:
    """Walks a main window; ``read(where, widget)`` is called for every state seen."""

    def __init__(self, qtbot, read: Callable[[str, QWidget], None], *, depth: int = 2):
        self.qtbot = qtbot
        self.read = read
        self.depth = depth
        # Dialogs answered instead of only read and closed: kind -> act(dialog).
        self.answers: dict[type, Callable[[QWidget], None]] = {}
        self.seen_dialogs: list[str] = []
        self._stack: list[QWidget] = []
        self._progress_read: set[str] = set()
        self._polling = False
        self._walking = False

    # -- modal dialogs, whichever way they open

    def _poll(self) -> None:
        if not self._polling:
            return
        QTimer.singleShot(10, self._poll)
        w = QApplication.activeModalWidget()
        if isinstance(w, QProgressDialog):  # background work: read each text of it once
            if w.labelText() in self._progress_read:
                return
            self._progress_read.add(w.labelText())
        if w is not None and w not in self._stack and w.isVisible():
            self._visit(w)

    def _visit(self, dialog: QWidget) -> None:
        self._stack.append(dialog)
        try:
            name = f"{type(dialog).__name__} {dialog.windowTitle()!r}"
            self.seen_dialogs.append(name)
            QApplication.processEvents()
            self.read(name, dialog)
            act = next((a for kind, a in self.answers.items() if isinstance(dialog, kind)), None)
            if act is not None:
                act(dialog)
            elif len(self._stack) < self.depth and not isinstance(
                dialog, QMessageBox | QFileDialog | QProgressDialog
            ):
                for button in self._openers(dialog):
                    if button.isVisible() and button.isEnabled() and dialog.isVisible():
                        button.click()
                        self._settle()
        finally:
            if dialog.isVisible():
                close_modal(dialog)
            self._stack.remove(dialog)

    def _settle(self) -> None:
        """Visit a dialog opened with open() (the click returned with it up)."""
        for _ in range(3):
            QApplication.processEvents()
            w = QApplication.activeModalWidget()
            if w is None or w in self._stack:
                return
            self._visit(w)

    def press(self, trigger: Callable[[], object], until: Callable[[], bool] | None = None) -> None:
        """Do *trigger* (a click) and walk whatever modal dialogs it opens (also those that open
        later, from background work, until *until* holds)."""
        self._start_polling()
        try:
            trigger()
            self._settle()
            if until is not None:
                self.qtbot.waitUntil(until, timeout=60000)
        finally:
            self._polling = self._walking
        QApplication.processEvents()

    def _start_polling(self) -> None:
        if not self._polling:  # one chain of timers, not one more per press
            self._polling = True
            QTimer.singleShot(0, self._poll)

    @staticmethod
    def _openers(root: QWidget) -> list[QAbstractButton]:
        return [
            b
            for b in root.findChildren(QAbstractButton)
            if _is_opener(b.text()) and not isinstance(b.parent(), QDialogButtonBox)
        ]

    # -- the window

    def walk_window(self, window: QMainWindow, wait_idle: Callable[[], None]) -> None:
        # Background work may open a dialog when it ends, while the walk waits for it to end:
        # modal dialogs are looked for during the whole walk, not only during a press.
        self._walking = True
        self._start_polling()
        try:
            self._walk_window(window, wait_idle)
        finally:
            self._walking = self._polling = False

    def _walk_window(self, window: QMainWindow, wait_idle: Callable[[], None]) -> None:
        self.read("window", window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            wait_idle()
            self._walk_page(window.tabs.widget(index), window.tabs.tabText(index), wait_idle)
        for action in _menu_actions(window):
            if action.objectName() in ("actionQuit",) or not action.isEnabled():
                continue
            self.press(action.trigger)
            wait_idle()
            self.read(f"after {action.text()!r}", window)

    def _walk_page(self, page: QWidget, name: str, wait_idle) -> None:
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if inner:
            for tabs in inner[:1]:
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    wait_idle()
                    self._walk_view(f"{name} ▸ {tabs.tabText(i)}", page, wait_idle)
        else:
            self._walk_view(name, page, wait_idle)

    def _walk_view(self, name: str, page: QWidget, wait_idle) -> None:
        for view in _views(page):
            self._click_row(view, 0)  # as the officer picks someone: buttons follow
        wait_idle()
        self.read(name, page.window())
        openers = [b for b in self._openers(page) if b.isVisible()]
        actions = [
            a
            for bar in page.findChildren(QToolBar)
            if bar.isVisible()
            for a in _toolbar_actions(bar)
            if _is_opener(a.text())
        ]
        for opener in [*openers, *actions]:
            if not opener.isEnabled():  # for someone else: the next rows, until it is enabled
                self._pick_row_enabling(page, opener, wait_idle)
            if opener.isEnabled() and (isinstance(opener, QAction) or opener.isVisible()):
                trigger = opener.trigger if isinstance(opener, QAction) else opener.click
                seen = len(self.seen_dialogs)
                self.press(trigger)
                wait_idle()
                if len(self.seen_dialogs) == seen:  # not for this row: the next ones
                    self._press_on_other_rows(page, trigger, wait_idle)

    def _press_on_other_rows(self, page: QWidget, trigger, wait_idle, rows: int = 13) -> None:
        for view in _views(page):
            for r in range(1, min(rows, view.model().rowCount())):
                if not self._click_row(view, r):
                    break
                wait_idle()
                seen = len(self.seen_dialogs)
                self.press(trigger)
                wait_idle()
                if len(self.seen_dialogs) > seen:
                    return

    def _pick_row_enabling(self, page: QWidget, opener, wait_idle, rows: int = 15) -> None:
        for view in _views(page):
            for r in range(1, min(rows, view.model().rowCount())):
                if not self._click_row(view, r):
                    break
                wait_idle()
                if opener.isEnabled():
                    return

    def _click_row(self, view: QAbstractItemView, row: int) -> bool:
        """Click the row's first cell shown (a frozen or hidden first column is skipped)."""
        model = view.model()
        for c in range(model.columnCount()):
            rect = view.visualRect(model.index(row, c))
            if (
                rect.isValid()
                and rect.width() > 0
                and view.viewport().rect().contains(rect.center())
            ):
                self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return True
        return False


def _views(page: QWidget) -> list[QAbstractItemView]:
    """The tables, lists and trees shown with rows (not their headers)."""
    return [
        v
        for v in page.findChildren(QAbstractItemView)
        if v.isVisible()
        and not isinstance(v, QHeaderView)
        and v.model() is not None
        and v.model().rowCount()
    ]


def _menu_actions(window: QMainWindow):
    def walk(menu: QMenu):
        for a in menu.actions():
            if a.menu() is not None:
                yield from walk(a.menu())
            elif a.text() and a.isVisible():
                yield a

    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from walk(top.menu())
