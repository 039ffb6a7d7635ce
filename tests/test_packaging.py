"""The wheel: built without setuptools warnings, it carries what the installed program reads from
disk (compiled translations, the CJK font, icons, the Alembic migrations)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_an_spdx_expression_and_the_backend_reads_it():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(project["project"]["license"], str)  # not the deprecated table
    requires = project["build-system"]["requires"]
    assert any(r.replace(" ", "").startswith("setuptools>=77") for r in requires)
    # lrelease at build time: the wheel's .qm files are compiled from the .ts in the same build.
    assert any(r.startswith("PySide6-Essentials") for r in requires)


@pytest.mark.slow
def test_wheel_builds_quietly_and_carries_translations_font_icons_and_migrations(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    output = done.stdout + done.stderr
    for noise in ("BuildBackendWarning", "SetuptoolsDeprecationWarning", "is absent from the"):
        assert noise not in output, output[-3000:]
    (wheel,) = tmp_path.glob("salesperf_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("zh_CN", "zh_TW", "en"):
        assert f"salesperf_desktop/translations/salesperf_{lang}.qm" in names
        assert f"salesperf_desktop/translations/salesperf_{lang}.ts" in names
    for needed in (
        "salesperf_desktop/resources/fonts/wqy-microhei.ttc",
        "salesperf_desktop/resources/fonts/LICENSE-wqy-microhei.txt",
        "salesperf_desktop/resources/icons/salesperf.svg",
        "salesperf_desktop/resources/icons/salesperf.ico",
        "salesperf_desktop/storage/migrations/env.py",
        "salesperf_desktop/storage/migrations/script.py.mako",
    ):
        assert needed in names
    shipped = {n.rsplit("/", 1)[-1] for n in names if "/migrations/versions/" in n}
    in_tree = {
        p.name for p in (ROOT / "salesperf_desktop/storage/migrations/versions").glob("*.py")
    }
    assert in_tree <= shipped
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))
    )
    assert b"License-Expression: LicenseRef-Proprietary" in metadata
    # A .qm compiled from the Chinese .ts holds Chinese text (UTF-16 inside the file).
    qm = zipfile.ZipFile(wheel).read("salesperf_desktop/translations/salesperf_zh_CN.qm")
    assert "员工".encode("utf-16-be") in qm
