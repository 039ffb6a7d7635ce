#!/usr/bin/env bash
# Set up (if needed) and run every test, offscreen. Extra arguments go to pytest.
#
# The suite runs in one worker per core (pytest-xdist, a test file per worker at a time), then
# the tests marked `serial` run on their own: they measure the GUI thread's responsiveness,
# which other tests running beside them would disturb. With `-n …` or `-m …` among the
# arguments pytest runs once, exactly as asked.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export LANG="${LANG:-C.UTF-8}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for arg in "$@"; do
    case "$arg" in
        -n | -n* | --numprocesses* | -m | -m*) exec .venv/bin/python -m pytest "$@" ;;
    esac
done
status=0
.venv/bin/python -m pytest -n auto --dist loadfile -m "not serial" "$@" || status=$?
serial=0
.venv/bin/python -m pytest -m serial "$@" || serial=$?
# 5: no test selected (e.g. only a folder without serial tests was asked for)
if [[ $serial -ne 0 && $serial -ne 5 ]]; then status=$serial; fi
exit "$status"
