"""带教成果 (seed 002's mentor KPI) for one month: each mentor, their new mentees and figures,
how each figure was made, and writing them as the month's actuals under the grid's rules
(services.mentoring: one transaction, locks, a reason and the audit trail after publication)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from salesperf_desktop.domain.i18n import fmt_number, fmt_percent, pick
from salesperf_desktop.domain.library.indicators import INDICATORS
from salesperf_desktop.domain.mentoring import BUSINESS, NEW_MONTHS
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import mentoring as ms
from salesperf_desktop.ui.entry import Writer
from salesperf_desktop.ui.labels import fill

RED = "color: #b00020;"
MENTOR, KIND, MENTEES, INDICATOR, FIGURE, ENTERED, STATE = range(7)
_NAMES = {e["code"]: e["name"] for e in INDICATORS}


class MentoringDialog(QDialog):
    def __init__(
        self,
        ctx,
        month: Period,
        records: list[ms.MentorRecord],
        parent=None,
        *,
        read_only: bool = False,
        audited: bool = False,
        reason_provider: Callable[[], str | None] = lambda: "",
        write: Writer,
    ):
        """*records*: ``services.mentoring.mentoring_records``, read in the background (it scores
        the month's sheet); *write* runs the write in the entry lane (``ui.entry.write_in_lane``)."""
        super().__init__(parent)
        self.setObjectName("mentoringDialog")
        self.setWindowTitle(fill(self.tr("Mentoring results: %1"), month.label(ctx.lang)))
        self.ctx, self.month, self.write = ctx, month, write
        self.read_only, self.audited, self.reason_provider = read_only, audited, reason_provider
        self.written = 0
        self._saving = False
        self.records = records
        about = QLabel(render("mentoring.how", {"months": NEW_MONTHS}, ctx.lang), self)
        about.setWordWrap(True)
        self._make_table()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("mentoringDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.message = QLabel(self)
        self.message.setObjectName("mentoringMessage")
        self.message.setStyleSheet(RED)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = QPushButton(self.tr("Write as this month's actuals"), self)
        self.write_button.setObjectName("writeMentoring")
        self.write_button.setAutoDefault(False)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        to_write = any(r.to_write for r in self.records)
        self.write_button.setEnabled(to_write and not read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not self.records:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("No mentor has a new mentee this month."))
        elif read_only:
            self.message.setText(self.tr("This month is locked: the figures are shown only."))
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        if self.records:
            self.table.setCurrentCell(0, MENTOR)
        self.resize(980, 460)

    def _make_table(self) -> None:
        self.table = QTableWidget(len(self.records), 7, self)
        self.table.setObjectName("mentoringTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mentor"),
                self.tr("Mentor type"),
                self.tr("Mentees"),
                self.tr("Indicator"),
                self.tr("Mentoring result"),
                self.tr("Entered"),
                self.tr("State"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MENTEES, QHeaderView.ResizeMode.Stretch)
        lang = self.ctx.lang
        for row, r in enumerate(self.records):
            kind = (
                self.tr("Business mentor") if r.kind == BUSINESS else self.tr("Compliance mentor")
            )
            cells = (
                (MENTOR, r.mentor),
                (KIND, kind),
                (MENTEES, "、".join(r.mentees) if lang != "en" else ", ".join(r.mentees)),
                (INDICATOR, pick(_NAMES.get(r.indicator), lang) or r.indicator),
                (FIGURE, r.figure),
                (ENTERED, _entered(r, lang)),
                (STATE, self._state(r)),
            )
            for column, text in cells:
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(r.lines) if column == FIGURE else text)
                self.table.setItem(row, column, item)

    def _state(self, r: ms.MentorRecord) -> str:
        if not r.on_sheet:
            return self.tr("Not on the mentor's sheet")
        if r.written:
            return self.tr("Written")
        if r.locked:
            return self.tr("Locked: not written")
        return self.tr("To write")

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.details.setPlainText("\n".join(self.records[row].lines))

    # ----------------------------------------------------------------- writing

    def save(self) -> None:
        reason = ""
        if self.audited:
            reason = self.reason_provider()
            if reason is None:
                return
        ctx, month = self.ctx, self.month
        self._set_saving(True)
        self.write(lambda: ms.write_mentoring(ctx, month, reason=reason), self._saved)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.write_button.setEnabled(not saving)

    def _saved(self, outcome) -> None:
        """Written: the dialog closes (the tab reloads); refused: said here."""
        self._set_saving(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self.message.setStyleSheet(RED)
            self.message.setText(outcome.message)
            return
        self.written = outcome.result
        self.accept()

    def reject(self) -> None:
        if not self._saving:  # not while the figures are being written
            super().reject()


def _entered(r: ms.MentorRecord, lang: str) -> str:
    """What the mentor's sheet holds now, shown like the figure."""
    if r.stored_actual is None:
        return ""
    if r.kind == BUSINESS:
        return render("mentoring.days", {"days": fmt_number(r.stored_actual)}, lang)
    if r.stored_target:
        return fmt_percent(r.stored_actual / r.stored_target)
    return fmt_number(r.stored_actual)
