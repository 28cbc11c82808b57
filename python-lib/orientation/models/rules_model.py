"""Rules family: the guide's decision procedure on extracted signals, no training.

``fit`` only records the lexicon and the rules (their JSON, copied into the model
folder with their versions), so that a model folder always scores the same way,
whatever later edits to ``resource/``.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ..artefacts import json_from_bytes, json_to_bytes
from ..catalogue import RESOURCE_DIR
from ..rules import FORM_FIELDS, Decision, rules_from_dict
from ..signals import SignalSet, extractor_from_dict
from .base import Prediction, TextClassifier

# Probability given to COMMISSARIAT, the guide's "otherwise", when no rule holds.
FALLBACK_CONFIDENCE = 0.3


def read_resource_json(relative: str) -> dict:
    return json.loads((RESOURCE_DIR / relative).read_text(encoding="utf-8"))


def form_rows(features: pd.DataFrame | None, n: int) -> list[dict[str, str]]:
    """Form fields of each row as dicts (empty when the frame lacks them)."""
    if features is None:
        return [{} for _ in range(n)]
    cols = [c for c in FORM_FIELDS if c in features.columns]
    if not cols:
        return [{} for _ in range(n)]
    values = features[cols].astype("string").fillna("").to_numpy(dtype=object)
    return [dict(zip(cols, row)) for row in values]


def rules_sentence(channel_name: str, decision: Decision) -> str:
    """« Orienté vers « X » : fact (« quote ») et fact (« quote ») ; why. »"""
    parts = [f"{fact} (« {quote} »)" if quote else fact for fact, quote in decision.facts[:3]]
    facts = ", ".join(parts[:-1]) + (" et " if len(parts) > 1 else "") + parts[-1] if parts else ""
    why = decision.rule.why if decision.rule else ""
    if facts:
        return f"Orienté vers « {channel_name} » : {facts} ; {why}."
    return f"Orienté vers « {channel_name} » : {why}."


class RulesClassifier(TextClassifier):
    """Signals + ordered rules. Probabilities: the deciding rule's confidence on its channel,
    the rest spread evenly; when no rule holds, COMMISSARIAT with low confidence.

    Attributes:
        extractor_ (SignalExtractor), engine_ (RuleEngine): compiled from the saved JSON.
    """

    algorithm = "rules"
    format = "orientation.rules.v1"
    uses_signals = True

    def __init__(self, *, channels: tuple[str, ...], signals_json: dict | None = None, rules_json: dict | None = None,
                 feature_columns: tuple[str, ...] = ()) -> None:
        super().__init__(channels=channels)
        self.signals_json = signals_json
        self.rules_json = rules_json
        self.feature_columns_ = tuple(c for c in feature_columns if c in FORM_FIELDS)

    def _compile(self) -> None:
        self.extractor_ = extractor_from_dict(self.signals_json)
        self.engine_ = rules_from_dict(self.rules_json, self.extractor_, self.channels)
        self._index = {c: i for i, c in enumerate(self.channels)}
        self.fitted_ = True

    def fit(self, texts=None, labels=None, features=None, signals=None) -> "RulesClassifier":
        self.signals_json = self.signals_json or read_resource_json("signals_fr.json")
        self.rules_json = self.rules_json or read_resource_json("rules/rules_fr.json")
        self._compile()
        return self

    def extract(self, texts: list[str]) -> list[SignalSet]:
        self.check_fitted()
        return self.extractor_.extract_batch(texts)

    def decide(self, texts: list[str], features: pd.DataFrame | None, signals: list[SignalSet] | None) -> list[Decision]:
        signals = signals if signals is not None else self.extract(texts)
        forms = form_rows(features, len(texts))
        return [self.engine_.decide(s, t, f) for s, t, f in zip(signals, texts, forms)]

    def decisions_to_proba(self, decisions: list[Decision]) -> np.ndarray:
        n_ch = len(self.channels)
        proba = np.empty((len(decisions), n_ch), dtype=np.float32)
        fallback = self._index.get("COMMISSARIAT", n_ch - 1)
        for i, d in enumerate(decisions):
            k = self._index[d.channel] if d.channel else fallback
            c = d.rule.confidence if d.rule else FALLBACK_CONFIDENCE
            proba[i] = (1 - c) / (n_ch - 1)
            proba[i, k] = c
        return proba

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        decisions = self.decide(texts, features, signals)
        proba = self.decisions_to_proba(decisions)
        details = {"rule": [d.rule.id if d.rule else "" for d in decisions], "decisions": decisions}
        return Prediction(proba=proba, evidence=None, details=details)

    def _state(self):
        params = {"signals_version": self.signals_json.get("version", ""), "rules_version": self.rules_json.get("version", "")}
        return params, {"signals.json": json_to_bytes(self.signals_json), "rules.json": json_to_bytes(self.rules_json)}

    @classmethod
    def _from_state(cls, manifest, files):
        model = cls(channels=tuple(manifest["channels"]),
                    signals_json=json_from_bytes(files["signals.json"], "signals.json"),
                    rules_json=json_from_bytes(files["rules.json"], "rules.json"),
                    feature_columns=tuple(manifest.get("feature_columns", ())))
        model._compile()
        return model
