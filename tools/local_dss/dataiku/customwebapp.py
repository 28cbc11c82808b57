"""Stand-in for ``dataiku.customwebapp``: the web app's settings come from the runner's context."""

from __future__ import annotations

import copy

from . import _context


def get_webapp_config() -> dict:
    return copy.deepcopy(_context()["webapp_config"])
