"""DSS glue: chunked dataset reads and writes, and managed folders as streams.

Nothing here asks for a local path, so the recipes run unchanged in containerised
execution (Kubernetes) and on S3 or other remote folders. Partitioned datasets
work as DSS sets them up: reads are restricted to the partitions the recipe
depends on, and writes go to the partition being built.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Iterator

import dataiku
import pandas as pd

from orientation.errors import ModelArtefactError

logger = logging.getLogger(__name__)

_DSS_TYPES = {"i": "bigint", "u": "bigint", "f": "double", "b": "boolean", "M": "date"}


def iter_dataset_chunks(name: str, chunk_size: int, columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """Yield the input dataset in chunks of ``chunk_size`` rows, strings kept as strings."""
    dataset = dataiku.Dataset(name)
    yield from dataset.iter_dataframes(chunksize=chunk_size, infer_with_pandas=False, columns=columns)


def read_dataset(name: str, columns: list[str] | None = None) -> pd.DataFrame:
    return dataiku.Dataset(name).get_dataframe(columns=columns, infer_with_pandas=False)


def schema_of(frame: pd.DataFrame, descriptions: dict[str, str]) -> list[dict]:
    """DSS schema of ``frame``, with a French description (comment) for the known columns."""
    schema = []
    for col, dtype in frame.dtypes.items():
        column = {"name": str(col), "type": _DSS_TYPES.get(dtype.kind, "string")}
        if col in descriptions:
            column["comment"] = descriptions[col]
        schema.append(column)
    return schema


class DatasetChunkWriter:
    """Write chunks to an output dataset through one writer; the schema comes from the first chunk.

    Args:
        name (str): output dataset name.
        descriptions (dict[str, str]): column -> description written into the schema.
    """

    def __init__(self, name: str, descriptions: dict[str, str] | None = None) -> None:
        self.dataset = dataiku.Dataset(name)
        self.descriptions = descriptions or {}
        self._writer = None
        self.n_rows = 0
        self._started = time.perf_counter()

    def write(self, frame: pd.DataFrame) -> None:
        if self._writer is None:
            self.dataset.write_schema(schema_of(frame, self.descriptions))
            self._writer = self.dataset.get_writer()
        self._writer.write_dataframe(frame)
        self.n_rows += len(frame)

    def close(self, empty_frame: pd.DataFrame | None = None) -> None:
        """Close the writer; with no chunk written, write ``empty_frame``'s schema so the output exists."""
        if self._writer is None and empty_frame is not None:
            self.write(empty_frame)
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def __enter__(self) -> "DatasetChunkWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class FolderStorage:
    """:class:`orientation.artefacts.Storage` on a DSS managed folder, through streams only."""

    def __init__(self, name: str) -> None:
        self.folder = dataiku.Folder(name)
        self.name = name

    def put(self, name: str, data: bytes) -> None:
        self.folder.upload_stream(name, io.BytesIO(data))

    def get(self, name: str) -> bytes:
        if name.lstrip("/") not in self.list():
            raise ModelArtefactError(
                f"E301 '{name}' is missing from the model folder '{self.name}'. "
                "Run the train recipe into this folder first, or choose the folder that holds a model."
            )
        with self.folder.get_download_stream(name) as stream:
            return stream.read()

    def list(self) -> list[str]:
        return sorted(p.lstrip("/") for p in self.folder.list_paths_in_partition())


def log_progress(what: str, n_rows: int, started: float) -> None:
    seconds = time.perf_counter() - started
    logger.info("%s: %d rows in %.1f s (%.0f rows/s)", what, n_rows, seconds, n_rows / max(seconds, 1e-9))


def folder_to_local_dir(name: str) -> str:
    """Copy a managed folder's files, by streams, into a private temporary directory.

    For libraries that only read from a directory (a Hugging Face checkpoint): the folder
    itself may be remote (S3) or not mounted (containerised execution).
    """
    import tempfile
    from pathlib import Path

    storage = FolderStorage(name)
    target = Path(tempfile.mkdtemp(prefix="orientation-folder-"))
    for path in storage.list():
        dest = target / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(storage.get(path))
    logger.info("Copied %d files of folder '%s' for local reading", len(storage.list()), name)
    return str(target)
