import hashlib
import json

import pytest

from orientation.artefacts import LocalStorage
from orientation.errors import ModelArtefactError
from orientation.models import load_model
from orientation.text.proper_nouns import ProperNounMask, fold_word, lexicon_words
from orientation.training import manifest_extra


@pytest.fixture(scope="module")
def mask():
    training = ["Ma Banque a bloqué la carte, la banque ne répond pas, ma banque est fermée.",
                "Mon ex Karim me harcèle à Lyon.", "je suis allée à la Poste, la poste était fermée"]
    return ProperNounMask().fit(training, always_keep=("PERCEVAL", "PHAROS"))


def test_masks_names_and_places_in_the_middle_of_a_sentence(mask):
    out = mask.transform(["On m'a dit que Jean-Pierre Martin vit à Saint-Étienne près de Villeurbanne.",
                          "Il habite à La Roche-sur-Yon, pas au Havre ni à L'Isle-Adam, et va à la Poste."])
    assert out == ["On m'a dit que [NOM] vit à [NOM] près de [NOM].",
                   "Il habite à [NOM], pas au [NOM] ni à [NOM], et va à la Poste."]


def test_sentence_starts_lower_case_and_capitals(mask):
    texts = ["Ma banque a bloqué ma carte. Je suis allée à la poste : La poste était fermée.",
             "mon ex karim", "PEL et CB bloquée"]
    assert mask.transform(texts) == texts
    # A sentence opened by a word the training texts never write in lower case.
    assert mask.transform(["Karim m'a frappée. Lyon, le 3 mai : Marseille ?", "« Bonjour » (Madame)\nJulie"]) == [
        "[NOM] m'a frappée. [NOM], le 3 mai : [NOM] ?", "« Bonjour » (Madame)\n[NOM]"]


def test_keeps_common_words_lexicon_words_and_channel_names(mask):
    text = "J'ai écrit à la Banque puis sur Facebook et WhatsApp ; on m'a parlé de Perceval et de la Poste."
    assert mask.transform([text]) == [text]
    assert {"facebook", "whatsapp", "police"} <= lexicon_words()
    assert fold_word("Étienne’s") == "etienne's"


def test_idempotent_and_round_trip(mask):
    once = mask.transform(["Il s'appelle Thi Lan Nguyen et vit à Fort-de-France."])
    assert once == ["Il s'appelle [NOM] et vit à [NOM]."]
    assert mask.transform(once) == once
    again = ProperNounMask.from_json(json.loads(json.dumps(mask.to_json())))
    assert again.keep_ == mask.keep_ and again.lower_ == mask.lower_
    for bad in ({"banque": 1}, ["banque"], {"keep": ["a"], "lower": [1]}):
        with pytest.raises(ValueError, match="expected"):
            ProperNounMask.from_json(bad)


def test_a_damaged_word_list_is_named(trained_linear, tmp_path, catalogue):
    model, report, settings = trained_linear
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    damaged = b'{"banque": 1}'
    (tmp_path / "proper_nouns.json").write_bytes(damaged)
    manifest["files"]["proper_nouns.json"] = {"sha256": hashlib.sha256(damaged).hexdigest(), "bytes": len(damaged)}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelArtefactError, match="E309 'proper_nouns.json'"):
        load_model(LocalStorage(tmp_path))


def test_every_family_names_the_mask_it_reads_through(trained_linear, small_corpus, catalogue):
    from orientation.settings import TrainSettings
    from orientation.training import train

    hybrid, _ = train(small_corpus, TrainSettings(text_column="text", label_column="label", algorithm="hybrid"),
                      catalogue)
    rules, _ = train(small_corpus, TrainSettings(text_column="text", label_column="label", algorithm="rules"),
                     catalogue)
    assert trained_linear[0].proper_noun_mask is trained_linear[0].mask_ is not None
    assert hybrid.proper_noun_mask is hybrid.linear_.mask_ is not None
    assert rules.proper_noun_mask is None


def test_words_of_a_single_description_stay_out_of_the_model_folder():
    mask = ProperNounMask().fit(["mon voisin dupontel crie", "le voisin crie encore", "il crie la nuit"])
    assert "crie" in mask.lower_ and "nuit" not in mask.lower_
    assert "dupontel" not in mask.lower_ and "dupontel" not in mask.keep_
    assert mask.transform(["Dupontel crie."]) == ["[NOM] crie."]
