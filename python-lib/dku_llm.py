"""DSS glue for the ``llm`` family: completions through the LLM Mesh, and the scoring run set-up.

:class:`LLMMeshBackend` has the interface of ``orientation.llm.HttpChatBackend``
(``complete(messages, *, temperature) -> Completion``, :class:`~orientation.llm.LLMCallError`
when the call fails), on the LLM Mesh API of the ``dataiku`` package. What it relies on, from
the Dataiku developer guide and the public ``dataiku-api-client-python`` sources:

- "LLM Mesh" (developer.dataiku.com/latest/concepts-and-examples/llm-mesh.html): an LLM handle
  comes from ``dataiku.api_client().get_default_project().get_llm(LLM_ID)``, where an id looks
  like ``openai:<connection>:<model>`` (``project.list_llms()`` lists them);
  ``llm.new_completion()`` gives a query; ``completion.with_message(text, role=...)`` adds a
  message, roles ``system``, ``user`` and ``assistant`` ("Multi-turn and system prompts");
  ``completion.settings["temperature"] = ...`` sets the temperature ("Completion settings");
  ``resp = completion.execute()``, then ``if resp.success: resp.text``.
- API reference, ``dataikuapi.dss.llm.DSSLLMCompletionResponse``: ``success`` is the raw
  response's ``ok``; ``text`` raises unless the call succeeded, with the response's
  ``errorMessage``.
- Token usage is not a documented property of the response: the client's own LangChain
  adapter (``dataikuapi/dss/langchain/llm.py``) reads ``promptTokens``, ``completionTokens``,
  ``totalTokens`` and ``estimatedCost`` from the raw response. They are read here the same
  way, when present, and only for the log lines.
- Recipe parameters: the plugin parameter reference (doc.dataiku.com/dss/latest/plugins/
  reference/params.html) lists no LLM-selection type that we could confirm, so the recipes
  take the LLM id as a ``STRING``.
"""

from __future__ import annotations

import logging

import dataiku

from orientation.llm import AnswerCache, Completion, LLMCallError, safe_error_text

logger = logging.getLogger(__name__)


class LLMMeshBackend:
    """Completions from an LLM of the DSS LLM Mesh, one query per call, temperature 0.

    Args:
        llm_id (str): LLM Mesh id, e.g. ``openai:my-connection:gpt-4o-mini``.
    """

    def __init__(self, llm_id: str) -> None:
        self.llm_id = llm_id
        self.llm = dataiku.api_client().get_default_project().get_llm(llm_id)

    def complete(self, messages: list[dict], *, temperature: float = 0.0) -> Completion:
        completion = self.llm.new_completion()
        for message in messages:
            completion.with_message(message["content"], role=message["role"])
        completion.settings["temperature"] = temperature
        try:
            response = completion.execute()
        except Exception as exc:  # noqa: BLE001 - the client raises several types (HTTP, DSS); all mean "call failed"
            raise LLMCallError(f"LLM Mesh call to '{self.llm_id}' failed: {type(exc).__name__}: "
                               f"{safe_error_text(exc, messages)}") from None
        raw = getattr(response, "_raw", None) or {}
        if not response.success:
            raise LLMCallError(f"LLM Mesh call to '{self.llm_id}' failed: "
                               f"{safe_error_text(raw.get('errorMessage'), messages)}")
        return Completion(response.text or "", int(raw.get("promptTokens") or 0), int(raw.get("completionTokens") or 0))


def start_llm_run(model, settings, llm_id: str = "", cache_folder: str | None = None) -> None:
    """Attach the LLM Mesh, the call cap and the cache to an ``llm`` model before scoring.

    Args:
        model: the loaded model; nothing happens unless its family is ``llm``.
        settings (ScoreSettings): ``llm_max_calls`` and ``llm_cache``.
        llm_id (str): LLM Mesh id from the score recipe; empty: the one in the model folder.
        cache_folder (str | None): managed folder keeping the cache across runs.
    """
    if model.algorithm != "llm":
        return
    from dku_io import FolderStorage
    from dku_params import ParamsError

    llm_id = llm_id or model.llm_id
    if not llm_id:
        raise ParamsError(
            "Set 'LLM (identifiant LLM Mesh)' (llm_id) in the score recipe: this model was trained for the HTTP "
            f"endpoint model '{model.llm_model}' and holds no LLM Mesh id. List the ids with project.list_llms()."
        )
    cache = None
    if settings.llm_cache:
        cache = AnswerCache(FolderStorage(cache_folder) if cache_folder else None)
    model.start_run(LLMMeshBackend(llm_id), max_calls=settings.llm_max_calls, cache=cache, model_id=llm_id)
