"""Training: checks the data, splits it, fits a model family and measures it."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, replace

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from .catalogue import OUT_OF_SCOPE, Catalogue
from .errors import InputDataError
from .metrics import macro_f1, metrics_frame
from .models import (EmbeddingClassifier, HybridClassifier, LinearClassifier, LLMClassifier, RulesClassifier,
                     TextClassifier, TransformerClassifier)
from .settings import TrainSettings
from .signals import load_extractor
from .urgence import load_urgence
from .urgence_head import UrgenceHead, urgence_labels
from .validation import require_columns, text_values

logger = logging.getLogger(__name__)


@dataclass
class TrainingReport:
    """What training did, for the manifest, the logs and the metrics dataset.

    Attributes:
        n_rows (int): rows received.
        n_used (int): rows used for training and validation.
        n_out_of_scope (int): ``HORS_CHAMP`` rows left out (when not a class).
        n_bad_text (int): rows left out because their text is empty or not text.
        validation_macro_f1 (float): on the held-out split, before any refit.
        temperature (float): calibration temperature.
        seconds (float): training time.
        metrics (pd.DataFrame): long-form metrics of the validation split.
    """

    n_rows: int
    n_used: int
    n_out_of_scope: int
    n_bad_text: int
    validation_macro_f1: float
    temperature: float
    seconds: float
    metrics: pd.DataFrame

    def summary(self) -> dict:
        d = asdict(self)
        d.pop("metrics")
        return d


def build_model(settings: TrainSettings, channels: tuple[str, ...]) -> TextClassifier:
    """The untrained model that ``settings.algorithm`` names."""
    linear_params = dict(
        C=settings.C,
        class_weight=settings.class_weight,
        char_ngram_range=(settings.char_ngram_min, settings.char_ngram_max),
        min_df=settings.min_df,
        max_features=settings.max_features,
        mask_proper_nouns=settings.mask_proper_nouns,
    )
    if settings.algorithm == "linear":
        return LinearClassifier(channels=channels, feature_columns=settings.feature_columns, **linear_params)
    if settings.algorithm == "rules":
        return RulesClassifier(channels=channels, feature_columns=settings.feature_columns)
    if settings.algorithm == "hybrid":
        return HybridClassifier(channels=channels, mode=settings.hybrid_mode,
                                override_confidence=settings.override_confidence,
                                linear_params=linear_params, feature_columns=settings.feature_columns)
    if settings.algorithm == "embedding":
        return EmbeddingClassifier(channels=channels, base_model=settings.base_model, join_signals=settings.join_signals,
                                   max_length=settings.max_length, batch_size=settings.batch_size,
                                   linear_params=linear_params, feature_columns=settings.feature_columns)
    if settings.algorithm == "transformer":
        return TransformerClassifier(
            channels=channels, base_model=settings.base_model, epochs=settings.epochs,
            learning_rate=settings.learning_rate, batch_size=settings.batch_size, grad_accum=settings.grad_accum,
            max_length=settings.max_length, warmup_share=settings.warmup_share, patience=settings.patience,
            freeze_embeddings=settings.freeze_embeddings, train_layers=settings.train_layers, pooling=settings.pooling, device=settings.device,
            class_weight=settings.class_weight, seed=settings.seed, mask_proper_nouns=settings.mask_proper_nouns,
        )
    if settings.algorithm == "llm":
        fallback = build_model(replace(settings, algorithm=settings.llm_fallback), channels)
        return LLMClassifier(channels=channels, fallback=fallback, llm_id=settings.llm_id,
                             endpoint=settings.llm_endpoint, llm_model=settings.llm_model, k=settings.llm_examples)
    raise InputDataError(f"E130 Unknown algorithm '{settings.algorithm}'.")  # settings already refuse it


def training_rows(frame: pd.DataFrame, settings: TrainSettings, catalogue: Catalogue):
    """Texts, label indices and feature frame of the usable rows, plus the counts left out."""
    groups = [settings.group_column] if settings.group_column else []
    require_columns(frame, [settings.text_column, settings.label_column, *settings.feature_columns, *groups],
                    "training data")
    texts, bad = text_values(frame[settings.text_column])
    labels = frame[settings.label_column].astype("string").fillna("").str.strip()
    channels = catalogue.ids
    known = set(channels) | {OUT_OF_SCOPE}
    unknown = sorted(set(labels[~bad]) - known)
    if unknown:
        shown = unknown[:10]
        raise InputDataError(
            f"E131 Column '{settings.label_column}' has values that are not channels of the catalogue: {shown}"
            f"{' ...' if len(unknown) > 10 else ''}. Allowed: {list(channels)} and '{OUT_OF_SCOPE}'. "
            "Map or filter these rows before training, or add the channel to resource/channels.json."
        )
    oos = (labels == OUT_OF_SCOPE).to_numpy()
    if settings.include_out_of_scope:
        raise InputDataError(
            "E132 include_out_of_scope is not supported by this version: the catalogue has no "
            f"'{OUT_OF_SCOPE}' channel to learn. Leave it off; out-of-scope rows are reported, not learned."
        )
    keep = ~bad & ~oos
    index = {c: i for i, c in enumerate(channels)}
    y = np.array([index[v] for v in labels[keep]], dtype=np.int64)
    kept_texts = [t for t, k in zip(texts, keep) if k]
    feats = frame.loc[keep, list(settings.feature_columns)].reset_index(drop=True) if settings.feature_columns else None
    group = frame.loc[keep, settings.group_column].astype("string").fillna("").to_numpy() if groups else None
    return kept_texts, y, feats, int(oos[~bad].sum()), int(bad.sum()), group


def validation_split(y: np.ndarray, group: np.ndarray | None, settings: TrainSettings) -> tuple[np.ndarray, np.ndarray]:
    """Training and validation row indices: stratified by channel, or whole groups held out.

    Holding out whole groups (writers, sources) measures how the model serves a writer it
    never saw, which is what early stopping and model choice should track.
    """
    idx = np.arange(len(y))
    if group is not None:
        names = np.unique(group)
        if len(names) < 2:
            raise InputDataError(
                f"E134 Column '{settings.group_column}' has {len(names)} distinct value(s); holding out whole groups "
                "for validation needs at least two. Clear group_column or fill the column."
            )
        rng = np.random.default_rng(settings.seed)
        held, share = [], 0.0
        for name in rng.permutation(names):  # whole groups until the validation share is reached
            if share >= settings.validation_share:
                break
            held.append(name)
            share += float(np.mean(group == name))
        va = np.isin(group, held)  # never all rows: validation_share <= 0.5 and there are >= 2 groups
        logger.info("Validation holds out %d of %d groups of '%s' (%.0f %% of rows)",
                    len(held), len(names), settings.group_column, 100 * va.mean())
        return idx[~va], idx[va]
    counts = np.bincount(y)
    stratify = y if counts[counts > 0].min() >= 2 else None
    return tuple(train_test_split(idx, test_size=settings.validation_share, random_state=settings.seed,
                                  stratify=stratify))


def train(frame: pd.DataFrame, settings: TrainSettings, catalogue: Catalogue) -> tuple[TextClassifier, TrainingReport]:
    """Fit the model family of ``settings`` on ``frame`` and measure it on a stratified split."""
    start = time.perf_counter()
    texts, y, feats, n_oos, n_bad, group = training_rows(frame, settings, catalogue)
    counts = np.bincount(y, minlength=len(catalogue.ids))
    if (counts > 0).sum() < 2:
        raise InputDataError(
            f"E133 Training needs at least two channels with rows; found counts {dict(zip(catalogue.ids, counts.tolist()))}."
        )
    logger.info(
        "Training '%s' on %d rows (%d out of scope and %d without usable text left out); counts per channel: %s",
        settings.algorithm, len(y), n_oos, n_bad, dict(zip(catalogue.ids, counts.tolist())),
    )
    if settings.feature_columns and settings.algorithm == "transformer":
        logger.warning("The transformer family reads the text only: feature columns %s are not used.",
                       list(settings.feature_columns))
    signals = None
    if build_model(settings, catalogue.ids).uses_signals:
        signals = RulesClassifier(channels=catalogue.ids).fit().extract(texts)
    tr, va = validation_split(y, group, settings)

    def subset(rows):
        return ([texts[i] for i in rows], y[rows],
                feats.iloc[rows].reset_index(drop=True) if feats is not None else None,
                [signals[i] for i in rows] if signals is not None else None)

    def fit(model, t, yy, f, s, validation=None):
        if validation is not None:  # early stopping on the validation split (transformer)
            return model.fit(t, yy, f, validation=validation)
        return model.fit(t, yy, f, signals=s) if model.uses_signals else model.fit(t, yy, f)

    t_tr, y_tr, f_tr, s_tr = subset(tr)
    t_va, y_va, f_va, s_va = subset(va)
    model = build_model(settings, catalogue.ids)
    refits = getattr(model, "refits", True)
    model = fit(model, t_tr, y_tr, f_tr, s_tr, None if refits else (t_va, y_va))
    if hasattr(model, "calibrate"):
        temperature = model.calibrate(t_va, y_va, f_va, signals=s_va) if model.uses_signals else model.calibrate(t_va, y_va, f_va)
    else:
        temperature = 1.0
    judge = model.offline()  # the llm family is measured through its fallback: no LLM call at training
    if judge is not model:
        logger.info("Validation of '%s' measures its fallback model '%s' (no LLM call at training)",
                    settings.algorithm, judge.algorithm)
    pred = (judge.predict(t_va, f_va, signals=s_va) if judge.uses_signals else judge.predict(t_va, f_va)).proba.argmax(axis=1)
    val_f1 = macro_f1(y_va, pred, len(catalogue.ids))
    metrics = metrics_frame(y_va, pred, catalogue.ids, "validation")
    logger.info("Validation macro-F1 %.3f on %d rows, temperature %.2f", val_f1, len(va), temperature)
    if settings.refit_full and refits and settings.algorithm != "rules":
        encoder = getattr(model, "encoder_", None)
        model = build_model(settings, catalogue.ids)
        if encoder is not None:  # reuse the loaded encoder and its cache of embeddings
            model.base_model, model._preloaded = encoder.path, encoder
        model = fit(model, texts, y, feats, signals)
        if hasattr(model, "temperature_"):
            model.temperature_ = temperature
    if settings.urgence_column and settings.algorithm in URGENCE_HEAD_FAMILIES:
        model.urgence_head_ = train_urgence_head(frame, settings, model, texts, signals)
    seconds = time.perf_counter() - start
    logger.info("Training done in %.1f s", seconds)
    report = TrainingReport(
        n_rows=len(frame), n_used=len(y), n_out_of_scope=n_oos, n_bad_text=n_bad,
        validation_macro_f1=val_f1, temperature=temperature, seconds=seconds, metrics=metrics,
    )
    return model, report


URGENCE_HEAD_FAMILIES = ("linear", "hybrid", "embedding")


def train_urgence_head(frame: pd.DataFrame, settings: TrainSettings, model: TextClassifier, texts: list[str],
                       signals=None) -> UrgenceHead | None:
    """Fit the learned urgence head on the training rows that have a known flag.

    ``texts`` (and ``signals``, when already extracted) are the rows the model was trained on,
    in the order of :func:`training_rows`; the flags are read for the same rows. The facts come
    from the extractor the score step will use for this model, and the cue rules from
    ``resource/rules/urgence_fr.json``.
    """
    require_columns(frame, [settings.urgence_column], "training data")
    _, bad = text_values(frame[settings.text_column])
    labels = frame[settings.label_column].astype("string").fillna("").str.strip()
    keep = ~bad & (labels != OUT_OF_SCOPE).to_numpy()
    flags = urgence_labels(frame[settings.urgence_column].to_numpy(dtype=object)[keep], settings.urgence_column)
    known = flags >= 0
    if not known.any():
        logger.warning("Column '%s' has no 0/1 value on the training rows: no urgence head, cues only.",
                       settings.urgence_column)
        return None
    rules_part = getattr(model, "rules_", None) or model
    extractor = getattr(rules_part, "extractor_", None) or load_extractor()
    detector = load_urgence(extractor)
    if signals is None or getattr(rules_part, "extractor_", None) is None:
        signals = extractor.extract_batch(texts)
    rows = np.flatnonzero(known)
    sub_texts, sub_signals = [texts[i] for i in rows], [signals[i] for i in rows]
    cues = [detector.holding(s) for s in sub_signals]
    logger.info("Training the urgence head on %d rows (%d urgent, %d without a flag left out)",
                len(rows), int(flags[known].sum()), int((~known).sum()))
    return UrgenceHead(target_recall=settings.urgence_target_recall, seed=settings.seed,
                       mask=model.proper_noun_mask).fit(
        sub_texts, flags[known], sub_signals, cues, extractor.ids, detector.ids)


def manifest_extra(settings: TrainSettings, report: TrainingReport, catalogue: Catalogue) -> dict:
    """What the model folder records about its training."""
    return {
        "catalogue_version": catalogue.version,
        "catalogue_fingerprint": catalogue.fingerprint(),
        "training_settings": asdict(settings),
        "training_report": report.summary(),
        "validation_metrics": report.metrics.to_dict(orient="records"),
    }
