"""The linear model's explained prediction as it was before the sort-free scoring path
(kept verbatim as the reference that ``test_linear_fast_path.py`` compares the current
model with): TF-IDF matrix through ``NgramTfidf.transform``, logits by a sparse product,
then per-occurrence contributions to the chosen channel summed into words."""

from __future__ import annotations

import numpy as np

from orientation.models.linear import softmax


def reference_top_words_per_doc(texts, word_doc, word_start, word_end, word_hash, word_score, stop_hashes, top):
    result: list[list[str]] = [[] for _ in texts]
    if len(word_doc) == 0 or top <= 0:
        return result
    cand = np.flatnonzero(word_score > 0)
    cand = cand[~np.isin(word_hash[cand], stop_hashes)]
    key = word_hash[cand] + word_doc[cand].astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    order = np.argsort(key, kind="stable")
    k = key[order]
    head = np.ones(len(k), dtype=bool)
    head[1:] = k[1:] != k[:-1]
    starts_ = np.flatnonzero(head)
    score = np.add.reduceat(word_score[cand][order], starts_) if len(starts_) else np.zeros(0)
    first = cand[order][head]
    order = np.lexsort((-score, word_doc[first]))
    first = first[order]
    docs = word_doc[first]
    starts = np.flatnonzero(np.concatenate(([True], docs[1:] != docs[:-1])))
    rank = np.arange(len(first)) - np.repeat(starts, np.diff(np.append(starts, len(first))))
    keep = first[rank < top]
    for i in keep.tolist():
        text, s, e = texts[word_doc[i]], word_start[i], word_end[i]
        if 0 < s and e < len(text) and text[s - 1] == "[" and text[e] == "]":
            s, e = s - 1, e + 1
        result[word_doc[i]].append(text[s:e])
    return result


def reference_predict(model, texts, features=None, *, top_words=3, signals=None, dense=None):
    """Probabilities (n, n_channels) and the quoted words of each row, the previous way
    (on the texts after the model's proper-noun mask, which both paths share)."""
    texts = model._masked(texts)
    X, occ, found, feat, value = model._matrix(texts, features, return_occurrences=True, signals=signals, dense=dense)
    coef_t = np.ascontiguousarray(model.coef_.T)
    centred = model.coef_ - model.coef_.mean(axis=0, keepdims=True)
    logits = np.asarray(X @ coef_t) + model.intercept_
    proba = softmax(logits, model.temperature_)
    chosen = proba.argmax(axis=1)
    n_feat = centred.shape[1]
    contrib = value * centred.ravel()[chosen[occ.doc[found]] * n_feat + feat]
    words = occ.word[found]
    n_words = len(occ.word_doc)
    lo, hi = np.searchsorted(found, [n_words, n_words + occ.n_bigrams])
    contrib[lo:hi] /= 2
    score = np.bincount(words, weights=contrib, minlength=n_words + 1)
    score[: n_words + 1] += np.bincount(words[lo:hi] + 1, weights=contrib[lo:hi], minlength=n_words + 1)
    score = score[:n_words]
    top = reference_top_words_per_doc(
        texts, occ.word_doc, occ.word_start, occ.word_end, occ.word_hash, score, model._stop_hashes, top_words
    )
    return proba, top
