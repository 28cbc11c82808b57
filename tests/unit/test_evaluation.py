import html

import pandas as pd
import pytest

from orientation.errors import InputDataError
from orientation.evaluation import evaluate_scored
from orientation.evaluation.report import render_report


def scored(labels, preds, conf=None, urg_true=None, urg_pred=None):
    n = len(labels)
    frame = pd.DataFrame({"text": [f"texte numéro {i}" for i in range(n)], "label": labels, "prediction": preds,
                          "confidence": conf if conf is not None else [0.9] * n,
                          "explanation": ["Orienté vers « X »"] * n})
    if urg_true is not None:
        frame["input_urgence"] = urg_true
        frame["urgence"] = urg_pred
    return frame


def test_metrics_errors_and_urgence(catalogue):
    frame = scored(["PEL", "PEL", "PNAV", "THESEE", "HORS_CHAMP", "PNAV"],
                   ["PEL", "COMMISSARIAT", "PNAV", "THESEE", "PEL", "PEL"],
                   conf=[0.9, 0.8, 0.95, 0.7, 0.5, 0.99], urg_true=[0, 1, 1, 0, 0, 0], urg_pred=[0, 1, 0, 1, 0, 0])
    result = evaluate_scored(frame, "label", catalogue, "input_urgence", "text")
    s = result.summary
    assert s["rows_evaluated"] == 5 and s["rows_excluded"] == 1  # HORS_CHAMP left out
    assert s["accuracy"] == pytest.approx(3 / 5)
    assert s["urgence_recall"] == pytest.approx(0.5) and s["urgence_precision"] == pytest.approx(0.5)
    assert list(result.errors["pair"]) == ["PNAV → PEL", "PEL → COMMISSARIAT"]
    assert result.errors["confidence"].iloc[0] == pytest.approx(0.99)  # most confident first within equal counts
    assert 0 <= s["ece"] <= 1
    assert s["coverage_at_95"] <= 1


def test_channel_never_predicted_and_single_class(catalogue):
    result = evaluate_scored(scored(["PEL"] * 4, ["PEL", "PEL", "PEL", "THESEE"]), "label", catalogue)
    f1 = result.metrics[(result.metrics.kind == "channel") & (result.metrics.metric == "f1")].set_index("channel").value
    assert f1["PHAROS"] == 0.0
    assert result.summary["macro_f1"] == pytest.approx(f1["PEL"])  # only the present class counts


def test_missing_urgence_column_is_named(catalogue):
    with pytest.raises(InputDataError, match="Column 'vrai_urgence' is not in the scored dataset"):
        evaluate_scored(scored(["PEL"], ["PEL"]), "label", catalogue, "vrai_urgence")


def test_report_is_self_contained_french_html(catalogue):
    frame = scored(["PEL", "PNAV", "PNAV"], ["PEL", "PEL", "PNAV"], conf=[0.9, 0.6, 0.8])
    page = render_report(evaluate_scored(frame, "label", catalogue, text_column="text"), catalogue, text_column="text")
    assert page.startswith("<!doctype html>") and 'lang="fr"' in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "<script" not in page
    assert "Matrice de confusion" in page and "Limites" in page
    assert html.escape("Plateforme numérique d'accompagnement des victimes → Plainte en ligne") in page
