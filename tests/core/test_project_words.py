"""The project's own words: README and metadata.txt say the same about what a machine needs."""

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIP_SHAPELY = re.compile(r'pip install --user "shapely([^"]*)" "numpy<2"')


def _about() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["about"]


def _normalise(spec: str) -> set[str]:
    return {re.sub(r"(\d+)\.0\b", r"\1", part.strip()) for part in spec.split(",")}


def test_about_readme_and_plugin_message_agree_on_shapely_for_debian():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    message = (ROOT / "plugin" / "dependencies.py").read_text(encoding="utf-8")
    requirements = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    about = _about()
    # Debian 12's python3-shapely is 1.8: recommending it would leave the analyses off.
    assert "python3-shapely" not in about
    assert "python3-shapely" not in readme.split("## Developers")[0]
    specs = [PIP_SHAPELY.search(text) for text in (about, readme, message)]
    assert all(specs), "about, README and the plugin's message each give the pip command"
    pinned = re.search(r"^shapely([^\s#]*)", requirements, re.MULTILINE).group(1)
    assert {frozenset(_normalise(m.group(1))) for m in specs} == {frozenset(_normalise(pinned))}
    assert "python3-scipy" in about and "python3-scipy" in readme


def test_readme_says_each_thing_once():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("|")]
    targets = [line.split("|")[1].strip() for line in rows]
    repeated = {t for t in targets if t.strip("-") and targets.count(t) > 1}
    assert not repeated, f"table rows repeated: {repeated}"
    sentences = [s.strip() for s in re.split(r"(?<=[.:])\s+", " ".join(readme.split())) if len(s) > 40]
    twice = {s for s in sentences if sentences.count(s) > 1}
    assert not twice, f"said twice: {twice}"
