"""Which lexicon alternatives fit a single row of the corpus train split (one-off phrasings).

For every signal, splits its patterns into top-level alternatives and counts the train rows
where each alternative matches at a word start (as the extractor tries them). Alternatives
seen on exactly one row are candidates for generalisation: a phrasing written for one
description rarely matches the next person's words. Reads only the train split.

Usage: ``python tools/lexicon/one_off.py [--show N]`` from the repository root.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.corpus import load_corpus  # noqa: E402
from orientation.signals import fold_texts, load_extractor  # noqa: E402
from orientation.signals.extractor import _TOKEN, split_alternatives  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="Print this many one-off alternatives per signal.")
    args = parser.parse_args()
    ex = load_extractor()
    folded = fold_texts(load_corpus("train")["text"].tolist())
    rows: dict[tuple[int, int], set[int]] = {}
    alternatives = []
    for pid, (si, pattern) in enumerate(ex._patterns):
        for k, alt in enumerate(split_alternatives(pattern.pattern)):
            alternatives.append((ex.signals[si].id, pid, k, re.compile(alt)))
    for i, text in enumerate(folded):
        starts = [m.start() for m in _TOKEN.finditer(text)]
        for sid, pid, k, rx in alternatives:
            if any(rx.match(text, pos) for pos in starts):
                rows.setdefault((pid, k), set()).add(i)
    per_signal: dict[str, Counter] = {}
    for sid, pid, k, rx in alternatives:
        n = len(rows.get((pid, k), ()))
        c = per_signal.setdefault(sid, Counter())
        c["alternatives"] += 1
        c["unused"] += n == 0
        c["one-off"] += n == 1
    total = Counter()
    for c in per_signal.values():
        total.update(c)
    print(f"{total['alternatives']} alternatives: {total['one-off']} match a single train row, "
          f"{total['unused']} match none ({len(folded)} train rows)")
    for sid, c in sorted(per_signal.items(), key=lambda kv: -kv[1]["one-off"]):
        if c["one-off"]:
            print(f"  {sid:<24} {c['one-off']:>3} one-off / {c['alternatives']}")
            if args.show:
                shown = [rx.pattern for s, pid, k, rx in alternatives
                         if s == sid and len(rows.get((pid, k), ())) == 1][: args.show]
                for p in shown:
                    print(f"      {p[:150]}")


if __name__ == "__main__":
    main()
