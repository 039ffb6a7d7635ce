"""The company policy page (考核制度): the window asks for it until confirmed; the officer edits
the bands and weights like a user, sees what is wrong, and confirms a new version."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from salesperf_desktop.services.policy import current_policy
from salesperf_desktop.storage.models import AuditEntryRow
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.policy_dialog import PolicyDialog
from tests.ui_support import shot, ui_for, when_modal


def _edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Open the cell's editor (as a double-click does), type over it and press Enter."""
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editor = table.viewport().findChild(QLineEdit) or table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text)  # the delegate commits queued


def _set_spin(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def _dialog(qtbot, ctx) -> PolicyDialog:
    ctx.clock = lambda: date(2026, 11, 20)
    dialog = PolicyDialog(ui_for(ctx, today=date(2026, 11, 20)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_edit_the_bands_and_weights_and_confirm_a_new_version(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    assert "not confirmed" in dialog.state.text()
    rater_source = dialog.findChild(QLabel, "policySource_rater_weights").text()
    assert "常用做法" in rater_source and "360" in rater_source  # no seed gives 70/10/20
    appeal_source = dialog.findChild(QLabel, "policySource_appeal_filing_days").text()
    assert "002" in appeal_source and "3個工作日" in appeal_source
    _edit_cell(qtbot, dialog.bands, 1, 2, "1.3")  # A's coefficient 1.2 → 1.3
    assert dialog.bands.item(1, 2).text() == "1.3"
    _set_spin(qtbot, dialog.raters["self"], 20)  # 70 + 20 + 20 = 110 %
    confirm = dialog.findChild(QPushButton, "policyConfirm")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "评价人权重合计 110%，应为 100%" in dialog.problems.text()
    assert not current_policy(ctx).confirmed  # nothing stored
    _set_spin(qtbot, dialog.raters["peer"], 10)
    dialog.note.setText("2027 年制度")
    shot(dialog, "policy_dialog")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    record = current_policy(ctx)
    assert record.confirmed and record.version == 2
    assert record.confirmed_on == date(2026, 11, 20)
    assert record.policy.grades.band("A").coefficient == 1.3
    assert dict(record.policy.rater_weights) == {"supervisor": 70.0, "self": 20.0, "peer": 10.0}
    with ctx.session() as s:  # audited: who, when, what changed
        rows = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "policy")).all()
        assert {r.field for r in rows} == {"grades", "rater_weights"}
        assert all(r.entity_id == 2 and r.reason == "2027 年制度" for r in rows)


def test_the_windows_notice_opens_the_page_and_goes_once_confirmed(qtbot, ctx, qsettings):
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    notice = window.findChild(QPushButton, "policyNotice")
    assert notice.isVisible()  # a new database: 请确认考核制度, no modal in the way
    opened: list = []

    def confirm_as_proposed(dialog):
        opened.append(type(dialog))
        try:
            dialog.findChild(QPushButton, "policyConfirm").click()
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(confirm_as_proposed)
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert opened == [PolicyDialog]
    assert current_policy(ctx).confirmed
    assert not notice.isVisible()


def test_the_policy_is_under_settings(qtbot, ctx, qsettings):
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    action = window.findChild(type(window.settings_menu.actions()[0]), "actionPolicy")
    assert action in window.settings_menu.actions()
    opened: list = []

    def cancel(dialog):
        opened.append(type(dialog))
        dialog.reject()

    when_modal(cancel)
    action.trigger()
    assert opened == [PolicyDialog]
    assert not current_policy(ctx).confirmed  # cancelled: nothing stored
