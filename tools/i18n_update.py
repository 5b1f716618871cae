"""Update resources/i18n/*.ts from the ``tr("…")`` calls in plugin/.

Why not pylupdate5: it files a bare ``tr()`` under "@default" and ``self.tr()`` under each
class, while PatrolMap translates everything in the single context "PatrolMap" (see
plugin/i18n.py); and pylupdate5 is gone with PyQt6. This script reads the source with ``ast``,
keeps every existing translation, marks strings no longer in the code as vanished, and fails
on a ``tr()`` whose argument is not a plain string literal (such text can never be translated).

    tools/i18n_update.py                update the .ts files
    tools/i18n_update.py --check        exit 1 if a .ts file is out of date (used by the tests)
    tools/i18n_update.py --traditional  write patrolmap_zh_TW.ts from patrolmap_zh_CN.ts

The Traditional translation is not kept by hand: ``make transcompile`` converts the Simplified
one with OpenCC (config s2twp: Taiwan characters and Taiwan phrasing, e.g. 文件 → 檔案), then
fixes the police terms in ``POLICE_TERMS_TW``, which a converter for general text gets wrong
or which Taiwan and Hong Kong police say differently. The result is a build product (not
committed), so a string added to zh_CN is in zh_TW at the next build.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "plugin"
I18N = ROOT / "resources" / "i18n"
CONTEXT = "PatrolMap"
LANGUAGES = ("zh_CN",)
SIMPLIFIED, TRADITIONAL = "zh_CN", "zh_TW"

# OpenCC's s2twp output → what a Taiwan (and Hong Kong) police reader expects. Reviewed for
# every police term the Simplified text uses; terms OpenCC already gets right are in
# POLICE_TERMS_KEPT and checked by the tests, so a change in OpenCC's dictionaries shows up.
POLICE_TERMS_TW = {
    # 调度 here is police dispatch (CAD), which s2twp reads as computing's "scheduling".
    "排程": "調度",
    # s2twp's IT phrase for the noun "extension" also hits the verb 扩展 (to extend).
    "擴充套件": "擴展",
    # The kind of a station or unit, not a programming type.
    "型別": "類型",
    # Taiwan's word for a police officer; 民警 reads as mainland-only.
    "民警": "員警",
    # Turning out to a call: 出勤 in Taiwan; 出警 is a mainland term.
    "出警": "出勤",
    # An assigned incident: 已派員 ("officers sent") rather than the mainland 已派警.
    "派警": "派員",
    # Incidents as the public reports them: 案件 in Taiwan and Hong Kong usage.
    "警情": "案件",
    # A police kiosk or post: 警察崗亭 in Taiwan (警務亭 is a mainland coinage).
    "警務亭": "警察崗亭",
    # 项目 in PatrolMap's text is always a layout item, never a QGIS project (專案).
    "專案": "項目",
    # An HTTP answer: 回應 in Taiwan usage.
    "響應": "回應",
}
# Checked, and the same in Taiwan: OpenCC's conversion is kept.
POLICE_TERMS_KEPT = {
    "派出所": "派出所",
    "巡逻": "巡邏",
    "警务站": "警務站",
    "巡区": "巡區",
    "辖区": "轄區",
    "勤务图": "勤務圖",
    "重点部位": "重點部位",
    "检查站": "檢查站",
    "警力": "警力",
    "带班": "帶班",
}


class NotStaticError(Exception):
    pass


def _is_tr_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    )


def extract(root: Path = SOURCES) -> dict[str, tuple[str, int]]:
    """Every translatable string → (file, line) of its first use."""
    found: dict[str, tuple[str, int]] = {}
    errors = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not _is_tr_call(node) or not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, (rel, node.lineno))
            else:
                errors.append(f"{rel}:{node.lineno}: tr() needs a string literal, not {ast.unparse(arg)}")
    if errors:
        raise NotStaticError("\n".join(errors))
    return found


def _read(ts: Path) -> dict[str, str]:
    if not ts.exists():
        return {}
    translations = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is not None and translation is not None and translation.text:
            translations[source] = translation.text
    return translations


def render(strings: dict[str, tuple[str, int]], translations: dict[str, str], language: str) -> str:
    ts = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        filename, _line = strings[source]
        message = ET.SubElement(context, "message")
        # File only, no line: a line number would change with every edit above it and make
        # every branch conflict in the .ts; Linguist finds the string in the file.
        ET.SubElement(message, "location", filename=f"../../{filename}")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    for source in sorted(set(translations) - set(strings)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="vanished").text = translations[source]
    ET.indent(ts)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(ts, encoding="unicode") + "\n"
    )


def traditional_converter():
    """Simplified → Traditional (Taiwan phrasing, police terms fixed), as a function of text."""
    try:
        import opencc
    except ImportError as e:  # a build tool: say what to install rather than a bare traceback
        raise SystemExit("The Traditional Chinese translation needs OpenCC: run `make setup`.") from e
    converter = opencc.OpenCC("s2twp")
    terms = sorted(POLICE_TERMS_TW.items(), key=lambda item: -len(item[0]))

    def convert(text: str) -> str:
        out = converter.convert(text)
        for found, wanted in terms:
            out = out.replace(found, wanted)
        return out

    return convert


def write_traditional(i18n: Path = I18N) -> Path:
    """patrolmap_zh_TW.ts: every translation of patrolmap_zh_CN.ts converted; sources untouched."""
    tree = ET.parse(i18n / f"patrolmap_{SIMPLIFIED}.ts")
    root = tree.getroot()
    root.set("language", TRADITIONAL)
    convert = traditional_converter()
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = convert(translation.text)
    ET.indent(root)
    out = i18n / f"patrolmap_{TRADITIONAL}.ts"
    out.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--traditional", action="store_true")
    args = parser.parse_args(argv)
    if args.traditional:
        out = write_traditional()
        print(f"wrote {out.relative_to(ROOT)} (OpenCC s2twp + {len(POLICE_TERMS_TW)} police terms)")
        return 0
    try:
        strings = extract()
    except NotStaticError as e:
        print(e, file=sys.stderr)
        return 2
    stale = []
    for language in LANGUAGES:
        ts = I18N / f"patrolmap_{language}.ts"
        text = render(strings, _read(ts), language)
        if ts.exists() and ts.read_text(encoding="utf-8") == text:
            continue
        if args.check:
            stale.append(ts.name)
        else:
            ts.write_text(text, encoding="utf-8")
            print(f"updated {ts.relative_to(ROOT)}: {len(strings)} strings")
    if stale:
        print("out of date (run `make transup`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
