"""patrolmap:assignzones — give each patrol zone a station: fastest by road, balanced, in one piece."""

from __future__ import annotations

from collections import Counter

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.assignment import AssignmentError, assign_zones
from ..core.assignment_inputs import home_zones, zone_adjacency, zone_station_times
from ..core.rules import StationBounds, is_platform
from ..i18n import tr
from ..qgis_bridge import text
from .base import default_field
from .inputs import read_features
from .network_base import NetworkAlgorithm

RESULT_FIELDS = ("station_id", "travel_min", "worst_min", "fastest_id", "fastest_min")


def unmet_message(item, station: str, reach: int, codes) -> str:
    """One line of the report for a rule the assignment could not keep (a core ``Unmet``)."""
    values = {"station": station, "count": item.count, "bound": item.bound}
    if item.rule == "contiguity":
        zones = ", ".join(str(codes[z]) for z in item.zones[:10]) + (" …" if len(item.zones) > 10 else "")
        return tr(
            "{station}: its zones are in {pieces} pieces; {zones} do not touch the rest of its area."
        ).format(station=station, pieces=item.bound, zones=zones)
    if item.rule == "min":
        if item.reason == "reach":
            return tr(
                "{station} has {count} zones, fewer than {bound}: it reaches only {reach} zones by road."
            ).format(reach=reach, **values)
        if item.reason == "total":
            return tr(
                "{station} has {count} zones, fewer than {bound}: there are not enough zones for every "
                "station's minimum."
            ).format(**values)
        if item.reason == "contiguity":
            return tr(
                "{station} has {count} zones, fewer than {bound}: its neighbours cannot give more without "
                "breaking contiguity."
            ).format(**values)
        return tr(
            "{station} has {count} zones, fewer than {bound}: its neighbours have no zone to spare."
        ).format(**values)
    if item.reason == "total":
        return tr(
            "{station} has {count} zones, more than {bound}: there are more zones than all stations' "
            "maximums allow."
        ).format(**values)
    if item.reason == "contiguity":
        return tr(
            "{station} has {count} zones, more than {bound}: it cannot hand a zone to a neighbour without "
            "breaking contiguity."
        ).format(**values)
    return tr("{station} has {count} zones, more than {bound}: its neighbours are full.").format(**values)


class AssignZonesAlgorithm(NetworkAlgorithm):
    ALG_ID = "assignzones"
    GROUP_ID = "zones"

    def displayName(self):
        return tr("Assign zones to stations")

    def shortHelpString(self):
        return tr(
            "Gives every patrol zone a station (station_id) by travel time on the road network. "
            "travel_min is the station's mean travel time (turnout included) to the road inside "
            "the zone, weighted by road length: the expected response time to an incident on "
            "the zone's streets; worst_min is its slowest point. Road no station can reach at "
            "all is left out. Each zone first goes to the station with the lowest travel_min "
            "(fastest_id, fastest_min); a station always keeps the zone it stands in. Then "
            "zones move between neighbouring stations until every station "
            "has between the minimum and maximum number of zones (mobile platforms — stations "
            "of kind mobile_platform — their own minimum), adding as little travel time as "
            "possible and keeping each station's zones in one piece (zones sharing a stretch "
            "of boundary). When the zone count cannot meet every bound, the bounds are relaxed "
            "evenly and the report says so. REPORT lists each station and every rule not met; "
            "UNMET holds just those, one per line."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.add_zones_parameter()
        self.add_zone_code_parameter()
        self.add_stations_parameter()
        self.addParameter(
            QgsProcessingParameterField(
                "STATION_ID_FIELD",
                tr("Station id field (default: station_id, else feature id)"),
                parentLayerParameterName="STATIONS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TURNOUT_FIELD",
                tr("Turnout field (minutes)"),
                parentLayerParameterName="STATIONS",
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.add_station_bounds_parameters(minimum=1)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Assigned zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Report")))
        self.addOutput(QgsProcessingOutputString("UNMET", tr("Rules not met (one per line)")))
        self.addOutput(QgsProcessingOutputNumber("UNMET_COUNT", tr("Rules not met")))
        self.addOutput(QgsProcessingOutputNumber("MOVED", tr("Zones not with their fastest station")))

    # ------------------------------------------------------------------ inputs
    def _bounds(self, parameters, context) -> StationBounds:
        low = self.parameterAsInt(parameters, "MIN_ZONES", context)
        high = self.parameterAsInt(parameters, "MAX_ZONES", context)
        platform = self.parameterAsInt(parameters, "MIN_PLATFORM_ZONES", context)
        if low > high:
            raise QgsProcessingException(
                tr("The minimum number of zones per station ({low}) is above the maximum ({high}).").format(
                    low=low, high=high
                )
            )
        if platform > high:
            raise QgsProcessingException(
                tr(
                    "The minimum number of zones per mobile platform ({low}) is above the maximum ({high})."
                ).format(low=platform, high=high)
            )
        return StationBounds(low, high, platform)

    def _zones(self, parameters, context, feedback, work_crs):
        source = self.zones_source(parameters, context)
        code_field = default_field(
            source, self.parameterAsString(parameters, "ZONE_CODE_FIELD", context), "zone_code"
        )
        if not code_field:
            raise QgsProcessingException(
                tr("The zones layer has no “zone_code” field: choose the field that holds the zone codes.")
            )
        if source.fields().indexOf(code_field) < 0:
            raise QgsProcessingException(
                tr("The zones layer has no field “{field}”.").format(field=code_field)
            )
        features, shapes, codes, no_code = [], [], [], []
        for read in read_features(source, context, feedback, work_crs, lambda f: f[code_field], tr("zones")):
            feature, shape = read.feature, read.shape
            code = feature[code_field]
            if not text(code):
                no_code.append(feature.id())
                continue
            if shape is None:
                feedback.pushWarning(
                    tr("Zone {zone} has no geometry: it is written without a station.").format(zone=code)
                )
            features.append(feature)
            shapes.append(shape)
            codes.append(code)
        if no_code:
            raise QgsProcessingException(
                tr("Zones (feature ids {ids}) have no code in “{field}”: give every zone a code.").format(
                    ids=", ".join(map(str, no_code[:10])) + (" …" if len(no_code) > 10 else ""),
                    field=code_field,
                )
            )
        duplicates = sorted(str(c) for c, n in Counter(codes).items() if n > 1)
        if duplicates:
            raise QgsProcessingException(
                tr("Zone codes must be unique; repeated: {codes}.").format(codes=", ".join(duplicates[:10]))
            )
        if not any(s is not None for s in shapes):
            raise QgsProcessingException(tr("The zones layer has no polygons."))
        return source, features, shapes, codes

    def _stations(self, parameters, context, feedback, lnet):
        source = self.parameterAsSource(parameters, "STATIONS", context)
        if source is None:
            raise QgsProcessingException(tr("Choose the stations layer."))
        id_field = default_field(
            source, self.parameterAsString(parameters, "STATION_ID_FIELD", context), "station_id"
        )
        turnout = self.parameterAsString(parameters, "TURNOUT_FIELD", context)
        keep = ("kind",) if source.fields().indexOf("kind") >= 0 else ()
        pts, snapped = self.points(
            parameters,
            context,
            "STATIONS",
            lnet,
            id_field,
            turnout,
            what=tr("station"),
            feedback=feedback,
            keep_fields=keep,
        )
        repeated = sorted(str(i) for i, n in Counter(pts.ids).items() if n > 1)
        if repeated:
            raise QgsProcessingException(
                tr("Station ids must be unique; repeated: {ids}.").format(ids=", ".join(repeated[:10]))
            )
        off = [str(pts.ids[i]) for i in np.flatnonzero(~snapped.ok)]
        if off:
            raise QgsProcessingException(
                tr(
                    "Stations more than {tolerance:g} m from any road: {ids}. Move them onto the road network or "
                    "raise the snap tolerance."
                ).format(tolerance=self.snap_tolerance(parameters, context), ids=", ".join(off[:10]))
            )
        kinds = [a.get("kind") for a in pts.attributes]
        return pts, snapped, kinds

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        bounds = self._bounds(parameters, context)
        lnet = self.load_network(parameters, context, feedback)
        source, features, shapes, codes = self._zones(parameters, context, feedback, lnet.crs)
        stations, snapped, kinds = self._stations(parameters, context, feedback, lnet)
        platform = np.array([is_platform(kind) for kind in kinds], dtype=bool).reshape(-1)
        names = [str(i) for i in stations.ids]
        feedback.setProgress(45)

        valid = [i for i, s in enumerate(shapes) if s is not None]
        zone_shapes = [shapes[i] for i in valid]
        times = self.run_core(
            zone_station_times, lnet.network, zone_shapes, snapped, self.offsets_s(stations)
        )
        home = home_zones(zone_shapes, stations.xy, times.mean_s)
        feedback.setProgress(70)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        pairs, shared = zone_adjacency(zone_shapes)
        lower = np.array([bounds.for_kind(kind)[0] for kind in kinds], dtype=np.int64).reshape(-1)
        upper = np.array([bounds.for_kind(kind)[1] for kind in kinds], dtype=np.int64).reshape(-1)
        try:
            result = assign_zones(times.mean_s, pairs, lower, upper, shared, home)
        except AssignmentError as e:
            raise QgsProcessingException(str(e)) from e
        feedback.setProgress(90)

        valid_codes = [codes[i] for i in valid]
        report, unmet = self._report(result, times, names, platform, valid_codes, lower, upper)
        for line in report:
            (feedback.pushWarning if line in unmet else feedback.pushInfo)(line)

        worst = times.worst_s[np.arange(len(valid)), result.station] if valid else np.zeros(0)
        dest_id = self._write(parameters, context, source, features, valid, result, worst, names)
        return {
            "OUTPUT": dest_id,
            "REPORT": "\n".join(report),
            "UNMET": "\n".join(unmet),
            "UNMET_COUNT": len(unmet),
            "MOVED": int(len(result.moved)),
        }

    def _report(self, result, times, names, platform, codes, lower, upper):
        """Lines for the log and REPORT, and the ones that say what could not be met."""
        n = len(codes)
        lines: list[str] = []
        unmet: list[str] = []
        if not result.totals_feasible:
            if n < int(lower.sum()):
                line = tr(
                    "{zones} zones cannot give {stations} stations their minimums ({needed} zones needed): "
                    "the minimums were lowered evenly, to at most {level}, and the zones shared as evenly "
                    "as contiguity allows."
                ).format(
                    zones=n, stations=len(names), needed=int(lower.sum()), level=int(result.lower_used.max())
                )
            else:
                active = result.upper_used[result.upper_used > 0]
                line = tr(
                    "{zones} zones are more than {stations} stations' maximums allow ({allowed}): the "
                    "maximums were raised evenly, to at least {level}, and the zones shared as evenly as "
                    "contiguity allows."
                ).format(
                    zones=n,
                    stations=len(names),
                    allowed=int(upper.sum()),
                    level=int(active.min()) if len(active) else 0,
                )
            lines.append(line)
            unmet.append(line)
        reached = np.isfinite(times.mean_s)
        reach = reached.sum(axis=0)
        for s, name in enumerate(names):
            mine = result.station == s
            mean = result.time_s[mine]
            mean = mean[np.isfinite(mean)]
            kind = tr("mobile platform") if platform[s] else tr("station")
            text = tr("{station} ({kind}): {count} zones (wanted {low}–{high})").format(
                station=name, kind=kind, count=int(mine.sum()), low=int(lower[s]), high=int(upper[s])
            )
            if len(mean):
                text += "; " + tr("mean travel {mean:.1f} min, slowest zone {worst:.1f} min").format(
                    mean=float(mean.mean()) / 60.0, worst=float(mean.max()) / 60.0
                )
            lines.append(text)
        for item in result.unmet:
            line = unmet_message(item, names[item.station], int(reach[item.station]), codes)
            lines.append(line)
            unmet.append(line)
        for z in np.flatnonzero(~reached.any(axis=1)):
            line = tr(
                "Zone {zone}: no station can reach its road (or it has none); travel_min is left empty."
            ).format(zone=codes[z])
            lines.append(line)
            unmet.append(line)
        partial = np.flatnonzero((times.unreached_m > 0) & reached.any(axis=1))
        if len(partial):
            listed = ", ".join(f"{codes[z]} ({times.unreached_m[z]:.0f} m)" for z in partial[:12])
            lines.append(
                tr(
                    "{count} zones have road no station can reach (disconnected from the network), left out "
                    "of their times: {zones}"
                ).format(count=len(partial), zones=listed + (" …" if len(partial) > 12 else ""))
            )
        moved = result.moved
        if len(moved):
            lines.append(
                tr(
                    "{count} zones are not with their fastest station (balance and contiguity), adding "
                    "{minutes:.1f} min of mean travel in total."
                ).format(count=len(moved), minutes=result.added_s / 60.0)
            )
        return lines, unmet

    def _write(self, parameters, context, source, features, valid, result, worst, names):
        text, number = QVariant.Type.String, QVariant.Type.Double
        out_fields = self.result_fields(
            source.fields(),
            [
                QgsField("station_id", text),
                QgsField("travel_min", number),
                QgsField("worst_min", number),
                QgsField("fastest_id", text),
                QgsField("fastest_min", number),
            ],
        )
        sink, dest_id = self.sink(
            parameters,
            "OUTPUT",
            context,
            out_fields,
            QgsWkbTypes.multiType(source.wkbType()),
            source.sourceCrs(),
        )
        position = {fi: k for k, fi in enumerate(valid)}
        for i, feature in enumerate(features):
            values = dict(zip(source.fields().names(), feature.attributes()))
            k = position.get(i)
            if k is not None:
                s = int(result.station[k])
                fast = int(result.fastest[k])
                values["station_id"] = names[s]
                values["travel_min"] = _minutes(result.time_s[k])
                values["worst_min"] = _minutes(worst[k])
                values["fastest_id"] = names[fast] if fast >= 0 else None
                values["fastest_min"] = _minutes(result.fastest_s[k])
            else:
                values.update(dict.fromkeys(RESULT_FIELDS))
            out = QgsFeature(out_fields)
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([values.get(f.name()) for f in out_fields])
            self.write(sink, out)
        return dest_id


def _minutes(seconds) -> float | None:
    value = float(seconds)
    return value / 60.0 if np.isfinite(value) else None
