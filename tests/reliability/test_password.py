"""The optional password: only an argon2 hash is stored; the app and the CLI ask for it.

With a password the file is encrypted (tests/reliability/test_encryption.py); the tamper checks
below concern files protected before encryption existed (a hash in a plain file), made here
with ``_legacy_password``.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.services import security
from salesperf_desktop.storage.cipher import forget_keys


def test_password_is_stored_as_an_argon2_hash_only(ctx):
    assert not security.password_required(ctx)
    security.set_password(ctx, "秘密-2026")
    stored = ctx.settings.get("password_hash")
    assert stored.startswith("$argon2id$")
    with pytest.raises(sqlite3.DatabaseError):  # encrypted: no dump without the key
        sqlite3.connect(ctx.db_path).execute("SELECT * FROM settings").fetchall()
    assert security.check_password(ctx, "秘密-2026")
    assert not security.check_password(ctx, "wrong")
    with pytest.raises(security.PasswordError):
        security.set_password(ctx, "another", current="wrong")
    with pytest.raises(security.PasswordError):
        security.set_password(ctx, "ab", current="秘密-2026")
    security.set_password(ctx, "another", current="秘密-2026")
    with pytest.raises(security.PasswordError):
        security.remove_password(ctx, current="秘密-2026")
    security.remove_password(ctx, current="another")
    assert not security.password_required(ctx)


def test_cli_asks_for_the_password(ctx, capsys, monkeypatch):
    security.set_password(ctx, "s3cret")
    ctx.close()
    forget_keys()  # a command is a new process: it knows no key
    monkeypatch.delenv(security.ENV_VAR, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    db = str(ctx.db_path)
    assert cli_main(["--db", db, "info"]) == 4
    assert "password" in capsys.readouterr().err
    assert cli_main(["--db", db, "--password", "nope", "info"]) == 4
    assert cli_main(["--db", db, "--password", "s3cret", "info"]) == 0
    monkeypatch.setenv(security.ENV_VAR, "s3cret")
    assert cli_main(["--db", db, "info"]) == 0
    monkeypatch.delenv(security.ENV_VAR)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: "s3cret")
    assert cli_main(["--db", db, "staff"]) == 0


def test_password_prompt_and_settings_dialog(qtbot, ctx):
    from salesperf_desktop.ui.password_dialog import PasswordPrompt, PasswordSettingsDialog
    from tests.ui_support import ui_for

    ui = ui_for(ctx)
    dialog = PasswordSettingsDialog(ui)
    qtbot.addWidget(dialog)
    dialog.new.setText("abcd1")
    dialog.repeat.setText("abcd2")
    dialog.accept()
    assert "differ" in dialog.error.text() and not security.password_required(ctx)
    dialog.repeat.setText("abcd1")
    dialog.accept()
    # converted in the background: the dialog waits, its fields locked, and cannot be closed
    assert ui.tasks.busy() and not dialog.new.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30000)
    assert security.check_password(ctx, "abcd1") and dialog.change.encrypted

    prompt = PasswordPrompt(ctx)
    qtbot.addWidget(prompt)
    prompt.password.setText("bad")
    prompt.accept()
    assert not prompt.result() and "Wrong" in prompt.error.text()
    prompt.password.setText("abcd1")
    prompt.accept()
    assert prompt.result()

    wrong = PasswordSettingsDialog(ui)
    qtbot.addWidget(wrong)
    wrong.current.setText("abcd9")
    wrong.accept()
    qtbot.waitUntil(lambda: wrong.new.isEnabled(), timeout=30000)
    assert wrong.error.text() == "当前密码不正确。" and not wrong.result()
    assert security.password_required(ctx)

    remove = PasswordSettingsDialog(ui)
    qtbot.addWidget(remove)
    remove.current.setText("abcd1")
    remove.accept()
    qtbot.waitUntil(lambda: remove.result() == remove.DialogCode.Accepted, timeout=30000)
    assert not security.password_required(ctx) and not remove.change.encrypted


# ---- files protected before encryption existed: what a one-row edit can and cannot do


def _legacy_password(ctx, password: str) -> None:
    """A password set by a version before encryption: its hash in a plain file."""
    with ctx.transaction() as session:
        security._store_in(
            session, ctx.actor, security.hash_password(password), security.effective_hash(ctx)
        )


def _edit_file(db_path, sql: str, params=()) -> None:
    """What someone with DB Browser or sqlite3 does to the file while SalesPerf is closed."""
    con = sqlite3.connect(db_path)
    con.execute(sql, params)
    con.commit()
    con.close()


def _reopen(db_path):
    from salesperf_desktop.app_context import build_context

    return build_context(db_path, lang="zh_CN")


def test_the_file_itself_is_not_readable_without_the_password(ctx):
    """Stated in the dialog and the guide: with a password the file is encrypted."""
    security.set_password(ctx, "s3cret")
    ctx.close()
    con = sqlite3.connect(ctx.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT count(*) FROM indicators").fetchone()
    con.close()


def test_deleting_the_password_row_is_noticed_and_the_password_still_asked(
    ctx, capsys, monkeypatch
):
    _legacy_password(ctx, "s3cret")
    ctx.close()
    _edit_file(ctx.db_path, "DELETE FROM settings WHERE key = 'password_hash'")
    from salesperf_desktop.storage.quick_read import first_look

    assert first_look(ctx.db_path) is None  # no quick start: the full open asks and explains
    again = _reopen(ctx.db_path)
    assert security.password_altered(again) and security.password_required(again)
    assert not security.check_password(again, None) and not security.check_password(again, "")
    again.close()
    monkeypatch.delenv(security.ENV_VAR, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    db = str(ctx.db_path)
    assert cli_main(["--db", db, "info"]) == 4
    assert "removed or changed outside SalesPerf" in capsys.readouterr().err
    monkeypatch.setenv(security.ENV_VAR, "s3cret")
    assert cli_main(["--db", db, "info"]) == 0
    from salesperf_desktop.services.opening import needs_password, unlock

    # The right password also encrypted the file (protected before encryption existed).
    assert needs_password(ctx.db_path) and unlock(ctx.db_path, "s3cret")
    fixed = _reopen(ctx.db_path)
    assert not security.password_altered(fixed)  # the right password put the row back
    assert fixed.settings.get("password_hash").startswith("$argon2id$")
    fixed.close()


def test_a_hash_replaced_by_one_of_a_known_password_does_not_open_the_file(ctx):
    _legacy_password(ctx, "s3cret")
    ctx.close()
    forged = json.dumps(security.hash_password("intruder"))
    _edit_file(ctx.db_path, "UPDATE settings SET value = ? WHERE key = 'password_hash'", (forged,))
    again = _reopen(ctx.db_path)
    assert security.password_altered(again)
    assert not security.check_password(again, "intruder")
    assert security.check_password(again, "s3cret")
    again.close()


def test_a_password_removed_in_the_program_stays_removed(ctx):
    security.set_password(ctx, "s3cret")
    security.remove_password(ctx, current="s3cret")
    assert not security.password_required(ctx) and not security.password_altered(ctx)


def test_a_file_from_before_the_log_copy_keeps_working(ctx):
    """Files whose password was set by an older version have only the settings row."""
    ctx.settings.set("password_hash", security.hash_password("old-one"))
    assert security.password_required(ctx) and not security.password_altered(ctx)
    assert security.check_password(ctx, "old-one")


def test_the_window_warns_when_the_password_row_was_altered(qtbot, ctx):
    from PySide6.QtWidgets import QLabel

    from salesperf_desktop.ui.password_dialog import PasswordPrompt, ask_password
    from tests.ui.modal import answer_in_turn

    _legacy_password(ctx, "s3cret")
    _edit_file(ctx.db_path, "DELETE FROM settings WHERE key = 'password_hash'")
    seen: list[str] = []

    def type_password(prompt: PasswordPrompt) -> None:
        seen.append(prompt.findChild(QLabel, "passwordAltered").text())
        prompt.password.setText("s3cret")
        prompt.accept()

    answer_in_turn((PasswordPrompt, type_password))
    assert ask_password(ctx)
    assert seen and "outside SalesPerf" in seen[0]
    assert not security.password_altered(ctx)


def test_the_cli_takes_the_password_from_the_environment_or_a_prompt(ctx, capsys, monkeypatch):
    security.set_password(ctx, "s3cret")
    ctx.close()
    forget_keys()  # a command is a new process: it knows no key
    db = str(ctx.db_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "s3cret")
    monkeypatch.delenv(security.ENV_VAR, raising=False)
    assert cli_main(["--db", db, "info"]) == 0 and asked  # asked at the terminal
    monkeypatch.setenv(security.ENV_VAR, "s3cret")
    asked.clear()
    assert cli_main(["--db", db, "info"]) == 0 and not asked  # the variable, no question
    monkeypatch.setenv(security.ENV_VAR, "wrong")
    assert cli_main(["--db", db, "info"]) == 4
    capsys.readouterr()
    assert cli_main(["--db", db, "--password", "s3cret", "info"]) == 0  # still works …
    assert "--password can be seen by other users" in capsys.readouterr().err  # … with a warning


def test_the_settings_dialog_says_the_file_is_encrypted_and_there_is_no_back_door(qtbot, ctx):
    from PySide6.QtWidgets import QLabel

    from salesperf_desktop.ui.password_dialog import PasswordSettingsDialog
    from tests.ui_support import ui_for

    dialog = PasswordSettingsDialog(ui_for(ctx))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "encrypted" in texts and "no way back in" in texts and "sealed envelope" in texts
