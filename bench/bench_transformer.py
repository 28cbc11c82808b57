"""Benchmark of the fine-tuned transformer against the embedding, linear and hybrid families.

Uses ``../shared/models/multilingual-e5-small-fr`` (never committed) from its folder, offline.
Every model trains on the corpus train split; the transformer stops early on a held-out
group of writers (``--group-column writer``), never on real accounts. One run prints, per
model: macro-F1 on the corpus test split, dev_d1 and real_dev (HORS_CHAMP excluded),
training time, scoring rows per second (without explanations, and with them), model size;
then the int8-quantised transformer's F1 and speed, and three combinations measured on the
same predictions: the transformer with the guide's confident rules overriding it (as ``hybrid``
does for the linear model), and the mean of the transformer's and the linear or hybrid model's
probabilities. The fine-tuned model is kept in ``out/bench_transformer/transformer``;
``--reuse`` loads it from there instead of training again.

Usage: ``python bench/bench_transformer.py [--epochs 4] [--train-layers 6] [--learning-rate 1e-4]
[--only transformer,linear] [--reuse]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.metrics import macro_f1  # noqa: E402
from orientation.models import load_model  # noqa: E402
from orientation.models.rules_model import RulesClassifier  # noqa: E402
from orientation.models.transformer import cpu_threads  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.training import train  # noqa: E402

SHARED = ROOT.parent / "shared"


def rows_per_second(model, texts, explain: bool) -> float:
    start = time.perf_counter()
    model.predict(texts, explain=explain)
    return len(texts) / (time.perf_counter() - start)


def folder_size(model) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        model.save(LocalStorage(tmp))
        return sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", default=str(SHARED / "models" / "multilingual-e5-small-fr"))
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--train-layers", type=int, default=6)
    parser.add_argument("--learning-rate", type=float, default=1e-4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--pooling", default="mean")
    parser.add_argument("--only", default="transformer,embedding,linear,hybrid")
    parser.add_argument("--speed-rows", type=int, default=400, help="Rows timed for scoring speed.")
    parser.add_argument("--reuse", action="store_true", help="Load the transformer kept by a previous run.")
    parser.add_argument("--out", default=str(ROOT / "out" / "bench_transformer"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    for noisy in ("orientation.training", "orientation.models.encoder"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    catalogue = load_catalogue()
    index = {c: i for i, c in enumerate(catalogue.ids)}
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    sets = {"corpus test": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        if (SHARED / "data" / f"{name}.csv").exists():
            sets[name] = pd.read_csv(SHARED / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
    sets = {k: v[v["label"] != "HORS_CHAMP"].reset_index(drop=True) for k, v in sets.items()}
    base = dict(text_column="text", label_column="label")
    configs = {
        "transformer": TrainSettings(**base, algorithm="transformer", base_model=args.base_model,
                                     epochs=args.epochs, train_layers=args.train_layers,
                                     learning_rate=args.learning_rate, batch_size=args.batch_size,
                                     max_length=args.max_length, pooling=args.pooling, group_column="writer"),
        "embedding": TrainSettings(**base, algorithm="embedding", base_model=args.base_model),
        "linear": TrainSettings(**base),
        "hybrid": TrainSettings(**base, algorithm="hybrid"),
    }
    wanted = [k for k in args.only.split(",") if k]
    speed_texts = load_corpus("test")["text"].tolist()[: args.speed_rows]
    print(f"Trained on the corpus train split ({len(train_df)} rows), {cpu_threads()} CPU cores; "
          f"transformer: {args.epochs} epochs at most, top {args.train_layers or 'all'} layers, "
          f"lr {args.learning_rate:g}, {args.pooling} pooling, max length {args.max_length}.\n", flush=True)
    header = (f"{'model':<18}" + "".join(f"{k:>13}" for k in sets)
              + f"{'train s':>9}{'rows/s':>8}{'expl/s':>8}{'size MB':>9}")
    lines = [header]
    kept = Path(args.out) / "transformer"
    probas: dict[str, list] = {}

    def f1s(proba_list):
        return [macro_f1(f["label"].map(index).to_numpy(), p.argmax(1), 6) for f, p in zip(sets.values(), proba_list)]

    for label in wanted:
        start = time.perf_counter()
        if label == "transformer" and args.reuse and (kept / "manifest.json").exists():
            model = load_model(LocalStorage(kept))
            print(f"transformer loaded from {kept} (trained by a previous run)", flush=True)
        else:
            model, report = train(train_df, configs[label], catalogue)
            if label == "transformer":
                model.save(LocalStorage(kept))
        train_s = time.perf_counter() - start
        probas[label] = [model.predict_proba(f["text"].tolist()) for f in sets.values()]
        scores = f1s(probas[label])
        if hasattr(model, "encoder_"):
            model.encoder_._cache.clear()
        fast, expl = rows_per_second(model, speed_texts, False), rows_per_second(model, speed_texts, True)
        lines.append(f"{label:<18}" + "".join(f"{s:>13.3f}" for s in scores)
                     + f"{train_s:>9.0f}{fast:>8.0f}{expl:>8.1f}{folder_size(model):>9.1f}")
        if label == "transformer":
            print("transformer history:", model.history_, "best epoch", model.best_epoch_, flush=True)
            with tempfile.TemporaryDirectory() as tmp:
                model.save(LocalStorage(tmp))
                q = load_model(LocalStorage(tmp))
            q.quantize()
            scores = [macro_f1(f["label"].map(index).to_numpy(), q.predict_proba(f["text"].tolist()).argmax(1), 6)
                      for f in sets.values()]
            lines.append(f"{'transformer int8':<18}" + "".join(f"{s:>13.3f}" for s in scores)
                         + f"{'':>9}{rows_per_second(q, speed_texts, False):>8.0f}{'':>8}{'':>9}")
        print("\n".join(lines), flush=True)

    if "transformer" in probas:
        rules = RulesClassifier(channels=tuple(catalogue.ids)).fit()
        combined = []
        for f, p in zip(sets.values(), probas["transformer"]):
            texts = f["text"].tolist()
            decisions = rules.decide(texts, None, rules.extract(texts))
            sure = np.array([bool(d.rule) and d.rule.confidence >= 0.85 for d in decisions])
            p = p.copy()
            if sure.any():
                p[sure] = rules.decisions_to_proba([d for d, s in zip(decisions, sure) if s])
            combined.append(p)
        lines.append(f"{'transformer+rules':<18}" + "".join(f"{s:>13.3f}" for s in f1s(combined)))
        for other in ("linear", "hybrid"):
            if other in probas:
                mean = [(a + b) / 2 for a, b in zip(probas["transformer"], probas[other])]
                lines.append(f"{'mean tr+' + other:<18}" + "".join(f"{s:>13.3f}" for s in f1s(mean)))
        print("\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
