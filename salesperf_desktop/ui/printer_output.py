"""File ▸ Print…: the chosen forms on paper, through the system's print dialog.

The forms are the reportlab PDF that File ▸ Forms as PDF writes (``services.printing``), so
paper and PDF cannot differ. Qt has no way to send a PDF to a printer, and its PDF module
(QtPdf) is not in PySide6-Essentials, so the pages are drawn by PDFium (``pypdfium2``, one small
wheel for Windows, macOS and Linux) as images at the printer's resolution (at most 600 dpi) and
painted into the ``QPrinter``: the same on every system, no ``lp``/``lpr``.

The steps, none of which blocks the window:
1. the forms (period, people, language) are chosen in ``PrintFormsDialog``;
2. on the window's task runner: the PDF is written to the private temporary folder (progress,
   cancel);
3. ``PrintPreviewDialog`` shows its pages, one at a time (each drawn when shown, so the
   preview of a whole company opens as fast as one person's); 打印… opens the system's
   ``QPrintDialog`` (printer, copies, duplex, page range);
4. on the task runner again: each chosen page is drawn at the printer's resolution and painted
   into the printer (Qt allows painting on a QPrinter outside the GUI thread); cancelling aborts
   the print job. Amended forms then count as reprinted, as when their PDF is written.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services.printing import PrintJob
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.ui.labels import fill
from salesperf_desktop.ui.tasks import TaskOutcome
from salesperf_desktop.ui.ui_context import UiContext

PREVIEW_DPI = 110  # sharp on screen at full-page size; a page drawn in about 50 ms
MAX_PRINT_DPI = 600  # a laser printer's; more only makes the print job bigger
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe


# ---------------------------------------------------------------------------- pages


class PdfPages:
    """The pages of a PDF file as images (PDFium)."""

    def __init__(self, path: Path):
        import pypdfium2

        with _pdfium_lock:
            self._doc = pypdfium2.PdfDocument(str(path))

    def __len__(self) -> int:
        return len(self._doc)

    def image(self, index: int, dpi: float, *, gray: bool = False) -> QImage:
        with _pdfium_lock:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=gray)
                fmt = QImage.Format.Format_Grayscale8 if gray else QImage.Format.Format_BGR888
                if not gray and bitmap.n_channels == 4:
                    fmt = QImage.Format.Format_RGB32
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
                image = image.copy()  # own the pixels: the bitmap is freed below
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with _pdfium_lock:
            self._doc.close()


@dataclass
class PreparedForms:
    """The forms as one PDF in the private temporary folder, ready to preview and print."""

    pdf: Path
    forms: int
    pages: int
    appraisal_ids: list[int] = field(default_factory=list)
    form_pages: list[int] = field(default_factory=list)  # each form's pages, in order

    def discard(self) -> None:
        self.pdf.unlink(missing_ok=True)


def prepare_forms(ctx, job: PrintJob, pdf: Path, cancel: threading.Event):
    """Write the forms as one PDF (a task-runner job); None when nobody is to be printed."""
    from salesperf_desktop.services.printing import print_forms

    job = replace(job, combined=True, mark_reprinted=False)  # reprinted once on paper
    forms = print_forms(ctx, job, pdf, cancel=cancel)
    while True:
        try:
            step = next(forms)
        except StopIteration as stop:
            outcome = stop.value
            break
        text = QCoreApplication.translate("PrinterOutput", "Preparing the forms…")
        if step.total:
            text = fill(
                QCoreApplication.translate("PrinterOutput", "Preparing the forms: %1 of %2"),
                step.done,
                step.total,
            )
        yield Progress(step.done, step.total, text)
    if not outcome.files:
        return None
    try:
        pages = PdfPages(pdf)
        count = len(pages)
        pages.close()
    except BaseException:
        pdf.unlink(missing_ok=True)
        raise
    return PreparedForms(
        pdf, outcome.forms, count, list(outcome.appraisal_ids), list(outcome.form_pages)
    )


def chosen_pages(
    printer: QPrinter, page_count: int, form_pages: Sequence[int] = ()
) -> list[int | None]:
    """The pages (0-based) in the order they go to the printer: the page range chosen in the
    print dialog, and the copies where the printing system does not make them itself. Printed
    on both sides, each form (and each copy of it) starts on a new sheet: a blank page (None)
    follows a form that ends on the front of a sheet."""
    pages = list(range(page_count))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [p for p in pages if ranges.contains(p + 1)]
        elif printer.fromPage() > 0:
            pages = [p for p in pages if printer.fromPage() <= p + 1 <= printer.toPage()]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        runs = [pages] * copies  # each copy from its first page: its forms start again
    else:
        runs = [[p for p in pages for _ in range(copies)]]
    if two_sided(printer) and sum(form_pages) == page_count:
        return with_blank_backs(runs, form_pages)
    return [p for run in runs for p in run]


def two_sided(printer: QPrinter) -> bool:
    return printer.duplex() in (
        QPrinter.DuplexMode.DuplexLongSide,
        QPrinter.DuplexMode.DuplexShortSide,
    )


def with_blank_backs(runs: Sequence[Sequence[int]], form_pages: Sequence[int]) -> list[int | None]:
    """The pages of *runs* (the copies, one after the other) with a blank page (None)
    wherever a form would otherwise start on the back of a sheet: a form starts at the first
    page of a run, and at each page of another form than the page before."""
    form_of: list[int] = []
    for form, count in enumerate(form_pages):
        form_of += [form] * count
    out: list[int | None] = []
    for run in runs:
        previous: int | None = None
        for page in run:
            starts = previous is None or form_of[page] != form_of[previous]
            if starts and len(out) % 2:
                out.append(None)
            out.append(page)
            previous = page
    return out


def paint_pages(
    printer: QPrinter, pdf: Path, pages: Sequence[int | None], cancel: threading.Event
) -> Generator[Progress, None, int]:
    """Paint *pages* of *pdf* into *printer* (a task-runner job; None: a blank page); returns
    the pages printed.

    Cancelled or failed: no page follows; the print job is aborted where the system allows it
    (Windows), and a half-printed PDF file (打印到文件) is removed."""
    source = PdfPages(pdf)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
    painter = QPainter()
    finished = False
    try:
        if not painter.begin(printer):
            raise PrinterNotReady()
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        target = QRectF(0, 0, paper.width(), paper.height())
        for n, index in enumerate(pages):
            if cancel.is_set():
                raise Cancelled()
            yield Progress(
                n,
                len(pages),
                fill(
                    QCoreApplication.translate("PrinterOutput", "Printing page %1 of %2"),
                    n + 1,
                    len(pages),
                ),
            )
            if n and not printer.newPage():
                raise PrinterNotReady()
            if index is not None:  # a blank back: the next form starts on a new sheet
                painter.drawImage(target, source.image(index, dpi, gray=gray))
        finished = True
    finally:
        aborted = not finished and printer.abort()  # Windows can; Qt's PDF writer cannot
        if painter.isActive():
            painter.end()
        source.close()
        if not finished and not aborted and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)  # no half-printed file
    yield Progress(len(pages), len(pages), "")
    return len(pages)


class PrinterNotReady(RuntimeError):
    """The printer refused the job (offline, no permission, a file that cannot be written)."""


def new_printer(title: str) -> QPrinter:
    """An A4 printer at its own resolution, drawing from the paper's edge (the forms have
    their margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


# ---------------------------------------------------------------------------- dialogs


class PrintPreviewDialog(QDialog):
    """The pages as they will come out, one at a time (each drawn when shown, so a company's
    forms open as fast as one person's); 打印… goes on to the system's print dialog."""

    def __init__(self, prepared: PreparedForms, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(self.tr("Print preview"))
        self.prepared = prepared
        self._pages = PdfPages(prepared.pdf)
        self.current = 0  # 0-based
        self._image_width = 0
        self._zoom: float | None = None  # None: the whole page; 0: the width; else a factor
        self.page = QLabel(self)
        self.page.setObjectName("printPreview")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: #8a8a8a; }"
        )
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")

        def tool(text: str, name: str, slot) -> QPushButton:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            tools.addWidget(button)
            return button

        tools = QHBoxLayout()
        self.previous_button = tool(self.tr("Previous page"), "previousPage", lambda: self.go(-1))
        self.next_button = tool(self.tr("Next page"), "nextPage", lambda: self.go(1))
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        tool(self.tr("Fit width"), "fitWidth", lambda: self._set_zoom(0))
        tool(self.tr("Whole page"), "fitPage", lambda: self._set_zoom(None))
        tool(self.tr("Zoom in"), "zoomIn", lambda: self._set_zoom(self._factor() * 1.25))
        tool(self.tr("Zoom out"), "zoomOut", lambda: self._set_zoom(self._factor() / 1.25))
        summary = QLabel(
            fill(self.tr("%1 forms, %2 pages, A4."), prepared.forms, prepared.pages), self
        )
        summary.setObjectName("previewSummary")
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.finished.connect(lambda _result: self._pages.close())
        self.scroll.viewport().installEventFilter(self)
        self.resize(860, 900)
        self._show()

    def page_count(self) -> int:
        return self.prepared.pages

    def go(self, step: int) -> None:
        page = self.current + step
        if 0 <= page < self.prepared.pages:
            self.current = page
            self._show()

    def _factor(self) -> float:
        """The zoom now, as a factor of the page drawn at PREVIEW_DPI."""
        pixmap = self.page.pixmap()
        if pixmap is None or pixmap.isNull():
            return 1.0
        return pixmap.width() / (self._image_width or pixmap.width())

    def _set_zoom(self, zoom: float | None) -> None:
        self._zoom = None if zoom is None else (0 if zoom == 0 else min(max(zoom, 0.25), 4.0))
        self._show()

    def _show(self) -> None:
        image = self._pages.image(self.current, PREVIEW_DPI)
        self._image_width = image.width()
        room = self.scroll.viewport().size()
        if self._zoom is None:
            scaled = image.scaled(
                max(room.width() - 16, 50),
                max(room.height() - 16, 50),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        elif self._zoom == 0:
            scaled = image.scaledToWidth(
                max(room.width() - 24, 50), Qt.TransformationMode.SmoothTransformation
            )
        else:
            scaled = image.scaledToWidth(
                round(image.width() * self._zoom), Qt.TransformationMode.SmoothTransformation
            )
        self.page.setPixmap(QPixmap.fromImage(scaled))
        self.page_label.setText(
            fill(self.tr("Page %1 of %2"), self.current + 1, self.prepared.pages)
        )
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current + 1 < self.prepared.pages)

    def eventFilter(self, watched, event) -> bool:
        """A page fitted to the window is fitted again when the window changes size."""
        if (
            watched is self.scroll.viewport()
            and event.type() == QEvent.Type.Resize
            and (self._zoom is None or self._zoom == 0)
        ):
            self._show()
        return super().eventFilter(watched, event)


def ask_printer(printer: QPrinter, pages: int, parent: QWidget) -> bool:
    """The system's print dialog: printer, copies, duplex, page range (1 … pages)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("PrinterOutput", "Print forms"))
    options = QAbstractPrintDialog.PrintDialogOption
    for option in (options.PrintPageRange, options.PrintCollateCopies, options.PrintToFile):
        dialog.setOption(option, True)
    dialog.setMinMax(1, pages)
    printer.setFromTo(1, pages)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------------------- the flow


def print_forms_on_paper(ui: UiContext, window: QWidget, job: PrintJob) -> None:
    """Prepare *job*'s forms in the background, preview them, ask for the printer, print."""
    from salesperf_desktop.ui.private_temp import private_temp_dir

    ctx = ui.ctx
    pdf = private_temp_dir() / f"print-{uuid.uuid4().hex}.pdf"

    def work(cancel):
        return (yield from prepare_forms(ctx, job, pdf, cancel))

    def prepared(outcome: TaskOutcome) -> None:
        if outcome.error is not None or outcome.cancelled or outcome.result is None:
            pdf.unlink(missing_ok=True)
            _tell_not_prepared(window, outcome)
            return
        _preview_and_print(ui, window, outcome.result)

    ui.tasks.run(
        QCoreApplication.translate("PrinterOutput", "Preparing the forms…"), work, prepared, window
    )


def _tell_not_prepared(window: QWidget, outcome: TaskOutcome) -> None:
    title = QCoreApplication.translate("PrinterOutput", "Print forms")
    if outcome.error is not None:
        if not outcome.reported:
            QMessageBox.warning(window, title, outcome.message)
    elif outcome.cancelled:
        _show_status(window, QCoreApplication.translate("PrinterOutput", "Printing cancelled."))
    else:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate("PrinterOutput", "Nobody to print for this selection."),
        )


def _preview_and_print(ui: UiContext, window: QWidget, prepared: PreparedForms) -> None:
    preview = PrintPreviewDialog(prepared, window)
    try:
        go_on = preview.exec() == QDialog.DialogCode.Accepted
    finally:
        preview.deleteLater()
    printer = new_printer(QCoreApplication.translate("PrinterOutput", "Appraisal forms"))
    if not go_on or not ask_printer(printer, prepared.pages, window):
        prepared.discard()
        _show_status(window, QCoreApplication.translate("PrinterOutput", "Printing cancelled."))
        return
    pages = chosen_pages(printer, prepared.pages, prepared.form_pages)

    def work(cancel):
        return (yield from paint_pages(printer, prepared.pdf, pages, cancel))

    def printed(outcome: TaskOutcome) -> None:
        nonlocal printer
        prepared.discard()
        printer = None  # the print job is complete once the printer is gone
        if outcome.error is not None:
            if not outcome.reported:
                QMessageBox.warning(
                    window,
                    QCoreApplication.translate("PrinterOutput", "Print forms"),
                    _printer_problem(outcome),
                )
            return
        if outcome.cancelled:
            _show_status(window, QCoreApplication.translate("PrinterOutput", "Printing cancelled."))
            return
        _after_printed(ui, prepared)
        _show_status(
            window,
            fill(
                QCoreApplication.translate(
                    "PrinterOutput", "%1 pages sent to the printer (%2 forms)."
                ),
                outcome.result,
                prepared.forms,
            ),
        )

    ui.tasks.run(QCoreApplication.translate("PrinterOutput", "Printing…"), work, printed, window)


def _printer_problem(outcome: TaskOutcome) -> str:
    if isinstance(outcome.error, PrinterNotReady):
        return QCoreApplication.translate(
            "PrinterOutput", "The printer did not accept the job. Check that it is on and ready."
        )
    return outcome.message


def _after_printed(ui: UiContext, prepared: PreparedForms) -> None:
    """Amended forms on paper count as reprinted: they now wait for the new signatures."""
    from salesperf_desktop.services.printing import mark_reprinted

    if mark_reprinted(ui.ctx, prepared.appraisal_ids):
        ui.events.changed.emit("reviews")


def _show_status(window: QWidget, text: str) -> None:
    status_bar = getattr(window.window(), "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10000)
