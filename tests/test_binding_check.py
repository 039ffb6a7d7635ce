"""The guard against a Qt binding known to crash (PySide6 6.12.0 before Python 3.12).

What the officer relies on: on such a pair the window says so once, in her language, naming
the versions and the fix, and the log says the same; the command line says it on stderr;
pyproject.toml never asks pip for such a pair in the first place.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")
from packaging.requirements import Requirement
from PySide6.QtWidgets import QMessageBox

from salesperf_desktop import binding_check
from salesperf_desktop.binding_check import (
    KNOWN_BAD,
    SAFE_REQUIREMENT,
    TESTED_RANGE,
    Problem,
    find_problem,
    version_tuple,
)
from salesperf_desktop.i18n_qt import install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent
BAD = Problem("6.12.0", "3.11.7")


def test_version_numbers_compare_as_numbers():
    assert version_tuple("6.8.2.1") == (6, 8, 2, 1)
    assert version_tuple("6.12.0") > version_tuple("6.9.3")
    assert version_tuple("6.12.0rc1") == (6, 12, 0)
    assert version_tuple("6.12.0+local") == (6, 12, 0)


@pytest.mark.parametrize(
    ("pyside", "python", "bad"),
    [
        ("6.12.0", (3, 11, 7), True),
        ("6.12.0", (3, 11, 2), True),  # Debian 12's Python
        ("6.12", (3, 10, 13), True),
        ("6.12.0", (3, 12, 1), False),  # None is immortal from 3.12 on
        ("6.12.0", (3, 13, 0), False),
        ("6.11.3", (3, 11, 7), False),
        ("6.10.1", (3, 11, 7), False),
        ("6.12.1", (3, 11, 7), False),  # not measured: pyproject keeps pip away instead
    ],
)
def test_only_the_measured_bad_pair_is_flagged(pyside, python, bad):
    assert (find_problem(pyside, python) is not None) is bad


def _pyside_requirements(python_version: str) -> list[Requirement]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(d) for d in deps["dependencies"]]
    return [
        r
        for r in reqs
        if r.name == "PySide6-Essentials"
        and (r.marker is None or r.marker.evaluate({"python_version": python_version}))
    ]


@pytest.mark.parametrize("python", ["3.10", "3.11"])
def test_pyproject_never_asks_for_a_bad_binding_before_python_312(python):
    (req,) = _pyside_requirements(python)
    for bad in KNOWN_BAD:
        for version in bad.pyside_versions:
            assert not req.specifier.contains(version), (python, version)
    assert req.specifier == Requirement(SAFE_REQUIREMENT).specifier  # what the guard names
    # the releases measured balanced (docs/design/engineering-notes.md) stay allowed
    for good in ("6.10.1", "6.10.2", "6.10.3", "6.11.0", "6.11.1", "6.11.2", "6.11.3"):
        assert req.specifier.contains(good)
    assert not req.specifier.contains("6.9.3")  # no endFilterChange(Direction): staff filters
    assert TESTED_RANGE == ("6.10", "6.11")


def test_pyproject_lets_python_312_have_the_new_binding():
    (req,) = _pyside_requirements("3.12")
    assert req.specifier.contains("6.12.0")


@pytest.fixture
def app(qapp):
    yield qapp
    remove_translators(qapp)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh_CN", ["突然关闭", "6.10 至 6.11", "Python 3.12"]),
        ("zh_TW", ["突然關閉", "6.10 至 6.11", "Python 3.12"]),
        ("en", ["close suddenly", "6.10 to 6.11", "Python 3.12"]),
    ],
)
def test_bad_pair_is_shown_once_translated_and_logged(app, monkeypatch, caplog, lang, words):
    install_translators(app, lang)
    monkeypatch.setattr(binding_check, "installed_problem", lambda: BAD)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    with caplog.at_level(logging.ERROR, logger="salesperf_desktop.binding_check"):
        assert binding_check.warn_if_known_bad() == BAD
    (text,) = shown
    assert "6.12.0" in text and "3.11.7" in text
    for word in words:
        assert word in text
    (record,) = caplog.records
    assert "PySide6 6.12.0 on Python 3.11.7" in record.getMessage()
    assert SAFE_REQUIREMENT in record.getMessage()


def test_a_good_binding_shows_and_logs_nothing(app, monkeypatch, caplog):
    monkeypatch.setattr(binding_check, "installed_problem", lambda: None)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
    assert binding_check.warn_if_known_bad() is None
    assert shown == [] and caplog.records == []


def test_the_installed_binding_is_not_a_known_bad_one():
    """What setup.sh and the installer builds check (python -m salesperf_desktop.binding_check)."""
    assert binding_check.installed_problem() is None
    assert binding_check.main() == 0


def test_command_line_warns_on_stderr(monkeypatch, capsys, tmp_path):
    from salesperf_desktop.cli import main

    monkeypatch.setattr(binding_check, "installed_problem", lambda: BAD)
    assert main(["--db", str(tmp_path / "x.sqlite"), "info"]) == 0
    err = capsys.readouterr().err
    assert "PySide6 6.12.0 on Python 3.11.7" in err and SAFE_REQUIREMENT in err
