"""Backend of the assistant web app: DSS provides the Flask ``app``; routes answer JSON.

The model is read once from the managed folder, by streams. Each turn is stateless: the
page sends the description, the form fields and the answers so far; nothing is stored and
nothing of the description is logged.
"""

import json
import logging

from flask import request

from dku_io import FolderStorage
from dku_params import load_assistant_params
from orientation.assistant import Assistant, handle_turn_request
from orientation.models import load_model

logger = logging.getLogger("orientation.webapp")

params = load_assistant_params()
assistant = Assistant(load_model(FolderStorage(params.model_folder)))
logger.info("Assistant ready with a '%s' model from folder '%s'", assistant.model.algorithm, params.model_folder)


def _json(status: int, body: dict):
    return app.response_class(json.dumps(body, ensure_ascii=False), status=status,  # noqa: F821 (DSS's app)
                              mimetype="application/json")


@app.route("/turn", methods=["POST"])  # noqa: F821
def turn():
    status, body = handle_turn_request(assistant, request.get_data(cache=False))
    return _json(status, body)

