"""The Traditional Chinese translation: converted by OpenCC, police terms as Taiwan says them."""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PLACEHOLDER = re.compile(r"\{[^{}]*\}")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

pytest.importorskip("opencc")  # a build tool: installed by `make setup`, not needed inside QGIS

import i18n_update  # noqa: E402


def test_every_reviewed_term_comes_out_as_reviewed():
    convert = i18n_update.traditional_converter()
    for simplified, expected in i18n_update.POLICE_TERMS_KEPT.items():
        assert convert(simplified) == expected, simplified
    assert convert("从调度数据源获取警力") == "從調度資料來源獲取警力"  # not 排程 (scheduling)
    assert convert("出警中") == "出勤中"
    assert convert("带班民警") == "帶班員警"
    assert convert("派出所、警务亭和移动警务平台") == "派出所、警察崗亭和移動警務平臺"
    assert convert("按区域宽度向两侧扩展") == "按區域寬度向兩側擴展"
    # Taiwan phrasing from s2twp itself, not only characters
    assert convert("打开文件") == "開啟檔案"


def test_traditional_ts_has_every_message_converted_and_placeholders_kept(tmp_path):
    simplified = ROOT / "resources" / "i18n" / "patrolmap_zh_CN.ts"
    (tmp_path / simplified.name).write_bytes(simplified.read_bytes())
    out = i18n_update.write_traditional(tmp_path)
    source = {m.findtext("source"): m for m in ET.parse(simplified).getroot().iter("message")}
    converted = {m.findtext("source"): m for m in ET.parse(out).getroot().iter("message")}
    assert ET.parse(out).getroot().get("language") == "zh_TW"
    assert converted.keys() == source.keys()
    changed = 0
    for key, message in converted.items():
        before = source[key].find("translation")
        after = message.find("translation")
        assert after.get("type") == before.get("type"), key
        if before.text:
            assert PLACEHOLDER.findall(after.text) == PLACEHOLDER.findall(before.text), key
            changed += after.text != before.text
    assert changed > len(converted) / 2
    assert converted["PatrolMap"].findtext("translation") == "巡防指揮圖"
