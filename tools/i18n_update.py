"""Update resources/i18n/*.ts from the ``tr("…")`` calls in plugin/.

Why not pylupdate5: it files a bare ``tr()`` under "@default" and ``self.tr()`` under each
class, while PatrolMap translates everything in the single context "PatrolMap" (see
plugin/i18n.py); and pylupdate5 is gone with PyQt6. This script reads the source with ``ast``,
keeps every existing translation, marks strings no longer in the code as vanished, and fails
on a ``tr()`` whose argument is not a plain string literal (such text can never be translated).

    tools/i18n_update.py            update the .ts files
    tools/i18n_update.py --check    exit 1 if a .ts file is out of date (used by the tests)
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
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
