"""Run the plugin's real ``recipe.py`` files on local files, through the ``dataiku`` stand-in.

The recipe config is built from the ``recipe.json`` defaults plus overrides, as DSS
builds it from the recipe form. Example::

    from runner import LocalFlow
    flow = LocalFlow("out/flow")
    flow.dataset("raw", "data.csv")
    flow.run("prepare", inputs={"input_dataset": "raw"}, outputs={"prepared_dataset": "prepared"},
             config={"text_column": "text"})
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STANDIN = Path(__file__).resolve().parent
RECIPES = ROOT / "custom-recipes"
WEBAPPS = ROOT / "webapps"
PLUGIN_ID = "complaint-orientation"


def recipe_defaults(recipe: str) -> dict:
    """The config DSS would give a new recipe: each param's ``defaultValue``."""
    spec = json.loads((RECIPES / f"{PLUGIN_ID}-{recipe}" / "recipe.json").read_text(encoding="utf-8"))
    return {p["name"]: p["defaultValue"] for p in spec["params"] if "defaultValue" in p}


def recipe_roles(recipe: str) -> tuple[dict, dict]:
    spec = json.loads((RECIPES / f"{PLUGIN_ID}-{recipe}" / "recipe.json").read_text(encoding="utf-8"))
    return {r["name"]: r for r in spec["inputRoles"]}, {r["name"]: r for r in spec["outputRoles"]}


class LocalFlow:
    """A set of local datasets and folders, and the recipes run between them.

    Args:
        workdir (str | Path): where datasets and folders created by the flow live.
    """

    def __init__(self, workdir: str | Path) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.datasets: dict[str, dict] = {}
        self.folders: dict[str, dict] = {}
        self.llms: dict[str, dict] = {}

    def dataset(self, name: str, path: str | Path | None = None, *, partitioned: bool = False, **spec) -> Path:
        """Declare a dataset; without a path it is created under the work directory."""
        path = Path(path) if path else self.workdir / (name if partitioned else f"{name}.csv")
        self.datasets[name] = {"path": str(path), "partitioned": partitioned, **spec}
        return path

    def folder(self, name: str, path: str | Path | None = None, *, local: bool = False) -> Path:
        path = Path(path) if path else self.workdir / name
        self.folders[name] = {"path": str(path), "local": local}
        return path

    def llm(self, llm_id: str, *, answers: list | None = None, when: list | None = None, default=None) -> dict:
        """Declare an LLM of the stand-in LLM Mesh and the completions it answers with.

        Args:
            llm_id (str): the id recipes ask for (``openai:conn:model``).
            answers (list): answers given in order, first; each a text, a raw response dict
                (``{"ok": False, "errorMessage": ...}``, ``promptTokens``...) or an Exception.
            when (list[tuple[str, answer]]): then, the first answer whose words are in the last
                user message.
            default: then this answer (without one, the call fails).

        Returns:
            dict: the LLM's spec; its ``calls`` list records each query (messages, settings).
        """
        spec = {"answers": list(answers or []), "when": list(when or []), "calls": []}
        if default is not None:
            spec["default"] = default
        self.llms[llm_id] = spec
        return spec

    def run(self, recipe: str, *, inputs: dict, outputs: dict, config: dict | None = None) -> dict:
        """Run ``custom-recipes/complaint-orientation-<recipe>/recipe.py``; returns the config used."""
        in_roles, out_roles = recipe_roles(recipe)
        for role in inputs:
            if role not in in_roles:
                raise ValueError(f"Recipe '{recipe}' has no input role '{role}'; it has {sorted(in_roles)}")
        for role in outputs:
            if role not in out_roles:
                raise ValueError(f"Recipe '{recipe}' has no output role '{role}'; it has {sorted(out_roles)}")
        for name in [*inputs.values(), *outputs.values()]:
            if name not in self.datasets and name not in self.folders:
                self.dataset(name)
        full_config = {**recipe_defaults(recipe), **(config or {})}
        context = {
            "config": full_config,
            "inputs": {role: [name] for role, name in inputs.items()},
            "outputs": {role: [name] for role, name in outputs.items()},
            "datasets": self.datasets,
            "folders": self.folders,
            "llms": self.llms,
            "plugin_config": {},
            "resource_dir": str(ROOT / "resource"),
        }
        run_recipe(RECIPES / f"{PLUGIN_ID}-{recipe}" / "recipe.py", context)
        return full_config


    def webapp(self, webapp: str, app, config: dict | None = None) -> dict:
        """Run ``webapps/<webapp>/backend.py`` with ``app`` as the Flask app DSS would provide.

        Returns the backend's globals; the routes are registered on ``app``.
        """
        spec = json.loads((WEBAPPS / webapp / "webapp.json").read_text(encoding="utf-8"))
        full_config = {p["name"]: p["defaultValue"] for p in spec["params"] if "defaultValue" in p}
        full_config.update(config or {})
        context = {"webapp_config": full_config, "inputs": {}, "outputs": {}, "datasets": self.datasets,
                   "folders": self.folders, "plugin_config": {}, "resource_dir": str(ROOT / "resource")}
        return run_recipe(WEBAPPS / webapp / "backend.py", context, {"app": app}, run_name="backend")


def run_recipe(recipe_py: Path, context: dict, init_globals: dict | None = None, run_name: str = "__main__") -> dict:
    """Execute one recipe file in this process with the stand-in and python-lib importable."""
    added = [str(STANDIN), str(ROOT / "python-lib")]
    for p in reversed(added):
        if p not in sys.path:
            sys.path.insert(0, p)
    import dataiku  # the stand-in, found first on sys.path

    if not hasattr(dataiku, "_set_context"):
        raise RuntimeError("The real dataiku package shadows the local stand-in; run outside DSS.")
    dataiku._set_context(context)
    return runpy.run_path(str(recipe_py), init_globals=init_globals, run_name=run_name)
