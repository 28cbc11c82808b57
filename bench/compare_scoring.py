"""Scoring throughput of this checkout against another version of ``python-lib``, same rows,
same model folder, alternating runs in fresh processes so background load weighs on both alike.

Each run scores the rows through ``Scorer.score_df`` in chunks of 2,000 on one core, with
explanations and without facts and urgence (the linear family's explained path), and reports
wall-clock and process-CPU rows per second; the last run of each side is profiled (cProfile,
process CPU clock) and its top functions are printed.

Usage:
    git archive <commit> python-lib resource | tar -x -C /tmp/base
    python bench/compare_scoring.py --baseline /tmp/base/python-lib --model-dir out/model [--rows 40000]

The model folder can come from ``python -m orientation train ... --model-dir out/model``; with
``--train`` the script trains one on the corpus train split first (HORS_CHAMP left out).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import cProfile, io, json, os, pstats, sys, time
import numpy as np, pandas as pd
from orientation.artefacts import LocalStorage
from orientation.catalogue import load_catalogue
from orientation.corpus import load_corpus
from orientation.models import load_model
from orientation.scoring import Scorer
from orientation.settings import ScoreSettings
n, model_dir, profile = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
texts = load_corpus()["text"].tolist()
texts = (texts * (n // len(texts) + 1))[:n]
frame = pd.DataFrame({"id": np.arange(n).astype(str), "text": texts})
scorer = Scorer(load_model(LocalStorage(model_dir)), ScoreSettings(text_column="text", extract_signals=False),
                load_catalogue())
scorer.score_df(frame.iloc[:2000])
prof = cProfile.Profile(time.process_time) if profile else None
wall, cpu = time.perf_counter(), time.process_time()
if prof: prof.enable()
for start in range(0, n, 2000):
    scorer.score_df(frame.iloc[start:start + 2000])
if prof: prof.disable()
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
top = []
if prof:
    st = pstats.Stats(prof, stream=io.StringIO())
    for (f, line, func), (_, nc, tt, ct, _) in sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:8]:
        top.append([f"{os.path.basename(f)}:{line}({func})" if line else func, nc, tt])
print(json.dumps({"wall": wall, "cpu": cpu, "top": top}))
"""


def run(lib: Path, rows: int, model_dir: Path, profile: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(lib), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(rows), str(model_dir), "1" if profile else "0"],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="the other version's python-lib folder")
    parser.add_argument("--model-dir", required=True, help="a linear model folder both versions can load")
    parser.add_argument("--train", action="store_true", help="train the model folder first")
    parser.add_argument("--rows", type=int, default=40_000)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each side, alternating")
    args = parser.parse_args()
    model_dir = Path(args.model_dir)
    if args.train:
        sys.path.insert(0, str(ROOT / "python-lib"))
        from orientation.artefacts import LocalStorage
        from orientation.catalogue import load_catalogue
        from orientation.corpus import load_corpus
        from orientation.settings import TrainSettings
        from orientation.training import manifest_extra, train

        catalogue = load_catalogue()
        frame = load_corpus("train")
        frame = frame[frame["label"] != "HORS_CHAMP"]
        settings = TrainSettings(text_column="text", label_column="label")
        model, report = train(frame, settings, catalogue)
        model.save(LocalStorage(model_dir), extra=manifest_extra(settings, report, catalogue))

    sides = {"baseline": Path(args.baseline).resolve(), "this checkout": ROOT / "python-lib"}
    results: dict[str, list[dict]] = {k: [] for k in sides}
    for i in range(args.repeats):
        for name, lib in sides.items():
            results[name].append(run(lib, args.rows, model_dir, profile=i == args.repeats - 1))
    print(f"Scoring {args.rows:,} rows with explanations (Scorer.score_df, chunks of 2,000, one core), "
          f"{args.repeats} alternating runs each; best run:")
    best = {}
    for name, res in results.items():
        plain = res[:-1] or res  # the profiled run is slower: leave it out when there are others
        wall = max(args.rows / r["wall"] for r in plain)
        cpu = max(args.rows / r["cpu"] for r in plain)
        best[name] = (wall, cpu)
        print(f"  {name:<14} {wall:>9,.0f} rows/s wall clock, {cpu:>9,.0f} rows/s of process CPU")
    (bw, bc), (tw, tc) = best.values()
    print(f"  ratio this checkout / baseline: {tw / bw:.2f}x wall clock, {tc / bc:.2f}x CPU")
    for name, res in results.items():
        print(f"\n  {name}, profiled run ({args.rows / res[-1]['cpu']:,.0f} rows/s CPU under cProfile), own time:")
        for where, ncalls, tottime in res[-1]["top"]:
            print(f"      {tottime:6.2f} s  {ncalls:>7} calls  {where}")


if __name__ == "__main__":
    main()
