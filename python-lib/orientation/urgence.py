"""URGENCE: when to tell the person to call 17 or 112 now, whatever the channel.

The conditions live in ``resource/rules/urgence_fr.json`` and use the same language
as the decision rules. Every scored row gets the flag, whatever the model family.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .catalogue import RESOURCE_DIR
from .errors import SettingsError
from .rules import Facts, _atoms, holds
from .signals import SignalExtractor, SignalSet


@dataclass(frozen=True)
class UrgenceRule:
    id: str
    when: dict
    why: str


class UrgenceDetector:
    """Raise the URGENCE flag from emergency cues.

    Args:
        rules (list[UrgenceRule]): any rule that holds raises the flag.
        message (str): the French message shown first when the flag is raised.
    """

    def __init__(self, rules: list[UrgenceRule], message: str, extractor: SignalExtractor, version: str = "") -> None:
        known = set(extractor.ids)
        for rule in rules:
            for atom in _atoms(rule.when):
                sid = atom.split(":", 1)[1] if atom.startswith(("not:", "neg:")) else atom
                if not atom.startswith("form:") and sid not in known:
                    raise SettingsError(f"E160 Urgence rule '{rule.id}' names an unknown signal '{sid}'.")
        self.rules = rules
        self.message = message
        self.version = version

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.rules]

    def holding(self, signals: SignalSet) -> list[str]:
        """Ids of every urgence rule that holds (features of the learned head)."""
        facts = Facts(signals, {}, {})
        return [rule.id for rule in self.rules if holds(rule.when, facts)]

    def detect(self, signals: SignalSet) -> UrgenceRule | None:
        """The first urgence rule that holds, or None."""
        facts = Facts(signals, {}, {})
        for rule in self.rules:
            if holds(rule.when, facts):
                return rule
        return None


def load_urgence(extractor: SignalExtractor, path: str | Path | None = None) -> UrgenceDetector:
    path = Path(path) if path else RESOURCE_DIR / "rules" / "urgence_fr.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    rules = [UrgenceRule(r["id"], r["when"], r["why"]) for r in raw["rules"]]
    return UrgenceDetector(rules, raw["message"], extractor, raw.get("version", ""))
