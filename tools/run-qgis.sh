#!/usr/bin/env bash
# Open QGIS with PatrolMap installed in a throw-away profiles folder and a project loaded.
#   tools/run-qgis.sh PROFILES_DIR PROJECT.qgz
set -euo pipefail
profiles=$1 project=$2
here=$(cd "$(dirname "$0")/.." && pwd)
# Throw-away by design: start clean, so no state of an earlier session (such as QGIS's
# "plugin crashed before" flag) changes what you see.
rm -rf "$profiles"
"$here/.venv/bin/python" "$here/tools/install_plugin.py" --profiles-path "$profiles"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "make qgis opens the QGIS desktop and needs a display (DISPLAY is not set)." >&2
  echo "Headless, use: xvfb-run -a make qgis" >&2
  exit 1
fi
# The desktop gets the same Python packages as the tests (Shapely 2 from the venv; Debian 12
# ships 1.8).
site=$("$here/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
exec qgis --profiles-path "$profiles" --project "$project" --nologo
