"""Recipe settings -> validated settings objects. The only module that reads the recipe config.

Every problem raises :class:`ParamsError`, whose message names the setting as the
recipe form shows it, the value received and the fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from dataiku.customrecipe import get_input_names_for_role, get_output_names_for_role, get_recipe_config

from orientation.errors import SettingsError
from orientation.evaluation.audit import AuditSettings
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


def _bool(config: dict, key: str, label: str, default: bool) -> bool:
    value = config.get(key)
    if value is None:  # a setting DSS leaves unset
        return default
    if not isinstance(value, bool):
        raise ParamsError(f"'{label}' ({key}) must be true or false; got {value!r}.")
    return value


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
    llm_id: str = ""
    llm_cache_folder: str | None = None


def load_prepare_params() -> PrepareParams:
    config = get_recipe_config()
    settings = _build(
        PrepareSettings,
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        pseudonymize=_bool(config, "pseudonymize", "Pseudonymiser les identifiants personnels", True),
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
        batch_size=_int(config, "batch_size", "Taille des lots", 32),
        epochs=_int(config, "epochs", "Époques (maximum)", 4),
        learning_rate=_float(config, "learning_rate", "Taux d'apprentissage", 5e-5),
        train_layers=_int(config, "train_layers", "Couches entraînées", 0),
        group_column=str(config.get("group_column") or ""),
        device=_get(config, "device", "Processeur de calcul", "auto"),
        pooling=_get(config, "pooling", "Agrégation des jetons", "mean"),
        freeze_embeddings=_bool(config, "freeze_embeddings", "Geler les plongements de mots", True),
        grad_accum=_int(config, "grad_accum", "Accumulation de gradient", 1),
        warmup_share=_float(config, "warmup_share", "Part d'échauffement", 0.1),
        patience=_int(config, "patience", "Patience (époques)", 1),
        llm_id=str(config.get("llm_id") or "").strip(),
        llm_examples=_int(config, "llm_examples", "Exemples par requête", 4),
        llm_fallback=_get(config, "llm_fallback", "Modèle de repli", "linear"),
        validation_share=_float(config, "validation_share", "Part de validation", 0.2),
        seed=_int(config, "seed", "Graine aléatoire", 42),
        class_weight=_get(config, "class_weight", "Pondération des classes", "balanced"),
        C=_float(config, "C", "Inverse de la régularisation", 20.0),
        char_ngram_min=_int(config, "char_ngram_min", "N-grammes de caractères : minimum", 3),
        char_ngram_max=_int(config, "char_ngram_max", "N-grammes de caractères : maximum", 5),
        min_df=_int(config, "min_df", "Fréquence documentaire minimale", 2),
        max_features=_int(config, "max_features", "Taille maximale du vocabulaire", 300_000),
        refit_full=_bool(config, "refit_full", "Réapprendre sur toutes les lignes", True),
        mask_proper_nouns=_bool(config, "mask_proper_nouns", "Masquer les noms propres", True),
        urgence_column=str(config.get("urgence_column") or ""),
        urgence_target_recall=_float(config, "urgence_target_recall", "Rappel visé pour l'urgence", 0.95),
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
        explain=_bool(config, "explain", "Expliquer chaque décision", True),
        extract_signals=_bool(config, "extract_signals", "Relever les faits et l'urgence", True),
        top_words=_int(config, "top_words", "Mots cités", 3),
        chunk_size=_int(config, "chunk_size", "Taille des lots", 2000),
        quantize=_bool(config, "quantize", "Quantification int8 (transformeur)", False),
        llm_max_calls=_int(config, "llm_max_calls", "Plafond d'appels au LLM", 10_000),
        llm_cache=_bool(config, "llm_cache", "Réutiliser les réponses du LLM", True),
    )
    return ScoreParams(
        input_dataset=_one("input_dataset", "Descriptions à orienter"),
        model_folder=_one("model_folder", "Dossier du modèle"),
        output_dataset=_one("scored_dataset", "Descriptions orientées", inputs=False),
        settings=settings,
        llm_id=str(config.get("llm_id") or "").strip(),
        llm_cache_folder=_one("llm_cache_folder", "Cache des réponses du LLM", inputs=False, required=False),
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
    model_folder: str | None
    metrics_dataset: str
    errors_dataset: str | None
    bias_dataset: str | None
    insights_dataset: str | None
    counterfactual_dataset: str | None
    report_folder: str | None
    settings: AuditSettings

    def outputs(self) -> dict[str, str]:
        """Table name (as in ``AuditOutputs.tables``) -> output dataset, for the outputs chosen."""
        named = {"metrics": self.metrics_dataset, "errors": self.errors_dataset, "bias": self.bias_dataset,
                 "insights": self.insights_dataset, "counterfactual": self.counterfactual_dataset}
        return {k: v for k, v in named.items() if v}


def load_evaluate_params() -> EvaluateParams:
    config = get_recipe_config()
    settings = _build(
        AuditSettings,
        label_column=_get(config, "label_column", "Colonne du canal attendu", required=True),
        urgence_column=config.get("urgence_column") or None,
        text_column=config.get("text_column") or None,
        title=str(config.get("title") or ""),
        n_boot=_int(config, "n_boot", "Rééchantillonnages (bootstrap)", 1000),
        seed=_int(config, "seed", "Graine aléatoire", 0),
        counterfactual_rows=_int(config, "counterfactual_rows", "Descriptions du test contrefactuel", 2000),
    )
    params = EvaluateParams(
        scored_dataset=_one("scored_dataset", "Descriptions orientées"),
        model_folder=_one("model_folder", "Dossier du modèle", required=False),
        metrics_dataset=_one("metrics_dataset", "Métriques", inputs=False),
        errors_dataset=_one("errors_dataset", "Erreurs", inputs=False, required=False),
        bias_dataset=_one("bias_dataset", "Audit des biais", inputs=False, required=False),
        insights_dataset=_one("insights_dataset", "Ce qui pèse pour chaque canal", inputs=False, required=False),
        counterfactual_dataset=_one("counterfactual_dataset", "Invariance contrefactuelle", inputs=False,
                                    required=False),
        report_folder=_one("report_folder", "Rapport", inputs=False, required=False),
        settings=settings,
    )
    if params.bias_dataset and not settings.text_column:
        raise ParamsError("The output 'Audit des biais' needs 'Colonne de la description' (text_column): set it.")
    if params.counterfactual_dataset and not (params.model_folder and settings.text_column):
        raise ParamsError("The output 'Invariance contrefactuelle' needs the input 'Dossier du modèle' (role "
                          "'model_folder') and 'Colonne de la description' (text_column): set both.")
    return params


@dataclass(frozen=True)
class CompareParams:
    input_dataset: str
    output_dataset: str
    split_column: str
    urgence_column: str | None
    algorithms: tuple[str, ...]
    settings: TrainSettings


def load_compare_params() -> CompareParams:
    config = get_recipe_config()
    algorithms = tuple(config.get("algorithms") or ())
    if not algorithms:
        raise ParamsError("Choose at least one family in 'Familles à comparer' (algorithms).")
    known = ("linear", "rules", "hybrid", "embedding", "transformer")
    unknown = [a for a in algorithms if a not in known]
    if unknown:
        raise ParamsError(f"'Familles à comparer' (algorithms): {unknown} unknown; choose among {', '.join(known)}.")
    base_model = os.path.expandvars(str(config.get("base_model") or ""))
    needs_encoder = [a for a in algorithms if a in ("embedding", "transformer")]
    if needs_encoder and not base_model.strip():
        raise ParamsError(f"The '{needs_encoder[0]}' family needs 'Dossier de l'encodeur' (base_model): give a "
                          "local checkpoint folder, or leave that family out.")
    settings = _build(
        TrainSettings,
        text_column=_get(config, "text_column", "Colonne de la description", required=True),
        label_column=_get(config, "label_column", "Colonne du canal", required=True),
        feature_columns=tuple(config.get("feature_columns") or ()),
        hybrid_mode=_get(config, "hybrid_mode", "Combinaison hybride", "both"),
        base_model=base_model,
    )
    return CompareParams(
        input_dataset=_one("labelled_dataset", "Descriptions étiquetées avec découpage"),
        output_dataset=_one("comparison_dataset", "Comparaison", inputs=False),
        split_column=_get(config, "split_column", "Colonne du découpage", "split", required=True),
        urgence_column=config.get("urgence_column") or None,
        algorithms=algorithms,
        settings=settings,
    )


@dataclass(frozen=True)
class AssistantParams:
    model_folder: str


def load_assistant_params() -> AssistantParams:
    """Settings of the assistant web app (the only reader of the web app config)."""
    from dataiku.customwebapp import get_webapp_config

    config = get_webapp_config()
    return AssistantParams(model_folder=_get(config, "model_folder", "Dossier du modèle", required=True))
