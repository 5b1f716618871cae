"""patrolmap:coverage — can every zone be reached within its response target?"""

from __future__ import annotations

import math

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.coverage import coverage, key_site_times
from ..core.schema import DEFAULT_TARGET_MIN
from ..i18n import tr
from .network_base import NetworkAlgorithm

RESULT_FIELDS = ("target_min", "covered_pct", "worst_min", "mean_min", "backup_pct", "compliant", "road_km", "reason")


def zone_target(attributes: dict, target_field: str) -> float:
    """The zone's response target: its target field, else by category (key_site 1 / centre 3 / other 5)."""
    if target_field:
        value = attributes.get(target_field)
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = math.nan
        if math.isfinite(value) and value > 0:
            return value
    category = str(attributes.get("category") or "other").strip().lower()
    return DEFAULT_TARGET_MIN.get(category, DEFAULT_TARGET_MIN["other"])


def verdict(codes: list, results, gaps: int) -> str:
    compliant = sum(1 for r in results if r.compliant)
    text = tr("{ok} of {total} zones compliant").format(ok=compliant, total=len(results))
    worst = [(r.worst_min if r.worst_min is not None else math.inf, code)
             for code, r in zip(codes, results) if not r.compliant and r.road_m > 0]
    if gaps or worst:
        text += "; " + tr("{gaps} gaps").format(gaps=gaps)
    if worst:
        minutes, code = max(worst, key=lambda w: w[0])
        if math.isfinite(minutes):
            text += ", " + tr("worst {minutes:.1f} min in {zone}").format(minutes=minutes, zone=code)
        else:
            text += ", " + tr("road in {zone} cannot be reached at all").format(zone=code)
    return text


class CoverageAlgorithm(NetworkAlgorithm):
    ALG_ID = "coverage"

    def displayName(self):
        return tr("Response coverage of zones")

    def shortHelpString(self):
        return tr(
            "Checks every patrol zone against its response target on the road network. "
            "Target per zone: the target field, else by category (key_site 1 min, centre 3, "
            "other 5). For each zone: covered_pct — share of the zone's road length reached "
            "within the target from the nearest facility (turnout included); worst_min and "
            "mean_min over its road; backup_pct — share also reached in time by a second "
            "facility; compliant when at least 99.5 % is covered. GAPS are the areas along "
            "roads where the target is missed. Key sites get their own minutes.")

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", tr("Patrol zones"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "TARGET_FIELD", tr("Target field (minutes; default: by zone category)"), parentLayerParameterName="ZONES",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FACILITIES", tr("Facilities (stations, platforms or units)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            "FACILITY_ID_FIELD", tr("Facility id field (default: feature id)"), parentLayerParameterName="FACILITIES",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TURNOUT_FIELD", tr("Turnout field (minutes)"), parentLayerParameterName="FACILITIES",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "KEY_SITES", tr("Key sites"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Zone coverage"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "GAPS", tr("Coverage gaps"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "KEY_SITES_OUTPUT", tr("Key site response"), QgsProcessing.SourceType.TypeVectorPoint, optional=True))
        self.addOutput(QgsProcessingOutputString("VERDICT", tr("Verdict")))
        self.addOutput(QgsProcessingOutputNumber("COMPLIANT", tr("Compliant zones")))
        self.addOutput(QgsProcessingOutputNumber("ZONE_COUNT", tr("Zones")))

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        zones_src = self.parameterAsSource(parameters, "ZONES", context)
        if zones_src is None:
            raise QgsProcessingException(tr("Choose the patrol zones layer."))
        target_field = self.parameterAsString(parameters, "TARGET_FIELD", context)
        facility_field = self.parameterAsString(parameters, "FACILITY_ID_FIELD", context)
        turnout = self.parameterAsString(parameters, "TURNOUT_FIELD", context)
        facilities, f_snap = self.points(parameters, context, "FACILITIES", lnet, facility_field, turnout,
                                         what=tr("facility"), feedback=feedback)
        if not f_snap.ok.any():
            raise QgsProcessingException(tr("No facility lies within the snap tolerance of a road."))

        # Zones in the work CRS, as shapely geometries; their own attributes are kept.
        request = QgsFeatureRequest().setDestinationCrs(lnet.crs, context.transformContext())
        code_field = "zone_code" if zones_src.fields().indexOf("zone_code") >= 0 else ""
        features, shapes, targets, codes = [], [], [], []
        for feature in zones_src.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                feedback.pushWarning(tr("Zone {zone} has no geometry and was left out.").format(
                    zone=feature[code_field] if code_field else feature.id()))
                continue
            attributes = dict(zip(feature.fields().names(), feature.attributes()))
            features.append(feature)
            shapes.append(shapely.from_wkb(bytes(geometry.asWkb())))
            targets.append(zone_target(attributes, target_field))
            codes.append(feature[code_field] if code_field else feature.id())
        if not shapes:
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        feedback.setProgress(45)
        results, gaps = self.run_core(coverage, lnet.network, shapes, targets, f_snap, self.offsets_s(facilities))
        feedback.setProgress(85)

        to_zones = QgsCoordinateTransform(lnet.crs, zones_src.sourceCrs(), QgsProject.instance())
        fields = self.fields(*[f for f in zones_src.fields() if f.name() not in RESULT_FIELDS],
                             QgsField("target_min", QVariant.Type.Double),
                             QgsField("covered_pct", QVariant.Type.Double),
                             QgsField("worst_min", QVariant.Type.Double),
                             QgsField("mean_min", QVariant.Type.Double),
                             QgsField("backup_pct", QVariant.Type.Double),
                             QgsField("compliant", QVariant.Type.Bool),
                             QgsField("road_km", QVariant.Type.Double),
                             QgsField("reason", QVariant.Type.String))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                             QgsWkbTypes.multiType(zones_src.wkbType()), zones_src.sourceCrs())
        for feature, result, target in zip(features, results, targets):
            out = QgsFeature(fields)
            geometry = feature.geometry()  # read in the work CRS: back to the zones' own
            geometry.transform(to_zones)
            out.setGeometry(geometry)
            kept = [feature[f.name()] for f in zones_src.fields() if f.name() not in RESULT_FIELDS]
            out.setAttributes(kept + [target, _num(result.covered_pct), _num(result.worst_min), _num(result.mean_min),
                                      _num(result.backup_pct), bool(result.compliant), result.road_m / 1000.0,
                                      result.reason or None])
            self.write(sink, out)

        gap_fields = self.fields(self.id_field("zone_code", codes[0]), QgsField("target_min", QVariant.Type.Double),
                                 QgsField("area_m2", QVariant.Type.Double))
        gaps_sink, gaps_id = self.parameterAsSink(parameters, "GAPS", context, gap_fields,
                                                  QgsWkbTypes.Type.MultiPolygon, zones_src.sourceCrs())
        if gaps_sink is not None:
            for zone_index, shape in gaps:
                out = QgsFeature(gap_fields)
                out.setGeometry(self.geometry(shape, to_zones))
                out.setAttributes([codes[zone_index], targets[zone_index], float(shape.area)])
                self.write(gaps_sink, out, "GAPS")

        outputs = {"OUTPUT": dest_id}
        if gaps_sink is not None:
            outputs["GAPS"] = gaps_id
        key_id = self._key_sites(parameters, context, feedback, lnet, f_snap, facilities)
        if key_id is not None:
            outputs["KEY_SITES_OUTPUT"] = key_id
        text = verdict(codes, results, len(gaps))
        feedback.pushInfo(text)
        outputs.update(VERDICT=text, COMPLIANT=sum(1 for r in results if r.compliant), ZONE_COUNT=len(results))
        return outputs

    def _key_sites(self, parameters, context, feedback, lnet, f_snap, facilities):
        source = self.parameterAsSource(parameters, "KEY_SITES", context)
        if source is None:
            return None
        names = source.fields().names()
        name_field = "name" if "name" in names else ""
        target_field = "target_min" if "target_min" in names else ""
        sites, s_snap = self.points(parameters, context, "KEY_SITES", lnet, name_field, target_field,
                                    what=tr("key site"), feedback=feedback, required=False)
        if sites is None or not sites.ids:
            return None
        minutes = self.run_core(key_site_times, lnet.network, s_snap, f_snap, self.offsets_s(facilities))
        fields = self.fields(self.id_field("name", sites.ids[0]), QgsField("target_min", QVariant.Type.Double),
                             QgsField("minutes", QVariant.Type.Double), QgsField("compliant", QVariant.Type.Bool))
        sink, dest_id = self.parameterAsSink(parameters, "KEY_SITES_OUTPUT", context, fields,
                                             QgsWkbTypes.Type.Point, lnet.crs)
        if sink is None:
            return None
        missed = []
        for i, site in enumerate(sites.ids):
            target = sites.values[i] if np.isfinite(sites.values[i]) and sites.values[i] > 0 else DEFAULT_TARGET_MIN["key_site"]
            value = float(minutes[i])
            ok = bool(np.isfinite(value) and value <= target + 1e-9)
            if not ok:
                missed.append(site)
            out = QgsFeature(fields)
            out.setGeometry(self.geometry(shapely.Point(sites.xy[i])))
            out.setAttributes([site, float(target), value if np.isfinite(value) else None, ok])
            self.write(sink, out, "KEY_SITES_OUTPUT")
        if missed:
            feedback.pushWarning(tr("Key sites missing their target: {names}").format(
                names=", ".join(map(str, missed[:10]))))
        return dest_id


def _num(value):
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None
