"""Hybrid family: the linear model and the rules, combined.

Three designs, chosen by ``mode`` and compared in ``bench/bench_rules.py``:

- ``features``: the extracted signals are added to the n-gram features of the linear
  model, which learns how much each fact weighs;
- ``override``: the linear model decides, except where a rule with a confidence at or
  above ``override_confidence`` holds, which then decides;
- ``both``: signals as features, and confident rules override.
"""

from __future__ import annotations

import numpy as np

from ..errors import SettingsError
from .base import Prediction, TextClassifier
from .linear import LinearClassifier, LinearHeadMixin
from .rules_model import RulesClassifier

MODES = ("features", "override", "both")


class HybridClassifier(LinearHeadMixin, TextClassifier):
    """Linear model with signal features and/or rule overrides.

    Args:
        channels (tuple[str, ...]): catalogue order.
        mode (str): ``features``, ``override`` or ``both``.
        override_confidence (float): rules at or above this confidence override the linear model.
        linear_params (dict): keyword arguments of the inner :class:`LinearClassifier`.

    Attributes:
        rules_ (RulesClassifier), linear_ (LinearClassifier): the two fitted parts.
    """

    algorithm = "hybrid"
    format = "orientation.hybrid.v1"
    uses_signals = True

    def __init__(self, *, channels, mode: str = "both", override_confidence: float = 0.85,
                 linear_params: dict | None = None, feature_columns: tuple[str, ...] = ()) -> None:
        super().__init__(channels=channels)
        if mode not in MODES:
            raise SettingsError(f"E170 HybridClassifier: mode must be one of {list(MODES)}; got {mode!r}.")
        if not 0 < override_confidence <= 1:
            raise SettingsError(f"E171 HybridClassifier: override_confidence must be in (0, 1]; got {override_confidence!r}.")
        self.mode = mode
        self.override_confidence = override_confidence
        self.linear_params = dict(linear_params or {})
        self.feature_columns_ = tuple(feature_columns)

    def _new_linear(self) -> LinearClassifier:
        ids = tuple(self.rules_.extractor_.ids) if self.mode in ("features", "both") else ()
        return LinearClassifier(channels=self.channels, feature_columns=self.feature_columns_, signal_ids=ids,
                                **self.linear_params)

    def fit(self, texts, labels, features=None, signals=None) -> "HybridClassifier":
        self.rules_ = RulesClassifier(channels=self.channels, feature_columns=self.feature_columns_).fit()
        signals = signals if signals is not None else self.rules_.extract(texts)
        self.linear_ = self._new_linear().fit(texts, labels, features, signals=signals)
        self.fitted_ = True
        return self

    def calibrate(self, texts, labels, features=None, signals=None) -> float:
        signals = signals if signals is not None else self.rules_.extract(texts)
        return self.linear_.calibrate(texts, labels, features, signals=signals)

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        signals = signals if signals is not None else self.rules_.extract(texts)
        pred = self.linear_.predict(texts, features, explain=explain, top_words=top_words, signals=signals)
        decisions = self.rules_.decide(texts, features, signals)
        proba = pred.proba
        overridden = np.zeros(len(texts), dtype=bool)
        if self.mode in ("override", "both"):
            conf = np.array([d.rule.confidence if d.rule else 0.0 for d in decisions])
            overridden = conf >= self.override_confidence
            if overridden.any():
                proba = proba.copy()
                proba[overridden] = self.rules_.decisions_to_proba([d for d, o in zip(decisions, overridden) if o])
        details = {
            "rule": [d.rule.id if d.rule else "" for d in decisions],
            "decisions": decisions,
            "overridden": overridden,
        }
        return Prediction(proba=proba, evidence=pred.evidence, details=details)

    def _state(self):
        lin_params, lin_files = self.linear_._state()
        rules_params, rules_files = self.rules_._state()
        params = {"mode": self.mode, "override_confidence": self.override_confidence, "linear": lin_params,
                  "rules": rules_params, "linear_params": self.linear_params}
        return params, {**lin_files, **rules_files}

    @classmethod
    def _from_state(cls, manifest, files):
        p = manifest["params"]
        model = cls(channels=tuple(manifest["channels"]), mode=p["mode"], override_confidence=p["override_confidence"],
                    linear_params=p.get("linear_params", {}), feature_columns=tuple(manifest.get("feature_columns", ())))
        model.rules_ = RulesClassifier._from_state(manifest, files)
        inner = dict(manifest, params=p["linear"])
        model.linear_ = LinearClassifier._from_state(inner, files)
        model.fitted_ = True
        return model

