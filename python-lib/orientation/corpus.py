"""The bundled corpus and its fixed train / test split."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .catalogue import RESOURCE_DIR

CORPUS_PATH = RESOURCE_DIR / "corpus" / "orientation_fr.csv"
COLUMNS = ["id", "text", "label", "urgence", "auteur_connu", "faits_en_ligne", "victime_mineure", "difficulty",
           "register", "split"]


def load_corpus(split: str | None = None, path: str | Path | None = None) -> pd.DataFrame:
    """The corpus as strings (empty form fields as ''), optionally one split (``train`` or ``test``)."""
    frame = pd.read_csv(path or CORPUS_PATH, dtype=str, keep_default_na=False)
    if split is not None:
        if split not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test', got {split!r}")
        frame = frame[frame["split"] == split].reset_index(drop=True)
    return frame
