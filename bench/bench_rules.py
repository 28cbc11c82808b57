"""Benchmark of extraction, rules and the hybrid designs, in one run.

Trains on the corpus train split (HORS_CHAMP excluded) and reports, on the corpus test
split, ``../shared/data/dev_d1.csv`` and ``../shared/data/real_dev.csv`` (never trained on):

- macro-F1 of ``linear``, ``rules`` and the three ``hybrid`` modes (features, override, both), and
  of ``rules`` on the corpus train split too (how much the lexicon fits the rows it was written from);
- ``urgence`` recall and precision (all rows, HORS_CHAMP included) of the cue rules alone, of the
  learned head alone (trained with the linear model on the train split's ``urgence`` column, its
  threshold chosen by cross-validation on those rows) and of both combined (cues OR head, what the
  score step writes for trained families);
- signal extraction throughput in rows per second on one core (CPU time, best of three runs).

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
        "linear": dict(algorithm="linear", urgence_column="urgence"),
        "rules": dict(algorithm="rules"),
        "hybrid features": dict(algorithm="hybrid", hybrid_mode="features"),
        "hybrid override": dict(algorithm="hybrid", hybrid_mode="override"),
        "hybrid both": dict(algorithm="hybrid", hybrid_mode="both"),
    }
    signals = {name: extractor.extract_batch(frame["text"].tolist()) for name, frame in held.items()}
    print(f"Trained on the corpus train split ({len(train_df)} rows); macro-F1, six channels, HORS_CHAMP excluded.\n")
    header = f"{'model':<18}" + "".join(f"{name:>14}" for name in held)
    print(header + f"{'corpus train':>14}")
    train_signals = extractor.extract_batch(train_df["text"].tolist())
    head_model = None
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
        if label == "rules":  # the split the lexicon and rules were written from
            pred = model.predict(train_df["text"].tolist(), train_df[FIELDS], signals=train_signals)
            row += f"{macro_f1(train_df['label'].map(index).to_numpy(), pred.proba.argmax(1), len(index)):>14.3f}"
        print(row)
        if getattr(model, "urgence_head_", None) is not None:
            head_model = model

    head = head_model.urgence_head_
    cv = head.cv_
    print(f"\nurgence head: threshold {head.threshold_:.3f}, chosen by {cv['folds']}-fold cross-validation on the "
          f"train split ({cv['rows']} rows, {cv['urgent_rows']} urgent) for cues OR head recall >= {head.target_recall}; "
          f"out of fold: cues {cv['cues']['recall']:.3f}/{cv['cues']['precision']:.3f}, head "
          f"{cv['head']['recall']:.3f}/{cv['head']['precision']:.3f}, combined "
          f"{cv['combined']['recall']:.3f}/{cv['combined']['precision']:.3f} (recall/precision)")
    print("urgence recall / precision (all rows, HORS_CHAMP included):")
    print(f"  {'set':<12}{'urgent':>7}{'cues only':>16}{'head only':>16}{'cues OR head':>16}")
    for name, frame in held.items():
        y = frame["urgence"].astype(int).to_numpy().astype(bool)
        holding = [urgence.holding(s) for s in signals[name]]
        cue = np.array([bool(h) for h in holding])
        hd = head.predict(frame["text"].tolist(), signals[name], holding)
        cells = ""
        for flag in (cue, hd, cue | hd):
            tp = int((flag & y).sum())
            cells += f"{tp / max(int(y.sum()), 1):>9.3f} / {tp / max(int(flag.sum()), 1):.3f}"
        print(f"  {name:<12}{int(y.sum()):>7}{cells}")

    texts = load_corpus()["text"].tolist() * 4
    extractor.extract_batch(texts[:2000])  # warm the word cache
    runs = []
    for _ in range(3):  # the machine is shared: keep the best of three runs
        start = time.process_time()
        extractor.extract_batch(texts)
        runs.append(len(texts) / (time.process_time() - start))
    print(f"\nsignal extraction: {max(runs):,.0f} rows/s on one core, best of 3 runs "
          f"({', '.join(f'{r:,.0f}' for r in runs)}; {len(texts):,} corpus rows, mean "
          f"{np.mean([len(t) for t in texts]):.0f} characters, CPU time)")


if __name__ == "__main__":
    main()
