"""Make the Chinese text of Qt's PDFs searchable as the characters that were printed.

Qt writes, for each embedded font, a ToUnicode map from glyphs back to characters, choosing for
each glyph the *lowest* code point the font maps to it. Noto Sans CJK draws 示 (U+793A) and the
Kangxi radical ⽰ (U+2F70) with one glyph, so "示范辖区" copies and searches as "⽰范辖区";
页 comes back as the radical ⻚ (U+2EDA), and so on. This module rewrites those entries to the
unified ideograph that shares the glyph in the font used. Every code in those maps is four hex
digits, so the rewrite keeps the file's length and its cross-reference table stays valid.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from qgis.PyQt.QtGui import QFont, QRawFont

# CJK Radicals Supplement, Kangxi Radicals, CJK Strokes: below the ideographs, so Qt picks them.
RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0x31C0, 0x31EF))
IDEOGRAPH_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
# Punctuation a font may draw with one glyph, the rarer (lower) code point first: the en dash
# of "08:00–20:00" would come back as a figure dash.
SHARED_PUNCTUATION = ((0x2012, 0x2013),)
_SECTION = re.compile(rb"begin(bfrange|bfchar)\n(.*?)\nend\1", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4,8})>")


@lru_cache(maxsize=8)
def radical_map(family: str) -> dict[int, int]:
    """Radical code point → the ideograph drawn with the same glyph in ``family`` (and the
    few punctuation marks that share a glyph likewise)."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return {}
    by_glyph: dict[int, int] = {}
    for first, last in IDEOGRAPH_RANGES:
        codes = range(first, last + 1)
        for code, glyph in zip(codes, raw.glyphIndexesForString("".join(map(chr, codes)))):
            if glyph:
                by_glyph.setdefault(glyph, code)
    out = {}
    for low, high in SHARED_PUNCTUATION:
        glyphs = raw.glyphIndexesForString(chr(low) + chr(high))
        if len(glyphs) == 2 and glyphs[0] and glyphs[0] == glyphs[1]:
            out[low] = high
    for first, last in RADICAL_RANGES:
        codes = range(first, last + 1)
        for code, glyph in zip(codes, raw.glyphIndexesForString("".join(map(chr, codes)))):
            if glyph and glyph in by_glyph:
                out[code] = by_glyph[glyph]
    return out


def _fix_section(kind: bytes, body: bytes, mapping: dict[int, int]) -> bytes:
    lines = body.split(b"\n")
    for i, line in enumerate(lines):
        matches = list(_HEX.finditer(line))
        # bfchar: <src> <dst>; bfrange: <lo> <hi> <dst> or <lo> <hi> [<dst> <dst> …]
        first_destination = 1 if kind == b"bfchar" else 2
        single = kind == b"bfrange" and b"[" not in line
        if single and len(matches) == 3:
            lo, hi = int(matches[0].group(1), 16), int(matches[1].group(1), 16)
            if lo != hi:
                continue  # a run of consecutive characters: not a shared glyph
        pieces, last = [], 0
        for index, match in enumerate(matches):
            if index < first_destination or len(match.group(1)) != 4:
                continue
            code = int(match.group(1), 16)
            if code in mapping:
                pieces.append(line[last : match.start(1)])
                pieces.append(f"{mapping[code]:04X}".encode("ascii"))
                last = match.end(1)
        if pieces:
            lines[i] = b"".join(pieces) + line[last:]
    return b"\n".join(lines)


def fix_to_unicode(path: str | Path, family: str) -> int:
    """Rewrite radical entries of the PDF's ToUnicode maps in place; returns how many changed."""
    mapping = radical_map(family)
    if not mapping:
        return 0
    path = Path(path)
    data = path.read_bytes()
    changed = 0

    def repl(match: re.Match) -> bytes:
        nonlocal changed
        fixed = _fix_section(match.group(1), match.group(2), mapping)
        if fixed != match.group(2):
            changed += 1
        return b"begin" + match.group(1) + b"\n" + fixed + b"\nend" + match.group(1)

    out = _SECTION.sub(repl, data)
    if changed:
        if len(out) != len(data):  # never: every code is four hex digits before and after
            return 0
        path.write_bytes(out)
    return changed
