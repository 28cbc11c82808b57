"""LLM family: prompt building, answer parsing, fallback, and a real HTTP round trip on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import numpy as np
import pytest

from orientation.artefacts import LocalStorage
from orientation.errors import SettingsError
from orientation.llm import MAX_PROMPT_CHARS, LLMOrienter, build_messages, parse_answer
from orientation.models import load_model
from orientation.scoring import Scorer
from orientation.settings import ScoreSettings, TrainSettings
from orientation.training import train

CH = ("PEL", "THESEE", "PERCEVAL", "PHAROS", "PNAV", "COMMISSARIAT")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ('{"channel": "PERCEVAL", "urgence": 0, "reason": "Carte en possession."}', ("PERCEVAL", 0, "Carte en possession.")),
        ('Voici ma réponse : {"channel": "pnav", "urgence": 1, "reason": "x"} Merci.', ("PNAV", 1, "x")),
        ('{"channel": "GENDARMERIE", "urgence": 0}', None),
        ("Je ne peux pas répondre à cette demande.", None),
        ('{"channel": "PEL", "urgence": 0, ', None),
        (None, None),
    ],
)
def test_parse_answer(raw, expected):
    assert parse_answer(raw, CH) == expected


def test_prompt_has_catalogue_examples_and_is_bounded(catalogue):
    examples = [("vélo volé devant la gare " * 100, "PEL")] * 200
    messages = build_messages("ma carte a été débitée", examples, catalogue)
    assert messages[0]["role"] == "system" and "PERCEVAL" in messages[0]["content"]
    assert messages[1]["content"].startswith("vélo volé") and json.loads(messages[2]["content"])["channel"] == "PEL"
    assert messages[-1]["content"] == "ma carte a été débitée"
    assert sum(len(m["content"]) for m in messages) <= MAX_PROMPT_CHARS + 200


class FakeBackend:
    def __init__(self, answers):
        self.answers = list(answers)
        self.seen = []

    def complete(self, messages, *, temperature=0.0):
        self.seen.append(messages)
        return self.answers.pop(0) if self.answers else "rien"


def test_retry_then_fallback_and_pseudonymisation(catalogue):
    backend = FakeBackend(["pas du JSON", '{"channel": "THESEE", "urgence": 0, "reason": "r"}', "non", "non"])
    orienter = LLMOrienter(backend, catalogue, [("colis jamais reçu", "THESEE")], k=1)
    first = orienter.orient("Écrivez à jean@exemple.fr, colis jamais reçu")
    assert (first.channel, first.status) == ("THESEE", "llm_retry")
    assert "jean@exemple.fr" not in json.dumps(backend.seen[0], ensure_ascii=False)
    assert orienter.orient("autre chose").status == "fallback"
    with pytest.raises(SettingsError, match="E210"):
        LLMOrienter(backend, catalogue, [], k=-1)


@pytest.fixture()
def server():
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            last = body["messages"][-1]["content"]
            channel = "PERCEVAL" if "carte" in last else "PEL"
            content = json.dumps({"channel": channel, "urgence": 0, "reason": "selon le guide"})
            data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/v1"
    httpd.shutdown()


def test_http_round_trip_train_save_load_score(server, small_corpus, catalogue, tmp_path):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_endpoint=server,
                             llm_model="local-test", llm_examples=2)
    model, report = train(small_corpus.head(120), settings, catalogue)
    model.save(LocalStorage(tmp_path))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["params"]["endpoint"] == server and "key" not in json.dumps(manifest).lower()
    again = load_model(LocalStorage(tmp_path))
    import pandas as pd

    out = Scorer(again, ScoreSettings(text_column="text"), catalogue).score_df(
        pd.DataFrame({"text": ["des achats avec ma carte", "vol de vélo"]}))
    assert out["prediction"].tolist() == ["PERCEVAL", "PEL"]
    assert out["rule"].tolist() == ["LLM", "LLM"]
    assert out["explanation"].iloc[0] == "Orienté vers « PERCEVAL, fraude à la carte bancaire » : selon le guide."


def test_unreachable_endpoint_falls_back_to_the_linear_model(small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm",
                             llm_endpoint="http://127.0.0.1:9/v1", llm_model="none", llm_examples=0)
    model, _ = train(small_corpus.head(120), settings, catalogue)
    pred = model.predict(["vol de vélo"])
    assert pred.details["rule"] == ["FALLBACK"]
    assert np.isclose(pred.proba.sum(), 1, atol=1e-5)


def test_llm_settings_are_required():
    with pytest.raises(SettingsError, match="E009 .*needs 'llm_endpoint'"):
        TrainSettings(text_column="text", label_column="label", algorithm="llm")
