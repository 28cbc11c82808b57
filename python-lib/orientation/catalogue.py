"""The channel catalogue, read from ``resource/channels.json``.

Adding or renaming a channel is an edit of that file: training learns the
channels it lists, and scoring refuses a model trained on another catalogue.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelArtefactError, SettingsError

RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resource"
OUT_OF_SCOPE = "HORS_CHAMP"


@dataclass(frozen=True)
class Channel:
    """One online channel.

    Attributes:
        id (str): stable identifier used in labels and column names (``PEL``).
        name (str): French name shown to people.
        url (str): where the person files.
        scope (str): one French sentence saying what the channel takes.
        advice (str): what to prepare, in French.
    """

    id: str
    name: str
    url: str
    scope: str
    advice: str


@dataclass(frozen=True)
class Catalogue:
    """The ordered list of channels plus the out-of-scope entry and emergency message."""

    version: str
    channels: tuple[Channel, ...]
    out_of_scope_name: str
    out_of_scope_advice: str
    emergency_message: str

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.channels)

    def get(self, channel_id: str) -> Channel:
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        raise KeyError(f"Unknown channel '{channel_id}'; the catalogue has {', '.join(self.ids)}.")

    def fingerprint(self) -> str:
        """A short hash of the channel ids, in order: what a model depends on."""
        return hashlib.sha256("|".join(self.ids).encode()).hexdigest()[:16]

    def check_model_channels(self, model_channels: list[str] | tuple[str, ...]) -> None:
        """Raise if a model was trained on channels other than this catalogue's."""
        if tuple(model_channels) != self.ids:
            missing = sorted(set(self.ids) - set(model_channels))
            extra = sorted(set(model_channels) - set(self.ids))
            raise ModelArtefactError(
                "E201 The model was trained on another channel catalogue: "
                f"model channels {list(model_channels)}, current catalogue {list(self.ids)} "
                f"(missing from the model: {missing or 'none'}; unknown to the catalogue: {extra or 'none'}). "
                "Retrain the model with the current catalogue, or score with the plugin version that trained it."
            )


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Read and validate the catalogue file (default: the bundled ``resource/channels.json``)."""
    path = Path(path) if path else RESOURCE_DIR / "channels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"E101 Channel catalogue not found at '{path}'.") from None
    except json.JSONDecodeError as exc:
        raise SettingsError(f"E102 Channel catalogue '{path}' is not valid JSON: {exc}.") from None
    channels = []
    for i, item in enumerate(raw.get("channels", [])):
        missing = [k for k in ("id", "name", "url", "scope", "advice") if not item.get(k)]
        if missing:
            raise SettingsError(f"E103 Channel #{i} of '{path}' lacks {missing}.")
        channels.append(Channel(**{k: item[k] for k in ("id", "name", "url", "scope", "advice")}))
    ids = [c.id for c in channels]
    if len(ids) < 2 or len(set(ids)) != len(ids):
        raise SettingsError(f"E104 Catalogue '{path}' needs at least two channels with unique ids, found {ids}.")
    if OUT_OF_SCOPE in ids:
        raise SettingsError(f"E105 '{OUT_OF_SCOPE}' is reserved for out-of-scope rows and cannot be a channel id.")
    oos = raw.get("out_of_scope", {})
    return Catalogue(
        version=str(raw.get("catalogue_version", "unversioned")),
        channels=tuple(channels),
        out_of_scope_name=oos.get("name", "Hors champ"),
        out_of_scope_advice=oos.get("advice", ""),
        emergency_message=raw.get("emergency_message", ""),
    )
