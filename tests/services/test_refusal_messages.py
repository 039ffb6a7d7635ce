"""Refusals that protect the data speak the officer's language: locked appraisals, backups,
the password and the database file are coded messages; ``str()`` stays English for logs."""

from __future__ import annotations

import re
import sqlite3

import pytest

from salesperf_desktop.domain.messages import CodedError, safety
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import security
from salesperf_desktop.services.backup import BackupInvalid, make_backup, verify_backup
from salesperf_desktop.services.entry import CellWrite, load_sheet, save_values
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.database import (
    DatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    check_writable,
    open_database,
)

PRODUCT_NAMES = {"SalesPerf", "Desktop"}


def latin_words(error: CodedError, lang: str = "zh_CN") -> set[str]:
    """Latin words of the rendered text, leaving out the values filled in (paths, periods)."""
    text = error.message(lang)
    for value in error.params.values():
        text = text.replace(str(value), "")
    return set(re.findall(r"[A-Za-z]+", text)) - PRODUCT_NAMES


def assert_chinese_and_english(error: CodedError) -> None:
    assert error.code in safety.MESSAGES, error.code
    assert latin_words(error) == set(), error.message("zh_CN")
    assert latin_words(error, "zh_TW") == set(), error.message("zh_TW")
    assert str(error) == error.message("en")  # logs and the CLI keep English
    assert re.search(r"[A-Za-z]{3}", str(error))


@pytest.mark.parametrize("code", sorted(safety.MESSAGES))
def test_every_safety_message_is_chinese_apart_from_the_values(code):
    params = {
        "period": "2026-08",
        "staff_id": 7,
        "name": "备份.sqlite",
        "detail": "file is not a database",
        "revision": "9999_future",
        "min_length": security.MIN_LENGTH,
        "path": "/数据/salesperf.sqlite",
        "folder": "/数据",
        "current": "9999_future",
        "head": "0001",
    }
    assert_chinese_and_english(CodedError(code, **params))


def test_a_locked_month_refuses_an_edit_in_chinese(demo_ctx):
    aug = Period.month(2026, 8)
    rep = load_sheet(demo_ctx, aug).people[1]
    with pytest.raises(LockedError) as refused:
        write = CellWrite(rep.staff_id, "sales_achievement", "actual", 1.0)
        save_values(demo_ctx, aug, [write], reason="x")
    assert refused.value.code == "locked.period"
    assert "2026-08" in refused.value.message("zh_CN") and "锁定" in refused.value.message("zh_CN")
    assert_chinese_and_english(refused.value)


def test_password_refusals_in_chinese(ctx):
    security.set_password(ctx, "秘密-2026")
    with pytest.raises(security.PasswordError) as wrong:
        security.set_password(ctx, "another", current="wrong")
    assert wrong.value.message("zh_CN") == "当前密码不正确。"
    with pytest.raises(security.PasswordError) as short:
        security.set_password(ctx, "ab", current="秘密-2026")
    assert str(security.MIN_LENGTH) in short.value.message("zh_CN")
    for error in (wrong.value, short.value):
        assert_chinese_and_english(error)


def _backup_of(ctx, damage: str):
    ctx.settings.set("company_name", "备份")
    path = make_backup(ctx.db_path, ctx.backup_dir, "manual")
    if damage == "garbage":
        path.write_bytes(b"this is no database at all" * 100)
    elif damage == "no_table":
        path.unlink()
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE other (x)")
        con.commit()
        con.close()
    else:
        con = sqlite3.connect(path)
        if damage == "no_version":
            con.execute("DELETE FROM alembic_version")
        else:
            con.execute("UPDATE alembic_version SET version_num='9999_future'")
        con.commit()
        con.close()
    return path


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        ("missing", "backup.missing"),
        ("garbage", "database.not_sqlite"),
        ("no_table", "backup.not_salesperf"),
        ("no_version", "backup.no_version"),
        ("newer", "backup.too_new"),
    ],
)
def test_an_invalid_backup_is_refused_in_chinese(ctx, damage, code):
    path = ctx.backup_dir / "gone.sqlite" if damage == "missing" else _backup_of(ctx, damage)
    with pytest.raises(BackupInvalid) as refused:
        verify_backup(path)
    assert refused.value.code == code
    assert_chinese_and_english(refused.value)


def test_database_refusals_in_chinese(tmp_path, monkeypatch):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(NotADatabaseError) as not_sqlite:
        open_database(garbage)

    newer = tmp_path / "newer.sqlite"
    open_database(newer).dispose()
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError) as too_new:
        open_database(newer)

    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE other (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as no_version:
        open_database(foreign)

    monkeypatch.setattr("os.access", lambda p, mode, **kw: False)
    with pytest.raises(ReadOnlyDatabaseError) as read_only:
        check_writable(newer)

    errors = [not_sqlite.value, too_new.value, no_version.value, read_only.value]
    assert [e.code for e in errors] == [
        "database.not_sqlite",
        "database.too_new",
        "database.no_version",
        "database.read_only_file",
    ]
    assert "更新版本" in too_new.value.message("zh_CN")
    for error in errors:
        assert_chinese_and_english(error)


def test_a_change_after_publication_without_a_reason_is_refused_in_chinese(demo_ctx):
    sep = Period.month(2026, 9)
    rep = load_sheet(demo_ctx, sep).people[1]
    write = CellWrite(rep.staff_id, "sales_achievement", "actual", 1.0)
    with pytest.raises(ValueError) as refused:  # still a ValueError for the callers
        save_values(demo_ctx, sep, [write])
    assert refused.value.code == "locked.reason_required"
    assert "原因" in refused.value.message("zh_CN")
    assert_chinese_and_english(refused.value)
