import json

import pytest

from orientation.signals import fold_texts, load_extractor


@pytest.fixture(scope="module")
def extractor():
    return load_extractor()


def test_folding_keeps_positions():
    texts = ["Évidemment, ma CB a été débitée", "L’été à Pointe-à-Pitre"]
    folded = fold_texts(texts)
    assert folded == ["evidemment, ma cb a ete debitee", "l'ete a pointe-a-pitre"]
    assert [len(f) for f in folded] == [len(t) for t in texts]


@pytest.mark.parametrize(
    "text, signal, state",
    [
        ("Ma carte est toujours dans mon portefeuille.", "card_held", "present"),
        ("jai tjrs ma cb sur moi", "card_held", "present"),
        ("On m'a volé mon portefeuille dans le métro.", "card_stolen", "present"),
        ("Je n'ai pas perdu ma carte.", "card_lost", "negated"),
        ("jai pa perdu ma cb", "card_lost", "negated"),
        ("J'ai perdu ma carte bancaire samedi.", "card_lost", "present"),
        ("Il ne m'a pas frappée, mais il crie.", "violence", "negated"),
        ("Il m'a frappée hier soir.", "violence", "present"),
        ("des achats en ligne sur Amazon", "payment_online", "present"),
        ("Mon mari me frappe depuis des mois.", "partner_violence", "present"),
        ("Mon compte Instagram a été piraté.", "account_hacked", "present"),
        ("Je ne l'ai jamais rencontré, seulement par messages.", "never_met", "present"),
        ("Il est devant ma porte avec un couteau.", "weapon", "present"),
        ("Il est devant ma porte avec un couteau.", "author_present", "present"),
        ("J'ai vu sur TikTok une vidéo qui fait l'apologie du terrorisme.", "illegal_content", "present"),
        ("Mon voisin M. [NOM] a rayé ma voiture.", "author_named", "present"),
        ("Une carte de fidélité du magasin", "card_stolen", "absent"),
    ],
)
def test_signal_states(extractor, text, signal, state):
    assert extractor.extract(text).state(signal) == state


def test_spans_point_to_the_original_words(extractor):
    text = "Mon téléphone a été VOLÉ à Besançon, ma carte est toujours dans mon portefeuille."
    signals = extractor.extract(text)
    start, end = signals.first_span("card_held")
    assert text[start:end].startswith("carte est toujours dans mon portefeuille")
    items = json.loads(signals.to_json(text))
    assert {"signal", "negated", "span", "text"} <= set(items[0])
    for item in items:
        assert text[item["span"][0] : item["span"][1]] == item["text"]


def test_negation_does_not_cross_clauses(extractor):
    s = extractor.extract("Je n'ai rien vu. Ma carte a été volée dans mon sac.")
    assert s.state("card_stolen") == "present"


def test_batch_equals_single(extractor):
    texts = ["carte volée", "mon ex me harcèle", "", "colis jamais reçu, site fermé"]
    batch = extractor.extract_batch(texts)
    for t, b in zip(texts, batch):
        assert extractor.extract(t).matches == b.matches
