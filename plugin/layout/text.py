"""Text a duty map prints and the dialogs show: Chinese names of categories, kinds and layers,
the Chinese part of a bilingual name, and dates as the command map's fields hold them."""

from __future__ import annotations

import datetime as dt
import re

from qgis.PyQt.QtCore import QDate, QDateTime

from ..qgis_bridge import is_null as _is_null

CATEGORY_NAMES = {"key_site": "重点部位区域", "centre": "中心区", "other": "一般区域"}
KEY_SITE_KIND_NAMES = {
    "transport_hub": "交通枢纽",
    "square": "广场",
    "museum": "博物馆",
    "religious": "宗教场所",
    "commercial": "商业场所",
    "port": "港口码头",
    "school": "学校",
    "hospital": "医院",
    "government": "党政机关",
}
LAYER_TITLES = {
    "zones": "巡区（按责任站点）",
    "stations": "站点",
    "key_sites": "重点部位",
    "roads": "道路",
    "jurisdiction": "辖区界",
    "coverage": "到达时间圈",
}
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


def chinese_part(text) -> str:
    """ "中央派出所 Central Police Station" → "中央派出所": the Chinese name of a bilingual one
    (the command map writes Chinese first, English after); other text unchanged."""
    text = "" if text is None or _is_null(text) else str(text).strip()
    if not _CJK.search(text):
        return text
    words = text.split()
    kept = []
    for word in words:
        if kept and not _CJK.search(word) and re.match(r"^[A-Za-z(（]", word):
            break
        kept.append(word)
    return " ".join(kept)


def as_date(value) -> dt.date | None:
    """A date field's value (QDate, QDateTime, date, "2024-05-20", "2024/05/20") as a date."""
    if _is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", str(value))
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    return None
