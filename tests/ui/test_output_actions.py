"""File ▸ Print forms and File ▸ Export ▸ Results driven like a user: the dialog, the save dialog,
the background job on the window's task runner, the PDF opened; and the reprint of an amended
form from the Reviews tab's sign-off page."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import select

from salesperf_desktop.services import appeals
from salesperf_desktop.services.appraisals import APPRAISED_ROLES
from salesperf_desktop.services.pdf.forms import fmt_points
from salesperf_desktop.services.printing import PrintJob
from salesperf_desktop.storage.models import StaffRow, TeamRow
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.output_actions import (
    PrintFormsDialog,
    ReprintDialog,
    start_export,
    start_printing,
)
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.services.test_pdf_reprint import uphold_sales_appeal
from tests.ui_support import ui_for, wait_idle


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def opened(monkeypatch):
    urls: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _save_as(monkeypatch, path):
    asked = []

    def save(parent, caption, name, filters, *args, **kwargs):
        asked.append(name)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def _when_modal(qtbot, cls, act):
    """Drive the real modal dialog of class *cls* once it is shown (exec blocks the test)."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_print_appraisal_forms_of_a_team_from_the_file_menu(
    qtbot, demo_ctx, qsettings, tmp_path, monkeypatch, opened
):
    with demo_ctx.session() as session:
        team = session.scalars(select(TeamRow).order_by(TeamRow.code)).first()
        names = list(
            session.scalars(
                select(StaffRow.name).where(
                    StaffRow.team_id == team.id, StaffRow.role.in_(sorted(APPRAISED_ROLES))
                )
            )
        )
        others = list(session.scalars(select(StaffRow.name).where(StaffRow.team_id != team.id)))
    assert names
    qsettings.setValue("window/last_tab", 0)
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    out = tmp_path / "团队考核表.pdf"
    asked = _save_as(monkeypatch, out)

    def choose(dialog: PrintFormsDialog):
        dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("team"))
        dialog.subject.setCurrentIndex(dialog.subject.findData(team.id))
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.combined.setChecked(True)
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    seen = _when_modal(qtbot, PrintFormsDialog, choose)
    window.findChild(QAction, "actionPrintForms").trigger()
    assert seen, "the print dialog was not shown"
    assert [Path(a).name for a in asked] == ["appraisal-forms_Sep 2026.pdf"]  # English window
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert opened[0].toLocalFile() == str(out)
    assert out.exists() and not out.with_name(out.name + ".part").exists()
    text = pdf_text(out)
    for name in names:
        assert name in text, name
    assert not any(name in text for name in others if name not in names)
    assert str(len(names)) in window.statusBar().currentMessage()


def test_reprint_an_amended_form_from_the_signoff_page(
    qtbot, demo_ctx, tmp_path, monkeypatch, opened
):
    appraisal_id, number, old_total, _old_grade, new_total = uphold_sales_appeal(demo_ctx)
    tab = ReviewsTab(ui_for(demo_ctx))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    page = tab.signoff
    tab.pages.setCurrentWidget(page)
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-09"))
    wait_idle(qtbot, tab.ui)
    notices = [page.model.index(r, 7).data() for r in range(page.model.rowCount())]
    assert any("reprint" in (n or "") for n in notices)
    out = tmp_path / "amended.pdf"
    _save_as(monkeypatch, out)

    def choose(dialog: ReprintDialog):
        assert dialog.list.count() == 1
        assert number in dialog.list.item(0).text()
        assert dialog.appraisal_ids() == [appraisal_id]
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _when_modal(qtbot, ReprintDialog, choose)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    text = pdf_text(out)
    assert number in text
    assert fmt_points(old_total) in text and fmt_points(new_total) in text
    with demo_ctx.session() as session:
        assert appraisal_id not in appeals.forms_to_reprint(session)
    wait_idle(qtbot, tab.ui)  # the page reads its period again once printed
    notices = [page.model.index(r, 7).data() for r in range(page.model.rowCount())]
    assert not any("reprint and sign" in (n or "") for n in notices)

    # Nothing left to reprint: the officer is told so, no dialog opens.
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))  # the amended forms are looked for in the background
    assert "No amended form" in told[0]


def test_reprint_is_in_the_print_menu(qtbot, demo_ctx, qsettings):
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.print_menu.actions()}
    assert "actionReprintAmended" in names


def _shown_window(qtbot, ctx, qsettings) -> MainWindow:
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_print_and_export_actions_are_in_the_file_menu(qtbot, demo_ctx, qsettings):
    window = _shown_window(qtbot, demo_ctx, qsettings)
    names = {a.objectName() for a in window.print_menu.actions()}
    assert {"actionPrintForms", "actionPrintTaskSheets"} <= names
    assert "actionExportResults" in {a.objectName() for a in window.export_menu.actions()}


def test_printing_runs_in_the_background_and_opens_the_pdf(
    qtbot, demo_ctx, qsettings, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = _shown_window(qtbot, demo_ctx, qsettings)
    out = tmp_path / "team.pdf"
    start_printing(window.ui, window, PrintJob("2026-09", combined=True), out)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert out.exists()
    assert opened[0].toLocalFile() == str(out)

    xlsx = tmp_path / "r.xlsx"
    start_export(window.ui, window, "2026-09", xlsx, "zh_CN")
    qtbot.waitUntil(xlsx.exists, timeout=30000)
