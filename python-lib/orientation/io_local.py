"""Chunked reading and writing of CSV and Parquet files, for the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pandas as pd

from .errors import InputDataError, SettingsError

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def file_format(path: str | Path, option: str) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise SettingsError(f"E020 {option}: '{path}' must end in .csv or .parquet.")
    return fmt


def iter_chunks(path: str | Path, chunk_size: int, option: str = "--input") -> Iterator[pd.DataFrame]:
    """Yield the file in chunks of at most ``chunk_size`` rows; text columns stay strings."""
    path = Path(path)
    fmt = file_format(path, option)
    if not path.is_file():
        raise InputDataError(f"E021 {option}: no file at '{path}'.")
    if fmt == "csv":
        try:
            reader = pd.read_csv(path, chunksize=chunk_size, dtype=str, keep_default_na=False, na_values=[""])
            for chunk in reader:
                yield chunk
        except pd.errors.EmptyDataError:
            raise InputDataError(f"E022 {option}: '{path}' is empty (no header line).") from None
        except (pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise InputDataError(f"E023 {option}: '{path}' is not a readable UTF-8 CSV file ({type(exc).__name__}).") from None
    else:
        import pyarrow.parquet as pq

        try:
            parquet = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several unrelated types for a bad file
            raise InputDataError(f"E024 {option}: '{path}' is not a readable Parquet file ({type(exc).__name__}).") from None
        for batch in parquet.iter_batches(batch_size=chunk_size):
            yield batch.to_pandas()


def read_all(path: str | Path, option: str = "--input") -> pd.DataFrame:
    chunks = list(iter_chunks(path, 100_000, option))
    return pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame()


class ChunkWriter:
    """Append chunks to a CSV or Parquet file, schema from the first chunk."""

    def __init__(self, path: str | Path, option: str = "--output") -> None:
        self.path = Path(path)
        self.format = file_format(self.path, option)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._parquet = None
        self._first = True
        self.n_rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        if self.format == "csv":
            frame.to_csv(self.path, mode="w" if self._first else "a", header=self._first, index=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table.cast(self._parquet.schema))
        self._first = False
        self.n_rows += len(frame)

    def close(self, empty_columns: list[str] | None = None) -> None:
        if self._first and empty_columns is not None:  # nothing written: still leave a header
            self.write(pd.DataFrame(columns=empty_columns))
        if self._parquet is not None:
            self._parquet.close()

    def __enter__(self) -> "ChunkWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
