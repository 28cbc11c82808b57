import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from orientation.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def files(tmp_path, small_corpus, small_test):
    train = tmp_path / "train.csv"
    small_corpus.to_csv(train, index=False)
    test = tmp_path / "test.parquet"
    small_test.to_parquet(test, index=False)
    return tmp_path, train, test


def test_prepare_train_score_round_trip(files):
    tmp, train, test = files
    assert main(["-q", "prepare", "--input", str(train), "--text-column", "text", "--output", str(tmp / "p.csv"),
                 "--rejected", str(tmp / "rej.csv")]) == 0
    assert main(["-q", "train", "--input", str(tmp / "p.csv"), "--text-column", "text", "--label-column", "label",
                 "--feature-columns", "auteur_connu,faits_en_ligne", "--algorithm", "linear",
                 "--model-dir", str(tmp / "model"), "--metrics", str(tmp / "metrics.csv")]) == 0
    manifest = json.loads((tmp / "model" / "manifest.json").read_text())
    assert manifest["feature_columns"] == ["auteur_connu", "faits_en_ligne"]
    assert main(["-q", "score", "--input", str(test), "--text-column", "text", "--model-dir", str(tmp / "model"),
                 "--output", str(tmp / "scored.parquet")]) == 0
    scored = pd.read_parquet(tmp / "scored.parquet")
    assert len(scored) == pd.read_parquet(test).shape[0]
    assert {"prediction", "confidence", "explanation", "proba_PNAV"} <= set(scored.columns)
    metrics = pd.read_csv(tmp / "metrics.csv")
    assert "macro_f1" in set(metrics["metric"])


def test_wrong_column_exits_2_with_the_column_named(files, capsys):
    tmp, train, _ = files
    code = main(["-q", "train", "--input", str(train), "--text-column", "texte", "--label-column", "label",
                 "--model-dir", str(tmp / "m")])
    assert code == 2
    assert "Column 'texte' is not in the training data" in capsys.readouterr().err


def test_wrong_parameter_exits_2(files, capsys):
    tmp, train, _ = files
    code = main(["-q", "train", "--input", str(train), "--text-column", "text", "--label-column", "label",
                 "--model-dir", str(tmp / "m"), "--validation-share", "0.9"])
    assert code == 2
    assert "'validation_share' must be a number between 0.05 and 0.5" in capsys.readouterr().err


def test_unknown_label_is_named(tmp_path, capsys):
    path = tmp_path / "t.csv"
    pd.DataFrame({"text": ["a b c", "d e f", "g h i"], "label": ["PEL", "THESE", "PNAV"]}).to_csv(path, index=False)
    code = main(["-q", "train", "--input", str(path), "--text-column", "text", "--label-column", "label",
                 "--model-dir", str(tmp_path / "m")])
    assert code == 2
    assert "['THESE']" in capsys.readouterr().err


def test_missing_input_file_and_bad_extension(tmp_path, capsys):
    assert main(["prepare", "--input", str(tmp_path / "none.csv"), "--text-column", "t",
                 "--output", str(tmp_path / "o.csv")]) == 2
    assert main(["prepare", "--input", str(tmp_path / "x.txt"), "--text-column", "t",
                 "--output", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "no file at" in err and "must end in .csv or .parquet" in err


@pytest.mark.parametrize("command", ["prepare", "train", "score"])
def test_help_for_each_command(command):
    out = subprocess.run([sys.executable, "-m", "orientation", command, "--help"], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT / "python-lib"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0
    assert "--input" in out.stdout and "--text-column" in out.stdout


def test_compare_writes_one_row_per_family(tmp_path, small_corpus, small_test):
    import pandas as pd

    frame = pd.concat([small_corpus.assign(split="train"), small_test.assign(split="test")], ignore_index=True)
    path = tmp_path / "labelled.csv"
    frame.to_csv(path, index=False)
    assert main(["-q", "compare", "--input", str(path), "--text-column", "text", "--label-column", "label",
                 "--urgence-column", "urgence", "--algorithms", "linear,rules", "--output", str(tmp_path / "cmp.csv")]) == 0
    table = pd.read_csv(tmp_path / "cmp.csv")
    assert table["algorithm"].tolist() == ["linear", "rules"]
    assert {"macro_f1", "urgence_recall", "ece", "training_seconds", "scoring_rows_per_second", "model_megabytes"} <= set(table.columns)
    assert table["macro_f1"].between(0, 1).all()


def test_evaluate_with_model_dir_writes_bias_counterfactual_and_insights(files):
    tmp, train, test = files
    assert main(["-q", "train", "--input", str(train), "--text-column", "text", "--label-column", "label",
                 "--model-dir", str(tmp / "model")]) == 0
    assert main(["-q", "score", "--input", str(test), "--text-column", "text", "--model-dir", str(tmp / "model"),
                 "--output", str(tmp / "scored.csv")]) == 0
    assert main(["-q", "evaluate", "--input", str(tmp / "scored.csv"), "--label-column", "label",
                 "--output-dir", str(tmp / "eval"), "--model-dir", str(tmp / "model"), "--bootstrap", "200",
                 "--counterfactual-rows", "20"]) == 0
    bias = pd.read_csv(tmp / "eval" / "bias.csv")
    assert {"facet", "value", "rows", "macro_f1_gap", "macro_f1_gap_low", "macro_f1_gap_high"} <= set(bias.columns)
    assert set(bias["facet"]) >= {"longueur", "registre", "genre_grammatical", "champs_formulaire"}
    cf = pd.read_csv(tmp / "eval" / "counterfactual.csv")
    assert cf[cf["variant"] == "toutes"]["family"].tolist() == ["prenoms", "prenoms_inseres", "genre", "lieux",
                                                                 "lieux_inseres"]
    insights = pd.read_csv(tmp / "eval" / "insights.csv")
    assert "terme" in set(insights["kind"])
    page = (tmp / "eval" / "report.html").read_text(encoding="utf-8")
    assert "Invariance contrefactuelle" in page and "Audit des biais par facettes" in page
    # Without the model: no counterfactual file; a text column that is not there is named.
    assert main(["-q", "evaluate", "--input", str(tmp / "scored.csv"), "--label-column", "label",
                 "--output-dir", str(tmp / "eval2"), "--bootstrap", "200"]) == 0
    assert not (tmp / "eval2" / "counterfactual.csv").exists() and (tmp / "eval2" / "bias.csv").exists()
    assert main(["-q", "evaluate", "--input", str(tmp / "scored.csv"), "--label-column", "label",
                 "--output-dir", str(tmp / "eval3"), "--text-column", "texte"]) == 2
