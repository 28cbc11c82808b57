"""Evaluation of the clarification dialogue with a simulated user (see orientation.dialogue).

Trains the linear model on the corpus train split, then for each held-out set reports the
accuracy with no question, with at most one and at most two, the share of people asked and
the questions per person. The simulated user answers from the true channel: the gains are
an upper bound.

Usage: ``python bench/bench_dialogue.py [--threshold 0.7]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.dialogue import DialogueEngine, load_questions, simulate  # noqa: E402
from orientation.models.rules_model import form_rows  # noqa: E402
from orientation.rules import load_rules  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.signals import load_extractor  # noqa: E402
from orientation.training import train  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.7)
    args = parser.parse_args()
    catalogue = load_catalogue()
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    model, _ = train(train_df, TrainSettings(text_column="text", label_column="label"), catalogue)
    extractor = load_extractor()
    engine = DialogueEngine(load_questions(), load_rules(extractor, channels=catalogue.ids), catalogue.ids,
                            threshold=args.threshold)
    sets = {"corpus test": load_corpus("test")}
    for name in ("dev_d1", "real_dev"):
        if (SHARED / f"{name}.csv").exists():
            sets[name] = pd.read_csv(SHARED / f"{name}.csv", dtype=str, keep_default_na=False)
    print(f"Linear model, confidence threshold {args.threshold}; simulated user (answers from the true channel).\n")
    print(f"{'set':<12}{'rows':>6}{'acc. 0 q':>10}{'acc. <=1 q':>12}{'acc. <=2 q':>12}{'asked':>8}{'q/person':>10}")
    for name, frame in sets.items():
        frame = frame[frame["label"] != "HORS_CHAMP"].reset_index(drop=True)
        texts = frame["text"].tolist()
        r = simulate(engine, model.predict_proba(texts), extractor.extract_batch(texts), form_rows(frame, len(frame)),
                     frame["label"].tolist())
        print(f"{name:<12}{r['rows']:>6}{r['accuracy_0']:>10.3f}{r['accuracy_1']:>12.3f}{r['accuracy_2']:>12.3f}"
              f"{r['share_asked']:>8.1%}{r['questions_per_person']:>10.2f}")


if __name__ == "__main__":
    main()
