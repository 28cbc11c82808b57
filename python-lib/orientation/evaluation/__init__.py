"""Evaluation: metrics, errors and an HTML report, the same way for every model family."""

from .evaluate import EvaluationResult, evaluate_scored

__all__ = ["EvaluationResult", "evaluate_scored"]
