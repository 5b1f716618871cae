"""What every PatrolMap algorithm gets from the base algorithm (issue 12 item 4, issue 11 item 11)."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

ROOT = Path(__file__).resolve().parents[2]


def _algorithms(processing):
    return QgsApplication.processingRegistry().providerById("patrolmap").algorithms()


def test_groups_have_stable_ids_and_translated_names(processing):
    from plugin.processing.base import group_names

    names = group_names()
    for algorithm in _algorithms(processing):
        assert algorithm.groupId() in names, algorithm.id()
        assert algorithm.group() == names[algorithm.groupId()]
    groups = {a.id(): a.groupId() for a in _algorithms(processing)}
    assert groups["patrolmap:coverage"] == "network"
    assert groups["patrolmap:assignzones"] == groups["patrolmap:zoneworkload"] == "zones"
    assert groups["patrolmap:dutymap"] == "print"


def test_every_algorithm_has_help_text_and_a_help_page_in_the_repository(processing):
    for algorithm in _algorithms(processing):
        name = algorithm.name()
        assert algorithm.shortHelpString().strip(), name
        url = algorithm.helpUrl()
        assert url.startswith("https://github.com/") and url.endswith(f"/docs/algorithms/{name}.md"), url
        page = ROOT / "docs" / "algorithms" / f"{name}.md"
        assert page.is_file(), page
        text = page.read_text(encoding="utf-8")
        # The page names every parameter and every output of the algorithm by its id.
        for definition in algorithm.parameterDefinitions():
            assert f"`{definition.name()}`" in text, (name, definition.name())
        for output in algorithm.outputDefinitions():
            assert f"`{output.name()}`" in text, (name, output.name())


def test_zone_and_station_parameters_are_declared_alike(processing):
    registry = QgsApplication.processingRegistry()
    assign = registry.algorithmById("patrolmap:assignzones")
    workload = registry.algorithmById("patrolmap:zoneworkload")
    validate = registry.algorithmById("patrolmap:validatezones")
    for name in ("ZONES",):
        a, w, v = (alg.parameterDefinition(name) for alg in (assign, workload, validate))
        assert a.description() == w.description() == v.description()
        assert a.dataTypes() == w.dataTypes() == v.dataTypes()
    for name in ("MIN_ZONES", "MAX_ZONES", "MIN_PLATFORM_ZONES"):
        a, v = assign.parameterDefinition(name), validate.parameterDefinition(name)
        assert a.description() == v.description() and a.defaultValue() == v.defaultValue()


def test_the_default_speed_shows_without_decimals(processing, qgis_app):
    from qgis.gui import QgsDoubleSpinBox, QgsGui, QgsProcessingGui

    algorithm = QgsApplication.processingRegistry().algorithmById("patrolmap:isochrones")
    definition = algorithm.parameterDefinition("DEFAULT_SPEED_KMH")
    assert definition.dataType() == QgsProcessingParameterNumber.Type.Double  # any speed via scripts
    from qgis.core import Qgis

    mode = getattr(getattr(Qgis, "ProcessingMode", None), "Standard", None)  # QGIS 3.36+
    if mode is None:
        mode = QgsProcessingGui.WidgetType.Standard
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(definition, mode)
    widget = wrapper.createWrappedWidget(QgsProcessingContext())
    spin = widget if isinstance(widget, QgsDoubleSpinBox) else widget.findChild(QgsDoubleSpinBox)
    assert spin is not None
    assert spin.text() == "30"


def test_a_required_output_that_cannot_be_made_raises(processing, tmp_path):
    from plugin.processing.base import PatrolMapAlgorithm

    class Probe(PatrolMapAlgorithm):
        ALG_ID = "probe"

        def initAlgorithm(self, config=None):  # noqa: N802
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out"))
            self.addParameter(QgsProcessingParameterFeatureSink("EXTRA", "extra", optional=True))

    probe = Probe()
    probe.initAlgorithm()
    context = QgsProcessingContext()
    bad = str(tmp_path / "no such folder" / "out.unknownformat")
    from qgis.core import QgsFields, QgsWkbTypes

    with pytest.raises(QgsProcessingException):
        probe.sink({"OUTPUT": bad}, "OUTPUT", context, QgsFields(), QgsWkbTypes.Type.Point)
    assert probe.sink({}, "EXTRA", context, QgsFields(), QgsWkbTypes.Type.Point) == (None, None)
    sink, dest = probe.sink({"OUTPUT": "memory:"}, "OUTPUT", context, QgsFields(), QgsWkbTypes.Type.Point)
    assert sink is not None and dest


def test_no_algorithm_reads_the_project_instead_of_its_context():
    for path in (ROOT / "plugin" / "processing").glob("*.py"):
        if path.name == "fetch_units.py":
            continue  # the dispatch feed's module
        assert "QgsProject.instance()" not in path.read_text(encoding="utf-8"), path.name


def test_the_help_pages_are_made_from_the_algorithms_as_they_are(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "algorithm_docs.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:] + "\nrun tools/algorithm_docs.py"
