"""patrolmap:isochrones and patrolmap:responsezones — areas reached within minutes by road."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.isochrones import isochrone_polygons, response_zones
from ..i18n import tr
from .breaks import parse_breaks
from .network_base import NetworkAlgorithm


class _AreaAlgorithm(NetworkAlgorithm):
    """Origins, breaks, turnout and road buffer width: what both area algorithms take."""

    POINTS = "ORIGINS"
    ID_FIELD = "ORIGIN_ID_FIELD"

    def add_area_parameters(self, points_label: str, id_label: str) -> None:
        self.add_network_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POINTS, points_label, [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ID_FIELD, id_label, parentLayerParameterName=self.POINTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString("BREAKS", tr("Breaks (minutes, comma separated)"), "1,3,5")
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TURNOUT_FIELD",
                tr("Turnout field (minutes before leaving, added to each travel time)"),
                parentLayerParameterName=self.POINTS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        width = QgsProcessingParameterNumber(
            "WIDTH",
            tr("Area width around reached roads (m)"),
            QgsProcessingParameterNumber.Type.Double,
            50.0,
            minValue=1.0,
            maxValue=1000.0,
        )
        width.setFlags(width.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(width)

    def prepare(self, parameters, context, feedback, what: str):
        lnet = self.load_network(parameters, context, feedback)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        turnout = self.parameterAsString(parameters, "TURNOUT_FIELD", context)
        pts, snapped = self.points(
            parameters, context, self.POINTS, lnet, id_field, turnout, what=what, feedback=feedback
        )
        breaks = parse_breaks(self.parameterAsString(parameters, "BREAKS", context))
        width = self.parameterAsDouble(parameters, "WIDTH", context)
        layer = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        to_output = QgsCoordinateTransform(lnet.crs, layer.crs(), context.transformContext())
        return lnet, pts, snapped, breaks, width, layer.crs(), to_output


class IsochronesAlgorithm(_AreaAlgorithm):
    ALG_ID = "isochrones"

    def displayName(self):
        return tr("Isochrones (response areas)")

    def shortHelpString(self):
        return tr(
            "Areas reached by road within each break (e.g. 1, 3 and 5 minutes) from each origin: "
            "the reached road length — partial road pieces included — widened by the area "
            "width, so areas hug the roads (no convex hulls) and have holes where no road is "
            "reached. Polygons of one origin are nested. A turnout field adds minutes before "
            "the unit leaves. Dissolve gives one polygon per break for all origins together."
        )

    def initAlgorithm(self, config=None):
        self.add_area_parameters(tr("Origins (stations, units)"), tr("Origin id field (default: feature id)"))
        self.addParameter(
            QgsProcessingParameterBoolean(
                "DISSOLVE", tr("Dissolve: one area per break for all origins"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Isochrones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        lnet, pts, snapped, breaks, width, crs, to_output = self.prepare(
            parameters, context, feedback, tr("origin")
        )
        dissolve = self.parameterAsBool(parameters, "DISSOLVE", context)
        polygons = self.run_core(
            isochrone_polygons,
            lnet.network,
            snapped,
            breaks,
            self.offsets_s(pts),
            width=width,
            dissolve=dissolve,
            progress=self.progress(feedback, 45, 90),
        )
        id_sample = pts.ids[0] if not dissolve else ""
        fields = self.fields(
            self.id_field("origin_id", id_sample),
            QgsField("minutes", QVariant.Type.Double),
            QgsField("area_m2", QVariant.Type.Double),
        )
        sink, dest_id = self.sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        # Largest first, so smaller bands draw on top when the layer has no ordering.
        for origin, minutes, shape in sorted(polygons, key=lambda p: (p[0], -p[1])):
            feature = QgsFeature(fields)
            feature.setGeometry(self.geometry(shape, to_output))
            feature.setAttributes(
                [None if origin < 0 else pts.ids[origin], float(minutes), float(shape.area)]
            )
            self.write(sink, feature)
        feedback.setProgress(100)
        return {"OUTPUT": dest_id}


class ResponseZonesAlgorithm(_AreaAlgorithm):
    ALG_ID = "responsezones"
    POINTS = "FACILITIES"
    ID_FIELD = "FACILITY_ID_FIELD"

    def displayName(self):
        return tr("Response zones (nearest post)")

    def shortHelpString(self):
        return tr(
            "Splits the reachable area among the facilities: each piece of road, and the area "
            "around it, goes to the facility that reaches it first by road, banded by the "
            "breaks. Areas of different facilities never overlap."
        )

    def initAlgorithm(self, config=None):
        self.add_area_parameters(
            tr("Facilities (stations, kiosks, platforms)"), tr("Facility id field (default: feature id)")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Response zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        lnet, pts, snapped, breaks, width, crs, to_output = self.prepare(
            parameters, context, feedback, tr("facility")
        )
        polygons = self.run_core(
            response_zones, lnet.network, snapped, breaks, self.offsets_s(pts), width=width
        )
        fields = self.fields(
            self.id_field("facility_id", pts.ids[0]),
            QgsField("minutes", QVariant.Type.Double),
            QgsField("area_m2", QVariant.Type.Double),
        )
        sink, dest_id = self.sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        for facility, minutes, shape in polygons:
            feature = QgsFeature(fields)
            feature.setGeometry(self.geometry(shape, to_output))
            feature.setAttributes([pts.ids[facility], float(minutes), float(shape.area)])
            self.write(sink, feature)
        feedback.setProgress(100)
        return {"OUTPUT": dest_id}
