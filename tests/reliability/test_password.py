"""The optional password: only an argon2 hash is stored; the app and the CLI ask for it."""

from __future__ import annotations

import sqlite3

import pytest

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.services import security


def test_password_is_stored_as_an_argon2_hash_only(ctx):
    assert not security.password_required(ctx)
    security.set_password(ctx, "秘密-2026")
    stored = ctx.settings.get("password_hash")
    assert stored.startswith("$argon2id$")
    con = sqlite3.connect(ctx.db_path)
    dump = "\n".join(con.iterdump())
    con.close()
    assert "秘密-2026" not in dump
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

    dialog = PasswordSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.new.setText("abcd1")
    dialog.repeat.setText("abcd2")
    dialog.accept()
    assert "differ" in dialog.error.text() and not security.password_required(ctx)
    dialog.repeat.setText("abcd1")
    dialog.accept()
    assert dialog.result() and security.check_password(ctx, "abcd1")

    prompt = PasswordPrompt(ctx)
    qtbot.addWidget(prompt)
    prompt.password.setText("bad")
    prompt.accept()
    assert not prompt.result() and "Wrong" in prompt.error.text()
    prompt.password.setText("abcd1")
    prompt.accept()
    assert prompt.result()

    remove = PasswordSettingsDialog(ctx)
    qtbot.addWidget(remove)
    remove.current.setText("abcd1")
    remove.accept()
    assert remove.result() and not security.password_required(ctx)
