import pandas as pd
import pytest

from orientation.corpus import load_corpus


@pytest.fixture(scope="session")
def flow_data():
    train = load_corpus("train")
    train = pd.concat([g.head(35) for _, g in train.groupby("label")]).reset_index(drop=True)
    test = load_corpus("test").groupby("label").head(8).reset_index(drop=True)
    return train.drop(columns=["split"]), test.drop(columns=["split"])
