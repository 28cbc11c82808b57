"""Embedding family with a tiny local encoder: train, save, load, score; offline only."""

import json
import os

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.errors import SettingsError  # noqa: E402
from orientation.models import load_model  # noqa: E402
from orientation.scoring import Scorer  # noqa: E402
from orientation.settings import ScoreSettings, TrainSettings  # noqa: E402
from orientation.training import manifest_extra, train  # noqa: E402

from tiny_encoder import build_tiny_encoder  # noqa: E402


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, small_corpus):
    return build_tiny_encoder(tmp_path_factory.mktemp("tiny"), small_corpus["text"].tolist())


@pytest.fixture(scope="module")
def embedding_model(tiny, small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="embedding", base_model=str(tiny),
                             max_length=64, batch_size=16)
    return train(small_corpus, settings, catalogue), settings


def test_train_save_load_score(embedding_model, small_test, catalogue, tmp_path):
    (model, report), settings = embedding_model
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["format"] == "orientation.embedding.v1"
    assert "encoder/model.safetensors" in manifest["files"]
    again = load_model(LocalStorage(tmp_path))
    texts = small_test["text"].tolist()
    assert np.allclose(model.predict_proba(texts), again.predict_proba(texts), atol=1e-5)
    out = Scorer(again, ScoreSettings(text_column="text"), catalogue).score_df(small_test)
    assert out["prediction"].isin(catalogue.ids).all()
    assert out["explanation"].str.startswith("Orienté vers").all()


def test_names_and_towns_reach_neither_block(embedding_model):
    (model, _), _ = embedding_model
    texts = [f"Mon voisin {name} m'insulte tous les jours à {town} et menace ma fille."
             for name in ("Mohamed", "Kevin", "Oleksandr") for town in ("Roubaix", "Cayenne")]
    proba = model.predict_proba(texts)
    assert np.allclose(proba, proba[0], atol=1e-6)
    # The masked text is what the encoder reads: the embeddings are equal too.
    dense = model._encode(texts)
    assert np.allclose(dense, dense[0], atol=1e-6)
    assert not np.allclose(model.encoder_.encode(texts[:2]), model.encoder_.encode(texts[:2])[0], atol=1e-6)


def test_same_seed_same_predictions(tiny, small_corpus, small_test, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="embedding", base_model=str(tiny),
                             max_length=64)
    a, _ = train(small_corpus, settings, catalogue)
    b, _ = train(small_corpus, settings, catalogue)
    texts = small_test["text"].tolist()[:20]
    assert np.allclose(a.predict_proba(texts), b.predict_proba(texts), atol=1e-6)


def test_missing_base_model_and_bad_folder(tmp_path, small_corpus, catalogue):
    with pytest.raises(SettingsError, match="E008 .*needs 'base_model'"):
        TrainSettings(text_column="text", label_column="label", algorithm="embedding")
    settings = TrainSettings(text_column="text", label_column="label", algorithm="embedding", base_model=str(tmp_path / "none"))
    with pytest.raises(SettingsError, match="E190 base model: .* is not a folder"):
        train(small_corpus, settings, catalogue)


def test_corrupted_encoder_weights_are_refused(embedding_model, tmp_path, catalogue):
    from orientation.errors import ModelArtefactError

    (model, _), _ = embedding_model
    model.save(LocalStorage(tmp_path))
    path = tmp_path / "encoder" / "model.safetensors"
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelArtefactError, match="E306 'encoder/model.safetensors'"):
        load_model(LocalStorage(tmp_path))
