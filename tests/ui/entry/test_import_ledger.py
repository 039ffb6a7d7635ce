"""The officer imports the ERP sales ledger through the import dialog, as they would: choose the
file, pick the ledger layout, map the columns, read the preview sums, import, read the
confirmation; next month, the saved profile does the mapping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from salesperf_desktop.services.ledger_import import (
    list_aliases,
    list_profiles,
    remember_layout,
    save_alias,
    save_profile,
)
from salesperf_desktop.storage.models import MetricEntryRow, StaffRow
from salesperf_desktop.ui.entry.import_dialog import ImportDialog
from salesperf_desktop.ui.entry.ledger_panel import AliasesDialog
from tests.services.ledger_support import ROWS, add_people, u8_mapping, write_ledger
from tests.ui.modal import answer_in_turn, modal_dialog
from tests.ui_support import entry_tab


def _open(qtbot, ctx, path):
    """Import… in the entry tab's toolbar, then the ledger's path typed in (ASCII)."""
    tab = entry_tab(qtbot, ctx)
    tab.import_button.trigger()
    dialog = modal_dialog(qtbot, ImportDialog)
    qtbot.keyClicks(dialog.file_edit, str(path))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    return tab, dialog


def _choose(box, text):
    """Pick the entry shown as *text* in a combo box, as a click in its list does."""
    index = box.findText(text)
    assert index >= 0, f"{text!r} not offered: {[box.itemText(i) for i in range(box.count())]}"
    box.setCurrentIndex(index)


def _preview(dialog):
    model = dialog.preview_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _actuals(ctx, code):
    with ctx.session() as s:
        return {
            (no, period_id): actual
            for no, period_id, actual in s.execute(
                select(StaffRow.employee_no, MetricEntryRow.period_id, MetricEntryRow.actual)
                .join(StaffRow, StaffRow.id == MetricEntryRow.staff_id)
                .where(MetricEntryRow.indicator_code == code)
            )
        }


def test_the_officer_maps_a_ledger_previews_the_sums_and_imports(qtbot, ctx, tmp_path):
    add_people(ctx)
    path = write_ledger(tmp_path / "ledger.xlsx", subtotals=True)
    tab, dialog = _open(qtbot, ctx, path)
    qtbot.mouseClick(dialog.ledger_radio, Qt.MouseButton.LeftButton)
    panel = dialog.ledger_panel
    assert panel.isVisible() and not dialog.column_boxes["indicator"].isVisible()
    # the header row under the two merged title rows is found; date and person are guessed
    assert dialog.header_spin.value() == 3
    assert panel.date_box.currentText() == "A: 日期"
    assert panel.person_box.currentText() == "B: 业务员"

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    cell = panel.table.cellWidget
    _choose(cell(0, 0), "F: 销售额(元)")
    _choose(cell(0, 1), "销售目标达成率")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _choose(cell(1, 0), "F: 销售额(元)")
    _choose(cell(1, 1), "新产品推广达成率")
    _choose(cell(1, 4), "E: 产品类别")
    cell(1, 5).setText("新产品")  # Chinese cannot be typed key by key offscreen
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _choose(cell(2, 0), "C: 客户")
    _choose(cell(2, 1), "新客户开发数")
    cell(2, 3).setCurrentIndex(cell(2, 3).findData("count_distinct"))

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=15000)
    assert dialog.plan.problems == []
    rows = _preview(dialog)
    wang_jan = {r[3]: r[6] for r in rows if r[0] == "E003" and r[2] == "2026-01"}
    assert wang_jan == {
        "销售目标达成率": "20,000",
        "新产品推广达成率": "8,000",
        "新客户开发数": "1",
    }
    assert not any("sales_achievement" in str(cell) for r in rows for cell in r)  # no codes
    assert "38,000.50" in dialog.notes.text()  # reconciled with the 合计 row
    assert dialog.apply_button.isEnabled()

    def name_it(box: QInputDialog) -> None:
        box.setTextValue("用友 U8 销售明细")
        box.accept()

    answer_in_turn((QInputDialog, name_it))
    qtbot.mouseClick(panel.save_profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.current_profile() == "用友 U8 销售明细", timeout=5000)

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.findChildren(ImportDialog), timeout=15000)
    assert "ledger.xlsx" in tab.message.text() and "12" in tab.message.text()
    assert sorted(_actuals(ctx, "sales_achievement").values()) == [3000, 7000.5, 8000, 20000]
    assert [p.name for p in list_profiles(ctx)] == ["用友 U8 销售明细"]


def test_next_month_the_saved_profile_maps_the_ledger(qtbot, ctx, tmp_path):
    add_people(ctx)
    save_profile(ctx, "用友 U8 销售明细", u8_mapping())
    remember_layout(ctx, "ledger")
    rows = [*ROWS, ("2026-02-20", "王建国(华东)", "新华医院", "超声刀", "成熟产品", 100, 100)]
    path = write_ledger(tmp_path / "next.xlsx", rows)
    tab, dialog = _open(qtbot, ctx, path)
    panel = dialog.ledger_panel
    # offered again: the ledger layout and the profile, its four columns mapped
    assert dialog.ledger_radio.isChecked()
    assert panel.profile_box.currentText() == "用友 U8 销售明细"
    assert panel.table.rowCount() == 4
    assert panel.table.cellWidget(2, 4).currentText() == "E: 产品类别"

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=15000)
    assert [p.code for p in dialog.plan.problems] == ["unknown_person"]
    assert not dialog.apply_button.isEnabled()
    # the ERP writes 王建国(华东): remembered as E003 in the preview, then checked again
    assert dialog.alias_row.isVisible() and dialog.alias_name.currentText() == "王建国(华东)"
    _choose(dialog.alias_staff, "E003 王建国")
    dialog.plan = None
    qtbot.mouseClick(dialog.alias_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=15000)
    assert dialog.plan.problems == []
    feb = {r[3]: r[6] for r in _preview(dialog) if r[0] == "E003" and r[2] == "2026-02"}
    assert feb["销售目标达成率"] == "7,100.5"

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.findChildren(ImportDialog), timeout=15000)
    assert "next.xlsx" in tab.message.text()
    assert 7100.5 in _actuals(ctx, "sales_achievement").values()


def test_a_wrongly_remembered_name_can_be_forgotten(qtbot, ctx, tmp_path):
    add_people(ctx)
    save_alias(ctx, "王建国(华东)", "E003")
    save_alias(ctx, "张伟(华南)", "E004")
    _tab, dialog = _open(qtbot, ctx, write_ledger(tmp_path / "ledger.xlsx"))
    qtbot.mouseClick(dialog.ledger_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ledger_panel.aliases_button, Qt.MouseButton.LeftButton)
    aliases = modal_dialog(qtbot, AliasesDialog)
    assert [aliases.model.index(r, 0).data() for r in range(aliases.model.rowCount())] == [
        "张伟(华南)",
        "王建国(华东)",
    ]
    aliases.view.selectRow(0)
    qtbot.mouseClick(aliases.forget_button, Qt.MouseButton.LeftButton)
    assert aliases.model.rowCount() == 1
    assert [a.shown for a in list_aliases(ctx)] == ["王建国(华东)"]
    aliases.reject()
