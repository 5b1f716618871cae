"""Translation: one context for the whole plugin, following QGIS's locale.

All user-visible text goes through ``tr()`` with a static string literal, so
``tools/i18n_update.py`` can find every string and ``patrolmap_zh_CN.ts`` stays complete.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .resources import resource_path

CONTEXT = "PatrolMap"
_translator: QTranslator | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """The locale QGIS's user interface runs in, e.g. "zh_CN" or "en_US"."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "en_US", type=str) or "en_US"
    return QgsApplication.locale() or "en_US"


def install_translator(locale: str | None = None) -> str | None:
    """Load the .qm that best fits the locale ("zh_CN", then "zh"); return its path or None."""
    global _translator
    remove_translator()
    locale = (locale or qgis_locale()).replace("-", "_")
    for candidate in (locale, locale.split("_")[0]):
        path = resource_path("i18n", f"patrolmap_{candidate}.qm")
        if path.exists():
            translator = QTranslator()
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _translator = translator
                return str(path)
    return None


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
