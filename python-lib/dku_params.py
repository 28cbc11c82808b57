"""Recipe settings -> validated settings objects. The only module that reads the recipe config.

Every problem raises :class:`ParamsError`, whose message names the setting as the
recipe form shows it, the value received and the fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from dataiku.customrecipe import get_input_names_for_role, get_output_names_for_role, get_recipe_config

from orientation.errors import SettingsError
from orientation.settings import PrepareSettings, ScoreSettings, TrainSettings


class ParamsError(SettingsError):
    """A recipe setting or role is missing or wrong."""


def _one(role: str, label: str, inputs: bool = True, required: bool = True) -> str | None:
    names = (get_input_names_for_role if inputs else get_output_names_for_role)(role)
    if not names:
        if required:
            raise ParamsError(f"Choose the {'input' if inputs else 'output'} '{label}' (role '{role}') in the recipe.")
        return None
    return names[0]


def _get(config: dict, key: str, label: str, default=None, required: bool = False):
    value = config.get(key, default)
    if required and (value is None or value == "" or value == []):
        raise ParamsError(f"Set '{label}' ({key}) in the settings: it is empty.")
    return value


def _build(cls, **kwargs):
    try:
        return cls(**kwargs)
    except SettingsError as exc:
        raise ParamsError(f"Recipe settings: {exc}") from None


def _int(config: dict, key: str, label: str, default: int) -> int:
    value = config.get(key, default)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ParamsError(f"'{label}' ({key}) must be a whole number; got {value!r}.")
    return value


def _float(config: dict, key: str, label: str, default: float) -> float:
    value = config.get(key, default)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ParamsError(f"'{label}' ({key}) must be a number; got {value!r}.")
    return float(value)


@dataclass(frozen=True)
class PrepareParams:
    input_dataset: str
    output_dataset: str
    rejected_dataset: str | None
    settings: PrepareSettings


@dataclass(frozen=True)
class TrainParams:
    input_dataset: str
    model_folder: str
    metrics_dataset: str | None
    settings: TrainSettings


@dataclass(frozen=True)
class ScoreParams:
    input_dataset: str
    model_folder: str
    output_dataset: str
    settings: ScoreSettings


def load_prepare_params() -> PrepareParams:
    config = get_recipe_config()
    settings = _build(
        PrepareSettings,
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        pseudonymize=bool(config.get("pseudonymize", True)),
        max_chars=_int(config, "max_chars", "Longueur maximale", 5000),
        min_chars=_int(config, "min_chars", "Longueur minimale", 3),
        chunk_size=_int(config, "chunk_size", "Taille des lots", 5000),
    )
    return PrepareParams(
        input_dataset=_one("input_dataset", "Descriptions"),
        output_dataset=_one("prepared_dataset", "Descriptions préparées", inputs=False),
        rejected_dataset=_one("rejected_dataset", "Lignes rejetées", inputs=False, required=False),
        settings=settings,
    )


def load_train_params(local_encoder: str | None = None) -> TrainParams:
    """``local_encoder``: where the recipe copied the encoder folder input, if any."""
    config = get_recipe_config()
    base_model = local_encoder or os.path.expandvars(str(config.get("base_model") or ""))
    settings = _build(
        TrainSettings,
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        label_column=_get(config, "label_column", "Colonne du canal", required=True),
        feature_columns=tuple(config.get("feature_columns") or ()),
        algorithm=_get(config, "algorithm", "Famille de modèle", "linear"),
        hybrid_mode=_get(config, "hybrid_mode", "Combinaison hybride", "both"),
        override_confidence=_float(config, "override_confidence", "Confiance minimale d'une règle", 0.85),
        base_model=base_model,
        max_length=_int(config, "max_length", "Longueur maximale (jetons)", 128),
        batch_size=_int(config, "batch_size", "Taille des lots de l'encodeur", 32),
        validation_share=_float(config, "validation_share", "Part de validation", 0.2),
        seed=_int(config, "seed", "Graine aléatoire", 42),
        class_weight=_get(config, "class_weight", "Pondération des classes", "balanced"),
        C=_float(config, "C", "Inverse de la régularisation", 20.0),
        char_ngram_min=_int(config, "char_ngram_min", "N-grammes de caractères : minimum", 3),
        char_ngram_max=_int(config, "char_ngram_max", "N-grammes de caractères : maximum", 5),
        min_df=_int(config, "min_df", "Fréquence documentaire minimale", 2),
        max_features=_int(config, "max_features", "Taille maximale du vocabulaire", 300_000),
        refit_full=bool(config.get("refit_full", True)),
    )
    return TrainParams(
        input_dataset=_one("training_dataset", "Descriptions étiquetées"),
        model_folder=_one("model_folder", "Dossier du modèle", inputs=False),
        metrics_dataset=_one("metrics_dataset", "Métriques", inputs=False, required=False),
        settings=settings,
    )


def encoder_folder_name() -> str | None:
    """The managed folder given as the train recipe's encoder input, if any."""
    return _one("encoder_folder", "Encodeur pré-entraîné", required=False)


def load_score_params() -> ScoreParams:
    config = get_recipe_config()
    settings = _build(
        ScoreSettings,
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        explain=bool(config.get("explain", True)),
        extract_signals=bool(config.get("extract_signals", True)),
        top_words=_int(config, "top_words", "Mots cités", 3),
        chunk_size=_int(config, "chunk_size", "Taille des lots", 2000),
    )
    return ScoreParams(
        input_dataset=_one("input_dataset", "Descriptions à orienter"),
        model_folder=_one("model_folder", "Dossier du modèle"),
        output_dataset=_one("scored_dataset", "Descriptions orientées", inputs=False),
        settings=settings,
    )


@dataclass(frozen=True)
class AnalyzeParams:
    input_dataset: str
    output_dataset: str
    summary_folder: str | None
    text_column: str
    label_column: str


def load_analyze_params() -> AnalyzeParams:
    config = get_recipe_config()
    return AnalyzeParams(
        input_dataset=_one("input_dataset", "Descriptions étiquetées"),
        output_dataset=_one("analysis_dataset", "Résultats", inputs=False),
        summary_folder=_one("summary_folder", "Synthèse", inputs=False, required=False),
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        label_column=_get(config, "label_column", "Colonne du canal", required=True),
    )


@dataclass(frozen=True)
class EvaluateParams:
    scored_dataset: str
    metrics_dataset: str
    errors_dataset: str | None
    report_folder: str | None
    label_column: str
    urgence_column: str | None
    text_column: str | None
    title: str


def load_evaluate_params() -> EvaluateParams:
    config = get_recipe_config()
    return EvaluateParams(
        scored_dataset=_one("scored_dataset", "Descriptions orientées"),
        metrics_dataset=_one("metrics_dataset", "Métriques", inputs=False),
        errors_dataset=_one("errors_dataset", "Erreurs", inputs=False, required=False),
        report_folder=_one("report_folder", "Rapport", inputs=False, required=False),
        label_column=_get(config, "label_column", "Colonne du canal attendu", required=True),
        urgence_column=config.get("urgence_column") or None,
        text_column=config.get("text_column") or None,
        title=str(config.get("title") or ""),
    )


@dataclass(frozen=True)
class AssistantParams:
    model_folder: str


def load_assistant_params() -> AssistantParams:
    """Settings of the assistant web app (the only reader of the web app config)."""
    from dataiku.customwebapp import get_webapp_config

    config = get_webapp_config()
    return AssistantParams(model_folder=_get(config, "model_folder", "Dossier du modèle", required=True))
