"""PySide6's check after each import, made cheap (salesperf_desktop.pyside_imports): it must
give PySide6 the same answer as its own test, for every kind of module, or a module using
``from __feature__ import …`` would stop being switched."""

from __future__ import annotations

import importlib
import py_compile
import sys
import zipfile

import PySide6.QtCore  # noqa: F401  (loads shiboken's feature module)
import pytest

from salesperf_desktop.pyside_imports import speed_up_import_check
from salesperf_desktop.ui import main_window

feature = sys.modules["shibokensupport.feature"]


@pytest.fixture
def cheap_test():
    assert speed_up_import_check()
    assert speed_up_import_check()  # a second call keeps the one installed
    test = feature._mod_uses_pyside
    assert test.original.__module__ == feature.__name__  # never wrapped twice
    return test


@pytest.fixture
def messy_modules(tmp_path, monkeypatch):
    """Modules of every kind: using PySide6, naming it only in a comment, not at all, compiled
    only, in a zip (the original test reads those through their loader), a namespace package."""
    (tmp_path / "t_pi_uses.py").write_text("from PySide6.QtCore import QObject\n", "utf-8")
    (tmp_path / "t_pi_comment.py").write_text("# 报表: unlike PySide6, nothing here\nX = 1\n")
    (tmp_path / "t_pi_plain.py").write_text("Y = '人员'\n", "utf-8")
    src = tmp_path / "t_pi_compiled_src.py"
    src.write_text("import PySide6\n", "utf-8")
    py_compile.compile(str(src), cfile=str(tmp_path / "t_pi_compiled.pyc"))
    src.unlink()
    with zipfile.ZipFile(tmp_path / "zipped.zip", "w") as zf:
        zf.writestr("t_pi_zipped.py", "import PySide6.QtCore\n")
        zf.writestr("t_pi_zipped_plain.py", "Z = 2\n")
    (tmp_path / "t_pi_namespace").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path / "zipped.zip"))
    monkeypatch.syspath_prepend(str(tmp_path))
    names = [
        "t_pi_uses",
        "t_pi_comment",
        "t_pi_plain",
        "t_pi_compiled",
        "t_pi_zipped",
        "t_pi_zipped_plain",
        "t_pi_namespace",
    ]
    modules = [importlib.import_module(name) for name in names]
    yield dict(zip(names, modules, strict=True))
    for name in names:
        sys.modules.pop(name, None)


def test_the_cheap_test_answers_as_pysides_own(cheap_test, messy_modules):
    answers = {name: cheap_test(module) for name, module in messy_modules.items()}
    assert answers == {
        "t_pi_uses": True,
        "t_pi_comment": True,  # PySide6's own test is a plain text search, too
        "t_pi_plain": False,
        "t_pi_compiled": False,
        "t_pi_zipped": True,
        "t_pi_zipped_plain": False,
        "t_pi_namespace": False,
    }
    # … and so does every module this program and its libraries have loaded.
    loaded = [m for m in list(sys.modules.values()) if isinstance(m, type(sys))]
    differ = [m.__name__ for m in loaded if cheap_test(m) != cheap_test.original(m)]
    assert differ == []
    assert cheap_test(main_window) is True


def test_without_pyside_loaded_nothing_is_installed(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert speed_up_import_check() is False


def test_a_call_of_another_shape_goes_to_pysides_own_test(messy_modules):
    """A later PySide6 asking with more arguments (or about something not a module) gets its
    own test's answer, never a guess."""
    from salesperf_desktop.pyside_imports import _uses_pyside_test

    asked = []

    def own(*args):
        asked.append(args)
        return "own answer"

    test = _uses_pyside_test(own)
    module = messy_modules["t_pi_plain"]
    assert test(module, "extra") == "own answer"
    assert test("t_pi_plain") == "own answer"
    assert asked == [(module, "extra"), ("t_pi_plain",)]
    assert test(module) is False and len(asked) == 2  # the usual call: read here
