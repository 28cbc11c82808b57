"""The llm family through the real recipes: train, then score through the stand-in LLM Mesh."""

import json
import logging

import pandas as pd
import pytest

from dku_params import ParamsError
from runner import LocalFlow

LLM_ID = "openai:lab-connection:test-model"


def answer(channel, reason="selon le guide"):
    return json.dumps({"channel": channel, "urgence": 0, "reason": reason})


def read(flow, name):
    return pd.read_csv(flow.datasets[name]["path"], dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def llm_flow(tmp_path_factory, flow_data):
    """Trained once for the module; each test declares its own LLM answers and output names."""
    train, test = flow_data
    flow = LocalFlow(tmp_path_factory.mktemp("llm_flow"))
    train.to_csv(flow.dataset("labelled"), index=False)
    new = test.head(6).reset_index(drop=True)
    new.loc[5, "text"] = new.loc[0, "text"]  # the same description twice: the second comes from the cache
    new.to_csv(flow.dataset("new"), index=False)
    flow.folder("model")
    flow.run("train", inputs={"training_dataset": "labelled"}, outputs={"model_folder": "model"},
             config={"text_column": "text", "label_column": "label", "algorithm": "llm", "llm_id": LLM_ID,
                     "llm_examples": 2})
    return flow, new


def test_train_writes_the_prompt_configuration_and_no_key(llm_flow):
    flow, _ = llm_flow
    manifest = json.loads((flow.workdir / "model" / "manifest.json").read_text())
    assert manifest["format"] == "orientation.llm.v2"
    params = manifest["params"]
    assert (params["llm_id"], params["k"], params["prompt_version"]) == (LLM_ID, 2, "orientation.prompt.v1")
    assert params["fallback"]["algorithm"] == "linear"
    assert "fallback/weights.npz" in manifest["files"] and "examples.json" in manifest["files"]
    assert "key" not in json.dumps(manifest).lower() and "password" not in json.dumps(manifest).lower()


def test_score_through_the_llm_mesh_with_retry_error_cache_and_cap(llm_flow, caplog):
    flow, new = llm_flow
    mesh = flow.llm(LLM_ID, answers=[
        "Je pense que c'est PEL.",                      # row 0: malformed, then retried
        answer("PERCEVAL"),                             # row 0: valid on retry
        {"ok": False, "errorMessage": "quota exceeded"},  # row 1: service error
        {"ok": False, "errorMessage": "quota exceeded"},  # row 1: still failing: fallback
        {"ok": True, "text": answer("PNAV"), "promptTokens": 1500, "completionTokens": 25},  # row 2
        answer("PHAROS"),                               # row 3
    ])
    flow.folder("llm_cache")
    with caplog.at_level(logging.INFO):
        flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"},
                 outputs={"scored_dataset": "scored", "llm_cache_folder": "llm_cache"},
                 config={"text_column": "text", "llm_max_calls": 6})
    scored = read(flow, "scored")
    assert scored["rule"].tolist() == ["llm_retry", "fallback_error", "llm", "llm", "fallback_cap", "cache"]
    assert scored["prediction"].tolist()[:4:2] == ["PERCEVAL", "PNAV"] and scored["prediction"][3] == "PHAROS"
    assert scored["prediction"][5] == "PERCEVAL" and scored["prediction"][4] != ""  # fallback model answered
    assert scored["explanation"][2] == "Orienté vers « Plateforme numérique d'accompagnement des victimes » : selon le guide."
    assert len(mesh["calls"]) == 6
    call = mesh["calls"][0]
    assert call["settings"] == {"temperature": 0.0}
    assert [m["role"] for m in call["messages"]][:1] == ["system"] and call["messages"][-1]["role"] == "user"
    assert "PERCEVAL" in call["messages"][0]["content"] and len(call["messages"]) == 1 + 2 * 2 + 1
    line = next(r.getMessage() for r in caplog.records if r.getMessage().startswith("LLM chunk"))
    assert "6 rows, 6 calls" in line and "tokens prompt 1500, completion 25" in line and "fallback_cap 1" in line
    for record in caplog.records:  # no description, even pseudonymised, in the job log
        assert not any(text[:40] in record.getMessage() for text in new["text"])

    # a second run reads the cache folder: the rows answered before cost no call
    rerun = flow.llm(LLM_ID, default={"ok": False, "errorMessage": "no LLM reachable"})
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"},
             outputs={"scored_dataset": "scored2", "llm_cache_folder": "llm_cache"},
             config={"text_column": "text", "llm_max_calls": 6})
    again = read(flow, "scored2")
    assert again["rule"].tolist() == ["cache", "fallback_error", "cache", "cache", "fallback_error", "cache"]
    assert again["prediction"].tolist()[:4:2] == ["PERCEVAL", "PNAV"]
    assert len(rerun["calls"]) == 4  # two rows, one retry each
    shard_text = "".join(p.read_text() for p in (flow.workdir / "llm_cache" / "llm-cache").glob("*.json"))
    for text in new["text"]:
        assert text[:30] not in shard_text


def test_score_recipe_with_a_cap_of_zero_uses_only_the_fallback(llm_flow):
    flow, new = llm_flow
    mesh = flow.llm(LLM_ID, default=answer("PEL"))
    flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "s"},
             config={"text_column": "text", "llm_max_calls": 0, "llm_cache": False})
    assert read(flow, "s")["rule"].tolist() == ["fallback_cap"] * len(new) and mesh["calls"] == []


def test_an_llm_id_unknown_to_the_mesh_makes_every_row_fall_back(llm_flow, caplog):
    flow, new = llm_flow
    with caplog.at_level(logging.WARNING):
        flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "u"},
                 config={"text_column": "text", "expert_mode": True, "llm_id": "openai:nope:none"})
    scored = read(flow, "u")
    assert set(scored["rule"]) == {"fallback_error"} and (scored["prediction"] != "").all()
    assert "LLM 'openai:nope:none' is not available in this project" in caplog.text


def test_train_recipe_names_the_missing_llm_setting(tmp_path, flow_data):
    flow = LocalFlow(tmp_path)
    flow_data[0].to_csv(flow.dataset("labelled"), index=False)
    flow.folder("model")
    with pytest.raises(ParamsError, match="E009 .*needs 'llm_id'"):
        flow.run("train", inputs={"training_dataset": "labelled"}, outputs={"model_folder": "model"},
                 config={"text_column": "text", "label_column": "label", "algorithm": "llm"})
    with pytest.raises(ParamsError, match="'Plafond d'appels au LLM' \\(llm_max_calls\\) must be a whole number"):
        flow.dataset("new")
        flow.run("score", inputs={"input_dataset": "new", "model_folder": "model"}, outputs={"scored_dataset": "s"},
                 config={"text_column": "text", "llm_max_calls": "beaucoup"})
    with pytest.raises(ParamsError, match="'Masquer les noms propres' \\(mask_proper_nouns\\) must be true or false"):
        flow.run("train", inputs={"training_dataset": "labelled"}, outputs={"model_folder": "model"},
                 config={"text_column": "text", "label_column": "label", "mask_proper_nouns": "non"})
