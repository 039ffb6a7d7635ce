"""Filing an appeal, recording the committee's decision, and the officer's holiday list."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.status import AppealOutcome
from salesperf_desktop.services import appeals, signoff
from salesperf_desktop.ui.entry import write_in_lane
from salesperf_desktop.ui.file_dialogs import get_open_file_names
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.reviews.common import (
    date_edit,
    fill_combo,
    get_date,
    outcome_label,
    save_cancel_box,
)
from salesperf_desktop.ui.reviews.corrections import CorrectionsEditor, amendment_text
from salesperf_desktop.ui.reviews.workday_calendar import calendar_notice
from salesperf_desktop.ui.ui_context import UiContext


class FileAppealDialog(QDialog):
    def __init__(
        self, ui: UiContext, parent: QWidget | None = None, *, appraisal_id: int | None = None
    ):
        super().__init__(parent)
        self.setObjectName("fileAppealDialog")
        self.setWindowTitle(self.tr("File an appeal"))
        self.ctx = ui.ctx
        self.appeal_id: int | None = None
        self.files: list[Path] = []
        self.filing_days, self.decision_days = appeals.appeal_days(ui.ctx)
        self.appraisal_combo = QComboBox(self)
        self.appraisal_combo.setObjectName("appealAppraisal")
        self._choices = {r.appraisal_id: r for r in appeals.list_appealable(ui.ctx)}
        fill_combo(
            self.appraisal_combo,
            [
                (
                    f"{r.period_key}  {r.employee_no} {r.staff_name}  "
                    f"{'' if r.total is None else f'{r.total:.1f}'} {r.grade or ''}",
                    r.appraisal_id,
                )
                for r in self._choices.values()
            ],
            keep=appraisal_id,
        )
        self.filed_on = date_edit(self, ui.today(), "appealFiledOn")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("appealReason")
        self.reason.setPlaceholderText(
            self.tr("What the employee disputes and why (e.g. an order delivered but not counted)")
        )
        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("appealEvidence")
        self.evidence_list.setMaximumHeight(90)
        add = QPushButton(self.tr("Attach a file…"), self)
        add.setObjectName("attachEvidence")
        add.clicked.connect(self._attach)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_list, 1)
        evidence_row.addWidget(add)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("appealDeadlines")
        self.deadline_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Appraisal"), self.appraisal_combo)
        form.addRow(self.tr("Filed on"), self.filed_on)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Evidence"), evidence_row)
        form.addRow(self.deadline_label)
        box = save_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        self.appraisal_combo.currentIndexChanged.connect(self.update_deadlines)
        self.filed_on.dateChanged.connect(self.update_deadlines)
        self.update_deadlines()
        self.resize(720, 480)

    def add_file(self, path: Path) -> None:
        self.files.append(Path(path))
        self.evidence_list.addItem(QListWidgetItem(Path(path).name))

    def _attach(self) -> None:
        paths, _ = get_open_file_names(self, self.tr("Attach evidence"))
        for p in paths:
            self.add_file(Path(p))

    def update_deadlines(self) -> None:
        choice = self._choices.get(self.appraisal_combo.currentData())
        if choice is None:
            self.deadline_label.setText(self.tr("No published result to appeal."))
            return
        window = appeals.deadlines(self.ctx, choice.published_on, get_date(self.filed_on))
        text = fill(
            self.tr(
                "Published %1 · file by %2 (%3 working days) · decision due %4 (%5 working days)"
            ),
            window.published_on.isoformat(),
            window.filing_deadline.isoformat(),
            self.filing_days,
            window.decision_due.isoformat(),
            self.decision_days,
        )
        if window.late:
            text += (
                "<br><b style='color:#b3261e'>"
                + self.tr("Late: filed after the deadline. It is recorded and flagged.")
                + "</b>"
            )
        text += "<br><small>" + calendar_notice(window.years).replace("\n", "<br>") + "</small>"
        self.deadline_label.setText(text)

    def save(self) -> bool:
        appraisal_id = self.appraisal_combo.currentData()
        if appraisal_id is None or not self.reason.toPlainText().strip():
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose the appraisal and give the reason.")
            )
            return False
        try:
            appeal = appeals.submit_appeal(
                self.ctx,
                appraisal_id,
                filed_on=get_date(self.filed_on),
                reason=self.reason.toPlainText(),
                evidence_files=self.files,
            )
            self.appeal_id = appeal.id
        except appeals.AppealError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.ctx.lang))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.accept()
        return True


class DecideAppealDialog(QDialog):
    """The committee's outcome; an upheld one may correct values (the result is recomputed)."""

    def __init__(self, ui: UiContext, appeal_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decideAppealDialog")
        self.ui, self.ctx = ui, ui.ctx
        self._saving = False
        self.appeal_id = appeal_id
        self.decision: appeals.Decision | None = None
        appeal = appeals.get_appeal(ui.ctx, appeal_id)
        self.number = appeal.number
        summary = (
            f"{appeal.number} · {appeal.staff_name} · {appeal.period_key}"
            f" · {appeal.total or 0:.2f} {appeal.grade or ''}"
        )
        self.setWindowTitle(fill(self.tr("Decision on appeal %1"), self.number))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("appealOutcome")
        for code in (AppealOutcome.UPHELD, AppealOutcome.PARTLY_UPHELD, AppealOutcome.REJECTED):
            self.outcome.addItem(outcome_label(code.value, self.ctx.lang), code.value)
        self.decided_on = date_edit(self, ui.today(), "appealDecidedOn")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("appealDecisionReason")
        self.reason.setPlaceholderText(self.tr("The committee's reasons"))
        self.reason.setMaximumHeight(90)
        self.editor = CorrectionsEditor(
            appeals.correction_inputs(ui.ctx, appeal.appraisal_id), self
        )
        # The 上级评语 is on the signed form: an upheld appeal may rewrite it with the scores.
        self._comment_before = signoff.supervisor_comment(ui.ctx, appeal.appraisal_id).text
        self.comment = QPlainTextEdit(self._comment_before, self)
        self.comment.setObjectName("appealSupervisorComment")
        self.comment.setMaximumHeight(70)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        form = QFormLayout()
        head = QLabel(summary, self)
        head.setWordWrap(True)
        form.addRow(self.tr("Appeal"), head)
        appeal_reason = QLabel(appeal.reason, self)
        appeal_reason.setWordWrap(True)
        form.addRow(self.tr("Employee's reason"), appeal_reason)
        form.addRow(self.tr("Decision due"), QLabel(appeal.decision_due.isoformat(), self))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Decided on"), self.decided_on)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Supervisor's comment"), self.comment)
        box = save_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(box)
        self.resize(860, 640)

    def _outcome_changed(self) -> None:
        changing = self.outcome.currentData() in ("upheld", "partly_upheld")
        self.editor.setEnabled(changing)
        self.comment.setEnabled(changing)

    def save(self) -> bool:
        """Record the decision in the background (True: started); the dialog closes once it
        is recorded."""
        if self._saving:
            return False
        try:
            corrections = self.editor.corrections() if self.editor.isEnabled() else None
            comment = self.comment.toPlainText().strip()
            if corrections is not None and comment != self._comment_before.strip():
                corrections = dataclasses.replace(corrections, supervisor_comment=comment)
        except ValueError:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("A corrected value is not a number.")
            )
            return False
        if not self.reason.toPlainText().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the committee's reason."))
            return False
        ctx, appeal_id = self.ctx, self.appeal_id
        kind, reason = self.outcome.currentData(), self.reason.toPlainText()
        decided_on = get_date(self.decided_on)
        self._set_saving(True)
        # An upheld appeal re-scores the period (up to a second): in the background, in the
        # lane of the month's reads and writes, the dialog waiting until it is recorded.
        write_in_lane(
            self.ui,
            self,
            lambda: appeals.record_decision(
                ctx,
                appeal_id,
                outcome=kind,
                reason=reason,
                decided_on=decided_on,
                corrections=corrections,
            ),
            self._recorded,
            audited=True,
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for w in self.findChildren(QWidget):
            if w.parent() is self:
                w.setEnabled(not saving)
        if not saving:
            self._outcome_changed()

    def _recorded(self, outcome) -> None:
        """Recorded: the amendment is told and the dialog closes; refused: told, the decision
        as typed kept."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        error = outcome.error
        if error is not None:
            if outcome.reported:  # a fault of the machine, told in the fault dialog
                return
            text = (
                error.message(self.ctx.lang)
                if isinstance(error, appeals.AppealError)
                else outcome.message
            )
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        self.decision = outcome.result
        if self.decision.amendment is not None:
            QMessageBox.information(
                self, self.windowTitle(), amendment_text(self.decision.amendment)
            )
        self.accept()

    def reject(self) -> None:
        if not self._saving:  # not while the decision is being recorded
            super().reject()
