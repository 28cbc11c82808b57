"""Benchmark of the bias audit and the counterfactual test, in one run.

Trains ``linear``, ``rules`` and ``hybrid`` (mode ``both``) on the corpus train split with the
command line (``python -m orientation train``, form fields as features) into
``out/bench_bias/<family>``, scores the corpus test split, ``../shared/data/dev_d1.csv`` and
``../shared/data/real_dev.csv`` (never trained on) in memory with the score step (the shared sets
are never copied), and prints for each family and set, measured in this run:

- macro-F1 and accuracy (six channels, ``HORS_CHAMP`` excluded);
- the facet table: rows, macro-F1, gap to the whole set and its bootstrap 95 % interval
  (1000 resamples, seed 0); ``*`` marks an interval that excludes zero;
- the counterfactual test: share of changed predictions per substitution family.

Only figures are printed, never a description.

Usage: ``python bench/bench_bias.py`` (``--families linear,rules`` to run fewer; ``embedding``, frozen
``../shared/models/multilingual-e5-small-fr`` + n-grams, and ``transformer``, the same encoder fine-tuned,
are slow on CPU and not in the default list; ``--reuse`` scores the models a previous run left;
``--sets dev_d1,real_dev`` to skip the corpus test split; ``--counterfactual-rows`` to bound the test).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.evaluation.audit import AuditSettings, audit  # noqa: E402
from orientation.models import load_model  # noqa: E402
from orientation.scoring import Scorer  # noqa: E402
from orientation.settings import ScoreSettings  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "out" / "bench_bias"
FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]
ENCODER = ROOT.parent / "shared" / "models" / "multilingual-e5-small-fr"
FAMILIES = {"linear": ["--algorithm", "linear"], "rules": ["--algorithm", "rules"],
            "hybrid": ["--algorithm", "hybrid", "--hybrid-mode", "both"],
            "embedding": ["--algorithm", "embedding", "--base-model", str(ENCODER)],
            # The settings bench_transformer.py found best on held-out writers (form fields are not
            # inputs of this family: the option is accepted and ignored).
            "transformer": ["--algorithm", "transformer", "--base-model", str(ENCODER), "--epochs", "6",
                            "--learning-rate", "2e-4", "--train-layers", "6", "--group-column", "writer"]}


def cli(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "python-lib"))
    subprocess.run([sys.executable, "-m", "orientation", "-q", *args], check=True, env=env, cwd=ROOT)


def held_out_sets() -> dict[str, pd.DataFrame]:
    """Each set in memory, with the form-field columns (empty where the set has none); never copied to disk."""
    sets = {"corpus test": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        if (SHARED / f"{name}.csv").exists():
            sets[name] = pd.read_csv(SHARED / f"{name}.csv", dtype=str, keep_default_na=False)
    for frame in sets.values():
        for col in FIELDS:
            if col not in frame.columns:
                frame[col] = ""
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", default="linear,rules,hybrid")
    parser.add_argument("--sets", default="corpus test,dev_d1,real_dev")
    parser.add_argument("--counterfactual-rows", type=int, default=2000)
    parser.add_argument("--reuse", action="store_true",
                        help="Score the model a previous run left in out/bench_bias/<family> instead of training.")
    args = parser.parse_args()
    catalogue = load_catalogue()
    OUT.mkdir(parents=True, exist_ok=True)
    train_path = OUT / "train.csv"
    load_corpus("train").to_csv(train_path, index=False)
    wanted = [x.strip() for x in args.sets.split(",")]
    sets = {k: v for k, v in held_out_sets().items() if k in wanted}
    families = [f for f in args.families.split(",") if f]
    print(f"Trained on the corpus train split; sets: {', '.join(sets)}. Bootstrap 1000 resamples, seed 0; "
          f"counterfactual test on at most {args.counterfactual_rows} rows per set; "
          "* = 95 % interval of the gap excludes 0.\n")
    summary = []
    for family in families:
        model_dir = OUT / family
        start = time.perf_counter()
        if not (args.reuse and (model_dir / "manifest.json").exists()):
            cli("train", "--input", str(train_path), "--text-column", "text", "--label-column", "label",
                "--feature-columns", ",".join(FIELDS), *FAMILIES[family], "--model-dir", str(model_dir))
        print(f"=== {family} (trained in {time.perf_counter() - start:.0f} s)")
        model = load_model(LocalStorage(model_dir))
        scorer = Scorer(model, ScoreSettings(text_column="text", explain=False), catalogue)
        for name, frame in sets.items():
            scored = scorer.score_df(frame)
            start = time.perf_counter()
            outputs = audit(scored, AuditSettings(label_column="label", urgence_column="input_urgence",
                                                  text_column="text", n_boot=1000, seed=0,
                                                  counterfactual_rows=args.counterfactual_rows), catalogue, model)
            seconds = time.perf_counter() - start
            s = outputs.result.summary
            print(f"\n--- {family} on {name}: {s['rows_evaluated']} rows, macro-F1 {s['macro_f1']:.3f}, "
                  f"accuracy {s['accuracy']:.3f} (audit {seconds:.0f} s)")
            bias = outputs.bias
            print(f"  {'facet':<18}{'value':<32}{'rows':>5}{'macro-F1':>10}{'gap':>8}  95 % interval")
            for _, r in bias.iterrows():
                flag = "*" if r["significant"] else " "
                print(f"  {r['facet']:<18}{str(r['value']):<32}{int(r['rows']):>5}{r['macro_f1']:>10.3f}"
                      f"{r['macro_f1_gap']:>+8.3f}  [{r['macro_f1_gap_low']:+.3f}, {r['macro_f1_gap_high']:+.3f}]"
                      f" {flag}")
            cf = outputs.counterfactual
            print(f"  {'counterfactual family':<22}{'rows':>6}{'pairs':>7}{'changed':>9}{'share':>8}  worst variant")
            for fam, g in cf.groupby("family", sort=False):
                total = g[g["variant"] == "toutes"].iloc[0]
                rest = g[g["variant"] != "toutes"].sort_values("share_changed", ascending=False)
                worst = (f"{rest.iloc[0]['variant']} {100 * rest.iloc[0]['share_changed']:.1f} %"
                         if len(rest) and rest.iloc[0]["pairs"] else "-")
                print(f"  {fam:<22}{int(total['rows_altered']):>6}{int(total['pairs']):>7}{int(total['changed']):>9}"
                      f"{100 * total['share_changed']:>7.2f}%  {worst}")
                summary.append((family, name, fam, total["share_changed"], int(total["pairs"])))
            n_sig = int(bias["significant"].sum())
            summary.append((family, name, "significant facet values", n_sig, len(bias)))
    print("\nSummary: share of changed predictions (pairs) per family; significant facet values")
    table = pd.DataFrame(summary, columns=["model", "set", "measure", "value", "n"])
    for (model, name), g in table.groupby(["model", "set"], sort=False):
        cells = []
        for _, r in g.iterrows():
            if r["measure"] == "significant facet values":
                cells.append(f"significant {int(r['value'])}/{r['n']}")
            else:
                cells.append(f"{r['measure']} {100 * r['value']:.2f}% ({r['n']})")
        print(f"  {model:<12}{name:<12} " + "; ".join(cells))


if __name__ == "__main__":
    main()
