"""Appeals page: every appeal with its deadlines and flags, evidence, the decision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.status import AppealOutcome
from salesperf_desktop.services import appeals, workdays
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.file_dialogs import get_open_file_names, get_save_file_name
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.private_temp import private_file_path, secure_written_file
from salesperf_desktop.ui.reviews.common import (
    FlaggedRowsModel,
    outcome_label,
    reselect,
    select_key,
    selected_key,
    split,
    table,
)
from salesperf_desktop.ui.reviews.workday_calendar import (
    CalendarDialog,
    calendar_notice,
    shown_years,
)
from salesperf_desktop.ui.table_model import RowsTableModel
from salesperf_desktop.ui.ui_context import UiContext


class AppealsPage(QWidget):
    def __init__(self, ui: UiContext, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.ctx = ui.ctx
        self.events = ui.events
        self._rows: dict[int, appeals.AppealRecord] = {}
        self.file_button = QPushButton(self.tr("File appeal…"), self)
        self.file_button.setObjectName("fileAppeal")
        self.file_button.clicked.connect(lambda: self.file_appeal())
        self.decide_button = QPushButton(self.tr("Record decision…"), self)
        self.decide_button.setObjectName("decideAppeal")
        self.decide_button.clicked.connect(lambda: self.decide(selected_key(self.view)))
        self.calendar_button = QPushButton(self.tr("Working-day calendar…"), self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.clicked.connect(self.edit_calendar)
        bar = QHBoxLayout()
        bar.addWidget(self.file_button)
        bar.addWidget(self.decide_button)
        bar.addStretch(1)
        bar.addWidget(self.calendar_button)
        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)

        self.model = FlaggedRowsModel(
            [
                self.tr("Appeal"),
                self.tr("Employee"),
                self.tr("Period"),
                self.tr("Published on"),
                self.tr("File by"),
                self.tr("Filed"),
                self.tr("Decision due"),
                self.tr("Outcome"),
                self.tr("Decided"),
                self.tr("Flags"),
            ],
            self,
        )
        self.view = table(self, self.model, "appealTable")
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.view.doubleClicked.connect(lambda _i: self.decide(selected_key(self.view)))

        details = self._details_box()

        splitter = split(self, Qt.Orientation.Vertical, self.view, details)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def _details_box(self) -> QGroupBox:
        """The selected appeal: its reason, the decision and the evidence files."""
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("appealReasonLabel")
        self.reason_label.setWordWrap(True)
        self.decision_label = QLabel(self)
        self.decision_label.setObjectName("appealDecisionLabel")
        self.decision_label.setWordWrap(True)
        self.evidence_model = RowsTableModel([self.tr("Evidence file"), self.tr("Size")], self)
        self.evidence_view = table(self, self.evidence_model, "evidenceTable", stretch_last=False)
        self.evidence_view.doubleClicked.connect(lambda _i: self.open_evidence())
        self.evidence_view.setMaximumHeight(130)
        self.evidence_view.horizontalHeader().setSectionResizeMode(
            0, self.evidence_view.horizontalHeader().ResizeMode.Stretch
        )
        add = QPushButton(self.tr("Attach…"), self)
        add.setObjectName("addEvidence")
        add.clicked.connect(self.add_evidence)
        save = QPushButton(self.tr("Save a copy…"), self)
        save.setObjectName("saveEvidence")
        save.clicked.connect(self.save_evidence)
        open_ = QPushButton(self.tr("Open file"), self)
        open_.setObjectName("openEvidence")
        open_.clicked.connect(self.open_evidence)
        ev_buttons = QVBoxLayout()
        for b in (add, save, open_):
            ev_buttons.addWidget(b)
        ev_buttons.addStretch(1)
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.evidence_view, 1)
        ev_row.addLayout(ev_buttons)
        details = QGroupBox(self.tr("Selected appeal"), self)
        form = QFormLayout(details)
        form.addRow(self.tr("Reason"), self.reason_label)
        form.addRow(self.tr("Decision"), self.decision_label)
        form.addRow(self.tr("Evidence"), ev_row)
        return details

    def title(self) -> str:
        return self.tr("Appeals")

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        current = selected_key(self.view)
        rows = appeals.list_appeals(self.ctx, today=self.ui.today())
        self._rows = {r.id: r for r in rows}
        self.model.set_rows(
            [
                (
                    r.number,
                    f"{r.employee_no} {r.staff_name}",
                    r.period_key,
                    r.published_on,
                    r.filing_deadline,
                    r.filed_on,
                    r.decision_due,
                    outcome_label(r.outcome.value, self.ctx.lang),
                    r.decided_on,
                    self._flags(r),
                )
                for r in rows
            ],
            keys=[r.id for r in rows],
            warnings=[self._flags(r) for r in rows],
        )
        days = [d for r in rows for d in (r.published_on, r.filing_deadline, r.decision_due)]
        years = workdays.calendar_years(self.ctx, shown_years(days, self.ui.today()))
        self.notice.setText(calendar_notice(years))
        reselect(self.view, current)
        self._show_details()

    def _flags(self, r: appeals.AppealRecord) -> str:
        flags = []
        if r.late:
            flags.append(self.tr("filed late"))
        if r.overdue:
            flags.append(self.tr("decision overdue"))
        if r.decided_late:
            flags.append(self.tr("decided late"))
        return ", ".join(flags)

    def _show_details(self, *_args) -> None:
        row = self._rows.get(selected_key(self.view))
        self.decide_button.setEnabled(bool(row and row.outcome is AppealOutcome.PENDING))
        if row is None:
            self.reason_label.clear()
            self.decision_label.clear()
            self.evidence_model.set_rows([])
            return
        self.reason_label.setText(row.reason)
        if row.outcome is AppealOutcome.PENDING:
            self.decision_label.setText(
                fill(self.tr("Pending; due %1"), row.decision_due.isoformat())
            )
        else:
            self.decision_label.setText(
                f"{outcome_label(row.outcome.value, self.ctx.lang)} ({row.decided_on}): {row.decision_reason}"
            )
        self.evidence_model.set_rows(
            [(name, self._size(size)) for _, name, size in row.evidence],
            keys=[eid for eid, _, _ in row.evidence],
        )

    def _size(self, size: int) -> str:
        return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} B"

    # ------------------------------------------------------------------ actions

    def file_appeal(self, appraisal_id: int | None = None) -> None:
        from salesperf_desktop.ui.reviews.appeal_dialogs import FileAppealDialog  # (when used)

        with deleted_after(FileAppealDialog(self.ui, self, appraisal_id=appraisal_id)) as dialog:
            appeal_id = dialog.appeal_id if dialog.exec() else None
        if appeal_id is not None:
            self._changed(appeal_id)

    def decide(self, appeal_id: int | None) -> None:
        row = self._rows.get(appeal_id)
        if row is None or row.outcome is not AppealOutcome.PENDING:
            return
        from salesperf_desktop.ui.reviews.appeal_dialogs import DecideAppealDialog  # (when used)

        with deleted_after(DecideAppealDialog(self.ui, appeal_id, self)) as dialog:
            decided = dialog.exec() and dialog.decision is not None
        if decided:
            self._changed(appeal_id)

    def edit_calendar(self) -> None:
        with deleted_after(CalendarDialog(self.ui, self)) as dialog:
            saved = dialog.exec()
        if saved:
            self.refresh()

    def _changed(self, appeal_id: int) -> None:
        self.events.changed.emit("reviews")
        self.events.changed.emit("entries")
        self.refresh()
        select_key(self.view, appeal_id)

    def add_evidence(self) -> None:
        appeal_id = selected_key(self.view)
        if appeal_id is None:
            return
        paths, _ = get_open_file_names(self, self.tr("Attach evidence"))
        if not paths:
            return
        appeals.attach_evidence(self.ctx, appeal_id, [Path(p) for p in paths])
        self._changed(appeal_id)

    def save_evidence(self) -> Path | None:
        evidence_id = selected_key(self.evidence_view)
        if evidence_id is None:
            return None
        name = appeals.evidence_name(self.ctx, evidence_id)
        target, _ = get_save_file_name(self, self.tr("Save evidence as"), name)
        if not target:
            return None
        return appeals.export_evidence(self.ctx, evidence_id, Path(target))

    def open_evidence(self) -> Path | None:
        """Open the file with the system's viewer from a private folder removed at quit."""
        evidence_id = selected_key(self.evidence_view)
        if evidence_id is None:
            return None
        name = appeals.evidence_name(self.ctx, evidence_id)
        path = appeals.export_evidence(self.ctx, evidence_id, private_file_path(name))
        secure_written_file(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Evidence"),
                fill(
                    self.tr(
                        "No program opens this file. It is in %1 until SalesPerf closes; "
                        "use Save a copy… to keep it."
                    ),
                    path,
                ),
            )
        return path
