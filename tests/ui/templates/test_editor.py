"""The template editor: build a template by clicking, see weight warnings, and watch the rule
preview follow the rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesperf_desktop.services.templates import list_templates, template_by_code
from salesperf_desktop.ui.templates.editor import TemplateEditor
from salesperf_desktop.ui.templates.indicator_picker import IndicatorPicker
from tests.ui.modal import modal_dialog
from tests.ui.test_templates_tab import save_button, templates_tab


def problems(editor) -> list[str]:
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def preview(editor) -> list[tuple[str, str, str]]:
    t = editor.rule_editor.preview
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def new_template(qtbot, tab) -> TemplateEditor:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    return modal_dialog(qtbot, TemplateEditor)


def test_build_a_template_by_clicking(qtbot, ctx):
    ctx.lang = "en"
    tab = templates_tab(qtbot, ctx)
    editor = new_template(qtbot, tab)
    assert not save_button(editor).isEnabled()  # no items, no name
    editor.name_edits["zh_CN"].setText("测试模板")
    # pick three indicators in the picker, like a user ticking boxes
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    picker = modal_dialog(qtbot, IndicatorPicker)
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
    warnings = [p for p in problems(editor) if p.startswith("⚠")]
    assert warnings and any("30" in w for w in warnings)
    assert save_button(editor).isEnabled()  # warnings do not block
    editor.weight_spin(others[1]).setValue(5)
    assert "95 of 100" in editor.sum_label.text()
    assert any(p.startswith("✖") for p in problems(editor))
    assert not save_button(editor).isEnabled()
    editor.weight_spin(others[1]).setValue(10)

    # the rule preview follows the rule as it is edited
    editor.items_table.selectRow(sales)
    before = dict((v, pts) for v, _f, pts in preview(editor))
    editor.rule_editor.kind.setCurrentIndex(editor.rule_editor.kind.findData("linear"))
    editor.rule_editor.floor.setValue(80)  # typed as a percentage, as the preview shows it
    assert editor.rule_editor.floor.text() == "80.0 %"
    after = dict((v, pts) for v, _f, pts in preview(editor))
    assert after["70%"] == "0" and after["100%"] == "60"
    assert before != after or before["70%"] != "0"
    editor.rule_editor.cap.setValue(150)
    assert dict((v, p) for v, _f, p in preview(editor))["150%"] == "90"
    # piecewise with a breakpoint out of order shows a problem and no preview
    editor.rule_editor.kind.setCurrentIndex(editor.rule_editor.kind.findData("piecewise"))
    assert editor.rule_editor.points.item(1, 0).text() == "100%"
    editor.rule_editor.points.item(1, 0).setText("50")
    assert editor.rule_editor.problems.text()
    assert not preview(editor)
    editor.rule_editor.points.item(1, 0).setText("100 %")
    assert preview(editor)
    assert editor.doc["items"][sales]["rule"]["kind"] == "piecewise"
    assert editor.doc["items"][sales]["rule"]["points"][1] == [1.0, 1.0]  # stored as before
    editor.rule_editor._update_preview()
    assert editor.rule_editor._plot is not None  # the little plot is drawn while visible

    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    saved = next(t for t in list_templates(ctx) if t.name.get("zh_CN") == "测试模板")
    assert saved.definition["items"][sales]["weight"] == 60


def test_removing_an_indicator_updates_the_sum(qtbot, ctx):
    ctx.lang = "en"
    editor = new_template(qtbot, templates_tab(qtbot, ctx))
    editor.add_indicators(["sales_achievement", "collection_rate"])
    total = editor.weight_spin(0).value() + editor.weight_spin(1).value()
    editor.items_table.selectRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.items_table.rowCount() == 1
    assert [it["indicator"] for it in editor.doc["items"]] == ["sales_achievement"]
    assert total != editor.weight_spin(0).value()
    assert f"{editor.weight_spin(0).value():g} of 100" in editor.sum_label.text()


def test_seed_003_range_warning_names_the_dimension_its_weight_and_the_seed(qtbot, ctx):
    """Editing the shipped pharma sheet: skill and compliance raised to 25 points and behaviour
    lowered to 15 draw two warnings (seed 003: 15–20 % and 20–30 %); saving stays possible."""
    ctx.lang = "zh_CN"
    tab = templates_tab(qtbot, ctx)
    tab.select_template(template_by_code(ctx, "pharma_rep").id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    editor = modal_dialog(qtbot, TemplateEditor)
    assert not [p for p in problems(editor) if "种子文件 003" in p]
    codes = [it["indicator"] for it in editor.doc["items"]]
    # the source of the selected indicator is quoted from the seed
    editor.items_table.selectRow(codes.index("key_region_achievement"))
    assert "种子文件 003" in editor.rule_source.text()
    assert "5.重點產品/區域銷售達成率" in editor.rule_source.text()
    editor.weight_spin(codes.index("product_knowledge_test")).setValue(15)
    editor.weight_spin(codes.index("effective_visits")).setValue(0)
    editor.weight_spin(codes.index("visit_plan_completion")).setValue(0)
    warnings = [p for p in problems(editor) if p.startswith("⚠")]
    assert (
        "⚠ 维度“专业能力与合规”合计权重 25 分，占总分 25%，不在种子文件 003 建议的 15%–20% 之内"
        "（三、考核维度与指标设计(三)）"
    ) in warnings
    assert any("维度“销售行为与过程”合计权重 15 分" in w and "20%–30%" in w for w in warnings)
    assert save_button(editor).isEnabled()  # a warning, not an error
    # the dimension cells of the rows concerned say why
    row = codes.index("training_attendance")
    assert "15%–20%" in editor.items_table.item(row, 0).toolTip()
    assert editor.items_table.item(codes.index("sales_achievement"), 0).toolTip() == ""
    # back inside the ranges: the warnings go
    editor.weight_spin(codes.index("product_knowledge_test")).setValue(5)
    editor.weight_spin(codes.index("effective_visits")).setValue(5)
    editor.weight_spin(codes.index("visit_plan_completion")).setValue(5)
    assert not [p for p in problems(editor) if "种子文件 003" in p]
    editor.reject()


def test_a_shipped_sheet_says_where_it_comes_from(qtbot, ctx):
    """The director duty sheet explains its 90 points and quotes seed 004's heading."""
    from PySide6.QtWidgets import QLabel

    ctx.lang = "zh_CN"
    tab = templates_tab(qtbot, ctx)
    tab.select_template(template_by_code(ctx, "sales_director_duties").id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    editor = modal_dialog(qtbot, TemplateEditor)
    about = editor.findChild(QLabel, "sheetSource").text()
    assert "十项合计 90 分" in about
    assert "种子文件 004，篇十（绩效部分百分制考核）" in about
    editor.items_table.selectRow(0)
    assert "（权重分20）" in editor.rule_source.text()
    editor.reject()


def test_any_template_can_tie_its_team_share_to_the_team_goal(qtbot, ctx):
    """Seed 002's team pool is not the innovative sheet's alone: a new sheet's share follows the
    team goal, and an older file's colleagues' mean can be switched to it, cap and all."""
    tab = templates_tab(qtbot, ctx)
    editor = new_template(qtbot, tab)
    editor.pages.setCurrentIndex(1)  # 基本设置
    assert editor.team_basis.currentData() == "team_goal"
    editor.team_share.setValue(30)
    assert editor.document()["team_share"] == 0.3
    editor.team_basis.setCurrentIndex(editor.team_basis.findData("colleagues"))
    assert editor.document()["team_basis"] == "colleagues"
    editor.team_basis.setCurrentIndex(editor.team_basis.findData("team_goal"))
    editor.team_goal_cap.setValue(100)
    doc = editor.document()
    assert (doc["team_basis"], doc["team_goal_cap"]) == ("team_goal", 1.0)
    editor.team_goal_cap.setValue(0)  # shown as “like the achievement items”
    assert editor.document()["team_goal_cap"] is None
    editor.reject()
