"""At open, a damaged, missing or newer database leads to the list of backups; nothing is
overwritten; File ▸ Restore backup… asks before replacing the open file."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.backup import backups_of, make_backup
from salesperf_desktop.ui import restore_dialog
from salesperf_desktop.ui.restore_dialog import RestoreDialog, open_with_recovery


def _files(folder) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.fixture
def answers(monkeypatch):
    """Scripted answers of the restore dialog: 'restore' (newest), 'new' or 'cancel'."""
    script: list[str] = []
    shown: list[RestoreDialog] = []

    def fake_exec(self):
        shown.append(self)
        answer = script.pop(0)
        if answer == "cancel":
            return QDialog.DialogCode.Rejected
        if answer == "new":
            self._choose_new()
        else:
            self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    return script, shown


def _damage(path):
    with path.open("r+b") as fh:
        fh.write(b"this is no longer an SQLite header")


def test_damaged_database_offers_backups_and_cancel_changes_nothing(qtbot, ctx, answers):
    script, shown = answers
    ctx.settings.set("company_name", "backed up")
    make_backup(ctx.db_path, ctx.backup_dir, "startup")
    ctx.close()
    _damage(ctx.db_path)
    before = _files(ctx.db_path.parent)
    script.append("cancel")
    assert open_with_recovery(ctx.db_path, build_context) is None
    assert _files(ctx.db_path.parent) == before
    label = shown[0].findChild(restore_dialog.QLabel, "restoreMessage")
    assert "not an SQLite file" in label.text()
    assert shown[0].table.rowCount() == 1

    script.append("restore")
    restored = open_with_recovery(ctx.db_path, build_context)
    assert restored.settings.get("company_name") == "backed up"
    restored.close()
    aside = [p for p in ctx.db_path.parent.glob("salesperf.before-restore-*.sqlite")]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is no longer")


def test_newer_schema_offers_backups(ctx, answers):
    script, shown = answers
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.close()
    con = sqlite3.connect(ctx.db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    script.append("cancel")
    assert open_with_recovery(ctx.db_path, build_context) is None
    label = shown[0].findChild(restore_dialog.QLabel, "restoreMessage")
    assert "newer version" in label.text()


def test_missing_database_with_backups_offers_restore_or_new(ctx, answers):
    script, _shown = answers
    ctx.settings.set("company_name", "from backup")
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.close()
    for p in ctx.db_path.parent.glob("salesperf.sqlite*"):
        p.unlink()
    script.append("cancel")
    assert open_with_recovery(ctx.db_path, build_context) is None
    assert not ctx.db_path.exists()
    script.append("restore")
    restored = open_with_recovery(ctx.db_path, build_context)
    assert restored.settings.get("company_name") == "from backup"
    restored.close()

    other = ctx.db_path.with_name("other.sqlite")
    script.append("new")
    fresh = open_with_recovery(other, build_context)
    assert fresh.settings.get("company_name") != "from backup"
    fresh.close()


def test_a_new_database_beside_other_databases_backups_is_simply_created(ctx, answers):
    _script, shown = answers
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.close()
    other = ctx.db_path.with_name("new-office.sqlite")
    fresh = open_with_recovery(other, build_context)
    assert fresh is not None and other.exists()
    assert shown == []  # no offer to restore somebody else's database
    fresh.close()


def test_restore_dialog_lists_date_kind_and_size(qtbot, ctx):
    make_backup(ctx.db_path, ctx.backup_dir, "startup")
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    dialog = RestoreDialog(backups_of(ctx.db_path), "message")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    row = [dialog.table.item(0, c).text() for c in range(3)]
    assert row[0][:2] == "20" and row[1] == "Manual" and row[2].endswith("KB")
    dialog.accept()
    assert dialog.chosen == backups_of(ctx.db_path)[0].path


def test_file_menu_restore_asks_and_emits(qtbot, demo_ctx, qsettings, monkeypatch, answers):
    from salesperf_desktop.ui.main_window import MainWindow

    script, _ = answers
    backup = make_backup(demo_ctx.db_path, demo_ctx.backup_dir, "manual")
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    script.append("restore")
    with qtbot.waitSignal(window.database_restore_requested) as blocker:
        next(a for a in window.file_menu.actions() if a.objectName() == "actionRestore").trigger()
    assert blocker.args == [backup]
    assert any(a.objectName() == "actionPassword" for a in window.settings_menu.actions())


def test_file_menu_restore_of_a_backup_from_a_newer_version_says_why_in_chinese(
    qtbot, demo_ctx, qsettings, monkeypatch, answers
):
    from salesperf_desktop.ui.main_window import MainWindow

    script, _ = answers
    backup = make_backup(demo_ctx.db_path, demo_ctx.backup_dir, "manual")
    con = sqlite3.connect(backup)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = MainWindow(demo_ctx, settings=qsettings)
    qtbot.addWidget(window)
    script.append("restore")
    with qtbot.assertNotEmitted(window.database_restore_requested):
        next(a for a in window.file_menu.actions() if a.objectName() == "actionRestore").trigger()
        assert window.tasks.busy()  # the backup is checked in the background
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    (text,) = warnings
    assert "更新版本" in text and "9999_future" in text
    rest = text.replace(backup.name, "").replace("9999_future", "")
    assert set(re.findall(r"[A-Za-z]+", rest)) <= {"SalesPerf", "Desktop"}


def test_a_newer_database_at_start_is_explained_in_the_officers_language(ctx, answers):
    script, shown = answers
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.close()
    con = sqlite3.connect(ctx.db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    script.append("cancel")
    assert open_with_recovery(ctx.db_path, build_context, lang="zh_CN") is None
    label = shown[0].findChild(restore_dialog.QLabel, "restoreMessage")
    assert "由更新版本的 SalesPerf Desktop 写入" in label.text()


def test_missing_database_offers_only_its_own_backups(tmp_path, answers):
    """Two databases in one folder: the missing one is matched with its backups by the
    identity the backups folder remembers, not by file names; the newer backup of the other
    database is never offered."""
    script, shown = answers
    office = build_context(tmp_path / "hr1.sqlite")
    office.settings.set("company_name", "office")
    make_backup(office.db_path, office.backup_dir, "manual")
    office.close()
    other = build_context(tmp_path / "hr[1].sqlite")
    make_backup(other.db_path, other.backup_dir, "manual")  # newer, beside it
    other.close()
    for p in tmp_path.glob("hr1.sqlite*"):
        p.unlink()
    script.append("restore")
    restored = open_with_recovery(tmp_path / "hr1.sqlite", build_context)
    assert shown[0].table.rowCount() == 1
    assert restored.settings.get("company_name") == "office"
    restored.close()
