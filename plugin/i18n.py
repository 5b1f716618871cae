"""Translation: one context for the whole plugin, following QGIS's own language.

All user-visible text goes through ``tr()`` with a static string literal, so
``tools/i18n_update.py`` can find every string and ``patrolmap_zh_CN.ts`` stays complete.
``patrolmap_zh_TW`` (Traditional) is converted from it at build time (``make transcompile``).
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import resource_path

CONTEXT = "PatrolMap"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
_translator: QTranslator | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """The language code QGIS's user interface runs in, e.g. "zh-Hans", "zh_CN" or "en_US".

    Decided as QGIS's main() decides it: the code it handed to ``QgsApplication.setTranslation``
    when there is one (this includes ``--lang``); otherwise the user's choice in Options ▸
    General when "Override system locale" is on and a language is chosen, else the system's.
    ``QgsApplication.locale()`` is not used: it cuts the system locale to two letters ("zh"),
    which loses Simplified versus Traditional.
    """
    app = QgsApplication.instance()
    code = app.translation() if isinstance(app, QgsApplication) else ""
    if code:
        return code
    settings = QgsSettings()
    user = settings.value("locale/userLocale", "", type=str) or ""
    if settings.value("locale/overrideFlag", False, type=bool) and user:
        return user
    return QLocale.system().name()


def translation_for(locale: str) -> str | None:
    """The PatrolMap translation for a QGIS/Qt language code, or None for English.

    Qt parses every spelling ("zh-Hans", "zh_Hans_CN", "zh-CN", "zh", "zh_SG", "zh-Hant",
    "zh_HK", "zh_MO", "zh_Hant_TW"…) and fills in the script a region uses, so the choice is
    Qt's, not a table of spellings kept here.
    """
    parsed = QLocale(locale.replace("-", "_"))
    if parsed.language() != QLocale.Language.Chinese:
        return None
    return TRADITIONAL if parsed.script() == QLocale.Script.TraditionalHanScript else SIMPLIFIED


def is_chinese(locale: str | None = None) -> bool:
    """True while PatrolMap's text is Chinese (Simplified or Traditional)."""
    return translation_for(locale if locale is not None else qgis_locale()) is not None


def install_translator(locale: str | None = None) -> str | None:
    """Load the .qm for the locale (QGIS's language when None); return its path or None."""
    global _translator
    remove_translator()
    name = translation_for(locale if locale is not None else qgis_locale())
    if name is None:
        return None
    path = resource_path("i18n", f"patrolmap_{name}.qm")
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return str(path)


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
