"""Score step: one chunk in, one chunk out, whatever the model family."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .catalogue import Catalogue
from .explain import words_sentence
from .models import TextClassifier
from .settings import ScoreSettings
from .validation import require_columns, text_problem

STATUS_OK = "OK"


def output_columns(catalogue: Catalogue) -> dict[str, str]:
    """Name and French description of each column the score step adds."""
    cols = {
        "prediction": "Canal proposé (identifiant du catalogue), vide si la description est inutilisable",
        "confidence": "Probabilité calibrée du canal proposé (0 à 1)",
    }
    for ch in catalogue.channels:
        cols[f"proba_{ch.id}"] = f"Probabilité calibrée du canal « {ch.name} »"
    cols["explanation"] = "Explication en français : les mots de la description qui ont le plus pesé"
    cols["scoring_status"] = "OK, ou le code et le motif pour lesquels la ligne n'a pas pu être orientée"
    return cols


class Scorer:
    """Apply a loaded model to chunks of a dataset.

    Args:
        model (TextClassifier): any loaded model family.
        settings (ScoreSettings): the validated settings.
        catalogue (Catalogue): the current catalogue; must match the model's channels.
    """

    def __init__(self, model: TextClassifier, settings: ScoreSettings, catalogue: Catalogue) -> None:
        catalogue.check_model_channels(model.channels)
        self.model = model
        self.settings = settings
        self.catalogue = catalogue
        self.names = [c.name for c in catalogue.channels]
        self.n_rows = 0
        self.n_unusable = 0

    def score_df(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The input columns plus the columns of :func:`output_columns`, same rows, same order."""
        s = self.settings
        require_columns(frame, [s.text_column, *self.model.feature_columns], "input dataset")
        values = frame[s.text_column].tolist()
        status = []
        for v in values:
            problem = text_problem(v, 1, 10**9)
            status.append(STATUS_OK if problem is None else f"{problem[0]}: {problem[1]}")
        ok = np.array([st == STATUS_OK for st in status], dtype=bool)
        texts = [v for v, k in zip(values, ok) if k]
        feats = frame.loc[ok, list(self.model.feature_columns)] if self.model.feature_columns else None
        n, n_ch = len(frame), len(self.catalogue.ids)
        proba = np.full((n, n_ch), np.nan, dtype=np.float32)
        explanation = [""] * n
        prediction = [""] * n
        if texts:
            pred = self.model.predict(texts, feats, explain=s.explain, top_words=s.top_words)
            proba[ok] = pred.proba
            best = pred.proba.argmax(axis=1)
            rows = np.flatnonzero(ok)
            ids = self.catalogue.ids
            for j, (r, k) in enumerate(zip(rows.tolist(), best.tolist())):
                prediction[r] = ids[k]
                if pred.evidence is not None:
                    explanation[r] = words_sentence(self.names[k], pred.evidence[j])
        out = frame.copy()
        out["prediction"] = prediction
        out["confidence"] = np.where(ok, np.nanmax(np.where(ok[:, None], proba, 0), axis=1), np.nan)
        for k, ch in enumerate(self.catalogue.ids):
            out[f"proba_{ch}"] = proba[:, k]
        out["explanation"] = explanation
        out["scoring_status"] = status
        self.n_rows += n
        self.n_unusable += int((~ok).sum())
        return out
