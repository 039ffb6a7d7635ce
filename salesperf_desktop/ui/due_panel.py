"""本月待办 (due this month): a dock beside the tabs, visible at start.

A dock, not a tab: it stays in sight while the officer works in the tab a row opened, and the
tabs keep their places. It reads ``services.due`` in the background on the window's task runner
(its own lane) when it is shown and whenever data change, in the reader process when the program
has one (``services.reader_process``: the runner's thread only waits), and says when it has loaded
(``is_loaded``, for the benchmarks' "every tab ready"). Activating a row (double-click or Enter,
as the platform activates)
asks the window to open the place to act (``open_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.due import due_this_month
from salesperf_desktop.services.reader_process import reader
from salesperf_desktop.ui.labels import fill

if TYPE_CHECKING:
    from salesperf_desktop.services.due import DueList, DuePlace
    from salesperf_desktop.ui.tasks import TaskOutcome
    from salesperf_desktop.ui.ui_context import UiContext

LANE = "due"
SETTLE_MS = 800  # a change is read this long after the last one of a burst
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

# A group lists its first rows; the rest is one row that opens the first of them. Thousands of
# rows (every interview at 3,000 staff) would hold the GUI thread for seconds and help nobody.
SHOWN_PER_GROUP = 50

_COLOURS = {"overdue": QColor(176, 0, 32), "today": QColor(176, 0, 32), "soon": QColor(160, 90, 0)}


class _WrappingDelegate(QStyledItemDelegate):
    """Asks for the height of the text wrapped at the column's width (the tree view asks
    without a width, which gives one line and an elided text)."""

    def sizeHint(self, option, index):
        view = self.parent()
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        opt = QStyleOptionViewItem(option)
        # a group's title spans the whole row; an item has the first column
        room = view.viewport().width() if depth == 0 else view.columnWidth(0)
        width = max(40, room - view.indentation() * (depth + 1))
        opt.rect = QRect(0, 0, width, 1000)  # a valid rect: the style wraps to its width
        return super().sizeHint(opt, index)


class DuePanel(QDockWidget):
    open_requested = Signal(object)  # a services.due.DuePlace

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duePanel")
        self.ui = ui
        self.ctx = ui.ctx
        self.due: DueList | None = None
        self._stale = True
        self.setWindowTitle(self.tr("Due this month"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("dueSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("To do"), self.tr("Deadline"), self.tr("Days left")]
        )
        self.view = QTreeView(body)
        self.view.setObjectName("dueView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long row (an English action item, a narrow panel) wraps onto a second line rather
        # than ending in "…": the officer reads what is due without hovering.
        self.view.setUniformRowHeights(False)
        self.view.setIndentation(14)
        self.view.setWordWrap(True)
        self.view.setItemDelegateForColumn(0, _WrappingDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # rows are as high as their wrapped text at the column's new width
        header.sectionResized.connect(lambda *_: self.view.doItemsLayout())
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        # A burst of changes (cells typed one after another) is read once, when it has settled.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.ensure_fresh)
        ui.events.changed.connect(self._on_data_changed)
        self.visibilityChanged.connect(lambda visible: visible and self.ensure_fresh())

    # ----------------------------------------------------------------- loading

    def is_loaded(self) -> bool:
        """Shown with its data (or closed by the officer: then nothing is to load)."""
        if self.isHidden():
            return True
        return not self._stale and not self.ui.tasks.busy(LANE)

    def ensure_fresh(self) -> None:
        if self._stale and not self.isHidden():
            self._stale = False
            self.refresh()

    def _on_data_changed(self, _topic: str) -> None:
        self._stale = True
        self._settle.start()

    def refresh(self) -> None:
        """Read what is due in the background (a newer read drops an older one)."""
        sent, job = reader.job(self.ctx, due_this_month, self.ui.today(), self.ctx.lang)
        self.ui.tasks.run(
            self.tr("Reading what is due…"),
            job,
            self._loaded,
            self,
            show_dialog=False,
            lane=LANE,
            latest=f"due-{id(self)}",
            elsewhere=sent is not None,
        )

    def _loaded(self, outcome: TaskOutcome) -> None:
        from shiboken6 import isValid

        if not isValid(self.model):  # the window closed (or was rebuilt) while it was read
            return
        if outcome.error is not None:  # told here; read again at the next change
            self.summary.setText(outcome.message)
            return
        if outcome.cancelled:  # (the window was closing): read again when next shown
            self._stale = True
            return
        self.show_list(outcome.result)

    # ----------------------------------------------------------------- showing

    def show_list(self, due: DueList) -> None:
        self.due = due
        lang = self.ctx.lang
        self.model.removeRows(0, self.model.rowCount())
        overdue = sum(g.overdue for g in due.groups)
        if not due.groups:
            self.summary.setText(fill(self.tr("%1: nothing is due."), due.today.isoformat()))
        else:
            self.summary.setText(
                fill(
                    self.tr("%1: %2 things to do, %3 of them overdue."),
                    due.today.isoformat(),
                    due.count,
                    overdue,
                )
            )
        bold = QFont(self.view.font())
        bold.setBold(True)
        for group in due.groups:
            head = QStandardItem(fill(self.tr("%1 (%2)"), group.title, group.count))
            head.setFont(bold)
            head.setData(group.kind.value, URGENCY_ROLE)
            blanks = [QStandardItem(), QStandardItem()]
            for item in group.items[:SHOWN_PER_GROUP]:
                cells = [
                    QStandardItem(item.text),
                    QStandardItem(self._day(item.deadline, due.today)),
                    QStandardItem(item.short_left_text(lang)),
                ]
                cells[0].setData(item.place, PLACE_ROLE)
                tip = item.text
                if item.deadline is not None:
                    tip += "\n" + fill(
                        self.tr("Deadline %1: %2"), item.deadline.isoformat(), item.left_text(lang)
                    )
                for cell in cells:
                    cell.setToolTip(tip)
                cells[0].setData(item.urgency.value, URGENCY_ROLE)
                colour = _COLOURS.get(item.urgency.value)
                if colour is not None:
                    for cell in cells[1:]:
                        cell.setForeground(QBrush(colour))
                head.appendRow(cells)
            rest = group.items[SHOWN_PER_GROUP:]
            if rest:
                more = QStandardItem(
                    fill(
                        self.tr("… and %1 more (opens the first of them)"),
                        sum(i.count for i in rest),
                    )
                )
                more.setData(rest[0].place, PLACE_ROLE)
                head.appendRow([more, QStandardItem(), QStandardItem()])
            self.model.appendRow([head, *blanks])
            # a group's title spans the row (its deadline and days-left cells are empty)
            self.view.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)
        self.view.expandAll()

    @staticmethod
    def _day(day, today) -> str:
        """10-13 in this year, 2027-01-05 in another."""
        if day is None:
            return ""
        return day.strftime("%m-%d") if day.year == today.year else day.isoformat()

    def place_at(self, index: QModelIndex) -> DuePlace | None:
        return index.siblingAtColumn(0).data(PLACE_ROLE)

    def _activated(self, index: QModelIndex) -> None:
        place = self.place_at(index)
        if place is not None:
            self.open_requested.emit(place)
