"""Benchmark of the embedding family (frozen encoder + linear head) against the linear model.

Uses ``../shared/models/multilingual-e5-small-fr`` (never committed) from its folder, offline.
Trains on the corpus train split and reports macro-F1 on the corpus test split, dev_d1 and
real_dev, training time, scoring rows per second and model size, in one run.

Usage: ``python bench/bench_embedding.py [--base-model PATH]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.metrics import macro_f1  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.training import train  # noqa: E402

SHARED = ROOT.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", default=str(SHARED / "models" / "multilingual-e5-small-fr"))
    args = parser.parse_args()
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    catalogue = load_catalogue()
    index = {c: i for i, c in enumerate(catalogue.ids)}
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    sets = {"corpus test": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        if (SHARED / "data" / f"{name}.csv").exists():
            sets[name] = pd.read_csv(SHARED / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
    sets = {k: v[v["label"] != "HORS_CHAMP"].reset_index(drop=True) for k, v in sets.items()}
    configs = {
        "linear": TrainSettings(text_column="text", label_column="label"),
        "embedding + n-grams": TrainSettings(text_column="text", label_column="label", algorithm="embedding",
                                             base_model=args.base_model),
    }
    print(f"Trained on the corpus train split ({len(train_df)} rows), {torch.get_num_threads()} CPU threads.\n")
    print(f"{'model':<22}" + "".join(f"{k:>13}" for k in sets) + f"{'train s':>10}{'rows/s':>9}{'size MB':>9}")
    for label, settings in configs.items():
        start = time.perf_counter()
        model, _ = train(train_df, settings, catalogue)
        train_s = time.perf_counter() - start
        row = f"{label:<22}"
        for frame in sets.values():
            pred = model.predict_proba(frame["text"].tolist()).argmax(1)
            row += f"{macro_f1(frame['label'].map(index).to_numpy(), pred, 6):>13.3f}"
        texts = load_corpus()["text"].tolist()[:1000]
        if hasattr(model, "encoder_"):
            model.encoder_._cache.clear()
        start = time.perf_counter()
        model.predict(texts, explain=True)
        rps = len(texts) / (time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            model.save(LocalStorage(tmp))
            size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file()) / 1e6
        print(row + f"{train_s:>10.0f}{rps:>9.0f}{size:>9.1f}")


if __name__ == "__main__":
    main()
