"""Manage teams: add, rename, set the product line and the appraisal cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.staff import (
    CYCLES,
    PRODUCT_LINES,
    TeamData,
    check_team,
    list_teams,
    save_team,
)
from salesperf_desktop.ui.edits import select_or_keep
from salesperf_desktop.ui.labels import cycle_label, product_line_label
from salesperf_desktop.ui.staff.fields import FieldWithError, code_combo


class TeamsDialog(QDialog):
    def __init__(self, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamsDialog")
        self.setWindowTitle(self.tr("Teams"))
        self.ui = ui
        self.changed = False
        self._team_id: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("teamList")
        self.list.currentItemChanged.connect(self._select)
        self.code = QLineEdit(self)
        self.code.setObjectName("teamCode")
        self.name = QLineEdit(self)
        self.name.setObjectName("teamName")
        self.product_line = code_combo([(product_line_label(p), p) for p in PRODUCT_LINES], self)
        self.product_line.setObjectName("teamProductLine")
        self.cycle = code_combo([(cycle_label(c), c) for c in CYCLES], self)
        self.cycle.setObjectName("teamCycle")
        self._fields = {
            key: FieldWithError(widget, key, self)
            for key, widget in (
                ("code", self.code),
                ("name", self.name),
                ("product_line", self.product_line),
                ("cycle", self.cycle),
            )
        }
        form = QFormLayout()
        form.addRow(self.tr("Code"), self._fields["code"])
        form.addRow(self.tr("Name"), self._fields["name"])
        form.addRow(self.tr("Product line"), self._fields["product_line"])
        form.addRow(self.tr("Appraisal cycle"), self._fields["cycle"])
        self.new_button = QPushButton(self.tr("New team"), self)
        self.new_button.setObjectName("newTeam")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save team"), self)
        self.save_button.setObjectName("saveTeam")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.code.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        teams = list_teams(self.ui.ctx)
        self._teams = {t.id: t for t in teams}
        for team in teams:
            item = QListWidgetItem(team.name)  # the code is in the form beside
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.list.addItem(item)
            if team.id == select_id:
                self.list.setCurrentItem(item)
        # wide enough for every team's name, not cut off
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8)
        if select_id is None:
            self.start_new()

    def _select(self, item, _previous=None) -> None:
        if item is None:
            return
        team = self._teams[item.data(Qt.ItemDataRole.UserRole)]
        self._team_id = team.id
        self.code.setText(team.code)
        self.name.setText(team.name)
        select_or_keep(self.product_line, team.product_line, product_line_label(team.product_line))
        select_or_keep(self.cycle, team.cycle, cycle_label(team.cycle))

    def start_new(self) -> None:
        self._team_id = None
        self.list.setCurrentItem(None)
        self.code.clear()
        self.name.clear()
        self.code.setFocus()

    def _data(self) -> TeamData:
        """The team as shown; the manager (not edited here) stays as stored."""
        stored = self._teams.get(self._team_id) if self._team_id is not None else None
        return TeamData(
            code=self.code.text(),
            name=self.name.text(),
            product_line=self.product_line.currentData(),
            cycle=self.cycle.currentData(),
            manager_id=stored.manager_id if stored is not None else None,
        )

    def _unchanged(self) -> bool:
        stored = self._teams.get(self._team_id) if self._team_id is not None else None
        data = self._data()
        return stored is not None and (
            stored.code,
            stored.name,
            stored.product_line,
            stored.cycle,
        ) == (data.code.strip(), data.name.strip(), data.product_line, data.cycle)

    def _validate(self) -> bool:
        problems = check_team(self.ui.ctx, self._data(), self._team_id)
        for key, wrapped in self._fields.items():
            wrapped.set_error(
                "；".join(p.message(self.ui.lang) for p in problems if p.field == key)
            )
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self._validate() or self._unchanged():
            return
        tid = save_team(self.ui.ctx, self._data(), self._team_id)
        self.changed = True
        self._reload(tid)
