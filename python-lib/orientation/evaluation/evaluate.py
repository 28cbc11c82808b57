"""Metrics and errors of a scored dataset with its true channel.

Works on the output of the score step (``prediction``, ``confidence``, ``proba_<CHANNEL>``,
``explanation``, ``urgence``, ``signals``) joined with the true label, whatever the family.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..catalogue import OUT_OF_SCOPE, Catalogue
from ..errors import InputDataError
from ..metrics import confusion, per_class_scores
from ..validation import require_columns

THRESHOLDS = (0.95, 0.98)


@dataclass
class EvaluationResult:
    """What ``evaluate_scored`` measured.

    Attributes:
        metrics (pd.DataFrame): long form: ``kind, channel, predicted, metric, value``.
        errors (pd.DataFrame): one row per error, most frequent confusion pairs and most
            confident errors first.
        summary (dict): headline figures.
        confusion (np.ndarray): counts, rows true, columns predicted.
        reliability (pd.DataFrame): per confidence bin: count, mean confidence, accuracy.
        coverage (pd.DataFrame): per confidence threshold: coverage and precision.
    """

    metrics: pd.DataFrame
    errors: pd.DataFrame
    summary: dict
    confusion: np.ndarray
    reliability: pd.DataFrame
    coverage: pd.DataFrame
    channels: tuple[str, ...]


def expected_calibration_error(conf: np.ndarray, correct: np.ndarray, bins: int = 10) -> tuple[float, pd.DataFrame]:
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            gap = abs(conf[m].mean() - correct[m].mean())
            ece += m.mean() * gap
            rows.append((edges[b], edges[b + 1], int(m.sum()), float(conf[m].mean()), float(correct[m].mean())))
    return float(ece), pd.DataFrame(rows, columns=["low", "high", "count", "mean_confidence", "accuracy"])


def coverage_curve(conf: np.ndarray, correct: np.ndarray) -> pd.DataFrame:
    """Precision and coverage of the rows whose confidence is at or above each threshold."""
    order = np.argsort(-conf, kind="stable")
    c, ok = conf[order], correct[order]
    cum_prec = np.cumsum(ok) / np.arange(1, len(ok) + 1)
    coverage = np.arange(1, len(ok) + 1) / len(ok)
    return pd.DataFrame({"threshold": c, "coverage": coverage, "precision": cum_prec})


def evaluable_rows(frame: pd.DataFrame, label_column: str, catalogue: Catalogue) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows measured by :func:`evaluate_scored` (a true channel of the catalogue and a prediction).

    Returns:
        keep (np.ndarray): bool mask over ``frame``'s rows, shape (n_rows,).
        y, p (np.ndarray): true and predicted channel indices of the kept rows, shape (n_kept,).
    """
    require_columns(frame, [label_column, "prediction", "confidence"], "scored dataset")
    ids = catalogue.ids
    index = {c: i for i, c in enumerate(ids)}
    labels = frame[label_column].astype("string").fillna("").str.strip()
    unknown = sorted(set(labels) - set(ids) - {OUT_OF_SCOPE, ""})
    if unknown:
        raise InputDataError(f"E180 Column '{label_column}' has values that are not channels: {unknown[:10]}.")
    prediction = frame["prediction"].astype("string").fillna("").str.strip()
    keep = (labels.isin(ids) & prediction.isin(ids)).to_numpy()
    return keep, labels[keep].map(index).to_numpy(dtype=int), prediction[keep].map(index).to_numpy(dtype=int)


def evaluate_scored(frame: pd.DataFrame, label_column: str, catalogue: Catalogue,
                    urgence_column: str | None = None, text_column: str | None = None) -> EvaluationResult:
    """Measure a scored dataset against its true labels (``HORS_CHAMP`` and unscored rows excluded)."""
    keep, y, p = evaluable_rows(frame, label_column, catalogue)
    if urgence_column:
        require_columns(frame, [urgence_column, "urgence"], "scored dataset")
    ids = catalogue.ids
    sub = frame[keep].reset_index(drop=True)
    conf = pd.to_numeric(sub["confidence"], errors="coerce").fillna(0).to_numpy(dtype=float)
    n_ch = len(ids)
    cm = confusion(y, p, n_ch) if len(y) else np.zeros((n_ch, n_ch), dtype=int)
    precision, recall, f1, support = per_class_scores(cm)
    present = support > 0
    correct = (y == p).astype(float)
    rows = []
    for k, ch in enumerate(ids):
        for name, arr in (("precision", precision), ("recall", recall), ("f1", f1), ("support", support)):
            rows.append(("channel", ch, "", name, float(arr[k])))
    macro = float(f1[present].mean()) if present.any() else 0.0
    accuracy = float(correct.mean()) if len(correct) else 0.0
    ece, reliability = expected_calibration_error(conf, correct) if len(conf) else (0.0, pd.DataFrame())
    proba_cols = [f"proba_{c}" for c in ids]
    brier = float("nan")
    if all(c in sub.columns for c in proba_cols) and len(y):
        P = sub[proba_cols].apply(pd.to_numeric, errors="coerce").fillna(0).to_numpy(dtype=float)
        onehot = np.eye(n_ch)[y]
        brier = float(((P - onehot) ** 2).sum(axis=1).mean())
    curve = coverage_curve(conf, correct) if len(conf) else pd.DataFrame(columns=["threshold", "coverage", "precision"])
    summary = {"rows_evaluated": int(len(y)), "rows_excluded": int((~keep).sum()), "macro_f1": macro,
               "accuracy": accuracy, "ece": ece, "brier": brier}
    for t in THRESHOLDS:
        ok = curve[curve["precision"] >= t]
        summary[f"coverage_at_{int(t * 100)}"] = float(ok["coverage"].max()) if len(ok) else 0.0
    if urgence_column:
        yt = pd.to_numeric(frame[urgence_column], errors="coerce").fillna(0).astype(int).to_numpy()
        yp = pd.to_numeric(frame["urgence"], errors="coerce").fillna(0).astype(int).to_numpy()
        tp, fp, fn = int((yt & yp).sum()), int(((1 - yt) & yp).sum()), int((yt & (1 - yp)).sum())
        summary["urgence_recall"] = tp / (tp + fn) if tp + fn else float("nan")
        summary["urgence_precision"] = tp / (tp + fp) if tp + fp else float("nan")
        summary["urgence_support"] = int(yt.sum())
    for name, value in summary.items():
        rows.append(("overall", "", "", name, float(value)))
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            rows.append(("confusion", a, b, "count", float(cm[i, j])))
    metrics = pd.DataFrame(rows, columns=["kind", "channel", "predicted", "metric", "value"])

    wrong = sub[(y != p)].copy()
    wrong["true"] = np.asarray(ids, dtype=object)[y[y != p]]
    wrong["pair"] = wrong["true"] + " → " + wrong["prediction"]
    wrong["confidence"] = conf[y != p]
    wrong["pair_count"] = wrong.groupby("pair")["pair"].transform("size")
    wrong["_pair_max"] = wrong.groupby("pair")["confidence"].transform("max")
    if text_column and text_column in wrong.columns:
        from .bias import text_facets

        wrong = pd.concat([wrong, text_facets(wrong, text_column)], axis=1)
    wrong = wrong.sort_values(["pair_count", "_pair_max", "pair", "confidence"], ascending=[False, False, True, False])
    wrong = wrong.drop(columns=["_pair_max"])
    cols = ["true", "prediction", "pair", "pair_count", "confidence"] + [
        c for c in ("explanation", "signals", "rule", text_column) if c and c in wrong.columns] + [
        c for c in wrong.columns if c.startswith("facet_")]
    errors = wrong[cols + [c for c in wrong.columns if c not in cols and not c.startswith("proba_")]].reset_index(drop=True)
    return EvaluationResult(metrics, errors, summary, cm, reliability, curve, ids)
