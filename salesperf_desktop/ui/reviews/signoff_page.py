"""Sign-off page: record hand signatures, lock the period, and each appraisal's audit trail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesperf_desktop.services import appeals, periods, signoff
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.services.signoff import SIGNER_ROLES, SignatureInput
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.labels import fill, period_status_label
from salesperf_desktop.ui.progress_strip import ProgressStrip
from salesperf_desktop.ui.reviews.comment_box import CommentBox
from salesperf_desktop.ui.reviews.common import (
    FlaggedRowsModel,
    appraisal_status_label,
    date_edit,
    fill_combo,
    fmt_points,
    get_date,
    outcome_label,
    reselect,
    save_cancel_box,
    selected_key,
    signer_label,
    split,
    table,
)
from salesperf_desktop.ui.reviews.corrections import CorrectionDialog, locked_text
from salesperf_desktop.ui.reviews.self_summary_box import SelfSummaryBox
from salesperf_desktop.ui.table_model import RowsTableModel
from salesperf_desktop.ui.tasks import TaskOutcome, one_step
from salesperf_desktop.ui.ui_context import UiContext


class SignaturesDialog(QDialog):
    def __init__(self, ui: UiContext, row: signoff.SignoffRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturesDialog")
        self.setWindowTitle(fill(self.tr("Signed form: %1"), row.staff_name))
        self.ctx = ui.ctx
        self.appraisal_id = row.appraisal_id
        self.saved = False
        officer = ui.ctx.settings.get("officer_name") or ""
        defaults = {"employee": row.staff_name, "supervisor": row.supervisor_name, "hr": officer}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Signed by"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("On"), self), 0, 2)
        self.names: dict[str, QLineEdit] = {}
        self.dates = {}
        for i, role in enumerate(SIGNER_ROLES, start=1):
            name, on = row.signatures.get(role, (defaults[role], ui.today()))
            if row.reprint_required or row.awaiting_signatures:
                on = ui.today()
            self.names[role] = QLineEdit(name, self)
            self.names[role].setObjectName(f"signer_{role}")
            self.dates[role] = date_edit(self, on, f"signed_{role}")
            grid.addWidget(QLabel(signer_label(role), self), i, 0)
            grid.addWidget(self.names[role], i, 1)
            grid.addWidget(self.dates[role], i, 2)
        note = QLabel(
            self.tr(
                "Record the signatures once the printed form is signed by hand. With all three "
                "the appraisal is locked."
            ),
            self,
        )
        note.setWordWrap(True)
        box = save_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(box)
        self.resize(520, 240)

    def save(self) -> bool:
        sigs = [
            SignatureInput(role, self.names[role].text(), get_date(self.dates[role]))
            for role in SIGNER_ROLES
            if self.names[role].text().strip()
        ]
        try:
            signoff.sign(self.ctx, self.appraisal_id, sigs)
        except signoff.SignoffError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.ctx.lang))
            return False
        except LockedError:
            QMessageBox.warning(self, self.windowTitle(), locked_text())
            return False
        self.saved = True
        self.accept()
        return True


# A period's sign-off is read in the background (every appraisal with its signatures: about a
# second at 300 staff on a busy machine). A read quicker than this changes nothing on screen
# but the rows: no progress line blinks, nothing is greyed and un-greyed.
WAIT_SHOWN_AFTER_MS = 250


class SignoffPage(QWidget):
    def __init__(self, ui: UiContext, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.ctx = ui.ctx
        self.events = ui.events
        self._rows: dict[int, signoff.SignoffRecord] = {}
        self._shown_period: int | None = None  # the period whose rows the table shows
        self._can_lock = False
        self._labels: dict[str, str] = {}
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("signoffPeriod")
        self.period_combo.setMinimumContentsLength(10)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("signoffState")
        self.sign_button = QPushButton(self.tr("Record signatures…"), self)
        self.sign_button.setObjectName("recordSignatures")
        self.sign_button.clicked.connect(lambda: self.record_signatures(selected_key(self.view)))
        self.correct_button = QPushButton(self.tr("Correct values…"), self)
        self.correct_button.setObjectName("correctValues")
        self.correct_button.clicked.connect(lambda: self.correct(selected_key(self.view)))
        self.reprint_button = QPushButton(self.tr("Reprint amended forms…"), self)
        self.reprint_button.setObjectName("reprintAmended")
        self.reprint_button.clicked.connect(self.reprint_amended)
        self.lock_button = QPushButton(self.tr("Lock period"), self)
        self.lock_button.setObjectName("lockPeriod")
        self.lock_button.clicked.connect(self.lock_period)
        # Two rows, so the window still fits a small laptop screen with every button.
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.lock_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)

        self.model = FlaggedRowsModel(
            [
                self.tr("Employee"),
                self.tr("Total"),
                self.tr("Grade"),
                self.tr("Status"),
                signer_label("employee"),
                signer_label("supervisor"),
                signer_label("hr"),
                self.tr("Notice"),
            ],
            self,
        )
        self.view = table(self, self.model, "signoffTable")
        self.view.selectionModel().selectionChanged.connect(self._show_trail)

        self.audit_model = RowsTableModel(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Old"),
                self.tr("New"),
                self.tr("Appeal"),
                self.tr("Why"),
                self.tr("By"),
            ],
            self,
        )
        self.audit_view = table(self, self.audit_model, "auditTable")
        self.audit_box = QGroupBox(self.tr("Audit trail of the selected appraisal"), self)
        QVBoxLayout(self.audit_box).addWidget(self.audit_view)
        self.comment = CommentBox(ui, self)
        self.comment.saved.connect(lambda _id: self._fill_trail(selected_key(self.view)))

        self.summary = SelfSummaryBox(ui, self)
        self.summary.saved.connect(lambda _id: self._fill_trail(selected_key(self.view)))
        # The two texts printed on the form, one tab each (the page keeps its height).
        self.texts = QTabWidget(self)
        self.texts.setObjectName("signoffTexts")
        self.texts.addTab(self.comment, self.tr("Supervisor's comment"))
        self.texts.addTab(self.summary, self.tr("Self-summary"))
        details = split(self, Qt.Orientation.Horizontal, self.texts, self.audit_box, (2, 3))
        splitter = split(self, Qt.Orientation.Vertical, self.view, details)
        self.progress = ProgressStrip(self, show_after_ms=WAIT_SHOWN_AFTER_MS)
        self._grey = QTimer(self)  # another period's rows still shown: greyed if it takes long
        self._grey.setSingleShot(True)
        self._grey.setInterval(WAIT_SHOWN_AFTER_MS)
        self._grey.timeout.connect(lambda: self.view.setEnabled(False))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Sign-off and audit")

    def refresh(self) -> None:
        """Read the chosen period's sign-off in the background; choosing another period
        meanwhile drops the read under way (latest wins)."""
        current = selected_key(self.view)
        fill_combo(self.period_combo, [(p.key, p.id) for p in periods.published_periods(self.ctx)])
        period_id = self.period_combo.currentData()
        if not period_id:
            self._show(None, None, current)
            return
        if period_id != self._shown_period:
            # The rows shown are another period's: nothing may be signed or locked from them.
            for button in (self.sign_button, self.correct_button, self.lock_button):
                button.setEnabled(False)
            self._grey.start()
            current = None
        ctx = self.ctx

        def read(outcome: TaskOutcome) -> None:
            if not isValid(self):  # the window closed while it was read
                return
            if outcome.cancelled or outcome.error is not None:  # (an error was told)
                self._back_to_shown()
                return
            self._show(period_id, outcome.result, current)

        self.ui.tasks.run(
            self.title(),
            one_step(signoff.period_signoff, ctx, period_id),
            read,
            self,
            view=self.progress,
            latest=f"signoff-{id(self)}",
        )

    def _back_to_shown(self) -> None:
        """Cancelled (or refused): the period whose rows are shown is chosen again."""
        self._grey.stop()
        self.view.setEnabled(True)
        index = self.period_combo.findData(self._shown_period)
        if index >= 0:
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(index)
            self.period_combo.blockSignals(False)
        self.lock_button.setEnabled(self._can_lock)
        self._show_trail()

    def _show(self, period_id: int | None, state: signoff.PeriodSignoff | None, current) -> None:
        self._grey.stop()
        self.view.setEnabled(True)
        self._shown_period = period_id
        rows = state.rows if state else ()
        self._rows = {r.appraisal_id: r for r in rows}
        self.model.set_rows(
            [
                (
                    f"{r.employee_no} {r.staff_name}",
                    fmt_points(r.total),
                    r.grade or "",
                    appraisal_status_label(r.status.value, self.ctx.lang),
                    *(self._signature(r, role) for role in SIGNER_ROLES),
                    self._notice(r),
                )
                for r in rows
            ],
            keys=[r.appraisal_id for r in rows],
            warnings=[self._notice(r) for r in rows],
        )
        status = state.status.value if state and state.status else ""
        self.state_label.setText(
            fill(
                self.tr("%1 · %2 of %3 signed"),
                period_status_label(status, self.ctx.lang),
                state.signed if state else 0,
                state.total if state else 0,
            )
        )
        self._can_lock = bool(state and state.can_lock)
        self.lock_button.setEnabled(self._can_lock)
        reselect(self.view, current)
        self._show_trail()

    def _signature(self, row: signoff.SignoffRecord, role: str) -> str:
        found = row.signatures.get(role)
        return f"{found[0]} {found[1].isoformat()}" if found else ""

    def _notice(self, row: signoff.SignoffRecord) -> str:
        notes = []
        if row.reprint_required:
            notes.append(self.tr("amended: reprint and sign again"))
        elif row.awaiting_signatures:
            notes.append(self.tr("amended form reprinted: record the new signatures"))
        if row.pending_appeal:
            notes.append(fill(self.tr("appeal %1 pending"), row.pending_appeal))
        return "; ".join(notes)

    def _show_trail(self, *_args) -> None:
        # (while another period is read, the rows shown are not the chosen period's)
        current = self.period_combo.currentData() == self._shown_period
        key = selected_key(self.view) if current else None
        row = self._rows.get(key)
        self.sign_button.setEnabled(bool(row))
        self.correct_button.setEnabled(bool(row))
        self.comment.show_appraisal(key if row else None)
        self.summary.show_person(
            row.staff_id if row else None, self.period_combo.currentText() if row else None
        )
        self._fill_trail(key)

    def _fill_trail(self, key: int | None) -> None:
        row = self._rows.get(key)
        if key is None:
            self.audit_model.set_rows([])
            return
        trail = signoff.appraisal_trail(self.ctx, key)
        self._labels = appeals.correction_inputs(self.ctx, key).labels()
        self.audit_model.set_rows(
            [
                (
                    e.at.strftime("%Y-%m-%d %H:%M") if isinstance(e.at, dt.datetime) else e.at,
                    self._what(e.entity, e.field),
                    self._value(e.field, e.old),
                    self._value(e.field, e.new),
                    e.appeal_number or "",
                    e.reason,
                    e.actor,
                )
                for e in trail
            ]
        )
        self.audit_box.setTitle(
            fill(
                self.tr("Audit trail of %1 (%2 entries)"), row.staff_name if row else "", len(trail)
            )
        )

    def _value(self, field: str, value: str | None) -> str:
        if value is None:
            return ""
        if field == "outcome":
            return outcome_label(value, self.ctx.lang)
        if field == "status":
            return appraisal_status_label(value, self.ctx.lang)
        if field == "filed" and value.endswith(" (late)"):
            return value[: -len(" (late)")] + " · " + self.tr("filed late")
        try:
            number = float(value)
        except ValueError:
            return value
        return f"{number:.4f}".rstrip("0").rstrip(".")  # 277731.0 → 277731, 0.8679…

    def _what(self, entity: str, field: str) -> str:
        names = {
            "total": self.tr("Total"),
            "grade": self.tr("Grade"),
            "coefficient": self.tr("Bonus coefficient"),
            "adjustments": self.tr("Bonus/penalty points"),
            "status": self.tr("Status"),
            "filed": self.tr("Appeal filed"),
            "outcome": self.tr("Appeal outcome"),
            "supervisor_comment": self.tr("Supervisor's comment"),
            "self_summary": self.tr("Self-summary"),
            "reprinted": self.tr("Amended form reprinted"),
            "event": self.tr("Key event"),
        }
        if field in names:
            return names[field]
        if field.startswith("signature:"):
            return fill(self.tr("Signature (%1)"), signer_label(field.split(":", 1)[1]))
        if field.startswith("item:"):
            code = field[5:].rsplit(".", 1)[0]
            what = self.tr("Points of %1") if field.endswith(".points") else self.tr("Value of %1")
            return fill(what, self._labels.get(code, code))
        # "<month> <code>.<attribute>": a corrected input of one month; "<code>.<attribute>":
        # a value changed in the grid, an import or a target plan (the appraisal's own month)
        month, _, rest = field.partition(" ")
        if not rest:
            month, rest = "", field
        code, _, attribute = rest.rpartition(".")
        if not code:
            return field
        if code == appeals.APPEAL_ADJUSTMENT_CODE:
            return f"{month} " + self.tr("Points set by the appeal committee")
        attributes = {
            "actual": self.tr("Actual"),
            "target": self.tr("Target"),
            "base": self.tr("Comparison base"),
            "passed": self.tr("Passed"),
            "supervisor": self.tr("Supervisor rating"),
            "self": self.tr("Self rating"),
            "peer": self.tr("Peer rating"),
            "quantity": self.tr("Count"),
        }
        attribute = attribute.removeprefix("rating:")
        what = f"{self._labels.get(code, code)} · {attributes.get(attribute, attribute)}"
        return f"{month} {what}" if month else what

    # ------------------------------------------------------------------ actions

    def show_period(self, period_key: str) -> None:
        """Show the sign-off of the published period *period_key* (e.g. "2026-09")."""
        index = self.period_combo.findText(period_key)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def record_signatures(self, appraisal_id: int | None) -> None:
        row = self._rows.get(appraisal_id)
        if row is None:
            return
        with deleted_after(SignaturesDialog(self.ui, row, self)) as dialog:
            saved = dialog.exec() and dialog.saved
        if saved:
            self.events.changed.emit("reviews")
            self.refresh()

    def correct(self, appraisal_id: int | None) -> None:
        """Correct a published value with a note; a signed appraisal refuses (appeal only)."""
        if appraisal_id is None:
            return
        try:
            signoff.check_editable(self.ctx, appraisal_id)
        except LockedError:
            QMessageBox.warning(self, self.tr("Correct values"), locked_text())
            return
        with deleted_after(CorrectionDialog(self.ui, appraisal_id, self)) as dialog:
            corrected = dialog.exec() and dialog.amendment is not None
        if corrected:
            self.events.changed.emit("reviews")
            self.events.changed.emit("entries")
            self.refresh()

    def reprint_amended(self) -> None:
        """Print the forms amended after publication (background job), then await signatures."""
        from salesperf_desktop.ui.output_actions import reprint_amended_dialog

        def printed(_outcome) -> None:
            self.events.changed.emit("reviews")
            self.refresh()

        reprint_amended_dialog(self.ui, self, after=printed)

    def lock_period(self) -> None:
        period_id = self.period_combo.currentData()
        if period_id is None:
            return
        try:
            signoff.lock(self.ctx, period_id, on=self.ui.today())
        except signoff.SignoffError as exc:
            QMessageBox.warning(self, self.tr("Lock period"), exc.message(self.ctx.lang))
            return
        self.events.changed.emit("periods")
        self.refresh()
