"""patrolmap:coverage — can every zone be reached within its response target?"""

from __future__ import annotations

import math

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.coverage import coverage, key_site_times
from ..core.field_values import read_number
from ..core.rules import key_site_target, zone_target
from ..core.schema import DEFAULT_TARGET_MIN
from ..i18n import tr
from ..zone_figures import measure_zones, road_km_by_fid
from .inputs import read_features
from .network_base import NetworkAlgorithm

RESULT_FIELDS = (
    "target_min",
    "covered_pct",
    "worst_min",
    "mean_min",
    "backup_pct",
    "compliant",
    "road_km",
    "reason",
    "unreached_km",
    "detached_km",
)


def unreadable_targets(codes, rows: list[dict], target_field: str) -> list[str]:
    """ "code (value)" of the zones whose target field holds something that is not a positive
    number of minutes: they get the category's target, and the user must hear which."""
    if not target_field:
        return []
    bad = []
    for code, attributes in zip(codes, rows):
        value = attributes.get(target_field)
        number = read_number(value)
        if number is not None and not number > 0:
            bad.append(f"{code} ({value})")
    return bad


def zone_reason(result) -> str:
    """Why a zone has no figures or does not comply, in the user's language ("" when it complies)."""
    code = result.code
    if code == "no_area":
        return tr("the zone has no area")
    if code == "no_road":
        return tr("no road inside the zone")
    if code == "detached_only":
        return tr("its only road ({metres:.0f} m) cannot be driven to from the main road network").format(
            metres=result.detached_m
        )
    if code == "not_reached":
        return tr("no facility can reach the zone's road")
    if code == "unreached":
        return tr("{metres:.0f} m of road no facility can reach").format(metres=result.unreached_m)
    if code == "late":
        return tr("{share:.1f} % of road beyond {target:g} min").format(
            share=100.0 - result.covered_pct, target=result.target_min
        )
    return ""


def _zone_list(codes: list, most: int = 3) -> str:
    shown = ", ".join(str(c) for c in codes[:most])
    return shown + (" …" if len(codes) > most else "")


def verdict(codes: list, results, gaps: int) -> str:
    """One line for the duty officer: compliant zones, gaps, the worst time on road that is
    reached, then road no facility reaches and road left out, each with where it is."""
    compliant = sum(1 for r in results if r.compliant)
    # The separators are translated too: "；" and "，" in Chinese.
    text = tr("{ok} of {total} zones compliant").format(ok=compliant, total=len(results))
    failing = [(code, r) for code, r in zip(codes, results) if not r.compliant]
    worst = [(r.worst_min, code) for code, r in failing if r.worst_min is not None and r.road_m > 0]
    if gaps or failing:
        text += tr("; ") + tr("{gaps} gaps").format(gaps=gaps)
    if worst:
        minutes, code = max(worst, key=lambda w: w[0])
        text += tr(", ") + tr("worst {minutes:.1f} min in {zone}").format(minutes=minutes, zone=code)
    unreached = [(code, r.unreached_m) for code, r in zip(codes, results) if r.unreached_m > 0]
    if unreached:
        unreached.sort(key=lambda c: -c[1])
        text += tr("; ") + tr("{km:.1f} km of road no facility can reach ({zones})").format(
            km=sum(m for _, m in unreached) / 1000.0, zones=_zone_list([c for c, _ in unreached])
        )
    cut_off = [(code, r.detached_m) for code, r in zip(codes, results) if r.detached_m > 0]
    if cut_off:
        cut_off.sort(key=lambda c: -c[1])
        text += tr("; ") + tr("{km:.1f} km of cut-off road left out ({zones})").format(
            km=sum(m for _, m in cut_off) / 1000.0, zones=_zone_list([c for c, _ in cut_off])
        )
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
            "mean_min over the road facilities reach; unreached_km — road no facility can "
            "reach at all; backup_pct — share also reached in time by a second facility; "
            "compliant when at least 99.5 % is covered. GAPS are the areas along roads where "
            "the target is missed. Key sites get their own minutes.\n\n"
            "Road that cannot be driven to from the main road network (pieces drawn without a "
            "shared vertex, such as service roads and parking aisles, and one-way roads entered "
            "only from paths) is left out of the shares and reported as detached_km, with a "
            "warning naming where it is; facilities and key sites are placed on road that can "
            "be reached. The optional DETACHED output draws that road so it can be fixed. Tick "
            "“Count cut-off road” to count it as unreached instead."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.add_zones_parameter()
        self.addParameter(
            QgsProcessingParameterField(
                "TARGET_FIELD",
                tr("Target field (minutes; default: by zone category)"),
                parentLayerParameterName="ZONES",
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "FACILITIES",
                tr("Facilities (stations, platforms or units)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "FACILITY_ID_FIELD",
                tr("Facility id field (default: feature id)"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TURNOUT_FIELD",
                tr("Turnout field (minutes)"),
                parentLayerParameterName="FACILITIES",
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "KEY_SITES", tr("Key sites"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "INCLUDE_DETACHED",
                tr("Count cut-off road (road that cannot be driven to from the main network)"),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Zone coverage"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "GAPS", tr("Coverage gaps"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "KEY_SITES_OUTPUT",
                tr("Key site response"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
            )
        )
        detached = QgsProcessingParameterFeatureSink(
            "DETACHED",
            tr("Cut-off road"),
            QgsProcessing.SourceType.TypeVectorLine,
            optional=True,
            createByDefault=False,
        )
        self.addParameter(detached)
        self.addOutput(QgsProcessingOutputString("VERDICT", tr("Verdict")))
        self.addOutput(QgsProcessingOutputNumber("COMPLIANT", tr("Compliant zones")))
        self.addOutput(QgsProcessingOutputNumber("ZONE_COUNT", tr("Zones")))
        self.addOutput(QgsProcessingOutputNumber("UNREACHED_KM", tr("Road no facility can reach (km)")))
        self.addOutput(QgsProcessingOutputNumber("DETACHED_KM", tr("Cut-off road (km)")))

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        network = lnet.network
        zones_src = self.zones_source(parameters, context)
        include_detached = self.parameterAsBool(parameters, "INCLUDE_DETACHED", context)
        # Road no unit on the main network can drive to: left out, unless asked for.
        attached = network.attached()
        allowed = None if include_detached or attached.all() else attached
        facilities, f_snap = self.points(
            parameters,
            context,
            "FACILITIES",
            lnet,
            self.parameterAsString(parameters, "FACILITY_ID_FIELD", context),
            self.parameterAsString(parameters, "TURNOUT_FIELD", context),
            what=tr("facility"),
            feedback=feedback,
            allowed=allowed,
        )
        if not f_snap.ok.any():
            raise QgsProcessingException(tr("No facility lies within the snap tolerance of a road."))
        target_field = self.parameterAsString(parameters, "TARGET_FIELD", context)
        features, shapes, targets, codes = self._zones(zones_src, target_field, context, feedback, lnet.crs)
        feedback.setProgress(45)
        exclude = None if allowed is None else ~allowed
        results, gaps = self.run_core(
            coverage, network, shapes, targets, f_snap, self.offsets_s(facilities), exclude=exclude
        )
        feedback.setProgress(85)
        road_km = self._road_km(parameters, context, zones_src)
        outputs = {
            "OUTPUT": self._write_zones(parameters, context, zones_src, features, results, targets, road_km)
        }
        to_zones = QgsCoordinateTransform(lnet.crs, zones_src.sourceCrs(), context.transformContext())
        gaps_id = self._write_gaps(parameters, context, zones_src.sourceCrs(), to_zones, gaps, codes, targets)
        detached_id = self._detached(
            parameters, context, feedback, lnet, attached, include_detached, shapes, codes
        )
        key_id = self._key_sites(parameters, context, feedback, lnet, f_snap, facilities, allowed)
        for name, dest_id in (("GAPS", gaps_id), ("DETACHED", detached_id), ("KEY_SITES_OUTPUT", key_id)):
            if dest_id is not None:
                outputs[name] = dest_id
        text = verdict(codes, results, len(gaps))
        feedback.pushInfo(text)
        outputs.update(
            VERDICT=text,
            COMPLIANT=sum(1 for r in results if r.compliant),
            ZONE_COUNT=len(results),
            UNREACHED_KM=sum(r.unreached_m for r in results) / 1000.0,
            DETACHED_KM=sum(r.detached_m for r in results) / 1000.0,
        )
        return outputs

    def _road_km(self, parameters, context, zones_src) -> dict:
        """road_km as every view shows it (a border street half to each side); the shares are
        over the road each zone's samples stand for. Measured over the whole zones layer, so a
        run on selected zones still halves a border street shared with a zone left out."""
        whole = self.parameterAsVectorLayer(parameters, "ZONES", context)
        roads = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        if whole is not None and roads is not None:
            return road_km_by_fid(whole, roads, context.transformContext())
        figures = measure_zones(
            zones_src,
            self.parameterAsSource(parameters, "NETWORK", context),
            context.transformContext(),
            areas=False,
        )
        return {f.id(): figures.road_km(i) for i, f in enumerate(figures.features)}

    def _zones(self, zones_src, target_field, context, feedback, work_crs):
        """The zones with an area, in the work CRS, their targets and codes; the rest named."""
        code_field = "zone_code" if zones_src.fields().indexOf("zone_code") >= 0 else ""
        label = (lambda f: f[code_field]) if code_field else (lambda f: f.id())
        features, shapes, rows, codes = [], [], [], []
        for read in read_features(zones_src, context, feedback, work_crs, label, tr("zones")):
            if read.shape is None or read.shape.is_empty:
                feedback.pushWarning(
                    tr("Zone {zone} has no geometry and was left out.").format(zone=label(read.feature))
                )
                continue
            features.append(read.feature)
            shapes.append(read.shape)
            rows.append(dict(zip(read.feature.fields().names(), read.feature.attributes())))
            codes.append(label(read.feature))
        if not shapes:
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        unreadable = unreadable_targets(codes, rows, target_field)
        if unreadable:
            feedback.pushWarning(
                tr(
                    "Zones whose “{field}” is not a positive number of minutes got the target of their "
                    "category: {zones}."
                ).format(field=target_field, zones=_first(unreadable))
            )
        return features, shapes, [zone_target(row, target_field) for row in rows], codes

    def _write_zones(self, parameters, context, zones_src, features, results, targets, road_km):
        fields = self.fields(
            *[f for f in zones_src.fields() if f.name() not in RESULT_FIELDS],
            QgsField("target_min", QVariant.Type.Double),
            QgsField("covered_pct", QVariant.Type.Double),
            QgsField("worst_min", QVariant.Type.Double),
            QgsField("mean_min", QVariant.Type.Double),
            QgsField("backup_pct", QVariant.Type.Double),
            QgsField("compliant", QVariant.Type.Bool),
            QgsField("road_km", QVariant.Type.Double),
            QgsField("reason", QVariant.Type.String),
            QgsField("unreached_km", QVariant.Type.Double),
            QgsField("detached_km", QVariant.Type.Double),
        )
        sink, dest_id = self.sink(
            parameters,
            "OUTPUT",
            context,
            fields,
            QgsWkbTypes.multiType(zones_src.wkbType()),
            zones_src.sourceCrs(),
        )
        kept_names = [f.name() for f in zones_src.fields() if f.name() not in RESULT_FIELDS]
        for feature, result, target in zip(features, results, targets):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())  # as stored, in the zones' own CRS
            out.setAttributes(
                [feature[name] for name in kept_names]
                + [
                    target,
                    _num(result.covered_pct),
                    _num(result.worst_min),
                    _num(result.mean_min),
                    _num(result.backup_pct),
                    bool(result.compliant),
                    road_km.get(feature.id()),
                    zone_reason(result) or None,
                    result.unreached_m / 1000.0,
                    result.detached_m / 1000.0,
                ]
            )
            self.write(sink, out)
        return dest_id

    def _write_gaps(self, parameters, context, crs, to_zones, gaps, codes, targets):
        gap_fields = self.fields(
            self.id_field("zone_code", codes[0]),
            QgsField("target_min", QVariant.Type.Double),
            QgsField("area_m2", QVariant.Type.Double),
        )
        gaps_sink, gaps_id = self.sink(
            parameters, "GAPS", context, gap_fields, QgsWkbTypes.Type.MultiPolygon, crs
        )
        if gaps_sink is None:
            return None
        for zone_index, shape in gaps:
            out = QgsFeature(gap_fields)
            out.setGeometry(self.geometry(shape, to_zones))
            out.setAttributes([codes[zone_index], targets[zone_index], float(shape.area)])
            self.write(gaps_sink, out, "GAPS")
        return gaps_id

    def _detached(self, parameters, context, feedback, lnet, attached, include_detached, shapes, codes):
        """Say once where the cut-off road is, and draw it when the DETACHED output is asked for."""
        network = lnet.network
        if attached.all():
            return None
        piece, lengths = network.pieces(~attached)
        cut = np.flatnonzero(piece >= 0)
        lines = network.segment_lines()
        tree = shapely.STRtree(shapes)
        seg_idx, zone_idx = tree.query(lines[cut], predicate="intersects")
        zones_of_piece: dict[int, set] = {}
        for s, z in zip(piece[cut][seg_idx].tolist(), zone_idx.tolist()):
            zones_of_piece.setdefault(s, set()).add(codes[z])
        zone_names = sorted({c for names in zones_of_piece.values() for c in names}, key=str)
        fids = sorted(set(network.feature_id[cut].tolist()))
        message = tr(
            "{count} pieces of road ({km:.2f} km) cannot be driven to from the main road network "
            "(not connected, or one-way roads entered only from paths): road feature ids {ids}; "
            "in zones {zones}."
        ).format(
            count=len(lengths), km=lengths.sum() / 1000.0, ids=_first(fids), zones=_first(zone_names) or "—"
        )
        if include_detached:
            message += " " + tr("They are counted as road no facility can reach.")
        else:
            message += " " + tr(
                "They are left out of the coverage shares (tick “Count cut-off road” to count them)."
            )
        feedback.pushWarning(message)

        fields = self.fields(
            QgsField("piece", QVariant.Type.Int),
            QgsField("length_m", QVariant.Type.Double),
            QgsField("feature_ids", QVariant.Type.String),
            QgsField("zones", QVariant.Type.String),
        )
        layer = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        sink, dest_id = self.sink(
            parameters, "DETACHED", context, fields, QgsWkbTypes.Type.MultiLineString, layer.crs()
        )
        if sink is None:
            return None
        to_output = QgsCoordinateTransform(lnet.crs, layer.crs(), context.transformContext())
        order = np.argsort(piece[cut], kind="stable")
        bounds = np.searchsorted(piece[cut][order], np.arange(len(lengths) + 1))
        for k in range(len(lengths)):
            members = cut[order[bounds[k] : bounds[k + 1]]]
            out = QgsFeature(fields)
            out.setGeometry(self.geometry(shapely.multilinestrings(lines[members]), to_output))
            ids = sorted(set(network.feature_id[members].tolist()))
            out.setAttributes(
                [
                    k + 1,
                    float(lengths[k]),
                    ", ".join(map(str, ids)),
                    ", ".join(map(str, sorted(zones_of_piece.get(k, ()), key=str))) or None,
                ]
            )
            self.write(sink, out, "DETACHED")
        return dest_id

    def _key_sites(self, parameters, context, feedback, lnet, f_snap, facilities, allowed):
        source = self.parameterAsSource(parameters, "KEY_SITES", context)
        if source is None:
            return None
        names = source.fields().names()
        name_field = "name" if "name" in names else ""
        target_field = "target_min" if "target_min" in names else ""
        sites, s_snap = self.points(
            parameters,
            context,
            "KEY_SITES",
            lnet,
            name_field,
            target_field,
            what=tr("key site"),
            feedback=feedback,
            required=False,
            allowed=allowed,
            fallback=tr("the key-site target of {minutes:g} min used").format(
                minutes=DEFAULT_TARGET_MIN["key_site"]
            ),
        )
        if sites is None or not sites.ids:
            return None
        minutes = self.run_core(key_site_times, lnet.network, s_snap, f_snap, self.offsets_s(facilities))
        tolerance = self.snap_tolerance(parameters, context)
        anywhere = lnet.network.snap(sites.xy, max_distance=tolerance) if allowed is not None else s_snap
        fields = self.fields(
            self.id_field("name", sites.ids[0]),
            QgsField("target_min", QVariant.Type.Double),
            QgsField("minutes", QVariant.Type.Double),
            QgsField("compliant", QVariant.Type.Bool),
            QgsField("reason", QVariant.Type.String),
        )
        sink, dest_id = self.sink(
            parameters, "KEY_SITES_OUTPUT", context, fields, QgsWkbTypes.Type.Point, lnet.crs
        )
        if sink is None:
            return None
        missed = []
        for i, site in enumerate(sites.ids):
            target = key_site_target(sites.values[i])
            value = float(minutes[i])
            ok = bool(np.isfinite(value) and value <= target + 1e-9)
            reason = ""
            if not anywhere.ok[i]:
                reason = tr("more than {tolerance:g} m from any road").format(tolerance=tolerance)
            elif not s_snap.ok[i]:
                reason = tr(
                    "only road that cannot be driven to from the main network within {tolerance:g} m"
                ).format(tolerance=tolerance)
            elif not np.isfinite(value):
                reason = tr("no facility can reach it")
            elif not ok:
                reason = tr("{minutes:.1f} min, target {target:g}").format(minutes=value, target=target)
            if not ok:
                missed.append(site)
            out = QgsFeature(fields)
            out.setGeometry(self.geometry(shapely.Point(sites.xy[i])))
            out.setAttributes(
                [site, float(target), value if np.isfinite(value) else None, ok, reason or None]
            )
            self.write(sink, out, "KEY_SITES_OUTPUT")
        if missed:
            feedback.pushWarning(
                tr("Key sites missing their target: {names}").format(names=", ".join(map(str, missed[:10])))
            )
        return dest_id


def _first(values, most: int = 10) -> str:
    shown = ", ".join(str(v) for v in values[:most])
    return shown + (" …" if len(values) > most else "")


def _num(value):
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None
