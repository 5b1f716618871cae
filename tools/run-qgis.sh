#!/usr/bin/env bash
# Open QGIS with PatrolMap installed in a throw-away profiles folder and a project loaded.
#   tools/run-qgis.sh PROFILES_DIR PROJECT.qgz
set -euo pipefail
profiles=$1 project=$2
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/.venv/bin/python" "$here/tools/install_plugin.py" --profiles-path "$profiles"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "make qgis opens the QGIS desktop and needs a display (DISPLAY is not set)." >&2
  echo "Headless, use: xvfb-run -a make qgis" >&2
  exit 1
fi
exec qgis --profiles-path "$profiles" --project "$project" --nologo
