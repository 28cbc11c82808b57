"""Classification metrics in the long form DSS dashboards like."""

from __future__ import annotations

import numpy as np
import pandas as pd


def confusion(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """Confusion counts, shape (n_classes, n_classes), rows true, columns predicted."""
    return np.bincount(y_true * n_classes + y_pred, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def per_class_scores(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall, F1 and support per class (0 where undefined)."""
    tp = np.diag(cm).astype(float)
    pred = cm.sum(axis=0).astype(float)
    support = cm.sum(axis=1).astype(float)
    precision = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    recall = np.divide(tp, support, out=np.zeros_like(tp), where=support > 0)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros_like(tp), where=denom > 0)
    return precision, recall, f1, support


def macro_f1(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> float:
    """Macro-F1 over the classes present in ``y_true``."""
    cm = confusion(np.asarray(y_true), np.asarray(y_pred), n_classes)
    _, _, f1, support = per_class_scores(cm)
    present = support > 0
    return float(f1[present].mean()) if present.any() else 0.0


def metrics_frame(y_true: np.ndarray, y_pred: np.ndarray, channels: tuple[str, ...], split: str) -> pd.DataFrame:
    """Per-channel precision, recall, F1, support; macro-F1 and accuracy; confusion in long form.

    Columns: ``split``, ``kind`` (channel | overall | confusion), ``channel``, ``predicted``,
    ``metric``, ``value``.
    """
    n = len(channels)
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    cm = confusion(y_true, y_pred, n)
    precision, recall, f1, support = per_class_scores(cm)
    rows = []
    for k, ch in enumerate(channels):
        for name, arr in (("precision", precision), ("recall", recall), ("f1", f1), ("support", support)):
            rows.append((split, "channel", ch, "", name, float(arr[k])))
    present = support > 0
    rows.append((split, "overall", "", "", "macro_f1", float(f1[present].mean()) if present.any() else 0.0))
    rows.append((split, "overall", "", "", "accuracy", float((y_true == y_pred).mean()) if len(y_true) else 0.0))
    rows.append((split, "overall", "", "", "rows", float(len(y_true))))
    for i, a in enumerate(channels):
        for j, b in enumerate(channels):
            rows.append((split, "confusion", a, b, "count", float(cm[i, j])))
    return pd.DataFrame(rows, columns=["split", "kind", "channel", "predicted", "metric", "value"])
