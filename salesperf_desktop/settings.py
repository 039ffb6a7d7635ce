"""Every setting, declared once with its default and where it is kept.

Machine-local preferences (language, window geometry) live in QSettings; company-wide values
that belong with the data (company name, grade policy) live in the database's settings table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from salesperf_desktop.storage.models import SettingRow

LANGUAGES = ("zh_CN", "zh_TW", "en")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str  # English source text; the UI translates it with QCoreApplication.translate
    scope: str  # "database" | "machine"


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("company_name", "E公司", "Company name", "database"),
    # Grade rules, plan grades, appeal and interview days are the company policy
    # (services/policy.py); migrations 0005 and 0008 carried what older files kept here into it.
    SettingSpec("officer_name", "", "HR officer's name", "database"),
    SettingSpec("password_hash", None, "Password to open the application", "database"),
    SettingSpec("import_mapping", None, "Column mapping of the last metrics import", "database"),
    SettingSpec(
        "rater_sheet_secret", None, "Key that signs the hidden keys of rater sheets", "database"
    ),
    SettingSpec(
        "import_layout", "table", "Layout of the last metrics import (table or ledger)", "database"
    ),
    SettingSpec(
        "seasonal_profile", None, "Seasonal profile for splitting annual targets", "database"
    ),
    SettingSpec("language", "", "Language (empty: follow the system)", "machine"),
    SettingSpec("backups_to_keep", 10, "Automatic backups to keep", "machine"),
)
_BY_KEY = {spec.key: spec for spec in SPECS}


class DatabaseSettings:
    """Typed access to the database-scoped settings."""

    def __init__(self, session_factory: sessionmaker[Session]):
        self._session_factory = session_factory

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        with self._session_factory() as session:
            row = session.get(SettingRow, key)
            return spec.default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        if key not in _BY_KEY:
            raise KeyError(key)
        with self._session_factory.begin() as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
