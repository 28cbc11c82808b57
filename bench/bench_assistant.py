"""Latency of one assistant answer: the backend's turn (JSON in, JSON out), network excluded.

Trains the default linear model (word and character n-grams, the three form fields) on the
corpus train split, then times ``handle_turn_request`` on 500 descriptions of the corpus
test split, one core, one thread: first turns (description and form fields), and second
turns (the same plus an answer) where a question was asked. Prints p50, p95 and p99 in ms.

Usage: ``python bench/bench_assistant.py [--rows 500] [--core 0]``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.assistant import Assistant, handle_turn_request  # noqa: E402
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.rules import FORM_FIELDS  # noqa: E402
from orientation.settings import TrainSettings  # noqa: E402
from orientation.training import train  # noqa: E402


def _timed(assistant: Assistant, payload: dict) -> tuple[float, int, dict]:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    start = time.perf_counter()
    status, reply = handle_turn_request(assistant, body)
    json.dumps(reply, ensure_ascii=False).encode("utf-8")
    return (time.perf_counter() - start) * 1000, status, reply


def _line(name: str, ms: list[float]) -> str:
    a = np.asarray(ms)
    p50, p95, p99 = np.percentile(a, [50, 95, 99])
    return f"{name:<28}{len(a):>6}{p50:>9.2f}{p95:>9.2f}{p99:>9.2f}{a.mean():>9.2f}{a.max():>9.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--core", type=int, default=0, help="CPU core to pin the process to (Linux).")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})

    catalogue = load_catalogue()
    train_df = load_corpus("train")
    train_df = train_df[train_df["label"] != "HORS_CHAMP"]
    settings = TrainSettings(text_column="text", label_column="label", feature_columns=FORM_FIELDS)
    model, _ = train(train_df, settings, catalogue)
    assistant = Assistant(model, catalogue)

    test = load_corpus("test").sample(frac=1, random_state=0).head(args.rows).reset_index(drop=True)
    payloads = [{"description": row["text"], "form": {f: row[f] for f in FORM_FIELDS if row.get(f)}, "answers": []}
                for _, row in test.iterrows()]
    for p in payloads[:20]:  # warm-up: first calls build caches
        _timed(assistant, p)

    first, second, asked, urgent, refused = [], [], 0, 0, 0
    for p in payloads:
        ms, status, reply = _timed(assistant, p)
        first.append(ms)
        if status != 200:
            refused += 1
            continue
        urgent += reply["emergency"] is not None
        if reply["status"] == "question":
            asked += 1
            follow = {**p, "answers": [{"question": reply["question"]["id"], "answer": 0}]}
            ms2, _, _ = _timed(assistant, follow)
            second.append(ms2)

    print(f"Assistant turn latency (backend only, no network); linear model, one core "
          f"({platform.processor() or platform.machine()}, Python {platform.python_version()}).")
    print(f"{len(payloads)} descriptions of the corpus test split; {asked} asked a question, {urgent} raised "
          f"urgence, {refused} refused.\n")
    print(f"{'turn':<28}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'mean':>9}{'max':>9}")
    print(_line("first turn", first))
    if second:
        print(_line("turn with one answer", second))
    print(_line("all turns", first + second))


if __name__ == "__main__":
    main()
