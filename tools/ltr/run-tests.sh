#!/usr/bin/env bash
# Run the test suite on QGIS 3.40 LTR (Debian 13 "trixie") inside a debootstrap root.
# The root is kept between runs (LTR_ROOT, default /var/cache/patrolmap/trixie-qgis) and only
# topped up when the package list below changes. Needs root (chroot and mounts).
#   tools/ltr/run-tests.sh [pytest args…]
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
ROOT=${LTR_ROOT:-/var/cache/patrolmap/trixie-qgis}
PACKAGES="qgis python3-qgis qgis-providers python3-scipy python3-shapely python3-geographiclib python3-pyproj \
python3-networkx python3-requests python3-pytest python3-pip python3-venv \
fonts-noto-cjk poppler-utils xauth ca-certificates git proj-data"
PIP_PACKAGES="pytest-qgis>=2.0,<6 pytest-qt>=4.2,<5 hypothesis>=6.80,<7"
WANT=$(echo "$PACKAGES $PIP_PACKAGES" | sha256sum | cut -c1-16)
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

command -v debootstrap >/dev/null || { $SUDO apt-get update -q; $SUDO apt-get install -y -q debootstrap; }

mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do $SUDO umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {  # bind SRC DEST [ro]
  $SUDO mkdir -p "$2"
  $SUDO mount --bind "$1" "$2"
  mounted+=("$2")
  if [ "${3:-}" = ro ]; then $SUDO mount -o remount,bind,ro "$2"; fi
}

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  echo "Creating the Debian 13 root in $ROOT (about 30 s)…"
  $SUDO rm -rf "$ROOT.part"
  $SUDO mkdir -p "$(dirname "$ROOT")"
  $SUDO debootstrap --variant=minbase trixie "$ROOT.part" >/dev/null
  $SUDO mv "$ROOT.part" "$ROOT"
fi

bind /proc "$ROOT/proc"
bind /sys "$ROOT/sys"
bind /dev "$ROOT/dev"
$SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# Networks that inspect TLS add their CA to the host's bundle and point pip at it: the root's
# pip must trust the same CAs and use the same index settings.
$SUDO mkdir -p "$ROOT/etc/ssl/certs"
[ -f /etc/ssl/certs/ca-certificates.crt ] && $SUDO cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/host-ca-certificates.crt"
[ -f /etc/pip.conf ] && sed 's#/etc/ssl/certs/ca-certificates.crt#/etc/ssl/certs/host-ca-certificates.crt#' /etc/pip.conf | $SUDO tee "$ROOT/etc/pip.conf" >/dev/null
PIP_CERT_OPT=$([ -f /etc/ssl/certs/ca-certificates.crt ] && echo "--cert /etc/ssl/certs/host-ca-certificates.crt" || true)

if [ "$(cat "$ROOT/.patrolmap-packages" 2>/dev/null)" != "$WANT" ]; then
  echo "Installing QGIS 3.40 and the test tools in the root (about 2–3 min)…"
  $SUDO chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive bash -c "
    set -e
    apt-get update -q
    apt-get install -y -q --no-install-recommends $PACKAGES >/dev/null
    [ -x /opt/venv/bin/python ] || python3 -m venv --system-site-packages /opt/venv
    /opt/venv/bin/pip install -q --disable-pip-version-check $PIP_CERT_OPT $(printf "'%s' " $PIP_PACKAGES)"
  echo "$WANT" | $SUDO tee "$ROOT/.patrolmap-packages" >/dev/null
fi

bind "$SRC" "$ROOT/src"
echo "QGIS in the root: $($SUDO chroot "$ROOT" /opt/venv/bin/python -c 'from qgis.core import Qgis; print(Qgis.version())' 2>/dev/null)"
$SUDO chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 PROJ_DATA=/usr/share/proj \
  bash -c "cd /src && /opt/venv/bin/python -m pytest -p no:cacheprovider $(printf '%q ' "$@")"
