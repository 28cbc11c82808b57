"""Explainability at the data set level: what weighs for each channel, over a whole set.

- ``terme``: for families with a linear part (linear, hybrid, embedding, the LLM's fallback),
  the words and word pairs with the largest centred weight per channel (the vocabulary keeps
  the text of every hashed n-gram, so weights map back to words); character n-grams are left
  out, being unreadable;
- ``fait_poids``: when extracted facts are features (hybrid ``features`` / ``both``), the facts
  with the largest weight per channel;
- ``regle``: for the rules and hybrid families, how often each rule of the guide decided, per
  predicted channel, and how often it was right (``rule`` column of the score step);
- ``fait_frequence``: per predicted channel, the share of rows where each fact was found
  (``signals`` column of the score step);
- ``mot_explique``: for every family, the words and phrases that the row explanations quote
  most often per predicted channel (``explanation`` column of the score step): the data-set
  view of each family's own attribution method (integrated gradients for the transformer,
  weights for the linear part, the facts' words for the rules). A word quoted in fewer than
  ``min_rows`` rows is left out, so no single person's story shows through.

One long table: ``kind, channel, item, value, rows, accuracy`` (``value``: weight, count or
share; ``rows`` and ``accuracy`` where they apply).
"""

from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pandas as pd

from ..catalogue import RESOURCE_DIR
from ..features import KIND_CHAR

COLUMNS = ["kind", "channel", "item", "value", "rows", "accuracy"]


def linear_part(model):
    """The inner linear model of any family, or None (rules, LLM without fallback)."""
    from ..models.linear import LinearClassifier

    if isinstance(model, LinearClassifier):
        return model
    for attr in ("linear_", "fallback_"):
        inner = getattr(model, attr, None)
        if isinstance(inner, LinearClassifier):
            return inner
    return None


def _stopwords() -> set[str]:
    path = RESOURCE_DIR / "lexicon" / "stopwords_fr.txt"
    return {w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}


def _readable(term: str, stop: set[str]) -> bool:
    """A word or pair worth showing: not only function words, short words or placeholders."""
    words = term.split()
    return any(len(w) > 2 and w not in stop and not w.isdigit() for w in words)


def weight_terms(model, top: int = 12) -> pd.DataFrame:
    """Words, word pairs and facts with the largest centred weight per channel (function words left out)."""
    lin = linear_part(model)
    if lin is None:
        return pd.DataFrame(columns=COLUMNS)
    lin.check_fitted()
    vec = lin.vectorizer_
    centred = lin.coef_ - lin.coef_.mean(axis=0, keepdims=True)  # (n_channels, n_features)
    stop = _stopwords()
    words = np.array([i for i in np.flatnonzero(vec.kinds_ != KIND_CHAR) if _readable(vec.terms_[i], stop)], dtype=int)
    rows = []
    for k, ch in enumerate(lin.channels):
        w = centred[k, words]
        for i in np.argsort(-w, kind="stable")[:top]:
            if w[i] > 0:
                rows.append(("terme", ch, vec.terms_[words[i]], float(w[i]), np.nan, np.nan))
    if lin.signal_ids:
        start = vec.n_features_ + lin.form_encoder_.n_features_
        block = centred[:, start:start + 2 * len(lin.signal_ids)]
        names = [s for sid in lin.signal_ids for s in (sid, f"{sid} (nié)")]
        for k, ch in enumerate(lin.channels):
            for i in np.argsort(-block[k], kind="stable")[:top]:
                if block[k, i] > 0:
                    rows.append(("fait_poids", ch, names[i], float(block[k, i]), np.nan, np.nan))
    return pd.DataFrame(rows, columns=COLUMNS)


def rule_usage(scored: pd.DataFrame, label_column: str | None = None) -> pd.DataFrame:
    """How often each rule decided, per predicted channel, and its accuracy when labels are given."""
    if "rule" not in scored.columns:
        return pd.DataFrame(columns=COLUMNS)
    rule = scored["rule"].astype("string").fillna("").str.strip()
    pred = scored["prediction"].astype("string").fillna("")
    used = (rule != "") & (pred != "")
    if not used.any():
        return pd.DataFrame(columns=COLUMNS)
    frame = pd.DataFrame({"rule": rule[used], "pred": pred[used]})
    if label_column and label_column in scored.columns:
        frame["ok"] = (scored.loc[used, label_column].astype("string").fillna("").str.strip() == frame["pred"]).astype(float)
    else:
        frame["ok"] = np.nan
    g = frame.groupby(["pred", "rule"], sort=True).agg(rows=("ok", "size"), accuracy=("ok", "mean")).reset_index()
    g = g.sort_values(["pred", "rows", "rule"], ascending=[True, False, True])
    return pd.DataFrame({"kind": "regle", "channel": g["pred"], "item": g["rule"], "value": g["rows"].astype(float),
                         "rows": g["rows"].astype(float), "accuracy": g["accuracy"]})[COLUMNS].reset_index(drop=True)


def signal_frequency(scored: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """Per predicted channel, the facts found most often (share of that channel's rows)."""
    if "signals" not in scored.columns:
        return pd.DataFrame(columns=COLUMNS)
    pred = scored["prediction"].astype("string").fillna("").tolist()
    counts: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for ch, raw in zip(pred, scored["signals"].astype("string").fillna("").tolist()):
        if not ch:
            continue
        totals[ch] = totals.get(ch, 0) + 1
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            continue
        found = {i.get("signal") for i in items if isinstance(i, dict) and not i.get("negated")}
        for sid in found:
            counts.setdefault(ch, {})[sid] = counts.get(ch, {}).get(sid, 0) + 1
    rows = []
    for ch in sorted(counts):
        best = sorted(counts[ch].items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        rows += [("fait_frequence", ch, sid, n / totals[ch], float(totals[ch]), np.nan) for sid, n in best]
    return pd.DataFrame(rows, columns=COLUMNS)


_QUOTED = re.compile(r"«\s*([^«»]{1,80}?)\s*»")


def explanation_words(scored: pd.DataFrame, label_column: str | None = None, top: int = 12,
                      min_rows: int = 3) -> pd.DataFrame:
    """Per predicted channel, the words the explanations quote most often (share of the channel's rows).

    ``rows`` is the number of rows quoting the word, ``accuracy`` the share of them rightly
    oriented when labels are given. The channel name after « Orienté vers » is not a quote.
    """
    if "explanation" not in scored.columns:
        return pd.DataFrame(columns=COLUMNS)
    pred = scored["prediction"].astype("string").fillna("").tolist()
    expl = scored["explanation"].astype("string").fillna("").tolist()
    truth = (scored[label_column].astype("string").fillna("").str.strip().tolist()
             if label_column and label_column in scored.columns else None)
    totals: Counter = Counter()
    counts: dict[str, Counter] = {}
    right: dict[str, Counter] = {}
    for j, (ch, sentence) in enumerate(zip(pred, expl)):
        if not ch or not sentence:
            continue
        totals[ch] += 1
        body = sentence.split(" : ", 1)[1] if sentence.startswith("Orienté vers") and " : " in sentence else sentence
        words = {w.lower() for w in _QUOTED.findall(body)}
        counts.setdefault(ch, Counter()).update(words)
        if truth is not None and truth[j] == ch:
            right.setdefault(ch, Counter()).update(words)
    rows = []
    for ch in sorted(counts):
        best = sorted(((w, n) for w, n in counts[ch].items() if n >= min_rows), key=lambda kv: (-kv[1], kv[0]))[:top]
        for w, n in best:
            acc = right.get(ch, Counter())[w] / n if truth is not None else np.nan
            rows.append(("mot_explique", ch, w, n / totals[ch], float(n), acc))
    return pd.DataFrame(rows, columns=COLUMNS)


def dataset_insights(scored: pd.DataFrame, label_column: str | None = None, model=None, top: int = 12) -> pd.DataFrame:
    """All of the above that applies, in one long table."""
    parts = [rule_usage(scored, label_column), signal_frequency(scored, top=min(top, 8)),
             explanation_words(scored, label_column, top=min(top, 8))]
    if model is not None:
        parts.insert(0, weight_terms(model, top))
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
