"""Text helpers: normalisation, pseudonymisation, character folding."""

from .normalize import normalize_text
from .pseudonymize import Pseudonymizer

__all__ = ["normalize_text", "Pseudonymizer"]
