"""The staff register in the order the old rule gave it, now that the register is sorted in its
background read (``arranged``) and a click on a header sorts with ``sort_rank``: the same rows,
cells, greyed leavers and filters, on a messy register (names twice over, Latin and Chinese
names in mixed case, full-width IDs, blank hire dates, leavers, a transfer)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import text

from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.staff import StaffData, save_staff, staff_overview
from salesperf_desktop.services.staff_register import sort_rank
from salesperf_desktop.ui.staff.columns import staff_headers
from salesperf_desktop.ui.staff_tab import ALL, FOREGROUND, StaffTab
from salesperf_desktop.ui.table_model import display_text
from tests.services.support import staff_id
from tests.ui.staff_rule import haystack, staff_display_row
from tests.ui_support import ui_for

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
NAME, TEAM, HIRED = 1, 3, 9


def old_rank(values, descending: bool) -> list[int]:
    """The rule the GUI thread sorted by before (``StaffTableModel._reorder`` at stop 19)."""
    try:
        ranked = sorted(range(len(values)), key=lambda i: (values[i] is not None, values[i]))
    except TypeError:
        ranked = sorted(range(len(values)), key=lambda i: (values[i] is not None, str(values[i])))
    if descending:
        ranked.reverse()
    return ranked


def messy(ctx) -> None:
    """The demo company plus the register's awkward cases."""
    hired = dt.date(2024, 1, 1)
    for no, name in (
        ("E900", "王伟"),
        ("e901", "王伟"),  # the same name twice, an ID in lower case
        ("E90", "吕阳"),
        ("Ｅ902", "绿洋"),  # a full-width letter
        ("E903", "zhang wei"),
        ("E904", "Zhang Wei"),
        ("E905", "Élodie"),
        ("E906", "欧阳娜娜"),
    ):
        save_staff(ctx, StaffData(no, name, hire_date=hired, region="华东"))
    save_staff(
        ctx,
        StaffData(
            "E907",
            "王伟",
            hire_date=hired,
            leave_date=dt.date(2025, 6, 30),
            status="left",
        ),
    )
    with ctx.transaction() as s:  # blank hire dates (older data), another leaver
        s.execute(text("UPDATE staff SET hire_date = NULL WHERE employee_no IN ('E903', 'E90')"))
        s.execute(
            text(
                "UPDATE staff SET status = 'left', leave_date = '2026-09-30'"
                " WHERE employee_no = 'E006'"
            )
        )
    mvs.record_move(  # a transfer: the register shows the new team
        ctx,
        staff_id(ctx, "E005"),
        mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", 3, "sales_rep", "支援渠道分销组"),
    )


def expected(ctx, sorts, keep=lambda _person, _row: True) -> list[list]:
    """The cells the old rule showed: the register read, sorted on the GUI thread by each of
    *sorts* in turn (``(column, order)``: each sort starts from the order before), filtered."""
    people = staff_overview(ctx).people
    rows = [staff_display_row(p) for p in people]
    ranked = list(range(len(rows)))
    for column, order in sorts:
        ranked = [ranked[i] for i in old_rank([rows[i][column] for i in ranked], order == DESC)]
    return [[display_text(v) for v in rows[i]] for i in ranked if keep(people[i], rows[i])]


def shown(tab) -> list[list]:
    model = tab.table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def click_header(qtbot, tab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def register_tab(qtbot, ctx) -> StaffTab:
    tab = StaffTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.is_loaded)
    return tab


def test_the_background_sort_and_a_click_on_a_header_rank_as_the_old_rule(demo_ctx):
    messy(demo_ctx)
    rows = [staff_display_row(p) for p in staff_overview(demo_ctx).people]
    today = dt.date(2026, 11, 27)
    mixed = [(None, "b", today, "a", None, today, "a", 3)]  # kinds that do not compare
    for table in (rows, mixed):
        for column in range(len(table[0])):
            values = [r[column] for r in table]
            for descending in (False, True):
                assert sort_rank(table, column, descending) == old_rank(values, descending)


def test_the_register_is_shown_sorted_and_filtered_as_before(qtbot, demo_ctx):
    messy(demo_ctx)
    tab = register_tab(qtbot, demo_ctx)
    model = tab.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(11)] == staff_headers()
    sorts = [(0, ASC)]  # by employee ID, as at every start
    assert shown(tab) == expected(demo_ctx, sorts)
    greyed = [model.index(r, 0).data(FOREGROUND) is not None for r in range(model.rowCount())]
    statuses = {p.employee_no: p.status.value for p in staff_overview(demo_ctx).people}
    leavers = [statuses[row[0]] == "left" for row in shown(tab)]
    assert greyed == leavers and sum(leavers) == 2

    header = tab.table.horizontalHeader()
    # as the officer sorts: by name, the other way, then by hire date (blanks at one end),
    # each click from the order the one before left
    for column in (NAME, NAME, HIRED):
        click_header(qtbot, tab, column)
        assert header.sortIndicatorSection() == column
        sorts.append((column, header.sortIndicatorOrder()))
        assert shown(tab) == expected(demo_ctx, sorts)
    assert sorts[1][1] != sorts[2][1]

    # the filters over the sorted rows, as before
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("active"))
    assert shown(tab) == expected(demo_ctx, sorts, lambda p, _r: p.status.value != "left")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ALL))
    tab.team_filter.setCurrentIndex(tab.team_filter.findData(3))
    moved = expected(demo_ctx, sorts, lambda p, _r: p.team_id == 3)
    assert shown(tab) == moved and "E005" in [row[0] for row in moved]
    tab.team_filter.setCurrentIndex(0)
    tab.search.setText("王伟")
    twice = expected(demo_ctx, sorts, lambda _p, r: "王伟" in haystack(r))
    assert shown(tab) == twice and len(twice) >= 3
    tab.search.setText("ZHANG")
    zhang = expected(demo_ctx, sorts, lambda _p, r: "zhang" in haystack(r))
    assert shown(tab) == zhang and {row[1] for row in zhang} == {"zhang wei", "Zhang Wei"}
    tab.search.clear()
    assert shown(tab) == expected(demo_ctx, sorts)


def test_a_sort_chosen_while_the_register_was_read_is_the_one_shown(qtbot, demo_ctx):
    """The read sorted by the order of when it started; the officer clicked another since."""
    messy(demo_ctx)
    tab = register_tab(qtbot, demo_ctx)
    tab.table.sortByColumn(NAME, DESC)
    people = staff_overview(demo_ctx).people
    rows = [staff_display_row(p) for p in people]
    tab.model.set_people(
        rows,
        [p.id for p in people],
        [(p.team_id, p.role, p.status.value) for p in people],
        [haystack(r) for r in rows],
        arranged=(0, ASC),
    )
    assert shown(tab) == expected(demo_ctx, [(NAME, DESC)])
    tab.events.changed.emit("staff")  # read again: sorted in the background by the name
    qtbot.waitUntil(tab.is_loaded)
    assert shown(tab) == expected(demo_ctx, [(NAME, DESC)])
