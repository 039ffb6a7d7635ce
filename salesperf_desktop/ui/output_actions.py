"""File ▸ Print…, File ▸ Forms as PDF and File ▸ Export ▸ Results: dialogs that start the
background jobs.

File ▸ Print… sends the chosen forms to a printer (``printer_output``). For the PDF, nothing is
written until the officer chooses where (``file_dialogs``); the PDF or folder is then opened in
the system viewer. File ▸ Print forms ▸ Reprint amended forms (also on the Reviews
tab's sign-off page) prints the forms an upheld appeal changed and marks them reprinted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import charts_data, choices
from salesperf_desktop.ui.dialogs import deleted_after
from salesperf_desktop.ui.file_dialogs import (
    get_existing_directory,
    get_save_file_name,
    period_in_name,
)
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.tasks import TaskOutcome, one_step
from salesperf_desktop.ui.ui_context import UiContext

if TYPE_CHECKING:  # the PDF machinery loads when a dialog first needs it, not with the window
    from salesperf_desktop.services.printing import PrintJob, PrintOutcome, ReprintRecord


class PeriodChooser(QComboBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        periods = charts_data.chartable_periods(ctx)
        for p in periods:
            self.addItem(p.label(ctx.lang), str(p))
        self.setCurrentIndex(next((i for i, p in enumerate(periods) if p.kind == "month"), 0))


class LanguageChooser(QComboBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        for code, name in (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English")):
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(ctx.lang)))


class PrintFormsDialog(QDialog):
    """Which forms: period, whole company / a team / a person, combined or one per person."""

    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        task_sheets: bool = False,
        to_printer: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("printFormsDialog")
        self.ui = ui
        self.ctx = ctx = ui.ctx
        self._reprints: list[ReprintRecord] = []  # read in the background (every appraisal)
        self.task_sheets = task_sheets
        self.to_printer = to_printer  # on paper: one print job, no files
        if to_printer:
            self.setWindowTitle(self.tr("Print"))
        else:
            self.setWindowTitle(
                self.tr("Print work task sheets")
                if task_sheets
                else self.tr("Print appraisal forms")
            )
        self.period = PeriodChooser(ctx, self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Whole company"), "company")
        self.scope.addItem(self.tr("A team"), "team")
        self.scope.addItem(self.tr("One person"), "person")
        self.subject = QComboBox(self)
        self.combined = QCheckBox(self.tr("One combined PDF (otherwise one PDF per person)"), self)
        self.language = LanguageChooser(ctx, self)
        # forms amended after publication: printing them supersedes the copies handed out
        self.reprint_note = QLabel(self)
        self.reprint_note.setObjectName("reprintNote")
        self.reprint_note.setWordWrap(True)
        self.reprint_note.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Print for:"), self.scope)
        form.addRow("", self.subject)
        form.addRow(self.tr("Form language:"), self.language)
        form.addRow("", self.combined)
        self.combined.setVisible(not to_printer)
        form.addRow("", self.reprint_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.scope.currentIndexChanged.connect(self._fill_subjects)
        self.period.currentIndexChanged.connect(self._show_reprints)
        self._fill_subjects()
        self._show_reprints()
        if not task_sheets:
            self._read_reprints()

    def _read_reprints(self) -> None:
        """The amended forms are found among every stored result: in the background."""
        from shiboken6 import isValid

        from salesperf_desktop.services.printing import reprint_rows

        def read(outcome: TaskOutcome) -> None:
            if isValid(self) and outcome.error is None and not outcome.cancelled:
                self._reprints = outcome.result
                self._show_reprints()

        title = self.windowTitle()
        self.ui.tasks.run(title, one_step(reprint_rows, self.ctx), read, self, show_dialog=False)

    def _show_reprints(self) -> None:
        """Who in the chosen period must have the form printed again and signed."""
        lines = [
            fill(self.tr("%1 %2: amended, reprint and sign again"), r.employee_no, r.name)
            for r in self._reprints
            if r.period_key == self.period.currentData()
        ]
        self.reprint_note.setText("\n".join(lines))
        self.reprint_note.setVisible(bool(lines))

    def _fill_subjects(self) -> None:
        self.subject.clear()
        scope = self.scope.currentData()
        if scope == "team":
            for t in choices.teams(self.ctx):
                self.subject.addItem(t.name, t.id)
        elif scope == "person":
            for p in choices.people(self.ctx):
                self.subject.addItem(f"{p.employee_no} {p.name}", p.id)
        self.subject.setEnabled(scope != "company")

    def job(self) -> PrintJob:
        from salesperf_desktop.services.printing import PrintJob

        scope = self.scope.currentData()
        subject = self.subject.currentData()
        return PrintJob(
            period=self.period.currentData(),
            lang=self.language.currentData(),
            team_id=subject if scope == "team" else None,
            staff_ids=(subject,) if scope == "person" else None,
            combined=self.combined.isChecked() or scope == "person" or self.to_printer,
            task_sheets=self.task_sheets,
            company=self.ctx.settings.get("company_name"),
        )


def suggested_pdf_name(ui: UiContext, job: PrintJob) -> str:
    """考核表_2026年10月.pdf, 工作任务书_2026年10月.pdf, 更正考核表_2026-11-20.pdf … in the
    window's language."""
    if job.appraisal_ids is not None:
        return fill(
            QCoreApplication.translate("OutputActions", "amended-forms_%1.pdf"),
            ui.today().isoformat(),
        )
    label = period_in_name(Period.parse(job.period))
    if job.task_sheets:
        return fill(QCoreApplication.translate("OutputActions", "task-sheets_%1.pdf"), label)
    return fill(QCoreApplication.translate("OutputActions", "appraisal-forms_%1.pdf"), label)


def ask_print_target(ui: UiContext, parent: QWidget, job: PrintJob) -> Path | None:
    if job.combined:
        path, _ = get_save_file_name(
            parent,
            QCoreApplication.translate("OutputActions", "Save forms as"),
            suggested_pdf_name(ui, job),
            QCoreApplication.translate("OutputActions", "PDF (*.pdf)"),
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    folder = get_existing_directory(
        parent, QCoreApplication.translate("OutputActions", "Folder for the PDF forms")
    )
    return Path(folder) if folder else None


def _show_status(parent: QWidget, text: str) -> None:
    """On the main window's status bar (a widget shown on its own has none)."""
    status_bar = getattr(parent.window(), "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10000)


def start_printing(
    ui: UiContext,
    window: QWidget,
    job: PrintJob,
    out: Path,
    *,
    after: Callable[[PrintOutcome], None] | None = None,
) -> None:
    """Run the print job on the window's task runner; open the result when done.

    *window* hosts the progress dialog and the messages; *after* is called with the outcome
    when something was printed.
    """
    from salesperf_desktop.services.printing import print_forms

    ctx = ui.ctx

    def work(cancel):
        return (yield from print_forms(ctx, job, out, cancel=cancel))

    def done(outcome: TaskOutcome) -> None:
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(
                    window,
                    QCoreApplication.translate("OutputActions", "Print forms"),
                    outcome.message,  # a file open in Excel: told by the runner
                )
            return
        if outcome.cancelled:
            _show_status(window, QCoreApplication.translate("OutputActions", "Printing cancelled."))
            return
        result = outcome.result
        if not result.files:
            QMessageBox.information(
                window,
                QCoreApplication.translate("OutputActions", "Print forms"),
                QCoreApplication.translate("OutputActions", "Nobody to print for this selection."),
            )
            return
        target = result.files[0] if job.combined else out
        _show_status(
            window,
            fill(
                QCoreApplication.translate("OutputActions", "%1 forms written to %2"),
                result.forms,
                target,
            ),
        )
        if result.reprinted:
            ui.events.changed.emit("reviews")
        if after is not None:
            after(result)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    ui.tasks.run(QCoreApplication.translate("OutputActions", "Printing forms…"), work, done, window)


def print_forms_dialog(ui: UiContext, window: QWidget, *, task_sheets: bool = False) -> None:
    with deleted_after(PrintFormsDialog(ui, window, task_sheets=task_sheets)) as dialog:
        if dialog.period.count() == 0:
            QMessageBox.information(
                window,
                dialog.windowTitle(),
                QCoreApplication.translate("OutputActions", "No results to print yet."),
            )
            return
        if not dialog.exec():
            return
        job = dialog.job()
    out = ask_print_target(ui, window, job)
    if out is not None:
        start_printing(ui, window, job, out)


class ReprintDialog(QDialog):
    """Amended forms waiting for a reprint (``appeals.forms_to_reprint``): tick, choose, print."""

    def __init__(self, ctx, rows: list[ReprintRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Reprint amended forms"))
        note = QLabel(
            self.tr(
                "These results were changed after publication (an upheld appeal or a "
                "correction). Their forms show the previous and the new result; print them and "
                "have them signed again."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reprintList")
        for r in rows:
            basis = r.appeal_number or self.tr("correction")
            text = fill(
                self.tr("%1 · %2 %3 · %4 · total %5 (%6) → %7 (%8)"),
                r.period_key,
                r.employee_no,
                r.name,
                basis,
                _points(r.previous_total),
                r.previous_grade or "—",
                _points(r.total),
                r.grade or "—",
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, r.appraisal_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.language = LanguageChooser(ctx, self)
        self.combined = QCheckBox(self.tr("One combined PDF (otherwise one PDF per person)"), self)
        self.combined.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Form language:"), self.language)
        form.addRow("", self.combined)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.button_box)
        self.resize(560, 360)

    def appraisal_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def job(self) -> PrintJob:
        from salesperf_desktop.services.printing import reprint_job

        return reprint_job(
            self.appraisal_ids(),
            lang=self.language.currentData(),
            combined=self.combined.isChecked(),
            company=self.ctx.settings.get("company_name"),
            actor=self.ctx.actor,
        )


def _points(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def reprint_amended_dialog(
    ui: UiContext, window: QWidget, *, after: Callable[[PrintOutcome], None] | None = None
) -> None:
    """List the amended forms, print the chosen ones in the background, mark them reprinted."""
    from salesperf_desktop.services.printing import reprint_rows

    title = QCoreApplication.translate("OutputActions", "Reprint amended forms")

    def read(outcome: TaskOutcome) -> None:  # every stored result is looked at: in the background
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(window, title, outcome.message)
        elif not outcome.cancelled:
            _choose_reprints(ui, window, outcome.result, after)

    ui.tasks.run(title, one_step(reprint_rows, ui.ctx), read, window)


def _choose_reprints(
    ui: UiContext,
    window: QWidget,
    rows: list[ReprintRecord],
    after: Callable[[PrintOutcome], None] | None,
) -> None:
    ctx = ui.ctx
    title = QCoreApplication.translate("OutputActions", "Reprint amended forms")
    if not rows:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate("OutputActions", "No amended form waits for a reprint."),
        )
        return
    with deleted_after(ReprintDialog(ctx, rows, window)) as dialog:
        if not dialog.exec():
            return
        job = dialog.job()
    if not job.appraisal_ids:
        return
    out = ask_print_target(ui, window, job)
    if out is not None:
        start_printing(ui, window, job, out, after=after)


class ExportResultsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportResultsDialog")
        self.setWindowTitle(self.tr("Export results"))
        self.period = PeriodChooser(ctx, self)
        self.language = LanguageChooser(ctx, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def start_export(ui: UiContext, window: QWidget, period: str, path: Path, lang: str) -> None:
    """Score the period and write its workbook on the window's task runner."""
    from salesperf_desktop.services.results_export import export_period_results

    ctx = ui.ctx

    def work(cancel):
        return (yield from export_period_results(ctx, Period.parse(period), path, lang=lang))

    def done(outcome: TaskOutcome) -> None:
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(
                    window,
                    QCoreApplication.translate("OutputActions", "Export results"),
                    outcome.message,  # a file open in Excel: told by the runner
                )
        elif not outcome.cancelled:
            _show_status(
                window,
                fill(QCoreApplication.translate("OutputActions", "Results exported to %1"), path),
            )

    ui.tasks.run(
        QCoreApplication.translate("OutputActions", "Exporting results…"), work, done, window
    )


def export_results_dialog(ui: UiContext, window: QWidget) -> None:
    with deleted_after(ExportResultsDialog(ui.ctx, window)) as dialog:
        if not dialog.exec():
            return
        period, language = dialog.period.currentData(), dialog.language.currentData()
    if not period:
        return
    path, _ = get_save_file_name(
        window,
        QCoreApplication.translate("OutputActions", "Export results"),
        fill(
            QCoreApplication.translate("OutputActions", "results_%1.xlsx"),
            period_in_name(Period.parse(period)),
        ),
        QCoreApplication.translate("OutputActions", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    start_export(ui, window, period, Path(path), language)


def print_dialog(ui: UiContext, window: QWidget) -> None:
    """File ▸ Print…: choose the forms, then preview, print dialog and printing."""
    from salesperf_desktop.ui.printer_output import print_forms_on_paper

    with deleted_after(PrintFormsDialog(ui, window, to_printer=True)) as dialog:
        if dialog.period.count() == 0:
            QMessageBox.information(
                window,
                dialog.windowTitle(),
                QCoreApplication.translate("OutputActions", "No results to print yet."),
            )
            return
        if not dialog.exec():
            return
        job = dialog.job()
    print_forms_on_paper(ui, window, job)


def install_output_actions(window, ui: UiContext) -> None:
    """Add File ▸ Print…, File ▸ Forms as PDF ▸ … and File ▸ Export ▸ Results… to the main
    window."""
    if window.findChild(QAction, "actionPrintForms") is not None:
        return
    print_action = QAction(QCoreApplication.translate("OutputActions", "&Print…"), window)
    print_action.setObjectName("actionPrint")
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.triggered.connect(lambda: print_dialog(ui, window))
    window.file_menu.insertAction(window.print_menu.menuAction(), print_action)

    def add(menu, text: str, name: str, slot) -> None:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)

    add(
        window.print_menu,
        QCoreApplication.translate("OutputActions", "&Appraisal forms…"),
        "actionPrintForms",
        lambda: print_forms_dialog(ui, window),
    )
    add(
        window.print_menu,
        QCoreApplication.translate("OutputActions", "Work &task sheets…"),
        "actionPrintTaskSheets",
        lambda: print_forms_dialog(ui, window, task_sheets=True),
    )
    add(
        window.print_menu,
        QCoreApplication.translate("OutputActions", "&Reprint amended forms…"),
        "actionReprintAmended",
        lambda: reprint_amended_dialog(ui, window),
    )
    add(
        window.export_menu,
        QCoreApplication.translate("OutputActions", "&Results…"),
        "actionExportResults",
        lambda: export_results_dialog(ui, window),
    )
