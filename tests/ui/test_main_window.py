"""The window opens with the five tabs over the demo company and remembers where it was."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from salesperf_desktop.ui.main_window import MainWindow

TAB_TITLES = ["Staff", "Indicator templates", "Monthly entry", "Reviews (GROW)", "Charts"]


def _open(qtbot, ctx, qsettings) -> MainWindow:
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_has_the_five_tabs_and_lists_the_demo_company(qtbot, demo_ctx, qsettings):
    window = _open(qtbot, demo_ctx, qsettings)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TAB_TITLES

    staff = window.findChild(QTableView, "staffTable")
    qtbot.waitUntil(lambda: staff.model().rowCount() >= 12)
    names = {staff.model().index(r, 1).data() for r in range(staff.model().rowCount())}
    assert len(names) >= 12

    for index, table_name in ((1, "templateList"), (2, "entryTable"), (3, "interviewTable")):
        window.tabs.setCurrentIndex(index)
        view = window.findChild(QTableView, table_name)
        qtbot.waitUntil(lambda v=view: v.model().rowCount() > 0)

    window.tabs.setCurrentIndex(4)
    charts = window.tabs.widget(4)
    qtbot.waitUntil(lambda: charts._drawer is not None)
    assert "2 staff" not in window._count_label.text()


def test_last_tab_and_geometry_are_remembered(qtbot, demo_ctx, qsettings):
    window = _open(qtbot, demo_ctx, qsettings)
    window.resize(700, 480)  # (the 本月待办 dock beside the tabs needs a little width)
    window.tabs.setCurrentIndex(2)
    window.due_panel.close()  # the officer closed 本月待办: it stays closed
    window.close()

    again = _open(qtbot, demo_ctx, qsettings)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 480)
    assert not again.due_panel.isVisible() and again.due_panel.is_loaded()
    again.findChild(QAction, "actionDuePanel").trigger()  # View ▸ 本月待办 brings it back
    assert again.due_panel.isVisible()
    qtbot.waitUntil(lambda: again.due_panel.due is not None and again.due_panel.is_loaded())


def test_search_filters_the_staff_register(qtbot, demo_ctx, qsettings):
    window = _open(qtbot, demo_ctx, qsettings)
    staff = window.findChild(QTableView, "staffTable")
    qtbot.waitUntil(lambda: staff.model().rowCount() >= 12)
    first_name = staff.model().index(0, 1).data()
    window.tabs.widget(0).search.setText(first_name)
    assert staff.model().rowCount() >= 1
    assert all(
        first_name in staff.model().index(r, 1).data() for r in range(staff.model().rowCount())
    )
