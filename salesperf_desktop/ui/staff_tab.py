"""Staff tab: the register of every person, searchable, sortable and filtered; add, edit, import.

Dialogs are opened window-modal with ``open()`` (not ``exec()``), so the window keeps painting
and tests drive them like a user: find the dialog, fill it, press its button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from salesperf_desktop.services.reader_process import reader
from salesperf_desktop.services.staff import STATUSES, save_staff
from salesperf_desktop.services.staff_register import RegisterLabels, sort_rank, staff_register
from salesperf_desktop.services.start_reads import REGISTER_START_ORDER
from salesperf_desktop.ui.base_tab import BaseTab, add_menu_actions
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.labels import fill, register_labels, role_label, status_label
from salesperf_desktop.ui.staff.columns import staff_headers
from salesperf_desktop.ui.table_model import DISPLAY, RowsTableModel
from salesperf_desktop.ui.tasks import one_step

ALL = "__all__"
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_GREY = QBrush(QColor("#888888"))  # people who left
LANE = "staff"


class StaffTableModel(RowsTableModel):
    """Rows plus the codes the filters use; people who left are greyed (they keep history).

    Sorting and the search read plain Python lists kept beside the rows (sort keys, one
    lower-cased text per person), never the model through Qt: at 3,000 staff, sorting through
    a ``lessThan`` asked the model for 38,000 values and held the window for a second.
    """

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent)
        self.codes: list[tuple[int | None, str, str]] = []  # (team_id, role, status)
        self.haystacks: list[str] = []  # the person's own columns, case-folded, for the search
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_people(self, rows, keys, codes, haystacks, arranged=None) -> None:
        """The register's rows with their ids, filter codes and search texts (``haystack``,
        made beside the rows in the background: 3,000 of them were 65 ms of the GUI thread).
        *arranged* is the ``(column, order)`` the rows come sorted in (``arranged``, in the
        background too): sorted again here only when the officer sorts by another since."""
        self.beginResetModel()
        self._rows, self._keys, self.codes = list(rows), list(keys), list(codes)
        self.haystacks = list(haystacks)
        if self._order is not None and self._order != arranged:
            self._reorder(*self._order)
        self.endResetModel()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (a click on a header, or the start's)."""
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._keys)
        self._reorder(column, order)
        where = {key: row for row, key in enumerate(self._keys)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(where[before[i.row()]], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        ranked = sort_rank(self._rows, column, order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in ranked]
        self._keys = [self._keys[i] for i in ranked]
        self.codes = [self.codes[i] for i in ranked]
        self.haystacks = [self.haystacks[i] for i in ranked]

    def data(self, index, role=DISPLAY):
        if role == FOREGROUND:
            return _GREY if index.isValid() and self.codes[index.row()][2] == "left" else None
        return super().data(index, role)


class StaffFilterProxy(QSortFilterProxyModel):
    """Free-text search over the person's own columns plus exact filters by team, role and
    status. Sorting is the source model's (``StaffTableModel.sort``): the proxy keeps its order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.team: object = ALL
        self.role: object = ALL
        self.status: object = ALL
        self.search_text = ""
        self._everyone = True  # nothing filters: every row is shown without looking at it

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search_text = text.strip().casefold()
        self._note_everyone()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, team=ALL, role=ALL, status=ALL) -> None:
        if (team, role, status) == (self.team, self.role, self.status):
            return
        self.beginFilterChange()
        self.team, self.role, self.status = team, role, status
        self._note_everyone()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _note_everyone(self) -> None:
        self._everyone = self.team == self.role == self.status == ALL and not self.search_text

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._everyone:  # (asked for each of 3,000 rows whenever the register is read)
            return True
        model = self.sourceModel()
        team_id, role, status = model.codes[source_row]
        if self.team != ALL and team_id != self.team:
            return False
        if self.role != ALL and role != self.role:
            return False
        if self.status == "active" and status == "left":
            return False
        if self.status not in (ALL, "active") and status != self.status:
            return False
        # The person's own columns only: searching a name should find that person, not
        # everyone whose supervisor or mentor they are.
        return not self.search_text or self.search_text in model.haystacks[source_row]


class StaffTab(BaseTab):
    topics = ("staff",)
    loaded = Signal()  # the register read in the background is shown

    def __init__(self, ui, parent=None):
        super().__init__(ui, parent)
        self._window = None
        self._read = False  # the register has been read and shown once
        self.model = StaffTableModel(staff_headers(), self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Search by ID, name, team, region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)

        self.team_filter = QComboBox(self)
        self.team_filter.setObjectName("teamFilter")
        self.role_filter = QComboBox(self)
        self.role_filter.setObjectName("roleFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        self.status_filter.addItem(self.tr("Everyone but leavers"), "active")
        for code in STATUSES:
            self.status_filter.addItem(status_label(code), code)
        for combo in (self.team_filter, self.role_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)

        self.add_button = QPushButton(self.tr("Add person…"), self)
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editStaff")
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button = QPushButton(self.tr("Moves and leave…"), self)
        self.history_button.setObjectName("staffHistory")
        self.history_button.clicked.connect(self.history_of_selected)
        self.teams_button = QPushButton(self.tr("Teams…"), self)
        self.teams_button.setObjectName("manageTeams")
        self.teams_button.clicked.connect(self.manage_teams)

        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        column, descending = REGISTER_START_ORDER  # (what start-up reads ahead)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        # Columns sized to their contents once a read of the register (``_loaded``), not on
        # every change (3,000 rows were measured three times over at start-up); in between,
        # the officer may widen them. From the rows around the visible ones, not all of them.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.team_filter)
        top.addWidget(self.role_filter)
        top.addWidget(self.status_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.teams_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Staff")

    # ----------------------------------------------------------------- loading

    def is_loaded(self) -> bool:
        return self._read and not self.ui.tasks.busy(LANE)

    def refresh(self) -> None:
        """Read the register in the reader process (0.1 s of CPU at 3,000 staff, off this
        process's GIL; here when it cannot) and show it when read; a newer read drops an
        older one."""
        ctx, order = self.ctx, self.model.sort_order()
        labels = RegisterLabels(*register_labels())
        # sorted as shown, in the read rather than on the GUI thread
        by = None if order is None else (order[0], order[1] == Qt.SortOrder.DescendingOrder)
        sent, job = reader.job(ctx, staff_register, labels, by)
        self.ui.tasks.run(
            self.tr("Reading the staff register…"),
            job,
            lambda outcome: self._loaded(outcome, order),
            self,
            show_dialog=False,
            lane=LANE,
            latest=f"staff-{id(self)}",
            elsewhere=sent is not None,
        )

    def _loaded(self, outcome, order) -> None:
        from shiboken6 import isValid

        if not isValid(self.model):  # the window closed meanwhile
            return
        if outcome.cancelled:  # (the window was closing): read again when next shown
            self._stale = True
            return
        if outcome.error is not None:  # told by the task runner; read again at the next change
            self._stale = True
            return
        register = outcome.result
        self._read = True
        self.model.set_people(
            register.rows, register.keys, register.codes, register.haystacks, arranged=order
        )
        self.table.resizeColumnsToContents()
        self._fill_combo(self.team_filter, self.tr("All teams"), register.teams)
        self._fill_combo(
            self.role_filter, self.tr("All roles"), [(role_label(r), r) for r in register.roles]
        )
        self.loaded.emit()

    def _fill_combo(self, combo: QComboBox, all_text: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, ALL)
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.team_filter.currentData() or ALL,
            self.role_filter.currentData() or ALL,
            self.status_filter.currentData() or ALL,
        )

    def selected_staff_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.key(self.proxy.mapToSource(index).row())

    # ----------------------------------------------------------------- editing

    def add_person(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        staff_id = self.selected_staff_id()
        if staff_id is not None:
            self._open_editor(staff_id)

    def _open_editor(self, staff_id: int | None) -> None:
        from salesperf_desktop.ui.staff.edit_dialog import StaffDialog

        dialog = StaffDialog(self.ui, staff_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(dialog, staff_id))
        dialog.open()

    def _save(self, dialog, staff_id: int | None) -> None:
        if not dialog.changed():
            return
        save_staff(self.ctx, dialog.data(), staff_id)
        self.events.changed.emit("staff")

    def history_of_selected(self) -> None:
        """调动与请假 of the selected person (transfers, promotions, demotions; leave)."""
        staff_id = self.selected_staff_id()
        if staff_id is None:
            return
        from salesperf_desktop.ui.staff.history_dialog import StaffHistoryDialog

        dialog = StaffHistoryDialog(self.ui, staff_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def manage_teams(self) -> None:
        from salesperf_desktop.ui.staff.teams_dialog import TeamsDialog

        dialog = TeamsDialog(self.ui, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: dialog.changed and self.events.changed.emit("staff"))
        dialog.open()

    # ----------------------------------------------------------------- files

    def contribute_actions(self, window) -> None:
        self._window = window
        add_menu_actions(
            window,
            (
                (
                    window.import_menu,
                    self.tr("Import staff…"),
                    self.import_staff,
                    "actionImportStaff",
                ),
                (
                    window.export_menu,
                    self.tr("Export staff…"),
                    self.export_staff,
                    "actionExportStaff",
                ),
                (
                    window.export_menu,
                    self.tr("Blank staff template…"),
                    self.blank_template,
                    "actionBlankStaffTemplate",
                ),
            ),
        )

    def _xlsx_filter(self) -> str:
        return self.tr("Excel workbook (*.xlsx)")

    def export_staff(self) -> None:
        from salesperf_desktop.services.staff_io import export_staff

        path, _ = get_save_file_name(
            self, self.tr("Export staff"), self.tr("staff.xlsx"), self._xlsx_filter()
        )
        if not path:
            return

        def exported(outcome) -> None:
            if outcome.error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.tr("Export staff"), outcome.message)
                return
            if not outcome.cancelled:
                self._status(fill(self.tr("%1 people exported to %2"), outcome.result, path))

        self.ui.tasks.run(
            self.tr("Export staff"), one_step(export_staff, self.ctx, path), exported, self
        )

    def blank_template(self) -> None:
        from salesperf_desktop.services.staff_io import write_blank_template

        path, _ = get_save_file_name(
            self,
            self.tr("Blank staff template"),
            self.tr("staff-template.xlsx"),
            self._xlsx_filter(),
        )
        if not path:
            return

        def written(outcome) -> None:
            if outcome.error is not None:
                if not outcome.reported:
                    QMessageBox.warning(self, self.tr("Blank staff template"), outcome.message)
                return
            if not outcome.cancelled:
                self._status(fill(self.tr("Blank template written to %1"), path))

        job = one_step(write_blank_template, path, self.ctx.lang)
        self.ui.tasks.run(self.tr("Blank staff template"), job, written, self)

    def import_staff(self) -> None:
        """Read and check in the background, then show the problems or the preview."""
        from salesperf_desktop.services.staff_io import read_staff_import

        path, _ = get_open_file_name(self, self.tr("Import staff"), self._xlsx_filter())
        if not path:
            return
        ctx, today = self.ctx, self.ui.today()

        def job(_cancel):
            return (yield from read_staff_import(ctx, Path(path), today=today))

        self.ui.tasks.run(self.tr("Checking the staff workbook…"), job, self._import_checked, self)

    def _import_checked(self, outcome) -> None:
        from salesperf_desktop.ui.staff.import_dialogs import (
            ImportPreviewDialog,
            ImportProblemsDialog,
        )

        if outcome.cancelled:
            return
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(self, self.tr("Import staff"), outcome.message)
            return
        plan = outcome.result
        if not plan.ok:
            dialog = ImportProblemsDialog(plan, self)
        else:
            dialog = ImportPreviewDialog(plan, self.ctx.lang, self)
            dialog.accepted.connect(lambda: self._apply_import(plan))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _apply_import(self, plan) -> None:
        from salesperf_desktop.services.staff_io import apply_staff_import

        ctx = self.ctx

        def job(_cancel):
            return (yield from apply_staff_import(ctx, plan))

        self.ui.tasks.run(self.tr("Importing staff…"), job, self._import_applied, self)

    def _import_applied(self, outcome) -> None:
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(self, self.tr("Import staff"), outcome.message)
            return
        if outcome.cancelled:
            self._status(self.tr("Import cancelled; nothing was written."))
            return
        self.events.changed.emit("staff")
        self._status(fill(self.tr("%1 people imported."), outcome.result))

    def _status(self, text: str) -> None:
        if self._window is not None:
            self._window.statusBar().showMessage(text, 8000)
