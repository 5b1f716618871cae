"""The docks' one Processing runner: a chain of algorithms, one progress, cancel, and a blocking form."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from plugin.gui.alg_runner import AlgorithmRun, Step

pytestmark = pytest.mark.gui


@pytest.fixture
def points(qgis_new_project, processing):
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=name:string", "points", "memory")
    features = []
    for n in range(5):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(n * 100.0, 0.0)))
        feature.setAttributes([f"p{n}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def _chain(points):
    return [
        Step("native:buffer", {"INPUT": points, "DISTANCE": 10.0, "OUTPUT": "memory:"}, required=("OUTPUT",)),
        Step("native:centroids", {"INPUT": points, "OUTPUT": "memory:"}, required=("OUTPUT",)),
    ]


def test_a_chain_runs_in_order_with_one_progress(points, qtbot):
    runner = AlgorithmRun()
    progress, started = [], []
    runner.progress.connect(progress.append)
    runner.step_started.connect(started.append)
    with qtbot.waitSignal(runner.finished, timeout=30000) as signal:
        assert runner.start_chain(_chain(points)) is None
        assert runner.is_running()
        assert runner.start_chain(_chain(points)) == "Still busy with the previous run."
    ok, results, message = signal.args
    assert ok and message == "" and not runner.is_running()
    assert started == [1]
    assert results["OUTPUT"].featureCount() == 5  # the last step's results
    buffers = runner.steps[0].results["OUTPUT"]
    assert isinstance(buffers, QgsVectorLayer) and buffers.featureCount() == 5
    assert buffers.getFeature(1).geometry().area() > 300.0
    assert progress == sorted(progress) and all(0.0 <= p <= 100.0 for p in progress)
    assert any(p >= 50.0 for p in progress)  # the second step's share comes after the first's


def test_cancel_ends_the_chain_without_results(points, qtbot):
    runner = AlgorithmRun()
    with qtbot.waitSignal(runner.finished, timeout=30000) as signal:
        assert runner.start_chain(_chain(points)) is None
        runner.cancel()
    ok, results, message = signal.args
    assert not ok and results == {} and message == "Cancelled."
    assert runner.cancelled() and not runner.is_running()


def test_a_failing_step_stops_the_chain_with_its_error(points, qtbot):
    runner = AlgorithmRun()
    missing = Step(
        "native:buffer", {"INPUT": points, "DISTANCE": 10.0, "OUTPUT": "memory:"}, ("NOPE",), ("NOPE",)
    )
    with qtbot.waitSignal(runner.finished, timeout=30000) as signal:
        assert runner.start_chain([missing, *_chain(points)]) is None
    ok, _results, message = signal.args
    assert not ok and message == "The analysis returned no layer."
    assert runner.steps[1].task is None and runner.steps[1].results == {}  # never queued


def test_an_unknown_algorithm_is_refused_at_once(points):
    runner = AlgorithmRun()
    assert runner.start("patrolmap:nosuchthing", {}) == "The PatrolMap Processing provider is not loaded."
    assert not runner.is_running()


def test_the_blocking_form_gives_the_same_results(points):
    steps = _chain(points)
    ok, message = AlgorithmRun.run_blocking(steps)
    assert ok and message == ""
    assert [s.results["OUTPUT"].featureCount() for s in steps] == [5, 5]
    bad = Step("native:buffer", {"INPUT": None, "OUTPUT": "memory:"})
    ok, message = AlgorithmRun.run_blocking([bad])
    assert not ok and message
