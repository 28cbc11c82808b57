"""Information extraction: the facts that decide the channel, each with the span that triggered it."""

from .extractor import Signal, SignalExtractor, SignalSet, extractor_from_dict, fold_texts, load_extractor

__all__ = ["Signal", "SignalExtractor", "SignalSet", "extractor_from_dict", "fold_texts", "load_extractor"]
