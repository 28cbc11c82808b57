"""The learned urgence head: threshold by cross-validation, model-folder round trip, scoring
as cues OR head, and the cue lexicon's handling of present, past and negated facts."""

import numpy as np
import pandas as pd
import pytest

from orientation.artefacts import LocalStorage
from orientation.errors import InputDataError, SettingsError
from orientation.models import load_model
from orientation.scoring import Scorer
from orientation.settings import ScoreSettings, TrainSettings
from orientation.signals import load_extractor
from orientation.training import manifest_extra, train
from orientation.urgence import load_urgence
from orientation.urgence_head import UrgenceHead, choose_threshold, recall_precision, urgence_labels


@pytest.fixture(scope="module")
def cues():
    ex = load_extractor()
    return ex, load_urgence(ex)


# ---------------------------------------------------------------- threshold
def test_threshold_is_the_highest_that_reaches_the_target_recall():
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    proba = np.array([0.9, 0.6, 0.3, 0.2, 0.8, 0.5, 0.1, 0.05])
    no_cue = np.zeros(8, dtype=bool)
    assert choose_threshold(proba, y, no_cue, 0.75) == pytest.approx(0.3)  # 3 of 4 urgent rows
    assert choose_threshold(proba, y, no_cue, 1.0) == pytest.approx(0.2)
    # rows the cues already catch need nothing from the head
    cue = np.array([0, 0, 1, 1, 0, 0, 0, 0], dtype=bool)
    assert choose_threshold(proba, y, cue, 1.0) == pytest.approx(0.6)
    assert choose_threshold(proba, y, np.array([1, 1, 1, 1, 0, 0, 0, 0], dtype=bool), 1.0) > 1.0  # head never fires
    got = cue | (proba >= choose_threshold(proba, y, cue, 1.0))
    assert recall_precision(y, got) == {"recall": 1.0, "precision": 4 / 5}


def test_urgence_labels_parse_flags_and_name_bad_values():
    assert urgence_labels(["1", "0", "", None, "oui", "non", 1, 0.0], "urgence").tolist() == [1, 0, -1, -1, 1, 0, 1, 0]
    with pytest.raises(InputDataError, match=r"E134 Column 'urgence'.*1 rows.*row 1"):
        urgence_labels(["1", "peut-être", "0"], "urgence")


def test_head_settings_are_checked():
    with pytest.raises(SettingsError, match="E180"):
        UrgenceHead(target_recall=0)
    with pytest.raises(SettingsError, match="E181"):
        UrgenceHead(folds=1)
    with pytest.raises(SettingsError, match="urgence_column"):
        TrainSettings(text_column="text", label_column="label", urgence_column="label")


# ---------------------------------------------------------------- training, model folder, scoring
@pytest.fixture(scope="module")
def urgent_corpus(small_corpus):
    from orientation.corpus import load_corpus

    train_split = load_corpus("train")
    extra = train_split[(train_split["urgence"].astype(str) == "1") & ~train_split["id"].isin(small_corpus["id"])]
    return pd.concat([small_corpus, extra.head(40)]).sample(frac=1, random_state=1).reset_index(drop=True)


@pytest.fixture(scope="module")
def trained_with_head(urgent_corpus, catalogue, tmp_path_factory):
    settings = TrainSettings(text_column="text", label_column="label", urgence_column="urgence", max_features=20_000)
    model, report = train(urgent_corpus, settings, catalogue)
    folder = tmp_path_factory.mktemp("model_with_head")
    model.save(LocalStorage(folder), extra=manifest_extra(settings, report, catalogue))
    return model, folder


def test_head_threshold_reaches_the_target_recall_out_of_fold(trained_with_head, urgent_corpus):
    head = trained_with_head[0].urgence_head_
    assert 0 < head.threshold_ <= 2.0
    assert head.cv_["combined"]["recall"] >= 0.95
    in_scope = urgent_corpus[urgent_corpus["label"] != "HORS_CHAMP"]
    assert head.cv_["rows"] == len(in_scope)
    assert head.cv_["urgent_rows"] == int((in_scope["urgence"].astype(str) == "1").sum())
    assert head.cv_["combined"]["recall"] >= head.cv_["cues"]["recall"]


def test_model_folder_round_trip_keeps_the_head(trained_with_head, urgent_corpus, cues):
    model, folder = trained_with_head
    names = {p.name for p in folder.iterdir()}
    assert {"urgence_vectorizer.npz", "urgence_vocabulary.json", "urgence_weights.npz"} <= names
    assert not any(n.endswith((".pkl", ".pickle")) for n in names)
    loaded = load_model(LocalStorage(folder))
    assert loaded.manifest_["urgence_head"]["threshold"] == pytest.approx(model.urgence_head_.threshold_)
    ex, detector = cues
    texts = urgent_corpus["text"].tolist()[:60]
    signals = ex.extract_batch(texts)
    holding = [detector.holding(s) for s in signals]
    np.testing.assert_allclose(loaded.urgence_head_.proba(texts, signals, holding),
                               model.urgence_head_.proba(texts, signals, holding), rtol=1e-5)


def test_the_head_reads_names_and_towns_masked_like_the_model(trained_with_head, cues):
    model, folder = trained_with_head
    head = model.urgence_head_
    assert head.mask_ is model.mask_ is not None
    assert load_model(LocalStorage(folder)).urgence_head_.mask_.keep_ == model.mask_.keep_
    ex, detector = cues
    texts = [f"{name} est devant chez moi à {town} avec un couteau, il crie qu'il va me tuer"
             for name in ("Mon voisin Mohamed", "Mon voisin Kevin", "Mon voisin Oleksandr") for town in ("Roubaix", "Cayenne")]
    signals = ex.extract_batch(texts)
    proba = head.proba(texts, signals, [detector.holding(s) for s in signals])
    assert np.allclose(proba, proba[0])


def test_scoring_flags_cues_or_head_on_every_row(trained_with_head, urgent_corpus, catalogue, cues):
    model, folder = trained_with_head
    loaded = load_model(LocalStorage(folder))
    frame = urgent_corpus[["id", "text"]].head(80).reset_index(drop=True)
    out = Scorer(loaded, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    ex, detector = cues
    texts = frame["text"].tolist()
    signals = ex.extract_batch(texts)
    holding = [detector.holding(s) for s in signals]
    expected = np.array([bool(h) for h in holding]) | loaded.urgence_head_.predict(texts, signals, holding)
    assert out["urgence"].tolist() == expected.astype(int).tolist()
    assert out["urgence"].sum() > 0
    assert (out.loc[out["urgence"] == 1, "urgence_message"].str.contains("17")).all()
    assert (out.loc[out["urgence"] == 0, "urgence_message"] == "").all()
    # without the head (rules family or no urgence column): cues only
    out_rules = Scorer(load_model(LocalStorage(folder)), ScoreSettings(text_column="text"), catalogue)
    out_rules.urgence_head = None
    cue_only = out_rules.score_df(frame)["urgence"].tolist()
    assert cue_only == [int(bool(h)) for h in holding]


def test_training_refuses_unreadable_urgence_flags(urgent_corpus, catalogue):
    bad = urgent_corpus.copy()
    bad["urgence"] = bad["urgence"].astype(str)
    bad.loc[bad.index[3], "urgence"] = "urgent"
    settings = TrainSettings(text_column="text", label_column="label", urgence_column="urgence", max_features=20_000)
    with pytest.raises(InputDataError, match="E134"):
        train(bad, settings, catalogue)


# ---------------------------------------------------------------- cue lexicon: present vs past vs negated
@pytest.mark.parametrize("text", [
    "Il est encore devant chez moi avec un couteau, il crie qu'il va me tuer.",
    "Mon mari vient de me frapper, je saigne du nez, il va remonter.",
    "Un homme me suit depuis la gare et me menace, il est derrière moi.",
    "Mon voisin est sur le palier avec un fusil et hurle qu'il va me descendre.",
    "Ils sont dans la cour avec des battes et menacent de nous frapper, on est cachés derrière le mur.",
    "un mec tire en l'air dans la rue, on est enfermés dans la maison",
    "si la vidéo sort je me tue ce soir",
])
def test_present_danger_fires(cues, text):
    ex, detector = cues
    assert detector.detect(ex.extract(text)) is not None, detector.holding(ex.extract(text))


@pytest.mark.parametrize("text", [
    "Il m'a menacé avec un couteau l'an dernier, depuis il ne m'a pas recontacté.",
    "Dimanche dernier mon frère a sorti un couteau et m'a menacé, puis il est reparti.",
    "Un automobiliste m'a menacé avec une barre de fer puis il est reparti, j'ai noté la plaque.",
    "Mon colis a été volé devant ma porte, le livreur a une photo.",
    "Des élèves lui écrivent « suicide-toi » sur le groupe de la classe.",
    "Il ne m'a pas frappée et il n'est pas revenu, c'était il y a deux ans.",
])
def test_past_or_negated_facts_do_not_fire(cues, text):
    ex, detector = cues
    assert detector.detect(ex.extract(text)) is None, detector.holding(ex.extract(text))
