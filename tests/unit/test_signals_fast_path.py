"""The extractor's fast path (alternatives reduced per word, early negation exit) finds
exactly what the previous matching loop found: same signals, spans and negations."""

import pytest

from orientation.corpus import load_corpus
from orientation.signals import fold_texts, load_extractor
from orientation.signals.extractor import split_alternatives
from signals_reference import reference_extract_folded


@pytest.fixture(scope="module")
def extractor():
    return load_extractor()


def test_split_alternatives_respects_groups_classes_and_escapes():
    assert split_alternatives(r"a|b(?:c|d)|[|x]e|f\|g") == ["a", "b(?:c|d)", "[|x]e", r"f\|g"]
    assert split_alternatives(r"[]|]a|b") == ["[]|]a", "b"]
    assert split_alternatives("single") == ["single"]


def test_fast_path_equals_reference_on_whole_corpus(extractor):
    texts = load_corpus()["text"].tolist()
    extra = [  # negations, clause cuts, repeated words, words that only prefix a pattern word
        "Je n'ai pas perdu ma carte, mais on me l'a volée. Ma carte, ma carte est toujours là.",
        "il ne m'a pas frappée mais il m'a menacée avec un couteau, il est encore devant chez moi",
        "jai pa perdu ma cb, jamais prêtée, personne ne me l'a prise ; des achats inconnus sur amazon",
        "Il y a un an il m'avait menacé de mort. Aujourd'hui rien, il est parti depuis.",
        "",
    ]
    cache: dict = {}
    folded = fold_texts(texts + extra)
    for i, f in enumerate(folded):
        fast = extractor.extract_folded(f).matches
        ref = reference_extract_folded(extractor, f, cache).matches
        assert fast == ref, f"row {i}: {sorted(set(fast) ^ set(ref))}"
        assert list(fast) == list(ref)  # same order of signals


def test_fast_path_is_stable_when_the_word_cache_is_warm(extractor):
    texts = load_corpus("test")["text"].tolist()[:200]
    first = [s.matches for s in extractor.extract_batch(texts)]
    again = [s.matches for s in extractor.extract_batch(texts)]
    assert first == again
