"""PatrolMap speaks QGIS's language: every spelling of Chinese QGIS and Qt use, both scripts.

The plugin is loaded as QGIS loads it (classFactory → initGui) after QGIS's own translation is
set the way QGIS's main() sets it, and the menu and the Processing toolbox are read back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

ROOT = Path(__file__).resolve().parents[2]
SIMPLIFIED = ("zh-Hans", "zh_CN", "zh-CN", "zh", "zh_Hans_CN", "zh_SG", "zh_Hans")
TRADITIONAL = ("zh-Hant", "zh_TW", "zh_HK", "zh_MO", "zh_Hant_TW", "zh_Hant_HK")
EXPECTED = {
    "zh_CN": ("巡防指挥图", "巡区到场覆盖"),
    "zh_TW": ("巡防指揮圖", "巡區到場覆蓋"),
    None: ("PatrolMap", "Response coverage of zones"),
}


@pytest.fixture
def qgis_language(qgis_app):
    """Set QGIS's translation and locale settings as QGIS's Options dialog and main() do;
    put everything back afterwards."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}
    app = QgsApplication.instance()
    saved_translation = app.translation()

    def set_language(translation="", override=None, user_locale=None):
        QgsApplication.setTranslation(translation)
        for key, value in (("locale/overrideFlag", override), ("locale/userLocale", user_locale)):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)

    yield set_language
    QgsApplication.setTranslation(saved_translation)
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def _load(iface, root_package):
    registry = QgsApplication.processingRegistry()
    registry.removeProvider("patrolmap")
    plugin = root_package.classFactory(iface)
    plugin.initGui()
    menus = [a.text() for a in iface.mainWindow().menuBar().actions()]
    algorithm = registry.algorithmById("patrolmap:coverage")
    return plugin, menus, algorithm.displayName(), registry.providerById("patrolmap").name()


def _shown_in(iface, root_package, expected_script):
    menu, algorithm = EXPECTED[expected_script]
    plugin, menus, display_name, provider = _load(iface, root_package)
    try:
        assert menu in menus
        assert plugin.menu.title() == menu
        assert display_name == algorithm
        assert provider == menu
    finally:
        plugin.unload()


@pytest.mark.parametrize("spelling", SIMPLIFIED)
def test_simplified_spellings_give_simplified_chinese(qgis_iface, root_package, qgis_language, spelling):
    # QGIS ▸ Options ▸ General ▸ "Override system locale" with 简体中文 stores zh-Hans; main()
    # hands the same code to QgsApplication.setTranslation.
    qgis_language(spelling, override=True, user_locale=spelling)
    _shown_in(qgis_iface, root_package, "zh_CN")


@pytest.mark.parametrize("spelling", TRADITIONAL)
def test_traditional_spellings_give_traditional_chinese(qgis_iface, root_package, qgis_language, spelling):
    qgis_language(spelling, override=True, user_locale=spelling)
    _shown_in(qgis_iface, root_package, "zh_TW")


@pytest.mark.parametrize("spelling", ("zh-Hans", "zh_HK"))
def test_the_settings_decide_when_qgis_set_no_translation(qgis_iface, root_package, qgis_language, spelling):
    """Outside the desktop (qgis_process, tests) nobody calls setTranslation: the override
    setting is read as main() reads it."""
    qgis_language("", override=True, user_locale=spelling)
    from patrolmap.plugin import i18n

    assert i18n.qgis_locale() == spelling
    _shown_in(qgis_iface, root_package, i18n.translation_for(spelling))


def test_a_user_locale_without_the_override_flag_is_ignored(qgis_iface, root_package, qgis_language):
    """QGIS uses the system locale unless "Override system locale" is ticked, whatever
    locale/userLocale holds (QGIS itself writes the system locale there)."""
    qgis_language("", override=False, user_locale="zh-Hans")
    from patrolmap.plugin import i18n
    from qgis.PyQt.QtCore import QLocale

    assert i18n.qgis_locale() == QLocale.system().name()
    if i18n.translation_for(QLocale.system().name()) is None:
        _shown_in(qgis_iface, root_package, None)


def test_english_and_other_languages_stay_english(qgis_iface, root_package, qgis_language):
    for spelling in ("en_US", "de", "C", "yue_HK"):
        qgis_language(spelling, override=True, user_locale=spelling)
        _shown_in(qgis_iface, root_package, None)


@pytest.mark.parametrize(("lang", "expected"), (("zh_CN.UTF-8", "zh_CN"), ("zh_TW.UTF-8", "zh_TW")))
def test_system_locale_chooses_the_script(tmp_path, lang, expected):
    """LANG=zh_CN.UTF-8 (QgsApplication.locale() says only "zh") and LANG=zh_TW.UTF-8, in a
    fresh process with an empty profile, as QGIS starts on such a desktop."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "from plugin import i18n\n"
        "path = i18n.install_translator()\n"
        "print(i18n.qgis_locale(), i18n.translation_for(i18n.qgis_locale()), path, i18n.tr('PatrolMap'))\n"
    )
    env = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": "",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    assert out[1] == expected
    assert out[2].endswith(f"patrolmap_{expected}.qm")
    assert out[3] == EXPECTED[expected][0]
