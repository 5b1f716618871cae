"""patrolmap:hotspots — incident density along the streets, and the hot spots."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRendererRange,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ..core.hotspots import kde, lixels, parse_hours, parse_weekdays, rank_density, time_filter
from ..i18n import tr
from ..network_layer import _ids
from .deployment_base import DeploymentAlgorithm, local_datetime

DEFAULT_TIME_FIELD = "reported_at"  # the command map's incident time
HEAT = ("#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04")


def style_hotspots(layer) -> None:
    """A heat style: six density classes, yellow to dark red, wider as they get denser."""
    values = np.array(
        [
            f["density"]
            for f in layer.getFeatures(
                QgsFeatureRequest().setNoAttributes().setSubsetOfAttributes(["density"], layer.fields())
            )
        ],
        dtype=float,
    )
    values = values[np.isfinite(values) & (values > 0)]
    if not len(values):
        return
    edges = np.unique(np.quantile(values, [0, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0]))
    ranges = []
    for k in range(len(edges) - 1):
        symbol = QgsLineSymbol.createSimple(
            {"line_color": HEAT[min(k, len(HEAT) - 1)], "line_width": str(0.4 + 0.4 * k)}
        )
        symbol.setColor(QColor(HEAT[min(k, len(HEAT) - 1)]))
        label = f"{edges[k]:.3g} – {edges[k + 1]:.3g}"
        ranges.append(QgsRendererRange(float(edges[k]), float(edges[k + 1]), symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("density", ranges))
    layer.triggerRepaint()


class HotspotsAlgorithm(DeploymentAlgorithm):
    ALG_ID = "hotspots"

    def displayName(self):
        return tr("Incident hot spots on the streets")

    def shortHelpString(self):
        return tr(
            "Kernel density of incidents along the roads (distance on the roads, not straight-line; "
            "at a junction the kernel's mass is split equally over the roads going on, so every "
            "incident adds exactly its weight). The roads are cut into pieces of about LIXEL_M "
            "metres; density is weighted incidents per km of road per day of the period (the "
            "period given, or from the first to the last incident). HOURS (e.g. 20-8 for nights) "
            "and WEEKDAYS (1 = Monday … 7 = Sunday, e.g. 1-5) keep only incidents at those times. "
            "rank 1 is the densest piece; hotspot marks the top TOP_PCT % of pieces. Only pieces "
            "with some density are written."
        )

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INCIDENTS", tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TIME_FIELD",
                tr("Time field (default: reported_at)"),
                parentLayerParameterName="INCIDENTS",
                optional=True,
            )
        )
        for name, label in (("PERIOD_START", tr("Period start")), ("PERIOD_END", tr("Period end"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, optional=True))
        self.addParameter(
            QgsProcessingParameterString("HOURS", tr("Hours (e.g. 20-8; empty: all)"), "", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                "WEEKDAYS", tr("Weekdays (1 = Monday, e.g. 1-5; empty: all)"), "", optional=True
            )
        )
        for name, label, default in (
            ("BANDWIDTH_M", tr("Bandwidth (m along the roads)"), 300.0),
            ("LIXEL_M", tr("Road piece length (m)"), 50.0),
            ("TOP_PCT", tr("Hot spots: top share of pieces (%)"), 5.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Type.Double, default, minValue=0.01
                )
            )
        self.addParameter(
            QgsProcessingParameterField(
                "WEIGHT_FIELD",
                tr("Weight field (e.g. grade)"),
                parentLayerParameterName="INCIDENTS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Hot spots"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def _period(self, parameters, context, name):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return local_datetime(value) if value is not None and value.isValid() else None

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INCIDENTS", context)
        if source is None:
            raise QgsProcessingException(tr("Choose an incidents layer."))
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context) or DEFAULT_TIME_FIELD
        if source.fields().indexOf(time_field) < 0:
            raise QgsProcessingException(
                tr("The incidents layer has no field “{field}”; choose its time field.").format(
                    field=time_field
                )
            )
        weight_field = self.parameterAsString(parameters, "WEIGHT_FIELD", context)
        try:
            hours = parse_hours(self.parameterAsString(parameters, "HOURS", context))
            weekdays = parse_weekdays(self.parameterAsString(parameters, "WEEKDAYS", context))
        except ValueError as e:
            raise QgsProcessingException(tr("Hours or weekdays: {error}").format(error=e)) from e
        start = self._period(parameters, context, "PERIOD_START")
        end = self._period(parameters, context, "PERIOD_END")
        if start is not None and end is not None and end <= start:
            raise QgsProcessingException(tr("The period ends before it starts."))

        lnet = self.load_network(parameters, context, feedback)
        network = lnet.network
        request = QgsFeatureRequest().setDestinationCrs(lnet.crs, context.transformContext())
        xy, times, weights, fids, no_time, bad_weight = [], [], [], [], [], []
        for feature in source.getFeatures(request):
            g = feature.geometry()
            if g.isNull() or g.isEmpty():
                continue
            t = local_datetime(feature[time_field])
            if t is None:
                no_time.append(feature.id())
                continue
            w = 1.0
            if weight_field:
                value = feature[weight_field]
                try:
                    w = float(value)
                except (TypeError, ValueError):
                    w = float("nan")
                if not np.isfinite(w) or w < 0:
                    bad_weight.append(feature.id())
                    continue
            p = g.asPoint() if not g.isMultipart() else g.asMultiPoint()[0]
            xy.append((p.x(), p.y()))
            times.append(t)
            weights.append(w)
            fids.append(feature.id())
        if no_time:
            if not times:
                raise QgsProcessingException(
                    tr("No incident has a readable time in “{field}” (features {ids}).").format(
                        field=time_field, ids=_ids(no_time)
                    )
                )
            feedback.pushWarning(
                tr("Incidents {ids} have no readable time in “{field}” and were left out.").format(
                    ids=_ids(no_time), field=time_field
                )
            )
        if bad_weight:
            feedback.pushWarning(
                tr("Incidents {ids} have no usable weight in “{field}” and were left out.").format(
                    ids=_ids(bad_weight), field=weight_field
                )
            )
        if not times:
            raise QgsProcessingException(tr("The incidents layer has no usable incidents."))
        first = start or min(times)
        last = end or max(times)
        days = max((last - first).total_seconds() / 86400.0, 1.0)
        keep = np.flatnonzero(time_filter(times, start, end, hours, weekdays))
        feedback.pushInfo(
            tr("{count} incidents in the period and hours asked for, over {days:.1f} days.").format(
                count=len(keep), days=days
            )
        )
        if not len(keep):
            raise QgsProcessingException(tr("No incident falls in the period, hours and weekdays asked for."))
        xy = np.asarray(xy, dtype=float)[keep]
        snapped = network.snap(xy, max_distance=self.snap_tolerance(parameters, context))
        off = [fids[keep[i]] for i in np.flatnonzero(~snapped.ok)]
        if off:
            feedback.pushWarning(
                tr(
                    "Incidents {ids} are farther than the snap tolerance from any road and were left out."
                ).format(ids=_ids(off))
            )
        feedback.setProgress(30)
        lix = lixels(network, self.parameterAsDouble(parameters, "LIXEL_M", context))
        try:
            mass = kde(
                network,
                snapped,
                np.asarray(weights)[keep],
                self.parameterAsDouble(parameters, "BANDWIDTH_M", context),
                lix,
            )
        except MemoryError as e:
            raise QgsProcessingException(
                tr("The bandwidth is too wide for this network: {error}").format(error=e)
            ) from e
        feedback.setProgress(70)
        density = mass / (lix.length_m / 1000.0) / days
        rank, hot = rank_density(density, self.parameterAsDouble(parameters, "TOP_PCT", context))

        fields = self.fields(
            QgsField("density", QVariant.Type.Double),
            QgsField("rank", QVariant.Type.Int),
            QgsField("hotspot", QVariant.Type.Bool),
        )
        out_crs = source.sourceCrs()
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, out_crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        written = np.flatnonzero(mass > 0)
        ends = network.seg_xy[lix.seg[written]]
        a = ends[:, 0] + lix.s0[written, None] * (ends[:, 1] - ends[:, 0])
        b = ends[:, 0] + lix.s1[written, None] * (ends[:, 1] - ends[:, 0])
        lines = shapely.linestrings(np.stack([a, b], axis=1))
        to_out = QgsCoordinateTransform(lnet.crs, out_crs, context.transformContext())
        batch = []
        for k, i in enumerate(written):
            feature = QgsFeature(fields)
            feature.setGeometry(self.geometry(lines[k], to_out))
            feature.setAttributes([float(density[i]), int(rank[i]), bool(hot[i])])
            batch.append(feature)
            if len(batch) >= 5000 or k == len(written) - 1:
                if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(
                        tr("Could not write to the output “{name}”.").format(name="OUTPUT")
                    )
                batch = []
        self._dest = dest
        return {"OUTPUT": dest, "INCIDENTS_USED": int(snapped.ok.sum()), "DAYS": days}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS's name
        layer = QgsProcessingUtils.mapLayerFromString(getattr(self, "_dest", ""), context)
        if layer is not None:
            style_hotspots(layer)
        return {}
