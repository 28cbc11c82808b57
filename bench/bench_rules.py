"""Benchmark of extraction, rules and the hybrid designs, in one run.

Trains on the corpus train split (HORS_CHAMP excluded) and reports, on the corpus test
split, ``../shared/data/dev_d1.csv`` and ``../shared/data/real_dev.csv`` (never trained on):

- macro-F1 of ``linear``, ``rules`` and the three ``hybrid`` modes (features, override, both);
- ``urgence`` recall and precision (all rows, HORS_CHAMP included);
- signal extraction throughput in rows per second on one core.

Usage: ``python bench/bench_rules.py``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.metrics import macro_f1  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.signals import load_extractor  # noqa: E402
from orientation.training import train  # noqa: E402
from orientation.urgence import load_urgence  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]


def sets() -> dict[str, pd.DataFrame]:
    out = {"corpus test": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        if (SHARED / f"{name}.csv").exists():
            out[name] = pd.read_csv(SHARED / f"{name}.csv", dtype=str, keep_default_na=False)
    for frame in out.values():
        for col in FIELDS:
            if col not in frame.columns:
                frame[col] = ""
    return out


def main() -> None:
    catalogue = load_catalogue()
    index = {c: i for i, c in enumerate(catalogue.ids)}
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    held = sets()
    extractor = load_extractor()
    urgence = load_urgence(extractor)

    configs = {
        "linear": dict(algorithm="linear"),
        "rules": dict(algorithm="rules"),
        "hybrid features": dict(algorithm="hybrid", hybrid_mode="features"),
        "hybrid override": dict(algorithm="hybrid", hybrid_mode="override"),
        "hybrid both": dict(algorithm="hybrid", hybrid_mode="both"),
    }
    signals = {name: extractor.extract_batch(frame["text"].tolist()) for name, frame in held.items()}
    print(f"Trained on the corpus train split ({len(train_df)} rows); macro-F1, six channels, HORS_CHAMP excluded.\n")
    header = f"{'model':<18}" + "".join(f"{name:>14}" for name in held)
    print(header)
    for label, kw in configs.items():
        settings = TrainSettings(text_column="text", label_column="label", feature_columns=tuple(FIELDS), **kw)
        model, _ = train(train_df, settings, catalogue)
        row = f"{label:<18}"
        for name, frame in held.items():
            keep = (frame["label"] != "HORS_CHAMP").to_numpy()
            sub = frame[keep]
            sig = [s for s, k in zip(signals[name], keep) if k]
            texts = sub["text"].tolist()
            pred = model.predict(texts, sub[FIELDS], signals=sig) if model.uses_signals else model.predict(texts, sub[FIELDS])
            row += f"{macro_f1(sub['label'].map(index).to_numpy(), pred.proba.argmax(1), len(index)):>14.3f}"
        print(row)

    print("\nurgence (all rows):")
    for name, frame in held.items():
        y = frame["urgence"].astype(int).to_numpy()
        p = np.array([urgence.detect(s) is not None for s in signals[name]], dtype=int)
        tp, fp, fn = int((p & y).sum()), int((p & (1 - y)).sum()), int(((1 - p) & y).sum())
        print(f"  {name:<12} recall {tp / max(tp + fn, 1):.3f}  precision {tp / max(tp + fp, 1):.3f}  "
              f"({int(y.sum())} urgent rows)")

    texts = load_corpus()["text"].tolist() * 4
    extractor.extract_batch(texts[:2000])  # warm the word cache
    start = time.process_time()
    extractor.extract_batch(texts)
    print(f"\nsignal extraction: {len(texts) / (time.process_time() - start):,.0f} rows/s on one core "
          f"({len(texts):,} corpus rows, CPU time)")


if __name__ == "__main__":
    main()
