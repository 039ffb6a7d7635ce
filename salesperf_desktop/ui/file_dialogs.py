"""Every file chooser of the window: where it starts and what it suggests.

A chooser starts in the folder the officer used last (remembered in QSettings, machine-local)
or, the first time, in her Documents folder (QStandardPaths) — never the program's folder, which
is where a bare ``QFileDialog`` call would start. The suggested name comes from the caller, in
the window's language (考核表_2026年10月.pdf). The functions return what the ``QFileDialog``
static functions of the same name return.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A folder that does not exist would make the chooser fall back to the program's folder.
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder used last, while it still exists; else Documents."""
    last = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(path: str | Path) -> None:
    """Keep the folder of a chosen file (or a chosen folder) for the next chooser."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def safe_file_name(name: str) -> str:
    """A suggested name without the characters Windows refuses in file names."""
    return _UNSAFE.sub("_", name).strip(" .")


def period_in_name(period) -> str:
    """A period as a suggested file name shows it: in the window's language (2026年9月,
    Sep 2026), like the rest of the name."""
    from salesperf_desktop.i18n_qt import current_language

    return period.label(current_language())


def _start(name: str = "", folder: Path | None = None) -> str:
    base = folder if folder is not None else start_folder()
    return str(base / safe_file_name(name)) if name else str(base)


def get_save_file_name(
    parent: QWidget | None, caption: str, name: str = "", filters: str = "", *, folder=None
) -> tuple[str, str]:
    path, chosen = QFileDialog.getSaveFileName(parent, caption, _start(name, folder), filters)
    if path:
        remember_folder(path)
    return path, chosen


def get_open_file_name(
    parent: QWidget | None, caption: str, filters: str = "", *, folder=None
) -> tuple[str, str]:
    path, chosen = QFileDialog.getOpenFileName(parent, caption, _start("", folder), filters)
    if path:
        remember_folder(path)
    return path, chosen


def get_open_file_names(
    parent: QWidget | None, caption: str, filters: str = ""
) -> tuple[list[str], str]:
    paths, chosen = QFileDialog.getOpenFileNames(parent, caption, _start(), filters)
    if paths:
        remember_folder(paths[0])
    return paths, chosen


def get_existing_directory(parent: QWidget | None, caption: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, _start())
    if folder:
        remember_folder(folder)
    return folder
