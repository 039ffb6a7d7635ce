"""The optional password that opens the application (seed 003: appraisal data are confidential).

What it is, honestly: a lock on the *program*, not on the file. Only an argon2id hash is stored
(the setting ``password_hash``); the password itself is never written anywhere. The database
file is not encrypted: anyone who can copy it can read every name and score with any SQLite
tool. Full-disk encryption (BitLocker, FileVault, LUKS) protects the file; see
docs/design/engineering-notes.md for why the database is not encrypted yet.

A second copy of the hash goes into the file's change log (``audit_log``, written only by the
program, in the same transaction). A settings row deleted or replaced outside SalesPerf is then
noticed: the program still asks for the password it set, checked against that copy, and says
the setting was altered. Someone who edits both tables with SQLite can still remove the
password; that is the limit of a password without encryption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from salesperf_desktop.domain.messages import CodedError

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
    deleted or replaced outside SalesPerf."""
    stored, logged, logged_hash = _hashes(ctx)
    return logged and stored != logged_hash


def password_required(ctx) -> bool:
    return bool(effective_hash(ctx))


def check_password(ctx, password: str | None) -> bool:
    return verify_password(effective_hash(ctx), password)


def _store(ctx, new_hash: str | None, old_hash: str | None) -> None:
    """The settings row and the log's copy, in one transaction."""
    from salesperf_desktop.storage.models import AuditEntryRow, SettingRow

    with ctx.transaction() as session:
        row = session.get(SettingRow, SETTING)
        if row is None:
            session.add(SettingRow(key=SETTING, value=new_hash))
        else:
            row.value = new_hash
        session.add(
            AuditEntryRow(
                actor=ctx.actor,
                entity=LOG_ENTITY,
                entity_id=None,
                field=LOG_FIELD,
                old_value=old_hash,
                new_value=new_hash,
                reason="password set" if new_hash else "password removed",
            )
        )


def set_password(ctx, new_password: str, *, current: str | None = None) -> None:
    """Set or change the password; changing it needs the current one."""
    if not check_password(ctx, current):
        raise PasswordError("password.wrong")
    if len(new_password) < MIN_LENGTH:
        raise PasswordError("password.too_short", min_length=MIN_LENGTH)
    _store(ctx, hash_password(new_password), effective_hash(ctx))


def remove_password(ctx, *, current: str | None) -> None:
    if not check_password(ctx, current):
        raise PasswordError("password.wrong")
    _store(ctx, None, effective_hash(ctx))


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
