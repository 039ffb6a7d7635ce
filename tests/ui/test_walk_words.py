"""Nothing English or code-like, nothing clipped, in the Chinese window (issue #17, point 2).

One main window per language over a demo company made in that language (1400×900, the
officer's screen). ``tests/ui/walk.py`` opens every tab and sub-tab and presses every button,
toolbar action and menu action that opens a dialog, walking the dialogs (and their own "…"
buttons) found that way; a new dialog is covered without editing this test. Every text seen
(titles, labels, buttons, tabs, headers and cells, combo items, placeholders, tooltips, chart
texts, status bar, message boxes) must be free of Latin words outside ``walk.ALLOWED_WORDS`` and
of code identifiers; labels, buttons, combo boxes and tabs must be wide enough for their text.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.walk import Walker, clipped, texts_of, word_problems

TODAY = dt.date(2026, 11, 20)
APPEAL_REASON = {
    "zh_CN": "回款到账时间算错了",
    "zh_TW": "回款到帳時間算錯了",
    "en": "Payment date wrong",
}


def demo_product_words(lang: str) -> set[str]:
    """Names in the demo data that are Latin in every language (product and brand names)."""
    from salesperf_desktop.domain.library import demo

    return set(getattr(demo, "LATIN_NAMES", ()))


@pytest.fixture
def lang_window(request, qapp, qtbot, tmp_path, qsettings):
    """The main window over a demo company made in *lang*, with that language installed."""
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.i18n_qt import install_translators, remove_translators
    from salesperf_desktop.services.appeals import appraisal_id_for, submit_appeal
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end
    from salesperf_desktop.ui.main_window import MainWindow

    lang = request.param
    install_translators(qapp, lang)
    ctx = build_context(tmp_path / "demo.sqlite", lang=lang)
    ctx.clock = lambda: TODAY
    run_to_end(create_demo_company(ctx))
    # One appeal waiting for its decision, so that the walk reaches the decision dialog too.
    appraisal = appraisal_id_for(ctx, "E006", "2026-09")
    submit_appeal(ctx, appraisal, filed_on=dt.date(2026, 10, 9), reason=APPEAL_REASON[lang])
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield lang, window
    window.tasks.wait_all(20000)
    window.close()
    ctx.close()
    remove_translators(qapp)


def _walk(qtbot, window, lang):
    shots = os.environ.get("SALESPERF_SHOTS")
    problems: dict[str, set[str]] = {}
    reported: set[str] = set()  # each problem once, where it was first seen
    allowed = demo_product_words(lang)

    def wait_idle():
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
        QApplication.processEvents()

    def read(where, widget):
        found = problems.setdefault(where, set())
        new = set()
        if lang != "en":
            for what, text in texts_of(widget):
                new.update(f"{what} {text[:90]!r}: {p}" for p in word_problems(text, allowed))
        new.update(clipped(widget))
        found.update(new - reported)
        reported.update(new)
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            name = "".join(ch if ch.isalnum() else "_" for ch in where)[:60]
            widget.grab().save(str(Path(shots) / f"walk-{lang}-{len(problems):03d}-{name}.png"))

    walker = Walker(qtbot, read)
    walker.walk_window(window, wait_idle)
    _walk_print_preview(walker, window)
    return walker, {k: sorted(v) for k, v in problems.items() if v}


def _walk_print_preview(walker, window):
    """File ▸ Print…, a team's forms of a published month: the preview is read, then
    closed (nothing printed)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialogButtonBox

    from salesperf_desktop.ui.output_actions import PrintFormsDialog
    from salesperf_desktop.ui.printer_output import PrintPreviewDialog

    def choose(dialog):
        dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("team"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    walker.answers = {PrintFormsDialog: choose, PrintPreviewDialog: lambda d: d.reject()}
    seen = len(walker.seen_dialogs)
    try:
        walker.press(
            window.findChild(QAction, "actionPrint").trigger,
            until=lambda: (
                any("PrintPreviewDialog" in d for d in walker.seen_dialogs[seen:])
                or "QMessageBox" in "".join(walker.seen_dialogs[seen + 1 :])
            ),
        )
    finally:
        walker.answers = {}
    assert any("PrintPreviewDialog" in d for d in walker.seen_dialogs[seen:]), walker.seen_dialogs[
        seen:
    ]


@pytest.mark.parametrize("lang_window", ["zh_CN", "zh_TW"], indirect=True)
def test_chinese_window_has_no_english_code_or_clipped_text(qtbot, lang_window):
    lang, window = lang_window
    walker, problems = _walk(qtbot, window, lang)
    # The walk reached the dialogs (not a walk that silently saw nothing).
    assert len(walker.seen_dialogs) >= 20, walker.seen_dialogs
    assert any("DecideAppealDialog" in d for d in walker.seen_dialogs), walker.seen_dialogs
    report = "\n".join(f"{where}:\n  " + "\n  ".join(found) for where, found in problems.items())
    assert not problems, report
