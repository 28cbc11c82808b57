import math
import unicodedata
from collections import Counter

import numpy as np
import pytest

from orientation.errors import NotFittedError, SettingsError
from orientation.features import NgramTfidf, extract_occurrences


def fold(text):
    out = []
    for ch in text:
        low = ch.lower()
        base = unicodedata.normalize("NFKD", low)[:1]
        out.append(base if base.isalnum() else (" " if ch.isspace() else low))
    return "".join(out).replace("\u2019", "'")


def reference_ngrams(text, lo, hi):
    """Plain-Python reference: folded words (2+ chars), word bigrams, character n-grams of ' text '."""
    f = fold(text)
    words, cur = [], ""
    for ch in f + " ":
        if ch.isalnum():
            cur += ch
        else:
            if len(cur) >= 2:
                words.append(cur)
            cur = ""
    padded = " " + f + " "
    chars = [padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]
    return Counter(words), Counter(zip(words, words[1:])), Counter(chars)


def test_occurrence_spans_point_into_original_text():
    texts = ["J'ai perdu ma CB à Pointe-à-Pitre", "Évidemment rien reçu"]
    occ = extract_occurrences(texts, (3, 3))
    words = [texts[d][s:e] for d, s, e in zip(occ.word_doc, occ.word_start, occ.word_end)]
    assert words == ["ai", "perdu", "ma", "CB", "Pointe", "Pitre", "Évidemment", "rien", "reçu"]


def test_folding_makes_accents_and_case_equal():
    a = extract_occurrences(["Carte BLOQUÉE"], (2, 4))
    b = extract_occurrences(["carte bloquee"], (2, 4))
    assert np.array_equal(np.sort(a.hash), np.sort(b.hash))


def test_counts_match_plain_python_reference():
    texts = ["On m'a volé ma carte, ma carte bleue !", "achats en ligne, carte sur moi"]
    vec = NgramTfidf(min_df=1, char_ngram_range=(2, 4)).fit(texts)
    for i, text in enumerate(texts):
        words, bigrams, chars = reference_ngrams(text, 2, 4)
        n_expected = sum(words.values()) + sum(bigrams.values()) + sum(chars.values())
        X, occ, found, feat, value = vec.transform([text], return_occurrences=True)
        assert len(found) == len(feat) == len(value) == n_expected
        # repeated n-grams are duplicate entries; summed, one entry per distinct n-gram
        assert X.nnz == n_expected
        X.sum_duplicates()
        assert X.nnz == len(words) + len(bigrams) + len(chars)


def test_tfidf_values_match_formula():
    texts = ["carte volée", "carte perdue", "vélo volé"]
    vec = NgramTfidf(min_df=1, char_ngram_range=(3, 3), word_bigrams=False).fit(texts)
    X = vec.transform(texts).toarray()
    # Word block of document 0: "carte" (in 2 of 3 documents) and "volee" (in 1 of 3), smooth idf.
    idf_carte = math.log(4 / 3) + 1
    idf_volee = math.log(4 / 2) + 1
    norm = math.sqrt(idf_carte**2 + idf_volee**2)
    assert X[0, vec.terms_.index("carte")] == pytest.approx(idf_carte / norm, rel=1e-5)
    assert X[0, vec.terms_.index("volee")] == pytest.approx(idf_volee / norm, rel=1e-5)
    # no n-gram repeats here, so each block is L2-normalised: the squared row sums to 2
    assert (X**2).sum(axis=1) == pytest.approx([2.0, 2.0, 2.0], rel=1e-5)


def test_repeated_ngrams_add_up():
    vec = NgramTfidf(min_df=1, char_ngram_range=(3, 3), word_bigrams=False).fit(["vol vol", "vol"])
    once, twice = vec.transform(["vol", "vol vol"]).toarray()
    col = vec.terms_.index("vol")
    # twice the count, norm computed over occurrences: 2 idf / sqrt(2 idf^2) = sqrt(2) x once
    assert twice[col] == pytest.approx(once[col] * math.sqrt(2), rel=1e-5)


def test_unknown_ngrams_are_ignored_and_empty_text_gives_zero_row():
    vec = NgramTfidf(min_df=1).fit(["carte volée", "colis jamais reçu"])
    X = vec.transform(["zzzz qqqq", ""])
    assert X.shape == (2, vec.n_features_)
    assert X.nnz == 0


def test_min_df_prunes_and_too_strict_min_df_fails_with_advice():
    vec = NgramTfidf(min_df=2).fit(["carte volée", "carte perdue", "vélo"])
    assert "carte" in vec.terms_ and "velo" not in vec.terms_
    with pytest.raises(SettingsError, match="Lower min_df"):
        NgramTfidf(min_df=5).fit(["a b", "c d"])


def test_bad_parameters_are_named():
    with pytest.raises(SettingsError, match="char_ngram_range"):
        NgramTfidf(char_ngram_range=(5, 2)).fit(["carte"])
    with pytest.raises(SettingsError, match="min_df"):
        NgramTfidf(min_df=0).fit(["carte"])


def test_transform_before_fit_raises():
    with pytest.raises(NotFittedError, match="call fit"):
        NgramTfidf().transform(["carte"])


def test_state_roundtrip_gives_same_matrix():
    texts = ["carte volée dans le métro", "colis jamais reçu, site fermé", "mon ex me harcèle"]
    vec = NgramTfidf(min_df=1).fit(texts)
    params, arrays = vec.get_state()
    again = NgramTfidf.from_state(params, arrays, vec.terms_)
    assert (vec.transform(texts) != again.transform(texts)).nnz == 0


def test_chunking_does_not_change_rows():
    texts = [f"texte numéro {i} avec une carte volée" for i in range(50)]
    vec = NgramTfidf(min_df=1).fit(texts)
    whole = vec.transform(texts).toarray()
    parts = np.vstack([vec.transform(texts[i : i + 7]).toarray() for i in range(0, 50, 7)])
    assert np.allclose(whole, parts)
