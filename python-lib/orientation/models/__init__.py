"""Model families. Each one subclasses :class:`TextClassifier`."""

from .base import Prediction, TextClassifier, load_model
from .linear import LinearClassifier

REGISTRY: dict[str, type[TextClassifier]] = {"linear": LinearClassifier}

__all__ = ["Prediction", "TextClassifier", "LinearClassifier", "REGISTRY", "load_model"]
