"""The optional password that opens the application, and with it the encryption of the file.

With a password set, **the database file and its backups are encrypted** (SQLCipher, see
storage.cipher): without the password nobody can read them, with SalesPerf or any other tool.
Setting the password encrypts the file, removing it decrypts it, changing it re-encrypts it —
each through a verified copy put in place atomically (storage.conversion) — and every backup of
the database then follows (``services.backup.follow_password``). There is no back door: a
forgotten password cannot be recovered, by the officer or by anyone else.

An argon2id hash of the password is kept in the (encrypted) file too (the setting
``password_hash``, with a copy in ``audit_log``): it is how the program knows a password is set
and checks the current password before a change.

Files protected before encryption existed (a hash in a plain file) are encrypted the next time
they are opened with their password (``encrypt_protected_file``). For such a plain file the
copy of the hash in the change log still notices a settings row deleted or replaced outside
SalesPerf; an encrypted file cannot be edited without the key, so there it cannot happen.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.services.progress import Progress, run_to_end

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The ORM is imported where used: the start-up prompt checks a password before it is loaded.

SETTING = "password_hash"
MIN_LENGTH = 4
ENV_VAR = "SALESPERF_PASSWORD"
# Where the change log keeps its copy of the hash (storage.quick_read reads the same row).
LOG_ENTITY, LOG_FIELD = "settings", "password_hash"

_hasher = PasswordHasher()  # argon2id with the library's current recommended costs


class PasswordError(CodedError):
    """Wrong current password, or a new one that is not acceptable (codes "password.*")."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str | None) -> bool:
    """True when *password* matches *stored_hash*; no hash stored means no password needed."""
    if not stored_hash:
        return True
    if password is None:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _logged_hash(session: Session) -> tuple[bool, str | None]:
    """(whether the log has a password entry, the hash it last recorded or None)."""
    from sqlalchemy import select

    from salesperf_desktop.storage.models import AuditEntryRow

    row = session.execute(
        select(AuditEntryRow.new_value)
        .where(AuditEntryRow.entity == LOG_ENTITY, AuditEntryRow.field == LOG_FIELD)
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    return (row is not None, row[0] if row is not None else None)


def _hashes(ctx) -> tuple[str | None, bool, str | None]:
    """(the settings row's hash, whether the log has an entry, the log's hash)."""
    from salesperf_desktop.storage.models import SettingRow

    with ctx.session() as session:
        row = session.get(SettingRow, SETTING)
        stored = row.value if row is not None and isinstance(row.value, str) else None
        logged, logged_hash = _logged_hash(session)
    return stored, logged, logged_hash


def effective_hash(ctx) -> str | None:
    """The hash the password is checked against: the log's copy when the program wrote one
    (files from before it have only the settings row)."""
    stored, logged, logged_hash = _hashes(ctx)
    return logged_hash if logged else stored


def password_altered(ctx) -> bool:
    """True when the settings row no longer matches the hash the program last set: it was
    deleted or replaced outside SalesPerf (only possible for a plain file)."""
    if ctx.encrypted:
        return False
    stored, logged, logged_hash = _hashes(ctx)
    return logged and stored != logged_hash


def password_required(ctx) -> bool:
    return bool(effective_hash(ctx))


def check_password(ctx, password: str | None) -> bool:
    return verify_password(effective_hash(ctx), password)


def _store_in(session: Session, actor: str, new_hash: str | None, old_hash: str | None) -> None:
    """The settings row and the log's copy (in the caller's transaction)."""
    from salesperf_desktop.storage.models import AuditEntryRow, SettingRow

    row = session.get(SettingRow, SETTING)
    if row is None:
        session.add(SettingRow(key=SETTING, value=new_hash))
    else:
        row.value = new_hash
    session.add(
        AuditEntryRow(
            actor=actor,
            entity=LOG_ENTITY,
            entity_id=None,
            field=LOG_FIELD,
            old_value=old_hash,
            new_value=new_hash,
            reason="audit.password_set" if new_hash else "audit.password_removed",
        )
    )


@dataclass(frozen=True)
class PasswordChange:
    """What a change of password did besides the database file itself."""

    encrypted: bool  # the file is encrypted now
    backups_converted: int  # backups that now have the database's password (or none)
    backups_left: int  # backups under a password this run does not know: left as they were
    snapshots_removed: int  # unclean-stop snapshots of the old state, removed


def _convert(ctx, new_key, new_hash: str | None, old_hash: str | None) -> PasswordChange:
    """The file re-written encrypted with *new_key* (None: plain) and the password setting
    changed in the copy, then the backups brought in line; the context is reopened."""
    return run_to_end(_conversion(ctx, new_key, new_hash, old_hash))


def _conversion(
    ctx, new_key, new_hash: str | None, old_hash: str | None
) -> Generator[Progress, None, PasswordChange]:
    """``_convert`` step by step. Seconds for a large file: the window runs it in the
    background (``change_password``); no step can be stopped half-way (each leaves the old
    file or the new one, never both parts)."""
    from salesperf_desktop.services.backup import follow_password
    from salesperf_desktop.storage import cipher
    from salesperf_desktop.storage.conversion import convert_database
    from salesperf_desktop.storage.database import engine_for_file, make_session_factory

    def edit(copy) -> None:
        engine = engine_for_file(copy)
        try:
            with make_session_factory(engine).begin() as session:
                _store_in(session, ctx.actor, new_hash, old_hash)
        finally:
            engine.dispose()

    yield Progress(1, 3, step="password.progress_file")
    old_key = cipher.key_for(ctx.db_path)
    ctx.close()
    try:
        convert_database(ctx.db_path, new_key, edit=edit)
    finally:
        ctx.reopen()
    yield Progress(2, 3, step="password.progress_backups")
    converted, left, removed = follow_password(ctx.db_path, ctx.backup_dir, old_key, new_key)
    return PasswordChange(new_key is not None, converted, left, removed)


def change_password(
    ctx, new_password: str, *, current: str | None
) -> Generator[Progress, None, PasswordChange]:
    """Set or change the password (*new_password* not empty) or remove it (empty), as the
    settings dialog does: the current one checked, the file and its backups converted. A
    generator for the window's task runner: checking a password and converting a large file
    take seconds. Raises PasswordError before anything is changed."""
    from salesperf_desktop.storage import cipher

    yield Progress(0, 3, step="password.progress_check")
    if not check_password(ctx, current):
        raise PasswordError("password.wrong")
    if not new_password:
        change = yield from _conversion(ctx, None, None, effective_hash(ctx))
        return change
    if len(new_password) < MIN_LENGTH:
        raise PasswordError("password.too_short", min_length=MIN_LENGTH)
    new_hash = hash_password(new_password)
    new_key = cipher.new_key(new_password)
    change = yield from _conversion(ctx, new_key, new_hash, effective_hash(ctx))
    return change


def set_password(ctx, new_password: str, *, current: str | None = None) -> PasswordChange:
    """Set or change the password (changing it needs the current one): the file and its
    backups are encrypted with a key derived from it."""
    if not new_password:  # not a removal: refused as too short, after the current one
        if not check_password(ctx, current):
            raise PasswordError("password.wrong")
        raise PasswordError("password.too_short", min_length=MIN_LENGTH)
    return run_to_end(change_password(ctx, new_password, current=current))


def remove_password(ctx, *, current: str | None) -> PasswordChange:
    """Remove the password: the file and its backups are decrypted."""
    return run_to_end(change_password(ctx, "", current=current))


def encrypt_protected_file(ctx, password: str) -> PasswordChange | None:
    """A file protected by a password before encryption existed (a hash in a plain file):
    encrypt it now that the right password was given. None when there is nothing to do."""
    from salesperf_desktop.storage import cipher

    if ctx.encrypted or not password_required(ctx) or not check_password(ctx, password):
        return None
    stored = effective_hash(ctx)
    return _convert(ctx, cipher.new_key(password), stored, stored)


def repair_altered(ctx, password: str) -> bool:
    """After the right password was given for an altered file: put the program's hash back
    in the settings row (noted in the log). False when the password is not right."""
    if not password_altered(ctx) or not check_password(ctx, password):
        return False
    from salesperf_desktop.services.audit import record_change
    from salesperf_desktop.storage.models import SettingRow

    expected = effective_hash(ctx)
    with ctx.transaction() as session:
        row = session.get(SettingRow, SETTING)
        found = row.value if row is not None else None
        if row is None:
            session.add(SettingRow(key=SETTING, value=expected))
        else:
            row.value = expected
        record_change(
            session,
            entity=LOG_ENTITY,
            entity_id=None,
            field="password_hash_repaired",
            old=found,
            new=expected,
            reason="settings row altered outside SalesPerf; restored from the log",
            actor=ctx.actor,
        )
    return True
