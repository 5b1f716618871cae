"""A Chinese font for printing, found once per session through Qt's font database.

The templates ask for Noto Sans CJK SC (Debian's fonts-noto-cjk; Google Fonts elsewhere). When
it is missing but another Simplified-Chinese font is installed, that one is used instead, so
the PDF still shows Chinese; when there is none at all the export warns, once, instead of
printing empty boxes without a word.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.PyQt.QtGui import QFont, QFontDatabase

PREFERRED = "Noto Sans CJK SC"
# Other Simplified-Chinese sans fonts, most like Noto first: Source Han Sans is the same design;
# then what Windows, macOS and common Linux desktops ship.
FALLBACKS = (
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "思源黑体",
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "SimHei",
    "黑体",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK JP",
    "Droid Sans Fallback",
)


def available_families() -> list[str]:
    return list(QFontDatabase().families())


def _writes_chinese(family: str) -> bool:
    systems = QFontDatabase().writingSystems(family)
    return QFontDatabase.WritingSystem.SimplifiedChinese in systems


def choose_cjk_font(families: Iterable[str] | None = None, writes_chinese=None) -> str | None:
    """The family to print Chinese in: Noto Sans CJK SC, a known substitute, or any installed
    family that covers Simplified Chinese; None when there is none."""
    families = list(available_families() if families is None else families)
    writes_chinese = writes_chinese or _writes_chinese
    lowered = {f.lower(): f for f in families}
    for wanted in (PREFERRED, *FALLBACKS):
        found = lowered.get(wanted.lower())
        if found is not None:
            return found
    for family in families:
        if writes_chinese(family):
            return family
    return None


def print_font(font: QFont) -> QFont:
    """The font set to skip text shaping where the text does not need it.

    With shaping, Qt draws the digits and hyphens of Latin runs ("Z-001", "KS-01") with glyphs
    its PDF writer cannot map back to characters, so they vanish from the PDF's text (search,
    copy, pdftotext). Chinese and Latin need no shaping to print right."""
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font
