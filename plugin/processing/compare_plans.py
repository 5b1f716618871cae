"""patrolmap:compareplans — two deployment plans side by side."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.coverage import coverage, key_site_times
from ..core.plans import CURRENT, PlanError, comparison_rows, figures, posts_moved, read_plan
from ..i18n import tr
from ..plans_layer import current_plan, table_rows, with_new_posts
from .coverage import zone_target
from .deployment_base import DeploymentAlgorithm


def figure_label(code: str) -> str:
    labels = {
        "zones_compliant_key_site": tr("Key-site zones on target"),
        "zones_compliant_centre": tr("Centre zones on target"),
        "zones_compliant_other": tr("Other zones on target"),
        "covered_pct": tr("Road covered once (%)"),
        "backup_pct": tr("Road covered twice (%)"),
        "worst_min": tr("Worst minutes"),
        "mean_min": tr("Mean minutes"),
        "key_sites_met": tr("Key sites met"),
        "stations_in_bounds": tr("Stations with a zone count in bounds"),
        "posts_moved": tr("Posts moved"),
        "posts_added": tr("Posts added"),
        "posts_removed": tr("Posts removed"),
    }
    return labels.get(code, code)


class ComparePlansAlgorithm(DeploymentAlgorithm):
    ALG_ID = "compareplans"

    def displayName(self):
        return tr("Compare plans")

    def shortHelpString(self):
        return tr(
            "The figures a commander compares between two plans: zones on target per tier, the "
            "share of road covered once and twice, worst and mean minutes, key sites met, stations "
            "whose zone count is within the rule, posts moved, added and removed; and the zones "
            "whose compliance changes. A plan is a name in the command map's plans table, or "
            "“current” for the stations and zones layers as they are. Targets as in coverage: the "
            "zone's target_min, else by category."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "STATIONS", tr("Stations (current)"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "ZONES", tr("Patrol zones (current)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "PLANS", tr("Plans table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("PLAN_A", tr("Plan A"), CURRENT))
        self.addParameter(QgsProcessingParameterString("PLAN_B", tr("Plan B"), CURRENT))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "NEW_POSTS",
                tr("New posts added to plan B (a siteposts answer)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "KEY_SITES", tr("Key sites"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Plan comparison"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "ZONES_OUTPUT",
                tr("Zones whose compliance changes"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            )
        )

    def _plan(self, name, stations, zones, table):
        name = (name or "").strip() or CURRENT
        if name.lower() == CURRENT:
            return current_plan(stations, zones, CURRENT)
        if table is None:
            raise QgsProcessingException(tr("Plan “{name}”: choose the plans table.").format(name=name))
        try:
            return read_plan(table_rows(table), name)
        except PlanError as e:
            rows = "; ".join(tr("row {row}: {reason}").format(row=n, reason=r) for n, r in e.problems[:10])
            raise QgsProcessingException(
                tr("Plan “{name}” cannot be read: {error}").format(name=name, error=rows or str(e))
            ) from e

    def _evaluate(self, plan, lnet, allowed, stations_crs, zones_crs, context, ks):
        network = lnet.network
        to_work_s = QgsCoordinateTransform(stations_crs, lnet.crs, context.transformContext())
        to_work_z = QgsCoordinateTransform(zones_crs, lnet.crs, context.transformContext())
        ids, kinds, xy, turnout = [], {}, [], []
        for item in plan.stations:
            g = QgsGeometry.fromWkt(item.wkt)
            if g.isNull():
                raise QgsProcessingException(
                    tr("Plan “{plan}”: station {id} has no readable geometry.").format(
                        plan=plan.name, id=item.item_id
                    )
                )
            g.transform(to_work_s)
            p = g.asPoint()
            ids.append(item.item_id)
            kinds[item.item_id] = item.attributes.get("kind")
            xy.append((p.x(), p.y()))
            t = item.attributes.get("turnout_min")
            turnout.append(float(t) * 60.0 if isinstance(t, (int, float)) and t > 0 else 0.0)
        snapped = network.snap(np.asarray(xy, dtype=float).reshape(-1, 2), allowed=allowed)
        shapes, targets, categories, owner, codes, geoms = [], [], [], [], [], []
        for item in plan.zones:
            g = QgsGeometry.fromWkt(item.wkt)
            geoms.append(QgsGeometry(g))
            g.transform(to_work_z)
            shapes.append(shapely.from_wkb(bytes(g.asWkb())) if not g.isNull() else None)
            targets.append(zone_target(item.attributes, "target_min"))
            categories.append(str(item.attributes.get("category") or "other"))
            owner.append(item.attributes.get("station_id"))
            codes.append(item.item_id)
        exclude = None if allowed is None else ~allowed
        results, _ = self.run_core(
            coverage, network, shapes, targets, snapped, np.asarray(turnout), exclude=exclude
        )
        ks_min, ks_target = [], []
        if ks is not None:
            ks_snap, ks_targets = ks
            ks_min = list(self.run_core(key_site_times, network, ks_snap, snapped, np.asarray(turnout)))
            ks_target = ks_targets
        fig = figures(results, categories, ks_min, ks_target, kinds, owner)
        return fig, dict(zip(ids, xy)), dict(zip(codes, zip(results, geoms)))

    def processAlgorithm(self, parameters, context, feedback):
        lnet = self.load_network(parameters, context, feedback)
        attached = lnet.network.attached()
        allowed = None if attached.all() else attached
        stations = self.parameterAsVectorLayer(parameters, "STATIONS", context)
        zones = self.parameterAsVectorLayer(parameters, "ZONES", context)
        table = self.parameterAsVectorLayer(parameters, "PLANS", context)
        if stations is None or zones is None:
            raise QgsProcessingException(tr("Choose the stations and patrol zones layers."))
        plan_a = self._plan(self.parameterAsString(parameters, "PLAN_A", context), stations, zones, table)
        plan_b = self._plan(self.parameterAsString(parameters, "PLAN_B", context), stations, zones, table)
        posts = self.parameterAsSource(parameters, "NEW_POSTS", context)
        if posts is not None:
            if posts.fields().indexOf("site_id") < 0 or posts.fields().indexOf("kind") < 0:
                raise QgsProcessingException(
                    tr("New posts need the site_id and kind fields of a siteposts answer.")
                )
            plan_b = with_new_posts(plan_b, posts, stations.crs())
        ks = None
        if self.parameterAsSource(parameters, "KEY_SITES", context) is not None:
            has_target = (
                self.parameterAsSource(parameters, "KEY_SITES", context).fields().indexOf("target_min") >= 0
            )
            pts, ks_snap = self.points(
                parameters,
                context,
                "KEY_SITES",
                lnet,
                value_field="target_min" if has_target else "",
                what=tr("key site"),
                feedback=feedback,
                required=False,
                allowed=allowed,
            )
            targets = (
                [v if np.isfinite(v) and v > 0 else 1.0 for v in pts.values]
                if has_target
                else [1.0] * len(pts.ids)
            )
            ks = (ks_snap, targets)
        feedback.setProgress(20)
        fa, posts_a, zones_a = self._evaluate(plan_a, lnet, allowed, stations.crs(), zones.crs(), context, ks)
        feedback.setProgress(55)
        fb, posts_b, zones_b = self._evaluate(plan_b, lnet, allowed, stations.crs(), zones.crs(), context, ks)
        feedback.setProgress(90)
        moved, added, removed = posts_moved(posts_a, posts_b)

        fields = self.fields(
            QgsField("figure", QVariant.Type.String),
            QgsField("label", QVariant.Type.String),
            QgsField("plan_a", QVariant.Type.String),
            QgsField("plan_b", QVariant.Type.String),
        )
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        report = {}
        for code, a, b in comparison_rows(fa, fb, moved, added, removed):
            text_a, text_b = (_text(v) for v in (a, b))
            feature = QgsFeature(fields)
            feature.setAttributes([code, figure_label(code), text_a, text_b])
            self.write(sink, feature)
            report[code] = (text_a, text_b)
            feedback.pushInfo(f"{figure_label(code)}: {text_a} → {text_b}")

        zfields = self.fields(
            QgsField("zone_code", QVariant.Type.String),
            QgsField("compliant_a", QVariant.Type.Bool),
            QgsField("compliant_b", QVariant.Type.Bool),
            QgsField("covered_pct_a", QVariant.Type.Double),
            QgsField("covered_pct_b", QVariant.Type.Double),
        )
        zsink, zdest = self.parameterAsSink(
            parameters, "ZONES_OUTPUT", context, zfields, QgsWkbTypes.Type.MultiPolygon, zones.crs()
        )
        if zsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "ZONES_OUTPUT"))
        changed = 0
        for code in [*zones_a, *[c for c in zones_b if c not in zones_a]]:
            ra, ga = zones_a.get(code, (None, None))
            rb, gb = zones_b.get(code, (None, None))
            ca = bool(ra.compliant) if ra is not None else None
            cb = bool(rb.compliant) if rb is not None else None
            if ca == cb:
                continue
            feature = QgsFeature(zfields)
            geometry = QgsGeometry(gb if gb is not None else ga)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes(
                [
                    code,
                    ca,
                    cb,
                    ra.covered_pct if ra is not None else None,
                    rb.covered_pct if rb is not None else None,
                ]
            )
            self.write(zsink, feature, "ZONES_OUTPUT")
            changed += 1
        feedback.pushInfo(tr("{count} zones change compliance.").format(count=changed))
        return {"OUTPUT": dest, "ZONES_OUTPUT": zdest, "CHANGED_ZONES": changed, "FIGURES": report}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
