"""Pseudonymisation of personal identifiers into typed placeholders.

Descriptions are personal data. The prepare step replaces e-mail addresses,
URLs, IBANs, card numbers, phone numbers, licence plates and names that follow
a civil title by placeholders such as ``[EMAIL]`` or ``Mme [NOM]``, so that
models, logs and reports never see them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# Order matters: longer digit runs (IBAN, cards) before phone numbers, URLs before e-mails.
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("URL", re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)),
    ("EMAIL", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")),
    ("CARTE", re.compile(r"(?<!\d)(?:\d{4}[ -]?){3}\d{1,7}(?!\d)")),
    ("TELEPHONE", re.compile(r"(?<![\d+])(?:\+33[ .-]?|0033[ .-]?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)")),
    ("PLAQUE", re.compile(r"\b[A-Z]{2}[- ]\d{3}[- ][A-Z]{2}\b|\b[A-Z]{2}\d{3}[A-Z]{2}\b", re.IGNORECASE)),
)
_TITLE = (
    r"(?P<title>\b(?:M\.|MM\.|Mr\.?|Mme\.?|Mlle\.?|Me\.?|Dr\.?|Monsieur|Madame|Mademoiselle|Maître|Docteur)"
    r"\s+)"
)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'-]*\.?)"
_NAME = re.compile(_TITLE + r"(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})")
# Capitalised words after a title that are not names ("Madame, Monsieur", "Monsieur Je", ...).
_NOT_NAMES = {"Les", "L", "Un", "Une", "Et", "Ou", "De", "Du", "Des", "Je", "Il", "Elle", "Vous", "Nous"}
# "Le" and "La" start a name ("Madame Le Goff") unless a function follows ("Monsieur Le Directeur").
_ARTICLES = {"Le", "La"}
_FUNCTIONS = {
    "Maire", "Directeur", "Directrice", "Président", "Présidente", "Proviseur", "Principal", "Principale",
    "Juge", "Procureur", "Procureure", "Commissaire", "Préfet", "Préfète", "Gérant", "Gérante", "Docteur",
}


@dataclass
class Pseudonymizer:
    """Replace personal identifiers by typed placeholders.

    Args:
        kinds (tuple[str, ...]): which identifier kinds to replace; default all of
            ``URL``, ``EMAIL``, ``IBAN``, ``CARTE``, ``TELEPHONE``, ``PLAQUE``, ``NOM``.
    """

    kinds: tuple[str, ...] = ("URL", "EMAIL", "IBAN", "CARTE", "TELEPHONE", "PLAQUE", "NOM")
    counts: Counter = field(default_factory=Counter, init=False, repr=False)

    def pseudonymize(self, text: str) -> tuple[str, Counter]:
        """Return the text with placeholders and the count of replacements per kind."""
        found: Counter = Counter()
        for kind, pattern in _PATTERNS:
            if kind in self.kinds:
                text, n = pattern.subn(f"[{kind}]", text)
                found[kind] += n
        if "NOM" in self.kinds:
            text, n = self._replace_names(text)
            found["NOM"] += n
        found = Counter({k: v for k, v in found.items() if v})
        self.counts.update(found)
        return text, found

    @staticmethod
    def _replace_names(text: str) -> tuple[str, int]:
        replaced = 0

        def repl(match: re.Match) -> str:
            nonlocal replaced
            words = match.group("name").split()
            first = words[0].rstrip(".")
            if first in _NOT_NAMES:
                return match.group(0)
            if first in _ARTICLES and (len(words) == 1 or words[1].rstrip(".") in _FUNCTIONS):
                return match.group(0)
            replaced += 1
            return match.group("title") + "[NOM]"

        return _NAME.sub(repl, text), replaced
