"""A cheaper form of the test PySide6 runs after every import, once PySide6 is loaded.

PySide6 replaces ``__import__`` (for ``from __feature__ import snake_case``); after each new
module it asks ``shibokensupport.feature._mod_uses_pyside``, which reads the module's source
with ``inspect.getsource``. That goes through ``inspect.getmodule``, which walks every loaded
module, and keeps each source in ``linecache``: at this program's start (hundreds of modules
imported after Qt: SQLAlchemy, the models, the services, matplotlib) it costs a tenth of a
second and more of CPU, all on the GIL.

``speed_up_import_check`` puts in a test with the same answer (the word "PySide6" in the
module's source file), read as bytes. A module whose file cannot be read that way (in a zip,
say) is asked the original test. tests/test_pyside_imports.py compares the two.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE = "shibokensupport.feature"


def _uses_pyside_test(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType, *more) -> bool:
        if more or not isinstance(module, ModuleType):  # asked otherwise by a later PySide6
            return original(module, *more)
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return False  # no source file: built in, compiled only, an extension, a namespace
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def speed_up_import_check() -> bool:
    """Install the cheaper test (once); False when PySide6 is not loaded or has no such test."""
    feature = sys.modules.get(_FEATURE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if not hasattr(original, "original"):
        feature._mod_uses_pyside = _uses_pyside_test(original)
    return True
