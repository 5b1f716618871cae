"""Shared fixtures. Tests in tests/core import no QGIS; the rest use pytest-qgis."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def demo_gpkg(tmp_path) -> Path:
    """A private copy of the demo command map, so no test can change the committed one."""
    import shutil

    src = SEEDS / "demo_city.gpkg"
    if not src.exists():
        pytest.fail(f"{src} is missing: run `make seeds`")
    dst = tmp_path / "demo_city.gpkg"
    shutil.copy(src, dst)
    return dst


@pytest.fixture(scope="session")
def root_package():
    """The checkout imported as the installed plugin is: a package named ``patrolmap``."""
    import importlib.util
    import sys

    if "patrolmap" in sys.modules:
        return sys.modules["patrolmap"]
    spec = importlib.util.spec_from_file_location(
        "patrolmap", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["patrolmap"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def processing(qgis_app):
    """QGIS's Processing framework with the PatrolMap provider registered."""
    import sys

    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from plugin.processing.provider import PatrolMapProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("patrolmap") is None:
        provider = PatrolMapProvider()
        registry.addProvider(provider)
    import processing as processing_module

    yield processing_module
