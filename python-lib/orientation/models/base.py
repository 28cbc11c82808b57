"""The contract every model family follows, and the registry that loads them.

Every family answers the same question with the same output: probabilities over
the catalogue's channels, in catalogue order, and a French explanation per row.
The score and evaluate steps never ask which family they hold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..artefacts import Storage, read_model_folder, write_model_folder
from ..errors import ModelArtefactError, NotFittedError


@dataclass
class Prediction:
    """The output of a model on one chunk.

    Attributes:
        proba (np.ndarray): probabilities, shape (n_rows, n_channels), rows sum to 1.
        evidence (list[list[str]] | None): per row, the words of the text that weighed most
            for the chosen channel, best first; None when no explanation was asked.
        details (dict[str, list]): optional extra columns (signals, rule), one list per column.
    """

    proba: np.ndarray
    evidence: list[list[str]] | None = None
    details: dict | None = None


class TextClassifier:
    """Base class: ``fit``, ``predict``, and saving to / loading from a model folder.

    Subclasses set ``algorithm`` and ``format`` and implement ``fit``, ``predict``,
    ``_state`` and ``_from_state``.

    Args:
        channels (tuple[str, ...]): channel ids, in catalogue order.
    """

    algorithm: str = ""
    format: str = ""
    uses_signals: bool = False  # whether predict() takes the extracted signals

    def __init__(self, *, channels: tuple[str, ...]) -> None:
        self.channels = tuple(channels)

    # Hooks --------------------------------------------------------------------------
    def fit(self, texts: list[str], labels: np.ndarray, features: pd.DataFrame | None = None) -> "TextClassifier":
        raise NotImplementedError

    def predict(
        self, texts: list[str], features: pd.DataFrame | None = None, *, explain: bool = False, top_words: int = 3,
        signals=None,
    ) -> Prediction:
        raise NotImplementedError

    def _state(self) -> tuple[dict, dict[str, bytes]]:
        """Parameters for the manifest, and files (name -> bytes) to write."""
        raise NotImplementedError

    @classmethod
    def _from_state(cls, manifest: dict, files: dict[str, bytes]) -> "TextClassifier":
        raise NotImplementedError

    # Shared -------------------------------------------------------------------------
    @property
    def feature_columns(self) -> tuple[str, ...]:
        return tuple(getattr(self, "feature_columns_", ()))

    @property
    def proper_noun_mask(self):
        """The proper-noun mask the model reads texts through: its own, or its linear part's
        (hybrid, embedding); None for the rules and for folders written before the mask."""
        own = getattr(self, "mask_", None)
        return own if own is not None else getattr(getattr(self, "linear_", None), "mask_", None)

    def offline(self) -> "TextClassifier":
        """The model that answers without calling any outside service (training validation)."""
        return self

    def predict_proba(self, texts: list[str], features: pd.DataFrame | None = None) -> np.ndarray:
        return self.predict(texts, features).proba

    def check_fitted(self) -> None:
        if not getattr(self, "fitted_", False):
            raise NotFittedError(f"{type(self).__name__} is not fitted yet: call fit(texts, labels) first.")

    def save(self, storage: Storage, *, extra: dict | None = None) -> dict:
        """Write the model folder; ``extra`` (metrics, training settings) goes into the manifest."""
        self.check_fitted()
        params, files = self._state()
        head = getattr(self, "urgence_head_", None)
        if head is not None:  # the learned urgence head (trained families): JSON + npz beside the model
            head_params, head_files = head.state()
            files = {**files, **head_files}
        manifest = {
            "format": self.format,
            "algorithm": self.algorithm,
            "channels": list(self.channels),
            "feature_columns": list(self.feature_columns),
            "params": params,
        }
        if head is not None:
            manifest["urgence_head"] = head_params
        manifest.update(extra or {})
        return write_model_folder(storage, manifest, files)


def load_model(storage: Storage) -> TextClassifier:
    """Load any model family from a model folder, checking checksums and format."""
    from . import REGISTRY

    formats = tuple(cls.format for cls in REGISTRY.values())
    manifest, files = read_model_folder(storage, formats)
    cls = next(c for c in REGISTRY.values() if c.format == manifest["format"])
    try:
        model = cls._from_state(manifest, files)
        if "urgence_head" in manifest:
            from ..urgence_head import UrgenceHead

            model.urgence_head_ = UrgenceHead.from_state(manifest["urgence_head"], files)
    except KeyError as exc:
        raise ModelArtefactError(f"E307 The model folder lacks the entry {exc} that format '{cls.format}' needs.") from None
    model.manifest_ = manifest
    return model
