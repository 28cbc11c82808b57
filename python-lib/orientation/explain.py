"""French explanations of a decision, from word-level contributions."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .catalogue import RESOURCE_DIR
from .features import extract_occurrences


def load_stopword_hashes(path: str | Path | None = None) -> np.ndarray:
    """Folded hashes of the words never quoted in explanations, sorted."""
    path = Path(path) if path else RESOURCE_DIR / "lexicon" / "stopwords_fr.txt"
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    occ = extract_occurrences(words, (1, 1), word_bigrams=False)
    return np.unique(occ.word_hash)


def join_fr(items: list[str]) -> str:
    """« a », « b » et « c »"""
    quoted = [f"« {w} »" for w in items]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " et " + quoted[-1]


def words_sentence(channel_name: str, words: list[str]) -> str:
    if not words:
        return f"Orienté vers « {channel_name} » : aucun mot ne se détache, la décision repose sur l'ensemble du texte."
    if len(words) == 1:
        return f"Orienté vers « {channel_name} » : le mot qui a le plus pesé est « {words[0]} »."
    # join_fr(words), inlined: this runs once per scored row.
    return (f"Orienté vers « {channel_name} » : les mots qui ont le plus pesé sont « "
            + " », « ".join(words[:-1]) + f" » et « {words[-1]} ».")


def top_words_per_doc(
    texts: list[str],
    word_doc: np.ndarray,
    word_start: np.ndarray,
    word_end: np.ndarray,
    word_hash: np.ndarray,
    word_score: np.ndarray,
    stop_hashes: np.ndarray,
    top: int,
    word_bracketed: np.ndarray | None = None,
) -> list[list[str]]:
    """The ``top`` best-scoring distinct words of each document (positive scores only).

    Args:
        texts (list[str]): the documents, length n_docs.
        word_doc, word_start, word_end, word_hash (np.ndarray): one entry per word, shape (n_words,).
        word_score (np.ndarray): contribution of each word to the chosen channel, shape (n_words,).
        stop_hashes (np.ndarray): sorted hashes of words never quoted.
        top (int): how many words to keep per document.
        word_bracketed (np.ndarray): optional, whether each word sits right inside "[" and "]";
            computed from the texts when not given.
    """
    result: list[list[str]] = [[] for _ in texts]
    if len(word_doc) == 0 or top <= 0:
        return result
    # Candidates: words that pushed towards the chosen channel and are not function words.
    cand = np.flatnonzero(word_score > 0)
    hashes = word_hash[cand]
    if len(stop_hashes):
        at = np.searchsorted(stop_hashes, hashes)
        at[at == len(stop_hashes)] = 0
        not_stop = stop_hashes[at] != hashes
        cand, hashes = cand[not_stop], hashes[not_stop]
    # Merge the repeats of a word in a document (sum their scores, keep the first one):
    # one sort on a 64-bit key mixing the document into the word's hash.
    key = hashes + word_doc[cand].astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    order = np.argsort(key, kind="stable")
    k = key[order]
    head = np.ones(len(k), dtype=bool)
    head[1:] = k[1:] != k[:-1]
    starts_ = np.flatnonzero(head)
    score = np.add.reduceat(word_score[cand][order], starts_) if len(starts_) else np.zeros(0)
    first = cand[order][head]
    # Best first within each document, then keep the first ``top`` of each.
    order = np.lexsort((-score, word_doc[first]))
    first = first[order]
    docs = word_doc[first]
    starts = np.flatnonzero(np.concatenate(([True], docs[1:] != docs[:-1])))
    rank = np.arange(len(first)) - np.repeat(starts, np.diff(np.append(starts, len(first))))
    keep = first[rank < top]
    # A pseudonymisation placeholder is quoted whole, "[NOM]" rather than "NOM".
    d = word_doc[keep].tolist()
    start, end = word_start[keep], word_end[keep]
    if word_bracketed is None:
        bracketed = [0 < s and e < len(texts[i]) and texts[i][s - 1] == "[" and texts[i][e] == "]"
                     for i, s, e in zip(d, start.tolist(), end.tolist())]
    else:
        bracketed = word_bracketed[keep]
    bracketed = np.asarray(bracketed, dtype=np.int64)
    quoted = [texts[i][s:e] for i, s, e in zip(d, (start - bracketed).tolist(), (end + bracketed).tolist())]
    # ``keep`` is grouped by document: cut the quoted words into one list per document.
    bounds = np.concatenate(([0], np.cumsum(np.bincount(word_doc[keep], minlength=len(texts))))).tolist()
    result = [quoted[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    return result
