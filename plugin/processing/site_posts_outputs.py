"""What patrolmap:siteposts writes and says: the posts and demand layers, the report, and
the words for each refusal (``core.siting.SitingError`` codes)."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsCoordinateTransform, QgsFeature, QgsField, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core.siting import SitingError
from ..i18n import tr
from ..network_layer import _ids


class SitingOutputs:
    """Mixed into the algorithm: uses its sink and geometry helpers."""

    def _error_text(self, e: SitingError, features, rows, c_ids, count, is_zones) -> str:
        def item_ids():
            fids = sorted({features[int(rows[i])].id() for i in e.items})
            return _ids(fids)

        if e.code == "too_many":
            return tr("{count} new posts asked for but there are only {candidates} candidate sites.").format(
                count=count, candidates=len(c_ids)
            )
        if e.code == "unreachable":
            return tr("Demand features {ids} cannot be reached from any site on the roads.").format(
                ids=item_ids()
            )
        if e.code == "target":
            return tr(
                "No site reaches demand features {ids} within their target; lscp cannot cover them."
            ).format(ids=item_ids())
        if e.code == "zone_bounds":
            return tr("The zones-per-post rule cannot be met: {reason}").format(reason=str(e))
        if e.code == "infeasible":
            return tr("No answer meets all the rules (post count, zones per post, moves); relax one of them.")
        if e.code == "periods":
            return tr("Periods need the mclp or pmedian problem (the same number of posts in every period).")
        if e.code == "no_answer":
            return tr("The time limit ran out before any answer was found; allow more time.")
        if e.code == "no_candidates":
            return tr("There are no candidate sites (none given, or all forbidden or off the roads).")
        return str(e)

    def _report(self, result, problem, names) -> dict:
        units = {
            "mclp": tr("demand covered"),
            "lscp": tr("new posts"),
            "pmedian": tr("weighted mean minutes"),
            "pcenter": tr("worst minutes"),
        }[problem]
        lines = [
            tr("Objective ({units}): {value:.4g}").format(units=units, value=result.objective),
            tr("Bound: {value:.4g}; gap {gap:.3g} %").format(value=result.bound, gap=result.gap_pct),
            tr("Proven optimal: yes")
            if result.proven_optimal
            else tr("Proven optimal: no — stopped at the time limit"),
            tr("Solve time: {seconds:.2f} s").format(seconds=result.solve_s),
        ]
        if result.greedy_objective is not None:
            lines.append(tr("Greedy start: {value:.4g}").format(value=result.greedy_objective))
        if result.source == "greedy":
            lines.append(tr("HiGHS found nothing better than the greedy start before the time limit."))
        if result.backup_proven is not None:
            lines.append(
                tr("Demand covered twice: {value:.4g} ({proven})").format(
                    value=result.backup_weight,
                    proven=tr("proven best") if result.backup_proven else tr("not proven best"),
                )
            )
        if len(names) > 1:
            lines.append(
                tr("Posts moved between periods: {moves}").format(
                    moves=", ".join(
                        f"{names[p]}→{names[(p + 1) % len(names)]} {m}" for p, m in enumerate(result.moves)
                    )
                )
            )
        values = {
            "problem": problem,
            "objective": result.objective,
            "bound": result.bound,
            "gap_pct": result.gap_pct,
            "proven_optimal": result.proven_optimal,
            "solve_s": result.solve_s,
            "limited_by": result.limited_by,
            "greedy_objective": result.greedy_objective,
            "source": result.source,
            "backup_weight": result.backup_weight if result.backup_proven is not None else None,
            "moves": result.moves,
        }
        return {"lines": lines, "values": values}

    def _write(
        self,
        parameters,
        context,
        source_crs,
        lnet,
        result,
        names,
        e_ids,
        c_ids,
        sites,
        features,
        rows,
        is_zones,
        d_w,
        zone_rule,
    ):
        to_out = QgsCoordinateTransform(lnet.crs, source_crs, context.transformContext())
        periods = len(names) > 1
        post_fields = [
            QgsField("site_id", QVariant.Type.String),
            QgsField("kind", QVariant.Type.String),
            QgsField("demand_covered", QVariant.Type.Double),
            QgsField("zones", QVariant.Type.String),
        ]
        if periods:
            post_fields.append(QgsField("period", QVariant.Type.String))
        fields = self.fields(*post_fields)
        sink, post_dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, source_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        n_e = len(e_ids)
        all_ids = e_ids + c_ids
        served = result.served
        zone_label = [
            str(f["zone_code"]) if f.fields().indexOf("zone_code") >= 0 else str(f.id()) for f in features
        ]
        for p, name in enumerate(names):
            open_sites = list(range(n_e)) + [n_e + j for j in np.flatnonzero(result.open[p])]
            first = served.site[p]
            for k in open_sites:
                mine = (first == k) & served.covered[p]
                covered = float(d_w[p][mine].sum())
                zones = ""
                if is_zones:
                    if zone_rule is not None and k >= n_e and result.zone_post is not None:
                        zs = np.flatnonzero(result.zone_post[p] == k - n_e)
                    else:
                        zs = np.unique(rows[first == k])
                    zones = ",".join(zone_label[int(z)] for z in zs)
                feature = QgsFeature(fields)
                feature.setGeometry(self.geometry(shapely.points(sites.point[k]), to_out))
                values = [all_ids[k], "existing" if k < n_e else "new", covered, zones]
                if periods:
                    values.append(name)
                feature.setAttributes(values)
                self.write(sink, feature)

        src_fields = features[0].fields()
        extra = [
            QgsField("minutes", QVariant.Type.Double),
            QgsField("post_id", QVariant.Type.String),
            QgsField("covered", QVariant.Type.Double),
            QgsField("backup", QVariant.Type.Double),
        ]
        if periods:
            extra.append(QgsField("period", QVariant.Type.String))
        names_taken = set(src_fields.names())
        dfields = self.fields(*[f for f in src_fields], *[f for f in extra if f.name() not in names_taken])
        if any(f.name() in names_taken for f in extra):
            raise QgsProcessingException(
                tr(
                    "The demand layer already has a field named minutes, post_id, covered, backup or period; rename it first."
                )
            )
        as_points = features[0].geometry().type() == QgsWkbTypes.GeometryType.PointGeometry
        wkb = QgsWkbTypes.Type.Point if as_points else QgsWkbTypes.multiType(features[0].geometry().wkbType())
        dsink, demand_dest = self.parameterAsSink(
            parameters, "DEMAND_OUTPUT", context, dfields, wkb, source_crs
        )
        if dsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "DEMAND_OUTPUT"))
        n_items = len(features)
        for p, name in enumerate(names):
            # Zones: shares of road (or of the zone's weight, spread the same way); points: the item.
            w = d_w[0] if is_zones else np.ones(len(rows))
            mins = served.minutes[p]
            tot = np.bincount(rows, weights=w, minlength=n_items)
            cov = np.bincount(rows, weights=w * served.covered[p], minlength=n_items)
            bak = np.bincount(rows, weights=w * served.backup[p], minlength=n_items)
            worst = np.full(n_items, -np.inf)
            np.maximum.at(worst, rows, mins)
            post = np.full(n_items, -1, dtype=np.int64)
            for i in range(n_items):
                idx = np.flatnonzero(rows == i)
                if len(idx) == 0:
                    continue
                by = served.site[p, idx]
                ok = by >= 0
                if ok.any():
                    post[i] = int(np.bincount(by[ok], weights=w[idx][ok] + 1e-12).argmax())
            for i, feature in enumerate(features):
                in_period = np.flatnonzero(rows == i)
                if periods and not (d_w[p][in_period] > 0).any():
                    continue
                out = QgsFeature(dfields)
                geometry = feature.geometry()
                geometry.transform(QgsCoordinateTransform(lnet.crs, source_crs, context.transformContext()))
                if not as_points:
                    geometry.convertToMultiType()
                out.setGeometry(geometry)
                has = len(in_period) > 0 and tot[i] > 0
                minute = float(worst[i]) if len(in_period) and np.isfinite(worst[i]) else None
                values = list(feature.attributes()) + [
                    minute,
                    all_ids[post[i]] if post[i] >= 0 else None,
                    float(cov[i] / tot[i]) if has else None,
                    float(bak[i] / tot[i]) if has else None,
                ]
                if periods:
                    values.append(name)
                out.setAttributes(values)
                self.write(dsink, out, "DEMAND_OUTPUT")
        return {"OUTPUT": post_dest, "DEMAND_OUTPUT": demand_dest}
