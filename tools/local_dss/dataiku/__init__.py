"""A file-backed stand-in for the subset of the ``dataiku`` API that the recipes use.

It lives in ``tools/local_dss``, never in ``python-lib``, so that it can never
shadow the real package inside DSS. The local runner (``tools/local_dss/runner.py``)
points it at local files through a context; then the real ``recipe.py`` files run
unchanged. It follows the documented behaviour that matters to the recipes:

- ``Dataset``: ``read_schema``, ``get_dataframe``, ``iter_dataframes`` (chunked),
  ``write_schema``, ``get_writer`` (one writer, several ``write_dataframe`` calls,
  columns checked against the schema), ``write_with_schema``. A partitioned dataset
  is a directory with one CSV per partition; reads see only the partitions the
  context lists, writes go to the partition being built.
- ``Folder``: ``get_download_stream``, ``upload_stream``, ``upload_data``,
  ``list_paths_in_partition``, ``get_info``; ``get_path`` raises, as it does in
  containerised execution, unless the context says the folder is local.
- ``api_client().get_default_project().get_llm(id).new_completion()``: the LLM Mesh
  completion API (``with_message``, ``settings``, ``execute``; a response with ``success``,
  ``text``, ``trace`` and the raw ``promptTokens`` / ``completionTokens``). It answers from
  completions prepared in the context (see ``LocalFlow.llm`` in the runner) and records
  every query, so tests can script answers, failures included, and count calls.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pandas as pd

_CONTEXT: dict = {}


def _set_context(context: dict) -> None:
    """Called by the runner before a recipe runs."""
    _CONTEXT.clear()
    _CONTEXT.update(context)


def _context() -> dict:
    if not _CONTEXT and os.environ.get("LOCAL_DSS_CONTEXT"):
        _set_context(json.loads(Path(os.environ["LOCAL_DSS_CONTEXT"]).read_text(encoding="utf-8")))
    if not _CONTEXT:
        raise RuntimeError("local dataiku stand-in: no flow context; run recipes through tools/local_dss/runner.py")
    return _CONTEXT


_PANDAS_TYPES = {"bigint": "Int64", "int": "Int64", "double": "float64", "float": "float64", "boolean": "boolean"}


class Dataset:
    """A dataset backed by a CSV file, or by a directory of CSV files (one per partition)."""

    def __init__(self, name: str, project_key: str | None = None, ignore_flow: bool = False) -> None:
        datasets = _context()["datasets"]
        if name not in datasets:
            raise Exception(f"Dataset {name} does not exist in the local flow (known: {sorted(datasets)})")
        self.name = name
        self.spec = datasets[name]
        self.path = Path(self.spec["path"])
        self.partitioned = bool(self.spec.get("partitioned"))

    # -- schema ------------------------------------------------------------------------
    @property
    def _schema_path(self) -> Path:
        return self.path / "_schema.json" if self.partitioned else self.path.with_suffix(self.path.suffix + ".schema.json")

    def read_schema(self, raise_if_empty: bool = True) -> list[dict]:
        if self._schema_path.exists():
            return json.loads(self._schema_path.read_text(encoding="utf-8"))
        files = self._read_files()
        if files:
            header = pd.read_csv(files[0], nrows=0, dtype=str)
            return [{"name": c, "type": "string"} for c in header.columns]
        if raise_if_empty:
            raise Exception(f"No schema for dataset {self.name}")
        return []

    def write_schema(self, columns: list[dict], dropAndCreate: bool = False) -> None:
        for col in columns:
            if not isinstance(col, dict) or "name" not in col or "type" not in col:
                raise Exception(f"Invalid schema column {col!r}: needs 'name' and 'type'")
        self._schema_path.parent.mkdir(parents=True, exist_ok=True)
        self._schema_path.write_text(json.dumps(columns, ensure_ascii=False, indent=1), encoding="utf-8")

    # -- reads -------------------------------------------------------------------------
    def _read_files(self) -> list[Path]:
        if not self.partitioned:
            return [self.path] if self.path.exists() else []
        wanted = self.spec.get("read_partitions")
        files = sorted(self.path.glob("*.csv"))
        if wanted is not None:
            files = [f for f in files if f.stem in set(wanted)]
        return files

    def _dtypes(self, infer_with_pandas: bool) -> dict | type:
        if infer_with_pandas or not self._schema_path.exists():
            return str if not infer_with_pandas else None
        return {c["name"]: _PANDAS_TYPES.get(c["type"], "string") for c in self.read_schema()}

    def iter_dataframes(self, chunksize: int = 10000, infer_with_pandas: bool = True, columns=None, **kwargs):
        dtype = self._dtypes(infer_with_pandas)
        for f in self._read_files():
            for chunk in pd.read_csv(f, chunksize=chunksize, dtype=dtype, usecols=columns, keep_default_na=False, na_values=[""]):
                yield chunk

    def get_dataframe(self, columns=None, infer_with_pandas: bool = True, limit=None, **kwargs) -> pd.DataFrame:
        chunks = list(self.iter_dataframes(chunksize=100_000, infer_with_pandas=infer_with_pandas, columns=columns))
        if not chunks:
            return pd.DataFrame(columns=[c["name"] for c in self.read_schema(raise_if_empty=False)])
        frame = pd.concat(chunks, ignore_index=True)
        return frame.head(limit) if limit else frame

    # -- writes ------------------------------------------------------------------------
    def _write_file(self) -> Path:
        if not self.partitioned:
            return self.path
        partition = self.spec.get("write_partition")
        if not partition:
            raise Exception(f"Dataset {self.name} is partitioned: the flow must say which partition to build")
        return self.path / f"{partition}.csv"

    def get_writer(self) -> "DatasetWriter":
        return DatasetWriter(self)

    def write_with_schema(self, df: pd.DataFrame, **kwargs) -> None:
        self.write_schema([{"name": str(c), "type": "string"} for c in df.columns])
        with self.get_writer() as writer:
            writer.write_dataframe(df)


class DatasetWriter:
    """Writes chunks to the dataset's file; the columns must match the written schema."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.columns = [c["name"] for c in dataset.read_schema()]
        self.file = dataset._write_file()
        self.file.parent.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(columns=self.columns).to_csv(self.file, index=False)
        self.closed = False

    def write_dataframe(self, df: pd.DataFrame) -> None:
        if self.closed:
            raise Exception("Writer is closed")
        if [str(c) for c in df.columns] != self.columns:
            raise Exception(f"Columns {list(df.columns)} do not match the schema {self.columns} of {self.dataset.name}")
        df.to_csv(self.file, mode="a", header=False, index=False)

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> "DatasetWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Folder:
    """A managed folder backed by a local directory, used through streams."""

    def __init__(self, lookup: str, project_key: str | None = None, ignore_flow: bool = False) -> None:
        folders = _context()["folders"]
        if lookup not in folders:
            raise Exception(f"Managed folder {lookup} does not exist in the local flow (known: {sorted(folders)})")
        self.name = lookup
        self.spec = folders[lookup]
        self.root = Path(self.spec["path"])
        self.root.mkdir(parents=True, exist_ok=True)

    def _resolve(self, path: str) -> Path:
        full = (self.root / path.lstrip("/")).resolve()
        if self.root.resolve() not in full.parents and full != self.root.resolve():
            raise Exception(f"Path {path} is outside the folder")
        return full

    def get_path(self) -> str:
        if self.spec.get("local", False):
            return str(self.root)
        raise Exception(
            "Folder.get_path() is not available: this folder is not on the local filesystem "
            "(containerised execution or remote storage). Use streams instead."
        )

    def get_info(self, sensitive_info: bool = False) -> dict:
        return {"id": self.name, "name": self.name, "type": "local-standin"}

    def list_paths_in_partition(self, partition: str = "") -> list[str]:
        return sorted("/" + str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())

    def get_download_stream(self, path: str):
        full = self._resolve(path)
        if not full.is_file():
            raise Exception(f"File {path} does not exist in folder {self.name}")
        return open(full, "rb")

    def upload_stream(self, path: str, f) -> None:
        full = self._resolve(path)
        full.parent.mkdir(parents=True, exist_ok=True)
        with open(full, "wb") as out:
            shutil.copyfileobj(f, out)

    def upload_data(self, path: str, data: bytes) -> None:
        self.upload_stream(path, io.BytesIO(data if isinstance(data, bytes) else data.encode("utf-8")))

    def delete_path(self, path: str) -> None:
        full = self._resolve(path)
        if full.is_dir():
            shutil.rmtree(full)
        elif full.exists():
            full.unlink()


# -- LLM Mesh ------------------------------------------------------------------------------
class _Client:
    """``dataiku.api_client()``: only what the LLM Mesh needs."""

    def get_default_project(self) -> "_Project":
        return _Project(_context().get("project_key", "LOCAL"))


class _Project:
    def __init__(self, project_key: str) -> None:
        self.project_key = project_key

    def get_llm(self, llm_id: str) -> "_LLM":
        return _LLM(llm_id)

    def list_llms(self, purpose: str = "GENERIC_COMPLETION") -> list:
        return [_LLMListItem(i) for i in sorted(_context().get("llms", {}))]


class _LLMListItem:
    def __init__(self, llm_id: str) -> None:
        self.id = llm_id
        self.description = llm_id


class _LLM:
    """A handle, as ``DSSProject.get_llm``: an unknown id fails at ``execute`` only, as in DSS."""

    def __init__(self, llm_id: str) -> None:
        self.llm_id = llm_id

    def new_completion(self) -> "_CompletionQuery":
        return _CompletionQuery(self)


class _CompletionQuery:
    def __init__(self, llm: _LLM) -> None:
        self.llm = llm
        self.cq = {"messages": []}
        self._settings: dict = {}

    @property
    def settings(self) -> dict:
        return self._settings

    def with_message(self, message: str, role: str = "user") -> "_CompletionQuery":
        if role not in ("system", "user", "assistant", "tool"):
            raise Exception(f"Invalid message role {role!r}")
        if not isinstance(message, str):
            raise Exception(f"Message content must be a string, got {type(message).__name__}")
        self.cq["messages"].append({"role": role, "content": message})
        return self

    def execute(self) -> "_CompletionResponse":
        llms = _context().get("llms", {})
        if self.llm.llm_id not in llms:
            raise Exception(f"LLM '{self.llm.llm_id}' is not available in this project (known: {sorted(llms)})")
        spec = llms[self.llm.llm_id]
        spec.setdefault("calls", []).append({"messages": [dict(m) for m in self.cq["messages"]],
                                             "settings": dict(self._settings)})
        last_user = next((m["content"] for m in reversed(self.cq["messages"]) if m["role"] == "user"), "")
        answer = _prepared_answer(spec, last_user)
        if isinstance(answer, Exception):
            raise answer
        raw = {"ok": True, "text": answer} if isinstance(answer, str) else dict(answer)
        raw.setdefault("ok", True)
        return _CompletionResponse(raw)


def _prepared_answer(spec: dict, last_user: str):
    """The next prepared answer: ``answers`` in order, else the first ``when`` whose words are in
    the last user message, else ``default``. An answer is a text, a raw response dict (``ok``,
    ``text``, ``errorMessage``, ``promptTokens``...), or an Exception to raise."""
    answers = spec.get("answers", [])
    index = spec.get("_next", 0)
    if index < len(answers):
        spec["_next"] = index + 1
        return answers[index]
    for words, answer in spec.get("when", []):
        if words in last_user:
            return answer
    if "default" in spec:
        return spec["default"]
    return {"ok": False, "errorMessage": "local stand-in: no prepared completion left"}


class _CompletionResponse:
    """As ``DSSLLMCompletionResponse``: ``text`` raises unless the call succeeded."""

    def __init__(self, raw: dict) -> None:
        self._raw = raw

    @property
    def success(self) -> bool:
        return self._raw["ok"]

    @property
    def text(self):
        if not self.success:
            raise Exception(self._raw.get("errorMessage", "An unknown error occurred"))
        return self._raw.get("text")

    @property
    def trace(self):
        return self._raw.get("trace")


def api_client() -> _Client:
    return _Client()
