"""Link this checkout into a QGIS profile as the plugin `patrolmap` and enable it.

    tools/install_plugin.py                       the default profile of the current user
    tools/install_plugin.py --profiles-path DIR   a throw-away profiles root (make qgis), as
                                                  given to `qgis --profiles-path DIR`

An existing `patrolmap` folder that is not a link to this checkout is left alone.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from qgis.PyQt.QtCore import QSettings

ROOT = Path(__file__).resolve().parent.parent


def install(profiles_root: Path, profile: str = "default") -> Path:
    """``profiles_root`` is what QGIS's --profiles-path takes: profiles live in its profiles/."""
    profiles = profiles_root / "profiles"
    plugins = profiles / profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / "patrolmap"
    if target.is_symlink():
        if target.resolve() != ROOT:
            target.unlink()
    elif target.exists():
        raise SystemExit(f"{target} exists and is not a link to this checkout: remove it first")
    if not target.exists():
        os.symlink(ROOT, target, target_is_directory=True)
    ini = profiles / profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("PythonPlugins/patrolmap", True)
    settings.setValue("PythonPlugins/processing", True)
    settings.sync()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path.home() / ".local" / "share" / "QGIS" / "QGIS3"
    parser.add_argument("--profiles-path", type=Path, default=default)
    parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    target = install(args.profiles_path, args.profile)
    print(f"PatrolMap linked at {target} and enabled; restart QGIS to load it.")


if __name__ == "__main__":
    main()
