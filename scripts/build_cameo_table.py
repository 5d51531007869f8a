#!/usr/bin/env python3
"""Derive src/dipwatch/data/cameo_plover.tsv: one row per CAMEO code with its name, Goldstein
score, quad class and PLOVER type/mode/context.

Inputs (third-party, read in place, never copied into the repo):
  - the official CAMEO -> PLOVER crosswalk `CAMEO2PLOVER-2021.txt` (PLOVER manual draft 0.8,
    CC BY-SA 4.0): PLOVER type, mode and context per CAMEO code;
  - the CAMEO code table `cameo_codes_with_plover_crosswalk.csv` (CAMEO manual 1.1b3, freely
    distributed): names, Goldstein scores and GDELT quad classes.

Modes from the 2021 crosswalk that the current ontology renamed are rewritten to the
ontology's names (`plover_lexicon.MODE_ALIASES`); modes it dropped become empty.

Usage:
    python scripts/build_cameo_table.py [--eval-dir ../shared/eval] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dipwatch.stages.extract.plover_lexicon import MODE_ALIASES  # noqa: E402

_LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")
HEADER = ("cameo_code", "name", "goldstein", "quad_class", "plover_type", "plover_mode",
          "plover_context")


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, contexts joined by ';') from the 2021 text file."""
    out: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(raw.strip())
        if match is None:
            continue
        code, fields = match.group(1), [f.strip() for f in match.group(2).split(",")]
        if len(fields) == 1 and len(code) == 2:
            continue  # a root heading ("03: AGREE")
        fields += [""] * (3 - len(fields))
        type_, mode, context = fields[0], fields[1], fields[2]
        mode = MODE_ALIASES.get(mode, mode) or ""
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        out.setdefault(code, (type_, mode, context))
    return out


def read_codes(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(eval_dir: Path) -> list[tuple[str, ...]]:
    crosswalk = read_crosswalk(eval_dir / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    rows = []
    for code in read_codes(eval_dir / "cameo" / "cameo_codes_with_plover_crosswalk.csv"):
        cameo = code["cameo_code"]
        type_, mode, context = crosswalk.get(cameo, ("", "", ""))
        rows.append((cameo, code["name"], code["goldstein"], code["quad_gdelt"], type_, mode,
                     context))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "src" / "dipwatch" / "data" / "cameo_plover.tsv")
    args = parser.parse_args()
    rows = build(args.eval_dir)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        f.write("# Derived by scripts/build_cameo_table.py from the CAMEO manual code table "
                "(freely distributed) and the PLOVER CAMEO2PLOVER-2021 crosswalk (CC BY-SA 4.0, "
                "openeventdata/PLOVER); this file is CC BY-SA 4.0.\n")
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} CAMEO codes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
