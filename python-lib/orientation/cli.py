"""Command line: ``python -m orientation prepare|train|score|...|assist``, the recipes' steps on local files.

Each sub-command builds the same settings object as its recipe, so both accept
and refuse the same values.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .artefacts import LocalStorage
from .catalogue import load_catalogue
from .errors import InputDataError, OrientationError
from .io_local import ChunkWriter, iter_chunks, read_all
from .models import load_model
from .prepare import Preparer
from .scoring import Scorer
from .settings import PrepareSettings, ScoreSettings, TrainSettings
from .training import manifest_extra, train

logger = logging.getLogger("orientation")


def _columns(value: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in value.split(",") if c.strip())


def _add_prepare(sub) -> None:
    p = sub.add_parser("prepare", help="Normalise and pseudonymise descriptions; set bad rows aside with a reason.")
    p.add_argument("--input", required=True, help="CSV or Parquet file to prepare.")
    p.add_argument("--text-column", required=True, help="Column holding the description.")
    p.add_argument("--output", required=True, help="Prepared rows (CSV or Parquet).")
    p.add_argument(
        "--rejected",
        help="Rejected rows with their reason (CSV or Parquet). Without it, bad rows stay in --output, "
        "text emptied, with their reason in 'prepare_status'.",
    )
    p.add_argument("--no-pseudonymize", action="store_true", help="Keep personal identifiers (not recommended).")
    p.add_argument("--max-chars", type=int, default=5000, help="Longer descriptions are rejected (default 5000).")
    p.add_argument("--min-chars", type=int, default=3, help="Shorter descriptions are rejected (default 3).")
    p.add_argument("--chunk-size", type=int, default=5000, help="Rows processed at a time (default 5000).")


def _add_train(sub) -> None:
    p = sub.add_parser("train", help="Train a model and write its folder (manifest, weights, checksums).")
    p.add_argument("--input", required=True, help="Labelled CSV or Parquet file (prepared).")
    p.add_argument("--text-column", required=True, help="Column holding the description.")
    p.add_argument("--label-column", required=True, help="Column holding the channel id.")
    p.add_argument("--feature-columns", type=_columns, default=(), help="Structured columns used as features: a,b,c.")
    p.add_argument("--algorithm", default="linear",
                   help="Model family: linear (n-grams, default), rules (extraction and the guide's procedure, "
                        "no training), hybrid (both), embedding (frozen encoder + linear head; needs --base-model), "
                        "transformer (a fine-tuned encoder; needs --base-model) or llm (a prompted LLM with a "
                        "linear fallback; needs --llm-endpoint and --llm-model).")
    p.add_argument("--hybrid-mode", default="both",
                   help="For hybrid: features (signals as features), override (confident rules decide) or both (default).")
    p.add_argument("--override-confidence", type=float, default=0.85,
                   help="For hybrid: rule confidence from which a rule overrides the linear model (default 0.85).")
    p.add_argument("--model-dir", required=True, help="Folder to write the model into.")
    p.add_argument("--metrics", help="Write the validation metrics (long form) to this CSV file.")
    p.add_argument("--base-model", default="", help="For embedding and transformer: local Hugging Face checkpoint folder.")
    p.add_argument("--max-length", type=int, default=128,
                   help="For embedding and transformer: tokens kept per text (default 128).")
    p.add_argument("--batch-size", type=int, default=32,
                   help="For embedding and transformer: texts per batch (default 32; 16 for transformer on CPU).")
    p.add_argument("--epochs", type=int, default=4,
                   help="For transformer: maximum epochs; stops early on the validation macro-F1 (default 4).")
    p.add_argument("--learning-rate", type=float, default=5e-5, help="For transformer: peak AdamW rate (default 5e-5).")
    p.add_argument("--train-layers", type=int, default=0,
                   help="For transformer: fine-tune only the top N layers (default 0: all).")
    p.add_argument("--grad-accum", type=int, default=1, help="For transformer: batches per optimiser step (default 1).")
    p.add_argument("--warmup-share", type=float, default=0.1, help="For transformer: warm-up share of steps (default 0.1).")
    p.add_argument("--patience", type=int, default=1,
                   help="For transformer: epochs without progress before stopping (default 1).")
    p.add_argument("--pooling", default="mean", help="For transformer: mean (default) or cls.")
    p.add_argument("--device", default="auto", help="For transformer: auto (CUDA when present, default), cpu or cuda.")
    p.add_argument("--train-embeddings", action="store_true",
                   help="For transformer: also train the word embeddings (frozen by default: about half a CPU step).")
    p.add_argument("--group-column", default="",
                   help="Hold out whole groups of this column (e.g. writer) for validation instead of a stratified split.")
    p.add_argument("--join-signals", action="store_true", help="For embedding: add the extracted facts as features.")
    p.add_argument("--llm-endpoint", default="", help="For llm: OpenAI-compatible base URL (http://host:port/v1).")
    p.add_argument("--llm-model", default="", help="For llm: model name on that endpoint.")
    p.add_argument("--llm-examples", type=int, default=4, help="For llm: labelled examples per prompt (default 4).")
    p.add_argument("--llm-id", default="", help="For llm: LLM Mesh id, for a model to be scored in DSS.")
    p.add_argument("--llm-fallback", default="linear",
                   help="For llm: family of the fallback model: linear (default), rules or hybrid.")
    p.add_argument("--validation-share", type=float, default=0.2, help="Held-out share for validation (default 0.2).")
    p.add_argument("--seed", type=int, default=42, help="Seed of the split and the model (default 42).")
    p.add_argument("--class-weight", default="balanced", help="balanced (default) or none.")
    p.add_argument("--C", type=float, default=20.0, help="Inverse regularisation of the linear model (default 20).")
    p.add_argument("--char-ngram-min", type=int, default=3, help="Shortest character n-gram (default 3).")
    p.add_argument("--char-ngram-max", type=int, default=5, help="Longest character n-gram (default 5).")
    p.add_argument("--min-df", type=int, default=2, help="Minimum document frequency of an n-gram (default 2).")
    p.add_argument("--max-features", type=int, default=300_000, help="Vocabulary cap (default 300000).")
    p.add_argument("--no-refit", action="store_true", help="Keep the model fitted on the training split only.")
    p.add_argument("--keep-proper-nouns", action="store_true",
                   help="Let first names, towns and other proper nouns mid-sentence into the n-gram features "
                        "(default: replaced by [NOM], which removes a bias the counterfactual test measures).")
    p.add_argument("--urgence-column", default="",
                   help="Column of true urgence flags (0/1): linear, hybrid and embedding models also learn an "
                        "urgence head (urgence = cues OR head). Without it, urgence comes from the cues only.")
    p.add_argument("--urgence-target-recall", type=float, default=0.95,
                   help="Recall of cues OR head, cross-validated on the training rows, that sets the head's "
                        "threshold (default 0.95).")


def _add_score(sub) -> None:
    p = sub.add_parser("score", help="Score descriptions with a trained model folder.")
    p.add_argument("--input", required=True, help="CSV or Parquet file to score (prepared).")
    p.add_argument("--text-column", required=True, help="Column holding the description.")
    p.add_argument("--model-dir", required=True, help="Model folder written by 'train'.")
    p.add_argument("--output", required=True, help="Scored rows (CSV or Parquet).")
    p.add_argument("--no-explain", action="store_true", help="Skip the explanation column (faster).")
    p.add_argument("--no-signals", action="store_true",
                   help="Skip fact extraction for linear models: no urgence, urgence_message or signals (fastest).")
    p.add_argument("--top-words", type=int, default=3, help="Words quoted per explanation (default 3).")
    p.add_argument("--chunk-size", type=int, default=2000, help="Rows scored at a time (default 2000).")
    p.add_argument("--int8", action="store_true",
                   help="Transformer only: int8 dynamic quantisation for faster CPU scoring (with --no-explain).")
    p.add_argument("--llm-endpoint", default="", help="For an llm model: OpenAI-compatible base URL (default: the "
                                                      "one in the model folder).")
    p.add_argument("--llm-model", default="", help="For an llm model: model name on that endpoint (default: the "
                                                   "one in the model folder).")
    p.add_argument("--llm-max-calls", type=int, default=10_000,
                   help="For an llm model: cap on LLM calls in this run; rows past it get the fallback model "
                        "(rule 'fallback_cap'). Default 10000.")
    p.add_argument("--no-llm-cache", action="store_true", help="For an llm model: no reuse of identical answers.")
    p.add_argument("--llm-cache-dir", default="",
                   help="For an llm model: keep the answer cache in this folder across runs (keys are SHA-256 "
                        "hashes of the pseudonymised text; no description is stored).")


def _add_analyze(sub) -> None:
    p = sub.add_parser("analyze", help="What victims say spontaneously: decisive facts present, absent or "
                                       "contradicted per channel, and whether the text alone lets the rules decide.")
    p.add_argument("--input", required=True, help="Labelled CSV or Parquet file.")
    p.add_argument("--text-column", required=True, help="Column holding the description.")
    p.add_argument("--label-column", required=True, help="Column holding the true channel id.")
    p.add_argument("--output", required=True, help="Results in long form (CSV or Parquet).")
    p.add_argument("--summary", help="Write the French summary (Markdown) to this file; default: print it.")


def _add_evaluate(sub) -> None:
    p = sub.add_parser("evaluate", help="Metrics, errors and an HTML report for a scored file with its true channel.")
    p.add_argument("--input", required=True, help="Scored CSV or Parquet file (output of 'score') with the true label.")
    p.add_argument("--label-column", required=True, help="Column holding the true channel id.")
    p.add_argument("--urgence-column", help="Column holding the true urgence flag (0/1), if any.")
    p.add_argument("--text-column", default="text",
                   help="Column holding the description: examples, bias audit, counterfactual test (default text).")
    p.add_argument("--output-dir", required=True,
                   help="Folder for metrics.csv, errors.csv, bias.csv, insights.csv, report.html "
                        "(and counterfactual.csv with --model-dir).")
    p.add_argument("--title", default="", help="Title shown on the report.")
    p.add_argument("--model-dir",
                   help="The model folder that scored the input: adds the counterfactual test (names, gender, "
                        "places swapped, rescored) and the words that weigh most per channel.")
    p.add_argument("--bootstrap", type=int, default=1000, help="Resamples of the bias audit's intervals (default 1000).")
    p.add_argument("--seed", type=int, default=0, help="Seed of the resampling and of the counterfactual sample.")
    p.add_argument("--counterfactual-rows", type=int, default=2000,
                   help="Rows used by the counterfactual test, a seeded sample beyond (default 2000).")


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="Train and score several model families on the same split; one table.")
    p.add_argument("--input", required=True, help="Labelled CSV or Parquet file with a train/test split column.")
    p.add_argument("--text-column", required=True, help="Column holding the description.")
    p.add_argument("--label-column", required=True, help="Column holding the true channel id.")
    p.add_argument("--split-column", default="split", help="Column with 'train' or 'test' (default split).")
    p.add_argument("--urgence-column", help="Column holding the true urgence flag, if any.")
    p.add_argument("--algorithms", type=_columns, default=("linear", "rules", "hybrid"),
                   help="Families to compare, comma-separated (default linear,rules,hybrid).")
    p.add_argument("--base-model", default="", help="Checkpoint folder, when 'embedding' or 'transformer' is compared.")
    p.add_argument("--output", required=True, help="Comparison table (CSV or Parquet).")


def _add_assist(sub) -> None:
    p = sub.add_parser("assist", help="The assistant's dialogue in the terminal: a description, at most two "
                                      "numbered questions, then the channel.")
    p.add_argument("--model-dir", required=True, help="Model folder written by 'train'.")
    for name in ("auteur_connu", "faits_en_ligne", "victime_mineure"):
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, choices=("oui", "non"),
                       help=f"Form field '{name}', when known (never asked again).")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m orientation",
        description="Orient victims' descriptions to the online complaint channels.",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="Only warnings and errors.")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_prepare(sub)
    _add_train(sub)
    _add_score(sub)
    _add_analyze(sub)
    _add_evaluate(sub)
    _add_compare(sub)
    _add_assist(sub)
    return parser


def run_prepare(args) -> None:
    settings = PrepareSettings(
        text_column=args.text_column, pseudonymize=not args.no_pseudonymize,
        max_chars=args.max_chars, min_chars=args.min_chars, chunk_size=args.chunk_size,
    )
    preparer = Preparer(settings, separate_rejected=bool(args.rejected))
    start, row = time.perf_counter(), 0
    bad_w = ChunkWriter(args.rejected, "--rejected") if args.rejected else None
    with ChunkWriter(args.output) as good_w:
        for chunk in iter_chunks(args.input, settings.chunk_size):
            good, bad = preparer.prepare_df(chunk, row)
            row += len(chunk)
            good_w.write(good)
            if bad_w is not None and len(bad):
                bad_w.write(bad)
    if bad_w is not None:
        bad_w.close(empty_columns=[*good.columns.drop("prepare_status"), "row_number", "reject_code", "reject_reason"])
    logger.info(
        "Prepared %d rows in %.1f s: %d rejected (%s)",
        preparer.n_rows, time.perf_counter() - start, preparer.n_rejected,
        f"written to {args.rejected}" if args.rejected else "kept in the output with their reason in 'prepare_status'",
    )


def run_train(args) -> None:
    settings = TrainSettings(
        text_column=args.text_column, label_column=args.label_column, feature_columns=args.feature_columns,
        algorithm=args.algorithm, hybrid_mode=args.hybrid_mode, override_confidence=args.override_confidence,
        base_model=args.base_model, max_length=args.max_length, batch_size=args.batch_size,
        epochs=args.epochs, learning_rate=args.learning_rate, train_layers=args.train_layers,
        grad_accum=args.grad_accum, warmup_share=args.warmup_share, patience=args.patience, pooling=args.pooling,
        device=args.device, freeze_embeddings=not args.train_embeddings, group_column=args.group_column,
        join_signals=args.join_signals, llm_endpoint=args.llm_endpoint, llm_model=args.llm_model,
        llm_examples=args.llm_examples, llm_id=args.llm_id, llm_fallback=args.llm_fallback,
        validation_share=args.validation_share, seed=args.seed,
        class_weight=args.class_weight, C=args.C, char_ngram_min=args.char_ngram_min,
        char_ngram_max=args.char_ngram_max, min_df=args.min_df, max_features=args.max_features,
        refit_full=not args.no_refit, mask_proper_nouns=not args.keep_proper_nouns, urgence_column=args.urgence_column,
        urgence_target_recall=args.urgence_target_recall,
    )
    catalogue = load_catalogue()
    frame = read_all(args.input)
    model, report = train(frame, settings, catalogue)
    model.save(LocalStorage(args.model_dir), extra=manifest_extra(settings, report, catalogue))
    if args.metrics:
        Path(args.metrics).parent.mkdir(parents=True, exist_ok=True)
        report.metrics.to_csv(args.metrics, index=False)
    logger.info("Model written to %s (validation macro-F1 %.3f)", args.model_dir, report.validation_macro_f1)


def run_score(args) -> None:
    settings = ScoreSettings(
        text_column=args.text_column, explain=not args.no_explain, extract_signals=not args.no_signals,
        top_words=args.top_words, chunk_size=args.chunk_size, quantize=args.int8, llm_max_calls=args.llm_max_calls,
        llm_cache=not args.no_llm_cache,
    )
    catalogue = load_catalogue()
    model = load_model(LocalStorage(args.model_dir))
    if model.algorithm == "llm":
        _start_llm_run(model, args, settings)
    scorer = Scorer(model, settings, catalogue)
    start = time.perf_counter()
    with ChunkWriter(args.output) as writer:
        for chunk in iter_chunks(args.input, settings.chunk_size):
            writer.write(scorer.score_df(chunk))
    seconds = time.perf_counter() - start
    logger.info(
        "Scored %d rows in %.1f s (%.0f rows/s); %d flagged urgent; %d without usable text kept with their status",
        scorer.n_rows, seconds, scorer.n_rows / max(seconds, 1e-9), scorer.n_urgent, scorer.n_unusable,
    )


def _start_llm_run(model, args, settings: ScoreSettings) -> None:
    """On the command line an ``llm`` model calls an OpenAI-compatible endpoint (the LLM Mesh is DSS only)."""
    from .errors import SettingsError
    from .llm import AnswerCache, HttpChatBackend

    endpoint, name = args.llm_endpoint or model.endpoint, args.llm_model or model.llm_model
    if not (endpoint and name):
        raise SettingsError(
            f"E213 score: this 'llm' model (LLM Mesh id '{model.llm_id}') has no HTTP endpoint: give --llm-endpoint "
            "(an OpenAI-compatible URL such as http://host:port/v1) and --llm-model, or score it in DSS."
        )
    cache = None
    if settings.llm_cache:
        cache = AnswerCache(LocalStorage(args.llm_cache_dir) if args.llm_cache_dir else None)
    model.start_run(HttpChatBackend(endpoint, name), max_calls=settings.llm_max_calls, cache=cache, model_id=name)


def run_analyze(args) -> None:
    from .analysis import analyze
    from .rules import load_rules
    from .signals import load_extractor

    catalogue = load_catalogue()
    engine = load_rules(load_extractor(), channels=catalogue.ids)
    result, summary = analyze(read_all(args.input), args.text_column, args.label_column, engine, catalogue)
    with ChunkWriter(args.output) as writer:
        writer.write(result)
    if args.summary:
        Path(args.summary).write_text(summary, encoding="utf-8")
    else:
        print(summary)


def run_evaluate(args) -> None:
    from .evaluation.audit import AuditSettings, audit

    catalogue = load_catalogue()
    frame = read_all(args.input)
    model = load_model(LocalStorage(args.model_dir)) if args.model_dir else None
    text_column = args.text_column
    if text_column == "text" and "text" not in frame.columns:  # the default, not asked for: evaluate without text
        logger.warning("No 'text' column: no bias audit, no counterfactual test, no examples (see --text-column)")
        text_column = None
    settings = AuditSettings(label_column=args.label_column, urgence_column=args.urgence_column,
                             text_column=text_column, title=args.title, n_boot=args.bootstrap, seed=args.seed,
                             counterfactual_rows=args.counterfactual_rows)
    outputs = audit(frame, settings, catalogue, model)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in outputs.tables().items():
        table.to_csv(out / f"{name}.csv", index=False)
    (out / "report.html").write_text(outputs.report, encoding="utf-8")
    logger.info("Evaluated %d rows: macro-F1 %.3f; wrote %s and report.html to %s",
                outputs.result.summary["rows_evaluated"], outputs.result.summary["macro_f1"],
                ", ".join(f"{n}.csv" for n in outputs.tables()), out)


def run_compare(args) -> None:
    from .evaluation.compare import compare

    settings = TrainSettings(text_column=args.text_column, label_column=args.label_column, base_model=args.base_model)
    table = compare(read_all(args.input), settings, list(args.algorithms), load_catalogue(),
                    split_column=args.split_column, urgence_column=args.urgence_column)
    with ChunkWriter(args.output) as writer:
        writer.write(table)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


def _read_description(stdin) -> str:
    """Lines up to an empty line or the end of input."""
    lines = []
    for line in iter(stdin.readline, ""):
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.rstrip("\n"))
    return "\n".join(lines)


def _read_choice(stdin, n: int) -> int:
    for _ in range(5):
        print(f"Votre réponse (1 à {n}) : ", end="", flush=True)
        line = stdin.readline()
        if not line:
            break
        if line.strip().isdigit() and 1 <= int(line.strip()) <= n:
            return int(line.strip()) - 1
        print(f"Tapez un nombre entre 1 et {n}.")
    raise InputDataError("E716 No valid answer number on standard input.")


def run_assist(args, stdin=None) -> None:
    from .assistant import Assistant

    stdin = stdin or sys.stdin
    assistant = Assistant(load_model(LocalStorage(args.model_dir)))
    form = {k: getattr(args, k) for k in ("auteur_connu", "faits_en_ligne", "victime_mineure") if getattr(args, k)}
    print("Décrivez ce qui s'est passé, puis validez par une ligne vide :", flush=True)
    description = _read_description(stdin)
    answers, shown_emergency = [], False
    while True:
        reply = assistant.turn(description, form, answers)
        if reply["emergency"] and not shown_emergency:
            print(f"\n!!! URGENCE : {reply['emergency']['message']}\n")
            shown_emergency = True
        if reply["status"] == "oriented":
            break
        q = reply["question"]
        print(f"\nQuestion {q['number']} : {q['text']}")
        for choice in q["choices"]:
            print(f"  {choice['index'] + 1}. {choice['label']}")
        answers.append({"question": q["id"], "answer": _read_choice(stdin, len(q["choices"]))})
    ch = reply["channel"]
    print(f"\nService conseillé : {ch['name']} ({ch['id']})")
    print(f"Adresse : {ch['url']}")
    print(f"Pourquoi : {ch['reason']}")
    print(f"À préparer : {ch['prepare']}")


COMMANDS = {"prepare": run_prepare, "train": run_train, "score": run_score, "analyze": run_analyze,
            "evaluate": run_evaluate, "compare": run_compare, "assist": run_assist}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        COMMANDS[args.command](args)
    except OrientationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
