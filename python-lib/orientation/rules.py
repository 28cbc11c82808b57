"""The guide's decision procedure as data: ordered rules over signals and form fields.

Rules live in ``resource/rules/rules_fr.json``. The first rule whose condition holds
decides the channel; its French ``why`` and the facts it cites, with the words of the
description that triggered them, make the explanation. Filled form fields take
precedence over what the text says (``form_fields`` in the same file).

Condition language (JSON)::

    {"all": [item, ...], "any": [item, ...], "none": [item, ...]}

Every key present must hold: all items, at least one item, no item. An item is a nested
condition or an atom: ``signal`` (present in the text), ``not:signal`` (not present),
``neg:signal`` (explicitly negated: "je n'ai pas perdu ma carte"), ``form:field=value``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .catalogue import RESOURCE_DIR
from .errors import SettingsError
from .signals import SignalExtractor, SignalSet

FORM_FIELDS = ("auteur_connu", "faits_en_ligne", "victime_mineure")


@dataclass(frozen=True)
class Rule:
    id: str
    channel: str
    when: dict
    confidence: float
    why: str
    cite: tuple[str, ...]


@dataclass
class Decision:
    """What the rules decided for one description.

    Attributes:
        channel (str | None): the channel, or None when no rule holds.
        rule (Rule | None): the rule that decided.
        facts (list[tuple[str, str]]): (French fact, quoted words) for the cited signals present.
    """

    channel: str | None
    rule: Rule | None
    facts: list[tuple[str, str]]


class Facts:
    """Signals of one description with the form fields applied on top."""

    def __init__(self, signals: SignalSet, form: dict[str, str], overrides: dict) -> None:
        self.signals = signals
        self.form = {k: (v or "").strip().lower() for k, v in form.items()}
        self.forced_on: set[str] = set()
        self.forced_off: set[str] = set()
        for field, value in self.form.items():
            effect = overrides.get(field, {}).get(value)
            if effect:
                self.forced_on.update(effect.get("set", ()))
                self.forced_off.update(effect.get("unset", ()))
        self.forced_off -= self.forced_on

    def present(self, sid: str) -> bool:
        if sid in self.forced_on:
            return True
        if sid in self.forced_off:
            return False
        return self.signals.present(sid)

    def negated(self, sid: str) -> bool:
        return sid not in self.forced_on and (sid in self.forced_off or self.signals.negated(sid))


class RuleEngine:
    """Evaluate the ordered rules on extracted signals.

    Args:
        rules (list[Rule]): in decision order.
        form_overrides (dict): form field -> value -> {"set": [...], "unset": [...]}.
        extractor (SignalExtractor): to check that rules only name known signals.
        version (str): the rules' version, recorded in model manifests.
    """

    def __init__(self, rules: list[Rule], form_overrides: dict, extractor: SignalExtractor, version: str = "") -> None:
        self.rules = rules
        self.form_overrides = form_overrides
        self.extractor = extractor
        self.version = version
        known = set(extractor.ids)
        for rule in rules:
            for atom in _atoms(rule.when):
                sid = atom.split(":", 1)[1] if atom.startswith(("not:", "neg:")) else atom
                if atom.startswith("form:"):
                    field = atom[5:].split("=")[0]
                    if field not in FORM_FIELDS:
                        raise SettingsError(f"E150 Rule '{rule.id}' names an unknown form field '{field}'.")
                elif sid not in known:
                    raise SettingsError(f"E151 Rule '{rule.id}' names an unknown signal '{sid}'.")

    def facts(self, signals: SignalSet, form: dict[str, str] | None = None) -> Facts:
        return Facts(signals, form or {}, self.form_overrides)

    def decide(self, signals: SignalSet, text: str, form: dict[str, str] | None = None) -> Decision:
        facts = self.facts(signals, form)
        for rule in self.rules:
            if holds(rule.when, facts):
                return Decision(rule.channel, rule, self.cite(rule.cite, facts, signals, text))
        return Decision(None, None, [])

    def cite(self, cite: tuple[str, ...], facts: Facts, signals: SignalSet, text: str) -> list[tuple[str, str]]:
        """(French fact, quoted words) for each cited signal that holds."""
        cited = []
        for sid in cite:
            if facts.present(sid):
                span = signals.first_span(sid)
                quote = text[span[0] : span[1]] if span else ""
                cited.append((self.extractor.by_id[sid].fact, quote))
        return cited


def holds(cond, facts: Facts) -> bool:
    """Evaluate a condition (see the module docstring) on the facts of one description."""
    if isinstance(cond, str):
        if cond.startswith("not:"):
            return not facts.present(cond[4:])
        if cond.startswith("neg:"):
            return facts.negated(cond[4:])
        if cond.startswith("form:"):
            field, _, value = cond[5:].partition("=")
            return facts.form.get(field, "") == value
        return facts.present(cond)
    if "all" in cond and not all(holds(c, facts) for c in cond["all"]):
        return False
    if "any" in cond and not any(holds(c, facts) for c in cond["any"]):
        return False
    if "none" in cond and any(holds(c, facts) for c in cond["none"]):
        return False
    return True


def _atoms(cond) -> list[str]:
    if isinstance(cond, str):
        return [cond]
    out = []
    for key in ("all", "any", "none"):
        for c in cond.get(key, ()):
            out.extend(_atoms(c))
    return out


def load_rules(extractor: SignalExtractor, path: str | Path | None = None, channels: tuple[str, ...] | None = None) -> RuleEngine:
    """Read the rules file (default ``resource/rules/rules_fr.json``) and check it against the signals."""
    path = Path(path) if path else RESOURCE_DIR / "rules" / "rules_fr.json"
    return rules_from_dict(json.loads(path.read_text(encoding="utf-8")), extractor, channels, str(path))


def rules_from_dict(raw: dict, extractor: SignalExtractor, channels: tuple[str, ...] | None = None,
                    path: str = "rules") -> RuleEngine:
    """Build the engine from rules already parsed from JSON (a model folder keeps its own copy)."""
    rules = []
    for item in raw["rules"]:
        if channels is not None and item["channel"] not in channels:
            raise SettingsError(
                f"E152 Rule '{item['id']}' sends to '{item['channel']}', which is not a channel of the catalogue {list(channels)}."
            )
        if not 0 < float(item["confidence"]) <= 1:
            raise SettingsError(f"E153 Rule '{item['id']}' needs a confidence in (0, 1].")
        rules.append(Rule(item["id"], item["channel"], item["when"], float(item["confidence"]), item["why"], tuple(item.get("cite", ()))))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise SettingsError(f"E154 Rule ids in '{path}' must be unique.")
    return RuleEngine(rules, raw.get("form_fields", {}), extractor, raw.get("version", ""))
