"""Where files live: the platform's application data folder unless overridden.

``SALESPERF_DATA_DIR`` (or ``--db``) overrides the location, for development and tests.
"""

from __future__ import annotations

import contextlib
import errno
import os
from importlib import resources
from pathlib import Path

from salesperf_desktop import APP_ID, ORG_NAME

DB_FILE_NAME = "salesperf.sqlite"


def ensure_app_names() -> None:
    """QStandardPaths and QSettings build their places from these names; set them even
    without an application object (the command line)."""
    from PySide6.QtCore import QCoreApplication

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APP_ID)


def data_dir() -> Path:
    override = os.environ.get("SALESPERF_DATA_DIR")
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths

    ensure_app_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_path(path: Path | str) -> Path:
    """The absolute path with links followed; a symbolic link loop is an OSError (ELOOP) on
    every Python (before 3.13 ``resolve`` raised RuntimeError for it)."""
    try:
        return Path(path).resolve()
    except RuntimeError as exc:
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from exc


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (installed as salesperf_desktop.resources)."""
    return Path(str(resources.files("salesperf_desktop.resources").joinpath(*parts)))


def translations_dir() -> Path:
    return Path(str(resources.files("salesperf_desktop.translations")))


def cjk_font_path() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")


def is_app_data_dir(folder: Path) -> bool:
    """*folder* is the program's own data folder (the platform's, or SALESPERF_DATA_DIR)."""
    try:
        return Path(folder).resolve() == data_dir().resolve()
    except OSError:
        return False


def secure_dir(path: Path) -> None:
    """Personal data: make the folder readable by the user only where the OS allows it."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o700)
