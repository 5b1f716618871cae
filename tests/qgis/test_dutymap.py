"""patrolmap:dutymap and the layout engine behind it: real PDFs, read back with poppler."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtXml import QDomDocument

from plugin.layout import dutymap, fonts, templates

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "data" / "dutymap_overview_page1.png"
DATE = "2024-05-20"
TITLE = "示范辖区巡防勤务图"
ZONE_CODES = [f"Z-{i:03d}" for i in range(1, 39)]
REFERENCE_WIDTH = 420  # px across the A3 page: 1 px per mm


def _poppler(tool: str, *args) -> str:
    result = subprocess.run([tool, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_pages(path) -> int:
    line = next(li for li in _poppler("pdfinfo", path).splitlines() if li.startswith("Pages:"))
    return int(line.split()[1])


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    args = [] if first is None else ["-f", first, "-l", last or first]
    return _poppler("pdftotext", *args, "-layout", path, "-")


def render_page(path, page: int = 1, width: int = REFERENCE_WIDTH) -> np.ndarray:
    """One page as grey levels (0 black … 255 white), ``width`` pixels across."""
    out = Path(str(path) + f".p{page}")
    _poppler(
        "pdftoppm",
        "-f",
        page,
        "-l",
        page,
        "-singlefile",
        "-gray",
        "-scale-to-x",
        width,
        "-scale-to-y",
        -1,
        "-png",
        path,
        out,
    )
    return image_array(Path(str(out) + ".png"))


def image_array(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull(), path
    width, height = image.width(), image.height()
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * height)
    return np.frombuffer(pointer, np.uint8).reshape(height, image.bytesPerLine())[:, :width].copy()


def compare(page: np.ndarray, reference: np.ndarray, tiles=(12, 8)) -> list[str]:
    """Differences that matter between a rendered page and the reference, as text (empty: alike).

    A whole-page tolerance would let a blank map or a missing legend through (they are a small
    share of the page), so the page is cut into tiles and each tile must match on its own: its
    mean grey level within 14 levels and, where it has detail, its detail (standard deviation)
    within half of the reference's. Small
    shifts of text and labels between QGIS versions stay far inside that.
    """
    if page.shape != reference.shape:
        return [f"size {page.shape} differs from the reference's {reference.shape}"]
    problems = []
    rows, cols = tiles[1], tiles[0]
    h, w = page.shape
    for r in range(rows):
        for c in range(cols):
            a = page[r * h // rows : (r + 1) * h // rows, c * w // cols : (c + 1) * w // cols].astype(float)
            b = reference[r * h // rows : (r + 1) * h // rows, c * w // cols : (c + 1) * w // cols].astype(
                float
            )
            if abs(a.mean() - b.mean()) > 14:
                problems.append(f"tile ({r},{c}): mean {a.mean():.0f} vs {b.mean():.0f}")
            elif b.std() > 20 and abs(a.std() - b.std()) > 0.5 * b.std():
                problems.append(f"tile ({r},{c}): detail {a.std():.0f} vs {b.std():.0f}")
    if abs(page.astype(float).mean() - reference.astype(float).mean()) > 8:
        problems.append("the page as a whole differs")
    return problems


def _demo_params(gpkg, output, **extra):
    source = f"{gpkg}|layername="
    params = {
        "ZONES": source + "patrol_zones",
        "STATIONS": source + "stations",
        "KEY_SITES": source + "key_sites",
        "ROSTER": source + "duty_roster",
        "ROADS": source + "roads",
        "JURISDICTION": source + "jurisdiction",
        "TITLE": TITLE,
        "DATE": DATE,
        "SHIFT": "day",
        "ATLAS": True,
        "PER_STATION": False,
        "OUTPUT": str(output),
    }
    params.update(extra)
    return params


def _register(processing_module):
    from plugin.processing.provider import PatrolMapProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("patrolmap") is None:
        provider = PatrolMapProvider()
        _PROVIDERS.append(provider)
        registry.addProvider(provider)


_PROVIDERS = []


@pytest.fixture(scope="module")
def demo_export(_processing_framework, tmp_path_factory):
    """The demo's duty map, exported once for the tests that only read it."""
    _register(_processing_framework)
    folder = tmp_path_factory.mktemp("dutymap")
    gpkg = folder / "demo_city.gpkg"
    shutil.copy(ROOT / "seeds" / "demo_city.gpkg", gpkg)
    output = folder / "demo_dutymap.pdf"
    feedback = _Feedback()
    result = _processing_framework.run("patrolmap:dutymap", _demo_params(gpkg, output), feedback=feedback)
    return {"result": result, "pdf": output, "gpkg": gpkg, "feedback": feedback, "folder": folder}


class _Feedback(QgsProcessingFeedback):
    def __init__(self, cancel_at: float | None = None):
        super().__init__()
        self.warnings: list[str] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def pushWarning(self, warning):  # noqa: N802 - QGIS's name
        self.warnings.append(warning)
        super().pushWarning(warning)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()


def _day_shift_leaders(gpkg) -> dict[str, str]:
    layer = QgsVectorLayer(f"{gpkg}|layername=duty_roster", "roster", "ogr")
    out = {}
    for f in layer.getFeatures():
        day = f["duty_date"]
        if hasattr(day, "toString") and day.toString("yyyy-MM-dd") == DATE and f["shift"] == "day":
            out[f["station_id"]] = f["leader"]
    return out


# ---------------------------------------------------------------------------------------------- the demo


def test_demo_has_an_overview_and_a_page_per_zone(demo_export):
    pdf = demo_export["pdf"]
    assert demo_export["result"]["PAGES"] == 1 + 38
    assert pdf_pages(pdf) == 1 + 38
    assert demo_export["result"]["FILES"] == str(pdf)
    assert not list(pdf.parent.glob(".*partial*")), "temporary file left behind"
    sizes = [
        li for li in _poppler("pdfinfo", "-f", 1, "-l", 2, pdf).splitlines() if "size" in li and "Page" in li
    ]
    assert "1191 x 842" in sizes[0]  # A3 landscape
    assert "595 x 842" in sizes[1]  # A4 portrait


def test_demo_text_title_codes_roster_marking(demo_export):
    pdf = demo_export["pdf"]
    text = pdf_text(pdf)
    assert TITLE in text
    # Qt maps shared glyphs back to Kangxi radicals (⽰ for 示); PatrolMap rewrites them.
    assert not re.search("[\u2e80-\u2fdf]", text)
    for code in ZONE_CODES:
        assert code in text, code
    leaders = _day_shift_leaders(demo_export["gpkg"])
    assert len(leaders) == 8
    for leader in leaders.values():
        assert leader in text, leader
    assert "内部资料 注意保存" in text
    assert "2024年5月20日 星期一" in text and "白班 08:00–20:00" in text
    overview = pdf_text(pdf, 1)
    for heading in ("图 例", "当班力量", "中央派出所"):
        assert heading in overview, heading
    assert "比例尺 1:" in overview


def test_each_zone_page_shows_its_zone_station_roster_and_key_sites(demo_export, _processing_framework):
    pdf = demo_export["pdf"]
    gpkg = demo_export["gpkg"]
    leaders = _day_shift_leaders(gpkg)
    zones = {
        f["zone_code"]: f for f in QgsVectorLayer(f"{gpkg}|layername=patrol_zones", "z", "ogr").getFeatures()
    }
    for page, code in ((2, "Z-001"), (21, "Z-020"), (39, "Z-038")):
        text = pdf_text(pdf, page)
        assert code in text.split("\n")[0] or code in text[:200], (page, code)
        assert leaders[zones[code]["station_id"]] in text, (page, code)
        assert "巡区信息" in text and "值班安排" in text and "重点部位" in text
        other_leaders = set(leaders.values()) - {leaders[zones[code]["station_id"]]}
        assert not any(name in text for name in other_leaders), (page, code)
    # Road km are measured from the roads (the zones layer has no road_km field), as the zone
    # workload measures them (a border street half to each side): the same figure in every view.
    workload = _processing_framework.run(
        "patrolmap:zoneworkload",
        {
            "ZONES": QgsVectorLayer(f"{gpkg}|layername=patrol_zones", "z", "ogr"),
            "ROADS": QgsVectorLayer(f"{gpkg}|layername=roads", "r", "ogr"),
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    road_km = {f["zone_code"]: f["road_km"] for f in workload.getFeatures()}
    for page, code in ((2, "Z-001"), (21, "Z-020")):
        printed = float(re.search(r"([0-9.]+) km\s", pdf_text(pdf, page)).group(1))
        assert printed == round(road_km[code], 2), (code, printed, road_km[code])
    # The railway station is in a key-site zone: its page lists it with its 1-minute target.
    key_zone = next(c for c, f in zones.items() if f["category"] == "key_site")
    page = 1 + sorted(zones).index(key_zone) + 1
    assert "1 分钟" in pdf_text(pdf, page)


def test_chinese_font_is_embedded(demo_export):
    table = _poppler("pdffonts", demo_export["pdf"])
    rows = [line.split() for line in table.splitlines()[2:]]
    cjk = [row for row in rows if "NotoSansCJK" in row[0]]
    assert cjk, table
    for row in cjk:
        # name, type…, encoding, emb, sub, uni, object id, generation: "emb" is 5th from the end
        assert row[-5] == "yes", table


def test_first_page_matches_the_reference(demo_export):
    page = render_page(demo_export["pdf"])
    if os.environ.get("PATROLMAP_UPDATE_REFERENCE"):
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(str(demo_export["pdf"]) + ".p1.png", REFERENCE)
        pytest.skip(f"reference written to {REFERENCE}")
    reference = image_array(REFERENCE)
    assert compare(page, reference) == []


def test_the_comparison_catches_a_blank_map_a_missing_legend_or_a_blank_page(demo_export):
    reference = image_array(REFERENCE)
    page = render_page(demo_export["pdf"])
    h, w = page.shape
    blank_page = np.full_like(page, 255)
    assert compare(blank_page, reference)
    blank_map = page.copy()
    blank_map[int(h * 0.15) : int(h * 0.9), int(w * 0.04) : int(w * 0.7)] = 250  # map area emptied
    assert compare(blank_map, reference)
    no_legend = page.copy()
    no_legend[int(h * 0.15) : int(h * 0.47), int(w * 0.72) : int(w * 0.96)] = 255  # legend area emptied
    assert compare(no_legend, reference)
    assert compare(page[:, :-5], reference)  # wrong page size
    # …while what differs between runs and QGIS versions passes: a pixel's shift, the print time.
    assert compare(np.roll(page, 1, axis=1), reference) == []
    assert compare(np.roll(page, 1, axis=0), reference) == []


# ---------------------------------------------------------------------------------------------- options


def test_per_station_booklets(processing, demo_gpkg, tmp_path):
    out = tmp_path / "booklets"
    result = processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, str(out) + ".pdf", PER_STATION=True))
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == sorted(
        f"dutymap_{s}.pdf" for s in ("PS-01", "PS-02", "KS-01", "KS-02", "KS-03", "KS-04", "MP-01", "MP-02")
    )
    assert result["OUTPUT"] == str(out)
    zones = QgsVectorLayer(f"{demo_gpkg}|layername=patrol_zones", "z", "ogr")
    per_station = {}
    for f in zones.getFeatures():
        per_station[f["station_id"]] = per_station.get(f["station_id"], 0) + 1
    for sid, count in per_station.items():
        pdf = out / f"dutymap_{sid}.pdf"
        assert pdf_pages(pdf) == 1 + count, sid
        first = pdf_text(pdf, 1)
        assert f"（{sid}）" in first  # the booklet's title names its station
    assert result["PAGES"] == len(per_station) + zones.featureCount()


def _zones_of(gpkg, station_id: str) -> int:
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))  # kept: a layer outlived by its data source crashes
    layer = ds.GetLayerByName("patrol_zones")
    layer.SetAttributeFilter(f"station_id = '{station_id}'")
    return layer.GetFeatureCount()


def test_overview_only_and_one_station(processing, demo_gpkg, tmp_path):
    out = tmp_path / "overview.pdf"
    processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, ATLAS=False, SHIFT="night"))
    assert pdf_pages(out) == 1
    assert "夜班 20:00–08:00" in pdf_text(out)
    one = tmp_path / "one.pdf"
    result = processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, one, STATION="MP-01"))
    assert result["PAGES"] == pdf_pages(one) == 1 + _zones_of(demo_gpkg, "MP-01")  # the platform's zones


def test_a_user_edited_template_with_an_extra_item_still_exports(processing, demo_gpkg, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    layout, _path = templates.load(templates.OVERVIEW, QgsProject.instance())
    note = QgsLayoutItemLabel(layout)
    note.setId("duty_leader_note")
    note.setText("值班局领导：张局长 13800000000")
    layout.addLayoutItem(note)
    note.attemptMove(QgsLayoutPoint(20, 250))
    note.attemptResize(QgsLayoutSize(120, 8))
    layout.removeLayoutItem(layout.itemById("north_arrow"))  # optional items may go
    title = layout.itemById("title")
    title.attemptMove(QgsLayoutPoint(14, 16))  # and others move
    assert layout.saveAsTemplate(str(folder / templates.OVERVIEW), QgsReadWriteContext())
    out = tmp_path / "edited.pdf"
    processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, TEMPLATE_DIR=str(folder)))
    text = pdf_text(out, 1)
    assert "值班局领导：张局长 13800000000" in text and TITLE in text
    assert pdf_pages(out) == 39  # the zone pages still use PatrolMap's own template


def _template_without(tmp_path, name, item_id, rename_to=None, move=None):
    folder = tmp_path / "broken"
    folder.mkdir(exist_ok=True)
    text = (templates.builtin_dir() / name).read_text(encoding="utf-8")
    document = QDomDocument()
    document.setContent(text)
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    found = layout.itemById(item_id)
    if rename_to is not None:
        found.setId(rename_to)
    elif move is not None:
        found.attemptMove(QgsLayoutPoint(*move))
    assert layout.saveAsTemplate(str(folder / name), QgsReadWriteContext())
    return folder


def test_a_template_missing_a_required_item_is_named(processing, demo_gpkg, tmp_path):
    folder = _template_without(tmp_path, templates.ZONE_PAGE, "roster_table", rename_to="my_table")
    out = tmp_path / "never.pdf"
    with pytest.raises(QgsProcessingException) as err:
        processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, TEMPLATE_DIR=str(folder)))
    message = str(err.value)
    assert "“roster_table”" in message and "dutymap_zone.qpt" in message and "Item ID" in message
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))


def test_a_layout_too_large_for_its_page_is_refused(processing, demo_gpkg, tmp_path):
    folder = _template_without(tmp_path, templates.OVERVIEW, "legend", move=(380, 40))  # 98 mm wide at x=380
    with pytest.raises(QgsProcessingException, match="“legend”.*too large for the page"):
        processing.run(
            "patrolmap:dutymap", _demo_params(demo_gpkg, tmp_path / "never.pdf", TEMPLATE_DIR=str(folder))
        )


def test_template_folder_without_templates(processing, demo_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="has neither dutymap_overview.qpt nor dutymap_zone.qpt"):
        processing.run(
            "patrolmap:dutymap", _demo_params(demo_gpkg, tmp_path / "x.pdf", TEMPLATE_DIR=str(tmp_path))
        )


# ---------------------------------------------------------------------------------------------- bad input


def _zones(rows, fields="field=zone_code:string&field=station_id:string&field=category:string"):
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:32635&{fields}", "zones", "memory")
    features = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


SQUARE = "POLYGON((385000 6672000, 385200 6672000, 385200 6672200, 385000 6672200, 385000 6672000))"
SQUARE2 = "POLYGON((385200 6672000, 385400 6672000, 385400 6672200, 385200 6672200, 385200 6672000))"


def test_zones_without_codes_are_named(processing, tmp_path):
    zones = _zones([(SQUARE, ["Z-1", "PS-01", "other"]), (SQUARE2, [None, "PS-01", "other"])])
    with pytest.raises(QgsProcessingException, match=r"1 zones have no zone code \(feature ids 2\)"):
        processing.run("patrolmap:dutymap", {"ZONES": zones, "DATE": DATE, "OUTPUT": str(tmp_path / "a.pdf")})
    nocode = _zones([(SQUARE, ["PS-01"])], fields="field=station_id:string")
    with pytest.raises(QgsProcessingException, match="no field “zone_code”"):
        processing.run(
            "patrolmap:dutymap", {"ZONES": nocode, "DATE": DATE, "OUTPUT": str(tmp_path / "b.pdf")}
        )
    twice = _zones([(SQUARE, ["Z-1", "PS-01", "other"]), (SQUARE2, ["Z-1", "PS-01", "other"])])
    with pytest.raises(QgsProcessingException, match="used more than once: Z-1"):
        processing.run("patrolmap:dutymap", {"ZONES": twice, "DATE": DATE, "OUTPUT": str(tmp_path / "c.pdf")})
    assert list(tmp_path.iterdir()) == []


def test_an_empty_roster_is_said_and_printed(processing, demo_gpkg, tmp_path):
    out = tmp_path / "empty_roster.pdf"
    feedback = _Feedback()
    processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, DATE="2031-01-01"), feedback=feedback)
    assert any("no rows for 2031-01-01" in w for w in feedback.warnings), feedback.warnings
    assert "本班次未排班" in pdf_text(out, 2)
    assert "未排班" in pdf_text(out, 1)
    no_roster = tmp_path / "no_roster.pdf"
    params = _demo_params(demo_gpkg, no_roster, ATLAS=False)
    del params["ROSTER"]
    feedback = _Feedback()
    processing.run("patrolmap:dutymap", params, feedback=feedback)
    assert any("No duty roster was given" in w for w in feedback.warnings)
    assert "未提供值班表" in pdf_text(no_roster, 1)


def test_an_output_that_cannot_be_written(processing, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, blocker / "out.pdf", ATLAS=False))
    with pytest.raises(QgsProcessingException, match="is a folder"):
        processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, tmp_path, ATLAS=False))
    with pytest.raises(QgsProcessingException, match="is a file: per-station booklets go into a folder"):
        processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, str(blocker), PER_STATION=True))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]


def test_cancel_and_failure_leave_no_partial_pdf(processing, demo_gpkg, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "cancelled.pdf"
    out.write_bytes(b"%PDF yesterday's duty map")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out), feedback=_Feedback(cancel_at=10))
    assert out.read_bytes() == b"%PDF yesterday's duty map"  # untouched until a new one is complete
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancelled.pdf"]

    source = f"{demo_gpkg}|layername="
    request = dutymap.DutyMapRequest(
        zones=QgsVectorLayer(source + "patrol_zones", "z", "ogr"),
        output=out,
        date=__import__("datetime").date(2024, 5, 20),
    )
    job = dutymap.DutyMapJob(request)
    job.prepare()
    assert job.step()  # the overview is drawn into the temporary file
    assert len(list(tmp_path.glob(".cancelled.partial-*.pdf"))) == 1

    def broken(*_args):
        raise RuntimeError("disk full")

    job._fill_zone = broken
    with pytest.raises(dutymap.DutyMapError, match="disk full"):
        job.step()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancelled.pdf"]
    assert out.read_bytes() == b"%PDF yesterday's duty map"
    # The failed step's traceback holds the job in a reference cycle: free it while QGIS runs.
    del job, request
    __import__("gc").collect()


def test_no_chinese_font_warns_once(processing, demo_gpkg, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "available_families", lambda: ["DejaVu Sans", "Liberation Serif"])
    monkeypatch.setattr(fonts, "_writes_chinese", lambda family: False)
    feedback = _Feedback()
    out = tmp_path / "boxes.pdf"
    processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, ATLAS=False), feedback=feedback)
    warned = [w for w in feedback.warnings if "No Chinese font" in w]
    assert len(warned) == 1 and "Noto Sans CJK SC" in warned[0]
    assert out.exists()


def test_a_substitute_chinese_font_is_used_and_said(processing, demo_gpkg, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "available_families", lambda: ["DejaVu Sans", "Noto Sans CJK JP"])
    feedback = _Feedback()
    out = tmp_path / "jp.pdf"
    processing.run("patrolmap:dutymap", _demo_params(demo_gpkg, out, ATLAS=False), feedback=feedback)
    assert any("printing Chinese in Noto Sans CJK JP" in w for w in feedback.warnings)
    table = _poppler("pdffonts", out)
    # The substitute is embedded; where SC is installed too, Qt's per-glyph fallback (QGIS 3.40
    # on Debian 13) may still pull in an SC face for some runs, so its absence is not asserted.
    assert "NotoSansCJKjp" in table
    assert TITLE in pdf_text(out)


def test_font_choice_rules():
    assert fonts.choose_cjk_font(["Arial", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert fonts.choose_cjk_font(["Arial", "Microsoft YaHei"]) == "Microsoft YaHei"
    assert fonts.choose_cjk_font(["Arial", "My Hei"], writes_chinese=lambda f: f == "My Hei") == "My Hei"
    assert fonts.choose_cjk_font(["Arial"], writes_chinese=lambda f: False) is None


# ---------------------------------------------------------------------------------------------- zone facts


def test_zone_rows_win_over_station_rows_and_facts_come_from_fields(processing, tmp_path):
    zones = _zones(
        [(SQUARE, ["Z-A", "PS-01", "centre", 1.25, 4.5]), (SQUARE2, ["Z-B", "PS-01", "other", None, None])],
        fields="field=zone_code:string&field=station_id:string&field=category:string"
        "&field=road_km:double&field=worst_min:double",
    )
    roster = QgsVectorLayer(
        "None?field=station_id:string&field=zone_code:string&field=duty_date:date"
        "&field=shift:string&field=team:string&field=leader:string&field=members:string"
        "&field=callsigns:string&field=phone:string",
        "roster",
        "memory",
    )
    rows = [
        ("PS-01", None, "白班", "一班", "站里的人"),
        ("PS-01", "Z-A", "day", "巡区专班", "专班组长"),
        ("PS-01", None, "night", "二班", "夜里的人"),
    ]
    features = []
    for sid, code, shift, team, leader in rows:
        f = QgsFeature(roster.fields())
        f.setAttributes(
            [
                sid,
                code,
                __import__("qgis.PyQt.QtCore", fromlist=["QDate"]).QDate(2024, 5, 20),
                shift,
                team,
                leader,
                "",
                "",
                "",
            ]
        )
        features.append(f)
    roster.dataProvider().addFeatures(features)
    out = tmp_path / "facts.pdf"
    processing.run(
        "patrolmap:dutymap",
        {"ZONES": zones, "ROSTER": roster, "DATE": DATE, "SHIFT": "白班", "OUTPUT": str(out)},
    )
    page_a, page_b = pdf_text(out, 2), pdf_text(out, 3)
    assert "专班组长" in page_a and "站里的人" not in page_a  # the zone's own row
    assert "站里的人" in page_b and "专班组长" not in page_b  # the station's row
    assert "夜里的人" not in page_a + page_b  # another shift
    assert "1.25 km" in page_a and "4.5 分钟" in page_a and "中心区" in page_a and "3 分钟" in page_a
    assert "0.040 km²" in page_a  # 200 m × 200 m


def test_nice_scales_and_bar_lengths():
    assert dutymap.nice_scale(7421) == 7500
    assert dutymap.nice_scale(1999.9999) == 2000
    assert dutymap.nice_scale(10001) == 12500
    assert dutymap.round_length(23) == 20
    assert dutymap.round_length(260) == 250
    assert dutymap.round_length(999) == 500


def test_rows_that_do_not_fit_are_counted_and_said(processing, tmp_path):
    from qgis.PyQt.QtCore import QDate

    zones = _zones([(SQUARE, ["Z-A", "PS-01", "other"])])
    roster = QgsVectorLayer(
        "None?field=station_id:string&field=zone_code:string&field=duty_date:date"
        "&field=shift:string&field=team:string&field=leader:string&field=members:string"
        "&field=callsigns:string&field=phone:string",
        "roster",
        "memory",
    )
    features = []
    for i in range(30):
        f = QgsFeature(roster.fields())
        f.setAttributes(
            ["PS-01", None, QDate(2024, 5, 20), "day", f"第{i + 1:02d}组", f"组长{i + 1:02d}", "", "", ""]
        )
        features.append(f)
    roster.dataProvider().addFeatures(features)
    out = tmp_path / "full.pdf"
    feedback = _Feedback()
    processing.run(
        "patrolmap:dutymap",
        {"ZONES": zones, "ROSTER": roster, "DATE": DATE, "OUTPUT": str(out)},
        feedback=feedback,
    )
    warning = next(w for w in feedback.warnings if "roster_table" in w)
    shown = int(re.search(r"; (\d+) are printed", warning).group(1))
    assert "Z-A: 30 rows do not all fit" in warning and 3 <= shown < 30
    text = pdf_text(out, 2)
    assert f"另有 {30 - shown} 条" in text
    assert f"组长{shown:02d}" in text and f"组长{shown + 1:02d}" not in text
