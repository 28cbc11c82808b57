"""One frozen, validated settings object per step, shared by the recipes and the command line.

Both front ends build these objects, so both accept and refuse exactly the same
values. Every error names the setting, the value received and what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from .errors import SettingsError

ALGORITHMS = ("linear", "rules", "hybrid", "embedding", "transformer", "llm")
POOLINGS = ("mean", "cls")
DEVICES = ("auto", "cpu", "cuda")
HYBRID_MODES = ("features", "override", "both")
LLM_FALLBACKS = ("linear", "rules", "hybrid")
PSEUDONYM_KINDS = ("URL", "EMAIL", "IBAN", "CARTE", "TELEPHONE", "PLAQUE", "NOM")


def _check_range(owner: str, name: str, value, low, high, kind=(int,)) -> None:
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
        raise SettingsError(
            f"E001 {owner}: '{name}' must be {'an integer' if kind == (int,) else 'a number'} "
            f"between {low} and {high}; got {value!r}."
        )


def _check_choice(owner: str, name: str, value, choices) -> None:
    if value not in choices:
        raise SettingsError(f"E002 {owner}: '{name}' must be one of {list(choices)}; got {value!r}.")


def _check_column(owner: str, name: str, value) -> None:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"E003 {owner}: '{name}' must name a column of the input; got {value!r}.")


def _check_bool(owner: str, name: str, value) -> None:
    if not isinstance(value, bool):
        raise SettingsError(f"E004 {owner}: '{name}' must be true or false; got {value!r}.")


@dataclass(frozen=True)
class PrepareSettings:
    """Settings of the prepare step.

    Attributes:
        text_column (str): column holding the description.
        pseudonymize (bool): replace personal identifiers by typed placeholders (default on).
        pseudonym_kinds (tuple[str, ...]): which identifier kinds to replace.
        max_chars (int): longer descriptions are rejected, with the reason.
        min_chars (int): shorter descriptions (after normalisation) are rejected.
        chunk_size (int): rows read and written at a time.
    """

    text_column: str
    pseudonymize: bool = True
    pseudonym_kinds: tuple[str, ...] = PSEUDONYM_KINDS
    max_chars: int = 5000
    min_chars: int = 3
    chunk_size: int = 5000

    def __post_init__(self) -> None:
        owner = "prepare"
        _check_column(owner, "text_column", self.text_column)
        _check_bool(owner, "pseudonymize", self.pseudonymize)
        for kind in self.pseudonym_kinds:
            _check_choice(owner, "pseudonym_kinds", kind, PSEUDONYM_KINDS)
        _check_range(owner, "max_chars", self.max_chars, 10, 1_000_000)
        _check_range(owner, "min_chars", self.min_chars, 1, 1000)
        if self.min_chars > self.max_chars:
            raise SettingsError(
                f"E005 prepare: 'min_chars' ({self.min_chars}) must not exceed 'max_chars' ({self.max_chars})."
            )
        _check_range(owner, "chunk_size", self.chunk_size, 100, 1_000_000)


@dataclass(frozen=True)
class TrainSettings:
    """Settings of the train step.

    Attributes:
        text_column (str): column holding the (prepared) description.
        label_column (str): column holding the channel id.
        feature_columns (tuple[str, ...]): structured columns (form fields) used as features.
        algorithm (str): model family: ``linear`` (n-grams), ``rules`` (extraction and the
            guide's procedure, no training) or ``hybrid`` (both combined).
        hybrid_mode (str): for ``hybrid``: ``features`` (signals as features), ``override``
            (confident rules override the linear model) or ``both``.
        override_confidence (float): for ``hybrid``: rule confidence from which a rule overrides.
        base_model (str): for ``embedding`` and ``transformer``: local Hugging Face checkpoint folder.
        max_length (int), batch_size (int): for ``embedding`` and ``transformer``: tokens kept per
            text, rows per forward pass.
        epochs, learning_rate, grad_accum, warmup_share, patience, freeze_embeddings, pooling,
        device: for ``transformer``: maximum epochs (early stopping on the validation macro-F1),
            AdamW peak learning rate, forward passes per optimiser step, share of steps warming up,
            epochs without progress before stopping, keep the word embeddings fixed (about half of
            a CPU step), ``mean`` or ``cls`` pooling, ``auto``/``cpu``/``cuda``.
        train_layers (int): for ``transformer``: fine-tune only the top N layers (0: all), a cheaper
            run on CPU nodes.
        join_signals (bool): for ``embedding``: add the extracted signals as features.
        group_column (str): when set, validation holds out whole groups of this column (for example
            the writer), so validation measures a writer the model never saw; else a stratified split.
        llm_id (str): for ``llm``: LLM Mesh id (DSS), e.g. ``openai:connection:model``.
        llm_endpoint (str), llm_model (str): for ``llm``: OpenAI-compatible base URL and model name
            (command line); the key comes from ``ORIENTATION_LLM_API_KEY``.
        llm_examples (int): for ``llm``: labelled examples placed in each prompt (0 to 50).
        llm_fallback (str): for ``llm``: family of the fallback model (``linear``, ``rules``, ``hybrid``).
        validation_share (float): share of rows held out, stratified, for validation metrics
            and calibration.
        seed (int): seed of the split and of the model.
        include_out_of_scope (bool): keep ``HORS_CHAMP`` rows as a class (default: excluded).
        class_weight (str): ``balanced`` or ``none``.
        C (float): inverse regularisation strength of the linear model.
        char_ngram_min (int), char_ngram_max (int): character n-gram lengths.
        min_df (int): minimum document frequency of an n-gram.
        max_features (int): vocabulary cap.
        refit_full (bool): after validation, refit on all rows (validation metrics are kept).
        mask_proper_nouns (bool): for every learned family: replace first names, towns and other
            proper nouns by ``[NOM]`` in what the n-grams and the encoders read (default on; see
            :mod:`orientation.text.proper_nouns`).
        urgence_column (str): column of true urgence flags (0/1, empty = unknown); when given,
            the linear, hybrid and embedding families also learn an urgence head (empty: cues only).
        urgence_target_recall (float): recall of cues OR head, by cross-validation on the
            training rows, that sets the head's threshold.
    """

    text_column: str
    label_column: str
    feature_columns: tuple[str, ...] = ()
    algorithm: str = "linear"
    hybrid_mode: str = "both"
    override_confidence: float = 0.85
    base_model: str = ""
    max_length: int = 128
    batch_size: int = 32
    epochs: int = 4
    learning_rate: float = 5e-5
    grad_accum: int = 1
    warmup_share: float = 0.1
    patience: int = 1
    freeze_embeddings: bool = True
    train_layers: int = 0
    pooling: str = "mean"
    device: str = "auto"
    join_signals: bool = False
    llm_id: str = ""
    llm_endpoint: str = ""
    llm_model: str = ""
    llm_examples: int = 4
    llm_fallback: str = "linear"
    validation_share: float = 0.2
    group_column: str = ""
    seed: int = 42
    include_out_of_scope: bool = False
    class_weight: str = "balanced"
    C: float = 20.0
    char_ngram_min: int = 3
    char_ngram_max: int = 5
    min_df: int = 2
    max_features: int = 300_000
    refit_full: bool = True
    mask_proper_nouns: bool = True
    urgence_column: str = ""
    urgence_target_recall: float = 0.95

    def __post_init__(self) -> None:
        owner = "train"
        _check_column(owner, "text_column", self.text_column)
        _check_column(owner, "label_column", self.label_column)
        for col in self.feature_columns:
            _check_column(owner, "feature_columns", col)
        if self.label_column in self.feature_columns or self.text_column in self.feature_columns:
            raise SettingsError(
                "E006 train: 'feature_columns' must not include the text or the label column; "
                f"got {list(self.feature_columns)}."
            )
        _check_choice(owner, "algorithm", self.algorithm, ALGORITHMS)
        _check_choice(owner, "hybrid_mode", self.hybrid_mode, HYBRID_MODES)
        _check_range(owner, "override_confidence", self.override_confidence, 0.05, 1.0, (int, float))
        _check_range(owner, "max_length", self.max_length, 8, 4096)
        _check_range(owner, "batch_size", self.batch_size, 1, 4096)
        _check_range(owner, "epochs", self.epochs, 1, 100)
        _check_range(owner, "learning_rate", self.learning_rate, 1e-7, 1e-2, (int, float))
        _check_range(owner, "grad_accum", self.grad_accum, 1, 1024)
        _check_range(owner, "warmup_share", self.warmup_share, 0.0, 0.5, (int, float))
        _check_range(owner, "patience", self.patience, 0, 100)
        _check_bool(owner, "freeze_embeddings", self.freeze_embeddings)
        _check_range(owner, "train_layers", self.train_layers, 0, 100)
        _check_choice(owner, "pooling", self.pooling, POOLINGS)
        _check_choice(owner, "device", self.device, DEVICES)
        _check_bool(owner, "join_signals", self.join_signals)
        _check_range(owner, "llm_examples", self.llm_examples, 0, 50)
        _check_choice(owner, "llm_fallback", self.llm_fallback, LLM_FALLBACKS)
        has_http = bool(str(self.llm_endpoint).strip() and str(self.llm_model).strip())
        if self.algorithm == "llm" and not (str(self.llm_id).strip() or has_http):
            raise SettingsError(
                "E009 train: the 'llm' algorithm needs 'llm_id' (an LLM Mesh id, in DSS) or 'llm_endpoint' (an "
                "OpenAI-compatible URL such as http://host:port/v1) and 'llm_model'; the key, if any, goes in "
                "ORIENTATION_LLM_API_KEY."
            )
        if self.algorithm in ("embedding", "transformer") and not str(self.base_model).strip():
            raise SettingsError(
                f"E008 train: the '{self.algorithm}' algorithm needs 'base_model', a local checkpoint folder "
                "(for example the code env's resources or a managed folder); nothing is downloaded."
            )
        _check_range(owner, "validation_share", self.validation_share, 0.05, 0.5, (int, float))
        if self.group_column:
            _check_column(owner, "group_column", self.group_column)
        _check_range(owner, "seed", self.seed, 0, 2**31 - 1)
        _check_bool(owner, "include_out_of_scope", self.include_out_of_scope)
        _check_choice(owner, "class_weight", self.class_weight, ("balanced", "none"))
        _check_range(owner, "C", self.C, 1e-4, 1e4, (int, float))
        _check_range(owner, "char_ngram_min", self.char_ngram_min, 1, 8)
        _check_range(owner, "char_ngram_max", self.char_ngram_max, self.char_ngram_min, 8)
        _check_range(owner, "min_df", self.min_df, 1, 10_000)
        _check_range(owner, "max_features", self.max_features, 100, 10_000_000)
        _check_bool(owner, "refit_full", self.refit_full)
        _check_bool(owner, "mask_proper_nouns", self.mask_proper_nouns)
        if self.urgence_column:
            _check_column(owner, "urgence_column", self.urgence_column)
            if self.urgence_column in (self.text_column, self.label_column, *self.feature_columns):
                raise SettingsError(
                    "E010 train: 'urgence_column' must not be the text, label or a feature column; "
                    f"got {self.urgence_column!r}."
                )
        _check_range(owner, "urgence_target_recall", self.urgence_target_recall, 0.5, 1.0, (int, float))


@dataclass(frozen=True)
class ScoreSettings:
    """Settings of the score step.

    Attributes:
        text_column (str): column holding the (prepared) description.
        explain (bool): write the ``explanation`` column (turn off for the fastest scoring).
        extract_signals (bool): extract the facts of each description: writes ``urgence``,
            ``urgence_message`` and ``signals`` (on by default; the rules and hybrid families
            extract them anyway).
        top_words (int): how many words an explanation quotes.
        chunk_size (int): rows scored at a time; memory is bounded by it.
        quantize (bool): transformer only: dynamic int8 quantisation of the linear layers for
            faster CPU scoring (explanations need the full-precision model: turn ``explain`` off).
        llm_max_calls (int): for an ``llm`` model: cap on LLM calls in the run; rows past it get
            the fallback model's answer, with ``fallback_cap`` in ``rule``.
        llm_cache (bool): for an ``llm`` model: reuse the answer of an identical pseudonymised text.
    """

    text_column: str
    explain: bool = True
    extract_signals: bool = True
    top_words: int = 3
    chunk_size: int = 2000
    quantize: bool = False
    llm_max_calls: int = 10_000
    llm_cache: bool = True

    def __post_init__(self) -> None:
        owner = "score"
        _check_column(owner, "text_column", self.text_column)
        _check_bool(owner, "explain", self.explain)
        _check_bool(owner, "extract_signals", self.extract_signals)
        _check_range(owner, "top_words", self.top_words, 1, 10)
        _check_range(owner, "chunk_size", self.chunk_size, 10, 1_000_000)
        _check_bool(owner, "quantize", self.quantize)
        if self.quantize and self.explain:
            raise SettingsError(
                "E010 score: 'quantize' (int8) and 'explain' cannot be combined: explanations of a transformer "
                "need its full-precision weights. Turn one of them off."
            )
        _check_range(owner, "llm_max_calls", self.llm_max_calls, 0, 10_000_000)
        _check_bool(owner, "llm_cache", self.llm_cache)


def settings_from_dict(cls, values: dict):
    """Build a settings object from a dict, refusing unknown keys by name."""
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise SettingsError(f"E007 {cls.__name__}: unknown setting(s) {unknown}; known: {sorted(known)}.")
    return cls(**values)


__all__ = ["PrepareSettings", "TrainSettings", "ScoreSettings", "settings_from_dict", "ALGORITHMS", "field"]
