"""The assistant's HTTP routes, without a browser: the DSS backend (through the local dataiku
stand-in and a real Flask app) and the local server of ``make assistant``."""

import json
import re
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from orientation.artefacts import LocalStorage
from orientation.assistant import MAX_BODY_BYTES
from orientation.training import manifest_extra

ROOT = Path(__file__).resolve().parents[2]
WEBAPP = ROOT / "webapps" / "complaint-orientation-assistant"
sys.path.insert(0, str(ROOT / "tools"))

BIKE = "Quelqu'un a volé mon vélo attaché devant la gare pendant la nuit."


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, trained_linear, catalogue):
    model, report, settings = trained_linear
    path = tmp_path_factory.mktemp("assistant") / "model"
    model.save(LocalStorage(path), extra=manifest_extra(settings, report, catalogue))
    return path


# DSS backend ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dss_client(model_dir, tmp_path_factory):
    flask = pytest.importorskip("flask", reason="Flask is pinned in the code env; install the requirements")
    from local_dss.runner import LocalFlow  # noqa: F401 (keeps the import path explicit)

    flow = LocalFlow(tmp_path_factory.mktemp("flow"))
    flow.folder("modele", model_dir)
    app = flask.Flask("dss-webapp")
    flow.webapp("complaint-orientation-assistant", app, {"model_folder": "modele"})
    return app.test_client()


def test_dss_backend_answers_a_turn(dss_client, catalogue):
    res = dss_client.post("/turn", data=json.dumps({"description": BIKE}), content_type="application/json")
    assert res.status_code == 200 and res.mimetype == "application/json"
    body = res.get_json()
    assert list(body)[0] == "emergency" and body["status"] in ("question", "oriented")
    if body["status"] == "oriented":
        assert body["channel"]["id"] in catalogue.ids


@pytest.mark.parametrize("payload, status, code", [
    (b"", 400, "E700"),
    (b"{not json", 400, "E700"),
    (json.dumps({"description": ""}).encode(), 400, "E701"),
    (json.dumps({"description": 12}).encode(), 400, "E702"),
    (json.dumps({"description": "x" * 6000}).encode(), 400, "E704"),
    (json.dumps({"description": BIKE, "form": {"age": "12"}}).encode(), 400, "E706"),
    (b"x" * (MAX_BODY_BYTES + 1), 413, "E714"),
])
def test_dss_backend_refuses_bad_requests_in_french(dss_client, payload, status, code):
    res = dss_client.post("/turn", data=payload, content_type="application/json")
    assert res.status_code == status
    error = res.get_json()["error"]
    assert error["code"] == code and error["message"] and error["field"]


def test_dss_backend_needs_its_model_folder(tmp_path):
    flask = pytest.importorskip("flask")
    from local_dss.runner import LocalFlow

    from dku_params import ParamsError

    with pytest.raises(ParamsError, match="Dossier du modèle"):
        LocalFlow(tmp_path).webapp("complaint-orientation-assistant", flask.Flask("x"), {"model_folder": ""})


def test_webapp_json_is_french_and_declares_the_model_folder():
    spec = json.loads((WEBAPP / "webapp.json").read_text(encoding="utf-8"))
    assert spec["baseType"] == "STANDARD" and spec["hasBackend"] == "true"
    assert "plainte" in spec["meta"]["label"].lower() and "é" in spec["meta"]["description"]
    assert [p["type"] for p in spec["params"] if p["name"] == "model_folder"] == ["MANAGED_FOLDER"]


# Page ----------------------------------------------------------------------------------

def test_page_is_self_contained_french_and_labelled():
    from assistant_server import render_page

    html = render_page().decode("utf-8")
    assert '<html lang="fr">' in html and 'name="viewport"' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # no CDN, no external file
    assert "@import" not in html and "url(" not in html
    for control in re.findall(r'<(?:textarea|select)[^>]* id="([^"]+)"', html):
        assert f'<label for="{control}"' in html
    assert 'aria-live="polite"' in html
    assert ":focus-visible" in html


# Local server --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def local_url(model_dir):
    from assistant_server import serve

    server = serve(str(model_dir), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _call(url, data=None):
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.status, res.headers, res.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_local_server_serves_the_page_and_the_same_turns_as_dss(local_url, dss_client):
    status, headers, page = _call(local_url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b'lang="fr"' in page
    body = json.dumps({"description": BIKE, "form": {"auteur_connu": "non"}, "answers": []}).encode()
    status, _, local = _call(local_url + "/turn", body)
    assert status == 200
    assert json.loads(local) == dss_client.post("/turn", data=body, content_type="application/json").get_json()


def test_local_server_errors(local_url):
    status, _, body = _call(local_url + "/turn", json.dumps({"description": "  "}).encode())
    assert status == 400 and json.loads(body)["error"]["code"] == "E701"
    status, _, body = _call(local_url + "/turn", b"x" * (MAX_BODY_BYTES + 10))
    assert status == 413 and json.loads(body)["error"]["code"] == "E714"
    status, _, _ = _call(local_url + "/elsewhere")
    assert status == 404
