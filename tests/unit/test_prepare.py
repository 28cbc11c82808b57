import pandas as pd
import pytest

from orientation.errors import InputDataError
from orientation.prepare import Preparer
from orientation.settings import PrepareSettings


def frame():
    return pd.DataFrame(
        {
            "text": ["Mon voisin M. Durand a rayé ma voiture", None, "   ", 12345, "x" * 60, "ok", "Vol de vélo à Lyon"],
            "auteur_connu": ["oui", "", "", "non", "", "", ""],
        }
    )


def test_every_row_is_kept_or_rejected_with_a_reason():
    prep = Preparer(PrepareSettings(text_column="text", max_chars=50, min_chars=3))
    good, bad = prep.prepare_df(frame(), first_row=100)
    assert len(good) + len(bad) == 7
    assert good["text"].tolist() == ["Mon voisin M. [NOM] a rayé ma voiture", "Vol de vélo à Lyon"]
    assert dict(zip(bad["row_number"], bad["reject_code"])) == {
        101: "EMPTY", 102: "EMPTY", 103: "NOT_TEXT", 104: "TOO_LONG", 105: "TOO_SHORT"
    }
    assert bad["reject_reason"].str.len().min() > 5
    assert good["auteur_connu"].tolist() == ["oui", ""]  # structured columns pass through
    assert good["pseudonymised_items"].tolist() == [1, 0]
    assert prep.n_rows == 7 and prep.n_rejected == 5


def test_rejected_rows_never_carry_raw_identifiers():
    long_text = "écrivez-moi à victime@exemple.fr " + "bla " * 30
    prep = Preparer(PrepareSettings(text_column="text", max_chars=50))
    _, bad = prep.prepare_df(pd.DataFrame({"text": [long_text]}))
    assert "victime@exemple.fr" not in bad["text"].iloc[0]
    assert "[EMAIL]" in bad["text"].iloc[0]


def test_without_rejected_output_bad_rows_stay_in_place():
    prep = Preparer(PrepareSettings(text_column="text", max_chars=50), separate_rejected=False)
    good, bad = prep.prepare_df(frame())
    assert len(good) == 7 and len(bad) == 0
    assert good["prepare_status"].tolist()[0] == "OK"
    assert good["prepare_status"].tolist()[3].startswith("NOT_TEXT")
    assert good["text"].iloc[4] == ""  # rejected text emptied


def test_pseudonymisation_can_be_turned_off():
    prep = Preparer(PrepareSettings(text_column="text", pseudonymize=False))
    good, _ = prep.prepare_df(pd.DataFrame({"text": ["appelez le 06 12 34 56 78"]}))
    assert good["text"].iloc[0] == "appelez le 06 12 34 56 78"


def test_missing_column_is_named_with_a_guess():
    prep = Preparer(PrepareSettings(text_column="texte"))
    with pytest.raises(InputDataError, match="Column 'texte' is not in the input dataset.*Did you mean 'text'"):
        prep.prepare_df(pd.DataFrame({"text": ["a"]}))
