"""Transformer family with a tiny local BERT: fine-tune, save, load, score; offline only."""

import json
import os

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.cli import main  # noqa: E402
from orientation.errors import InputDataError, ModelArtefactError, SettingsError  # noqa: E402
from orientation.models import TransformerClassifier, load_model  # noqa: E402
from orientation.scoring import Scorer  # noqa: E402
from orientation.settings import ScoreSettings, TrainSettings  # noqa: E402
from orientation.training import manifest_extra, train, validation_split  # noqa: E402

from tiny_encoder import build_tiny_encoder  # noqa: E402

# A tiny random encoder learns only with its embeddings trained and a large learning rate.
FAST = dict(algorithm="transformer", max_length=48, batch_size=16, epochs=4, learning_rate=3e-3, warmup_share=0.0,
            patience=5, freeze_embeddings=False)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, small_corpus):
    return build_tiny_encoder(tmp_path_factory.mktemp("tiny"), small_corpus["text"].tolist())


@pytest.fixture(scope="module")
def fitted(tiny, small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", base_model=str(tiny), **FAST)
    model, report = train(small_corpus, settings, catalogue)
    return model, report, settings


def test_fine_tuning_learns_and_keeps_the_best_epoch(fitted, small_test, to_index):
    model, report, _ = fitted
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"
    f1s = [h["validation_macro_f1"] for h in model.history_]
    assert len(f1s) == 4 and model.best_epoch_ == int(np.argmax(f1s)) + 1
    assert report.validation_macro_f1 == pytest.approx(max(f1s))
    losses = [h["loss"] for h in model.history_]
    assert losses[-1] < losses[0]  # it learns
    pred = model.predict_proba(small_test["text"].tolist()).argmax(1)
    assert (pred == to_index(small_test["label"])).mean() > 1 / 6 + 0.1  # better than chance


def test_save_load_score_round_trip(fitted, small_test, catalogue, tmp_path):
    model, report, settings = fitted
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["format"] == "orientation.transformer.v1"
    assert {"transformer/model.safetensors", "transformer/config.json", "transformer/tokenizer.json"} <= set(
        manifest["files"])
    assert not list(tmp_path.rglob("*.bin")) and not list(tmp_path.rglob("*.pkl"))
    again = load_model(LocalStorage(tmp_path))
    texts = small_test["text"].tolist()
    assert np.allclose(model.predict_proba(texts), again.predict_proba(texts), atol=2e-3)  # half-precision weights
    out = Scorer(again, ScoreSettings(text_column="text"), catalogue).score_df(small_test)
    assert out["prediction"].isin(catalogue.ids).all()
    assert out["explanation"].str.startswith("Orienté vers").all()

    # Data-set level explanations of the transformer: its integrated-gradients words, aggregated per channel.
    from orientation.evaluation.insights import dataset_insights

    out["label"] = small_test["label"].to_numpy()
    insights = dataset_insights(out, "label", again)
    assert "terme" not in set(insights["kind"])  # no linear part to read weights from
    words = insights[insights["kind"] == "mot_explique"]
    assert len(words) and (words["rows"] >= 3).all()


def test_same_seed_same_predictions(tiny, small_corpus, small_test, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", base_model=str(tiny), **dict(FAST, epochs=1))
    a, _ = train(small_corpus, settings, catalogue)
    b, _ = train(small_corpus, settings, catalogue)
    texts = small_test["text"].tolist()[:20]
    assert np.allclose(a.predict_proba(texts), b.predict_proba(texts), atol=1e-6)
    c, _ = train(small_corpus, TrainSettings(text_column="text", label_column="label", base_model=str(tiny),
                                             **dict(FAST, epochs=1), seed=7), catalogue)
    assert not np.allclose(a.predict_proba(texts), c.predict_proba(texts), atol=1e-6)


def test_names_and_towns_are_masked_and_the_mask_is_saved(fitted, tmp_path, catalogue):
    model, report, settings = fitted
    texts = [f"Mon voisin {name} m'insulte tous les jours à {town}." for name in ("Mohamed", "Kevin")
             for town in ("Roubaix", "Cayenne")]
    proba = model.predict_proba(texts)
    assert np.allclose(proba, proba[0], atol=1e-6)
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["params"]["mask_proper_nouns"] is True and "proper_nouns.json" in manifest["files"]
    again = load_model(LocalStorage(tmp_path))
    assert again.mask_.keep_ == model.mask_.keep_
    assert np.allclose(again.predict_proba(texts), proba, atol=1e-3)  # fp16 weights on disk


def test_feature_columns_are_named_as_unused(tiny, small_corpus, catalogue, caplog):
    settings = TrainSettings(text_column="text", label_column="label", base_model=str(tiny),
                             feature_columns=("faits_en_ligne",), **dict(FAST, epochs=1))
    with caplog.at_level("WARNING", logger="orientation.training"):
        train(small_corpus, settings, catalogue)
    warnings = [r.getMessage() for r in caplog.records if "not used" in r.getMessage()]
    assert warnings == ["The transformer family reads the text only: feature columns ['faits_en_ligne'] are not used."]


def test_explanations_quote_words_of_the_text(fitted):
    model = fitted[0]
    texts = ["On m'a volé mon portefeuille dans le métro hier soir", "Mon compte bancaire a été débité en ligne"]
    evidence = model.predict(texts, explain=True, top_words=3).evidence
    stop = {"mon", "dans", "le", "hier", "soir", "a", "été", "en", "on"}
    for text, words in zip(texts, evidence):
        assert 1 <= len(words) <= 3
        assert all(w in text for w in words)
        assert not {w.lower() for w in words} & {"le", "a", "en", "on"}
        assert len({w.lower() for w in words}) == len(words)
    assert stop  # the list documents the words the filter must drop


def test_train_layers_freezes_the_lower_layers(tiny, small_corpus):
    texts, y = small_corpus["text"].tolist()[:32], np.arange(32) % 6
    model = TransformerClassifier(channels=tuple("abcdef"), base_model=str(tiny), epochs=1, train_layers=1,
                                  max_length=32)
    model.fit(texts, y)
    trainable = {n for n, p in model.net_.named_parameters() if p.requires_grad}
    assert trainable and all(n.startswith(("encoder.encoder.layer.1.", "head.")) for n in trainable)


def test_quantized_scoring_agrees_and_refuses_explanations(fitted, small_test, catalogue, tmp_path):
    model, report, settings = fitted
    model.save(LocalStorage(tmp_path))
    with pytest.raises(SettingsError, match="E010 .*quantize"):
        ScoreSettings(text_column="text", quantize=True)
    q = load_model(LocalStorage(tmp_path))
    out = Scorer(q, ScoreSettings(text_column="text", quantize=True, explain=False), catalogue).score_df(small_test)
    full = model.predict_proba(small_test["text"].tolist()).argmax(1)
    agree = (out["prediction"].to_numpy() == np.array(catalogue.ids)[full]).mean()
    assert agree > 0.8
    quantized = {n for n, m in q.net_.named_modules() if "quantized" in type(m).__module__}
    assert any(n.endswith("intermediate.dense") for n in quantized)
    assert any(n.endswith("attention.self.query") for n in quantized)
    # feed-forward down-projections (outlier activations) and the head stay in float32
    assert not any(n.endswith("output.dense") and ".attention." not in n for n in quantized)
    assert not any(n.startswith("head") for n in quantized)


def test_int8_refused_for_another_family(trained_linear, catalogue):
    with pytest.raises(SettingsError, match="E011 .*transformer"):
        Scorer(trained_linear[0], ScoreSettings(text_column="text", quantize=True, explain=False), catalogue)


def test_group_validation_holds_out_whole_writers(small_corpus):
    settings = TrainSettings(text_column="text", label_column="label", group_column="writer")
    y = np.zeros(len(small_corpus), dtype=int)
    tr, va = validation_split(y, small_corpus["writer"].to_numpy(), settings)
    assert len(tr) + len(va) == len(small_corpus) and len(va) >= 0.2 * len(small_corpus)
    assert not set(small_corpus["writer"].iloc[tr]) & set(small_corpus["writer"].iloc[va])
    with pytest.raises(InputDataError, match="E134 Column 'writer'"):
        validation_split(y, np.array(["w1"] * len(y)), settings)


def test_bad_settings_and_damaged_folders(fitted, tiny, tmp_path, small_corpus, catalogue):
    with pytest.raises(SettingsError, match="E008 .*'transformer' algorithm needs 'base_model'"):
        TrainSettings(text_column="text", label_column="label", algorithm="transformer")
    with pytest.raises(SettingsError, match="pooling"):
        TrainSettings(text_column="text", label_column="label", algorithm="transformer", base_model="x",
                      pooling="max")
    with pytest.raises(SettingsError, match="E190 .*not a folder"):
        train(small_corpus, TrainSettings(text_column="text", label_column="label", algorithm="transformer",
                                          base_model=str(tmp_path / "none")), catalogue)
    model = fitted[0]
    folder = tmp_path / "model"
    model.save(LocalStorage(folder))
    weights = folder / "transformer" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ModelArtefactError, match="checksum|sha256"):
        load_model(LocalStorage(folder))
    weights.unlink()
    with pytest.raises(ModelArtefactError, match="model.safetensors"):
        load_model(LocalStorage(folder))


def test_mismatched_weights_are_named(fitted, tmp_path):
    """Weights from another architecture behind a valid checksum: a clear error, not a crash."""
    from orientation.artefacts import read_model_folder, write_model_folder
    from safetensors.torch import save
    import torch

    model = fitted[0]
    model.save(LocalStorage(tmp_path / "a"))
    manifest, files = read_model_folder(LocalStorage(tmp_path / "a"))
    files["transformer/model.safetensors"] = save({"head.weight": torch.zeros(2, 2)})
    for key in ("files", "checksums"):
        manifest.pop(key, None)
    write_model_folder(LocalStorage(tmp_path / "b"), manifest, files)
    with pytest.raises(ModelArtefactError, match="E308"):
        load_model(LocalStorage(tmp_path / "b"))


def test_command_line_train_and_score(tiny, small_corpus, small_test, tmp_path):
    train_csv, test_csv = tmp_path / "train.csv", tmp_path / "test.csv"
    small_corpus.to_csv(train_csv, index=False)
    small_test.to_csv(test_csv, index=False)
    assert main(["-q", "train", "--input", str(train_csv), "--text-column", "text", "--label-column", "label",
                 "--algorithm", "transformer", "--base-model", str(tiny), "--epochs", "1", "--max-length", "32",
                 "--batch-size", "16", "--learning-rate", "1e-3", "--group-column", "writer",
                 "--model-dir", str(tmp_path / "m")]) == 0
    assert main(["-q", "score", "--input", str(test_csv), "--text-column", "text", "--model-dir", str(tmp_path / "m"),
                 "--output", str(tmp_path / "s.csv"), "--int8", "--no-explain"]) == 0
    scored = pd.read_csv(tmp_path / "s.csv")
    assert len(scored) == len(small_test) and scored["scoring_status"].eq("OK").all()
