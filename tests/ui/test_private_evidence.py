"""Opened appeal evidence lives in a private folder that is removed when the program quits."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from salesperf_desktop.services import appeals as appeal_service
from salesperf_desktop.storage.models import AppealRow
from salesperf_desktop.ui import private_temp
from salesperf_desktop.ui.reviews.common import select_key
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui_support import ui_for

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def page(qtbot, demo_ctx):
    demo_ctx.clock = lambda: dt.date(2026, 11, 20)
    with demo_ctx.transaction() as session:
        appeal_id = session.scalar(select(AppealRow.id).order_by(AppealRow.id))
        appeal_service.add_evidence(session, appeal_id, "诊断书.pdf", b"%PDF-1.4 private")
    tab = ReviewsTab(ui_for(demo_ctx))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_page(tab.appeals)
    select_key(tab.appeals.view, appeal_id)
    assert tab.appeals.evidence_model.rowCount() >= 1
    tab.appeals.evidence_view.selectRow(tab.appeals.evidence_model.rowCount() - 1)
    yield tab.appeals
    private_temp.remove_private_temp_dir()


def test_opened_evidence_is_private_and_removed_at_quit(page, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    first = page.open_evidence()
    second = page.open_evidence()  # the same file twice: two paths, neither overwritten
    assert first != second and first.name == second.name == "诊断书.pdf"
    assert first.read_bytes() == b"%PDF-1.4 private" and len(opened) == 2
    folder = private_temp.private_temp_dir()
    assert folder in first.parents and folder in second.parents
    assert Path(tempfile.gettempdir()) in folder.parents
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert first.stat().st_mode & 0o077 == 0

    QCoreApplication.instance().aboutToQuit.emit()  # what app.quit() emits
    assert not folder.exists() and not first.exists()


@posix_only
def test_folders_left_by_a_crashed_run_are_swept(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    orphan = tmp_path / f"{private_temp.PREFIX}{dead.stdout.strip()}-abc"
    (orphan / "x").mkdir(parents=True)
    (orphan / "x" / "evidence.pdf").write_bytes(b"left behind")
    alive = tmp_path / f"{private_temp.PREFIX}{os.getppid()}-def"  # a running program's
    alive.mkdir()
    other = tmp_path / "someone-else"
    other.mkdir()
    try:
        mine = private_temp.private_temp_dir()
        assert mine.parent == tmp_path
        assert not orphan.exists()
        assert alive.exists() and other.exists()
    finally:
        private_temp.remove_private_temp_dir()
