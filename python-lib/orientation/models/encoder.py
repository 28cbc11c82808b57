"""A pretrained Hugging Face encoder loaded from a local folder, never from the network.

The plugin sets the offline switches of ``huggingface_hub`` and ``transformers`` itself
before importing them, so an air-gapped DSS never tries to download anything.
Sentence embeddings are mean-pooled (E5 has no pooler and was trained that way) and
L2-normalised; batches are sorted by length so padding stays small.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from ..errors import ModelArtefactError, SettingsError

logger = logging.getLogger(__name__)

ENCODER_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")
OPTIONAL_FILES = ("special_tokens_map.json", "vocab.txt", "sentencepiece.bpe.model")


def set_offline() -> None:
    """Forbid any download by huggingface_hub and transformers (air-gapped instances)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def quiet_load(build):
    """Run ``build`` with transformers' load report and warnings silenced.

    A checkpoint without a pooler (E5) is expected here: the plugin pools the hidden states itself.
    """
    from transformers.utils import logging as hf_logging

    level, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return build()
    finally:
        hf_logging.set_verbosity(level)
        if bars:
            hf_logging.enable_progress_bar()


def check_encoder_folder(path: str | Path) -> Path:
    """Raise a clear error when ``path`` is not a usable local checkpoint folder."""
    path = Path(path)
    if not path.is_dir():
        raise SettingsError(
            f"E190 base model: '{path}' is not a folder. Give a local Hugging Face checkpoint folder "
            "(config.json, model.safetensors, tokenizer files); nothing is downloaded at run time."
        )
    missing = [f for f in ENCODER_FILES if not (path / f).is_file()]
    if missing:
        raise ModelArtefactError(f"E191 The checkpoint folder '{path}' lacks {missing}.")
    return path


class Encoder:
    """Mean-pooled sentence embeddings from a local checkpoint.

    Args:
        path (str | Path): local checkpoint folder.
        max_length (int): tokens kept per text.
        batch_size (int): texts per forward pass.
        prefix (str): prepended to every text (``"query: "`` for E5 models).
    """

    def __init__(self, path: str | Path, *, max_length: int = 128, batch_size: int = 32, prefix: str = "query: ") -> None:
        set_offline()
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.path = check_encoder_folder(path)
        self.max_length = max_length
        self.batch_size = batch_size
        self.prefix = prefix
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.path))
        self.model = quiet_load(lambda: AutoModel.from_pretrained(str(self.path), dtype=torch.float32))
        self.model.eval()
        self.dim = int(self.model.config.hidden_size)
        self._cache: dict[str, np.ndarray] = {}

    _CACHE_SIZE = 100_000  # training encodes the same rows for fit, calibration and refit

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embeddings, shape (n_texts, hidden_size), float32, unit norm."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo = [i for i, t in enumerate(texts) if t not in self._cache]
        if todo:
            fresh = self._encode([texts[i] for i in todo])
            for i, vec in zip(todo, fresh):
                if len(self._cache) < self._CACHE_SIZE:
                    self._cache[texts[i]] = vec
                out[i] = vec
        for i, t in enumerate(texts):
            if t in self._cache:
                out[i] = self._cache[t]
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        torch = self.torch
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        started = time.perf_counter()
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = self.tokenizer([self.prefix + texts[i] for i in idx], padding=True, truncation=True,
                                       max_length=self.max_length, return_tensors="pt")
                hidden = self.model(**batch).last_hidden_state  # (batch, seq_len, hidden)
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[idx] = pooled.numpy()
        if len(texts) >= 1000:
            logger.info("Encoded %d texts in %.1f s", len(texts), time.perf_counter() - started)
        return out

    def files(self) -> dict[str, bytes]:
        """The checkpoint's files, to copy into a model folder."""
        files = {f"encoder/{f}": (self.path / f).read_bytes() for f in ENCODER_FILES}
        for f in OPTIONAL_FILES:
            if (self.path / f).is_file():
                files[f"encoder/{f}"] = (self.path / f).read_bytes()
        return files


def encoder_from_files(files: dict[str, bytes], **kwargs) -> Encoder:
    """Rebuild an encoder from the files a model folder holds (through a private temporary folder)."""
    tmp = Path(tempfile.mkdtemp(prefix="orientation-encoder-"))
    for name, data in files.items():
        if name.startswith("encoder/"):
            (tmp / name[len("encoder/"):]).write_bytes(data)
    return Encoder(tmp, **kwargs)
