"""Assign the corpus's fixed train / test split, by id, stratified by label, seeded.

Each row's rank inside its label is the SHA-256 of ``seed:id``; the first quarter of
each label (rounded) goes to ``test``. Adding rows later moves no existing row from
one split to the other unless its label's quota changes. Run from the repository root:

    python tools/make_split.py            # rewrites the split column in place
"""

import csv
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

SEED = "orientation-split-v1"
TEST_SHARE = 0.25
PATH = Path(__file__).resolve().parents[1] / "resource" / "corpus" / "orientation_fr.csv"


def assign(rows: list[dict]) -> None:
    by_label = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row)
    for label_rows in by_label.values():
        label_rows.sort(key=lambda r: hashlib.sha256(f"{SEED}:{r['id']}".encode()).hexdigest())
        n_test = round(len(label_rows) * TEST_SHARE)
        for i, row in enumerate(label_rows):
            row["split"] = "test" if i < n_test else "train"


def main(path: Path = PATH) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames)
        rows = list(reader)
    if "split" not in fields:
        fields.append("split")
    assign(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{sum(r['split'] == 'test' for r in rows)} test / {len(rows)} rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else PATH)
