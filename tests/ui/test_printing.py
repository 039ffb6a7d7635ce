"""File ▸ Print… walked like the officer, in Chinese: the forms chosen, the preview, the system's
print dialog (a PDF-file printer, as on a machine without a printer), the pages printed in the
background. The printed pages are compared with the reportlab form they come from: page count,
A4, the page range, and the picture of each page (names, scores and grades are drawn there)."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from PIL import Image, ImageFilter
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
)
from sqlalchemy import select

from salesperf_desktop.services.printing import PrintJob, print_forms
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import TeamRow
from salesperf_desktop.ui import printer_output
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.output_actions import PrintFormsDialog
from salesperf_desktop.ui.printer_output import PrintPreviewDialog, chosen_pages, paint_pages
from tests.ui.modal import answer_in_turn
from tests.ui_support import shot


@pytest.fixture
def chinese(qapp):
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def _private_folder_removed():
    """Printing writes the forms in the program's private folder; like at quit, it goes."""
    yield
    from salesperf_desktop.ui.private_temp import remove_private_temp_dir

    remove_private_temp_dir()


@pytest.fixture
def quick_printer(monkeypatch):
    """Pages drawn at 150 dpi instead of 600: the same pictures, four times faster."""
    monkeypatch.setattr(printer_output, "MAX_PRINT_DPI", 150)


def reference_pdf(ctx, job: PrintJob, path):
    run_to_end(print_forms(ctx, job, path))
    return path


DPI = 150  # the quick printer's: the printed pictures and the form are compared pixel for pixel
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def page_pictures(pdf, first: int = 1, last: int = 0) -> list[np.ndarray]:
    """Pages as grey pictures (poppler, as a reader would show them)."""
    prefix = pdf.with_name(pdf.stem + f"-{first}-{last}")
    pages = ["-f", str(first)] + (["-l", str(last)] if last else [])
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), *pages, str(pdf), str(prefix)],
        check=True,
        timeout=120,
    )
    pictures = sorted(pdf.parent.glob(prefix.name + "-*.pgm"))
    # softened a little: PDFium and poppler anti-alias glyph edges differently
    return [
        np.asarray(Image.open(p).filter(ImageFilter.GaussianBlur(1)), dtype=np.float32)
        for p in pictures
    ]


def words(pdf, page: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The words of a form page (names, scores, grades …) and where they stand, in pixels."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    scale = DPI / 72
    found = []
    for x0, y0, x1, y1, text in WORD.findall(html):
        box = [round(float(v) * scale) for v in (x0, y0, x1, y1)]
        found.append((text, (box[0] - 1, box[1] - 1, box[2] + 2, box[3] + 2)))
    return found


def word_difference(printed: np.ndarray, form: np.ndarray, box) -> float:
    """Mean grey difference over the word's box, allowing the print half a pixel either way
    (a page of 841.89 points is 1754 pixels in one renderer, 1755 in the other)."""
    x0, y0, x1, y1 = box
    word = form[y0:y1, x0:x1]
    return min(
        float(np.abs(printed[y0 + dy : y1 + dy, x0 + dx : x1 + dx] - word).mean())
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
    )


# Of 255. Measured: a word printed from its own page differs by at most ~10 (another
# renderer's anti-aliasing); another person's name, total or grade in its place by 12 to 30.
SAME_WORD = 11.0


def assert_printed_as_form(printed: np.ndarray, form_pdf, page: int) -> int:
    """Every word of the form's page (names, scores, grades) is printed in its place.
    Returns the number of words checked."""
    (form,) = page_pictures(form_pdf, page, page)
    assert abs(printed.shape[0] - form.shape[0]) <= 1  # A4 both, rounded to pixels
    assert abs(printed.shape[1] - form.shape[1]) <= 1
    checked = words(form_pdf, page)
    assert checked
    for text, box in checked:
        assert word_difference(printed, form, box) < SAME_WORD, (page, text)
    return len(checked)


def words_printed_otherwise(printed: np.ndarray, form_pdf, page: int) -> set[str]:
    """The control: the words of another form page that are not what was printed there."""
    (form,) = page_pictures(form_pdf, page, page)
    return {
        text
        for text, box in words(form_pdf, page)
        if word_difference(printed, form, box) >= SAME_WORD
    }


def assert_a4(pdf) -> None:
    for page in PdfReader(str(pdf)).pages:
        assert abs(float(page.mediabox.width) - 595.3) < 1.5
        assert abs(float(page.mediabox.height) - 841.9) < 1.5


def first_team(ctx) -> tuple[int, str]:
    with ctx.session() as session:
        team = session.scalars(select(TeamRow).order_by(TeamRow.code)).first()
        return team.id, team.name


def print_to_file(path, pages: tuple[int, int] | None = None):
    """The step at the system's print dialog: print to a PDF file, pages from … to …, 打印."""

    def act(dialog: QPrintDialog) -> None:
        shot(dialog, "print-dialog-zh_CN")
        printers = dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.count() - 1)  # 打印到文件(PDF), listed last
        dialog.findChild(QLineEdit, "filename").setText(str(path))
        if pages:
            dialog.findChild(QRadioButton, "printRange").setChecked(True)  # 页数从 … 到 …
            dialog.findChild(QSpinBox, "from").setValue(pages[0])
            dialog.findChild(QSpinBox, "to").setValue(pages[1])
        buttons = dialog.findChild(QDialogButtonBox)
        ok = next(b for b in buttons.buttons() if b.text() == "打印(&P)")
        ok.click()

    return QPrintDialog, act


def test_print_a_teams_forms_from_the_file_menu_with_preview_and_page_range(
    qtbot, demo_ctx, qsettings, tmp_path, chinese, quick_printer
):
    team_id, _team_name = first_team(demo_ctx)
    job = PrintJob(period="2026-09", lang="zh_CN", team_id=team_id, combined=True)
    form_pdf = reference_pdf(demo_ctx, job, tmp_path / "ref" / "forms.pdf")
    form_pages = len(PdfReader(str(form_pdf)).pages)
    assert form_pages >= 4
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    printed = tmp_path / "printed.pdf"
    preview_seen: list[str] = []

    def choose(dialog: PrintFormsDialog) -> None:
        assert dialog.windowTitle() == "打印"
        assert not dialog.combined.isVisible()  # one print job, not files
        dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("team"))
        dialog.subject.setCurrentIndex(dialog.subject.findData(team_id))
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    def look_and_print(dialog: PrintPreviewDialog) -> None:
        dialog.resize(860, 900)
        preview_seen.append(dialog.findChild(QPushButton, "printButton").text())
        preview_seen.append(dialog.page_label.text())
        shot(dialog, "print-preview-zh_CN")
        dialog.findChild(QPushButton, "nextPage").click()
        preview_seen.append(dialog.page_label.text())
        dialog.print_button.click()

    handled = answer_in_turn(
        (PrintFormsDialog, choose),
        (PrintPreviewDialog, look_and_print),
        print_to_file(printed, pages=(2, 3)),
        polls=6000,
    )
    action = window.findChild(QAction, "actionPrint")
    assert action.text() == "打印(&P)…"
    action.trigger()
    qtbot.waitUntil(lambda: "已送往打印机" in window.statusBar().currentMessage(), timeout=120000)
    assert len(handled) == 3
    assert preview_seen == ["打印…", f"第 1 页，共 {form_pages} 页", f"第 2 页，共 {form_pages} 页"]
    assert_a4(printed)
    pictures = page_pictures(printed)
    assert len(pictures) == 2  # pages 2 and 3 of the forms
    assert assert_printed_as_form(pictures[0], form_pdf, 2) > 10
    assert assert_printed_as_form(pictures[1], form_pdf, 3) > 100  # the next person's table
    # the control: printed page 1 is not the page 2 of another person (pages 2 and 4 differ
    # only in the name, the total and the grade: the comparison sees them)
    other = words_printed_otherwise(pictures[0], form_pdf, 4)
    assert any(w.startswith("总分") for w in other) and any("（E0" in w for w in other), other
    assert "2 页" in window.statusBar().currentMessage()


def test_cancelling_at_the_print_dialog_prints_nothing_and_leaves_no_file(
    qtbot, demo_ctx, qsettings, tmp_path, chinese
):
    from salesperf_desktop.ui.private_temp import private_temp_dir

    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = set(private_temp_dir().glob("print-*.pdf"))

    def choose(dialog: PrintFormsDialog) -> None:
        dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("person"))
        dialog.subject.setCurrentIndex(
            next(
                i
                for i in range(dialog.subject.count())
                if dialog.subject.itemText(i) == "E010 郑强"
            )
        )
        dialog.accept()

    def cancel(dialog: QPrintDialog) -> None:
        dialog.reject()

    handled = answer_in_turn(
        (PrintFormsDialog, choose),
        (PrintPreviewDialog, lambda d: d.print_button.click()),
        (QPrintDialog, cancel),
        polls=6000,
    )
    window.findChild(QAction, "actionPrint").trigger()
    qtbot.waitUntil(lambda: len(handled) == 3, timeout=60000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "已取消打印。")
    assert set(private_temp_dir().glob("print-*.pdf")) == before


def _pdf_printer(path, *, pages: tuple[int, int] | None = None, copies=1, collate=True):
    printer = printer_output.new_printer("test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(copies)
    printer.setCollateCopies(collate)
    if pages is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    return printer


def test_copies_are_printed_collated_or_page_by_page(qapp, demo_ctx, tmp_path, quick_printer):
    """A PDF file (like a printer without its own copy count) gets each copy from us."""
    import threading

    job = PrintJob(period="2026-09", lang="zh_CN", combined=True)
    ref = reference_pdf(demo_ctx, job, tmp_path / "ref" / "forms.pdf")
    count = len(PdfReader(str(ref)).pages)
    printer = _pdf_printer(tmp_path / "two.pdf", pages=(1, 2), copies=2, collate=True)
    assert chosen_pages(printer, count) == [0, 1, 0, 1]
    printer.setCollateCopies(False)
    assert chosen_pages(printer, count) == [0, 0, 1, 1]
    printer.setCollateCopies(True)
    pages = chosen_pages(printer, count)
    assert run_to_end(paint_pages(printer, ref, pages, threading.Event())) == 4
    del printer  # the PDF is complete once the printer is gone
    assert_a4(tmp_path / "two.pdf")
    pictures = page_pictures(tmp_path / "two.pdf")
    assert len(pictures) == 4
    for picture, page in zip(pictures, [1, 2, 1, 2], strict=True):
        assert_printed_as_form(picture, ref, page)


class _TwoSidedPdfPrinter(QPrinter):
    """A PDF-file printer set to print on both sides (Qt's PDF writer keeps no duplex mode)."""

    def duplex(self):
        return QPrinter.DuplexMode.DuplexLongSide


def test_blank_backs_start_every_form_and_every_copy_on_a_new_sheet():
    runs = [[0, 1, 2, 3, 4]]  # forms of 1, 1, 2 and 1 pages
    assert printer_output.with_blank_backs(runs, [1, 1, 2, 1]) == [0, None, 1, None, 2, 3, 4]
    assert printer_output.with_blank_backs([[0, 1], [0, 1]], [2]) == [0, 1, 0, 1]
    assert printer_output.with_blank_backs([[0], [0]], [1]) == [0, None, 0]  # two copies
    assert printer_output.with_blank_backs([[1, 2]], [1, 2]) == [1, 2]  # a range: no form split


def test_printed_on_both_sides_a_form_with_an_odd_page_count_is_followed_by_a_blank_page(
    qapp, demo_ctx, tmp_path, quick_printer
):
    """The demo's first two forms have one page each: each is followed by a blank back, so the
    next form starts on a new sheet; without two-sided printing no blank page is added."""
    import threading

    job = PrintJob(period="2026-09", lang="zh_CN", combined=True)
    prepared = run_to_end(
        printer_output.prepare_forms(demo_ctx, job, tmp_path / "forms.pdf", threading.Event())
    )
    assert prepared.form_pages[:3] == [1, 1, 2] and sum(prepared.form_pages) == prepared.pages
    out = tmp_path / "two-sided.pdf"
    printer = _TwoSidedPdfPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 4)  # the first three forms: 1 + 1 + 2 pages
    pages = chosen_pages(printer, prepared.pages, prepared.form_pages)
    assert pages == [0, None, 1, None, 2, 3]
    one_sided = _pdf_printer(tmp_path / "one-sided.pdf", pages=(1, 4))
    assert chosen_pages(one_sided, prepared.pages, prepared.form_pages) == [0, 1, 2, 3]
    del one_sided
    assert run_to_end(paint_pages(printer, prepared.pdf, pages, threading.Event())) == 6
    del printer  # the PDF is complete once the printer is gone
    pictures = page_pictures(out)
    assert len(pictures) == 6
    assert pictures[1].min() == 255 and pictures[3].min() == 255  # the blank backs
    for picture, page in zip([pictures[i] for i in (0, 2, 4, 5)], [1, 2, 3, 4], strict=True):
        assert_printed_as_form(picture, prepared.pdf, page)


def test_a_cancelled_print_job_stops_and_leaves_no_half_printed_file(
    qapp, demo_ctx, tmp_path, quick_printer
):
    import threading

    from salesperf_desktop.services.progress import Cancelled

    job = PrintJob(period="2026-09", lang="zh_CN", combined=True)
    ref = reference_pdf(demo_ctx, job, tmp_path / "ref" / "forms.pdf")
    out = tmp_path / "cancelled.pdf"
    printer = _pdf_printer(out)
    cancel = threading.Event()
    steps = paint_pages(printer, ref, [0, 1, 2], cancel)
    next(steps)  # page 1 on its way
    cancel.set()
    with pytest.raises(Cancelled):
        run_to_end(steps)
    del printer
    assert not out.exists()


def test_the_print_dialog_offers_every_page_of_the_forms(qapp, chinese):
    """Copies, duplex and page range are the system dialog's; its buttons speak Chinese."""
    printer = printer_output.new_printer("test")
    seen = []

    def look(dialog: QPrintDialog) -> None:
        seen.append(dialog.findChild(QSpinBox, "to").maximum())
        seen.append(dialog.findChild(QSpinBox, "copies") is not None)
        seen.append(dialog.findChild(QRadioButton, "duplexLong").text())
        seen.append([b.text() for b in dialog.findChild(QDialogButtonBox).buttons()])
        dialog.reject()

    answer_in_turn((QPrintDialog, look))
    assert not printer_output.ask_printer(printer, 7, None)
    assert seen[0] == 7 and seen[1]
    assert seen[2] == "长边装订"
    assert "取消" in seen[3] and "打印(&P)" in seen[3]
