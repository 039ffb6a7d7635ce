"""Stop 18: at a 1,200 px window (the documentation screenshot's size, with the 本月待办 panel
beside the tabs) every action of the Monthly entry toolbar is in view in zh_CN, zh_TW and
English; none is folded behind the toolbar's ». The imports and the targets are menu buttons,
and each of their actions is one click away in its menu."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QToolButton

from salesperf_desktop.app_context import build_context
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.main_window import MainWindow
from tests.ui_support import wait_loaded

EVERY_ACTION = {
    "importButton",
    "raterSheetsButton",
    "eventsImportButton",
    "targetsButton",
    "copyTargetsButton",
    "taskSheetButton",
    "teamGoalsButton",
    "mentoringButton",
    "enteredButton",
    "publishButton",
    "lockButton",
}


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_entry_action_in_view_at_1200_px(qapp, qtbot, qsettings, demo_file, tmp_path, lang):
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    install_translators(qapp, lang)
    ctx = build_context(path, lang=lang)
    ctx.clock = lambda: dt.date(2026, 11, 20)
    try:
        window = MainWindow(ctx, settings=qsettings)
        qtbot.addWidget(window)
        window.resize(1200, 720)
        window.show()
        qtbot.waitExposed(window)
        tab = window.tab_of(EntryTab)
        window.tabs.setCurrentWidget(tab)
        wait_loaded(qtbot, tab)
        assert window.due_panel.isVisible()  # the panel takes its share of the 1,200 px
        bar = tab.toolbar
        qtbot.waitUntil(lambda: bar.isEnabled())

        shown = [a for a in bar.actions() if not a.isSeparator()]
        for action in shown:
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()

        reached = {a.objectName() for a in shown}
        for opener in (a for a in shown if a.menu() is not None):
            button = bar.widgetForAction(opener)
            assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
            reached |= {a.objectName() for a in opener.menu().actions()}
        assert reached >= EVERY_ACTION
    finally:
        window.tasks.wait_all(20000)
        window.close()
        ctx.close()
        remove_translators(qapp)
