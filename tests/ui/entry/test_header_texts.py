"""The grid's header texts, tooltips and column widths as the old rule made them (the texts
were worked out at each of the headers' thousands of questions; now once per sheet), and its
indicator columns as the old loop over every person gave them: for every team and template of
a messy month and quarter (names twice over, a transfer within the month, a leaver)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import text

from salesperf_desktop.domain.cycles import QUARTERLY
from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.staff import StaffData, save_staff
from salesperf_desktop.ui.entry.grid_model import FROZEN
from salesperf_desktop.ui.labels import fill
from tests.services.support import staff_id
from tests.ui_support import entry_tab, wait_loaded

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def old_field_label(field_name: str) -> str:
    return {
        "target": QCoreApplication.translate("EntryGrid", "Target"),
        "actual": QCoreApplication.translate("EntryGrid", "Actual"),
        "base": QCoreApplication.translate("EntryGrid", "Base"),
        "passed": QCoreApplication.translate("EntryGrid", "Passed"),
        "rating:supervisor": QCoreApplication.translate("EntryGrid", "Supervisor"),
        "rating:self": QCoreApplication.translate("EntryGrid", "Self"),
        "rating:peer": QCoreApplication.translate("EntryGrid", "Peers"),
    }.get(field_name, field_name)


def old_header(model, section: int) -> str:
    col = model.columns[section]
    return f"{col.title}\n{old_field_label(col.field)}" if col.kind == "value" else col.title


def old_tooltip(model, section: int) -> str | None:
    col = model.columns[section]
    if col.item is None:
        return None
    return fill(
        QCoreApplication.translate("EntryGrid", "%1\n%2 · weight %3 · %4"),
        col.title,
        old_field_label(col.field),
        fmt_number(col.item.weight),
        col.item.rule.describe(model.lang, col.item.measure),
    )


def old_indicators(people) -> list:
    seen: dict = {}
    for p in people:
        for it in p.template.items:
            seen.setdefault(it.indicator, (it, p.template))
    return list(seen.values())


def old_widths(tab) -> list[int]:
    """``EntryTab._show_team``'s widths as worked out at stop 19."""
    model, sheet = tab.model, tab.sheet
    metrics = tab.table.horizontalHeader().fontMetrics()
    cells = tab.table.fontMetrics()
    people = model.rows
    texts = {0: [p.employee_no for p in people], 1: [p.name for p in people]}
    month = sheet is not None and sheet.month.kind == "month"
    if month and any(p.cycle == QUARTERLY for p in people):
        grade = next(i for i, c in enumerate(model.columns) if c.kind == "grade")
        texts[grade] = [QCoreApplication.translate("EntryGrid", "Graded by quarter")]
    widths = []
    for c in range(model.columnCount()):
        header = str(old_header(model, c) or "")
        widest = max((metrics.horizontalAdvance(line) for line in header.split("\n")), default=0)
        value = max((cells.horizontalAdvance(t) for t in texts.get(c, ())), default=0)
        widths.append(max(56 if c < FROZEN else 72, widest + 20, value + 16))
    return widths


def messy(ctx) -> None:
    hired = dt.date(2024, 1, 1)
    for no, name in (("E900", "王伟"), ("E901", "王伟"), ("E902", "欧阳娜娜娜娜娜娜娜娜")):
        save_staff(ctx, StaffData(no, name, team_id=1, hire_date=hired))
    with ctx.transaction() as s:  # a leaver at the end of October
        s.execute(
            text(
                "UPDATE staff SET status = 'left', leave_date = '2026-10-31'"
                " WHERE employee_no = 'E006'"
            )
        )
    mvs.record_move(  # a transfer on 15 October: in both teams' grids
        ctx,
        staff_id(ctx, "E005"),
        mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", 3, "sales_rep", "支援渠道分销组"),
    )


def test_headers_tooltips_widths_and_columns_are_the_old_rules(qtbot, demo_ctx):
    messy(demo_ctx)
    tab = entry_tab(qtbot, demo_ctx)
    seen = 0
    for period in ("2026-10", "2026-Q4"):
        tab.period_box.setCurrentIndex(tab.period_box.findData(period))
        wait_loaded(qtbot, tab)
        for team in range(tab.team_box.count()):
            tab.team_box.setCurrentIndex(team)
            for template in range(tab.template_box.count()):
                tab.template_box.setCurrentIndex(template)
                model = tab.model
                count = model.columnCount()
                assert count > FROZEN and model.rowCount() > 0
                assert [model.headerData(c, H) for c in range(count)] == [
                    old_header(model, c) for c in range(count)
                ]
                assert [model.headerData(c, H, TOOLTIP) for c in range(count)] == [
                    old_tooltip(model, c) for c in range(count)
                ]
                assert [model.headerData(r, V) for r in range(model.rowCount())] == list(
                    range(1, model.rowCount() + 1)
                )
                shown = [
                    tab.table.frozen.horizontalHeader().sectionSize(c)
                    if c < FROZEN
                    else tab.table.horizontalHeader().sectionSize(c)
                    for c in range(count)
                ]
                assert shown == old_widths(tab)
                indicators = old_indicators(model.rows)
                shown_indicators = {c.indicator: None for c in model.columns if c.kind == "value"}
                assert list(shown_indicators) == [it.indicator for it, _t in indicators]
                assert tab.sheet.indicators(model.rows) == indicators
                assert tab.sheet.indicators(tab.sheet.people) == old_indicators(tab.sheet.people)
                seen += 1
    assert seen >= 6
