"""The Plugin Manager zip and the profile install that the Makefile offers."""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_package_is_installable_layout(tmp_path):
    if not list((ROOT / "resources" / "i18n").glob("*.qm")):
        pytest.fail("compile translations first (make transcompile)")
    out = tmp_path / "patrolmap.zip"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "package.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    names = zipfile.ZipFile(out).namelist()
    assert all(n.startswith("patrolmap/") for n in names)
    for required in (
        "patrolmap/metadata.txt",
        "patrolmap/__init__.py",
        "patrolmap/LICENSE",
        "patrolmap/plugin/patrolmap_plugin.py",
        "patrolmap/resources/i18n/patrolmap_zh_CN.qm",
        "patrolmap/resources/styles/patrol_zones.qml",
        "patrolmap/resources/icons/patrolmap.svg",
    ):
        assert required in names
    for excluded in ("tests/", ".ci/", "bench/", "tools/", "seeds/", "Makefile"):
        assert not any(n.startswith("patrolmap/" + excluded) for n in names), excluded
    metadata = configparser.ConfigParser()
    metadata.read_string(zipfile.ZipFile(out).read("patrolmap/metadata.txt").decode())
    assert metadata["general"]["hasProcessingProvider"] == "yes"
    assert metadata["general"]["qgisMinimumVersion"] == "3.22"


def test_install_links_and_enables_without_clobbering(tmp_path):
    run = [sys.executable, str(ROOT / "tools" / "install_plugin.py"), "--profiles-path", str(tmp_path)]
    subprocess.run(run, check=True, capture_output=True)
    link = tmp_path / "profiles" / "default" / "python" / "plugins" / "patrolmap"
    assert link.is_symlink() and link.resolve() == ROOT
    ini = (tmp_path / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text()
    assert "patrolmap=true" in ini
    subprocess.run(run, check=True, capture_output=True)  # idempotent
    # A real folder of the user's is never replaced.
    other = tmp_path / "other"
    plugins = other / "profiles" / "default" / "python" / "plugins" / "patrolmap"
    plugins.mkdir(parents=True)
    (plugins / "mine.txt").write_text("keep")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "install_plugin.py"), "--profiles-path", str(other)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "not a link" in result.stderr
    assert (plugins / "mine.txt").read_text() == "keep"


def test_qgis_process_finds_and_runs_the_algorithms(tmp_path, demo_gpkg):
    """The plugin installed in a profile: qgis_process lists and runs its algorithms."""
    import json
    import os
    import shutil
    import sysconfig

    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    if binary is None:
        pytest.fail("qgis_process is not installed")
    share = tmp_path / "share"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "install_plugin.py"),
            "--profiles-path",
            str(share / "QGIS" / "QGIS3"),
        ],
        check=True,
        capture_output=True,
    )
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(share),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": sysconfig.get_paths()["purelib"],
    }
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis's; it would hide the profile
    listing = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, timeout=180).stdout
    for alg in (
        "assignzones",
        "coverage",
        "createcommandmap",
        "dutymap",
        "fetchunits",
        "isochrones",
        "nearestunits",
        "responsezones",
        "traveltimematrix",
        "zoneworkload",
    ):
        assert f"patrolmap:{alg}" in listing
    out = tmp_path / "iso.gpkg"
    run = subprocess.run(
        [
            binary,
            "run",
            "patrolmap:isochrones",
            "--json",
            "--",
            f"NETWORK={demo_gpkg}|layername=roads",
            f"ORIGINS={demo_gpkg}|layername=stations",
            "ORIGIN_ID_FIELD=station_id",
            "BREAKS=1,3",
            f"OUTPUT={out}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    start = run.stdout.index("{")
    assert json.loads(run.stdout[start:])["results"]["OUTPUT"].startswith(str(out))
    from osgeo import ogr

    assert ogr.Open(str(out)).GetLayer(0).GetFeatureCount() == 16  # 8 stations × 2 breaks
    # The assignment's report outputs come through qgis_process's JSON too.
    zones_out = tmp_path / "assigned.gpkg"
    run = subprocess.run(
        [
            binary,
            "run",
            "patrolmap:assignzones",
            "--json",
            "--",
            f"NETWORK={demo_gpkg}|layername=roads",
            f"ZONES={demo_gpkg}|layername=patrol_zones",
            f"STATIONS={demo_gpkg}|layername=stations",
            "MIN_ZONES=4",
            "MAX_ZONES=6",
            f"OUTPUT={zones_out}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout[run.stdout.index("{") :])["results"]
    assert results["UNMET_COUNT"] == 0 and "KS-03 (station): " in results["REPORT"]
    assert ogr.Open(str(zones_out)).GetLayer(0).GetFeatureCount() == 38

    # The duty map prints headless too (qgis_process has no GUI, but layouts and fonts work).
    pdf = tmp_path / "duty.pdf"
    run = subprocess.run(
        [
            binary,
            "run",
            "patrolmap:dutymap",
            "--json",
            "--",
            f"ZONES={demo_gpkg}|layername=patrol_zones",
            f"ROSTER={demo_gpkg}|layername=duty_roster",
            f"STATIONS={demo_gpkg}|layername=stations",
            "TITLE=示范辖区巡防勤务图",
            "DATE=2024-05-20",
            "SHIFT=night",
            "ATLAS=false",
            f"OUTPUT={pdf}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout[run.stdout.index("{") :])["results"]["PAGES"] == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "示范辖区巡防勤务图" in text and "夜班 20:00–08:00" in text
