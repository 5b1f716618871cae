"""Python packages the analyses need beyond QGIS, checked once so a missing one is a message,
not a traceback at plugin load (Debian 12's QGIS, for one, has no Shapely 2)."""

from __future__ import annotations

from functools import lru_cache

from .i18n import tr


@lru_cache(maxsize=1)
def missing() -> tuple[str, ...]:
    absent = []
    try:
        import scipy.sparse.csgraph  # noqa: F401
    except ImportError:
        absent.append("SciPy")
    try:
        import shapely
    except ImportError:
        absent.append("Shapely ≥ 2")
    else:
        if int(shapely.__version__.split(".")[0]) < 2:
            absent.append(f"Shapely ≥ 2 ({shapely.__version__} found)")
    try:
        import geographiclib.geodesic  # noqa: F401 - ground areas (core.geodesy)
    except ImportError:
        absent.append("geographiclib")
    return tuple(absent)


def message(absent: tuple[str, ...]) -> str:
    return tr(
        "Road-network analyses are off: PatrolMap needs {packages}. Command maps still work. "
        "On Debian/Ubuntu: sudo apt install python3-scipy python3-geographiclib, then "
        'pip install --user "shapely>=2,<2.1" "numpy<2"; on Windows, use the OSGeo4W Shell: '
        'python -m pip install "shapely>=2" geographiclib.'
    ).format(packages=", ".join(absent))
