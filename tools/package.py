"""Build the Plugin Manager zip: `git archive` of HEAD under patrolmap/, plus compiled .qm.

tools/package.py --out build/patrolmap.zip
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(out: Path, ref: str = "HEAD") -> Path:
    qms = sorted((ROOT / "resources" / "i18n").glob("*.qm"))
    if not qms:
        raise SystemExit("no compiled translations: run `make transcompile` first")
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if dirty:
        print(
            "warning: uncommitted changes are not in the package (it is built from " + ref + ")",
            file=sys.stderr,
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    subprocess.run(
        ["git", "archive", "--format=zip", "--prefix=patrolmap/", "-o", str(tmp), ref], cwd=ROOT, check=True
    )
    with zipfile.ZipFile(tmp, "a", zipfile.ZIP_DEFLATED) as zf:
        for qm in qms:
            zf.write(qm, "patrolmap/" + qm.relative_to(ROOT).as_posix())
    tmp.replace(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "patrolmap.zip")
    parser.add_argument("--ref", default="HEAD")
    args = parser.parse_args()
    out = build(args.out, args.ref)
    with zipfile.ZipFile(out) as zf:
        count = len(zf.namelist())
    print(f"{out} ({out.stat().st_size // 1024} KiB, {count} files)")


if __name__ == "__main__":
    main()
