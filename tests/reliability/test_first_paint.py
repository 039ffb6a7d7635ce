"""Start-up in two steps: the window first (read with sqlite3), the ORM after the paint.

What must hold: the first paint does not load SQLAlchemy; it shows the company and how many
people the register holds; anything but a ready file (new, older/newer schema, damaged) is
opened the full way before a window appears; a password is asked before any data is shown;
the tabs replace the opening page.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget
from shiboken6 import isValid

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services import security
from salesperf_desktop.services.opening import NotADatabaseError, first_look
from salesperf_desktop.services.overview import staff_count
from salesperf_desktop.ui.main_window import MainWindow
from salesperf_desktop.ui.staff_tab import StaffTab

FIRST_PAINT_MODULES = (
    "salesperf_desktop.__main__",
    "salesperf_desktop.i18n_qt",
    "salesperf_desktop.instance_lock",
    "salesperf_desktop.services.opening",
    "salesperf_desktop.ui.main_window",
    "salesperf_desktop.ui.first_paint",
    "salesperf_desktop.ui.restore_dialog",
    "salesperf_desktop.ui.password_dialog",
    "salesperf_desktop.ui.fault_hooks",
)


def _env(tmp_path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
    }


def _after_first_paint_imports(tmp_path, expression: str) -> str:
    """What *expression* prints in a fresh program that imported what the first paint needs."""
    code = "import sys\n" + "".join(f"import {m}\n" for m in FIRST_PAINT_MODULES)
    code += f"print({expression})"
    done = subprocess.run(
        [sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_what_the_first_paint_needs_does_not_load_the_orm(tmp_path):
    loaded = "sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))"
    assert _after_first_paint_imports(tmp_path, loaded) == "[]"


def test_the_fault_dialog_loads_when_a_fault_is_told_not_before_the_first_paint(tmp_path):
    """Its widgets and the fault classes are not needed to paint the window: the handlers
    installed at start-up load it when they tell an error (issue #19)."""
    loaded = "'salesperf_desktop.ui.fault_dialog' in sys.modules"
    assert _after_first_paint_imports(tmp_path, loaded) == "False"


def test_the_first_look_reads_the_company_and_the_staff_count(demo_ctx):
    expected = staff_count(demo_ctx), demo_ctx.settings.get("company_name")
    demo_ctx.close()  # the first look comes before anything opens the file
    look = first_look(demo_ctx.db_path)
    assert look is not None and look.password_hash is None
    assert (look.staff_count, look.company_name) == expected and look.staff_count >= 12


def test_after_an_unclean_stop_the_first_look_leaves_it_to_the_full_open(ctx):
    """A -wal with content may not belong to the file: nothing is shown from it unchecked."""
    ctx.settings.set("company_name", "before")
    ctx.close()
    assert first_look(ctx.db_path).company_name == "before"
    reopened = build_context(ctx.db_path)
    reopened.settings.set("company_name", "in the -wal only")
    assert first_look(ctx.db_path) is None  # the -wal is there (as after a crash)
    reopened.close()


def test_only_a_ready_file_takes_the_quick_way(ctx, tmp_path):
    assert first_look(tmp_path / "missing.sqlite") is None
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert first_look(tmp_path / "empty.sqlite") is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(NotADatabaseError):
        first_look(junk)
    ctx.close()
    assert first_look(ctx.db_path) is not None
    con = sqlite3.connect(ctx.db_path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'written_by_a_newer_version'")
    con.close()
    assert first_look(ctx.db_path) is None  # the full open refuses it, before any window


def test_a_password_hash_is_read_for_the_prompt(ctx):
    security.set_password(ctx, "s3cret")
    ctx.close()
    look = first_look(ctx.db_path)
    assert look is not None and security.verify_password(look.password_hash, "s3cret")
    assert not security.verify_password(look.password_hash, "wrong")


def test_opening_page_then_attach_builds_the_tabs(qtbot, demo_ctx, qsettings):
    demo_ctx.close()
    look = first_look(demo_ctx.db_path)
    demo_ctx = build_context(demo_ctx.db_path)
    window = MainWindow(
        None, settings=qsettings, company_name="E公司", staff_count=look.staff_count
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs: QTabWidget = window.tabs
    assert tabs.count() == 1 and not tabs.tabBar().isVisible()
    opening = tabs.widget(0)
    assert opening.objectName() == "openingPage" and opening.isVisible()
    assert not any(a.isEnabled() for a in window.file_menu.actions())
    assert "E公司" in window.windowTitle()
    shown = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert f"{look.staff_count} staff" in shown

    window.attach(demo_ctx)
    assert tabs.count() == 5 and isinstance(tabs.widget(0), StaffTab)
    assert tabs.tabBar().isVisible() and tabs.currentIndex() == 0
    staff_tab = tabs.widget(0)
    qtbot.waitUntil(lambda: staff_tab.model.rowCount() == look.staff_count)  # background read
    assert all(a.isEnabled() for a in window.file_menu.actions())
    qtbot.waitUntil(
        lambda: not isValid(opening) or opening.parent() is None or not opening.isVisible()
    )


DRIVER = """
import json, sys
from PySide6.QtWidgets import QApplication, QDialog
from salesperf_desktop.ui import password_dialog
seen = {}

def fake_exec(prompt):
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    seen["windows_when_asked"] = len(windows)
    seen["orm_loaded_when_asked"] = "sqlalchemy.orm" in sys.modules
    prompt.password.setText(ANSWER)
    prompt.accept()
    return prompt.result() or QDialog.DialogCode.Rejected

password_dialog.PasswordPrompt.exec = fake_exec
from salesperf_desktop.__main__ import main
code = main(["--db", DB, "--quit-after", "1500"])
seen["code"] = code
print("RESULT " + json.dumps(seen), flush=True)
"""


@pytest.mark.parametrize("answer", ["wrong", "s3cret"])
def test_the_password_is_asked_before_any_window(ctx, tmp_path, answer):
    security.set_password(ctx, "s3cret")
    ctx.close()
    script = f"ANSWER = {answer!r}\nDB = {str(ctx.db_path)!r}\n" + textwrap.dedent(DRIVER)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line, done.stderr[-3000:]
    seen = json.loads(line.removeprefix("RESULT "))
    assert seen["windows_when_asked"] == 0
    assert seen["orm_loaded_when_asked"] is False  # asked on the quick way, before the ORM
    if answer == "wrong":
        assert seen["code"] == 2 and "SALESPERF_SHOWN" not in done.stdout
    else:
        assert seen["code"] == 0 and "SALESPERF_SHOWN" in done.stdout


ATTACH_SCRIPT = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from salesperf_desktop import i18n_qt  # imported by main() before the first paint
from salesperf_desktop.__main__ import _open_in_background
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.ui.main_window import MainWindow

app = QApplication([])
db = Path(sys.argv[1])
window = MainWindow(None, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat),
                    company_name="E", staff_count=13)
window.show()
app.processEvents()
import datetime as dt
plan = window.start_reads(dt.date.today(), "zh_CN")  # as start-up does, on the GUI thread
ctx, error = run_to_end(_open_in_background(db, plan, lambda c: c, []))  # the worker's part
assert error is None, error
on_gui = []

class Recorder:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("salesperf_desktop") and threading.current_thread() is threading.main_thread():
            on_gui.append(name)
        return None

sys.meta_path.insert(0, Recorder())
window.attach(ctx)
window.prefetch_hidden_tabs()
app.processEvents()
window.tasks.wait_all(20000)
app.processEvents()
print(sorted(set(on_gui)))
window.close()
ctx.close()
"""


def test_building_the_tabs_after_the_background_open_imports_nothing_on_the_gui_thread(
    tmp_path, demo_ctx
):
    """What the window needs once the file is open (the tabs, the menus' actions, 本月待办's
    read) is loaded by the background open, not on the GUI thread while it builds the tabs
    (issue #19)."""
    db = demo_ctx.db_path
    demo_ctx.close()
    done = subprocess.run(
        [sys.executable, "-c", ATTACH_SCRIPT, str(db), str(tmp_path / "settings.ini")],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
