"""The zh_CN translation: complete enough, in step with the code, and safe to .format()."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "patrolmap_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages():
    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        yield message.findtext("source"), translation.text or "", translation.get("type")


def test_ts_is_in_step_with_the_code():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_at_least_90_percent_translated():
    current = [(s, t) for s, t, kind in _messages() if kind != "vanished"]
    done = [s for s, t in current if t.strip()]
    assert len(current) > 50
    assert len(done) / len(current) >= 0.9, f"{len(done)} of {len(current)} translated"


def test_translations_keep_every_placeholder():
    for source, translation, kind in _messages():
        if translation and kind != "vanished":
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


def test_non_literal_tr_is_refused(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n_update

    (tmp_path / "bad.py").write_text('from x import tr\nname = "a"\ntr(f"Hello {name}")\n')
    monkeypatch.setattr(i18n_update, "ROOT", tmp_path)
    try:
        i18n_update.extract(tmp_path)
    except i18n_update.NotStaticError as e:
        assert "bad.py:3" in str(e)
    else:
        raise AssertionError("a tr() of an f-string was accepted")
