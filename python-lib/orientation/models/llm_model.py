"""LLM family: an LLM prompted with the guide, the catalogue and nearest labelled examples.

The model folder holds the prompt configuration (endpoint, model name, prompt version, k),
the labelled examples (pseudonymised) and a linear fallback model trained on the same rows;
never a key: the key comes from an environment variable at scoring time.
"""

from __future__ import annotations

import numpy as np

from ..artefacts import json_from_bytes, json_to_bytes
from ..catalogue import load_catalogue
from ..llm import PROMPT_VERSION, HttpChatBackend, LLMOrienter
from ..text import Pseudonymizer, normalize_text
from .base import Prediction, TextClassifier
from .linear import LinearClassifier, LinearHeadMixin

LLM_CONFIDENCE = 0.9


class LLMClassifier(LinearHeadMixin, TextClassifier):
    """Prompted LLM with a linear fallback.

    Args:
        channels (tuple[str, ...]): catalogue order.
        endpoint (str): OpenAI-compatible base URL.
        llm_model (str): model name for the endpoint.
        k (int): examples per prompt.
        max_calls (int): cap on LLM calls per scoring run.
        backend: optional backend object (tests, the DSS LLM Mesh); overrides the endpoint.
    """

    algorithm = "llm"
    format = "orientation.llm.v1"

    def __init__(self, *, channels, endpoint: str = "", llm_model: str = "", k: int = 4, max_calls: int = 10_000,
                 backend=None, linear_params: dict | None = None) -> None:
        super().__init__(channels=channels)
        self.endpoint = endpoint
        self.llm_model = llm_model
        self.k = k
        self.max_calls = max_calls
        self.backend = backend
        self.linear_params = dict(linear_params or {})

    def _orienter(self) -> LLMOrienter:
        """One orienter per loaded model: the example index is built once, the call cap spans the run."""
        if getattr(self, "_orienter_", None) is None:
            backend = self.backend or HttpChatBackend(self.endpoint, self.llm_model)
            self._orienter_ = LLMOrienter(backend, load_catalogue(), self.examples_, k=self.k, max_calls=self.max_calls)
        return self._orienter_

    def fit(self, texts, labels, features=None) -> "LLMClassifier":
        pseudo = Pseudonymizer()
        clean = [pseudo.pseudonymize(normalize_text(t))[0] for t in texts]
        self.examples_ = [(t, self.channels[int(y)]) for t, y in zip(clean, labels)]
        self._orienter_ = None
        self.linear_ = LinearClassifier(channels=self.channels, **self.linear_params).fit(texts, labels)
        self.fitted_ = True
        return self

    def calibrate(self, texts, labels, features=None) -> float:
        return self.linear_.calibrate(texts, labels)

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        fallback = self.linear_.predict(texts, explain=explain, top_words=top_words)
        orienter = self._orienter()
        proba = fallback.proba.copy()
        status, sentences = [], []
        names = {c.id: c.name for c in load_catalogue().channels}
        for i, text in enumerate(texts):
            result = orienter.orient(text)
            status.append(result.status.upper().replace("_", "-"))
            if result.channel is None:
                sentences.append("")
                continue
            k = self.channels.index(result.channel)
            proba[i] = (1 - LLM_CONFIDENCE) / (len(self.channels) - 1)
            proba[i, k] = LLM_CONFIDENCE
            reason = result.reason.strip().rstrip(".")
            sentences.append(f"Orienté vers « {names.get(result.channel, result.channel)} » : {reason}." if reason else "")
        return Prediction(proba=proba.astype(np.float32), evidence=fallback.evidence,
                          details={"rule": status, "sentences": sentences})

    def _state(self):
        lin_params, lin_files = self.linear_._state()
        params = {"endpoint": self.endpoint, "llm_model": self.llm_model, "k": self.k, "max_calls": self.max_calls,
                  "prompt_version": PROMPT_VERSION, "linear": lin_params, "linear_params": self.linear_params}
        return params, {**lin_files, "examples.json": json_to_bytes(self.examples_)}

    @classmethod
    def _from_state(cls, manifest, files):
        p = manifest["params"]
        model = cls(channels=tuple(manifest["channels"]), endpoint=p["endpoint"], llm_model=p["llm_model"], k=p["k"],
                    max_calls=p["max_calls"], linear_params=p.get("linear_params", {}))
        model.examples_ = [tuple(x) for x in json_from_bytes(files["examples.json"], "examples.json")]
        model.linear_ = LinearClassifier._from_state(dict(manifest, params=p["linear"]), files)
        model.fitted_ = True
        return model
