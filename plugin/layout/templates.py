"""The duty-map templates: where they are, which items PatrolMap fills, and checking them.

PatrolMap finds the items of a template by their *item id* (Item Properties ▸ Item ID in the
layout designer) and fills only those; everything else in a template is left as drawn. The ids
are public API, listed in resources/layouts/README.md: renaming or deleting a required item
stops the export with a message naming it; an optional item that is missing is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..resources import resource_path

OVERVIEW = "dutymap_overview.qpt"
ZONE_PAGE = "dutymap_zone.qpt"

# PDF pages cannot be larger than 14 400 units (200 in) on a side.
MAX_PAGE_MM = 5080.0
# How far an item may stick out of its page (frame strokes are drawn half outside).
EDGE_TOLERANCE_MM = 1.0


@dataclass(frozen=True)
class ItemSpec:
    id: str
    kind: str  # "map" | "label" | "table" | "legend" | "scalebar" | "picture"
    required: bool


_KIND_CLASSES = {
    "map": QgsLayoutItemMap,
    "label": QgsLayoutItemLabel,
    "legend": QgsLayoutItemLegend,
    "scalebar": QgsLayoutItemScaleBar,
    "picture": QgsLayoutItemPicture,
}

OVERVIEW_ITEMS = (
    ItemSpec("map", "map", True),
    ItemSpec("title", "label", True),
    ItemSpec("subtitle", "label", False),
    ItemSpec("legend", "legend", False),
    ItemSpec("scalebar", "scalebar", False),
    ItemSpec("scale_text", "label", False),
    ItemSpec("north_arrow", "picture", False),
    ItemSpec("duty_table", "table", False),
    ItemSpec("marking", "label", False),
    ItemSpec("printed_at", "label", False),
    ItemSpec("page_number", "label", False),
    ItemSpec("attribution", "label", False),
)

ZONE_ITEMS = (
    ItemSpec("map", "map", True),
    ItemSpec("title", "label", True),
    ItemSpec("roster_table", "table", True),
    ItemSpec("subtitle", "label", False),
    ItemSpec("zone_badge", "label", False),
    ItemSpec("zone_table", "table", False),
    ItemSpec("key_sites_table", "table", False),
    ItemSpec("overview_map", "map", False),
    ItemSpec("legend", "legend", False),
    ItemSpec("scalebar", "scalebar", False),
    ItemSpec("scale_text", "label", False),
    ItemSpec("north_arrow", "picture", False),
    ItemSpec("marking", "label", False),
    ItemSpec("printed_at", "label", False),
    ItemSpec("page_number", "label", False),
    ItemSpec("attribution", "label", False),
)

ITEMS = {OVERVIEW: OVERVIEW_ITEMS, ZONE_PAGE: ZONE_ITEMS}


class TemplateError(Exception):
    """A template cannot be used; the message names the file and the item."""


def builtin_dir() -> Path:
    return resource_path("layouts")


def template_path(name: str, template_dir: str | Path | None = None) -> Path:
    """The user's template when their folder has it, else PatrolMap's own."""
    if template_dir:
        candidate = Path(template_dir) / name
        if candidate.is_file():
            return candidate
    return builtin_dir() / name


def check_template_dir(template_dir: str | Path | None) -> list[str]:
    """Problems with a template folder as readable text (empty: fine or not given)."""
    if not template_dir:
        return []
    folder = Path(template_dir)
    if not folder.is_dir():
        return [tr("The template folder {folder} does not exist.").format(folder=folder)]
    if not any((folder / name).is_file() for name in ITEMS):
        return [
            tr("The template folder {folder} has neither {overview} nor {zone}.").format(
                folder=folder, overview=OVERVIEW, zone=ZONE_PAGE
            )
        ]
    return []


def load(
    name: str, project: QgsProject, template_dir: str | Path | None = None
) -> tuple[QgsPrintLayout, Path]:
    """A print layout made from the template ``name``, checked; raises TemplateError."""
    path = template_path(name, template_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(
            tr("Cannot read the layout template {path}: {error}").format(path=path, error=e)
        ) from e
    document = QDomDocument()
    parsed = document.setContent(text)
    ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)
    if not ok or document.documentElement().tagName() != "Layout":
        raise TemplateError(tr("{path} is not a QGIS layout template (.qpt).").format(path=path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    ok = loaded[1] if isinstance(loaded, tuple) else bool(loaded)
    if not ok:
        raise TemplateError(tr("QGIS could not load the layout template {path}.").format(path=path))
    check(layout, name, path)
    return layout, path


def item(layout: QgsPrintLayout, item_id: str):
    """The item with this id: a label, map… or, for a table, its QgsLayoutItemManualTable."""
    found = layout.itemById(item_id)
    if isinstance(found, QgsLayoutFrame):
        return found.multiFrame()
    return found


def _kind_of(found) -> str:
    if isinstance(found, QgsLayoutFrame):
        return "table" if isinstance(found.multiFrame(), QgsLayoutItemManualTable) else "frame"
    for kind, cls in _KIND_CLASSES.items():
        if isinstance(found, cls):
            return kind
    return type(found).__name__


def check(layout: QgsPrintLayout, name: str, path: Path) -> None:
    """Every required item there and of the right kind, every item on its page; or TemplateError."""
    missing, wrong = [], []
    for spec in ITEMS[name]:
        found = layout.itemById(spec.id)
        if found is None:
            if spec.required:
                missing.append(spec.id)
            continue
        kind = _kind_of(found)
        if kind != spec.kind:
            wrong.append(
                tr("item “{item}” must be {wanted}, not {found}").format(
                    item=spec.id, wanted=_kind_name(spec.kind), found=_kind_name(kind)
                )
            )
    if missing:
        raise TemplateError(
            tr(
                "The layout template {path} has no item with the id “{items}”, which PatrolMap fills. "
                "Open the template in QGIS's layout designer and give that id to the item "
                "(Item Properties ▸ Item ID), or export with PatrolMap's own template."
            ).format(path=path, items="”, “".join(missing))
        )
    if wrong:
        raise TemplateError(
            tr("The layout template {path}: {problems}.").format(path=path, problems="; ".join(wrong))
        )
    check_pages(layout, path)


def _kind_name(kind: str) -> str:
    return {
        "map": tr("a map"),
        "label": tr("a label"),
        "table": tr("a manual table"),
        "legend": tr("a legend"),
        "scalebar": tr("a scale bar"),
        "picture": tr("a picture"),
    }.get(kind, kind)


def check_pages(layout: QgsPrintLayout, path: Path) -> None:
    """Pages a PDF can hold, and no item reaching past the edge of its page."""
    pages = layout.pageCollection()
    if pages.pageCount() == 0:
        raise TemplateError(tr("The layout template {path} has no page.").format(path=path))
    for i in range(pages.pageCount()):
        size = pages.page(i).pageSize()
        width, height = size.width(), size.height()
        if max(width, height) > MAX_PAGE_MM:
            raise TemplateError(
                tr(
                    "Page {page} of {path} is {width:.0f} × {height:.0f} mm: a PDF page can be at most "
                    "{limit:.0f} mm on a side."
                ).format(page=i + 1, path=path, width=width, height=height, limit=MAX_PAGE_MM)
            )
    for layout_item in layout.items():
        if (
            isinstance(layout_item, QgsLayoutItemPage)
            or not hasattr(layout_item, "id")
            or not layout_item.isVisible()
            or not hasattr(layout_item, "page")
        ):
            continue
        page_number = max(layout_item.page(), 0)
        page_rect = pages.page(page_number).sceneBoundingRect() if page_number < pages.pageCount() else None
        if page_rect is None:
            continue
        rect = layout_item.sceneBoundingRect()
        beyond = max(
            page_rect.left() - rect.left(),
            rect.right() - page_rect.right(),
            page_rect.top() - rect.top(),
            rect.bottom() - page_rect.bottom(),
        )
        if beyond > EDGE_TOLERANCE_MM:
            item_name = layout_item.id() or layout_item.displayName()
            size = pages.page(page_number).pageSize()
            raise TemplateError(
                tr(
                    "Item “{item}” of {path} reaches {beyond:.0f} mm past the edge of page {page} "
                    "({width:.0f} × {height:.0f} mm): the layout is too large for the page. Move or shrink it "
                    "in the layout designer."
                ).format(
                    item=item_name,
                    path=path,
                    beyond=beyond,
                    page=page_number + 1,
                    width=size.width(),
                    height=size.height(),
                )
            )
