import json

import numpy as np
import pandas as pd
import pytest

from orientation.artefacts import LocalStorage
from orientation.catalogue import Catalogue, load_catalogue
from orientation.errors import ModelArtefactError, NotFittedError, SettingsError
from orientation.metrics import macro_f1
from orientation.models import LinearClassifier, load_model
from orientation.scoring import Scorer
from orientation.settings import ScoreSettings, TrainSettings
from orientation.training import manifest_extra, train


FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]


def test_probabilities_are_calibrated_distributions(trained_linear, small_test):
    model, report, _ = trained_linear
    proba = model.predict_proba(small_test["text"].tolist(), small_test[FIELDS])
    assert proba.shape == (len(small_test), 6)
    assert np.allclose(proba.sum(axis=1), 1, atol=1e-5)
    assert 0.05 < report.temperature < 20


def test_learns_the_channels(trained_linear, small_test, to_index):
    model, report, _ = trained_linear
    pred = model.predict(small_test["text"].tolist(), small_test[FIELDS]).proba.argmax(1)
    assert macro_f1(to_index(small_test["label"]), pred, 6) > 0.6
    assert report.validation_macro_f1 > 0.5
    assert report.n_out_of_scope > 0  # HORS_CHAMP rows are left out, and counted


def test_explanation_quotes_words_of_the_text(trained_linear, small_test):
    model, _, _ = trained_linear
    texts = small_test["text"].tolist()[:20]
    pred = model.predict(texts, small_test[FIELDS].iloc[:20], explain=True, top_words=3)
    assert len(pred.evidence) == 20
    for text, masked, words in zip(texts, model.mask_.transform(texts), pred.evidence):
        assert len(words) <= 3
        for w in words:  # words of the text the model read: a masked name is quoted as [NOM]
            assert w in masked and (w in text or w == "[NOM]")
        assert len({w.lower() for w in words}) == len(words)


def test_proper_nouns_mid_sentence_do_not_change_the_orientation(trained_linear, catalogue):
    model, _, _ = trained_linear
    base = ("Mon voisin {} m'insulte tous les jours dans l'escalier et menace de crever mes pneus. "
            "Les faits se passent à {} depuis janvier.")
    filled = [base.format(name, town) for name in ("Mohamed", "Kevin", "Thi Lan", "Oleksandr")
              for town in ("Roubaix", "Cayenne", "Aurillac")]
    fields = pd.DataFrame({c: [""] * len(filled) for c in FIELDS})
    proba = model.predict(filled, fields).proba
    assert np.allclose(proba, proba[0], atol=1e-6)
    words = model.predict(filled, fields, explain=True, top_words=5).evidence
    assert not {"Mohamed", "Kevin", "Thi", "Lan", "Oleksandr", "Roubaix", "Cayenne", "Aurillac"} & {
        w for ws in words for w in ws}
    # Lexicon words and channel names stay, capitalised or not.
    kept = model.mask_.transform(["J'ai écrit sur Facebook puis WhatsApp, on m'a dit Perceval ou Pharos."])[0]
    assert kept == "J'ai écrit sur Facebook puis WhatsApp, on m'a dit Perceval ou Pharos."


def test_masking_can_be_turned_off_and_old_folders_load_without_it(small_corpus, catalogue, tmp_path):
    settings = TrainSettings(text_column="text", label_column="label", mask_proper_nouns=False)
    model, report = train(small_corpus, settings, catalogue)
    assert model.mask_ is None
    texts = ["Mon voisin Mohamed m'insulte à Roubaix.", "Mon voisin Kevin m'insulte à Roubaix."]
    assert not np.allclose(*model.predict(texts).proba)
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["params"]["mask_proper_nouns"] is False and "proper_nouns.json" not in manifest["files"]
    assert load_model(LocalStorage(tmp_path)).mask_ is None
    del manifest["params"]["mask_proper_nouns"]  # a folder written before the mask existed
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    assert load_model(LocalStorage(tmp_path)).mask_ is None


def test_save_load_roundtrip_gives_identical_probabilities(trained_linear, small_test, tmp_path, catalogue):
    model, report, settings = trained_linear
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    again = load_model(LocalStorage(tmp_path))
    texts = small_test["text"].tolist()
    assert np.array_equal(model.predict_proba(texts, small_test[FIELDS]), again.predict_proba(texts, small_test[FIELDS]))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["format"] == "orientation.linear.v1"
    assert manifest["channels"] == list(catalogue.ids)
    assert set(manifest["files"]) == {"vectorizer.npz", "vocabulary.json", "weights.npz", "proper_nouns.json"}
    assert not any(name.endswith((".pkl", ".pickle", ".joblib")) for name in LocalStorage(tmp_path).list())


def test_same_seed_same_model(small_corpus, catalogue, small_test):
    settings = TrainSettings(text_column="text", label_column="label", seed=7)
    a, _ = train(small_corpus, settings, catalogue)
    b, _ = train(small_corpus, settings, catalogue)
    texts = small_test["text"].tolist()
    assert np.array_equal(a.predict_proba(texts), b.predict_proba(texts))


def test_corrupted_weights_are_refused(trained_linear, tmp_path):
    model, _, _ = trained_linear
    model.save(LocalStorage(tmp_path))
    data = bytearray((tmp_path / "weights.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "weights.npz").write_bytes(bytes(data))
    with pytest.raises(ModelArtefactError, match="E306 'weights.npz'.*checksum"):
        load_model(LocalStorage(tmp_path))


def test_missing_file_and_empty_folder_are_refused(trained_linear, tmp_path):
    with pytest.raises(ModelArtefactError, match="E301 'manifest.json' is missing"):
        load_model(LocalStorage(tmp_path / "nothing"))
    model, _, _ = trained_linear
    model.save(LocalStorage(tmp_path))
    (tmp_path / "vocabulary.json").unlink()
    with pytest.raises(ModelArtefactError, match="E301 'vocabulary.json' is missing"):
        load_model(LocalStorage(tmp_path))


def test_unknown_format_is_refused(trained_linear, tmp_path):
    model, _, _ = trained_linear
    model.save(LocalStorage(tmp_path))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["format"] = "orientation.linear.v99"
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelArtefactError, match="E303 Model format 'orientation.linear.v99'"):
        load_model(LocalStorage(tmp_path))


def test_model_from_another_catalogue_is_refused_at_scoring(trained_linear):
    model, _, _ = trained_linear
    base = load_catalogue()
    other = Catalogue(base.version, base.channels[:5], "", "", "")
    with pytest.raises(ModelArtefactError, match="E201 .*another channel catalogue.*COMMISSARIAT"):
        Scorer(model, ScoreSettings(text_column="text"), other)


def test_predict_before_fit_raises():
    with pytest.raises(NotFittedError, match="call fit"):
        LinearClassifier(channels=("A", "B")).predict(["texte"])


def test_bad_hyperparameters_are_named(small_corpus):
    model = LinearClassifier(channels=tuple("ABCDEF"), C=-1)
    with pytest.raises(SettingsError, match="C must be a number"):
        model.fit(["a b c"] * 4, np.array([0, 1, 0, 1]))


def test_channel_absent_from_training_gets_near_zero_probability(catalogue):
    texts = ["carte volée dans le métro", "vélo volé devant chez moi", "colis jamais reçu site fermé",
             "arnaque sur leboncoin vendeur injoignable"] * 5
    y = np.array([0, 0, 1, 1] * 5)
    model = LinearClassifier(channels=catalogue.ids, min_df=1).fit(texts, y)
    proba = model.predict_proba(["mon vélo a été volé"])
    assert proba[0, 2:].max() < 1e-6
    assert proba[0].argmax() == 0
