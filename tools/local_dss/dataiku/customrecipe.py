"""Stand-in for ``dataiku.customrecipe``: roles and config come from the runner's context."""

from __future__ import annotations

import copy

from . import _context


def get_input_names_for_role(role: str) -> list[str]:
    return list(_context()["inputs"].get(role, []))


def get_output_names_for_role(role: str) -> list[str]:
    return list(_context()["outputs"].get(role, []))


def get_recipe_config() -> dict:
    return copy.deepcopy(_context()["config"])


def get_plugin_config() -> dict:
    return copy.deepcopy(_context().get("plugin_config", {}))


def get_recipe_resource() -> str:
    return _context()["resource_dir"]
