import numpy as np
import pandas as pd
import pytest

from orientation.errors import InputDataError
from orientation.scoring import Scorer, output_columns
from orientation.settings import ScoreSettings


def test_scored_frame_has_every_row_and_column(trained_linear, catalogue):
    model, _, _ = trained_linear
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "text": ["On m'a volé mon vélo devant la gare", "", None, "Mon ex menace de publier mes photos"],
            "auteur_connu": ["non", "", "", "oui"],
            "faits_en_ligne": ["", "", "", ""],
            "victime_mineure": ["", "", "", ""],
        }
    )
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    assert list(out.columns) == list(frame.columns) + list(output_columns(catalogue))
    assert out["id"].tolist() == ["a", "b", "c", "d"]
    assert out["scoring_status"].tolist()[0] == "OK"
    assert out["scoring_status"].tolist()[1].startswith("EMPTY")
    assert out["prediction"].tolist()[1] == ""
    assert np.isnan(out["confidence"].iloc[2])
    ok = out.iloc[[0, 3]]
    probas = ok[[f"proba_{c}" for c in catalogue.ids]].to_numpy()
    assert np.allclose(probas.sum(axis=1), 1, atol=1e-5)
    assert np.allclose(ok["confidence"], probas.max(axis=1))
    assert all(ok["explanation"].str.startswith("Orienté vers « "))


def test_explanations_can_be_turned_off(trained_linear, catalogue):
    model, _, _ = trained_linear
    frame = pd.DataFrame({"text": ["vol de vélo"], "auteur_connu": [""], "faits_en_ligne": [""], "victime_mineure": [""]})
    out = Scorer(model, ScoreSettings(text_column="text", explain=False), catalogue).score_df(frame)
    assert out["explanation"].iloc[0] == ""
    assert out["prediction"].iloc[0] in catalogue.ids


def test_missing_form_field_column_is_named(trained_linear, catalogue):
    model, _, _ = trained_linear
    with pytest.raises(InputDataError, match="Column 'auteur_connu' is not in the input dataset"):
        Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(pd.DataFrame({"text": ["vol"]}))


def test_error_messages_never_quote_descriptions(trained_linear, catalogue):
    model, _, _ = trained_linear
    secret = "Je m'appelle Jeanne et mon mari me frappe"
    with pytest.raises(InputDataError) as info:
        Scorer(model, ScoreSettings(text_column="description"), catalogue).score_df(pd.DataFrame({"text": [secret]}))
    assert secret not in str(info.value)
