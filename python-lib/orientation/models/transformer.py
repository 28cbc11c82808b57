"""Transformer family: a pretrained encoder fine-tuned end to end, with a pooling head.

Any Hugging Face encoder checkpoint in a local folder can be fine-tuned (nothing is
downloaded: the offline switches are set before ``transformers`` is imported). The
head pools the last hidden states (mean pooling by default: E5 models have no pooler
and were trained that way; ``cls`` takes the first token) and maps them to the
channels through dropout and one linear layer.

Training follows common fine-tuning practice: seeded; early stopping on the
validation macro-F1 with the best weights kept; class weights; AdamW with linear
warm-up and decay; gradient accumulation; optional freezing of the word embeddings
(the largest matrix, about half of a CPU step); batches of similar lengths so little
compute goes into padding; CUDA with mixed precision when present, all CPU cores
otherwise; a log line every ``log_every`` optimiser steps and at each epoch's end.

The model folder holds the fine-tuned weights (safetensors, half precision), the
encoder's config and the tokenizer files; it scores offline on its own. Explanations
come from integrated gradients on the word embeddings, summed per word, with a bounded
number of steps; scoring without explanations costs one forward pass per batch.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import tempfile
import time
import unicodedata
import warnings
from pathlib import Path

import numpy as np

from ..catalogue import RESOURCE_DIR
from ..errors import ModelArtefactError, SettingsError
from ..artefacts import json_to_bytes
from ..metrics import macro_f1
from ..text.proper_nouns import FILE as MASK_FILE
from ..text.proper_nouns import ProperNounMask, mask_from_files
from .base import Prediction, TextClassifier
from .encoder import check_encoder_folder, quiet_load, set_offline
from .linear import fit_temperature, softmax

logger = logging.getLogger(__name__)

POOLINGS = ("mean", "cls")
DEVICES = ("auto", "cpu", "cuda")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt",
                   "sentencepiece.bpe.model")
_WORD = re.compile(r"\w+", re.UNICODE)


def cpu_threads() -> int:
    """CPU cores this process may use (the affinity mask, which containers set)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def _stopwords() -> frozenset[str]:
    path = RESOURCE_DIR / "lexicon" / "stopwords_fr.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def default_prefix(path: Path) -> str:
    """E5 checkpoints expect ``"query: "`` before a text; other encoders nothing."""
    names = [path.name.lower()]
    try:
        names.append(str(json.loads((path / "config.json").read_text(encoding="utf-8")).get("_name_or_path", "")).lower())
    except (OSError, ValueError):
        pass
    return "query: " if any("e5" in n for n in names) else ""


def _build_net(torch, encoder, n_classes: int, pooling: str, dropout: float):
    """The encoder with a pooling head: logits of shape (batch, n_classes)."""

    class PooledClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(encoder.config.hidden_size, n_classes)

        def forward(self, input_ids=None, attention_mask=None, inputs_embeds=None):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  inputs_embeds=inputs_embeds).last_hidden_state  # (batch, seq, hidden)
            if pooling == "cls":
                pooled = hidden[:, 0]
            else:
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
            return self.head(self.dropout(pooled))

    return PooledClassifier()


class TransformerClassifier(TextClassifier):
    """A fine-tuned encoder with a pooling head.

    Args:
        channels (tuple[str, ...]): catalogue order.
        base_model (str): local checkpoint folder (training only; the model folder keeps the result).
        epochs (int): maximum number of passes over the training rows.
        learning_rate (float): peak learning rate of AdamW.
        batch_size (int): rows per forward pass.
        grad_accum (int): forward passes per optimiser step (effective batch = batch_size * grad_accum).
        max_length (int): tokens kept per text.
        warmup_share (float): share of the optimiser steps spent warming the learning rate up.
        weight_decay (float): AdamW weight decay (not applied to biases and LayerNorm weights).
        patience (int): epochs without a better validation macro-F1 before stopping.
        freeze_embeddings (bool): keep the word embeddings fixed.
        train_layers (int): fine-tune only the top N encoder layers (0: all); the others and all
            embeddings stay fixed, so the backward pass stops early (a cheaper CPU run).
        pooling (str): ``mean`` or ``cls``.
        dropout (float): dropout before the linear head.
        class_weight (str): ``balanced`` or ``none``.
        device (str): ``auto`` (CUDA when available), ``cpu`` or ``cuda``.
        seed (int): seeds the head, the dropout and the batch order.
        log_every (int): optimiser steps between two progress lines.
        attribution_steps (int): integrated-gradients steps per explained row (cost bound).

    Attributes:
        temperature_ (float): calibration temperature.
        history_ (list[dict]): per epoch: loss, validation macro-F1, seconds.
        best_epoch_ (int): the epoch whose weights were kept.
    """

    algorithm = "transformer"
    format = "orientation.transformer.v1"
    refits = False  # early stopping picks the weights on the validation split; no refit on all rows

    def __init__(self, *, channels, base_model: str | None = None, epochs: int = 4, learning_rate: float = 5e-5,
                 batch_size: int = 16, grad_accum: int = 1, max_length: int = 128, warmup_share: float = 0.1,
                 weight_decay: float = 0.01, patience: int = 1, freeze_embeddings: bool = True, train_layers: int = 0,
                 pooling: str = "mean", dropout: float = 0.1, class_weight: str = "balanced", device: str = "auto",
                 seed: int = 42, log_every: int = 20, attribution_steps: int = 8,
                 mask_proper_nouns: bool = True) -> None:
        super().__init__(channels=channels)
        if pooling not in POOLINGS:
            raise SettingsError(f"E193 pooling: '{pooling}' is not one of {list(POOLINGS)}.")
        if device not in DEVICES:
            raise SettingsError(f"E194 device: '{device}' is not one of {list(DEVICES)}.")
        self.base_model = base_model
        self.epochs = epochs
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.grad_accum = grad_accum
        self.max_length = max_length
        self.warmup_share = warmup_share
        self.weight_decay = weight_decay
        self.patience = patience
        self.freeze_embeddings = freeze_embeddings
        self.train_layers = train_layers
        self.pooling = pooling
        self.dropout = dropout
        self.class_weight = class_weight
        self.device = device
        self.seed = seed
        self.log_every = log_every
        self.attribution_steps = attribution_steps
        self.mask_proper_nouns = bool(mask_proper_nouns)
        self.mask_ = None
        self.temperature_ = 1.0
        self.history_: list[dict] = []
        self.best_epoch_ = 0

    # Set-up -------------------------------------------------------------------------------
    def _torch(self):
        set_offline()
        import torch

        return torch

    def _device(self, torch):
        if self.device == "cuda" and not torch.cuda.is_available():
            raise SettingsError("E195 device: 'cuda' was asked but no CUDA device is visible; use 'auto' or 'cpu'.")
        if self.device == "cuda" or (self.device == "auto" and torch.cuda.is_available()):
            return torch.device("cuda")
        torch.set_num_threads(cpu_threads())
        return torch.device("cpu")

    def _tokenize(self, texts: list[str]) -> list[list[int]]:
        enc = self.tokenizer_([self.prefix_ + t for t in texts], truncation=True, max_length=self.max_length,
                              add_special_tokens=True)
        return enc["input_ids"]

    def _pad(self, torch, ids: list[list[int]], device):
        width = max(len(x) for x in ids)
        pad = self.tokenizer_.pad_token_id if self.tokenizer_.pad_token_id is not None else 0
        input_ids = torch.full((len(ids), width), pad, dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        for i, row in enumerate(ids):
            input_ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
            mask[i, : len(row)] = 1
        return input_ids.to(device), mask.to(device)

    def _freeze_lower_layers(self, torch, encoder) -> None:
        """Keep all embeddings and every layer below the top ``train_layers`` fixed."""
        n = int(encoder.config.num_hidden_layers)
        stacks = [m for m in encoder.modules() if isinstance(m, torch.nn.ModuleList) and len(m) == n]
        if not stacks:
            raise SettingsError(f"E198 train_layers: no stack of {n} layers found in this checkpoint; use 0 (all).")
        for module in [encoder.embeddings] if hasattr(encoder, "embeddings") else []:
            module.requires_grad_(False)
        for layer in stacks[0][: max(0, n - self.train_layers)]:
            layer.requires_grad_(False)

    def _batches(self, lengths: np.ndarray, rng: np.random.Generator) -> list[np.ndarray]:
        """Shuffled batches of similar lengths: shuffle, sort within pools of 50 batches, shuffle batches."""
        order = rng.permutation(len(lengths))
        pool = self.batch_size * 50
        batches = []
        for start in range(0, len(order), pool):
            chunk = order[start : start + pool]
            chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
            batches.extend(chunk[i : i + self.batch_size] for i in range(0, len(chunk), self.batch_size))
        return [batches[i] for i in rng.permutation(len(batches))]

    # Training -----------------------------------------------------------------------------
    def fit(self, texts, labels, features=None, validation=None) -> "TransformerClassifier":
        """Fine-tune on ``texts``; ``validation`` = (texts, labels) drives early stopping.

        Without ``validation``, training runs all epochs and keeps the last weights.
        """
        if not self.base_model:
            raise SettingsError("E192 The transformer family needs a base model: a local checkpoint folder.")
        torch = self._torch()
        from transformers import AutoModel, AutoTokenizer

        path = check_encoder_folder(self.base_model)
        torch.manual_seed(self.seed)
        rng = np.random.default_rng(self.seed)
        device = self._device(torch)
        self.tokenizer_ = AutoTokenizer.from_pretrained(str(path))
        self.prefix_ = default_prefix(path)
        encoder = quiet_load(lambda: AutoModel.from_pretrained(str(path), dtype=torch.float32))
        pooler = getattr(encoder, "pooler", None)
        if isinstance(pooler, torch.nn.Module):  # unused: the head pools the hidden states itself
            pooler.requires_grad_(False)
        self.net_ = _build_net(torch, encoder, len(self.channels), self.pooling, self.dropout).to(device)
        if self.freeze_embeddings:
            encoder.get_input_embeddings().weight.requires_grad_(False)
        if self.train_layers:
            self._freeze_lower_layers(torch, encoder)

        y = np.asarray(labels, dtype=np.int64)
        # First names and towns masked as [NOM], as the n-gram families do (orientation.text.proper_nouns).
        self.mask_ = ProperNounMask().fit(list(texts), always_keep=self.channels) if self.mask_proper_nouns else None
        texts = self._masked(texts)
        if validation is not None:
            validation = (self._masked(validation[0]), validation[1])
        ids = self._tokenize(list(texts))
        lengths = np.array([len(x) for x in ids])
        counts = np.bincount(y, minlength=len(self.channels)).astype(np.float64)
        if self.class_weight == "balanced":
            weights = np.where(counts > 0, len(y) / (len(self.channels) * np.maximum(counts, 1)), 0.0)
        else:
            weights = np.ones(len(self.channels))
        loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, dtype=torch.float32, device=device))

        decay, no_decay = [], []
        for name, param in self.net_.named_parameters():
            if param.requires_grad:
                (no_decay if param.ndim == 1 or "LayerNorm" in name else decay).append(param)
        optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": self.weight_decay},
                                       {"params": no_decay, "weight_decay": 0.0}], lr=self.learning_rate)
        n_batches = math.ceil(len(y) / self.batch_size)
        steps_per_epoch = math.ceil(n_batches / self.grad_accum)
        total_steps = max(1, steps_per_epoch * self.epochs)
        warmup = int(self.warmup_share * total_steps)

        def schedule(step: int) -> float:
            if step < warmup:
                return (step + 1) / (warmup + 1)
            return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
        use_amp = device.type == "cuda"
        amp_dtype = torch.bfloat16 if use_amp and torch.cuda.is_bf16_supported() else torch.float16
        scaler = torch.amp.GradScaler("cuda", enabled=use_amp and amp_dtype == torch.float16)
        logger.info(
            "Fine-tuning %s on %d rows (%d validation) on %s%s: %d epochs at most, %d optimiser steps each, "
            "batch %d x %d, learning rate %.1e, %s pooling, word embeddings %s, layers trained: %s",
            path.name, len(y), 0 if validation is None else len(validation[1]), device.type,
            f" ({torch.get_num_threads()} threads)" if device.type == "cpu" else " (mixed precision)",
            self.epochs, steps_per_epoch, self.batch_size, self.grad_accum, self.learning_rate, self.pooling,
            "frozen" if self.freeze_embeddings else "trained", self.train_layers or "all",
        )

        best_f1, best_state, stale, step = -1.0, None, 0, 0
        started = time.perf_counter()
        self.history_ = []
        for epoch in range(1, self.epochs + 1):
            self.net_.train()
            epoch_start, seen, loss_sum, loss_n = time.perf_counter(), 0, 0.0, 0
            batches = self._batches(lengths, rng)
            optimizer.zero_grad(set_to_none=True)
            for b, rows in enumerate(batches, start=1):
                input_ids, mask = self._pad(torch, [ids[i] for i in rows], device)
                target = torch.tensor(y[rows], device=device)
                with torch.autocast(device.type, dtype=amp_dtype, enabled=use_amp):
                    loss = loss_fn(self.net_(input_ids, mask).float(), target)
                scaler.scale(loss / self.grad_accum).backward()
                loss_sum, loss_n, seen = loss_sum + float(loss.detach()), loss_n + 1, seen + len(rows)
                if b % self.grad_accum == 0 or b == len(batches):
                    scaler.unscale_(optimizer)
                    torch.nn.utils.clip_grad_norm_(self.net_.parameters(), 1.0)
                    scaler.step(optimizer)
                    scaler.update()
                    scheduler.step()
                    optimizer.zero_grad(set_to_none=True)
                    step += 1
                    if self.log_every and step % self.log_every == 0:
                        rate = seen / (time.perf_counter() - epoch_start)
                        left = (len(y) * (self.epochs - epoch + 1) - seen) / rate
                        logger.info("epoch %d step %d/%d: loss %.4f, %.1f examples/s, about %.0f s left",
                                    epoch, step, total_steps, loss_sum / loss_n, rate, left)
            record = {"epoch": epoch, "loss": loss_sum / max(1, loss_n), "seconds": time.perf_counter() - epoch_start}
            if validation is not None:
                pred = self._logits(validation[0]).argmax(axis=1)
                record["validation_macro_f1"] = macro_f1(np.asarray(validation[1]), pred, len(self.channels))
            self.history_.append(record)
            logger.info("epoch %d done: loss %.4f%s, %.1f examples/s, %.0f s",
                        epoch, record["loss"],
                        f", validation macro-F1 {record['validation_macro_f1']:.3f}" if validation is not None else "",
                        len(y) / record["seconds"], record["seconds"])
            if validation is None:
                continue
            if record["validation_macro_f1"] > best_f1:
                best_f1, stale, self.best_epoch_ = record["validation_macro_f1"], 0, epoch
                best_state = {k: v.detach().clone() for k, v in self.net_.named_parameters() if v.requires_grad}
            else:
                stale += 1
                if stale > self.patience:
                    logger.info("Early stop after epoch %d: no better validation macro-F1 for %d epochs", epoch, stale)
                    break
        if best_state is not None:
            with torch.no_grad():
                params = dict(self.net_.named_parameters())
                for name, value in best_state.items():
                    params[name].copy_(value)
            logger.info("Kept the weights of epoch %d (validation macro-F1 %.3f); %.0f s in all",
                        self.best_epoch_, best_f1, time.perf_counter() - started)
        else:
            self.best_epoch_ = len(self.history_)
        self.net_.eval()
        self.fitted_ = True
        return self

    def calibrate(self, texts, labels, features=None) -> float:
        """Fit the temperature on held-out rows; returns it."""
        self.temperature_ = fit_temperature(self._logits(self._masked(texts)), np.asarray(labels))
        return self.temperature_

    def quantize(self) -> None:
        """Dynamic int8 quantisation of the encoder's widening linear layers (CPU scoring only).

        Only layers whose output is at least as wide as their input are quantised: the
        attention projections and the feed-forward up-projection. The feed-forward
        down-projections read GELU activations with large outliers, which per-tensor int8
        activations flatten (on the fine-tuned e5-small, quantising them too changed one
        prediction in six); they and the classification head stay in float32.
        """
        torch = self._torch()
        names = {name for name, module in self.net_.named_modules()
                 if isinstance(module, torch.nn.Linear) and not name.startswith("head")
                 and module.out_features >= module.in_features}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao.quantization announces its move to torchao
            self.net_ = torch.ao.quantization.quantize_dynamic(self.net_.cpu(), names, dtype=torch.qint8)
        self.quantized_ = True

    # Scoring ------------------------------------------------------------------------------
    def _masked(self, texts) -> list[str]:
        return self.mask_.transform(list(texts)) if self.mask_ is not None else list(texts)

    def _logits(self, texts) -> np.ndarray:
        torch = self._torch()
        device = next(self.net_.parameters()).device if not getattr(self, "quantized_", False) else torch.device("cpu")
        ids = self._tokenize(list(texts))
        order = np.argsort([len(x) for x in ids], kind="stable")
        out = np.zeros((len(ids), len(self.channels)), dtype=np.float32)
        self.net_.eval()
        with torch.inference_mode():
            for start in range(0, len(ids), self.batch_size * 2):
                rows = order[start : start + self.batch_size * 2]
                input_ids, mask = self._pad(torch, [ids[i] for i in rows], device)
                out[rows] = self.net_(input_ids, mask).float().cpu().numpy()
        return out

    def predict(self, texts, features=None, *, explain=False, top_words=3, signals=None) -> Prediction:
        self.check_fitted()
        texts = self._masked(texts)  # explanations then quote the masked text: never a name
        if not texts:
            return Prediction(proba=np.zeros((0, len(self.channels))), evidence=[] if explain else None)
        proba = softmax(self._logits(texts).astype(np.float64), self.temperature_)
        if not explain:
            return Prediction(proba=proba)
        return Prediction(proba=proba, evidence=self.attribute(texts, proba.argmax(axis=1), top_words))

    def attribute(self, texts: list[str], targets: np.ndarray, top_words: int = 3) -> list[list[str]]:
        """Per text, the words that weighed most towards ``targets`` (integrated gradients, then summed per word).

        The baseline replaces every non-special token by the padding token's embedding; the
        attribution of a token is (embedding - baseline) . mean gradient along the path.
        """
        torch = self._torch()
        if getattr(self, "quantized_", False):
            raise SettingsError("E196 Explanations need the full-precision model: score without int8 quantisation.")
        net, tok = self.net_, self.tokenizer_
        device = next(net.parameters()).device
        embed = net.encoder.get_input_embeddings()
        stop = getattr(self, "_stop", None) or _stopwords()
        self._stop = stop
        steps = max(1, int(self.attribution_steps))
        alphas = (torch.arange(steps, dtype=torch.float32, device=device) + 0.5) / steps  # midpoint rule
        out: list[list[str]] = [[] for _ in texts]
        prefix = self.prefix_
        enc = tok([prefix + t for t in texts], truncation=True, max_length=self.max_length,
                  return_offsets_mapping=True, return_special_tokens_mask=True)
        order = np.argsort([len(x) for x in enc["input_ids"]], kind="stable")
        batch = max(1, self.batch_size // 2)
        pad_id = tok.pad_token_id if tok.pad_token_id is not None else 0
        for start in range(0, len(texts), batch):
            rows = order[start : start + batch]
            input_ids, mask = self._pad(torch, [enc["input_ids"][i] for i in rows], device)
            special = torch.zeros_like(input_ids, dtype=torch.bool)
            for j, i in enumerate(rows):
                sm = enc["special_tokens_mask"][i]
                special[j, : len(sm)] = torch.tensor(sm, dtype=torch.bool)
            special |= mask == 0
            with torch.no_grad():
                x = embed(input_ids)  # (b, seq, hidden)
                base = embed(torch.where(special, input_ids, torch.full_like(input_ids, pad_id)))
            b, seq, hidden = x.shape
            path = base.unsqueeze(0) + alphas.view(-1, 1, 1, 1) * (x - base).unsqueeze(0)  # (steps, b, seq, hidden)
            path = path.reshape(steps * b, seq, hidden).requires_grad_(True)
            logits = net(attention_mask=mask.repeat(steps, 1), inputs_embeds=path)
            target = torch.as_tensor(targets[rows], device=device).repeat(steps)
            picked = logits.gather(1, target.view(-1, 1)).sum()
            (grad,) = torch.autograd.grad(picked, path)
            grad = grad.view(steps, b, seq, hidden).mean(0)
            scores = ((x - base) * grad).sum(-1).masked_fill(special, 0.0).detach().cpu().numpy()
            for j, i in enumerate(rows):
                out[i] = self._top_words(texts[i], enc["offset_mapping"][i], scores[j], len(prefix), top_words, stop)
        return out

    @staticmethod
    def _top_words(text, offsets, scores, shift, k, stop) -> list[str]:
        """Sum token scores per word of ``text`` and return the ``k`` best positive words, in text form."""
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        if not spans:
            return []
        starts = np.array([s for s, _ in spans])
        totals = np.zeros(len(spans))
        for (a, e), score in zip(offsets, scores):
            if e <= a or score == 0.0:
                continue
            w = int(np.searchsorted(starts, a - shift, side="right")) - 1
            if w >= 0:
                totals[w] += score
        chosen: list[str] = []
        seen: set[str] = set()
        for w in np.argsort(-totals):
            if totals[w] <= 0 or len(chosen) >= k:
                break
            a, e = spans[w]
            word, key = text[a:e], _fold(text[a:e])
            placeholder = a > 0 and text[a - 1] == "[" and word.isupper()  # [NOM], [EMAIL] from pseudonymisation
            if len(word) < 3 or key in stop or key in seen or placeholder:
                continue
            seen.add(key)
            chosen.append(word)
        return chosen

    # Artefacts ----------------------------------------------------------------------------
    def _state(self):
        torch = self._torch()
        from safetensors.torch import save

        if getattr(self, "quantized_", False):
            raise SettingsError("E197 A quantised model is not saved: quantise at scoring time instead.")
        state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in self.net_.state_dict().items()}
        files = {"transformer/model.safetensors": save(state),
                 "transformer/config.json": self.net_.encoder.config.to_json_string().encode("utf-8")}
        with tempfile.TemporaryDirectory(prefix="orientation-tokenizer-") as tmp:
            self.tokenizer_.save_pretrained(tmp)
            for name in TOKENIZER_FILES:
                if (Path(tmp) / name).is_file():
                    files[f"transformer/{name}"] = (Path(tmp) / name).read_bytes()
        params = {"pooling": self.pooling, "dropout": self.dropout, "max_length": self.max_length,
                  "batch_size": self.batch_size, "prefix": self.prefix_, "temperature": self.temperature_,
                  "attribution_steps": self.attribution_steps, "history": self.history_,
                  "best_epoch": self.best_epoch_,
                  "training": {"epochs": self.epochs, "learning_rate": self.learning_rate,
                               "grad_accum": self.grad_accum, "warmup_share": self.warmup_share,
                               "weight_decay": self.weight_decay, "patience": self.patience,
                               "freeze_embeddings": self.freeze_embeddings,
                               "train_layers": self.train_layers, "class_weight": self.class_weight,
                               "seed": self.seed},
                  "mask_proper_nouns": self.mask_ is not None}
        if self.mask_ is not None:
            files[MASK_FILE] = json_to_bytes(self.mask_.to_json())
        return params, files

    @classmethod
    def _from_state(cls, manifest, files):
        p = manifest["params"]
        model = cls(channels=tuple(manifest["channels"]), pooling=p["pooling"], dropout=p["dropout"],
                    max_length=p["max_length"], batch_size=p["batch_size"], attribution_steps=p["attribution_steps"])
        torch = model._torch()
        from safetensors import SafetensorError
        from safetensors.torch import load
        from transformers import AutoConfig, AutoModel, AutoTokenizer

        with tempfile.TemporaryDirectory(prefix="orientation-transformer-") as tmp:
            for name, data in files.items():
                if name.startswith("transformer/") and name != "transformer/model.safetensors":
                    (Path(tmp) / name.split("/", 1)[1]).write_bytes(data)
            config = AutoConfig.from_pretrained(tmp)
            model.tokenizer_ = AutoTokenizer.from_pretrained(tmp)
        encoder = quiet_load(lambda: AutoModel.from_config(config))
        net = _build_net(torch, encoder, len(model.channels), model.pooling, model.dropout)
        try:
            state = load(files["transformer/model.safetensors"])
            net.load_state_dict({k: v.to(torch.float32) for k, v in state.items()}, strict=True)
        except (SafetensorError, RuntimeError) as exc:
            raise ModelArtefactError(
                f"E308 The transformer weights do not match the model's config ({type(exc).__name__}); "
                "the model folder is damaged or mixed with another model: train it again."
            ) from None
        model.net_ = net.to(model._device(torch)).eval()
        model.prefix_ = p["prefix"]
        model.temperature_ = float(p["temperature"])
        model.history_ = p.get("history", [])
        model.best_epoch_ = p.get("best_epoch", 0)
        if p.get("mask_proper_nouns", False):  # folders written before the mask: off
            model.mask_ = mask_from_files(files)
        model.fitted_ = True
        return model
