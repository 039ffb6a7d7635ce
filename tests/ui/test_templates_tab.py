"""Templates tab: build a template by clicking, see weight warnings and the rule preview change,
weights by the 012 method, edit a template in use (the old appraisal keeps its version),
add an own indicator, export/import a template file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import start_appraisals
from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.storage.models import AppraisalRow, IndicatorRow, TemplateRow
from salesperf_desktop.ui.templates.editor import TemplateEditor
from salesperf_desktop.ui.templates.indicator_picker import IndicatorPicker
from salesperf_desktop.ui.templates.pairwise_dialog import PairwiseDialog
from salesperf_desktop.ui.templates_tab import TemplatesTab
from tests.ui_support import ui_for


def _tab(qtbot, ctx) -> TemplatesTab:
    tab = TemplatesTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def _problems(editor) -> list[str]:
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def _preview(editor) -> list[tuple[str, str, str]]:
    t = editor.rule_editor.preview
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def test_build_a_template_by_clicking(qtbot, ctx):
    ctx.lang = "en"
    tab = _tab(qtbot, ctx)
    editor = tab.new_template()
    assert isinstance(editor, TemplateEditor)
    assert not _save_button(editor).isEnabled()  # no items, no name
    editor.name_edits["zh_CN"].setText("测试模板")
    # pick three indicators in the picker, like a user ticking boxes
    picker = editor.choose_indicators()
    assert isinstance(picker, IndicatorPicker)
    for code in ("sales_achievement", "collection_rate", "effective_visits"):
        picker.check(code)
    qtbot.mouseClick(
        picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert editor.items_table.rowCount() == 3
    # the library lists by dimension; put sales achievement's weight at 60 (above 30 %)
    codes = [it["indicator"] for it in editor.doc["items"]]
    sales = codes.index("sales_achievement")
    others = [r for r in range(3) if r != sales]
    editor.weight_spin(sales).setValue(60)
    editor.weight_spin(others[0]).setValue(30)
    editor.weight_spin(others[1]).setValue(10)
    assert "100 of 100" in editor.sum_label.text()
    warnings = [p for p in _problems(editor) if p.startswith("⚠")]
    assert warnings and any("30" in w for w in warnings)
    assert _save_button(editor).isEnabled()  # warnings do not block
    editor.weight_spin(others[1]).setValue(5)
    assert "95 of 100" in editor.sum_label.text()
    assert any(p.startswith("✖") for p in _problems(editor))
    assert not _save_button(editor).isEnabled()
    editor.weight_spin(others[1]).setValue(10)

    # the rule preview follows the rule as it is edited
    editor.items_table.selectRow(sales)
    before = dict((v, pts) for v, _f, pts in _preview(editor))
    editor.rule_editor.kind.setCurrentIndex(editor.rule_editor.kind.findData("linear"))
    editor.rule_editor.floor.setValue(0.8)
    after = dict((v, pts) for v, _f, pts in _preview(editor))
    assert after["70%"] == "0" and after["100%"] == "60"
    assert before != after or before["70%"] != "0"
    editor.rule_editor.cap.setValue(1.5)
    assert dict((v, p) for v, _f, p in _preview(editor))["150%"] == "90"
    # piecewise with a breakpoint out of order shows a problem and no preview
    editor.rule_editor.kind.setCurrentIndex(editor.rule_editor.kind.findData("piecewise"))
    editor.rule_editor.points.item(1, 0).setText("0.5")
    assert editor.rule_editor.problems.text()
    assert not _preview(editor)
    editor.rule_editor.points.item(1, 0).setText("1.0")
    assert _preview(editor)
    assert editor.doc["items"][sales]["rule"]["kind"] == "piecewise"
    editor.rule_editor._update_preview()
    assert editor.rule_editor._plot is not None  # the little plot is drawn while visible

    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        t = s.scalar(select(TemplateRow).where(TemplateRow.name["zh_CN"].as_string() == "测试模板"))
        assert t is not None
        assert t.current.definition["items"][sales]["weight"] == 60


def test_weights_by_the_012_method(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    editor = tab.new_template()
    editor.name_edits["zh_CN"].setText("x")
    editor.add_indicators(["sales_achievement", "collection_rate", "effective_visits"])
    dialog = editor.open_pairwise()
    assert isinstance(dialog, PairwiseDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_judgement(0, 1, 2)
    assert dialog.table.item(1, 0).text() == "0"  # the mirror fills itself
    dialog.set_judgement(0, 2, 2)
    dialog.set_judgement(2, 1, 1)
    assert ok.isEnabled()
    assert [dialog.table.item(r, 5).text() for r in range(3)] == ["67", "17", "16"]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [editor.weight_spin(r).value() for r in range(3)] == [67, 17, 16]
    assert "100" in editor.sum_label.text()


def test_editing_a_template_in_use_keeps_the_old_appraisal_on_its_version(qtbot, ctx):
    with ctx.transaction() as s:
        save_staff(s, StaffData("E1", "张三", hire_date=dt.date(2024, 1, 1)))
        start_appraisals(s, Period.parse("2026-09"))
    tab = _tab(qtbot, ctx)
    with ctx.session() as s:
        tid = s.scalar(select(TemplateRow.id).where(TemplateRow.code == "rep_mature"))
    tab.select_template(tid)
    assert "used by 1" in tab.versions_label.text()
    editor = tab.edit_selected()
    assert editor.findChild(type(editor.sum_label), "inUseNote") is not None
    w0, w1 = editor.weight_spin(0).value(), editor.weight_spin(1).value()
    editor.weight_spin(0).setValue(w0 - 2)
    editor.weight_spin(1).setValue(w1 + 2)
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "v2" in tab.versions_label.text())
    with ctx.session() as s:
        a = s.scalar(select(AppraisalRow))
        assert a.template_version.version == 1
        assert a.template_snapshot["items"][0]["weight"] == w0
        t = s.get(TemplateRow, tid)
        assert t.current.version == 2 and t.current.definition["items"][0]["weight"] == w0 - 2


def test_duplicate_archive_and_own_indicator(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    with ctx.session() as s:
        tid = s.scalar(select(TemplateRow.id).where(TemplateRow.code == "rep_mature"))
    tab.select_template(tid)
    tab.duplicate_selected("rep_mature_east")
    assert tab.selected_template_id() != tid
    copies = tab.list_model.rowCount()
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert tab.list_model.rowCount() == copies - 1
    tab.show_archived.setChecked(True)
    assert tab.list_model.rowCount() == copies

    tab.pages.setCurrentIndex(1)
    dialog = tab.add_own_indicator()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.code, "hospital_listing")
    dialog.texts[("name", "zh_CN")].setText("医院准入数")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        ind = s.scalar(select(IndicatorRow).where(IndicatorRow.code == "hospital_listing"))
        assert ind is not None and not ind.builtin and ind.name == {"zh_CN": "医院准入数"}
    assert "医院准入数" in tab.library.details.toPlainText()


def test_export_and_import_a_template_file(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab = _tab(qtbot, ctx)
    with ctx.session() as s:
        tid = s.scalar(select(TemplateRow.id).where(TemplateRow.code == "sales_manager"))
    tab.select_template(tid)
    tab.export_selected(str(tmp_path / "mgr"))
    path = tmp_path / "mgr.salesperf-template.json"
    assert path.exists()
    # same code: the officer chooses "a separate template"
    monkeypatch.setattr(tab, "_ask_clash", lambda code: {"new_code": code + "_2"})
    notes = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: notes.append(a[2]))
    tab.import_template(str(path))
    assert notes and "sales_manager_2" in notes[0]  # imported, with the 40-point warning
    with ctx.session() as s:
        assert (
            s.scalar(select(TemplateRow).where(TemplateRow.code == "sales_manager_2")) is not None
        )
    bad = tmp_path / "bad.salesperf-template.json"
    bad.write_text('{"format": "salesperf-template", "format_version": 1, "template": {}}', "utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    tab.import_template(str(bad))
    assert shown and "Nothing was imported" in shown[0]
