"""LLM family: an LLM prompted with the guide, the catalogue and nearest labelled examples.

The model folder holds the prompt configuration (LLM id or endpoint and model name, prompt
version, number of examples), the labelled examples (pseudonymised) and a fallback model of
another family (``linear`` by default) trained on the same rows, in ``fallback/``. It never
holds a key: the key of an HTTP endpoint comes from an environment variable, and in DSS the
LLM Mesh connection holds the credentials.

Training makes no LLM call: the validation metrics are those of the fallback model. The LLM
is measured by scoring a labelled set and running the evaluate step.
"""

from __future__ import annotations

import logging

import numpy as np

from ..artefacts import json_from_bytes, json_to_bytes, sha256
from ..catalogue import load_catalogue
from ..errors import SettingsError
from ..llm import PROMPT_VERSION, AnswerCache, CompletionBackend, HttpChatBackend, LLMOrienter
from ..text import Pseudonymizer, normalize_text
from .base import Prediction, TextClassifier

logger = logging.getLogger(__name__)

LLM_CONFIDENCE = 0.9
FALLBACK_DIR = "fallback/"


class LLMClassifier(TextClassifier):
    """Prompted LLM with a fallback model of another family.

    Args:
        channels (tuple[str, ...]): catalogue order.
        fallback (TextClassifier): unfitted model of another family (``linear``, ``rules`` or
            ``hybrid``), trained on the same rows; it answers the rows the LLM does not.
        llm_id (str): LLM Mesh id (DSS), e.g. ``openai:my-connection:gpt-4o-mini``.
        endpoint (str): OpenAI-compatible base URL (command line).
        llm_model (str): model name for that endpoint.
        k (int): labelled examples per prompt.

    Attributes:
        examples_ (list[tuple[str, str]]): pseudonymised training texts and their channel.
        fallback_ (TextClassifier): the fitted fallback model.
    """

    algorithm = "llm"
    format = "orientation.llm.v2"

    def __init__(self, *, channels, fallback: TextClassifier | None = None, llm_id: str = "", endpoint: str = "",
                 llm_model: str = "", k: int = 4) -> None:
        super().__init__(channels=channels)
        self.fallback = fallback
        self.llm_id = llm_id
        self.endpoint = endpoint
        self.llm_model = llm_model
        self.k = k
        self._orienter_ = None

    @property
    def uses_signals(self) -> bool:
        model = getattr(self, "fallback_", None) or self.fallback
        return bool(model is not None and model.uses_signals)

    @property
    def model_id(self) -> str:
        """The LLM's id: LLM Mesh id if there is one, else the endpoint's model name."""
        return self.llm_id or self.llm_model

    @property
    def temperature_(self) -> float:
        if not hasattr(getattr(self, "fallback_", None), "temperature_"):
            raise AttributeError("temperature_")
        return self.fallback_.temperature_

    @temperature_.setter
    def temperature_(self, value: float) -> None:
        if hasattr(self.fallback_, "temperature_"):
            self.fallback_.temperature_ = value

    @property
    def prompt_id(self) -> str:
        """Prompt version, number of examples and a fingerprint of the examples: a cached answer
        is reused only for the same prompt, so retraining on other rows starts a fresh cache."""
        return f"{PROMPT_VERSION}+k{self.k}+{sha256(json_to_bytes(self.examples_))[:12]}"

    def offline(self) -> TextClassifier:
        """The fallback model: it answers without calling the LLM (validation during training)."""
        return self.fallback_

    def start_run(self, backend: CompletionBackend, *, max_calls: int = 10_000, cache: AnswerCache | None = None,
                  model_id: str | None = None) -> LLMOrienter:
        """Attach the backend, the call cap and the cache for one scoring run."""
        self.check_fitted()
        # The fallback's proper-noun mask (linear, hybrid) keeps first names and towns out of the prompt too.
        mask = self.fallback_.proper_noun_mask
        self._orienter_ = LLMOrienter(backend, load_catalogue(), self.examples_, k=self.k, max_calls=max_calls,
                                      cache=cache, model_id=model_id or self.model_id, prompt_version=self.prompt_id,
                                      mask=mask)
        logger.info("LLM run: model '%s', %d examples per prompt, at most %d calls, cache %s",
                    model_id or self.model_id, self.k, max_calls,
                    "off" if cache is None else ("in memory" if cache.storage is None else "in memory and folder"))
        return self._orienter_

    def _orienter(self) -> LLMOrienter:
        if self._orienter_ is None:
            if not self.endpoint:
                raise SettingsError(
                    "E211 This 'llm' model has no backend attached: in DSS the score recipe uses the LLM Mesh; "
                    "on the command line give --llm-endpoint (an OpenAI-compatible URL) and --llm-model."
                )
            self.start_run(HttpChatBackend(self.endpoint, self.llm_model))
        return self._orienter_

    def fit(self, texts, labels, features=None, signals=None) -> "LLMClassifier":
        if self.fallback is None:
            raise SettingsError("E212 LLMClassifier needs a fallback model (linear, rules or hybrid).")
        pseudo = Pseudonymizer()
        self.examples_ = [(pseudo.pseudonymize(normalize_text(t))[0], self.channels[int(y)]) for t, y in zip(texts, labels)]
        fb = self.fallback
        self.fallback_ = fb.fit(texts, labels, features, signals=signals) if fb.uses_signals else fb.fit(texts, labels, features)
        self.feature_columns_ = self.fallback_.feature_columns
        self._orienter_ = None
        self.fitted_ = True
        return self

    def calibrate(self, texts, labels, features=None, signals=None) -> float:
        fb = self.fallback_
        if not hasattr(fb, "calibrate"):
            return 1.0
        return fb.calibrate(texts, labels, features, signals=signals) if fb.uses_signals else fb.calibrate(texts, labels, features)

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        fb = self.fallback_
        if fb.uses_signals:
            fallback = fb.predict(texts, features, explain=explain, top_words=top_words, signals=signals)
        else:
            fallback = fb.predict(texts, features, explain=explain, top_words=top_words)
        results = self._orienter().orient_batch(list(texts))
        proba = fallback.proba.copy()
        names = {c.id: c.name for c in load_catalogue().channels}
        status, sentences = [], []
        for i, result in enumerate(results):
            status.append(result.status)
            if result.channel is None:
                sentences.append("")  # the fallback model explains its own decision
                continue
            k = self.channels.index(result.channel)
            proba[i] = (1 - LLM_CONFIDENCE) / (len(self.channels) - 1)
            proba[i, k] = LLM_CONFIDENCE
            name = names.get(result.channel, result.channel)
            reason = result.reason.strip().rstrip(".")
            sentences.append(f"Orienté vers « {name} » : {reason}." if reason
                             else f"Orienté vers « {name} » par le modèle de langage.")
        details = {k: v for k, v in (fallback.details or {}).items() if k == "decisions"}
        # The LLM's own urgence answer; the score step raises urgence when it or the cues say so.
        urgence = [int(r.urgence) if r.channel is not None else 0 for r in results]
        details.update({"rule": status, "sentences": sentences, "urgence": urgence})
        return Prediction(proba=proba.astype(np.float32), evidence=fallback.evidence, details=details)

    def _state(self):
        fb_params, fb_files = self.fallback_._state()
        params = {"llm_id": self.llm_id, "endpoint": self.endpoint, "llm_model": self.llm_model, "k": self.k,
                  "prompt_version": PROMPT_VERSION,
                  "fallback": {"algorithm": self.fallback_.algorithm, "format": self.fallback_.format, "params": fb_params}}
        files = {FALLBACK_DIR + name: data for name, data in fb_files.items()}
        files["examples.json"] = json_to_bytes(self.examples_)
        return params, files

    @classmethod
    def _from_state(cls, manifest, files):
        from . import REGISTRY

        p = manifest["params"]
        fb_cls = REGISTRY[p["fallback"]["algorithm"]]
        fb_files = {name[len(FALLBACK_DIR):]: data for name, data in files.items() if name.startswith(FALLBACK_DIR)}
        model = cls(channels=tuple(manifest["channels"]), llm_id=p["llm_id"], endpoint=p["endpoint"],
                    llm_model=p["llm_model"], k=p["k"])
        model.fallback_ = fb_cls._from_state(dict(manifest, params=p["fallback"]["params"]), fb_files)
        model.examples_ = [tuple(x) for x in json_from_bytes(files["examples.json"], "examples.json")]
        model.feature_columns_ = model.fallback_.feature_columns
        model.fitted_ = True
        return model
