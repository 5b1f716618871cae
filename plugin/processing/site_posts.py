"""patrolmap:siteposts — where new posts and platforms should stand, solved exactly."""

from __future__ import annotations

import json

import numpy as np
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core.assignment_inputs import home_zones, zone_adjacency
from ..core.network import Snapped
from ..core.roster import DEFAULT_SHIFT_TIMES
from ..core.siting import PROBLEMS, SitingError, SitingInput, ZoneRule, solve
from ..core.siting_prep import PeriodError, outside, parse_periods, period_index, road_candidates, zone_demand
from ..i18n import tr
from ..network_layer import _ids
from .deployment_base import DeploymentAlgorithm, local_datetime
from .site_posts_outputs import SitingOutputs

REPORT_KEYS = ("OBJECTIVE", "BOUND", "GAP_PCT", "PROVEN_OPTIMAL", "SOLVE_S", "LIMITED_BY")


def _number(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


class SitePostsAlgorithm(SitingOutputs, DeploymentAlgorithm):
    ALG_ID = "siteposts"

    def displayName(self):
        return tr("Site posts and platforms")

    def shortHelpString(self):
        return tr(
            "Where new posts or mobile platforms should stand, chosen exactly by a mixed-integer "
            "programme (HiGHS). mclp: most demand within target with COUNT new posts; lscp: fewest "
            "new posts so that all demand is within target; pmedian: least weighted mean time; "
            "pcenter: least worst time. Demand is points (incidents, key sites), short lines such as "
            "hot-spot road pieces (taken at their middle, e.g. weighted by density) or zones "
            "(sampled along their roads, weighted by road length). Existing posts stay. Without candidates, "
            "sites are proposed about every CANDIDATE_SPACING_M along roads a car can stop on. "
            "BACKUP: among the best answers, the one covering most demand twice. MIN_ZONES / "
            "MAX_ZONES: each new post answers for that many contiguous zones, its own among them. "
            "PERIODS with a demand time field: one answer per period, at most MAX_MOVES posts "
            "moving between consecutive periods (with a time field and no periods: the roster's "
            "day and night shifts). The report (log, results and the outputs' "
            "metadata) gives the objective, the proven bound and the gap; an answer is called "
            "optimal only when the bound proves it. covered and backup are the share (0–1) of "
            "the item's demand reached within target by one and by two posts."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "DEMAND",
                tr("Demand (points or zones)"),
                [
                    QgsProcessing.SourceType.TypeVectorPoint,
                    QgsProcessing.SourceType.TypeVectorLine,
                    QgsProcessing.SourceType.TypeVectorPolygon,
                ],
            )
        )
        for name, label in (
            ("DEMAND_WEIGHT_FIELD", tr("Demand weight field (default: 1 per point, road km per zone)")),
            ("TARGET_FIELD", tr("Target field (minutes per demand item)")),
            ("DEMAND_TIME_FIELD", tr("Demand time field (for periods)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(name, label, parentLayerParameterName="DEMAND", optional=True)
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TARGET_MINUTES",
                tr("Target (minutes)"),
                QgsProcessingParameterNumber.Type.Double,
                3.0,
                minValue=0.0,
            )
        )
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.addParameter(
            QgsProcessingParameterFeatureSource("EXISTING", tr("Existing posts (stay)"), point, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("CANDIDATES", tr("Candidate sites"), point, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                "SITE_ID_FIELD", tr("Site id field on existing posts and candidates"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "CANDIDATE_SPACING_M",
                tr("Candidate spacing along roads (m, without candidates)"),
                QgsProcessingParameterNumber.Type.Double,
                200.0,
                minValue=10.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "FORBIDDEN",
                tr("Forbidden areas"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum("PROBLEM", tr("Problem"), list(PROBLEMS), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "COUNT", tr("New posts"), QgsProcessingParameterNumber.Type.Integer, 3, minValue=1
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("BACKUP", tr("Most demand covered twice"), False))
        for name, label in (
            ("MIN_ZONES", tr("Zones per new post, at least")),
            ("MAX_ZONES", tr("Zones per new post, at most")),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Type.Integer, None, optional=True, minValue=0
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TURNOUT_MIN",
                tr("Turnout (minutes)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TIME_LIMIT_S",
                tr("Time limit (s)"),
                QgsProcessingParameterNumber.Type.Double,
                60.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PERIODS", tr("Periods (e.g. day=08:00-20:00;night=20:00-08:00)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_MOVES",
                tr("Posts that may move between periods"),
                QgsProcessingParameterNumber.Type.Integer,
                None,
                optional=True,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Posts"), QgsProcessing.SourceType.TypeVectorPoint)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "DEMAND_OUTPUT", tr("Demand"), QgsProcessing.SourceType.TypeVector
            )
        )

    # ------------------------------------------------------------------ reading
    def _demand(self, parameters, context, feedback, lnet, allowed):
        source = self.parameterAsSource(parameters, "DEMAND", context)
        if source is None:
            raise QgsProcessingException(tr("Choose a demand layer."))
        weight_field = self.parameterAsString(parameters, "DEMAND_WEIGHT_FIELD", context)
        target_field = self.parameterAsString(parameters, "TARGET_FIELD", context)
        time_field = self.parameterAsString(parameters, "DEMAND_TIME_FIELD", context)
        default_target = self.parameterAsDouble(parameters, "TARGET_MINUTES", context)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        request = QgsFeatureRequest().setDestinationCrs(lnet.crs, context.transformContext())
        features, shapes, weights, targets, minutes = [], [], [], [], []
        bad_weight, bad_target, no_geom = [], [], []
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                no_geom.append(feature.id())
                continue
            w = _number(feature[weight_field]) if weight_field else 1.0
            if w is None or w < 0:
                bad_weight.append(feature.id())
                continue
            t = _number(feature[target_field]) if target_field else None
            if target_field and feature[target_field] is not None and t is None:
                bad_target.append(feature.id())
            if t is None or t <= 0:
                t = default_target
            features.append(feature)
            shapes.append(shapely.from_wkb(bytes(geometry.asWkb())))
            weights.append(w)
            targets.append(t)
            when = local_datetime(feature[time_field]) if time_field else None
            minutes.append(when.hour * 60 + when.minute + when.second / 60.0 if when else None)
        for ids, text in (
            (no_geom, tr("Demand features {ids} have no geometry and were left out.")),
            (bad_weight, tr("Demand features {ids} have no usable weight in “{field}” and were left out.")),
            (bad_target, tr("Demand features {ids}: unreadable target, {minutes:g} min used.")),
        ):
            if ids:
                feedback.pushWarning(text.format(ids=_ids(ids), field=weight_field, minutes=default_target))
        if not features:
            raise QgsProcessingException(tr("The demand layer has no usable features."))
        if polygons:
            exclude = None if allowed is None else ~allowed
            zd = self.run_core(zone_demand, lnet.network, shapes, exclude=exclude)
            road = np.bincount(zd.zone, weights=zd.road_m, minlength=len(shapes))
            empty = [features[i].id() for i in np.flatnonzero(road <= 0)]
            if empty:
                feedback.pushWarning(
                    tr(
                        "Demand zones {ids} have no road that can be driven to; they count for nothing."
                    ).format(ids=_ids(empty))
                )
            w = np.asarray(weights)
            # A zone's weight spread along its road; without a weight field, road km.
            per_m = (
                np.where(road > 0, w / np.maximum(road, 1e-9), 0.0) if weight_field else np.full(len(w), 1e-3)
            )
            item_w = zd.road_m * per_m[zd.zone]
            return (
                features,
                shapes,
                zd.points,
                zd.zone,
                item_w,
                np.asarray(targets)[zd.zone],
                np.asarray(minutes, dtype=object)[zd.zone],
                True,
            )
        # Points as they are; short lines (hot-spot road pieces) at their middle.
        pts = np.array(
            [
                shapely.get_coordinates(
                    shapely.line_interpolate_point(s, 0.5, normalized=True)
                    if s.geom_type.endswith("LineString")
                    else s
                )[0]
                for s in shapes
            ]
        ).reshape(-1, 2)
        snapped = lnet.network.snap(
            pts, max_distance=self.snap_tolerance(parameters, context), allowed=allowed
        )
        off = [features[i].id() for i in np.flatnonzero(~snapped.ok)]
        if off:
            feedback.pushWarning(
                tr(
                    "Demand points {ids} are not within the snap tolerance of a road that can be driven to; they were left out."
                ).format(ids=_ids(off))
            )
        ok = np.flatnonzero(snapped.ok)
        if not len(ok):
            raise QgsProcessingException(tr("No demand point lies within the snap tolerance of a road."))
        return (
            features,
            shapes,
            snapped.subset(ok),
            ok,
            np.asarray(weights)[ok],
            np.asarray(targets)[ok],
            np.asarray(minutes, dtype=object)[ok],
            False,
        )

    def _sites(self, parameters, context, feedback, lnet, name, id_field, what, allowed):
        """(ids as text, snapped, work-CRS points) of the sites that lie on usable road; the
        shared reader reports, by id, the points without geometry or off the roads."""
        pts, snapped = self.points(
            parameters,
            context,
            name,
            lnet,
            id_field,
            what=what,
            feedback=feedback,
            required=False,
            allowed=allowed,
        )
        if pts is None:
            return [], Snapped.empty(), np.zeros((0, 2))
        keep = np.flatnonzero(snapped.ok)
        return [str(pts.ids[i]) for i in keep], snapped.subset(keep), pts.xy[keep]

    def _periods(self, parameters, context, minutes, is_zones, features, rows):
        text = self.parameterAsString(parameters, "PERIODS", context).strip()
        if not text and self.parameterAsString(parameters, "DEMAND_TIME_FIELD", context):
            # With incident times but no periods: the command map's roster shifts (day, night).
            text = ";".join(f"{name}={a}-{b}" for name, (a, b) in DEFAULT_SHIFT_TIMES.items())
        if not text:
            return [""], None
        try:
            periods = parse_periods(text)
        except PeriodError as e:
            if e.code == "gap":
                raise QgsProcessingException(
                    tr("The periods do not cover the day: nothing covers {spans}.").format(
                        spans=str(e).split(": ", 1)[1]
                    )
                ) from e
            if e.code == "overlap":
                raise QgsProcessingException(
                    tr("The periods overlap: {spans} is in two periods.").format(
                        spans=str(e).split(": ", 1)[1]
                    )
                ) from e
            raise QgsProcessingException(tr("Periods: {error}").format(error=e)) from e
        if is_zones:
            raise QgsProcessingException(tr("Periods need demand points with times (incidents), not zones."))
        if not self.parameterAsString(parameters, "DEMAND_TIME_FIELD", context):
            raise QgsProcessingException(
                tr("Periods need the demand time field (when each incident happened).")
            )
        m = np.array([np.nan if v is None else float(v) for v in minutes])
        missing = [features[int(rows[i])].id() for i in np.flatnonzero(~np.isfinite(m))]
        if missing:
            raise QgsProcessingException(
                tr("Demand features {ids} have no readable time; periods need a time on every item.").format(
                    ids=_ids(missing)
                )
            )
        return [p.name for p in periods], period_index(periods, m)

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        network = lnet.network
        attached = network.attached()
        allowed = None if attached.all() else attached
        problem = PROBLEMS[self.parameterAsEnum(parameters, "PROBLEM", context)]
        count = self.parameterAsInt(parameters, "COUNT", context)
        turnout_s = self.parameterAsDouble(parameters, "TURNOUT_MIN", context) * 60.0
        site_field = self.parameterAsString(parameters, "SITE_ID_FIELD", context).strip()

        features, shapes, d_snap, rows, d_w, d_target, d_min, is_zones = self._demand(
            parameters, context, feedback, lnet, allowed
        )
        names, period_of = self._periods(parameters, context, d_min, is_zones, features, rows)
        weight = np.zeros((len(names), len(d_w)))
        if period_of is None:
            weight[0] = d_w
        else:
            weight[period_of, np.arange(len(d_w))] = d_w
        feedback.setProgress(15)

        e_ids, e_snap, e_xy = self._sites(
            parameters, context, feedback, lnet, "EXISTING", site_field, tr("Existing posts"), allowed
        )
        c_ids, c_snap, c_xy = self._sites(
            parameters, context, feedback, lnet, "CANDIDATES", site_field, tr("Candidate sites"), allowed
        )
        if self.parameterAsSource(parameters, "CANDIDATES", context) is None:
            spacing = self.parameterAsDouble(parameters, "CANDIDATE_SPACING_M", context)
            c_snap = road_candidates(network, spacing, attached)
            c_xy = c_snap.point
            c_ids = [f"road-{k + 1}" for k in range(len(c_snap))]
        forbidden = self.parameterAsSource(parameters, "FORBIDDEN", context)
        if forbidden is not None and len(c_ids):
            request = QgsFeatureRequest().setDestinationCrs(lnet.crs, context.transformContext())
            polys = [
                shapely.from_wkb(bytes(f.geometry().asWkb()))
                for f in forbidden.getFeatures(request)
                if not f.geometry().isNull()
            ]
            keep = np.flatnonzero(outside(c_xy, polys))
            if len(keep) < len(c_ids):
                feedback.pushInfo(
                    tr("{count} candidate sites lie in forbidden areas and were left out.").format(
                        count=len(c_ids) - len(keep)
                    )
                )
            c_ids, c_snap, c_xy = [c_ids[i] for i in keep], c_snap.subset(keep), c_xy[keep]
        if not len(c_ids):
            raise QgsProcessingException(
                tr("There are no candidate sites (none given, or all forbidden or off the roads).")
            )
        feedback.pushInfo(
            tr("{demand} demand items, {candidates} candidate sites, {existing} existing posts.").format(
                demand=len(d_w), candidates=len(c_ids), existing=len(e_ids)
            )
        )

        limit = (
            np.inf if problem in ("pmedian", "pcenter") else float(d_target.max()) * 60.0 + turnout_s + 1e-3
        )
        sites = Snapped(
            np.concatenate([e_snap.segment, c_snap.segment]),
            np.concatenate([e_snap.fraction, c_snap.fraction]),
            np.concatenate([e_snap.distance, c_snap.distance]),
            np.concatenate([e_snap.point.reshape(-1, 2), c_snap.point.reshape(-1, 2)]),
        )
        times = self.run_core(
            network.travel_times,
            sites,
            d_snap,
            np.full(len(sites), turnout_s),
            limit_s=limit,
            progress=self.progress(feedback, 15, 55),
        ).T
        n_e = len(e_ids)
        if problem == "mclp":
            beyond = ~(times <= d_target[:, None] * 60.0 + 1e-6).any(axis=1)
            if beyond.any():
                fids = sorted({features[int(rows[i])].id() for i in np.flatnonzero(beyond)})
                feedback.pushWarning(
                    tr(
                        "Demand features {ids}: no site can reach them within their target; they count as not covered."
                    ).format(ids=_ids(fids))
                )
        zones_rule = self._zone_rule(
            parameters, context, is_zones, shapes, rows, times[:, n_e:], d_target, c_xy, features
        )
        max_moves = None
        if parameters.get("MAX_MOVES") not in (None, ""):
            max_moves = self.parameterAsInt(parameters, "MAX_MOVES", context)
        inp = SitingInput(
            times_new=times[:, n_e:],
            times_existing=times[:, :n_e],
            weight=weight,
            target_s=d_target * 60.0,
            problem=problem,
            count=count,
            backup=self.parameterAsBool(parameters, "BACKUP", context),
            max_moves=max_moves,
            zones=zones_rule,
            time_limit_s=self.parameterAsDouble(parameters, "TIME_LIMIT_S", context),
        )
        feedback.setProgress(60)
        try:
            result = solve(inp)
        except SitingError as e:
            raise QgsProcessingException(self._error_text(e, features, rows, c_ids, count, is_zones)) from e
        feedback.setProgress(90)
        report = self._report(result, problem, names)
        for line in report["lines"]:
            feedback.pushInfo(line)
        outputs = self._write(
            parameters,
            context,
            source_crs=self.parameterAsSource(parameters, "DEMAND", context).sourceCrs(),
            lnet=lnet,
            result=result,
            names=names,
            e_ids=e_ids,
            c_ids=c_ids,
            sites=sites,
            features=features,
            rows=rows,
            is_zones=is_zones,
            d_w=weight,
            zone_rule=zones_rule,
        )
        self._report_text = "\n".join(report["lines"])
        self._report_json = json.dumps(report["values"])
        self._outputs = dict(outputs)
        outputs.update(
            {
                "OBJECTIVE": result.objective,
                "BOUND": result.bound,
                "GAP_PCT": result.gap_pct,
                "PROVEN_OPTIMAL": result.proven_optimal,
                "SOLVE_S": result.solve_s,
                "LIMITED_BY": result.limited_by,
            }
        )
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS's name
        # The report goes into each output layer's metadata (abstract) and a custom property.
        for dest in getattr(self, "_outputs", {}).values():
            layer = QgsProcessingUtils.mapLayerFromString(dest, context)
            if layer is None:
                continue
            metadata = layer.metadata()
            metadata.setAbstract(self._report_text)
            layer.setMetadata(metadata)
            layer.setCustomProperty("patrolmap/siting_report", self._report_json)
        return {}

    def _zone_rule(self, parameters, context, is_zones, shapes, rows, times_new, d_target, c_xy, features):
        def opt_int(name):
            if parameters.get(name) in (None, ""):
                return None
            return self.parameterAsInt(parameters, name, context)

        lo, hi = opt_int("MIN_ZONES"), opt_int("MAX_ZONES")
        if lo is None and hi is None:
            return None
        if not is_zones:
            raise QgsProcessingException(tr("Zones per post need zones (polygons) as demand."))
        n_z = len(shapes)
        lo = lo or 0
        hi = n_z if hi is None else hi
        if lo > hi:
            raise QgsProcessingException(
                tr("Zones per post: at least {lo} is more than at most {hi}.").format(lo=lo, hi=hi)
            )
        pairs, _ = zone_adjacency(shapes)
        within = times_new <= d_target[:, None] * 60.0 + 1e-6
        allowed = np.zeros((n_z, times_new.shape[1]), dtype=bool)
        np.logical_or.at(allowed, rows, within)
        zone_t = np.full((n_z, times_new.shape[1]), np.inf)
        np.minimum.at(zone_t, rows, times_new)
        home = home_zones(shapes, c_xy, zone_t)
        return ZoneRule(n_z, pairs, home, allowed, lo, hi)
