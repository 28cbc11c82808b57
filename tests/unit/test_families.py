"""Rules and hybrid families: training, saving, loading and scoring like any model."""

import json

import numpy as np
import pandas as pd
import pytest

from orientation.artefacts import LocalStorage
from orientation.models import load_model
from orientation.scoring import Scorer, output_columns
from orientation.settings import ScoreSettings, TrainSettings
from orientation.training import manifest_extra, train

FIELDS = ("auteur_connu", "faits_en_ligne", "victime_mineure")


@pytest.fixture(scope="module", params=["rules", "hybrid"])
def family(request, small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", feature_columns=FIELDS,
                             algorithm=request.param)
    model, report = train(small_corpus, settings, catalogue)
    return model, report, settings


def test_save_load_roundtrip(family, small_test, tmp_path, catalogue):
    model, report, settings = family
    model.save(LocalStorage(tmp_path), extra=manifest_extra(settings, report, catalogue))
    again = load_model(LocalStorage(tmp_path))
    texts = small_test["text"].tolist()
    feats = small_test[list(FIELDS)]
    assert np.array_equal(model.predict(texts, feats).proba, again.predict(texts, feats).proba)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["algorithm"] == settings.algorithm
    assert {"signals.json", "rules.json"} <= set(manifest["files"])
    assert manifest["params"]["rules"]["rules_version"] if settings.algorithm == "hybrid" else manifest["params"]["rules_version"]


def test_scoring_columns_and_rule_explanations(family, small_test, catalogue):
    model, _, _ = family
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(small_test)
    renamed = ["input_urgence" if c == "urgence" else c for c in small_test.columns]  # the true flag is kept
    assert list(out.columns) == renamed + list(output_columns(catalogue))
    assert out["input_urgence"].tolist() == small_test["urgence"].tolist()
    assert set(out["urgence"]) <= {0, 1}
    decided = out[out["rule"] != ""]
    assert len(decided) > len(out) / 3
    assert decided["rule"].str.match(r"^[A-Z]+-").all()
    for row in out.itertuples():
        assert row.explanation.startswith(f"Orienté vers « {catalogue.get(row.prediction).name} »")
        for item in json.loads(row.signals):
            assert row.text[item["span"][0] : item["span"][1]] == item["text"]


def test_rules_model_quotes_the_facts(catalogue):
    from orientation.models import RulesClassifier

    model = RulesClassifier(channels=catalogue.ids).fit()
    frame = pd.DataFrame({"text": ["Ma carte est toujours dans mon portefeuille mais j'ai des achats en ligne sur Amazon que je n'ai pas faits."]})
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    assert out["prediction"].iloc[0] == "PERCEVAL"
    assert "« carte est toujours dans mon portefeuille" in out["explanation"].iloc[0]


def test_urgence_whatever_the_family(trained_linear, catalogue):
    model, _, _ = trained_linear
    frame = pd.DataFrame({"text": ["Mon mari me frappe en ce moment, il est dans la cuisine, aidez-moi", "vélo volé hier"],
                          "auteur_connu": ["", ""], "faits_en_ligne": ["", ""], "victime_mineure": ["", ""]})
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    assert out["urgence"].tolist() == [1, 0]
    assert "17" in out["urgence_message"].iloc[0] and "112" in out["urgence_message"].iloc[0]
    assert out["urgence_message"].iloc[1] == ""
    fast = Scorer(model, ScoreSettings(text_column="text", extract_signals=False), catalogue).score_df(frame)
    assert fast["signals"].tolist() == ["", ""]
