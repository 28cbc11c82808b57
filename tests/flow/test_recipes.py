"""The real recipe.py files, run through the local runner and the dataiku stand-in."""

import json

import pandas as pd
import pytest

from dku_params import ParamsError
from orientation.errors import ModelArtefactError
from runner import LocalFlow

FIELDS = ["auteur_connu", "faits_en_ligne", "victime_mineure"]


def read(flow, name):
    return pd.read_csv(flow.datasets[name]["path"], dtype=str, keep_default_na=False)


def schema(flow, name):
    return json.loads(open(flow.datasets[name]["path"] + ".schema.json").read())


@pytest.fixture()
def trained_flow(tmp_path, flow_data):
    train, test = flow_data
    flow = LocalFlow(tmp_path)
    raw = train.copy()
    raw.loc[0, "text"] = ""  # one bad row
    raw.to_csv(flow.dataset("raw"), index=False)
    test.to_csv(flow.dataset("new"), index=False)
    flow.folder("model")
    flow.run("prepare", inputs={"input_dataset": "raw"},
             outputs={"prepared_dataset": "prepared", "rejected_dataset": "rejected"}, config={"text_column": "text"})
    flow.run("train", inputs={"training_dataset": "prepared"},
             outputs={"model_folder": "model", "metrics_dataset": "metrics"},
             config={"text_column": "text", "label_column": "label", "feature_columns": FIELDS})
    return flow


def test_prepare_train_score_flow(trained_flow, flow_data):
    flow = trained_flow
    train, test = flow_data
    assert len(read(flow, "prepared")) + len(read(flow, "rejected")) == len(train)
    assert read(flow, "rejected")["reject_code"].tolist() == ["EMPTY"]
    metrics = read(flow, "metrics")
    assert {"macro_f1", "precision", "count"} <= set(metrics["metric"])
    assert (flow.workdir / "model" / "manifest.json").exists()

    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text"})
    scored = read(flow, "scored")
    assert len(scored) == len(test)
    assert scored["id"].tolist() == test["id"].tolist()
    in_scope = scored[scored["label"] != "HORS_CHAMP"]
    assert (in_scope["prediction"] == in_scope["label"]).mean() > 0.5
    described = {c["name"]: c.get("comment", "") for c in schema(flow, "scored")}
    assert "Probabilité calibrée" in described["confidence"]
    assert described["explanation"] and described["proba_PEL"]
    assert described["id"] == ""  # input columns keep no invented description


def test_score_on_a_partitioned_dataset_writes_only_its_partition(trained_flow, flow_data):
    flow = trained_flow
    _, test = flow_data
    part_dir = flow.workdir / "incoming"
    part_dir.mkdir()
    test.iloc[:10].to_csv(part_dir / "2026-11.csv", index=False)
    test.iloc[10:].to_csv(part_dir / "2026-12.csv", index=False)
    flow.dataset("incoming", part_dir, partitioned=True, read_partitions=["2026-12"])
    flow.dataset("scored_parts", flow.workdir / "scored_parts", partitioned=True, write_partition="2026-12")
    flow.run("score", inputs={"input_dataset": "incoming", "model_folder": "model"},
             outputs={"scored_dataset": "scored_parts"}, config={"text_column": "text", "chunk_size": 10})
    written = sorted(p.name for p in (flow.workdir / "scored_parts").glob("*.csv"))
    assert written == ["2026-12.csv"]
    assert len(pd.read_csv(flow.workdir / "scored_parts" / "2026-12.csv")) == len(test) - 10


def test_recipes_never_ask_for_a_local_folder_path(trained_flow):
    from dataiku import Folder

    with pytest.raises(Exception, match="get_path\\(\\) is not available"):
        Folder("model").get_path()
    # the score recipe read the same folder through streams only
    trained_flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"},
                     outputs={"scored_dataset": "scored"}, config={"text_column": "text"})


def test_missing_text_column_setting_is_named(tmp_path, flow_data):
    flow = LocalFlow(tmp_path)
    flow_data[0].to_csv(flow.dataset("raw"), index=False)
    with pytest.raises(ParamsError, match="Set 'Colonne de la description' \\(text_column\\)"):
        flow.run("prepare", inputs={"input_dataset": "raw"}, outputs={"prepared_dataset": "p"}, config={})


def test_out_of_range_setting_is_named(tmp_path, flow_data):
    flow = LocalFlow(tmp_path)
    flow_data[0].to_csv(flow.dataset("raw"), index=False)
    flow.folder("model")
    with pytest.raises(ParamsError, match="'validation_share' must be a number between 0.05 and 0.5; got 0.8"):
        flow.run("train", inputs={"training_dataset": "raw"}, outputs={"model_folder": "model"},
                 config={"text_column": "text", "label_column": "label", "validation_share": 0.8})


def test_scoring_with_an_empty_model_folder_fails_clearly(tmp_path, flow_data):
    flow = LocalFlow(tmp_path)
    flow_data[1].to_csv(flow.dataset("new"), index=False)
    flow.folder("empty_model")
    with pytest.raises(ModelArtefactError, match="E301 'manifest.json' is missing from the model folder 'empty_model'"):
        flow.run("score", inputs={"input_dataset": "new", "model_folder": "empty_model"},
                 outputs={"scored_dataset": "s"}, config={"text_column": "text"})


def test_runner_refuses_unknown_roles(tmp_path):
    flow = LocalFlow(tmp_path)
    with pytest.raises(ValueError, match="has no input role 'dataset'"):
        flow.run("prepare", inputs={"dataset": "x"}, outputs={}, config={})


def test_hybrid_train_and_analyze_recipes(tmp_path, flow_data):
    train, test = flow_data
    flow = LocalFlow(tmp_path)
    train.to_csv(flow.dataset("labelled"), index=False)
    test.to_csv(flow.dataset("new"), index=False)
    flow.folder("model")
    flow.folder("summary")
    flow.run("train", inputs={"training_dataset": "labelled"}, outputs={"model_folder": "model"},
             config={"text_column": "text", "label_column": "label", "algorithm": "hybrid", "feature_columns": FIELDS})
    manifest = json.loads((flow.workdir / "model" / "manifest.json").read_text())
    assert manifest["algorithm"] == "hybrid"
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text"})
    scored = read(flow, "scored")
    assert {"urgence", "urgence_message", "signals", "rule", "input_urgence"} <= set(scored.columns)
    flow.run("analyze", inputs={"input_dataset": "labelled"},
             outputs={"analysis_dataset": "analysis", "summary_folder": "summary"},
             config={"text_column": "text", "label_column": "label"})
    analysis = read(flow, "analysis")
    assert {"share_present", "share_decided_right", "share_undecided"} <= set(analysis["measure"])
    summary = (flow.workdir / "summary" / "synthese.md").read_text(encoding="utf-8")
    assert summary.startswith("# Ce que les victimes disent spontanément")


def test_evaluate_recipe_writes_metrics_errors_and_report(trained_flow):
    flow = trained_flow
    flow.folder("report")
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text"})
    flow.run("evaluate", inputs={"scored_dataset": "scored"},
             outputs={"metrics_dataset": "eval_metrics", "errors_dataset": "eval_errors", "report_folder": "report"},
             config={"label_column": "label", "urgence_column": "input_urgence", "text_column": "text", "title": "test"})
    metrics = read(flow, "eval_metrics")
    assert {"macro_f1", "urgence_recall", "ece", "coverage_at_95"} <= set(metrics["metric"])
    assert "pair" in read(flow, "eval_errors").columns
    assert (flow.workdir / "report" / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_evaluate_recipe_with_model_folder_writes_bias_insights_counterfactual(trained_flow):
    flow = trained_flow
    flow.folder("report")
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text"})
    flow.run("evaluate", inputs={"scored_dataset": "scored", "model_folder": "model"},
             outputs={"metrics_dataset": "eval_metrics", "bias_dataset": "bias", "insights_dataset": "insights",
                      "counterfactual_dataset": "cf", "report_folder": "report"},
             config={"label_column": "label", "text_column": "text", "n_boot": 200, "counterfactual_rows": 20})
    bias = read(flow, "bias")
    assert {"facet", "value", "rows", "macro_f1_gap_low", "significant"} <= set(bias.columns)
    assert "terme" in set(read(flow, "insights")["kind"])
    assert "prenoms_inseres" in set(read(flow, "cf")["family"])
    page = (flow.workdir / "report" / "report.html").read_text(encoding="utf-8")
    assert "Invariance contrefactuelle" in page


def test_evaluate_recipe_refuses_counterfactual_output_without_model(trained_flow):
    flow = trained_flow
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text"})
    with pytest.raises(ParamsError, match="needs the input 'Dossier du modèle'"):
        flow.run("evaluate", inputs={"scored_dataset": "scored"},
                 outputs={"metrics_dataset": "eval_metrics", "counterfactual_dataset": "cf"},
                 config={"label_column": "label", "text_column": "text"})


def test_embedding_training_from_an_encoder_folder_input(tmp_path, flow_data):
    pytest.importorskip("transformers")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from tiny_encoder import build_tiny_encoder

    train, test = flow_data
    flow = LocalFlow(tmp_path)
    train.to_csv(flow.dataset("labelled"), index=False)
    build_tiny_encoder(flow.folder("encoder"), train["text"].tolist())
    flow.folder("model")
    flow.run("train", inputs={"training_dataset": "labelled", "encoder_folder": "encoder"},
             outputs={"model_folder": "model"},
             config={"text_column": "text", "label_column": "label", "algorithm": "embedding", "max_length": 64})
    manifest = json.loads((flow.workdir / "model" / "manifest.json").read_text())
    assert manifest["algorithm"] == "embedding" and "encoder/model.safetensors" in manifest["files"]


def test_transformer_fine_tuned_from_an_encoder_folder_then_scored_in_int8(tmp_path, flow_data):
    pytest.importorskip("transformers")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from tiny_encoder import build_tiny_encoder

    train, test = flow_data
    flow = LocalFlow(tmp_path)
    train.to_csv(flow.dataset("labelled"), index=False)
    test.to_csv(flow.dataset("new"), index=False)
    build_tiny_encoder(flow.folder("encoder"), train["text"].tolist())
    flow.folder("model")
    flow.run("train", inputs={"training_dataset": "labelled", "encoder_folder": "encoder"},
             outputs={"model_folder": "model"},
             config={"text_column": "text", "label_column": "label", "algorithm": "transformer", "max_length": 48,
                     "epochs": 1, "learning_rate": 1e-3, "freeze_embeddings": False, "device": "cpu"})
    manifest = json.loads((flow.workdir / "model" / "manifest.json").read_text())
    assert manifest["format"] == "orientation.transformer.v1" and "transformer/model.safetensors" in manifest["files"]
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "scored"},
             config={"text_column": "text", "quantize": True, "explain": False})
    scored = read(flow, "scored")
    assert len(scored) == len(test) and scored["prediction"].notna().all()


def test_compare_recipe_writes_one_row_per_family(tmp_path, flow_data):
    train, test = flow_data
    flow = LocalFlow(tmp_path)
    labelled = pd.concat([train.assign(split="train"), test.assign(split="test")], ignore_index=True)
    labelled.to_csv(flow.dataset("labelled"), index=False)
    flow.run("compare", inputs={"labelled_dataset": "labelled"}, outputs={"comparison_dataset": "comparison"},
             config={"text_column": "text", "label_column": "label", "split_column": "split",
                     "urgence_column": "urgence", "algorithms": ["linear", "rules"], "feature_columns": FIELDS})
    table = read(flow, "comparison")
    assert table["algorithm"].tolist() == ["linear", "rules"]
    assert {"macro_f1", "urgence_recall", "ece", "training_seconds", "scoring_rows_per_second",
            "model_megabytes"} <= set(table.columns)
    assert table["macro_f1"].astype(float).between(0, 1).all()


def test_compare_recipe_names_a_wrong_setting(tmp_path, flow_data):
    train, test = flow_data
    flow = LocalFlow(tmp_path)
    train.assign(split="train").to_csv(flow.dataset("labelled"), index=False)
    with pytest.raises(ParamsError, match="needs 'Dossier de l'encodeur'"):
        flow.run("compare", inputs={"labelled_dataset": "labelled"}, outputs={"comparison_dataset": "comparison"},
                 config={"text_column": "text", "label_column": "label", "split_column": "split",
                         "algorithms": ["linear", "embedding"]})
    from orientation.errors import InputDataError

    with pytest.raises(InputDataError, match="E181 Column 'split' must mark some rows 'train' and some 'test'"):
        flow.run("compare", inputs={"labelled_dataset": "labelled"}, outputs={"comparison_dataset": "comparison"},
                 config={"text_column": "text", "label_column": "label", "split_column": "split"})
