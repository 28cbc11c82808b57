import numpy as np
import pandas as pd
import pytest

from orientation.catalogue import load_catalogue
from orientation.corpus import load_corpus


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def small_corpus():
    """40 rows per channel of the corpus's train split, plus a few HORS_CHAMP rows."""
    train = load_corpus("train")
    parts = [g.sample(n=min(40, len(g)), random_state=0) for _, g in train.groupby("label")]
    return pd.concat(parts).sample(frac=1, random_state=0).reset_index(drop=True)


@pytest.fixture(scope="session")
def small_test():
    test = load_corpus("test")
    test = test[test["label"] != "HORS_CHAMP"]
    return test.groupby("label").head(15).reset_index(drop=True)


@pytest.fixture(scope="session")
def trained_linear(small_corpus, catalogue):
    from orientation.settings import TrainSettings
    from orientation.training import train

    settings = TrainSettings(text_column="text", label_column="label",
                             feature_columns=("auteur_connu", "faits_en_ligne", "victime_mineure"))
    model, report = train(small_corpus, settings, catalogue)
    return model, report, settings


@pytest.fixture(scope="session")
def to_index(catalogue):
    """Channel ids -> indices in catalogue order."""
    index = {c: i for i, c in enumerate(catalogue.ids)}
    return lambda labels: np.array([index[v] for v in labels])
