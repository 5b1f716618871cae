"""patrolmap:dutymap — the printed duty map: an overview page and one page per zone, as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from ..core import roster as core_roster
from ..i18n import tr
from ..layout.data import DutyMapError
from ..layout.dutymap import DEFAULT_MARKING, DEFAULT_TITLE, DutyMapJob, DutyMapRequest
from ..layout.styles import qgis_enum
from ..layout.templates import TemplateError
from .base import PatrolMapAlgorithm
from .inputs import check_valid, unchecked_source

DEFAULT_SHIFT_TIMES = "day=08:00-20:00, night=20:00-08:00"


def _no_threading_flag():
    """NoThreading under its 3.22 name or its later one (Qgis.ProcessingAlgorithmFlag)."""
    scoped = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    return scoped.NoThreading if scoped is not None else QgsProcessingAlgorithm.FlagNoThreading


class DutyMapAlgorithm(PatrolMapAlgorithm):
    ALG_ID = "dutymap"
    GROUP_ID = "print"

    def displayName(self):  # noqa: N802 - QGIS's name
        return tr("Duty map (PDF)")

    def flags(self):
        # Layouts are not thread safe: QGIS's own layout export algorithms run on the main
        # thread, and so does this one (page by page; see plugin/layout/dutymap.py).
        return super().flags() | _no_threading_flag()

    def shortHelpString(self):  # noqa: N802 - QGIS's name
        return tr(
            "Prints the duty map officers take on shift, as a PDF: an overview of the jurisdiction "
            "(zones coloured by station and labelled with their codes, stations, key sites, optional "
            "coverage bands, legend, scale bar, north arrow, who is on duty) and, with ATLAS, one page "
            "per zone (the zone with its neighbours greyed, its facts, the roster rows of its zone or "
            "station for the shift, its key sites). Page count: 1 + zones.\n\n"
            "SHIFT: day (白班), night (夜班), your own shift name, or empty for every shift of the date. "
            "PER_STATION writes one booklet per station (overview of its zones + their pages) into the "
            "folder OUTPUT (a name ending in .pdf is used without the extension). TEMPLATE_DIR: a folder "
            "with your own dutymap_overview.qpt and/or dutymap_zone.qpt, edited in QGIS's layout "
            "designer; PatrolMap fills the items by id (see resources/layouts/README.md).\n\n"
            "Text is written in Noto Sans CJK SC and embedded in the PDF; without any Chinese font the "
            "export warns. The PDF is written under a temporary name and renamed when complete."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS's name
        polygon, point = QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint
        self.add_zones_parameter()
        self.add_stations_parameter(optional=True)
        self.addParameter(
            QgsProcessingParameterFeatureSource("KEY_SITES", tr("Key sites"), [point], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "ROSTER", tr("Duty roster table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "COVERAGE", tr("Coverage bands (e.g. 1/3/5-minute isochrones)"), [polygon], optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), DEFAULT_TITLE))
        self.addParameter(
            QgsProcessingParameterDateTime(
                "DATE",
                tr("Duty date"),
                qgis_enum(
                    "QgsProcessingParameterDateTime.Type.Date",
                    "Qgis.ProcessingDateTimeParameterDataType.Date",
                ),
                QDate.currentDate(),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "SHIFT",
                tr("Shift (day, night, your own name; empty: all shifts)"),
                core_roster.DAY,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("ATLAS", tr("One page per zone after the overview"), True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "PER_STATION", tr("One PDF booklet per station (OUTPUT is then a folder)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "TEMPLATE_DIR",
                tr("Folder with your own layout templates"),
                behavior=qgis_enum(
                    "QgsProcessingParameterFile.Behavior.Folder",
                    "Qgis.ProcessingFileParameterBehavior.Folder",
                ),
                optional=True,
            )
        )
        advanced = [
            QgsProcessingParameterFeatureSource(
                "ROADS",
                tr("Roads (the street network drawn on the map)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            ),
            QgsProcessingParameterFeatureSource(
                "JURISDICTION", tr("Jurisdiction outline"), [polygon], optional=True
            ),
            QgsProcessingParameterString(
                "STATION", tr("Only this station's zones (station id)"), optional=True
            ),
            QgsProcessingParameterString(
                "MARKING", tr("Handling marking in the footer"), DEFAULT_MARKING, optional=True
            ),
            QgsProcessingParameterString(
                "SHIFT_TIMES",
                tr("Shift hours (shift=HH:MM-HH:MM, comma separated)"),
                DEFAULT_SHIFT_TIMES,
                optional=True,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("Duty map PDF (or folder, per station)"), tr("PDF files (*.pdf)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("PDF files written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS's name
        # The layout iterates these sources itself: made so that an invalid geometry cannot throw
        # inside its iteration (which crashes the next run); invalid zones are refused here instead.
        zones = unchecked_source(self, parameters, "ZONES", context)
        if zones is None:
            raise QgsProcessingException(tr("Choose the patrol zones layer."))
        code = "zone_code" if zones.fields().indexOf("zone_code") >= 0 else ""
        check_valid(zones, context, feedback, tr("zones"), (lambda f: f[code]) if code else None)

        def optional(name):
            return unchecked_source(self, parameters, name, context) if parameters.get(name) else None

        date = self.parameterAsDateTime(parameters, "DATE", context).date()
        if not date.isValid():
            raise QgsProcessingException(tr("Give the duty date (e.g. 2024-05-20)."))
        try:
            shift_times = core_roster.parse_shift_times(
                self.parameterAsString(parameters, "SHIFT_TIMES", context)
            )
        except core_roster.RosterError as e:
            raise QgsProcessingException(tr("Shift hours: {error}").format(error=e)) from e
        per_station = self.parameterAsBool(parameters, "PER_STATION", context)
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        if per_station and output.suffix.lower() == ".pdf":
            output = output.with_suffix("")
        template_dir = self.parameterAsFile(parameters, "TEMPLATE_DIR", context)
        request = DutyMapRequest(
            zones=zones,
            output=output,
            date=dt.date(date.year(), date.month(), date.day()),
            shift=self.parameterAsString(parameters, "SHIFT", context).strip(),
            title=self.parameterAsString(parameters, "TITLE", context).strip() or DEFAULT_TITLE,
            stations=optional("STATIONS"),
            key_sites=optional("KEY_SITES"),
            roster=optional("ROSTER"),
            coverage=optional("COVERAGE"),
            roads=optional("ROADS"),
            jurisdiction=optional("JURISDICTION"),
            atlas=self.parameterAsBool(parameters, "ATLAS", context),
            per_station=per_station,
            template_dir=Path(template_dir) if template_dir else None,
            marking=self.parameterAsString(parameters, "MARKING", context).strip(),
            shift_times=shift_times,
            station_id=self.parameterAsString(parameters, "STATION", context).strip() or None,
        )
        job = DutyMapJob(request)
        try:
            job.prepare(feedback)
            for warning in job.warnings:
                feedback.pushWarning(warning)
            reported = len(job.warnings)
            feedback.pushInfo(
                tr("{pages} pages in {files} PDF file(s).").format(
                    pages=job.total_pages, files=len(job.documents)
                )
            )
            result = job.run(feedback)
        except (DutyMapError, TemplateError) as e:
            raise QgsProcessingException(str(e)) from e
        for warning in result.warnings[reported:]:
            feedback.pushWarning(warning)
        for path in result.files:
            feedback.pushInfo(tr("Wrote {path}").format(path=path))
        return {"OUTPUT": str(output), "PAGES": result.pages, "FILES": ";".join(str(p) for p in result.files)}
