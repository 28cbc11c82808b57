"""Benchmark of the linear model: quality on three held-out sets, scoring speed, scoring memory.

Everything is measured in this one run, beside scikit-learn's plain word + character
TF-IDF pipeline trained on the same rows:

- macro-F1 (six channels, HORS_CHAMP rows excluded) on the corpus test split,
  ``../shared/data/dev_d1.csv`` (another writer) and ``../shared/data/real_dev.csv``
  (real accounts); neither shared file is ever trained on;
- scoring throughput in rows per second on 200,000 rows, one core, explanations included;
- peak memory of the score recipe (through the local runner) on 250,000 and 1,000,000 rows;
- a before/after of the explained prediction under cProfile (CPU time of this process) on the
  same rows: the previous implementation (kept in ``tests/unit/linear_reference.py``) and the
  current one.

Usage: ``make bench`` or
``python bench/bench_linear.py [--rows 200000] [--memory-rows 250000,1000000] [--profile-rows 20000]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import os
import subprocess
import sys
import tempfile
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
from orientation.scoring import Scorer  # noqa: E402
from orientation.settings import ScoreSettings, TrainSettings  # noqa: E402
from orientation.training import train  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
sys.path.append(str(ROOT / "tests" / "unit"))
from linear_reference import reference_predict  # noqa: E402


def held_out_sets() -> dict[str, pd.DataFrame]:
    sets = {"corpus test split": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        path = SHARED / f"{name}.csv"
        if path.exists():
            sets[name] = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {k: v[v["label"] != "HORS_CHAMP"].reset_index(drop=True) for k, v in sets.items()}


def sklearn_pipeline(C: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode")),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, strip_accents="unicode")),
    ])
    return make_pipeline(features, LogisticRegression(C=C, class_weight="balanced", max_iter=2000))


def synthetic_rows(texts: list[str], n: int) -> pd.DataFrame:
    reps = int(np.ceil(n / len(texts)))
    return pd.DataFrame({"id": np.arange(n).astype(str), "text": (texts * reps)[:n]})


def measure_memory(model_dir: Path, texts: list[str], n_rows: int, workdir: Path) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of the score recipe on ``n_rows`` rows, in a fresh process."""
    data = workdir / f"in_{n_rows}.csv"
    synthetic_rows(texts, n_rows).to_csv(data, index=False)
    script = f"""
import resource, sys, time
sys.path.insert(0, {str(ROOT / 'tools' / 'local_dss')!r})
from runner import LocalFlow
flow = LocalFlow({str(workdir / f'flow_{n_rows}')!r})
flow.dataset('new', {str(data)!r})
flow.folder('model', {str(model_dir)!r})
t = time.perf_counter()
flow.run('score', inputs={{'input_dataset': 'new', 'model_folder': 'model'}}, outputs={{'scored_dataset': 'scored'}},
         config={{'text_column': 'text'}})
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "python-lib")}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    seconds, peak = out.stdout.strip().splitlines()[-1].split()
    data.unlink()
    return float(peak), float(seconds)


def profile_explained(model, texts: list[str], top: int = 6) -> None:
    """The explained prediction (probabilities and quoted words), previous vs current, under
    cProfile with the process CPU clock, on the same chunks of 2,000 rows."""
    runs = {
        "previous (TF-IDF matrix, per-occurrence contributions)": lambda chunk: reference_predict(model, chunk),
        "current (segment layout, one sparse product)": lambda chunk: model.predict(chunk, explain=True),
    }
    seconds = {}
    for name, fn in runs.items():
        fn(texts[:2000])  # warm-up
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for start in range(0, len(texts), 2000):
            fn(texts[start : start + 2000])
        profile.disable()
        stats = pstats.Stats(profile, stream=io.StringIO())
        seconds[name] = stats.total_tt
        print(f"  {name}: {stats.total_tt:.2f} s CPU, {len(texts) / stats.total_tt:,.0f} rows/s; top functions (own time):")
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]
        for (file, line, func), (_, ncalls, tottime, cumtime, _) in rows:
            where = f"{Path(file).name}:{line}({func})" if line else func
            print(f"      {tottime:6.2f} s  {ncalls:>7} calls  {where}")
    before, after = seconds.values()
    print(f"  speed-up of the explained prediction: {before / after:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000, help="rows for the throughput test")
    parser.add_argument("--memory-rows", default="250000,1000000", help="row counts for the memory test, or ''")
    parser.add_argument("--profile-rows", type=int, default=20_000, help="rows for the before/after profile, or 0")
    args = parser.parse_args()

    catalogue = load_catalogue()
    index = {c: i for i, c in enumerate(catalogue.ids)}
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    settings = TrainSettings(text_column="text", label_column="label")

    t = time.perf_counter()
    model, report = train(train_df, settings, catalogue)
    ours_train_s = time.perf_counter() - t
    t = time.perf_counter()
    baseline = sklearn_pipeline(settings.C).fit(train_df["text"].tolist(), train_df["label"].map(index).to_numpy())
    sk_train_s = time.perf_counter() - t

    print(f"Linear model trained on the corpus train split: {len(train_df)} rows, 6 channels.\n")
    print(f"{'held-out set':<20} {'rows':>5} {'ours macro-F1':>14} {'sklearn macro-F1':>17}")
    results = {}
    for name, frame in held_out_sets().items():
        y = frame["label"].map(index).to_numpy()
        ours = macro_f1(y, model.predict_proba(frame["text"].tolist()).argmax(1), 6)
        sk = macro_f1(y, baseline.predict(frame["text"].tolist()), 6)
        results[name] = (ours, sk)
        print(f"{name:<20} {len(frame):>5} {ours:>14.3f} {sk:>17.3f}")
    if "dev_d1" in results:
        drop = results["corpus test split"][0] - results["dev_d1"][0]
        print(f"\ndrop corpus test -> dev_d1: {100 * drop:.1f} points; ", end="")
    if "real_dev" in results:
        print(f"corpus test -> real_dev: {100 * (results['corpus test split'][0] - results['real_dev'][0]):.1f} points")

    # Throughput on one core, explanations included, in the same run as scikit-learn's pipeline.
    texts = load_corpus()["text"].tolist()
    rows = synthetic_rows(texts, args.rows)
    def rate(settings: ScoreSettings) -> float:
        scorer = Scorer(model, settings, catalogue)
        scorer.score_df(rows.iloc[:2000])  # warm-up: lookup tables, word caches
        t = time.perf_counter()
        for start in range(0, len(rows), 2000):
            scorer.score_df(rows.iloc[start : start + 2000])
        return len(rows) / (time.perf_counter() - t)

    ours_rps = rate(ScoreSettings(text_column="text", explain=True, extract_signals=False))
    ours_fast_rps = rate(ScoreSettings(text_column="text", explain=False, extract_signals=False))
    ours_full_rps = rate(ScoreSettings(text_column="text", explain=True, extract_signals=True))
    sk_rows = rows["text"].tolist()
    t = time.perf_counter()
    for start in range(0, len(sk_rows), 2000):
        baseline.predict_proba(sk_rows[start : start + 2000])
    sk_rps = len(sk_rows) / (time.perf_counter() - t)
    print(f"\nScoring {len(rows):,} rows on one core (chunks of 2,000):")
    print(f"  ours, with explanations    {ours_rps:>9,.0f} rows/s")
    print(f"  ours, without explanations {ours_fast_rps:>9,.0f} rows/s")
    print(f"  ours, explanations + facts and urgence (recipe default) {ours_full_rps:>9,.0f} rows/s")
    print(f"  scikit-learn pipeline      {sk_rps:>9,.0f} rows/s (no explanations)")
    print(f"  ratio ours (explained) / scikit-learn: {ours_rps / sk_rps:.1f}x")
    print(f"  training time: ours {ours_train_s:.1f} s (with validation split and refit), scikit-learn {sk_train_s:.1f} s")

    if args.profile_rows:
        print(f"\nExplained prediction on {args.profile_rows:,} of those rows, cProfile, process CPU time:")
        profile_explained(model, rows["text"].tolist()[: args.profile_rows])

    if args.memory_rows:
        from orientation.artefacts import LocalStorage
        from orientation.training import manifest_extra

        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            model.save(LocalStorage(tmp / "model"), extra=manifest_extra(settings, report, catalogue))
            print("\nScore recipe (local runner, CSV in and out, chunks of 2,000), peak memory of the process:")
            for n in [int(x) for x in args.memory_rows.split(",")]:
                peak, seconds = measure_memory(tmp / "model", texts, n, tmp)
                print(f"  {n:>9,} rows: peak RSS {peak:,.0f} MB, {seconds:.0f} s ({n / seconds:,.0f} rows/s with CSV I/O)")


if __name__ == "__main__":
    main()
