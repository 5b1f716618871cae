"""What all PatrolMap algorithms share: naming, groups, help, icon, the common parameters, and
outputs that fail loudly.

Every algorithm extends ``PatrolMapAlgorithm`` (ORS Tools keeps one base algorithm the same
way): a subclass declares ``ALG_ID`` and ``GROUP_ID`` and its own parameters, and gets the
group's translated name, its help page, sinks that raise when they cannot be made, and the
zone and station parameters declared alike wherever they appear.
"""

from __future__ import annotations

import configparser
import functools
from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..commandmap import set_command_map_default
from ..core.schema import PLATFORM_ZONES_MIN, STATION_ZONES_MAX, STATION_ZONES_MIN
from ..i18n import tr
from ..resources import icon


@functools.lru_cache(maxsize=1)
def _repository() -> str:
    """The ``repository`` of metadata.txt: the one place the project's address is written."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(__file__).resolve().parents[2] / "metadata.txt", encoding="utf-8")
    return parser.get("general", "repository", fallback="").rstrip("/")


def help_url(alg_id: str) -> str:
    """The algorithm's page under docs/algorithms/, as the repository renders it."""
    return f"{_repository()}/blob/main/docs/algorithms/{alg_id}.md"


# Decimals the dialog shows for number parameters; QGIS's default is six ("30.000000 km/h").
# Scripts and models may still pass any value.
DECIMALS = {
    "DEFAULT_SPEED_KMH": 0,
    "EMERGENCY_FACTOR": 2,
    "SNAP_TOLERANCE": 0,
    "WIDTH": 0,
    "CELL_SIZE": 0,
    "MIN_CELL_PCT": 0,
    "MAX_MINUTES": 1,
    "SLIVER_WIDTH": 1,
    "SLIVER_AREA": 0,
}


def group_names() -> dict[str, str]:
    """Group id (stable: models and scripts keep it) → the name shown, in the user's language."""
    return {
        "commandmap": tr("Command map"),
        "network": tr("Road network"),
        "zones": tr("Patrol zones"),
        "print": tr("Printing"),
        "dispatch": tr("Dispatch feed"),
        "deployment": tr("Deployment"),
        "duty": tr("Duty"),
    }


def default_field(source, explicit: str, name: str) -> str:
    """The field the user chose, else ``name`` when the layer has it, else "" (none)."""
    if explicit:
        return explicit
    return name if source is not None and source.fields().indexOf(name) >= 0 else ""


class PatrolMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID`` and ``GROUP_ID`` and implement ``displayName``,
    ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``.

    Text is translated with the module-level ``tr()`` (one context for the whole plugin),
    never ``self.tr()``.
    """

    ALG_ID = ""
    GROUP_ID = "commandmap"

    def name(self):
        return self.ALG_ID

    def group(self):
        return group_names().get(self.GROUP_ID) or self.group_text()

    def groupId(self):  # noqa: N802 - QGIS's name
        return self.GROUP_ID

    def group_text(self) -> str:
        """The group's name for a group id not in ``group_names()``."""
        return tr("Command map")

    def helpUrl(self):  # noqa: N802 - QGIS's name
        return help_url(self.ALG_ID)

    def icon(self):
        return icon("patrolmap.svg")

    def createInstance(self):  # noqa: N802 - QGIS's name
        return type(self)()

    # ------------------------------------------------------------------ shared parameters
    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803 - QGIS's names
        # Dialogs open on the command map's layers (roads, zones, stations…), not the active one.
        set_command_map_default(parameter)
        if isinstance(parameter, QgsProcessingParameterNumber) and parameter.name() in DECIMALS:
            metadata = parameter.metadata()
            wrapper = dict(metadata.get("widget_wrapper") or {})
            wrapper.setdefault("decimals", DECIMALS[parameter.name()])
            metadata["widget_wrapper"] = wrapper
            parameter.setMetadata(metadata)
        return super().addParameter(parameter, createOutput)

    def add_zones_parameter(self, name: str = "ZONES", label: str | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                name, label or tr("Patrol zones"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )

    def add_stations_parameter(self, optional: bool = False) -> None:
        """STATIONS: police stations, kiosks and mobile platforms (station_id, kind)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "STATIONS",
                tr("Stations, kiosks and mobile platforms"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=optional,
            )
        )

    def add_zone_code_parameter(self) -> None:
        self.addParameter(
            QgsProcessingParameterField(
                "ZONE_CODE_FIELD",
                tr("Zone code field (default: zone_code)"),
                parentLayerParameterName="ZONES",
                optional=True,
            )
        )

    def add_station_bounds_parameters(self, minimum: int = 1) -> None:
        """MIN_ZONES, MAX_ZONES and MIN_PLATFORM_ZONES: the 6–8 / ≥4 rule, as the user may set it."""
        for name, label, default in (
            ("MIN_ZONES", tr("Minimum zones per station"), STATION_ZONES_MIN),
            ("MAX_ZONES", tr("Maximum zones per station"), STATION_ZONES_MAX),
            ("MIN_PLATFORM_ZONES", tr("Minimum zones per mobile platform"), PLATFORM_ZONES_MIN),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name,
                    label,
                    QgsProcessingParameterNumber.Type.Integer,
                    default,
                    minValue=minimum,
                    maxValue=10000,
                )
            )

    def zones_source(self, parameters, context, name: str = "ZONES"):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(tr("Choose the patrol zones layer."))
        return source

    # ------------------------------------------------------------------ outputs
    def sink(self, parameters, name: str, context, fields, wkb_type, crs=None):
        """``parameterAsSink`` that raises when a required output cannot be made; an optional
        output the user left out is (None, None)."""
        if crs is None:
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type)
        else:
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            definition = self.parameterDefinition(name)
            wanted = parameters.get(name) not in (None, "")
            optional = definition is not None and bool(
                definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
            )
            if wanted or not optional:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None, None
        return sink, dest_id

    @staticmethod
    def write(sink, feature, output_name: str = "OUTPUT") -> None:
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                tr("Could not write to the output “{name}”.").format(name=output_name)
            )

    @staticmethod
    def write_all(sink, features, output_name: str = "OUTPUT") -> None:
        if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                tr("Could not write to the output “{name}”.").format(name=output_name)
            )

    @staticmethod
    def fields(*fields) -> QgsFields:
        out = QgsFields()
        for f in fields:
            out.append(f)
        return out

    @staticmethod
    def result_fields(source_fields, new) -> QgsFields:
        """The input's fields where they are (the output is still the same kind of layer), a
        result field the input already has replaced in place, the other result fields after."""
        by_name = {f.name(): f for f in new}
        out = QgsFields()
        for f in source_fields:
            out.append(by_name.pop(f.name(), f))
        for f in new:
            if f.name() in by_name:
                out.append(f)
        return out

    @staticmethod
    def progress(feedback, start: float, end: float):
        """A core progress callback mapped onto part of the feedback's range; False to cancel."""

        def report(fraction: float) -> bool:
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return report
