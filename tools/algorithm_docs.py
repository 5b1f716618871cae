"""Write docs/algorithms/<id>.md, the page each algorithm's help button opens, from the algorithms.

Each page is made from the algorithm itself (display name, help text, parameter and output
definitions), so the page cannot drift from what the dialog shows.

    tools/algorithm_docs.py            write the pages
    tools/algorithm_docs.py --check    exit 1 if a page is missing or out of date (used by the tests)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "algorithms"


def _default(definition) -> str:
    value = definition.defaultValue()
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(algorithm) -> str:
    from qgis.core import QgsProcessingParameterDefinition

    flags = QgsProcessingParameterDefinition.Flag
    lines = [
        f"# {algorithm.displayName()}",
        "",
        f"`patrolmap:{algorithm.name()}` — group *{algorithm.group()}* (`{algorithm.groupId()}`)",
        "",
        algorithm.shortHelpString().strip(),
        "",
        "## Parameters",
        "",
        "| Id | Description | Type | Default | Required |",
        "|---|---|---|---|---|",
    ]
    for d in algorithm.parameterDefinitions():
        if d.isDestination():
            continue
        required = "optional" if d.flags() & flags.FlagOptional else "yes"
        if d.flags() & flags.FlagAdvanced:
            required += " (advanced)"
        lines.append(
            f"| `{d.name()}` | {_cell(d.description())} | {d.type()} | {_cell(_default(d))} | {required} |"
        )
    lines += ["", "## Outputs", "", "| Id | Description | Type |", "|---|---|---|"]
    destinations = {d.name() for d in algorithm.destinationParameterDefinitions()}
    for d in algorithm.destinationParameterDefinitions():
        optional = " (optional)" if d.flags() & flags.FlagOptional else ""
        lines.append(f"| `{d.name()}` | {_cell(d.description())}{optional} | {d.type()} |")
    for o in algorithm.outputDefinitions():
        if o.name() not in destinations:
            lines.append(f"| `{o.name()}` | {_cell(o.description())} | {o.type()} |")
    lines += [
        "",
        "Run it from Python with "
        f'`processing.run("patrolmap:{algorithm.name()}", {{…}})`, or from the shell with '
        f"`qgis_process run patrolmap:{algorithm.name()} -- …`.",
        "",
    ]
    return "\n".join(lines)


def render_index(algorithms) -> str:
    lines = ["# PatrolMap algorithms", "", "| Algorithm | Id | Group |", "|---|---|---|"]
    for a in sorted(algorithms, key=lambda a: (a.group(), a.displayName())):
        lines.append(f"| [{a.displayName()}]({a.name()}.md) | `patrolmap:{a.name()}` | {a.group()} |")
    lines.append("")
    return "\n".join(lines)


def pages() -> dict[Path, str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from plugin.processing.provider import algorithm_classes

    algorithms = []
    for cls in algorithm_classes():
        algorithm = cls()
        algorithm.initAlgorithm()
        algorithms.append(algorithm)
    out = {DOCS / f"{a.name()}.md": render(a) for a in algorithms}
    out[DOCS / "README.md"] = render_index(algorithms)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for path, text in pages().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(("out of date: " if args.check else "wrote ") + str(path.relative_to(ROOT)))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
