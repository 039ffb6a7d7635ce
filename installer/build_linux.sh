#!/usr/bin/env bash
# Build SalesPerf Desktop into one folder (PyInstaller onedir) and smoke-test it.
#   installer/build_linux.sh              # -> installer/dist/salesperf/ and a .tar.gz beside it
#   installer/build_linux.sh --no-smoke   # skip the start-and-quit check
# Steps: set-up (.venv), PyInstaller into the venv (the [installer] extra), the package staged as
# in the wheel (translations compiled), PyInstaller with installer/salesperf.spec, the bundle size,
# then a smoke check: the built program starts offscreen on a new database, creates and migrates
# it, and exits 0; salesperf-cli (same folder) then reads that database.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${SALESPERF_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
export LANG="${LANG:-C.UTF-8}"

scripts/setup.sh
# The bundle carries the venv's Python and PySide6: never a pair known to crash (PySide6 6.12.0
# before Python 3.12). setup.sh installs what pyproject.toml allows; this says so if not.
"$PY" -m salesperf_desktop.binding_check || { echo "build: refused (see above)" >&2; exit 1; }
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build: installing PyInstaller into $VENV"
    "$PY" -m pip install -q "pyinstaller>=6.5"
fi
VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"

echo "build: compiling translations"
"$PY" -m salesperf_desktop.build_translations
"$PY" -m salesperf_desktop.build_translations --check >/dev/null \
    || echo "build: WARNING: some strings are untranslated (build_translations --report)"

STAGE="$ROOT/installer/build/stage"
rm -rf "$STAGE"
echo "build: staging the package as installed from the wheel"
mkdir -p "$ROOT/installer/build"
if ! "$PY" -m pip install -q --no-deps --target "$STAGE" . >"$ROOT/installer/build/stage.log" 2>&1; then
    cat "$ROOT/installer/build/stage.log" >&2
    echo "build: staging failed" >&2
    exit 1
fi

echo "build: PyInstaller (about a minute)"
start=$(date +%s)
SALESPERF_STAGE="$STAGE" "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$ROOT/installer/dist" --workpath "$ROOT/installer/build/work" \
    installer/salesperf.spec
BUNDLE="$ROOT/installer/dist/salesperf"
echo "build: done in $(( $(date +%s) - start )) s: $BUNDLE"
echo "build: bundle size $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"

# Things PyInstaller does not pick up by itself: check they are inside.
test -x "$BUNDLE/salesperf-cli" || { echo "build: MISSING in bundle: salesperf-cli" >&2; exit 1; }
internal="$BUNDLE/_internal/salesperf_desktop"
for f in translations/salesperf_zh_CN.qm translations/salesperf_zh_TW.qm resources/fonts/wqy-microhei.ttc \
         resources/icons/salesperf.svg storage/migrations/env.py storage/migrations/script.py.mako; do
    test -f "$internal/$f" || { echo "build: MISSING in bundle: $f" >&2; exit 1; }
done
ls "$internal/storage/migrations/versions/"*.py >/dev/null
find "$BUNDLE/_internal" -name "qtbase_zh_CN.qm" | grep -q . \
    || echo "build: WARNING: Qt's own Chinese strings (qtbase_zh_CN.qm) are not in the bundle"

if [[ "${1:-}" != "--no-smoke" ]]; then
    echo "build: smoke check"
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    set +e
    QT_QPA_PLATFORM=offscreen SALESPERF_DATA_DIR="$tmp/data" HOME="$tmp/home" \
        timeout 60 "$BUNDLE/salesperf" --db "$tmp/x.sqlite" --lang zh_CN --quit-after 3000 \
        >"$tmp/out.log" 2>&1
    code=$?
    set -e
    if [[ $code -ne 0 ]]; then
        echo "build: smoke check FAILED: exit code $code" >&2
        cat "$tmp/out.log" >&2
        exit 1
    fi
    head="$(SALESPERF_DATA_DIR="$tmp/data" "$PY" -c \
        'from salesperf_desktop.storage.database import head_revision; print(head_revision())')"
    got="$("$PY" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select version_num from alembic_version").fetchone()[0])' "$tmp/x.sqlite")"
    if [[ "$got" != "$head" ]]; then
        echo "build: smoke check FAILED: alembic_version is '$got', expected '$head'" >&2
        exit 1
    fi
    echo "build: smoke check passed (database created at schema $got, exit code 0)"
    # The command-line program of the same bundle reads that database.
    if ! SALESPERF_DATA_DIR="$tmp/data" timeout 60 "$BUNDLE/salesperf-cli" --db "$tmp/x.sqlite" info \
            >"$tmp/cli.log" 2>&1 || ! grep -q "schema: *$head" "$tmp/cli.log"; then
        echo "build: smoke check FAILED: salesperf-cli info" >&2
        cat "$tmp/cli.log" >&2
        exit 1
    fi
    echo "build: salesperf-cli smoke check passed"
fi

tarball="$ROOT/installer/dist/salesperf-desktop-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$ROOT/installer/dist" -czf "$tarball" salesperf
echo "build: archive $tarball ($(du -h "$tarball" | cut -f1))"
