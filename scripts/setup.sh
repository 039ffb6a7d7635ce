#!/usr/bin/env bash
# Idempotent set-up for a Debian/Ubuntu machine: system libraries Qt needs, a CJK font,
# PDF tools used by the tests, Python's venv support, a virtual environment in .venv with the
# package and its dev extras, the compiled translations. Re-running is fast: each step is
# skipped when nothing changed. One line per step that does something; tool output is shown
# only when a step fails.
#   scripts/setup.sh          # what the tests need
#   scripts/setup.sh --gui    # plus what a real window (X11/Xvfb) needs
# Run it as yourself (system packages are installed through sudo) or as root. Under
# `sudo scripts/setup.sh` the virtual environment is still made by the checkout's owner.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${SALESPERF_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/salesperf-setup.XXXXXX")"
trap 'rm -rf "$LOG_DIR"' EXIT

step() { echo "setup: $*"; }
fail() { echo "setup: FAILED: $*" >&2; exit 1; }
# Run a command with its output kept aside; show it only if the command fails.
quietly() {
    local log="$LOG_DIR/step.log"
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        fail "$*"
    fi
}

command -v "$PYTHON" >/dev/null 2>&1 || fail "$PYTHON not found; install Python 3.10 or newer"
PY_REAL="$(readlink -f "$(command -v "$PYTHON")")"
# pyenv and similar put a shell script (a shim) first on PATH: ask the interpreter itself.
read -r PY_EXE PY_VER < <("$PYTHON" -c 'import sys; print(sys.executable, "%d.%d" % sys.version_info[:2])')
[[ -x "$PY_EXE" ]] || PY_EXE="$PY_REAL"

# --------------------------------------------------------------------------- system packages
base_pkgs=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
           fonts-wqy-microhei poppler-utils poppler-data)
gui_pkgs=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-randr0)
pkgs=("${base_pkgs[@]}")
if [[ "${1:-}" == "--gui" ]]; then pkgs+=("${gui_pkgs[@]}"); fi

have_apt=0
command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && have_apt=1
# Debian's own Python keeps ensurepip (what `python3 -m venv` needs) in a separate package,
# python3-venv; a Python of its own (pyenv, python.org, conda) brings it along.
venv_pkg=""
if ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1 || ! "$PYTHON" -c "import venv" >/dev/null 2>&1 \
   || { ((have_apt)) && [[ "$PY_EXE" == /usr/bin/* ]] && ! dpkg-query -W -f='${Status}' "python$PY_VER-venv" 2>/dev/null | grep -q "install ok installed"; }; then
    if ((have_apt)) && [[ "$PY_EXE" == /usr/bin/* ]]; then
        venv_pkg="python$PY_VER-venv"
        # python3-venv is the name people know; it pulls in python3.X-venv for the default 3.X.
        [[ "$(readlink -f /usr/bin/python3 2>/dev/null)" == "$PY_REAL" ]] && venv_pkg="python3-venv"
    else
        fail "$PYTHON ($PY_EXE) cannot create virtual environments (no ensurepip); install its venv support"
    fi
fi

if [[ -z "${SALESPERF_SKIP_APT:-}" ]]; then
    if ((have_apt)); then
        missing=()
        for p in "${pkgs[@]}" ${venv_pkg:+"$venv_pkg"}; do
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
        done
        if ((${#missing[@]})); then
            SUDO=()
            if [[ $(id -u) -ne 0 ]]; then
                command -v sudo >/dev/null 2>&1 \
                    || fail "not root and no sudo: as root, run apt-get install ${missing[*]}"
                SUDO=(sudo)
            fi
            step "installing system packages: ${missing[*]}"
            quietly "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
            quietly "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -q --no-install-recommends "${missing[@]}"
        fi
    else
        echo "setup: not a Debian-like system; install Qt's libraries and a CJK font yourself" >&2
    fi
fi

# Started with sudo by a normal user: the rest (the venv, the compiled translations) belongs to
# the checkout's owner, or their next run would meet files they cannot write.
owner="$(stat -c %U "$ROOT")"
if [[ $(id -u) -eq 0 && -n "${SUDO_USER:-}" && "$owner" != root && "$owner" == "$SUDO_USER" ]]; then
    exec sudo -u "$SUDO_USER" -H env SALESPERF_SKIP_APT=1 ${SALESPERF_VENV:+SALESPERF_VENV="$SALESPERF_VENV"} \
        PYTHON="$PYTHON" "$ROOT/scripts/setup.sh" "$@"
fi

# --------------------------------------------------------------------------- virtual environment
# A venv is usable only if its pip runs: `python3 -m venv` without ensurepip leaves a
# half-made .venv/bin/python behind, which must not pass for a working environment.
venv_works() { [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; }
if ! venv_works; then
    if [[ -e "$VENV" ]]; then
        step "rebuilding the broken virtual environment $VENV (its pip does not run)"
        rm -rf "$VENV"
    else
        step "creating virtual environment $VENV (Python $PY_VER)"
    fi
    quietly "$PYTHON" -m venv "$VENV"
    venv_works || fail "the new virtual environment $VENV has no working pip"
fi

# Reinstall only when the project's metadata changed, or when the venv holds a Qt binding known
# to crash on its Python (PySide6 6.12.0 before 3.12, e.g. installed by hand): pip then replaces
# it by a version pyproject.toml allows (a downgrade where needed).
stamp="$VENV/.salesperf-installed"
want="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
binding_ok() { "$VENV/bin/python" -m salesperf_desktop.binding_check >/dev/null 2>&1; }
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]] || ! binding_ok; then
    step "installing salesperf-desktop and its dev extras into $VENV (about a minute the first time)"
    quietly "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    quietly "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[dev]"
    if ! binding_ok; then
        "$VENV/bin/python" -m salesperf_desktop.binding_check >&2 || true
        fail "the Qt binding above is known to crash on this Python; see docs/design/engineering-notes.md"
    fi
    echo "$want" > "$stamp"
fi

# --------------------------------------------------------------------------- translations
# Compiled translations are build output: refresh them when a .ts is newer than its .qm.
stale=0
for ts in translations/*.ts; do
    [[ -e "$ts" ]] || continue
    qm="${ts%.ts}.qm"
    [[ -f "$qm" && ! "$ts" -nt "$qm" ]] || stale=1
done
if ((stale)); then
    step "compiling translations"
    quietly "$VENV/bin/python" -m salesperf_desktop.build_translations --if-stale
fi
