"""The optional password that opens the application (seed 003: appraisal data are confidential).

Only an argon2id hash is stored, in the database setting ``password_hash``; the password itself
is never written anywhere. It guards the application and the CLI; it does not encrypt the file,
which is why the data folder and backups are also made readable by the user only.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from salesperf_desktop.domain.messages import CodedError

SETTING = "password_hash"
MIN_LENGTH = 4
ENV_VAR = "SALESPERF_PASSWORD"

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


def password_required(ctx) -> bool:
    return bool(ctx.settings.get(SETTING))


def check_password(ctx, password: str | None) -> bool:
    return verify_password(ctx.settings.get(SETTING), password)


def set_password(ctx, new_password: str, *, current: str | None = None) -> None:
    """Set or change the password; changing it needs the current one."""
    if not check_password(ctx, current):
        raise PasswordError("password.wrong")
    if len(new_password) < MIN_LENGTH:
        raise PasswordError("password.too_short", min_length=MIN_LENGTH)
    ctx.settings.set(SETTING, hash_password(new_password))


def remove_password(ctx, *, current: str | None) -> None:
    if not check_password(ctx, current):
        raise PasswordError("password.wrong")
    ctx.settings.set(SETTING, None)
