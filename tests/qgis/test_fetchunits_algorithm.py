"""patrolmap:fetchunits against the simulator: the output layer, the counts, each rejected
record's reason in the log, and failed requests as QgsProcessingException naming the cause."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsWkbTypes

from plugin.core.cn_coords import from_wgs84
from plugin.core.schema import UNITS


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, text):  # noqa: N802 - QGIS's name
        self.warnings.append(text)

    def pushInfo(self, text):  # noqa: N802 - QGIS's name
        self.infos.append(text)


def run(processing, url, feedback=None, **params):
    return processing.run(
        "patrolmap:fetchunits", {"URL": url, "OUTPUT": "memory:", **params}, feedback=feedback or Feedback()
    )


def test_units_land_with_the_schema_fields_and_rejections_are_logged(processing, dispatch_sim, sim_world):
    dispatch_sim.faults.add("bad_records")
    feedback = Feedback()
    result = run(processing, dispatch_sim.url + "/units", feedback)
    assert (result["ACCEPTED"], result["REJECTED"]) == (12, 16)
    layer = result["OUTPUT"]
    assert layer.featureCount() == 12
    assert layer.wkbType() == QgsWkbTypes.Type.Point and layer.crs().authid() == "EPSG:4326"
    assert [f.name() for f in layer.fields()] == list(UNITS.field_names)
    truth = {r["unit_id"]: r for r in sim_world.unit_reports()}
    for feature in layer.getFeatures():
        report = truth[feature["unit_id"]]
        point = feature.geometry().asPoint()
        assert (round(point.x(), 7), round(point.y(), 7)) == report["lonlat"]
        assert feature["status"] == report["status"] and feature["reported"] is True
        assert feature["updated_at"].toString("yyyy-MM-ddTHH:mm:ssZ") == report["updated_at"]
    rejected = [w for w in feedback.warnings if w.startswith("Rejected: ")]
    assert len(rejected) == 16
    assert "Rejected: unit BAD-nan (feature 13): coordinates are not finite numbers (NaN, " in "\n".join(
        rejected
    )
    assert "Rejected: feature 12: no unit_id and no Feature id" in rejected
    assert any("unit BAD-status" in w and "unknown status “lunch”" in w for w in rejected)
    assert "12 units accepted, 16 records rejected." in feedback.infos


def test_values_no_float_or_clock_holds_cost_only_their_units(processing, dispatch_sim):
    # Issue 10 items 6-8: OverflowError / "Exceeds the limit" / "year 0 is out of range" before.
    dispatch_sim.faults.add("hostile_values")
    feedback = Feedback()
    result = run(processing, dispatch_sim.url + "/units", feedback)
    assert (result["ACCEPTED"], result["REJECTED"]) == (12, 3)
    rejected = "\n".join(w for w in feedback.warnings if w.startswith("Rejected: "))
    assert "unit BAD-huge-speed" in rejected and "speed_kmh out of range" in rejected
    assert "unit BAD-huge-int" in rejected and "5000 digits" in rejected
    assert "unit BAD-no-clock" in rejected and "a clock that was never set" in rejected


def test_a_retry_after_that_is_not_ascii_is_a_clear_error(processing, dispatch_sim):
    # Issue 10 item 10: a ValueError traceback before.
    dispatch_sim.faults.add("bad_retry_after")
    with pytest.raises(QgsProcessingException, match="HTTP 429 Too Many Requests"):
        run(processing, dispatch_sim.url + "/units")


def test_a_secret_in_the_url_is_refused(processing, dispatch_sim):
    with pytest.raises(QgsProcessingException, match="auth config") as info:
        run(processing, dispatch_sim.url + "/units?api_key=s3cr3t")
    assert "s3cr3t" not in str(info.value) and not dispatch_sim.requests


@pytest.mark.parametrize(
    "fault, message",
    [
        ("429", "HTTP 429 Too Many Requests, retry after 30 s"),
        ("500", "HTTP 500 Internal Server Error from http://127.0.0.1:{port}/units"),
        ("malformed", "invalid JSON at line 1, column "),
        ("not_geojson", "not a GeoJSON FeatureCollection"),
    ],
)
def test_a_failed_request_names_its_cause(processing, dispatch_sim, fault, message):
    dispatch_sim.faults.add(fault)
    with pytest.raises(QgsProcessingException) as info:
        run(processing, dispatch_sim.url + "/units")
    assert str(info.value).startswith(message.format(port=dispatch_sim.port)), str(info.value)


def test_401_timeout_and_size_limit(processing, dispatch_sim):
    dispatch_sim.auth = ("bearer", "t0ken")
    with pytest.raises(QgsProcessingException, match=r"^HTTP 401 Unauthorized"):
        run(processing, dispatch_sim.url + "/units")
    dispatch_sim.auth = None
    dispatch_sim.faults.add("slow")
    with pytest.raises(QgsProcessingException, match=r"^timed out after 1 s$"):
        run(processing, dispatch_sim.url + "/units", TIMEOUT=1)
    dispatch_sim.huge_bytes = 2 * 1024 * 1024
    dispatch_sim.faults.add("huge")
    with pytest.raises(QgsProcessingException, match=r"^payload too large: 2.0 MB over the limit of 1.0 MB$"):
        run(processing, dispatch_sim.url + "/units", MAX_MB=1)
    with pytest.raises(QgsProcessingException, match=r"user:password@"):
        run(processing, f"http://a:b@127.0.0.1:{dispatch_sim.port}/units")


def test_sensorthings_and_declared_coordinates(processing, dispatch_sim, sim_world):
    dispatch_sim.sta_page_size = 4
    result = run(processing, dispatch_sim.url + "/sta/v1.1", FORMAT=1)
    assert (result["ACCEPTED"], result["REJECTED"]) == (12, 0)
    ids = sorted(f["unit_id"] for f in result["OUTPUT"].getFeatures())
    assert ids == sorted(r["unit_id"] for r in sim_world.unit_reports())
    # A feed declared BD-09 outside China: no shift applies, the points stay where they are
    result = run(processing, dispatch_sim.url + "/units", COORDINATES=2)
    first = next(result["OUTPUT"].getFeatures())
    report = next(r for r in sim_world.unit_reports() if r["unit_id"] == first["unit_id"])
    assert from_wgs84(*report["lonlat"], "bd09") == report["lonlat"]
    assert (round(first.geometry().asPoint().x(), 7), round(first.geometry().asPoint().y(), 7)) == report[
        "lonlat"
    ]


def test_the_algorithm_is_in_the_toolbox_with_its_public_parameters(processing):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("patrolmap:fetchunits")
    assert alg is not None and alg.group() == "Dispatch feed"
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names[:2] == ["URL", "AUTHCFG"] and "OUTPUT" in names
    assert alg.parameterDefinition("AUTHCFG").type() == "authcfg"
    assert alg.parameterDefinition("AUTHCFG").flags() & alg.parameterDefinition("AUTHCFG").FlagOptional
    assert {o.name() for o in alg.outputDefinitions()} >= {"OUTPUT", "ACCEPTED", "REJECTED"}
