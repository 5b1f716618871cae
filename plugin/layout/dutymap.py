"""Duty maps: the overview page and one page per zone, filled into the templates, written as PDF.

How it is written, and why on the main thread
---------------------------------------------
QGIS layouts are not thread safe: QGIS's own "Export atlas layout as PDF" algorithm is flagged
to run on the main thread only, with the comment "layouts are not thread safe", and its layout
designer exports on the main thread too, showing progress through a QgsProxyProgressTask. So
does PatrolMap, but page by page: ``DutyMapJob.step()`` renders one page and returns, so a
dialog can give the event loop a turn between pages (progress, Cancel) while the Processing
algorithm (flagged NoThreading) simply loops. All pages of a document go through one QPainter
on one QPdfWriter, which lets an A3 overview and A4 zone pages share a PDF; text is written as
text (not outlines), so the Chinese font is embedded and the PDF is searchable.

Each PDF is written under a temporary name beside its destination and renamed when its last
page is done; a failure or a cancel deletes the temporary file, so no partial PDF is left
pretending to be complete, and an older PDF of the same name stays as it was until then.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMarginsF, QSize, QSizeF
from qgis.PyQt.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..commandmap import ensure_icon_path
from ..core import roster as core_roster
from ..i18n import tr
from . import data, fonts, pdf_text, styles, templates
from . import legend as legend_builder
from .data import DutyMapError, Zone
from .fonts import print_font
from .styles import qgis_enum
from .templates import OVERVIEW, ZONE_PAGE, TemplateError
from .text import CATEGORY_NAMES, KEY_SITE_KIND_NAMES, LAYER_TITLES

DEFAULT_TITLE = "巡防勤务图"
DEFAULT_MARKING = "内部资料 注意保存"
DPI = 300
WEEKDAYS = "一二三四五六日"
_NICE = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)
_ROUND = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass
class DutyMapRequest:
    """What to print. Layers are QgsFeatureSource (a layer or a Processing source)."""

    zones: object
    output: Path
    date: dt.date
    shift: str = core_roster.DAY  # "" = every shift of the date
    title: str = DEFAULT_TITLE
    stations: object = None
    key_sites: object = None
    roster: object = None
    coverage: object = None
    roads: object = None
    jurisdiction: object = None
    atlas: bool = True
    per_station: bool = False
    template_dir: Path | None = None
    marking: str = DEFAULT_MARKING
    shift_times: dict = field(default_factory=dict)
    scope_codes: set | None = None  # zones to give pages (and to frame the overview); None: all
    station_id: str | None = None  # print one station: its zones, the others greyed on the overview
    printed_at: dt.datetime | None = None
    dpi: int = DPI


@dataclass
class Page:
    document: int
    kind: str  # "overview" | "zone"
    layout_page: int
    zone: Zone | None = None
    first_of_document: bool = False
    last_of_document: bool = False
    number: int = 1  # within its document
    count: int = 1


@dataclass
class Document:
    path: Path
    station_id: str | None
    zones: list[Zone]
    pages: list[Page] = field(default_factory=list)


@dataclass
class DutyMapResult:
    files: list[Path]
    pages: int
    warnings: list[str]


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def nice_scale(scale: float) -> float:
    """The smallest round scale denominator (1, 1.25, 1.5, 2, 2.5 … × 10ⁿ) at or above ``scale``."""
    if not math.isfinite(scale) or scale <= 0:
        return scale
    power = 10 ** math.floor(math.log10(scale))
    for step in _NICE:
        if step * power >= scale * (1 - 1e-9):
            return step * power
    return 10 * power


def round_length(metres: float) -> float:
    """1, 2, 2.5 or 5 × 10ⁿ metres, the nearest below ``metres``."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in _ROUND if step * power <= metres * (1 + 1e-9))


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w\-]+", "_", text, flags=re.UNICODE).strip("_") or "station"


class DutyMapJob:
    """One export: ``prepare()``, then ``step()`` until it returns False (or ``run()``)."""

    def __init__(self, request: DutyMapRequest):
        self.request = request
        self.inputs: data.Inputs | None = None
        self.warnings: list[str] = []
        self.documents: list[Document] = []
        self.pages: list[Page] = []
        self.files: list[Path] = []
        self._next = 0
        self._writer: QPdfWriter | None = None
        self._painter: QPainter | None = None
        self._tmp: Path | None = None
        self._current_zone: str | None = None
        self._current_document = -1
        self._overview_layout = None
        self._zone_layout = None
        self._atlas_started = False
        self._legend_filters: dict[int, bool] = {}
        self._font = fonts.PREFERRED
        self.printed_at = request.printed_at or dt.datetime.now()

    # ------------------------------------------------------------------ preparing

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def prepare(self, feedback=None, check_output: bool = True) -> None:
        """Read and check the inputs, load the templates, plan the documents and pages.

        Raises DutyMapError / TemplateError with a message for the user; writes nothing (a
        preview skips the check that the output can be written).
        """
        request = self.request
        if check_output:
            self._check_output()
        for problem in templates.check_template_dir(request.template_dir):
            raise TemplateError(problem)
        self._choose_font()
        ensure_icon_path()  # the print styles name PatrolMap's SVG icons by file name
        self.inputs = data.read_inputs(request, feedback)
        self._fill_worst_times(feedback)
        for warning in self.inputs.warnings:
            self.warn(warning)
        inputs = self.inputs
        self._overview_layout, self._overview_path = templates.load(
            OVERVIEW, inputs.project, request.template_dir
        )
        if request.atlas:
            self._zone_layout, self._zone_path = templates.load(
                ZONE_PAGE, inputs.project, request.template_dir
            )
        for layout in (self._overview_layout, self._zone_layout):
            if layout is not None:
                prepare_fonts(layout, fonts.PREFERRED, self._font)

        scope = [z for z in inputs.zones if request.scope_codes is None or z.code in request.scope_codes]
        if request.station_id:
            scope = [z for z in scope if z.station_id == request.station_id]
            if not scope:
                raise DutyMapError(
                    tr("No zone belongs to station {station}.").format(station=request.station_id)
                )
        if not scope:
            raise DutyMapError(tr("None of the chosen zones is in the zones layer."))
        if inputs.roster_given and not inputs.roster:
            self.warn(
                tr(
                    "The duty roster has no rows for {date} ({shift}): the roster tables are printed "
                    "empty, marked “未排班”."
                ).format(date=request.date.isoformat(), shift=self.shift_text or tr("all shifts"))
            )
        elif not inputs.roster_given:
            self.warn(tr("No duty roster was given: the roster tables are printed empty."))
        self._plan(scope)
        self._setup_overview()
        if self._zone_layout is not None:
            self._setup_zone_layout()

    def _fill_worst_times(self, feedback=None) -> None:
        """The zone pages' 最长到达时间 when the zones layer does not carry it (a coverage or
        assignment output does; the command map's own zones do not): computed by the same
        algorithm as the Coverage dock (patrolmap:coverage) from the roads and stations given.
        Without roads or stations, or if that fails, the pages say "—" and a warning why."""
        request = self.request
        missing = [z for z in self.inputs.zones if z.worst_min is None]
        if not missing:
            return
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("patrolmap:coverage")
        if request.roads is None or request.stations is None or algorithm is None:
            self.warn(
                tr(
                    "The zone pages show no worst response time: give the roads and the stations "
                    "(or zones from a coverage run) to have it computed."
                )
            )
            return
        roads, stations, zones = (_as_layer(s) for s in (request.roads, request.stations, request.zones))
        station_fields = stations.fields().names()
        road_fields = roads.fields().names()
        parameters = {
            "NETWORK": roads,
            "ZONES": zones,
            "FACILITIES": stations,
            "OUTPUT": "memory:",
        }
        for name, field_name, fields in (
            ("FACILITY_ID_FIELD", "station_id", station_fields),
            ("TURNOUT_FIELD", "turnout_min", station_fields),
            ("HIGHWAY_FIELD", "highway", road_fields),
            ("ONEWAY_FIELD", "oneway", road_fields),
            ("TARGET_FIELD", "target_min", zones.fields().names()),
        ):
            if field_name in fields:
                parameters[name] = field_name
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        run_feedback = feedback if feedback is not None else QgsProcessingFeedback()
        try:
            results, ok = algorithm.run(parameters, context, run_feedback)
        except Exception as e:  # noqa: BLE001 - a missing figure is a warning, not a failed export
            results, ok = {"error": str(e)}, False
        output = QgsProcessingUtils.mapLayerFromString(results.get("OUTPUT"), context) if ok else None
        if output is None:
            self.warn(
                tr(
                    "The worst response times could not be computed ({error}): the zone pages show “—”."
                ).format(error=results.get("error") or tr("no result"))
            )
            return
        worst = {str(f["zone_code"]): f["worst_min"] for f in output.getFeatures()}
        for zone in missing:
            value = worst.get(zone.code)
            if value is not None and not (hasattr(value, "isNull") and value.isNull()):
                zone.worst_min = float(value)

    @property
    def shift_text(self) -> str:
        return (
            core_roster.shift_label(core_roster.normalise_shift(self.request.shift), self.request.shift_times)
            if self.request.shift
            else ""
        )

    def _check_output(self) -> None:
        out = Path(self.request.output)
        folder = out if self.request.per_station else out.parent
        if self.request.per_station:
            if out.exists() and not out.is_dir():
                raise DutyMapError(
                    tr("{path} is a file: per-station booklets go into a folder.").format(path=out)
                )
            if not out.exists():
                if not out.parent.is_dir():
                    raise DutyMapError(
                        tr("Cannot write the duty maps: the folder {folder} does not exist.").format(
                            folder=out.parent
                        )
                    )
                try:
                    out.mkdir()
                except OSError as e:
                    raise DutyMapError(
                        tr("Cannot create the folder {folder}: {error}").format(
                            folder=out, error=e.strerror or e
                        )
                    ) from e
        elif out.is_dir():
            raise DutyMapError(tr("{path} is a folder, not a PDF file.").format(path=out))
        elif out.suffix.lower() != ".pdf":
            raise DutyMapError(
                tr("The duty map is a PDF: give the output a .pdf name ({path}).").format(path=out)
            )
        if not folder.is_dir():
            raise DutyMapError(
                tr("Cannot write the duty map: the folder {folder} does not exist.").format(folder=folder)
            )
        try:
            fd, probe = tempfile.mkstemp(prefix=".patrolmap-probe-", suffix=".pdf", dir=folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as e:
            raise DutyMapError(
                tr("Cannot write the duty map into {folder}: {error}").format(
                    folder=folder, error=e.strerror or e
                )
            ) from e

    def _choose_font(self) -> None:
        family = fonts.choose_cjk_font()
        if family is None:
            self.warn(
                tr(
                    "No Chinese font is installed, so Chinese text would print as empty boxes. Install "
                    "Noto Sans CJK SC (Debian/Ubuntu: fonts-noto-cjk; Windows and macOS: Noto Sans SC "
                    "from Google Fonts) and export again."
                )
            )
            return
        self._font = family
        styles.set_font_family(family)
        if family != fonts.PREFERRED:
            self.warn(
                tr("Noto Sans CJK SC is not installed; printing Chinese in {family} instead.").format(
                    family=family
                )
            )

    def _plan(self, scope: list[Zone]) -> None:
        request = self.request
        out = Path(request.output)
        if request.per_station:
            by_station: dict[str, list[Zone]] = {}
            for zone in scope:
                by_station.setdefault(zone.station_id or "", []).append(zone)
            for sid in sorted(by_station):
                name = f"dutymap_{_safe_name(sid) if sid else 'no_station'}.pdf"
                self.documents.append(Document(out / name, sid or None, by_station[sid]))
        else:
            self.documents.append(Document(out, request.station_id or None, scope))
        overview_pages = self._overview_layout.pageCollection().pageCount()
        zone_pages = self._zone_layout.pageCollection().pageCount() if self._zone_layout is not None else 0
        for d, document in enumerate(self.documents):
            pages = [Page(d, "overview", i) for i in range(overview_pages)]
            for zone in document.zones if request.atlas else []:
                pages += [Page(d, "zone", i, zone) for i in range(zone_pages)]
            for n, page in enumerate(pages, start=1):
                page.number, page.count = n, len(pages)
            pages[0].first_of_document = True
            pages[-1].last_of_document = True
            document.pages = pages
            self.pages.extend(pages)

    def _map_layers(self, roles) -> list:
        layers = self.inputs.layers
        return [layers[r] for r in roles if r in layers]

    def _setup_overview(self) -> None:
        layout = self._overview_layout
        _configure_render(layout, self.request.dpi)
        map_item = templates.item(layout, "map")
        map_item.setCrs(self.inputs.crs)
        map_item.setKeepLayerSet(True)
        map_item.setFollowVisibilityPreset(False)
        map_item.setLayers(
            self._map_layers(("key_sites", "stations", "jurisdiction", "roads", "coverage", "zones"))
        )
        self._setup_legend(layout, map_item)
        self._fill_label(layout, "marking", self.request.marking)
        self._fill_label(layout, "printed_at", "打印时间 " + self.printed_at.strftime("%Y-%m-%d %H:%M"))

    def _setup_legend(self, layout, map_item) -> None:
        """The template's legend, filled by PatrolMap (see legend.py for why QGIS's own "only
        items inside the map" is switched off and done here instead)."""
        legend = templates.item(layout, "legend")
        if not isinstance(legend, QgsLayoutItemLegend):
            return
        self._legend_filters[id(layout)] = legend.legendFilterByMapEnabled()
        legend.setLegendFilterByMapEnabled(False)
        legend.setAutoUpdateModel(False)
        legend.setLinkedMap(map_item)

    def _fill_legend(self, layout, map_item, layers, filters=None) -> None:
        legend = templates.item(layout, "legend")
        if isinstance(legend, QgsLayoutItemLegend):
            by_map = self._legend_filters.get(id(layout), True)
            legend_builder.build(legend, layers, map_item if by_map else None, filters)
            if legend.resizeToContents():
                legend.adjustBoxSize()
            legend.refresh()

    def _setup_zone_layout(self) -> None:
        layout = self._zone_layout
        _configure_render(layout, self.request.dpi)
        inputs = self.inputs
        pages_layer = inputs.zones_layer.clone()
        pages_layer.setName(LAYER_TITLES["zones"])
        renderer, labeling = styles.zone_page_style(pages_layer, [z.station_id for z in inputs.zones])
        pages_layer.setRenderer(renderer)
        pages_layer.setLabeling(labeling)
        pages_layer.setLabelsEnabled(True)
        inputs.project.addMapLayer(pages_layer, False)
        self._pages_layer = pages_layer
        self._page_fids = {
            f["zone_code"]: f.id()
            for f in pages_layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))
        }
        atlas = layout.atlas()
        atlas.setCoverageLayer(pages_layer)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setPageNameExpression('"zone_code"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"zone_code"')
        atlas.setFilterFeatures(False)
        map_item = templates.item(layout, "map")
        map_item.setCrs(inputs.crs)
        # A valid extent of the item's shape first: from an empty one, the atlas would resize the item.
        fit_extent(map_item, inputs.zones_layer.extent())
        map_item.setAtlasDriven(True)
        map_item.setKeepLayerSet(True)
        map_item.setFollowVisibilityPreset(False)
        # No coverage bands here: they would cover the greying that sets the zone apart.
        roles = ("key_sites", "stations", "jurisdiction", "roads")
        map_item.setLayers(self._map_layers(roles) + [pages_layer])
        locator = templates.item(layout, "overview_map")
        if isinstance(locator, QgsLayoutItemMap):
            # The same zones, current one highlighted, without codes: too small to read there.
            locator_layer = pages_layer.clone()
            locator_layer.setLabelsEnabled(False)
            inputs.project.addMapLayer(locator_layer, False)
            locator.setCrs(inputs.crs)
            locator.setAtlasDriven(False)
            locator.setKeepLayerSet(True)
            locator.setFollowVisibilityPreset(False)
            locator.setLayers(self._map_layers(("jurisdiction",)) + [locator_layer])
            extent = QgsRectangle(inputs.zones_layer.extent())
            extent.grow(max(extent.width(), extent.height()) * 0.04)
            fit_extent(locator, extent)
        self._setup_legend(layout, map_item)
        self._fill_label(layout, "marking", self.request.marking)
        self._fill_label(layout, "printed_at", "打印时间 " + self.printed_at.strftime("%Y-%m-%d %H:%M"))

    # ------------------------------------------------------------------ filling pages

    def _fill_label(self, layout, item_id: str, text: str) -> None:
        label = templates.item(layout, item_id)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(text)
            label.setVisibility(bool(text))

    def _station_label(self, sid: str) -> str:
        station = self.inputs.stations.get(sid)
        return station.label if station else (sid or "未分配站点")

    def _fill_overview(self, document: Document, page: Page) -> None:
        layout = self._overview_layout
        request = self.request
        title = request.title
        subtitle = chinese_date(request.date) + (" · " + self.shift_text if self.shift_text else " · 全天")
        if document.station_id:
            title = f"{title} · {self._station_label(document.station_id)}"
        QgsExpressionContextUtils.setLayoutVariable(
            layout, styles.STATION_VARIABLE, document.station_id or ""
        )
        self._fill_label(layout, "title", title)
        self._fill_label(layout, "subtitle", subtitle)
        self._fill_label(layout, "page_number", f"第 {page.number} 页 / 共 {page.count} 页")
        map_item = templates.item(layout, "map")
        extent = QgsRectangle()
        for zone in document.zones:
            extent.combineExtentWith(zone.bbox)
        if not document.station_id and request.scope_codes is None and not request.station_id:
            for role in ("jurisdiction",):
                layer = self.inputs.layers.get(role)
                if layer is not None and not layer.extent().isEmpty():
                    extent.combineExtentWith(layer.extent())
        extent.grow(max(extent.width(), extent.height()) * 0.03 + 20.0)
        fit_extent(map_item, extent)
        map_item.setScale(nice_scale(map_item.scale()))
        self._after_map_change(layout, map_item)
        table = templates.item(layout, "duty_table")
        if isinstance(table, QgsLayoutItemManualTable):
            rows = self._duty_rows(document) if self.inputs.roster_given else []
            self._fill_table(
                layout,
                "duty_table",
                rows,
                tr("the overview"),
                empty="未提供值班表" if not self.inputs.roster_given else "未排班",
            )
        # A station's booklet lists only its own station among the zone colours.
        sid = (document.station_id or "").replace("'", "''")
        zones = self.inputs.zones_layer
        self._fill_legend(
            layout,
            map_item,
            self._map_layers(("zones", "stations", "key_sites", "coverage", "roads", "jurisdiction")),
            {zones.id(): f"\"station_id\" = '{sid}'"} if sid else None,
        )

    def _duty_rows(self, document: Document) -> list[dict]:
        stations = sorted({z.station_id for z in document.zones if z.station_id})
        rows = []
        for sid in stations:
            station = self.inputs.stations.get(sid)
            name = station.name if station and station.name else sid
            mine = [r for r in self.inputs.roster if r["station_id"] == sid and not r["zone_code"]] or [
                r for r in self.inputs.roster if r["station_id"] == sid
            ]
            if not mine:
                rows.append({"station": name, "team": "未排班"})
                continue
            for r in mine:
                team = (
                    r["team"] if self.request.shift else f"{r['team']} {core_roster.shift_name(r['shift'])}"
                )
                rows.append(
                    {
                        "station": name,
                        "team": team,
                        "leader": r["leader"],
                        "callsigns": r["callsigns"],
                        "phone": r["phone"],
                        "members": r["members"],
                        "shift": core_roster.shift_label(r["shift"], self.request.shift_times),
                    }
                )
                name = ""  # the station's name once, on its first row
        return rows

    def _zone_roster(self, zone: Zone) -> list[dict]:
        rows = [r for r in self.inputs.roster if r["zone_code"] == zone.code] or [
            r for r in self.inputs.roster if not r["zone_code"] and r["station_id"] == zone.station_id
        ]
        return [
            {
                "team": r["team"],
                "shift": core_roster.shift_label(r["shift"], self.request.shift_times),
                "leader": r["leader"],
                "members": r["members"],
                "callsigns": r["callsigns"],
                "phone": r["phone"],
            }
            for r in rows
        ]

    def _fill_zone(self, document: Document, page: Page) -> None:
        layout = self._zone_layout
        zone = page.zone
        if self._current_zone != zone.code:
            self._seek(zone)
        request = self.request
        self._fill_label(layout, "title", zone.title)
        parts = ["责任站点：" + self._station_label(zone.station_id), chinese_date(request.date)]
        parts.append(self.shift_text or "全天")
        self._fill_label(layout, "subtitle", " · ".join(parts))
        badge = CATEGORY_NAMES.get(zone.category, zone.category)
        if zone.target_min is not None:
            badge = (
                f"{badge} · 到达时限 {zone.target_min:g} 分钟"
                if badge
                else f"到达时限 {zone.target_min:g} 分钟"
            )
        self._fill_label(layout, "zone_badge", badge)
        self._fill_label(layout, "page_number", f"第 {page.number} 页 / 共 {page.count} 页")
        map_item = templates.item(layout, "map")
        map_item.setScale(nice_scale(map_item.scale()))
        self._after_map_change(layout, map_item)
        if isinstance(templates.item(layout, "legend"), QgsLayoutItemLegend):
            self._fill_legend(layout, map_item, self._map_layers(("stations", "key_sites", "roads")))
        station = self.inputs.stations.get(zone.station_id)
        if zone.road_km is None and self.inputs.road_length is not None:
            zone.road_km = self.inputs.road_length.km(zone.code)
        self._fill_table(
            layout,
            "zone_table",
            [
                {
                    "zone_code": zone.code,
                    "name": zone.name,
                    "station": (station.name if station and station.name else zone.station_id or "—"),
                    "station_id": zone.station_id,
                    "category": CATEGORY_NAMES.get(zone.category, zone.category or "—"),
                    "target": f"{zone.target_min:g} 分钟" if zone.target_min is not None else "—",
                    "area": _km2(zone.area_km2),
                    "road_km": f"{zone.road_km:.2f} km" if zone.road_km is not None else "—",
                    "worst": f"{zone.worst_min:.1f} 分钟" if zone.worst_min is not None else "—",
                }
            ],
            zone.code,
        )
        self._fill_table(
            layout,
            "roster_table",
            self._zone_roster(zone),
            zone.code,
            empty="未提供值班表" if not self.inputs.roster_given else "本班次未排班",
        )
        self._fill_table(
            layout,
            "key_sites_table",
            [
                {
                    "name": s["name"],
                    "kind": KEY_SITE_KIND_NAMES.get(s["kind"], s["kind"]),
                    "target": f"{s['target_min']:g} 分钟" if s["target_min"] is not None else "—",
                }
                for s in zone.key_sites
            ],
            zone.code,
            empty="本巡区无重点部位",
        )

    def _seek(self, zone: Zone) -> None:
        atlas = self._zone_layout.atlas()
        if not self._atlas_started:
            atlas.beginRender()
            self._atlas_started = True
        feature = self._pages_layer.getFeature(self._page_fids[zone.code])
        if not atlas.seekTo(feature):
            raise DutyMapError(tr("The atlas could not go to zone {zone}.").format(zone=zone.code))
        self._current_zone = zone.code

    def _after_map_change(self, layout, map_item) -> None:
        scale = map_item.scale()
        self._fill_label(layout, "scale_text", f"比例尺 1:{int(round(scale))}")
        bar = templates.item(layout, "scalebar")
        linked = bar.linkedMap() if isinstance(bar, QgsLayoutItemScaleBar) else None
        if linked is not None and linked.uuid() == map_item.uuid() and math.isfinite(scale) and scale > 0:
            # A bar about a quarter of the map's width, in round lengths (a scale bar sizes its
            # own item to its bar, so the item's width says nothing about the room it has).
            segments = max(bar.numberOfSegments(), 1)
            width_mm = map_item.rect().width() * 0.25
            metres = round_length(scale * width_mm / 1000.0 / segments)
            if metres >= 1000:
                bar.setUnits(
                    qgis_enum("QgsUnitTypes.DistanceUnit.DistanceKilometers", "Qgis.DistanceUnit.Kilometers")
                )
                bar.setUnitLabel("千米")
                bar.setUnitsPerSegment(metres / 1000.0)
            else:
                bar.setUnits(
                    qgis_enum("QgsUnitTypes.DistanceUnit.DistanceMeters", "Qgis.DistanceUnit.Meters")
                )
                bar.setUnitLabel("米")
                bar.setUnitsPerSegment(metres)
            bar.update()

    def _fill_table(self, layout, item_id: str, rows: list[dict], where: str, empty: str = "—") -> None:
        table = templates.item(layout, item_id)
        if not isinstance(table, QgsLayoutItemManualTable):
            return
        keys = [column.attribute() or column.heading() for column in table.headers()]
        if not rows and keys:
            # A row saying so: QGIS's own "empty table" message is drawn outside narrow tables.
            rows = [{keys[0]: empty}]

        widths = list(table.columnWidths()) if hasattr(table, "columnWidths") else []
        widest = max(range(len(keys)), key=lambda i: widths[i] if i < len(widths) else 0) if keys else 0

        def contents(subset, more: int = 0):
            out = [[QgsTableCell(str(row.get(k, "") or "")) for k in keys] for row in subset]
            if more:
                note = [QgsTableCell("") for _ in keys]
                note[widest] = QgsTableCell(f"…… 另有 {more} 条未列出")  # in the widest column: one line
                out.append(note)
            return out

        table.setTableContents(contents(rows))
        frame = layout.itemById(item_id)
        capacity = frame.rect().height() if isinstance(frame, QgsLayoutFrame) else math.inf
        if not rows or table.totalSize().height() <= capacity + 0.5:
            return
        shown = len(rows) - 1
        while shown > 0:
            table.setTableContents(contents(rows[:shown], len(rows) - shown))
            if table.totalSize().height() <= capacity + 0.5:
                break
            shown -= 1
        self.warn(
            tr(
                "{where}: {rows} rows do not all fit in “{item}”; {shown} are printed. Make the table "
                "taller in the template."
            ).format(where=where, rows=len(rows), item=item_id, shown=shown)
        )

    # ------------------------------------------------------------------ writing

    @property
    def total_pages(self) -> int:
        return len(self.pages)

    @property
    def done_pages(self) -> int:
        return self._next

    def _layout_for(self, page: Page):
        return self._overview_layout if page.kind == "overview" else self._zone_layout

    def _prepare_page(self, page: Page) -> None:
        document = self.documents[page.document]
        if page.kind == "overview":
            if page.layout_page == 0 or self._current_document != page.document:
                self._fill_overview(document, page)
                self._current_document = page.document
            else:
                self._fill_label(
                    self._overview_layout, "page_number", f"第 {page.number} 页 / 共 {page.count} 页"
                )
        else:
            self._fill_zone(document, page)

    def step(self) -> bool:
        """Render the next page into its PDF; False when every page is done."""
        if self._next >= len(self.pages):
            return False
        page = self.pages[self._next]
        document = self.documents[page.document]
        layout = self._layout_for(page)
        try:
            self._prepare_page(page)
            size = layout.pageCollection().page(page.layout_page).pageSize()
            page_layout = QPageLayout(
                QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
            if page.first_of_document:
                self._open(document, page_layout)
            else:
                self._writer.setPageLayout(page_layout)
                if not self._writer.newPage():
                    raise DutyMapError(tr("Could not start a new page in {path}.").format(path=self._tmp))
            QgsLayoutExporter(layout).renderPage(self._painter, page.layout_page)
            if page.last_of_document:
                self._close(document)
        except (DutyMapError, TemplateError):
            self.abort()
            raise
        except Exception as e:  # noqa: BLE001 - any failure must not leave a partial PDF
            self.abort()
            raise DutyMapError(
                tr("Drawing page {page} of {path} failed: {error}").format(
                    page=page.number, path=document.path.name, error=e
                )
            ) from e
        self._next += 1
        return self._next < len(self.pages)

    def _open(self, document: Document, page_layout: QPageLayout) -> None:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{document.path.stem}.partial-", suffix=".pdf", dir=document.path.parent
        )
        os.close(fd)
        self._tmp = Path(tmp)
        writer = QPdfWriter(str(self._tmp))
        writer.setResolution(self.request.dpi)
        writer.setPageLayout(page_layout)
        writer.setTitle(self.request.title)
        writer.setCreator("PatrolMap (QGIS)")
        painter = QPainter()
        if not painter.begin(writer):
            self._writer = writer
            raise DutyMapError(tr("Cannot write {path}.").format(path=document.path))
        self._writer, self._painter = writer, painter

    def _close(self, document: Document) -> None:
        painter, self._painter = self._painter, None
        if painter is not None and not painter.end():
            raise DutyMapError(tr("Could not finish writing {path}.").format(path=document.path))
        self._writer = None
        pdf_text.fix_to_unicode(self._tmp, self._font)
        # mkstemp makes the file private (0600); the duty map is for colleagues on a shared
        # drive too: the mode any new file of this user gets (0666 less the umask).
        os.chmod(self._tmp, 0o666 & ~_umask())
        try:
            os.replace(self._tmp, document.path)
        except OSError as e:
            raise DutyMapError(
                tr(
                    "Cannot replace {path} ({error}). Is it open in a PDF viewer? Close it and export again."
                ).format(path=document.path, error=e.strerror or e)
            ) from e
        self._tmp = None
        self.files.append(document.path)

    def abort(self) -> None:
        """Stop: close and delete the PDF being written; finished booklets stay."""
        painter, self._painter = self._painter, None
        if painter is not None and painter.isActive():
            painter.end()
        self._writer = None
        if self._tmp is not None:
            try:
                self._tmp.unlink()
            except OSError:
                pass
            self._tmp = None
        self._end_atlas()
        self._next = len(self.pages)
        # Let go of the layouts and the layers they draw now, while QGIS is running: a failed
        # job may live on in a traceback, and layouts freed after QGIS has shut down crash it.
        self._overview_layout = self._zone_layout = None
        self.inputs = None

    def _end_atlas(self) -> None:
        if self._atlas_started and self._zone_layout is not None:
            self._zone_layout.atlas().endRender()
            self._atlas_started = False

    def finish(self) -> DutyMapResult:
        self._end_atlas()
        return DutyMapResult(list(self.files), len(self.pages), list(self.warnings))

    def run(self, feedback=None) -> DutyMapResult:
        """Prepare (unless done) and write every page; ``feedback`` gets progress and may cancel."""
        if self.inputs is None:
            self.prepare(feedback)
        total = max(len(self.pages), 1)
        while self._next < len(self.pages):
            if feedback is not None and feedback.isCanceled():
                self.abort()
                raise DutyMapCancelledError(tr("Cancelled: no partial PDF was left behind."))
            self.step()
            if feedback is not None:
                feedback.setProgress(100.0 * self._next / total)
        return self.finish()

    # ------------------------------------------------------------------ preview

    def prepare_preview(self) -> None:
        self.prepare(check_output=False)

    def preview(self, width_px: int = 900) -> QImage:
        """The first page as an image (for the dialog), drawn from the same layout as the PDF."""
        if not self.pages:
            return QImage()
        page = self.pages[0]
        self._prepare_page(page)
        layout = self._layout_for(page)
        size = layout.pageCollection().page(page.layout_page).pageSize()
        height_px = int(round(width_px * size.height() / size.width()))
        image = QgsLayoutExporter(layout).renderPageToImage(page.layout_page, QSize(width_px, height_px))
        self._current_document = -1
        return image


class DutyMapCancelledError(DutyMapError):
    """The user cancelled; nothing partial was left."""


def _as_layer(source) -> QgsVectorLayer:
    """A layer for a Processing input: the layer itself, or a memory copy of a feature source."""
    if isinstance(source, QgsVectorLayer):
        return source
    return source.materialize(QgsFeatureRequest())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fit_extent(map_item, extent: QgsRectangle) -> None:
    """Show ``extent`` whole in the map item, widened to the item's shape.

    (QgsLayoutItemMap.zoomToExtent takes the shape from the current extent, which is empty in
    a template's map and gives NaN.)"""
    rect = map_item.rect()
    if rect.height() <= 0 or extent.isEmpty():
        return
    ratio = rect.width() / rect.height()
    centre = extent.center()
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) > ratio:
        height = width / ratio
    else:
        width = height * ratio
    map_item.setExtent(
        QgsRectangle(
            centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
        )
    )


def _configure_render(layout, dpi: int) -> None:
    context = layout.renderContext()
    context.setDpi(dpi)
    # Text as text: the Chinese font is embedded and the PDF can be searched and copied from.
    context.setTextRenderFormat(
        qgis_enum("Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextFormatAlwaysText")
    )
    for name, on in (("Antialiasing", True), ("UseAdvancedEffects", True), ("ForceVectorOutput", False)):
        context.setFlag(qgis_enum(f"QgsLayoutRenderContext.Flag{name}", f"Qgis.LayoutRenderFlag.{name}"), on)


def prepare_fonts(layout, old: str, new: str) -> None:
    """Every text of a layout set for printing: in ``old`` family → ``new`` (a substitute
    Chinese font), and unshaped (see ``print_font``)."""
    from qgis.core import QgsLayoutItemLabel as Label

    def swap(font):
        if font.family() == old and new != old:
            font.setFamily(new)
        return print_font(font)

    for layout_item in layout.items():
        if isinstance(layout_item, Label):
            if hasattr(layout_item, "textFormat"):
                fmt = layout_item.textFormat()
                fmt.setFont(swap(fmt.font()))
                layout_item.setTextFormat(fmt)
            else:
                layout_item.setFont(swap(layout_item.font()))
        elif isinstance(layout_item, QgsLayoutItemScaleBar):
            fmt = layout_item.textFormat()
            fmt.setFont(swap(fmt.font()))
            layout_item.setTextFormat(fmt)
        elif isinstance(layout_item, QgsLayoutItemLegend):
            for style in (
                QgsLegendStyle.Title,
                QgsLegendStyle.Group,
                QgsLegendStyle.Subgroup,
                QgsLegendStyle.SymbolLabel,
            ):
                rstyle = layout_item.rstyle(style)
                if hasattr(rstyle, "textFormat"):
                    fmt = rstyle.textFormat()
                    fmt.setFont(swap(fmt.font()))
                    rstyle.setTextFormat(fmt)
                else:
                    rstyle.setFont(swap(rstyle.font()))
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemManualTable):
            for getter, setter in (
                ("headerTextFormat", "setHeaderTextFormat"),
                ("contentTextFormat", "setContentTextFormat"),
            ):
                fmt = getattr(multi, getter)()
                fmt.setFont(swap(fmt.font()))
                getattr(multi, setter)(fmt)


def _km2(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} km²" if value >= 1 else f"{value:.3f} km²"
