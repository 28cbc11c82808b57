"""Train and score several model families on the same split, into one comparison table."""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..artefacts import LocalStorage
from ..catalogue import Catalogue
from ..errors import InputDataError
from ..scoring import Scorer
from ..settings import ScoreSettings, TrainSettings
from ..training import train
from ..validation import require_columns
from .evaluate import evaluate_scored

logger = logging.getLogger(__name__)


def compare(frame: pd.DataFrame, settings: TrainSettings, algorithms: list[str], catalogue: Catalogue, *,
            split_column: str = "split", urgence_column: str | None = None) -> pd.DataFrame:
    """One row per algorithm: quality on the test rows, calibration, urgence, cost.

    ``frame`` holds train and test rows told apart by ``split_column`` (``train`` / ``test``).
    """
    require_columns(frame, [split_column], "input dataset")
    train_rows = frame[frame[split_column] == "train"].reset_index(drop=True)
    test_rows = frame[frame[split_column] == "test"].reset_index(drop=True)
    if train_rows.empty or test_rows.empty:
        raise InputDataError(f"E181 Column '{split_column}' must mark some rows 'train' and some 'test'.")
    rows = []
    for algorithm in algorithms:
        algo_settings = replace(settings, algorithm=algorithm)
        start = time.perf_counter()
        model, _ = train(train_rows, algo_settings, catalogue)
        train_s = time.perf_counter() - start
        scorer = Scorer(model, ScoreSettings(text_column=settings.text_column), catalogue)
        start = time.perf_counter()
        scored = scorer.score_df(test_rows)
        rows_per_s = len(test_rows) / max(time.perf_counter() - start, 1e-9)
        true_urgence = None
        if urgence_column:
            true_urgence = f"input_{urgence_column}" if urgence_column == "urgence" else urgence_column
        result = evaluate_scored(scored, settings.label_column, catalogue, true_urgence)
        with tempfile.TemporaryDirectory() as tmp:
            model.save(LocalStorage(tmp))
            size_mb = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file()) / 1e6
        s = result.summary
        rows.append({"algorithm": algorithm, "macro_f1": s["macro_f1"], "accuracy": s["accuracy"], "ece": s["ece"],
                     "brier": s["brier"], "urgence_recall": s.get("urgence_recall", float("nan")),
                     "urgence_precision": s.get("urgence_precision", float("nan")), "training_seconds": train_s,
                     "scoring_rows_per_second": rows_per_s, "model_megabytes": size_mb})
        logger.info("Compared '%s': macro-F1 %.3f", algorithm, s["macro_f1"])
    return pd.DataFrame(rows)
