"""The linear model's sort-free scoring path gives what the previous path gave: the same
explanations and the same probabilities (up to float32 rounding), on corpus rows and on
awkward ones; its n-gram layout holds exactly the n-grams of ``extract_occurrences``."""

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from orientation.corpus import load_corpus
from orientation.explain import join_fr, words_sentence
from orientation.features import HashLookup, extract_occurrences, scoring_layout
from orientation.models import LinearClassifier
from orientation.scoring import Scorer
from orientation.settings import ScoreSettings
from orientation.validation import text_problem
from linear_reference import reference_predict

FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]
AWKWARD = [
    "",
    "a",
    "vol",
    "Carte   bloquée\n\npar [NOM] [NOM], appelez le [TELEPHONE] !",
    "arnaque arnaque arnaque arnaque sur leboncoin leboncoin",
    "😀 on m'a volé mon téléphone 😀 hier soir",
    "x" * 300,
    "L'escroc m’a dit « virez l’argent » – j’ai payé 450 € ; il a disparu.",
    "  \n  ",
    "é",
    "[NOM]",
    "[NOM] m'a menacé : x[ab]y puis [[TELEPHONE]] et [ADRESSE]",
]


@pytest.fixture(scope="module")
def rows():
    test = load_corpus("test")
    return test.sample(n=300, random_state=1).reset_index(drop=True)


def check_same_as_reference(model, texts, features=None):
    ref_proba, ref_words = reference_predict(model, texts, features, top_words=3)
    pred = model.predict(texts, features, explain=True, top_words=3)
    assert pred.proba.dtype == ref_proba.dtype
    np.testing.assert_allclose(pred.proba, ref_proba, rtol=0, atol=2e-5)
    assert np.array_equal(pred.proba.argmax(1), ref_proba.argmax(1))
    assert pred.evidence == ref_words
    # Explanations never change the probabilities.
    assert np.array_equal(model.predict(texts, features).proba, pred.proba)


def test_same_as_reference_on_corpus_rows_with_form_fields(trained_linear, rows):
    model, _, _ = trained_linear
    frame = rows[FIELDS]
    check_same_as_reference(model, rows["text"].tolist(), frame)


def test_same_as_reference_on_awkward_texts(trained_linear):
    model, _, _ = trained_linear
    frame = pd.DataFrame({c: ["oui"] * len(AWKWARD) for c in FIELDS})
    check_same_as_reference(model, AWKWARD, frame)


def test_same_as_reference_with_other_ngram_lengths(small_corpus, rows, catalogue, to_index):
    model = LinearClassifier(channels=catalogue.ids, char_ngram_range=(2, 6), C=5.0)
    train = small_corpus[small_corpus["label"] != "HORS_CHAMP"]
    model.fit(train["text"].tolist(), to_index(train["label"]))
    check_same_as_reference(model, rows["text"].tolist()[:150] + AWKWARD)


def test_word_bounded_vectorizer_is_scored_like_the_reference(trained_linear, rows):
    model, _, _ = trained_linear
    texts = rows["text"].tolist()[:100] + AWKWARD
    vec = model.vectorizer_
    vec.word_bounded = True  # a char_wb model: same vocabulary, other n-grams looked up
    try:
        check_same_as_reference(model, texts, pd.DataFrame({c: ["non"] * len(texts) for c in FIELDS}))
    finally:
        vec.word_bounded = False


@pytest.mark.parametrize("ngrams,bigrams,bounded", [((3, 5), True, False), ((1, 1), False, False),
                                                    ((2, 4), True, True), ((1, 8), True, False)])
def test_layout_holds_the_occurrences_of_extract_occurrences(rows, ngrams, bigrams, bounded):
    texts = rows["text"].tolist()[:60] + AWKWARD
    occ = extract_occurrences(texts, ngrams, bigrams, word_bounded=bounded, with_words=True)
    n_words = len(occ.word_doc)
    expected = Counter(
        (d, h, w) for d, h, w in zip(occ.doc.tolist(), occ.hash.tolist(), occ.word.tolist()) if h != 0
    )
    lay = scoring_layout(texts, ngrams, bigrams, word_bounded=bounded)
    assert np.array_equal(lay.word_hash, occ.word_hash)
    assert np.array_equal(lay.word_doc, occ.word_doc)
    assert np.array_equal(lay.word_start, occ.word_start) and np.array_equal(lay.word_end, occ.word_end)
    got = Counter((int(d), int(h), i) for i, (d, h) in enumerate(zip(lay.word_doc, lay.word_hash)))
    got.update((int(lay.word_doc[i]), int(h), int(i)) for i, h in zip(lay.bigram_first, lay.bigram_hash))
    seg_word = np.full(len(lay.seg_start), n_words)
    seg_word[lay.word_seg] = np.arange(n_words)
    seg_doc = np.searchsorted(lay.doc_seg, np.arange(len(lay.seg_start)), side="right") - 1
    centre = np.arange(len(lay.char_hash)) // lay.n_lengths
    seg = np.searchsorted(lay.seg_start, centre, side="right") - 1
    keep = lay.char_hash != 0
    got.update(zip(seg_doc[seg[keep]].tolist(), lay.char_hash[keep].tolist(), seg_word[seg[keep]].tolist()))
    assert got == expected
    # Segments: a document's first one starts at its leading space, words are segments.
    assert np.all(np.diff(lay.seg_start) > 0)
    assert np.all(np.diff(lay.doc_seg) > 0)


def test_hash_lookup_finds_every_key_whatever_the_placement_order():
    rng = np.random.default_rng(0)
    vocab = np.unique(rng.integers(1, 2**63, size=5000, dtype=np.int64).astype(np.uint64) * np.uint64(2))
    queries = np.concatenate([vocab, vocab[::7] + np.uint64(1), np.zeros(3, dtype=np.uint64)])
    expected = np.concatenate([np.arange(len(vocab)), np.full(len(vocab[::7]) + 3, -1)])
    for priority in (None, rng.random(len(vocab)), -np.arange(len(vocab))):
        table = HashLookup(vocab, priority)
        assert np.array_equal(table.lookup(queries), expected)
        assert np.array_equal(table.lookup_shifted(queries), expected + 1)


def test_scorer_columns_match_the_reference_sentences_and_statuses(trained_linear, rows, catalogue):
    model, _, _ = trained_linear
    odd = [None, float("nan"), 5, "", "   ", "\u2003\n", "ok"]
    frame = rows.iloc[:40].copy()
    frame = pd.concat([frame, pd.DataFrame({"text": odd, **{c: ["oui"] * len(odd) for c in FIELDS}})],
                      ignore_index=True)
    out = Scorer(model, ScoreSettings(text_column="text", extract_signals=False), catalogue).score_df(frame)
    expected_status = []
    for v in frame["text"]:
        problem = text_problem(v, 1, 10**9)
        expected_status.append("OK" if problem is None else f"{problem[0]}: {problem[1]}")
    assert out["scoring_status"].tolist() == expected_status
    ok = np.array([st == "OK" for st in expected_status])
    texts = frame.loc[ok, "text"].tolist()
    proba, words = reference_predict(model, texts, frame.loc[ok, FIELDS], top_words=3)
    names = [c.name for c in catalogue.channels]
    sentences = []
    for k, w in zip(proba.argmax(1), words):
        if not w:
            sentences.append(words_sentence(names[k], []))
        else:
            verb = "le mot qui a le plus pesé est" if len(w) == 1 else "les mots qui ont le plus pesé sont"
            sentences.append(f"Orienté vers « {names[k]} » : {verb} {join_fr(w)}.")
    assert out.loc[ok, "explanation"].tolist() == sentences
    assert out.loc[ok, "prediction"].tolist() == [catalogue.ids[k] for k in proba.argmax(1)]
    assert (out.loc[~ok, "explanation"] == "").all() and (out.loc[~ok, "prediction"] == "").all()
