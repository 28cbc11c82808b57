"""LLM family: prompt building, answer parsing, fallback, and a real HTTP round trip on 127.0.0.1."""

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import numpy as np
import pandas as pd
import pytest

from orientation.artefacts import LocalStorage
from orientation.errors import SettingsError
from orientation.llm import (MAX_PROMPT_CHARS, AnswerCache, Completion, LLMCallError, LLMOrienter, build_messages,
                             cache_key, parse_answer, safe_error_text)
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


def test_a_long_description_is_cut_so_the_whole_prompt_stays_bounded(catalogue):
    long_text = "On m'a volé mon vélo devant la gare. " * 400  # 14,800 characters
    messages = build_messages(long_text, [("vélo volé", "PEL")] * 4, catalogue)
    assert sum(len(m["content"]) for m in messages) <= MAX_PROMPT_CHARS
    assert messages[0]["role"] == "system" and long_text.startswith(messages[-1]["content"])
    assert len(messages[-1]["content"]) >= 2000


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
    assert orienter.orient("autre chose").status == "fallback_malformed"
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
            data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}],
                               "usage": {"prompt_tokens": 321, "completion_tokens": 12}}).encode()
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


def test_http_round_trip_train_save_load_score(server, small_corpus, catalogue, tmp_path, caplog):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_endpoint=server,
                             llm_model="local-test", llm_examples=2)
    model, report = train(small_corpus.head(120), settings, catalogue)
    model.save(LocalStorage(tmp_path))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["params"]["endpoint"] == server and "key" not in json.dumps(manifest).lower()
    again = load_model(LocalStorage(tmp_path))
    import pandas as pd

    with caplog.at_level(logging.INFO):
        out = Scorer(again, ScoreSettings(text_column="text"), catalogue).score_df(
            pd.DataFrame({"text": ["des achats avec ma carte", "vol de vélo"]}))
    assert "tokens prompt 642, completion 24" in caplog.text
    assert out["prediction"].tolist() == ["PERCEVAL", "PEL"]
    assert out["rule"].tolist() == ["llm", "llm"]
    assert out["explanation"].iloc[0] == "Orienté vers « PERCEVAL, fraude à la carte bancaire » : selon le guide."


def test_unreachable_endpoint_falls_back_to_the_linear_model(small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm",
                             llm_endpoint="http://127.0.0.1:9/v1", llm_model="none", llm_examples=0)
    model, _ = train(small_corpus.head(120), settings, catalogue)
    pred = model.predict(["vol de vélo"])
    assert pred.details["rule"] == ["fallback_error"]
    assert np.isclose(pred.proba.sum(), 1, atol=1e-5)


def test_llm_settings_are_required():
    with pytest.raises(SettingsError, match="E009 .*needs 'llm_id' .* or 'llm_endpoint' .* and 'llm_model'"):
        TrainSettings(text_column="text", label_column="label", algorithm="llm")
    with pytest.raises(SettingsError, match="E009"):
        TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_endpoint="http://h/v1")
    with pytest.raises(SettingsError, match="'llm_fallback' must be one of \\['linear', 'rules', 'hybrid'\\]"):
        TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_id="x", llm_fallback="llm")
    assert TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_id="openai:c:m").llm_id


VALID = '{"channel": "THESEE", "urgence": 0, "reason": "arnaque en ligne"}'


class ScriptedBackend:
    """Answers in order: a text, a Completion, or an exception to raise; records every prompt."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.seen = []

    def complete(self, messages, *, temperature=0.0):
        assert temperature == 0.0
        self.seen.append(messages)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.mark.parametrize(
    "answers, max_calls, status, n_calls",
    [
        ([VALID], 10, "llm", 1),
        (["pas du JSON", VALID], 10, "llm_retry", 2),
        (["pas du JSON", '{"channel": "GENDARMERIE"}'], 10, "fallback_malformed", 2),
        ([LLMCallError("service down"), LLMCallError("service down")], 10, "fallback_error", 2),
        ([LLMCallError("service down"), VALID], 10, "llm_retry", 2),
        ([], 0, "fallback_cap", 0),
        (["pas du JSON"], 1, "fallback_cap", 1),
    ],
)
def test_each_outcome_has_its_status(catalogue, answers, max_calls, status, n_calls):
    backend = ScriptedBackend(answers)
    orienter = LLMOrienter(backend, catalogue, [], k=0, max_calls=max_calls)
    result = orienter.orient("on m'a demandé de payer un colis sur un faux site")
    assert result.status == status and len(backend.seen) == n_calls == orienter.calls
    assert (result.channel == "THESEE") == status.startswith("llm")


def test_cap_spans_the_run_and_later_rows_fall_back(catalogue):
    backend = ScriptedBackend([VALID] * 3)
    orienter = LLMOrienter(backend, catalogue, [], k=0, max_calls=3, cache=None)
    statuses = [r.status for r in orienter.orient_batch([f"colis numéro {i} jamais livré" for i in range(5)])]
    assert statuses == ["llm", "llm", "llm", "fallback_cap", "fallback_cap"]
    assert orienter.calls == 3


def test_examples_placed_in_the_prompt_are_pseudonymised(catalogue):
    examples = [("Écrivez à jean.dupont@exemple.fr ou au 06 12 34 56 78, colis jamais reçu", "THESEE")]
    backend = ScriptedBackend([VALID])
    LLMOrienter(backend, catalogue, examples, k=1).orient("mon colis jamais reçu, appelez le 07 98 76 54 32")
    sent = json.dumps(backend.seen[0], ensure_ascii=False)
    assert "colis jamais reçu" in sent and "[EMAIL]" in sent and "[TELEPHONE]" in sent
    for identifier in ("jean.dupont@exemple.fr", "06 12 34 56 78", "07 98 76 54 32"):
        assert identifier not in sent


def test_first_names_and_towns_stay_out_of_the_prompt_with_the_fallback_mask(catalogue, small_corpus):
    from orientation.text.proper_nouns import ProperNounMask

    mask = ProperNounMask().fit(small_corpus["text"].tolist(), always_keep=catalogue.ids)
    examples = [("Mon ex Jordan publie mes photos sur Instagram depuis Montauban", "PHAROS")]
    backend = ScriptedBackend([VALID])
    LLMOrienter(backend, catalogue, examples, k=1, mask=mask).orient(
        "Mon voisin Oleksandr m'a vendu un faux vélo sur Leboncoin, il vit à Cayenne")
    sent = json.dumps(backend.seen[0], ensure_ascii=False)
    for word in ("Jordan", "Montauban", "Oleksandr", "Cayenne"):
        assert word not in sent
    assert "Instagram" in sent and "Leboncoin" in sent and sent.count("[NOM]") == 4


def test_cache_in_memory_then_in_a_folder_across_runs(catalogue, tmp_path):
    texts = ["mon colis payé sur un faux site, écrivez à paul@exemple.fr", "un autre colis jamais livré"]
    first = ScriptedBackend([Completion(VALID, 900, 20), "pas du JSON", "pas du JSON"])
    orienter = LLMOrienter(first, catalogue, [], k=0, cache=AnswerCache(LocalStorage(tmp_path)), model_id="m1")
    assert [r.status for r in orienter.orient_batch(texts + texts[:1])] == ["llm", "fallback_malformed", "cache"]
    shards = sorted(tmp_path.glob("llm-cache/*.json"))
    assert len(shards) == 1
    stored = json.loads(shards[0].read_text())
    key = cache_key(texts[0].replace("paul@exemple.fr", "[EMAIL]"), orienter.prompt_version, "m1")
    assert list(stored) == [key] and stored[key][0] == "THESEE"  # only valid answers, keyed by hash
    assert "colis" not in shards[0].read_text() and "paul" not in shards[0].read_text()

    down = ScriptedBackend([LLMCallError("down")] * 4)
    again = LLMOrienter(down, catalogue, [], k=0, cache=AnswerCache(LocalStorage(tmp_path)), model_id="m1")
    assert again.orient(texts[0]).status == "cache" and down.seen == []
    other_model = LLMOrienter(down, catalogue, [], k=0, cache=AnswerCache(LocalStorage(tmp_path)), model_id="m2")
    assert other_model.orient(texts[0]).status == "fallback_error"


def test_error_messages_that_quote_the_prompt_are_withheld():
    messages = [{"role": "user", "content": "mon voisin a cassé ma voiture devant chez moi hier soir"}]
    assert safe_error_text("Rate limit exceeded, retry later", messages) == "Rate limit exceeded, retry later"
    leaked = safe_error_text("Invalid input: 'mon voisin a cassé ma voiture devant chez moi'", messages)
    assert "voisin" not in leaked and "withheld" in leaked


class EchoingBackend:
    """A hostile service: malformed answers and errors that quote the prompt back."""

    def __init__(self):
        self.n = 0

    def complete(self, messages, *, temperature=0.0):
        self.n += 1
        last = messages[-1]["content"]
        if self.n % 3 == 1:
            return Completion(f"Je ne sais pas. Vous avez écrit : {last}", 1200, 30)
        if self.n % 3 == 2:
            raise LLMCallError(f"bad request for input {last}")
        return Completion('{"channel": "PEL", "urgence": 0, "reason": "vol simple"}', 1100, 15)


def test_no_raw_description_in_any_log_line(small_corpus, catalogue, caplog):
    secret = "zébulon a volé ma trottinette rouge devant la boulangerie du quartier"
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_id="openai:c:m",
                             llm_examples=2)
    import pandas as pd

    with caplog.at_level(logging.DEBUG):
        model, _ = train(small_corpus.head(120), settings, catalogue)
        model.start_run(EchoingBackend(), max_calls=4, cache=AnswerCache())
        assert model._orienter_.mask is model.fallback_.mask_ is not None  # the linear fallback's mask
        out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(
            pd.DataFrame({"text": [secret, secret + " hier", secret + " ce matin", secret]}))
    assert set(out["rule"]) <= {"llm", "llm_retry", "cache", "fallback_malformed", "fallback_error", "fallback_cap"}
    assert "fallback_cap" in set(out["rule"]) and "LLM call failed" in caplog.text
    chunk_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("LLM chunk")]
    assert len(chunk_lines) == 1 and "4 rows, 4 calls" in chunk_lines[0] and "tokens prompt 3500" in chunk_lines[0]
    for record in caplog.records:
        line = record.getMessage()
        assert "trottinette" not in line and "boulangerie" not in line and "zébulon" not in line.lower()


def test_llm_with_a_rules_fallback_saves_loads_and_falls_back(small_corpus, catalogue, tmp_path):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_id="openai:c:m",
                             llm_fallback="rules", llm_examples=1)
    model, report = train(small_corpus.head(120), settings, catalogue)
    model.save(LocalStorage(tmp_path))
    assert any(p.name == "rules.json" for p in (tmp_path / "fallback").iterdir())
    again = load_model(LocalStorage(tmp_path))
    assert again.fallback_.algorithm == "rules" and again.uses_signals
    assert again.prompt_id == model.prompt_id and again.prompt_id.startswith("orientation.prompt.v1+k1+")
    other, _ = train(small_corpus.iloc[120:240], settings, catalogue)
    assert other.prompt_id != model.prompt_id  # other examples: cached answers of this model are not reused
    with pytest.raises(SettingsError, match="E211"):
        again.predict(["vol de vélo"])
    again.start_run(ScriptedBackend([LLMCallError("down")] * 2), max_calls=10)
    assert again._orienter_.mask is None  # a rules fallback has no mask
    pred = again.predict(["on m'a volé mon vélo dans la rue"])
    assert pred.details["rule"] == ["fallback_error"]
    assert np.allclose(pred.proba, again.fallback_.predict(["on m'a volé mon vélo dans la rue"]).proba)


def test_command_line_train_then_score_with_cap_and_cache_dir(server, small_corpus, tmp_path, capsys):
    from orientation.cli import main

    small_corpus.head(120).to_csv(tmp_path / "train.csv", index=False)
    import pandas as pd

    pd.DataFrame({"text": ["des achats avec ma carte", "vol de vélo", "des achats avec ma carte", "vol de sac"]}).to_csv(
        tmp_path / "new.csv", index=False)
    assert main(["-q", "train", "--input", str(tmp_path / "train.csv"), "--text-column", "text", "--label-column",
                 "label", "--algorithm", "llm", "--llm-id", "openai:c:m", "--llm-examples", "1",
                 "--model-dir", str(tmp_path / "model")]) == 0
    score = ["-q", "score", "--input", str(tmp_path / "new.csv"), "--text-column", "text", "--model-dir",
             str(tmp_path / "model"), "--output", str(tmp_path / "out.csv")]
    assert main(score) == 2 and "E213" in capsys.readouterr().err  # an LLM Mesh model needs an endpoint here
    http = ["--llm-endpoint", server, "--llm-model", "local-test", "--llm-cache-dir", str(tmp_path / "cache")]
    assert main(score + http + ["--llm-max-calls", "2"]) == 0
    assert pd.read_csv(tmp_path / "out.csv")["rule"].tolist() == ["llm", "llm", "cache", "fallback_cap"]
    assert main(score + http + ["--llm-max-calls", "0"]) == 0
    assert pd.read_csv(tmp_path / "out.csv")["rule"].tolist() == ["cache", "cache", "cache", "fallback_cap"]


def test_the_llm_urgence_answer_raises_urgence_beside_the_cues(small_corpus, catalogue):
    settings = TrainSettings(text_column="text", label_column="label", algorithm="llm", llm_id="openai:c:m",
                             llm_examples=0)
    model, _ = train(small_corpus.head(120), settings, catalogue)
    calm = "On m'a volé mon vélo devant la gare la semaine dernière."
    frame = pd.DataFrame({"text": [calm, calm + " "]})
    urgent = '{"channel": "PEL", "urgence": 1, "reason": "danger immédiat"}'
    model.start_run(ScriptedBackend([urgent, LLMCallError("down"), LLMCallError("down")]), max_calls=10, cache=None)
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    assert out["rule"].tolist() == ["llm", "fallback_error"]
    assert out["urgence"].tolist() == [1, 0]  # the LLM said so; the fallback row keeps the cues' answer (none)
    assert "17" in out.loc[0, "urgence_message"] and out.loc[1, "urgence_message"] == ""
