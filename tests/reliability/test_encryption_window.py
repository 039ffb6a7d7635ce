"""The password in the window, as the officer uses it: set it, start again and be asked for it
(a wrong one told), remove it. With the password set the file is encrypted."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from salesperf_desktop.storage import cipher
from salesperf_desktop.ui.password_dialog import PasswordPrompt, PasswordSettingsDialog
from tests.ui.modal import answer_in_turn


def _readable_by_sqlite3(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT * FROM staff").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


@pytest.fixture
def start(qapp, qsettings, demo_file, tmp_path):
    from salesperf_desktop.__main__ import Startup, parse_args
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")  # the officer's window, in Chinese
    db = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, db)
    made = []

    def run():
        startup = Startup(
            qapp, qsettings, parse_args(["--db", str(db), "--lang", "zh_CN"]), "zh_CN"
        )
        made.append(startup)
        return startup, startup.start(db)

    yield db, run
    for startup in made:
        if startup.window is not None:
            startup.window.close()
        startup.close()
    remove_translators(qapp)


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _type(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)  # ASCII passwords: typed key by key


def _finish_opening(qtbot, startup) -> None:
    qtbot.waitUntil(lambda: startup.ctx is not None, timeout=20000)


def test_set_the_password_restart_be_asked_then_remove_it(qtbot, start):
    db, run = start
    startup, code = run()
    assert code is None
    _finish_opening(qtbot, startup)
    window = startup.window

    def set_password(dialog: PasswordSettingsDialog) -> None:
        notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "加密" in notes and "密封信封" in notes  # encrypted; no back door, keep it safe
        _type(qtbot, dialog.new, "s3cret-1")
        _type(qtbot, dialog.repeat, "s3cret-1")
        _ok(qtbot, dialog)

    handled = answer_in_turn((PasswordSettingsDialog, set_password))
    window.edit_password()
    assert handled
    assert "已加密" in window.statusBar().currentMessage()
    assert not _readable_by_sqlite3(db)
    window.close()
    startup.close()
    cipher.forget_keys()  # a new run knows no key

    seen: list[str] = []

    def wrong_then_right(prompt: PasswordPrompt) -> None:
        seen.append(prompt.findChild(QLabel, "passwordIntro").text())
        _type(qtbot, prompt.password, "wrong")
        _ok(qtbot, prompt)
        seen.append(prompt.error.text())
        _type(qtbot, prompt.password, "s3cret-1")
        _ok(qtbot, prompt)

    answer_in_turn((PasswordPrompt, wrong_then_right))
    startup, code = run()
    assert code is None and startup.window is not None
    assert "已加密" in seen[0] and "密码错误" in seen[1]
    _finish_opening(qtbot, startup)
    window = startup.window

    def remove(dialog: PasswordSettingsDialog) -> None:
        _type(qtbot, dialog.current, "s3cret-1")
        _ok(qtbot, dialog)

    answer_in_turn((PasswordSettingsDialog, remove))
    window.edit_password()
    assert "不再加密" in window.statusBar().currentMessage()
    assert _readable_by_sqlite3(db)


def test_cancelling_the_password_opens_nothing(qtbot, start):
    db, run = start
    startup, _ = run()
    _finish_opening(qtbot, startup)
    from salesperf_desktop.services import security

    security.set_password(startup.ctx, "s3cret-1")
    startup.window.close()
    startup.close()
    cipher.forget_keys()
    before = db.read_bytes()
    answer_in_turn((PasswordPrompt, lambda prompt: prompt.reject()))
    startup, code = run()
    assert code == 2 and startup.window is None
    assert db.read_bytes() == before
