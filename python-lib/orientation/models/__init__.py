"""Model families. Each one subclasses :class:`TextClassifier`."""

from .base import Prediction, TextClassifier, load_model
from .embedding import EmbeddingClassifier
from .hybrid import HybridClassifier
from .linear import LinearClassifier
from .llm_model import LLMClassifier
from .rules_model import RulesClassifier
from .transformer import TransformerClassifier

REGISTRY: dict[str, type[TextClassifier]] = {
    "linear": LinearClassifier,
    "rules": RulesClassifier,
    "hybrid": HybridClassifier,
    "embedding": EmbeddingClassifier,
    "transformer": TransformerClassifier,
    "llm": LLMClassifier,
}

__all__ = ["Prediction", "TextClassifier", "LinearClassifier", "RulesClassifier", "HybridClassifier", "EmbeddingClassifier", "LLMClassifier",
           "TransformerClassifier", "REGISTRY",
           "load_model"]
