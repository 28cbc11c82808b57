"""``make demo``: prepare -> train -> score on the bundled corpus, through the real recipes.

Runs the three recipe.py files with the local dataiku stand-in, on the corpus's
fixed train split, scores its test split, and prints a summary.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runner import ROOT, LocalFlow  # noqa: E402

sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.corpus import load_corpus  # noqa: E402
from orientation.metrics import metrics_frame  # noqa: E402

FORM_FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]


def main(workdir: str = "out/demo") -> None:
    started = time.perf_counter()
    flow = LocalFlow(workdir)
    corpus = load_corpus()
    for split in ("train", "test"):
        path = flow.dataset(f"corpus_{split}")
        corpus[corpus["split"] == split].drop(columns=["split"]).to_csv(path, index=False)
    flow.folder("model")

    for split in ("train", "test"):
        flow.run(
            "prepare",
            inputs={"input_dataset": f"corpus_{split}"},
            outputs={"prepared_dataset": f"prepared_{split}", "rejected_dataset": f"rejected_{split}"},
            config={"text_column": "text"},
        )
    flow.run(
        "train",
        inputs={"training_dataset": "prepared_train"},
        outputs={"model_folder": "model", "metrics_dataset": "validation_metrics"},
        config={"text_column": "text", "label_column": "label", "feature_columns": FORM_FIELDS},
    )
    flow.run(
        "score",
        inputs={"input_dataset": "prepared_test", "model_folder": "model"},
        outputs={"scored_dataset": "scored_test"},
        config={"text_column": "text"},
    )

    scored = pd.read_csv(flow.datasets["scored_test"]["path"], dtype=str, keep_default_na=False)
    in_scope = scored[scored["label"] != "HORS_CHAMP"]
    ids = [c[len("proba_"):] for c in scored.columns if c.startswith("proba_")]
    index = {c: i for i, c in enumerate(ids)}
    m = metrics_frame(in_scope["label"].map(index).to_numpy(), in_scope["prediction"].map(index).to_numpy(), tuple(ids), "test")
    overall = m[m["kind"] == "overall"].set_index("metric")["value"]
    print("\n=== complaint-orientation demo: prepare -> train -> score on the bundled corpus ===")
    print(f"work directory: {workdir}")
    print(f"train rows: {(corpus['split'] == 'train').sum()}, test rows scored: {len(scored)} "
          f"({len(in_scope)} in scope, {len(scored) - len(in_scope)} HORS_CHAMP)")
    print(f"test split: macro-F1 {overall['macro_f1']:.3f}, accuracy {overall['accuracy']:.3f}")
    per = m[(m["kind"] == "channel") & (m["metric"] == "f1")][["channel", "value"]]
    print("F1 per channel: " + ", ".join(f"{c} {v:.2f}" for c, v in per.itertuples(index=False)))
    flagged = scored["urgence"] == "1"
    true_urgent = scored["input_urgence"] == "1"
    print(f"urgence raised on {int(flagged.sum())} rows ({int((flagged & true_urgent).sum())} of the "
          f"{int(true_urgent.sum())} urgent rows of the test split)")
    print("\nThree scored rows (prediction, confidence, explanation):")
    for row in in_scope.head(3).itertuples():
        print(f"- [{row.label} -> {row.prediction}, {float(row.confidence):.2f}] {row.explanation}")
    print(f"\ndone in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(*sys.argv[1:])
