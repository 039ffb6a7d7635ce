"""The signable appraisal form: what the employee, the supervisor and HR sign by hand."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import AppealOutcome
from salesperf_desktop.services.appraisals import stored_period
from salesperf_desktop.services.pdf.forms import (
    AppraisalForm,
    FormDimension,
    FormItem,
    fmt_points,
)
from salesperf_desktop.services.pdf_forms import (
    form_data_for,
    render_form,
    render_forms,
    task_sheet_for,
)
from salesperf_desktop.storage.models import (
    AppealRow,
    AppraisalRow,
    ImprovementPlanRow,
    StaffRow,
    TaskItemRow,
    TaskSheetRow,
)

SEPTEMBER = Period.parse("2026-09")


def pdf_pages(data: bytes) -> list[str]:
    """Page texts with whitespace removed (extraction spacing varies between tools)."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]


def render_bytes(forms) -> bytes:
    buffer = io.BytesIO()
    render_forms(forms, buffer)
    return buffer.getvalue()


def staff_id(session, employee_no: str) -> int:
    return session.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))


def test_form_shows_person_every_indicator_points_total_and_grade(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E004"), SEPTEMBER, "zh_CN")
    assert form.frozen  # September is published: the frozen result is printed
    pages = pdf_pages(render_bytes([form]))
    text = "".join(pages)
    for needle in ("E公司", "销售人员业绩考核表", "陈静", "E004", "2026年9月"):
        assert needle in text
    assert len(form.items) >= 10
    for item in form.items:
        assert item.indicator.replace(" ", "") in text
        assert fmt_points(item.points) in text
    assert f"总分：{fmt_points(form.total)}" in text
    assert f"等级：{form.grade}" in text
    for role in ("被考核人", "考核人", "人力资源部"):
        assert role in pages[-1]  # signature lines on the last page
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        assert f"第{i}页/共{n}页" in page


def test_the_cjk_font_is_embedded(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E003"), SEPTEMBER, "zh_CN")
    reader = PdfReader(io.BytesIO(render_bytes([form])))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded TrueType subset, no reader font needed
        assert "WenQuanYi" in font["/BaseFont"]


def test_english_form_uses_english_labels_and_data_texts(demo_ctx):
    with demo_ctx.session() as session:
        form = form_data_for(session, staff_id(session, "E004"), SEPTEMBER, "en")
    text = "".join(pdf_pages(render_bytes([form])))
    for needle in ("SalesPerformanceAppraisalForm", "Sep2026", "Total:", "Grade:", "Page1of"):
        assert needle in text
    assert "Salestargetachievement" in text


def _big_form(n: int) -> AppraisalForm:
    items = [
        FormItem(
            dimension=f"维度{i // 8}",
            indicator=f"指标{i:02d}",
            weight=2.5,
            measure="achievement",
            target=1000.0,
            actual=900.0 + i,
            value=(900.0 + i) / 1000,
            rule_text="按完成率线性计分，低于60%得0分，最高120%",
            points=2.0 + i / 100,
        )
        for i in range(n)
    ]
    dims = [
        FormDimension(f"维度{d}", 20.0, sum(it.points for it in items[d * 8 : d * 8 + 8]))
        for d in range(n // 8)
    ]
    return AppraisalForm(
        lang="zh_CN",
        company="测试公司",
        period_key="2026-09",
        period_label="2026年9月",
        staff_id=1,
        employee_no="T001",
        name="测试员",
        team="测试组",
        role="销售代表",
        supervisor="主管",
        template_label="大模板",
        template_code="big",
        template_version=3,
        sheet_total=100.0,
        status="已发布",
        frozen=True,
        items=items,
        dimensions=dims,
        items_points=sum(it.points for it in items),
        total=sum(it.points for it in items),
        grade="A",
        coefficient=1.2,
        supervisor_comment="继续保持。",
    )


def test_forty_indicators_break_across_pages_with_the_header_repeated():
    form = _big_form(40)
    pages = pdf_pages(render_bytes([form]))
    assert len(pages) >= 2
    n = len(pages)
    table_pages = [p for p in pages if "指标39" in p or "指标00" in p]
    for i, page in enumerate(pages, start=1):
        assert f"第{i}页/共{n}页" in page
    # every page carrying indicator rows starts them with the repeated header
    rows_pages = [p for p in pages if re.search(r"指标\d\d", p)]
    assert len(rows_pages) >= 2 and table_pages
    for page in rows_pages:
        assert "维度考核指标权重目标/基数实际" in page
    text = "".join(pages)
    for i in range(40):
        assert f"指标{i:02d}" in text
    assert "被考核人" in pages[-1]


def test_laid_out_once_per_text_drawn_as_reportlab_draws_each_paragraph(monkeypatch):
    """A batch lays out each text once per worker (the same labels and rules on every form);
    the PDF is byte for byte the one plain reportlab paragraphs make, tables split across
    pages included."""
    from reportlab import rl_config
    from reportlab.platypus import Paragraph

    from salesperf_desktop.services.pdf import render

    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids
    english = _big_form(12)
    english.lang = "en"
    forms = [_big_form(40), _big_form(40), english]
    # figures that differ from form to form behind the same markup (a target under the grey
    # name of what it is) are put in place of a placeholder, not parsed
    for n, form in enumerate(forms):
        for i, item in enumerate(form.items):
            item.target_label = ("应收货款金额", "基期销售额（2025年9月）", "")[i % 3]
            item.target = 1000.0 + 37.5 * i + n
            item.actual = None if i % 5 == 4 else 1_234_567.0 + i
    render._PARSED.clear()
    render._WRAPPED.clear()
    cached = render_bytes(forms)
    assert render._WRAPPED  # laid out through the cache
    assert any(text.endswith("</font><br/>" + render._SENTINEL) for text, _ in render._PARSED)
    monkeypatch.setattr(render, "_Para", Paragraph)
    assert render_bytes(forms) == cached


def test_remembered_numbers_write_the_bytes_reportlab_writes(monkeypatch):
    """reportlab's number formatting is remembered per process (the same grid and positions on
    every form); the PDF is byte for byte the one reportlab's own formatting writes."""
    import importlib

    from reportlab import rl_config
    from reportlab.lib import rl_accel

    from salesperf_desktop.services.pdf import render

    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids
    forms = [_big_form(40), _big_form(12)]
    remembered = render_bytes(forms)
    modules = [importlib.import_module(name) for name in render._NUMBER_WRITERS]
    assert all(m.fp_str is not rl_accel.fp_str for m in modules if hasattr(m, "fp_str"))
    for module in modules:
        monkeypatch.setattr(module, "fp_str", rl_accel.fp_str)
    assert render_bytes(forms) == remembered


def test_combined_pdf_numbers_each_form_separately(demo_ctx):
    with demo_ctx.session() as session:
        forms = [
            form_data_for(session, staff_id(session, no), SEPTEMBER, "zh_CN")
            for no in ("E003", "E004")
        ]
    pages = pdf_pages(render_bytes([*forms, _big_form(40)]))
    numbers = [tuple(map(int, re.search(r"第(\d+)页/共(\d+)页", p).groups())) for p in pages]
    # runs of 1..n, one run per form, each with its own total
    runs, expected = 0, 1
    for number, total in numbers:
        assert number == expected
        if number == 1:
            runs += 1
        expected = 1 if number == total else number + 1
    assert runs == 3 and expected == 1
    assert pages[0].count("张伟") >= 1 and "陈静" not in pages[0]


def test_comment_grow_plan_and_appeal_are_on_the_form(demo_ctx):
    with demo_ctx.transaction() as session:
        sid = staff_id(session, "E005")  # has a GROW interview in September (demo)
        period_row = stored_period(session, SEPTEMBER)
        appraisal = session.scalar(
            select(AppraisalRow).where(
                AppraisalRow.staff_id == sid, AppraisalRow.period_id == period_row.id
            )
        )
        appraisal.supervisor_comment = "拜访质量明显提升 & 需加强报价复核。"
        session.add(
            ImprovementPlanRow(
                appraisal_id=appraisal.id,
                goals="回款率提升到95%",
                actions="每周跟进应收账款",
                support="财务每周提供对账单",
                review_dates=["2026-10-31", "2026-11-30"],
            )
        )
        session.add(
            AppealRow(
                number="SS-2026-001",
                appraisal_id=appraisal.id,
                filed_on=dt.date(2026, 10, 9),
                reason="回款数据漏计一笔",
                filing_deadline=dt.date(2026, 10, 12),
                decision_due=dt.date(2026, 10, 19),
                outcome=AppealOutcome.REJECTED,
                decided_on=dt.date(2026, 10, 15),
                decision_reason="该笔回款在10月到账",
            )
        )
    with demo_ctx.session() as session:
        form = form_data_for(session, sid, "2026-09", "zh_CN")
    assert form.interviews and form.actions
    assert form.plan is not None and form.appeals
    text = "".join(pdf_pages(render_bytes([form])))
    for needle in (
        "拜访质量明显提升&需加强报价复核。",
        "绩效面谈（GROW）",
        "约定的行动项",
        "绩效改进计划",
        "回款率提升到95%",
        "申诉结果",
        "SS-2026-001",
        "驳回",
    ):
        assert needle in text, needle


def test_task_sheet_prints_as_its_own_form(demo_ctx, tmp_path):
    with demo_ctx.transaction() as session:
        sid = staff_id(session, "E005")
        sheet = TaskSheetRow(
            staff_id=sid,
            period_id=stored_period(session, SEPTEMBER).id,
            issued_on=dt.date(2026, 9, 1),
        )
        sheet.tasks = [
            TaskItemRow(
                position=i, title=f"任务{i}：拜访重点医院", steps="制定路线；每周复盘", points=p
            )
            for i, p in enumerate((30, 25, 20, 15, 10), start=1)
        ]
        sheet.tasks[0].score = 28
        session.add(sheet)
    with demo_ctx.session() as session:
        form = task_sheet_for(session, sid, "2026-09", "zh_CN")
    assert form.total_points == 100
    path = tmp_path / "task.pdf"
    render_form(form, path)
    text = "".join(pdf_pages(path.read_bytes()))
    for needle in (
        "月度工作任务书",
        "工作任务与目标",
        "任务1：拜访重点医院",
        "合计",
        "100",
        "被考核人",
    ):
        assert needle in text


def test_unknown_person_raises(demo_ctx):
    with demo_ctx.session() as session, pytest.raises(LookupError):
        form_data_for(session, 999999, SEPTEMBER, "zh_CN")
