"""patrolmap:creategrid — square or hexagonal patrol zones that tile the jurisdiction exactly."""

from __future__ import annotations

from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.schema import PATROL_ZONES
from ..i18n import tr
from ..zones_layer import read_shapes, schema_fields, to_qgs_many, xy_transform
from .base import PatrolMapAlgorithm
from .inputs import checked_work_crs

SHAPES = ("square", "hexagon")  # SHAPE enum values 0 and 1


class CreateGridAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "creategrid"
    GROUP_ID = "zones"

    def displayName(self):
        return tr("Create patrol grid")

    def shortHelpString(self):
        return tr(
            "Cuts the jurisdiction into square or hexagonal patrol zones that tile it exactly: no "
            "gap, no overlap, holes (lakes, closed areas) left out, every zone one valid polygon.\n\n"
            "CELL_SIZE is in metres: the side of a square, or a hexagon's width between opposite "
            "edges. In a geographic CRS the cells are laid out in a local metric CRS and written "
            "in the boundary's CRS.\n\n"
            "Cells cut by the boundary that keep less than MIN_CELL_PCT % of a full cell are "
            "merged into the neighbour they share the longest edge with (0 keeps them all).\n\n"
            "Zones get unique codes CODE_PREFIX-001, -002… in reading order (rows from the top, "
            "left to right) and the patrol_zones fields, category 'other'.\n\n"
            "A grid of more than {limit} cells over the boundary's extent is refused before any "
            "work is done."
        ).format(limit=f"{self.max_cells():,}")

    @staticmethod
    def max_cells() -> int:
        from ..core.grid import MAX_CELLS

        return MAX_CELLS

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "BOUNDARY", tr("Boundary (jurisdiction)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "SHAPE", tr("Cell shape"), [tr("Square"), tr("Hexagon")], defaultValue=0
            )
        )
        # No minimum here: a size ≤ 0 gets PatrolMap's own message, not a generic one.
        self.addParameter(
            QgsProcessingParameterNumber(
                "CELL_SIZE",
                tr("Cell size (m): square side, or hexagon width across flats"),
                QgsProcessingParameterNumber.Type.Double,
                500.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_CELL_PCT",
                tr("Merge clipped cells smaller than (% of a full cell)"),
                QgsProcessingParameterNumber.Type.Double,
                25.0,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("CODE_PREFIX", tr("Zone code prefix"), "Z", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Patrol zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ZONE_COUNT", tr("Zones")))
        self.addOutput(QgsProcessingOutputNumber("MERGED", tr("Clipped cells merged")))

    def prepareAlgorithm(self, parameters, context, feedback):
        """Read the boundary here: on the main thread, even when the run is a background task.

        A refusal is kept for processAlgorithm to raise: raised here, its text would be lost
        behind QGIS's generic "There were errors executing the algorithm"."""
        self._error = None
        try:
            self._read(parameters, context)
        except QgsProcessingException as e:
            self._error = e
        return True

    def _read(self, parameters, context):
        source = self.parameterAsSource(parameters, "BOUNDARY", context)
        if source is None:
            raise QgsProcessingException(tr("Choose a boundary (jurisdiction) layer."))
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(
                tr("The boundary layer has no coordinate reference system: set one first.")
            )
        self._crs = crs
        self._work_crs = checked_work_crs(crs, source.sourceExtent(), tr("boundary"), source.sourceName())
        self._shapes = read_shapes(source, crs, context.transformContext())
        self._transform_context = context.transformContext()

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.grid import GridError, create_grid, union_boundary

        if self._error is not None:
            raise self._error
        shape = SHAPES[self.parameterAsEnum(parameters, "SHAPE", context)]
        size = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        pct = self.parameterAsDouble(parameters, "MIN_CELL_PCT", context)
        prefix = (self.parameterAsString(parameters, "CODE_PREFIX", context) or "").strip()
        if not size > 0:
            raise QgsProcessingException(
                tr("The cell size must be more than 0 m (it is {size}).").format(size=f"{size:g}")
            )
        if len(prefix) > 24:
            raise QgsProcessingException(tr("The zone code prefix is too long (at most 24 characters)."))

        boundary, repairs = union_boundary([g for _, g in self._shapes])
        fids = [fid for fid, _ in self._shapes]
        for index, reason in repairs:
            feedback.pushWarning(
                tr(
                    "Boundary feature {fid} is invalid ({reason}); it was repaired (make_valid) before the grid was "
                    "cut. Check the grid's edge there."
                ).format(fid=fids[index], reason=reason)
            )
        if boundary is None:
            raise QgsProcessingException(
                tr("The boundary layer has no polygon with an area: there is nothing to cut into zones.")
            )

        to_work = to_boundary = None
        if self._work_crs != self._crs:
            feedback.pushInfo(
                tr("The boundary's CRS is not in metres: cells are laid out in {crs}.").format(
                    crs=self._work_crs.authid()
                )
            )
            to_work = xy_transform(self._crs, self._work_crs, self._transform_context)
            to_boundary = xy_transform(self._work_crs, self._crs, self._transform_context)

        try:
            result = create_grid(
                boundary,
                shape,
                size,
                min_cell_pct=pct,
                prefix=prefix,
                to_work=to_work,
                to_boundary=to_boundary,
                progress=self.progress(feedback, 0, 90),
            )
        except GridError as e:
            raise QgsProcessingException(self._grid_message(e)) from e
        except QgsCsException as e:
            raise QgsProcessingException(
                tr("The boundary cannot be transformed to {crs}: {error}").format(
                    crs=self._work_crs.authid(), error=e
                )
            ) from e

        # Written only once everything is computed: a failure above leaves no half-made layer.
        fields = schema_fields(PATROL_ZONES)
        sink, dest_id = self.sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, self._crs)
        category = PATROL_ZONES.field("category").default.strip("'")
        features = []
        for code, geometry in zip(result.codes, to_qgs_many(result.geometries)):
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([code, None, None, category, None, None])
            features.append(feature)
        self.write_all(sink, features)
        if result.isolated:
            feedback.pushWarning(
                tr(
                    "{count} small pieces touch no other zone (islands?) and were kept as zones of their own: "
                    "{codes}"
                ).format(count=len(result.isolated), codes=", ".join(result.isolated[:20]))
            )
        feedback.pushInfo(
            tr(
                "{zones} zones: {full} whole cells, {clipped} cut by the boundary, {merged} small pieces merged "
                "into a neighbour."
            ).format(
                zones=len(result.codes),
                full=result.full_cells,
                clipped=result.clipped_cells,
                merged=result.merged,
            )
        )
        return {"OUTPUT": dest_id, "ZONE_COUNT": len(result.codes), "MERGED": result.merged}

    def _grid_message(self, error) -> str:
        v = error.values
        if error.reason == "too_many":
            return tr(
                "A {size} m grid over the boundary's extent would need {count} cells; the limit is {limit}. "
                "Use a cell size of at least {min_size} m."
            ).format(
                size=f"{v['cell_size']:g}",
                count=f"{v['count']:,}",
                limit=f"{v['limit']:,}",
                min_size=f"{v['min_size']:g}",
            )
        if error.reason == "cell_size":
            return tr("The cell size must be more than 0 m (it is {size}).").format(
                size=f"{v['cell_size']:g}"
            )
        if error.reason == "min_cell_pct":
            return tr("MIN_CELL_PCT must be between 0 and 100.")
        if error.reason == "empty":
            return tr("The boundary layer has no polygon with an area: there is nothing to cut into zones.")
        if error.reason == "cancelled":
            return tr("Cancelled.")
        return str(error)
