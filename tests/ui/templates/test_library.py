"""The indicator library: the officer adds her own indicator; a code already used is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesperf_desktop.services.templates import list_indicators
from salesperf_desktop.ui.templates.library import IndicatorDialog
from tests.ui.modal import modal_dialog
from tests.ui.test_templates_tab import templates_tab
from tests.ui_support import ui_for


def test_own_indicator_is_added_and_shown(qtbot, ctx):
    tab = templates_tab(qtbot, ctx)
    tab.pages.setCurrentIndex(1)
    qtbot.mouseClick(tab.library.add_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, IndicatorDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.code, "hospital_listing")
    dialog.texts[("name", "zh_CN")].setText("医院准入数")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ind = next(i for i in list_indicators(ctx) if i["code"] == "hospital_listing")
    assert not ind["builtin"] and ind["name"] == {"zh_CN": "医院准入数"}
    qtbot.waitUntil(lambda: "医院准入数" in tab.library.details.toPlainText())


def test_a_code_already_in_the_library_is_refused(qtbot, ctx):
    ctx.lang = "en"
    dialog = IndicatorDialog(ui_for(ctx))
    qtbot.addWidget(dialog)
    dialog.code.setText("sales_achievement")
    dialog.texts[("name", "en")].setText("Sales")
    assert "already exists" in dialog.problems.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
