"""Embedding family: frozen sentence embeddings of a pretrained encoder, with a linear head.

The encoder (a local checkpoint, e.g. multilingual-e5-small) is not trained: each
description becomes its mean-pooled embedding, optionally joined to the n-gram
TF-IDF features and to the extracted signals, and a calibrated logistic regression
learns the channels. The checkpoint's files are copied into the model folder, so the
folder scores on its own, offline.
"""

from __future__ import annotations

from ..errors import SettingsError
from ..text.proper_nouns import ProperNounMask
from .base import Prediction, TextClassifier
from .encoder import Encoder, encoder_from_files
from .linear import LinearClassifier, LinearHeadMixin
from .rules_model import RulesClassifier


class EmbeddingClassifier(LinearHeadMixin, TextClassifier):
    """Frozen encoder + linear head.

    Args:
        channels (tuple[str, ...]): catalogue order.
        base_model (str): local checkpoint folder (training only; the model folder keeps a copy).
        join_ngrams (bool): add the n-gram TF-IDF features (recommended: keeps the exact words).
        join_signals (bool): add the extracted signals as features.
        dense_weight (float): scale of the embedding block against the n-gram blocks.
        max_length (int), batch_size (int): encoder settings.
        linear_params (dict): keyword arguments of the inner :class:`LinearClassifier`.
    """

    algorithm = "embedding"
    format = "orientation.embedding.v1"

    def __init__(self, *, channels, base_model: str | None = None, join_ngrams: bool = True, join_signals: bool = False,
                 dense_weight: float = 1.0, max_length: int = 128, batch_size: int = 32,
                 linear_params: dict | None = None, feature_columns: tuple[str, ...] = ()) -> None:
        super().__init__(channels=channels)
        self.base_model = base_model
        self.join_ngrams = join_ngrams
        self.join_signals = join_signals
        self.dense_weight = dense_weight
        self.max_length = max_length
        self.batch_size = batch_size
        self.linear_params = dict(linear_params or {})
        self.feature_columns_ = tuple(feature_columns)

    @property
    def uses_signals(self) -> bool:  # type: ignore[override]
        return self.join_signals

    def _inner(self) -> LinearClassifier:
        params = dict(self.linear_params)
        if not self.join_ngrams:
            params["max_features"] = 100  # a token vocabulary: the text block is kept tiny
        ids = tuple(self.rules_.extractor_.ids) if self.join_signals else ()
        return LinearClassifier(channels=self.channels, feature_columns=self.feature_columns_, signal_ids=ids,
                                dense_dim=self.encoder_.dim, dense_weight=self.dense_weight, **params)

    def fit(self, texts, labels, features=None, signals=None) -> "EmbeddingClassifier":
        if not self.base_model:
            raise SettingsError("E192 The embedding family needs a base model: a local checkpoint folder.")
        preloaded = getattr(self, "_preloaded", None)
        self.encoder_ = preloaded or Encoder(self.base_model, max_length=self.max_length, batch_size=self.batch_size)
        self.rules_ = RulesClassifier(channels=self.channels).fit() if self.join_signals else None
        if self.join_signals and signals is None:
            signals = self.rules_.extract(texts)
        inner = self._inner()
        # The encoder reads the texts the n-gram block reads: proper nouns masked the same way.
        mask = ProperNounMask().fit(texts, always_keep=self.channels) if inner.mask_proper_nouns else None
        dense = self.encoder_.encode(mask.transform(texts) if mask is not None else texts)
        self.linear_ = inner.fit(texts, labels, features, signals=signals, dense=dense, mask=mask)
        self.fitted_ = True
        return self

    def _encode(self, texts):
        return self.encoder_.encode(self.linear_._masked(texts))

    def calibrate(self, texts, labels, features=None, signals=None) -> float:
        if self.join_signals and signals is None:
            signals = self.rules_.extract(texts)
        return self.linear_.calibrate(texts, labels, features, signals=signals, dense=self._encode(texts))

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        if self.join_signals and signals is None:
            signals = self.rules_.extract(texts)
        return self.linear_.predict(texts, features, explain=explain, top_words=top_words, signals=signals,
                                    dense=self._encode(texts))

    def _state(self):
        lin_params, lin_files = self.linear_._state()
        params = {"linear": lin_params, "join_ngrams": self.join_ngrams, "join_signals": self.join_signals,
                  "dense_weight": self.dense_weight, "max_length": self.max_length, "batch_size": self.batch_size,
                  "linear_params": self.linear_params, "encoder_dim": self.encoder_.dim}
        files = {**lin_files, **self.encoder_.files()}
        if self.join_signals:
            files.update(self.rules_._state()[1])
        return params, files

    @classmethod
    def _from_state(cls, manifest, files):
        p = manifest["params"]
        model = cls(channels=tuple(manifest["channels"]), join_ngrams=p["join_ngrams"], join_signals=p["join_signals"],
                    dense_weight=p["dense_weight"], max_length=p["max_length"], batch_size=p["batch_size"],
                    linear_params=p.get("linear_params", {}), feature_columns=tuple(manifest.get("feature_columns", ())))
        model.encoder_ = encoder_from_files(files, max_length=p["max_length"], batch_size=p["batch_size"])
        model.rules_ = RulesClassifier._from_state(manifest, files) if p["join_signals"] else None
        model.linear_ = LinearClassifier._from_state(dict(manifest, params=p["linear"]), files)
        model.fitted_ = True
        return model
