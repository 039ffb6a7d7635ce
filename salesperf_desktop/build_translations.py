"""Compile translations/*.ts to .qm with pyside6-lrelease (the project's translation build step)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def _lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def build(directory: Path = TRANSLATIONS_DIR, *, only_stale: bool = False) -> list[Path]:
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--if-stale", action="store_true", help="only rebuild outdated .qm files")
    args = parser.parse_args(argv)
    if not TRANSLATIONS_DIR.is_dir():
        return 0
    for qm in build(only_stale=args.if_stale):
        print(f"built {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
