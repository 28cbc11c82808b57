"""The bundled corpus meets its data card: columns, counts, no near-duplicates, fixed split."""

import numpy as np
import pytest

from orientation.catalogue import OUT_OF_SCOPE, load_catalogue
from orientation.corpus import CORPUS_PATH, load_corpus

# Cosine similarity of binary character 5-gram sets. A "swapped-noun" variant of a text
# (a city, an amount or a brand replaced) keeps most of its 5-grams and scores above 0.85
# (see test_threshold_catches_swapped_noun_variants); independently written texts about
# the same situation stay below 0.75 in this corpus. 0.8 separates the two.
NEAR_DUPLICATE = 0.8


def char5_similarity(texts):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char", ngram_range=(5, 5), binary=True, use_idf=False, norm="l2")
    X = vec.fit_transform(texts)
    S = (X @ X.T).toarray()
    np.fill_diagonal(S, 0)
    return S


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_columns_and_values(corpus):
    assert list(corpus.columns) == ["id", "text", "label", "urgence", "auteur_connu", "faits_en_ligne",
                                    "victime_mineure", "difficulty", "register", "writer", "split"]
    assert corpus["id"].is_unique
    assert set(corpus["label"]) == set(load_catalogue().ids) | {OUT_OF_SCOPE}
    assert set(corpus["urgence"]) == {"0", "1"}
    for col in ("auteur_connu", "faits_en_ligne", "victime_mineure"):
        assert set(corpus[col]) <= {"oui", "non", ""}
    assert set(corpus["difficulty"]) == {"easy", "medium", "hard"}
    assert corpus["text"].str.strip().str.len().min() >= 8


def test_counts_meet_the_data_card(corpus):
    assert len(corpus) >= 2400
    counts = corpus["label"].value_counts()
    for channel in load_catalogue().ids:
        assert counts[channel] >= 330, channel
    assert counts[OUT_OF_SCOPE] >= 100
    urgent = corpus[corpus["urgence"] == "1"]
    assert len(urgent) >= 150
    assert urgent["label"].nunique() >= 5  # spread over channels
    filled = (corpus[["auteur_connu", "faits_en_ligne", "victime_mineure"]] != "").any(axis=1).mean()
    assert 0.35 <= filled <= 0.65
    assert (corpus["difficulty"] == "hard").mean() >= 0.25
    assert corpus["writer"].nunique() >= 6


def test_no_near_duplicates(corpus):
    S = char5_similarity(corpus["text"].tolist())
    i, j = np.unravel_index(S.argmax(), S.shape)
    assert S[i, j] < NEAR_DUPLICATE, f"{corpus['id'][i]} and {corpus['id'][j]} are near-duplicates ({S[i, j]:.2f})"


def test_threshold_catches_swapped_noun_variants():
    base = "On m'a volé mon vélo devant la gare de Lyon hier soir, je n'ai rien vu et personne n'a rien vu."
    variant = base.replace("Lyon", "Nantes")
    other = "Hier soir devant la gare, quelqu'un est parti avec mon vélo ; aucun témoin, je ne sais pas qui."
    S = char5_similarity([base, variant, other])
    assert S[0, 1] > NEAR_DUPLICATE > S[0, 2]


def test_split_is_fixed_stratified_and_reproducible(corpus, tmp_path):
    import shutil
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import make_split

    copy = tmp_path / "c.csv"
    shutil.copy(CORPUS_PATH, copy)
    make_split.main(copy)
    assert load_corpus(path=copy)["split"].tolist() == corpus["split"].tolist()
    share = corpus.groupby("label")["split"].apply(lambda s: (s == "test").mean())
    assert share.between(0.22, 0.28).all()
    assert len(load_corpus("train")) + len(load_corpus("test")) == len(corpus)
