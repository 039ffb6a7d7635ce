#!/usr/bin/env bash
# Idempotent set-up for a Debian/Ubuntu machine: system libraries Qt needs, a CJK font,
# PDF tools used by the tests, a virtual environment in .venv with the package and its dev
# extras. Re-running is fast: each step is skipped when nothing changed.
#   scripts/setup.sh          # what the tests need
#   scripts/setup.sh --gui    # plus what a real window (X11/Xvfb) needs
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${SALESPERF_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

base_pkgs=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
           fonts-wqy-microhei poppler-utils poppler-data)
gui_pkgs=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-randr0)
pkgs=("${base_pkgs[@]}")
if [[ "${1:-}" == "--gui" ]]; then pkgs+=("${gui_pkgs[@]}"); fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for p in "${pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "setup: installing system packages: ${missing[*]}"
        SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
else
    echo "setup: not a Debian-like system; install Qt's libraries and a CJK font yourself" >&2
fi

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "setup: creating virtual environment $VENV"
    "$PYTHON" -m venv "$VENV"
fi
# Reinstall only when the project's metadata changed, or when the venv holds a Qt binding known
# to crash on its Python (PySide6 6.12.0 before 3.12, e.g. installed by hand): pip then replaces
# it by a version pyproject.toml allows (a downgrade where needed).
stamp="$VENV/.salesperf-installed"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
binding_ok() { "$VENV/bin/python" -m salesperf_desktop.binding_check >/dev/null 2>&1; }
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]] || ! binding_ok; then
    echo "setup: installing salesperf-desktop and its dev extras into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[dev]"
    if ! binding_ok; then
        "$VENV/bin/python" -m salesperf_desktop.binding_check >&2 || true
        echo "setup: the Qt binding above is known to crash on this Python; see" \
             "docs/design/engineering-notes.md" >&2
        exit 1
    fi
    echo "$want" > "$stamp"
fi
# Compiled translations are build output: refresh them when a .ts is newer than its .qm.
if [[ -x "$VENV/bin/python" ]] && ls translations/*.ts >/dev/null 2>&1; then
    "$VENV/bin/python" -m salesperf_desktop.build_translations --if-stale
fi
