"""Templates tab: edit a template in use (the old appraisal keeps its version), duplicate and
archive, export a template to a file and import it back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QMessageBox
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import start_appraisals
from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.services.templates import get_template, list_templates, template_by_code
from salesperf_desktop.storage.models import AppraisalRow
from salesperf_desktop.ui.templates.editor import TemplateEditor
from salesperf_desktop.ui.templates_tab import TemplatesTab
from tests.ui.modal import answer_in_turn, choose_file, modal_dialog, press
from tests.ui_support import ui_for


def templates_tab(qtbot, ctx) -> TemplatesTab:
    tab = TemplatesTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def in_background(qtbot, tab, action) -> None:
    """*action* hands its file work to the window's task runner (the slot returns at once, the
    window keeps running), then everything it led to is done."""
    action()
    assert tab.ui.tasks.busy()
    qtbot.waitUntil(lambda: not tab.ui.tasks.busy(), timeout=20000)


def save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_editing_a_template_in_use_keeps_the_old_appraisal_on_its_version(qtbot, ctx):
    save_staff(ctx, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
    with ctx.transaction() as s:
        start_appraisals(s, Period.parse("2026-09"))
    tab = templates_tab(qtbot, ctx)
    tid = template_by_code(ctx, "rep_mature").id
    tab.select_template(tid)
    assert "used by 1" in tab.versions_label.text()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    editor = modal_dialog(qtbot, TemplateEditor)
    assert editor.findChild(QLabel, "inUseNote") is not None
    w0, w1 = editor.weight_spin(0).value(), editor.weight_spin(1).value()
    editor.weight_spin(0).setValue(w0 - 2)
    editor.weight_spin(1).setValue(w1 + 2)
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "v2" in tab.versions_label.text())
    with ctx.session() as s:
        a = s.scalar(select(AppraisalRow))
        assert a.template_version.version == 1
        assert a.template_snapshot["items"][0]["weight"] == w0
    current = get_template(ctx, tid)
    assert current.version == 2 and current.definition["items"][0]["weight"] == w0 - 2


def test_duplicate_and_archive(qtbot, ctx):
    tab = templates_tab(qtbot, ctx)
    tid = template_by_code(ctx, "rep_mature").id
    tab.select_template(tid)

    def name_the_copy(dialog: QInputDialog) -> None:
        assert dialog.textValue() == "rep_mature_copy"  # a free code is suggested
        dialog.setTextValue("rep_mature_east")
        dialog.accept()

    asked = answer_in_turn((QInputDialog, name_the_copy))
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    assert asked
    copy = template_by_code(ctx, "rep_mature_east")
    assert tab.selected_template_id() == copy.id != tid
    copies = tab.list_model.rowCount()
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert tab.list_model.rowCount() == copies - 1
    assert "rep_mature_east" not in {t.code for t in list_templates(ctx)}
    tab.show_archived.setChecked(True)
    assert tab.list_model.rowCount() == copies


def test_export_and_import_a_template_file(qtbot, ctx, tmp_path):
    ctx.lang = "en"
    tab = templates_tab(qtbot, ctx)
    tab.select_template(template_by_code(ctx, "sales_manager").id)
    answer_in_turn(choose_file(tmp_path / "mgr"))
    in_background(qtbot, tab, tab.export_selected)
    path = tmp_path / "mgr.salesperf-template.json"
    assert path.exists()
    # same code: the officer chooses "a separate template"; the import notes a warning
    notes: list[str] = []
    answer_in_turn(choose_file(path), press("A separate template"), press("OK", notes))
    in_background(qtbot, tab, tab.import_template)
    assert notes and "sales_manager_2" in notes[0]  # imported, with the 40-point warning
    assert template_by_code(ctx, "sales_manager_2") is not None
    assert tab.selected_template_id() == template_by_code(ctx, "sales_manager_2").id

    bad = tmp_path / "bad.salesperf-template.json"
    bad.write_text('{"format": "salesperf-template", "format_version": 1, "template": {}}', "utf-8")
    shown: list[str] = []
    answer_in_turn(choose_file(bad), press("OK", shown))
    in_background(qtbot, tab, tab.import_template)
    assert shown and "Nothing was imported" in shown[0]


def test_a_clash_can_be_imported_as_a_new_version_or_cancelled(qtbot, ctx, tmp_path):
    tab = templates_tab(qtbot, ctx)
    tid = template_by_code(ctx, "rep_mature").id
    tab.select_template(tid)
    answer_in_turn(choose_file(tmp_path / "rep"))
    in_background(qtbot, tab, tab.export_selected)
    path = tmp_path / "rep.salesperf-template.json"
    before = len(list_templates(ctx))
    answer_in_turn(choose_file(path), (QMessageBox, lambda box: box.reject()))
    in_background(qtbot, tab, tab.import_template)
    assert len(list_templates(ctx)) == before  # cancelled: nothing imported
    answer_in_turn(choose_file(path), press("A new version of it"))
    in_background(qtbot, tab, tab.import_template)
    assert len(list_templates(ctx)) == before
    assert get_template(ctx, tid).version == 1  # the same content makes no new version
