"""The evaluate step in one call: metrics, errors, bias audit, data-set explanations, counterfactual
test (when the model is given) and the HTML report. Shared by the command line and the recipe."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import pandas as pd

from ..catalogue import Catalogue
from ..errors import SettingsError
from ..validation import require_columns
from .bias import BootstrapSettings, bias_audit
from .counterfactual import CounterfactualSettings, counterfactual_test
from .evaluate import EvaluationResult, evaluate_scored
from .insights import dataset_insights
from .report import render_report

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditSettings:
    """Settings of the evaluate step.

    Attributes:
        label_column (str): true channel.
        urgence_column (str | None): true urgence (0/1), if any.
        text_column (str | None): description; without it, no bias audit, no counterfactual test
            and no examples in the report.
        title (str): report title.
        n_boot (int): resamples of the bias audit's intervals (100 to 20000).
        seed (int): seed of the resampling and of the counterfactual sample.
        counterfactual_rows (int): rows used by the counterfactual test (10 to 1000000).
    """

    label_column: str
    urgence_column: str | None = None
    text_column: str | None = "text"
    title: str = ""
    n_boot: int = 1000
    seed: int = 0
    counterfactual_rows: int = 2000

    def __post_init__(self) -> None:
        if not 100 <= self.n_boot <= 20_000:
            raise SettingsError(f"E186 evaluate: n_boot must be between 100 and 20000, got {self.n_boot!r}.")
        if not 10 <= self.counterfactual_rows <= 1_000_000:
            raise SettingsError(
                f"E187 evaluate: counterfactual_rows must be between 10 and 1000000, got {self.counterfactual_rows!r}.")


@dataclass
class AuditOutputs:
    """What the evaluate step writes."""

    result: EvaluationResult
    bias: pd.DataFrame | None
    insights: pd.DataFrame
    counterfactual: pd.DataFrame | None
    report: str

    def tables(self) -> dict[str, pd.DataFrame]:
        """Output name -> table, the optional ones only when computed."""
        out = {"metrics": self.result.metrics, "errors": self.result.errors, "insights": self.insights}
        if self.bias is not None:
            out["bias"] = self.bias
        if self.counterfactual is not None:
            out["counterfactual"] = self.counterfactual
        return out


def audit(frame: pd.DataFrame, settings: AuditSettings, catalogue: Catalogue, model=None) -> AuditOutputs:
    """Evaluate a scored dataset with its true channel; ``model`` (the one that scored it) is optional."""
    text = settings.text_column or None
    if text:
        require_columns(frame, [text], "scored dataset")
    result = evaluate_scored(frame, settings.label_column, catalogue, settings.urgence_column, text)
    bias = None
    if text:
        start = time.perf_counter()
        bias = bias_audit(frame, settings.label_column, catalogue, text,
                          BootstrapSettings(n_boot=settings.n_boot, seed=settings.seed))
        logger.info("Bias audit: %d facet values, %d with a significant gap, in %.1f s", len(bias),
                    int(bias["significant"].sum()) if len(bias) else 0, time.perf_counter() - start)
    insights = dataset_insights(frame, settings.label_column, model)
    counterfactual = None
    if model is not None and text:
        start = time.perf_counter()
        counterfactual = counterfactual_test(frame, text, model, catalogue,
                                             CounterfactualSettings(max_rows=settings.counterfactual_rows,
                                                                    seed=settings.seed))
        logger.info("Counterfactual test done in %.1f s", time.perf_counter() - start)
    report = render_report(result, catalogue, title=settings.title, text_column=text, bias=bias, insights=insights,
                           counterfactual=counterfactual)
    return AuditOutputs(result, bias, insights, counterfactual, report)
