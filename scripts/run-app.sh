#!/usr/bin/env bash
# Set up (if needed) and start SalesPerf Desktop. Arguments go to the program, e.g. --demo, --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --gui
export LANG="${LANG:-C.UTF-8}"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$(uname)" == "Linux" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run-app: no display found; starting on a virtual X screen (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/salesperf "$@"
fi
exec .venv/bin/salesperf "$@"
