"""Linear settings measured on the corpus's own validation splits (never on dev_d1 or real_dev).

For each candidate, the train step's validation macro-F1 (stratified split of the corpus train
split, HORS_CHAMP left out, no refit) over a few split seeds, beside scikit-learn's plain word +
character TF-IDF pipeline on the same splits. The corpus test split is not looked at.

Usage: ``python bench/search_linear_settings.py [--seeds 1,2,3]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
sys.path.insert(0, str(ROOT / "bench"))
from bench_linear import sklearn_pipeline  # noqa: E402
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.metrics import macro_f1  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.training import train, training_rows, validation_split  # noqa: E402

CANDIDATES = {
    "default: C 20, chars 3-5, min_df 2": {},
    "C 10": dict(C=10.0),
    "C 50": dict(C=50.0),
    "chars 2-5": dict(char_ngram_min=2),
    "chars 3-6": dict(char_ngram_max=6),
    "chars 2-6": dict(char_ngram_min=2, char_ngram_max=6),
    "min_df 1": dict(min_df=1),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3", help="validation split seeds")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    catalogue = load_catalogue()
    frame = load_corpus("train")
    frame = frame[frame["label"] != "HORS_CHAMP"].reset_index(drop=True)
    base = TrainSettings(text_column="text", label_column="label", refit_full=False)
    print(f"Validation macro-F1 on the corpus train split ({len(frame)} rows), seeds {seeds}:")
    for name, changes in CANDIDATES.items():
        scores = [train(frame, replace(base, seed=s, **changes), catalogue)[1].validation_macro_f1 for s in seeds]
        print(f"  {name:<36} " + " ".join(f"{x:.3f}" for x in scores) + f"   mean {np.mean(scores):.4f}", flush=True)
    scores = []
    for s in seeds:
        settings = replace(base, seed=s)
        texts, y, _, _, _, group = training_rows(frame, settings, catalogue)
        tr, va = validation_split(y, group, settings)
        model = sklearn_pipeline(settings.C).fit([texts[i] for i in tr], y[tr])
        scores.append(macro_f1(y[va], model.predict([texts[i] for i in va]), len(catalogue.ids)))
    print(f"  {'scikit-learn word + char pipeline':<36} " + " ".join(f"{x:.3f}" for x in scores)
          + f"   mean {np.mean(scores):.4f}")


if __name__ == "__main__":
    main()
