"""Checks of input columns and values, with messages that never quote a description."""

from __future__ import annotations

import difflib

import numpy as np
import pandas as pd

from .errors import InputDataError


def require_columns(frame: pd.DataFrame, columns: list[str], where: str) -> None:
    """Raise when a column is missing, naming it, the columns found and a close match."""
    present = [str(c) for c in frame.columns]
    for col in columns:
        if col not in frame.columns:
            guess = difflib.get_close_matches(col, present, n=1)
            hint = f" Did you mean '{guess[0]}'?" if guess else ""
            raise InputDataError(
                f"E010 Column '{col}' is not in the {where}; found {present[:20]}"
                f"{' ...' if len(present) > 20 else ''}.{hint} Choose the column in the settings."
            )


def text_values(series: pd.Series) -> tuple[list[str], np.ndarray]:
    """The values of a text column as strings, and a mask of those that are not usable text.

    Missing values, non-strings (numbers, booleans) and blank strings are flagged; the
    returned list has an empty string in their place so positions are preserved.
    """
    values = series.tolist()
    bad = np.zeros(len(values), dtype=bool)
    texts = []
    for i, v in enumerate(values):
        if isinstance(v, str) and v.strip():
            texts.append(v)
        else:
            texts.append("")
            bad[i] = True
    return texts, bad


def text_problem(value, min_chars: int, max_chars: int) -> tuple[str, str] | None:
    """Why a raw value cannot be a description, as (code, French reason), or None when fine."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return "EMPTY", "description absente (valeur vide)"
    if not isinstance(value, str):
        return "NOT_TEXT", f"la valeur n'est pas du texte (type {type(value).__name__})"
    n = len(value.strip())
    if n == 0:
        return "EMPTY", "description vide"
    if n < min_chars:
        return "TOO_SHORT", f"description trop courte ({n} caractères, minimum {min_chars})"
    if n > max_chars:
        return "TOO_LONG", f"description trop longue ({n} caractères, maximum {max_chars})"
    return None
