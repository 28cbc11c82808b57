"""Bias audit by facets, data-set level explanations, counterfactual test and their report sections."""

import numpy as np
import pandas as pd
import pytest

from orientation.errors import InputDataError, SettingsError
from orientation.evaluation.audit import AuditSettings, audit
from orientation.evaluation.bias import BootstrapSettings, bias_audit, facet_table, text_facets, writer_gender
from orientation.evaluation.counterfactual import CounterfactualSettings, Substitutions, counterfactual_test
from orientation.evaluation.insights import (explanation_words, rule_usage, signal_frequency,
                                            weight_terms)
from orientation.evaluation.report import render_report
from orientation.evaluation import evaluate_scored
from orientation.metrics import macro_f1


@pytest.mark.parametrize("text,expected", [
    ("Je suis allée au commissariat hier.", "féminin"),
    ("je suis tombé dans l'escalier", "masculin"),
    ("Je me sens vraiment seule depuis.", "féminin"),
    ("J'ai été agressé devant chez moi.", "masculin"),
    ("Je suis victime d'une arnaque.", "non marqué"),
    ("Je suis allé au guichet, je suis partie ensuite.", "ambigu"),
])
def test_writer_gender_from_agreements(text, expected):
    assert writer_gender(text) == expected


def test_text_facets_values():
    frame = pd.DataFrame({
        "text": ["Mon vélo a été volé devant la gare hier soir, je suis allée porter plainte.",
                 "jai ete arnaque sur un site pk personne repond tkt pa",
                 "Ma fille a reçu des messages.", ""],
        "victime_mineure": ["", "", "oui", ""],
        "signals": ["", "", "", '[{"signal": "victim_minor", "negated": false, "span": [0, 1], "text": "x"}]'],
    })
    f = text_facets(frame, "text")
    assert list(f.columns) == [f"facet_{n}" for n in ("longueur", "orthographe", "accents", "registre",
                                                       "victime_mineure", "genre_grammatical", "champs_formulaire")]
    assert f["facet_registre"].tolist() == ["standard", "type SMS", "standard", "standard"]
    assert f.loc[1, "facet_accents"] == "accents manquants"  # "ete", "arnaque": the list knows "été", "arnaqué"
    assert f.loc[0, "facet_accents"] == "accents présents"
    assert f.loc[1, "facet_orthographe"] == "plus de 15 % de mots inconnus"
    assert f.loc[0, "facet_orthographe"] == "moins de 5 % de mots inconnus"
    assert f["facet_victime_mineure"].tolist() == ["non précisé", "non précisé", "mineure", "mineure"]
    assert f.loc[0, "facet_genre_grammatical"] == "féminin"
    assert f["facet_champs_formulaire"].tolist() == ["aucun champ rempli", "aucun champ rempli",
                                                      "au moins un champ rempli", "aucun champ rempli"]
    assert f.loc[3, "facet_longueur"] == "15 mots ou moins"


def test_facet_table_matches_direct_computation_and_interval_covers_gap():
    rng = np.random.default_rng(1)
    n = 400
    y = rng.integers(0, 4, n)
    group = np.where(rng.random(n) < 0.3, "a", "b")
    # Group "a" is much worse: a real gap that the interval must see.
    p = np.where((group == "a") & (rng.random(n) < 0.6), (y + 1) % 4, y)
    facets = pd.DataFrame({"facet_g": group})
    table = facet_table(y, p, facets, 4, BootstrapSettings(n_boot=300, seed=3)).set_index("value")
    a = group == "a"
    assert table.loc["a", "rows"] == a.sum()
    assert table.loc["a", "accuracy"] == pytest.approx((y[a] == p[a]).mean())
    assert table.loc["a", "macro_f1"] == pytest.approx(macro_f1(y[a], p[a], 4))
    assert table.loc["a", "macro_f1_gap"] == pytest.approx(macro_f1(y[a], p[a], 4) - macro_f1(y, p, 4))
    assert table.loc["a", "macro_f1_gap_low"] <= table.loc["a", "macro_f1_gap"] <= table.loc["a", "macro_f1_gap_high"]
    assert table.loc["a", "significant"] == 1 and table.loc["a", "macro_f1_gap_high"] < 0
    assert table.loc["b", "accuracy_gap"] > 0
    # Seeded: the same settings give the same intervals; batching does not change them.
    again = facet_table(y, p, facets, 4, BootstrapSettings(n_boot=300, seed=3, max_cells=1000)).set_index("value")
    pd.testing.assert_frame_equal(table, again)


def test_facet_with_one_value_and_a_single_class():
    y = np.zeros(20, dtype=int)
    p = np.array([0] * 15 + [1] * 5)
    table = facet_table(y, p, pd.DataFrame({"facet_seul": ["x"] * 20}), 3, BootstrapSettings(n_boot=100))
    assert len(table) == 1
    row = table.iloc[0]
    assert row["share"] == 1 and row["accuracy_gap"] == 0 and row["macro_f1_gap"] == 0
    assert row["significant"] == 0  # the whole set compared with itself
    assert row["macro_f1"] == pytest.approx(2 * 0.75 / 1.75)  # only the present class counts


def test_facet_table_on_no_rows():
    assert len(facet_table(np.zeros(0, int), np.zeros(0, int), pd.DataFrame({"facet_x": []}), 6)) == 0


def scored_frame(catalogue):
    labels = ["PEL", "PEL", "PNAV", "THESEE", "HORS_CHAMP", "PNAV", "PEL", "THESEE"]
    preds = ["PEL", "COMMISSARIAT", "PNAV", "THESEE", "PEL", "PEL", "PEL", "THESEE"]
    texts = ["On m'a volé mon vélo devant la gare, je suis allée à la police.",
             "jai ete vole g rien vu pk",
             "Mon ex me harcèle tous les jours, je suis tombée malade.",
             "Un vendeur en ligne a encaissé sans rien envoyer.",
             "Question sur mes impôts.",
             "Mon conjoint me frappe, je suis terrorisée.",
             "Cambriolage de ma cave la nuit dernière.",
             "Site de vente frauduleux, je suis allé sur le site et j'ai payé."]
    frame = pd.DataFrame({"text": texts, "label": labels, "prediction": preds, "confidence": 0.8,
                          "explanation": "Orienté vers « X »", "rule": ["PEL-VOL", "", "PNAV-HARCELEMENT", "", "",
                                                                        "", "PEL-VOL", "THESEE-ACHAT"],
                          "signals": ['[{"signal": "theft", "negated": false, "span": [0, 3], "text": "x"}]', "", "",
                                      "", "", "", '[{"signal": "theft", "negated": false, "span": [0, 3], "text": "x"}]',
                                      ""]})
    return frame


def test_bias_audit_uses_the_evaluated_rows(catalogue):
    frame = scored_frame(catalogue)
    table = bias_audit(frame, "label", catalogue, "text", BootstrapSettings(n_boot=100))
    length = table[table["facet"] == "longueur"]
    assert length["rows"].sum() == 7  # HORS_CHAMP left out, as in the evaluation
    # A channel never predicted (PERCEVAL, PHAROS) and no form field column: still one value per facet.
    assert table[table["facet"] == "champs_formulaire"]["value"].tolist() == ["aucun champ rempli"]


def test_rule_usage_and_signal_frequency(catalogue):
    frame = scored_frame(catalogue)
    usage = rule_usage(frame, "label").set_index("item")
    assert usage.loc["PEL-VOL", "rows"] == 2 and usage.loc["PEL-VOL", "accuracy"] == 1.0
    assert usage.loc["PNAV-HARCELEMENT", "channel"] == "PNAV"
    freq = signal_frequency(frame)
    pel = freq[(freq["channel"] == "PEL")].set_index("item")
    assert pel.loc["theft", "value"] == pytest.approx(2 / 4) and pel.loc["theft", "rows"] == 4
    assert len(rule_usage(frame.drop(columns=["rule"]))) == 0
    assert len(signal_frequency(frame.drop(columns=["signals"]))) == 0


def test_weight_terms_of_a_linear_model_are_readable_words(trained_linear):
    model = trained_linear[0]
    terms = weight_terms(model, top=8)
    assert set(terms["kind"]) == {"terme"}
    assert set(terms["channel"]) == set(model.channels)
    assert (terms["value"] > 0).all()
    perceval = terms[terms["channel"] == "PERCEVAL"]["item"].tolist()
    assert any("carte" in t or "paiement" in t for t in perceval), perceval
    assert not {"le", "la", "de", "et"} & set(terms["item"])  # function words left out


def test_counterfactual_substitutions():
    subs = Substitutions()
    assert subs.swap_names("Mon ex Karim me suit, [NOM] aussi.", "portugaise") == "Mon ex Tiago me suit, [NOM] aussi."
    assert subs.swap_names("Rien à signaler.", "portugaise") is None
    assert subs.swap_names("Camille me harcèle.", "francaise") is None  # already of that origin
    assert subs.swap_places("Agressé à Lyon, quartier Neuhof.", "outre_mer") == "Agressé à Fort-de-France, quartier Neuhof."
    assert subs.swap_places("Agressé à Lyon.", "quartiers_centre_ancien") is None  # a city is not a neighbourhood
    assert subs.swap_writer_gender("Je suis allée seule, je me sens perdue.") == "Je suis allé seule, je me sens perdu."
    assert subs.swap_writer_gender("Je suis victime.") is None
    assert subs.swap_third_gender("Il y a un homme qui m'a suivi, il faut agir, il crie.") == \
        "Il y a une femme qui m'a suivi, il faut agir, elle crie."
    assert subs.swap_third_gender("Mon mari boit.") == "Ma femme boit." or \
        subs.swap_third_gender("mon mari boit.") == "ma femme boit."


def test_counterfactual_test_counts_changes(trained_linear, small_test, catalogue):
    model = trained_linear[0]
    frame = small_test.head(30).copy()
    frame.loc[0, "text"] = "Karim a piraté mon compte à Lyon, je suis allée voir la police. " + frame.loc[0, "text"]
    table = counterfactual_test(frame, "text", model, catalogue, CounterfactualSettings(max_rows=30))
    assert set(table["family"]) == {"prenoms", "prenoms_inseres", "genre", "lieux", "lieux_inseres"}
    total = table[table["variant"] == "toutes"].set_index("family")
    assert total.loc["prenoms", "rows_altered"] >= 1 and total.loc["prenoms", "pairs"] == 6  # six other origins
    assert total.loc["prenoms_inseres", "pairs"] == 30 * 2 * 6  # every row, 2 genders, 6 origins vs the reference
    assert total.loc["lieux_inseres", "pairs"] == 30 * 2
    assert ((table["changed"] <= table["pairs"]) & (table["share_changed"].fillna(0) <= 1)).all()
    assert total.loc["prenoms", "target"] == 0.01


def test_counterfactual_detects_a_model_that_reads_names(catalogue):
    """A model whose prediction depends on a first name must show changed predictions."""
    from orientation.models.base import Prediction, TextClassifier

    class NameBiased(TextClassifier):
        uses_signals = False

        def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None):
            proba = np.full((len(texts), len(self.channels)), 0.1)
            proba[:, 0] = [0.9 if "Mohamed" in t else 0.0 for t in texts]
            return Prediction(proba=proba / proba.sum(axis=1, keepdims=True))

    model = NameBiased(channels=catalogue.ids)
    frame = pd.DataFrame({"text": ["Thomas m'a volé mon téléphone.", "On m'a volé mon sac."]})
    table = counterfactual_test(frame, "text", model, catalogue, CounterfactualSettings(families=("prenoms",)))
    maghreb = table[table["variant"].str.contains("maghrébine")].iloc[0]
    assert maghreb["changed"] == 1 and maghreb["pairs"] == 1
    assert table[table["variant"] == "toutes"].iloc[0]["share_changed"] == pytest.approx(1 / 6)


def test_unknown_family_and_settings_are_named():
    with pytest.raises(SettingsError, match="E185 Unknown counterfactual families"):
        CounterfactualSettings(families=("accents",))
    with pytest.raises(SettingsError, match="E186 evaluate: n_boot"):
        AuditSettings(label_column="label", n_boot=5)


def test_audit_without_model_text_or_urgence(catalogue):
    frame = scored_frame(catalogue)
    out = audit(frame.drop(columns=["text"]), AuditSettings(label_column="label", text_column=None, n_boot=100), catalogue)
    assert out.bias is None and out.counterfactual is None
    assert set(out.tables()) == {"metrics", "errors", "insights"}
    assert "Audit des biais" not in out.report and "Ce qui pèse pour chaque canal" in out.report
    with pytest.raises(InputDataError, match="E010 Column 'text' is not in the scored dataset"):
        audit(frame.drop(columns=["text"]), AuditSettings(label_column="label", n_boot=100), catalogue)


def test_report_sections_render(trained_linear, small_test, catalogue):
    from orientation.scoring import Scorer
    from orientation.settings import ScoreSettings

    model = trained_linear[0]
    frame = small_test.head(40)
    scored = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    out = audit(scored, AuditSettings(label_column="label", urgence_column="input_urgence", n_boot=100,
                                      counterfactual_rows=20), catalogue, model)
    assert {"bias", "counterfactual", "insights"} <= set(out.tables())
    page = out.report
    for title in ("Ce qui pèse pour chaque canal", "Audit des biais par facettes", "Invariance contrefactuelle",
                  "Genre grammatical de la personne", "Prénom ajouté"):
        assert title in page
    assert "Mots et expressions" in page
    # The same sections can be rendered with empty tables (nothing to audit).
    empty = render_report(evaluate_scored(scored, "label", catalogue), catalogue, bias=out.bias.iloc[:0],
                          insights=out.insights.iloc[:0], counterfactual=out.counterfactual.iloc[:0])
    assert "Aucune ligne à auditer" in empty and "Aucune description ne se prêtait" in empty


def test_explanation_words_count_the_quotes_of_each_channel(trained_linear, small_test, catalogue):
    import re

    from orientation.scoring import Scorer
    from orientation.settings import ScoreSettings

    scored = Scorer(trained_linear[0], ScoreSettings(text_column="text"), catalogue).score_df(small_test)
    scored["label"] = small_test["label"].to_numpy()
    table = explanation_words(scored, "label", top=5, min_rows=3)
    assert len(table) and set(table["kind"]) == {"mot_explique"}
    names = {c.name.lower() for c in catalogue.channels}
    for _, r in table.iterrows():
        part = scored[scored["prediction"] == r["channel"]]
        quoting = part[part["explanation"].str.lower().str.contains(f"« {re.escape(r['item'])} »")]
        assert r["rows"] == len(quoting) >= 3 and r["value"] == pytest.approx(len(quoting) / len(part))
        assert r["accuracy"] == pytest.approx((quoting["label"] == r["channel"]).mean())
        assert r["item"] not in names  # the channel name after « Orienté vers » is not a quote
    assert table.groupby("channel").size().max() <= 5
    # A word quoted by fewer rows than min_rows never shows.
    rare = explanation_words(scored, "label", top=50, min_rows=10**6)
    assert rare.empty


def test_explanation_words_without_explanations_or_labels():
    frame = pd.DataFrame({"prediction": ["PEL"] * 3, "explanation": [
        "Orienté vers « Plainte en ligne » : les mots qui ont le plus pesé sont « vélo » et « gare »."] * 3})
    assert explanation_words(frame.drop(columns=["explanation"])).empty
    table = explanation_words(frame)  # no label column: no accuracy
    assert set(table["item"]) == {"vélo", "gare"} and table["accuracy"].isna().all()
    assert (table["rows"] == 3).all() and (table["value"] == 1.0).all()
