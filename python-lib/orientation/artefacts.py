"""Model folder format: a manifest, checksums, and weights that load without pickle.

A model folder holds ``manifest.json`` plus the files it lists. Arrays are stored
as ``.npz`` archives read with ``allow_pickle=False``; settings and vocabularies
as JSON. Every file's SHA-256 is in the manifest and is checked at load time.

python-lib never touches a path directly: it reads and writes through the small
:class:`Storage` interface. :class:`LocalStorage` implements it on a directory;
``dku_io.FolderStorage`` on a DSS managed folder, by streams.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
from pathlib import Path
from typing import Protocol

import numpy as np

from . import __version__
from .errors import ModelArtefactError

MANIFEST = "manifest.json"


class Storage(Protocol):
    """What python-lib needs from a folder: bytes in, bytes out, a listing."""

    def put(self, name: str, data: bytes) -> None: ...

    def get(self, name: str) -> bytes: ...

    def list(self) -> list[str]: ...


class LocalStorage:
    """A :class:`Storage` on a local directory (command line, tests)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def put(self, name: str, data: bytes) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def get(self, name: str) -> bytes:
        try:
            return (self.root / name).read_bytes()
        except FileNotFoundError:
            raise ModelArtefactError(
                f"E301 '{name}' is missing from the model folder '{self.root}'. "
                "Train a model into this folder first, or point to the folder that holds one."
            ) from None

    def list(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())


def arrays_to_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def arrays_from_bytes(data: bytes, name: str) -> dict[str, np.ndarray]:
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
    except (ValueError, OSError) as exc:
        raise ModelArtefactError(f"E304 '{name}' in the model folder is not a readable numpy archive ({exc}).") from None


def json_to_bytes(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def json_from_bytes(data: bytes, name: str):
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelArtefactError(f"E305 '{name}' in the model folder is not valid JSON ({exc}).") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_model_folder(storage: Storage, manifest: dict, files: dict[str, bytes]) -> dict:
    """Write ``files`` then a manifest that lists them with their checksums.

    The manifest goes last, so a folder whose writing was interrupted has no
    manifest and is refused at load time rather than half read.
    """
    manifest = dict(manifest)
    manifest.setdefault("plugin_version", __version__)
    manifest.setdefault("created_at", _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    manifest["files"] = {name: {"sha256": sha256(data), "bytes": len(data)} for name, data in files.items()}
    for name, data in files.items():
        storage.put(name, data)
    storage.put(MANIFEST, json_to_bytes(manifest))
    return manifest


def read_model_folder(storage: Storage, expected_formats: tuple[str, ...] | None = None) -> tuple[dict, dict[str, bytes]]:
    """Read the manifest and every file it lists, checking sizes and checksums."""
    manifest = json_from_bytes(storage.get(MANIFEST), MANIFEST)
    fmt = manifest.get("format")
    if not isinstance(manifest.get("files"), dict) or not fmt:
        raise ModelArtefactError("E302 The model manifest has no 'format' or no 'files' entry: the folder is not a model.")
    if expected_formats and fmt not in expected_formats:
        raise ModelArtefactError(
            f"E303 Model format '{fmt}' is not one this plugin version ({__version__}) reads: {list(expected_formats)}. "
            "Retrain the model with this version."
        )
    files = {}
    for name, meta in manifest["files"].items():
        data = storage.get(name)
        if len(data) != meta.get("bytes") or sha256(data) != meta.get("sha256"):
            raise ModelArtefactError(
                f"E306 '{name}' in the model folder does not match its checksum in the manifest: the file is "
                "corrupted or was edited after training. Retrain the model or restore the folder."
            )
        files[name] = data
    return manifest, files
