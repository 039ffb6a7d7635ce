"""Test set-up: offscreen Qt, one language, a fresh temporary database per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# Nothing a test does may touch the real application data folder.
os.environ["SALESPERF_DATA_DIR"] = tempfile.mkdtemp(prefix="salesperf-test-data-")
# Nor the real settings: what QSettings() keeps (the file choosers' last folder …) goes here.
_SETTINGS_DIR = tempfile.mkdtemp(prefix="salesperf-test-settings-")

from PySide6.QtCore import QSettings  # noqa: E402

for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, _SETTINGS_DIR)

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property tests check rules, not speed (benchmarks/ measure speed): no per-example deadline,
# which a loaded 2-core CI machine would miss now and then (the default is 200 ms).
hypothesis_settings.register_profile("salesperf", deadline=None)
hypothesis_settings.load_profile("salesperf")

_TEMPLATE_DB: dict[str, Path] = {}


def _migrated_template(tmp_root: Path, seeded: bool) -> Path:
    """Migrate and seed one database per test session; each test gets a copy (fast)."""
    key = "seeded" if seeded else "empty"
    if key not in _TEMPLATE_DB:
        from salesperf_desktop.app_context import build_context

        path = tmp_root / f"template-{key}.sqlite"
        ctx = build_context(path, seed=seeded)
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
        _TEMPLATE_DB[key] = path
    return _TEMPLATE_DB[key]


@pytest.fixture(scope="session")
def _db_templates(tmp_path_factory):
    return tmp_path_factory.mktemp("db-templates")


@pytest.fixture
def db_path(tmp_path, _db_templates) -> Path:
    """A fresh, migrated database with the shipped library, as a new user would have."""
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(_migrated_template(_db_templates, seeded=True), path)
    return path


@pytest.fixture
def ctx(db_path):
    from salesperf_desktop.app_context import build_context

    context = build_context(db_path, lang="zh_CN")
    yield context
    context.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo company in a closed database file, made once per run (it takes seconds);
    copy it for each test."""
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    ctx = build_context(path, lang="zh_CN")
    run_to_end(create_demo_company(ctx))
    ctx.close()  # a clean close: checkpointed, no -wal beside it
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path):
    """A copy of the demo company, opened, its clock on 2026-11-20 (its history's end)."""
    import datetime as dt

    from tests.services.support import opened_copy

    ctx = opened_copy(demo_file, tmp_path)
    ctx.clock = lambda: dt.date(2026, 11, 20)
    yield ctx
    ctx.close()


@pytest.fixture
def demo_ctx(ctx):
    """The demo company (E Company) in a fresh database."""
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end

    run_to_end(create_demo_company(ctx))
    return ctx


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _no_keys_between_tests():
    """Each test starts with no database key known (the keys of a run live in memory)."""
    yield
    from salesperf_desktop.storage import cipher

    cipher.forget_keys()


@pytest.fixture
def chinese(qapp):
    """The window's translators in zh_CN for the test (English again after it)."""
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


@pytest.fixture
def reader_process():
    """The program's reader process, started as the window's program starts it (other tests
    read in the test's own process, as the command line does); closed at the end."""
    from salesperf_desktop.services.reader_process import reader

    reader.start()
    yield reader
    reader.close()
