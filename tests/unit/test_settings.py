import pytest

from orientation.errors import SettingsError
from orientation.settings import PrepareSettings, ScoreSettings, TrainSettings, settings_from_dict


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"text_column": ""}, "'text_column' must name a column"),
        ({"text_column": "t", "max_chars": 5}, "'max_chars' must be an integer between 10"),
        ({"text_column": "t", "min_chars": 50, "max_chars": 20}, "'min_chars' \\(50\\) must not exceed"),
        ({"text_column": "t", "pseudonymize": "yes"}, "'pseudonymize' must be true or false"),
        ({"text_column": "t", "pseudonym_kinds": ("PASSPORT",)}, "'pseudonym_kinds' must be one of"),
    ],
)
def test_prepare_settings_errors(kwargs, match):
    with pytest.raises(SettingsError, match=match):
        PrepareSettings(**kwargs)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"algorithm": "forest"}, "'algorithm' must be one of \\['linear', 'rules', 'hybrid', 'embedding', 'transformer', 'llm'\\]; got 'forest'"),
        ({"validation_share": 0.9}, "'validation_share' must be a number between 0.05 and 0.5; got 0.9"),
        ({"C": 0}, "'C' must be a number"),
        ({"class_weight": "auto"}, "'class_weight' must be one of"),
        ({"char_ngram_min": 4, "char_ngram_max": 3}, "'char_ngram_max' must be an integer between 4 and 8"),
        ({"feature_columns": ("label",)}, "must not include the text or the label column"),
        ({"seed": -1}, "'seed' must be an integer"),
    ],
)
def test_train_settings_errors(kwargs, match):
    with pytest.raises(SettingsError, match=match):
        TrainSettings(text_column="text", label_column="label", **kwargs)


def test_score_settings_errors():
    with pytest.raises(SettingsError, match="'top_words' must be an integer between 1 and 10; got 0"):
        ScoreSettings(text_column="text", top_words=0)


def test_unknown_setting_is_named():
    with pytest.raises(SettingsError, match="unknown setting\\(s\\) \\['txt_col'\\]"):
        settings_from_dict(ScoreSettings, {"text_column": "t", "txt_col": "x"})
