"""The file choosers, as the officer meets them in Chinese: they open in her Documents folder (then
in the folder she used last), never in the program's folder; the suggested names are Chinese
(考核结果_2026年9月.xlsx); Qt's own words in them (查看, 文件类型, 打印) are Chinese too."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from salesperf_desktop.ui import file_dialogs
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.output_actions import ExportResultsDialog
from tests.ui.modal import answer_in_turn

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


@pytest.fixture
def fresh_folder_memory():
    QSettings().remove(file_dialogs.LAST_FOLDER_KEY)
    yield
    QSettings().remove(file_dialogs.LAST_FOLDER_KEY)


def _window(qtbot, ctx, qsettings) -> MainWindow:
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _export_results(window, *, then) -> list:
    """File ▸ Export ▸ Results…, 2026-09, OK; *then* answers the file chooser."""

    def choose(dialog: ExportResultsDialog) -> None:
        dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    handled = answer_in_turn((ExportResultsDialog, choose), (QFileDialog, then))
    window.findChild(QAction, "actionExportResults").trigger()
    return handled


def _type_path(path: Path):
    """The officer types the whole path into the save chooser's name field and presses Save,
    once the chooser shows its suggested name (a choice made while it is still being set up
    was replaced by the suggestion: the file was saved as 考核结果_2026年9月.xlsx)."""

    def act(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if not name.text():
            QTimer.singleShot(20, lambda: act(dialog))  # still being set up
            return
        name.setText(str(path))
        dialog.accept()

    return act


def test_the_save_dialog_opens_in_documents_with_a_chinese_name_then_in_the_last_folder(
    qtbot, demo_ctx, qsettings, tmp_path, chinese, fresh_folder_memory
):
    window = _window(qtbot, demo_ctx, qsettings)
    seen = {}

    def look_and_cancel(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")

        def look() -> None:
            if dialog.windowTitle() != "导出考核结果" or not name.text():
                QTimer.singleShot(20, look)  # the chooser is still being set up
                return
            seen["folder"] = Path(dialog.directory().absolutePath())
            seen["name"] = name.text()
            seen["look in"] = dialog.findChild(QLabel, "lookInLabel").text()
            seen["type"] = dialog.findChild(QLabel, "fileTypeLabel").text()
            dialog.reject()

        look()

    handled = _export_results(window, then=look_and_cancel)
    assert len(handled) == 2
    assert seen["folder"] == file_dialogs.documents_folder()
    assert seen["folder"] != Path(os.getcwd())  # not the program's folder
    assert seen["name"] == "考核结果_2026年9月.xlsx"
    for label in (seen["look in"], seen["type"]):  # Qt's own words, from qtbase_zh_CN.qm
        assert CJK.search(label) and not LATIN_WORD.search(label), label

    folder = tmp_path / "考核资料"
    folder.mkdir()
    _export_results(window, then=_type_path(folder / "九月.xlsx"))
    qtbot.waitUntil(lambda: (folder / "九月.xlsx").exists(), timeout=60000)
    window.ui.tasks.wait_all()

    _export_results(window, then=look_and_cancel)
    assert seen["folder"] == folder  # where she saved last time
    assert seen["name"] == "考核结果_2026年9月.xlsx"


def test_a_forgotten_folder_that_is_gone_falls_back_to_documents(tmp_path, fresh_folder_memory):
    gone = tmp_path / "gone"
    gone.mkdir()
    file_dialogs.remember_folder(gone / "x.pdf")
    assert file_dialogs.start_folder() == gone
    gone.rmdir()
    assert file_dialogs.start_folder() == file_dialogs.documents_folder()


def test_suggested_names_lose_the_characters_windows_refuses():
    assert (
        file_dialogs.safe_file_name("工作任务书_王/五_2026年9月.pdf")
        == "工作任务书_王_五_2026年9月.pdf"
    )
    assert file_dialogs.safe_file_name('a:b*c?"d<e>f|g.pdf') == "a_b_c_d_e_f_g.pdf"


def test_every_file_chooser_of_the_window_goes_through_file_dialogs():
    """A bare QFileDialog call would open in the program's folder with no memory."""
    ui = Path(file_dialogs.__file__).parent
    bare = re.compile(r"QFileDialog\.get\w+\(")
    offenders = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.name != "file_dialogs.py" and bare.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_print_dialog_speaks_chinese(qapp, chinese):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    try:
        texts = [b.text().replace("&", "") for b in dialog.findChild(QDialogButtonBox).buttons()]
    finally:
        dialog.deleteLater()
    assert "取消" in texts
    assert any(t.startswith("打印") for t in texts), texts


def test_a_translator_that_lacks_a_text_lets_the_next_one_answer(qapp):
    """Our translators answer a miss with "no translation", not with an empty text: otherwise
    Qt shows the empty text (a blank "Look in:" label, a blank button)."""
    from PySide6.QtCore import QCoreApplication

    from salesperf_desktop.i18n_qt import QtGapTranslator, TsTranslator
    from salesperf_desktop.paths import translations_dir

    ts = TsTranslator(qapp)
    assert ts.load_ts(translations_dir() / "salesperf_zh_CN.ts")
    gaps = QtGapTranslator("zh_CN", qapp)
    for translator in (ts, gaps):
        qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
        assert QCoreApplication.translate("Nowhere", "Not translated") == "Not translated"
    finally:
        for translator in (ts, gaps):
            qapp.removeTranslator(translator)
