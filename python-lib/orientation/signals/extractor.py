"""Signal extractor: regular patterns over folded French text, with negation and spans.

Patterns live in ``resource/signals_fr.json`` (data that experts edit). They are
written against *folded* text: lower case, accents removed, straight apostrophes,
one space between words; folding keeps every character's position, so a match's
span points into the original description and explanations can quote it.

A match is *negated* when a negation cue ("pas", "jamais", "aucun", "sans"...) sits
in the same clause shortly before it or inside it: "je n'ai pas perdu ma carte",
"il ne m'a pas frappée", "jai pa perdu ma cb". A signal is present when one of its
matches is not negated, and negated when all of them are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

try:  # Python 3.11+ keeps the parser under re._parser; older ones expose sre_parse
    from re import _constants as _sre_c, _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _sre_c
    import sre_parse as _sre_parse
from pathlib import Path

import numpy as np

from ..catalogue import RESOURCE_DIR
from ..errors import SettingsError
from ..features import _tables

_CLAUSE_END = re.compile(r"[.;!?:,\n]| mais | mai | puis | alors que | par contre | sauf que | pourtant ")


def fold_texts(texts: list[str]) -> list[str]:
    """Fold each text (lower case, no accents, straight apostrophes, spaces) keeping its length."""
    fold, _ = _tables()
    if not texts:
        return []
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    raw = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    bmp = raw < 65536
    out = np.where(bmp, fold[np.where(bmp, raw, 0)], raw).astype(np.uint32)
    return out.tobytes().decode("utf-32-le").split("\n")


_MAX_PREFIXES = 600


def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match must start with (None when unknown).

    Used to skip a pattern cheaply: if none of its prefixes occurs in the text, the
    pattern cannot match. Assertions (word boundaries, look-behinds) are skipped.
    """

    def expand(items, prefixes):
        for op, av in items:
            if op in (_sre_c.AT, _sre_c.ASSERT_NOT, _sre_c.ASSERT):
                continue
            if op is _sre_c.LITERAL:
                prefixes = {p + chr(av) for p in prefixes}
                continue
            if op is _sre_c.SUBPATTERN:
                sub, complete = expand(av[-1], {""})
            elif op is _sre_c.BRANCH:
                sub, complete = set(), True
                for branch in av[1]:
                    part, ok = expand(branch, {""})
                    sub |= part
                    complete &= ok
            else:
                return prefixes, False
            if len(prefixes) * len(sub) > _MAX_PREFIXES:  # too many: keep the shorter prefixes
                return prefixes, False
            prefixes = {p + q for p in prefixes for q in sub}
            if not complete:
                return prefixes, False
        return prefixes, True

    try:
        prefixes, _ = expand(_sre_parse.parse(pattern), {""})
    except Exception:  # an exotic construct: run the pattern on every text
        return None
    if not prefixes or any(not p for p in prefixes):
        return None
    return tuple(sorted(prefixes))


_TOKEN = re.compile(r"[a-z0-9]+")
_STEM_MAX = 12


def first_words(prefixes: tuple[str, ...] | None) -> list[tuple[str, bool]] | None:
    """(word, complete) for the first word of each prefix; None when a prefix does not
    start with a letter or digit. ``complete`` is False when the prefix ends inside the
    word (a stem such as ``frapp`` that ``frappe`` and ``frappee`` start with)."""
    if prefixes is None:
        return None
    out = set()
    for prefix in prefixes:
        m = _TOKEN.match(prefix)
        if not m:
            return None
        word = m.group()
        complete = m.end() < len(prefix)
        if not complete and len(word) > _STEM_MAX:
            word = word[:_STEM_MAX]
        out.add((word, complete))
    return sorted(out)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (``a|b(?:c|d)|e`` -> ``a``, ``b(?:c|d)``, ``e``)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a literal ] first in the class
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    negated: bool


@dataclass
class Signal:
    """One kind of fact and the patterns that find it.

    Attributes:
        id (str): stable identifier used by the rules (``card_held``).
        fact (str): French phrase used in explanations ("votre carte est toujours en votre possession").
        patterns (list[re.Pattern]): compiled patterns over folded text.
        keys (tuple[str, ...]): cheap substrings; the patterns run only if one occurs.
        negatable (bool): whether negation cues turn a match into a negated one.
        anchors (list): per pattern, the (first word, complete) pairs a match starts with, or None.
    """

    id: str
    fact: str
    patterns: list
    keys: tuple[str, ...]
    negatable: bool = True
    group: str = ""
    anchors: list = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.anchors:
            self.anchors = [first_words(literal_prefixes(p.pattern)) for p in self.patterns]


@dataclass
class SignalSet:
    """The signals found in one description: id -> matches (span and negation)."""

    matches: dict[str, list[Match]] = field(default_factory=dict)

    def present(self, signal_id: str) -> bool:
        return any(not m.negated for m in self.matches.get(signal_id, ()))

    def negated(self, signal_id: str) -> bool:
        found = self.matches.get(signal_id, ())
        return bool(found) and all(m.negated for m in found)

    def state(self, signal_id: str) -> str:
        """``present``, ``negated`` or ``absent``."""
        if self.present(signal_id):
            return "present"
        return "negated" if self.negated(signal_id) else "absent"

    def first_span(self, signal_id: str) -> tuple[int, int] | None:
        for m in self.matches.get(signal_id, ()):
            if not m.negated:
                return m.start, m.end
        return None

    def to_json(self, text: str) -> str:
        """JSON list of {signal, state, span, text}: what the ``signals`` column holds."""
        items = []
        for sid, ms in self.matches.items():
            m = next((x for x in ms if not x.negated), ms[0])
            items.append({"signal": sid, "negated": m.negated, "span": [m.start, m.end], "text": text[m.start : m.end]})
        return json.dumps(items, ensure_ascii=False)


class SignalExtractor:
    """Find every signal of a lexicon in descriptions.

    Args:
        signals (list[Signal]): the lexicon.
        negation_cues (list[str]): words that negate a following fact in the same clause.
        window (int): how many characters before a match are searched for a cue.
        version (str): the lexicon's version, recorded in model manifests.
    """

    _CACHE_SIZE = 500_000

    def __init__(self, signals: list[Signal], negation_cues: list[str], window: int = 40, version: str = "") -> None:
        self.signals = signals
        self.by_id = {s.id: s for s in signals}
        self.version = version
        self.window = window
        self._negation = re.compile(r"(?:^|[^a-z0-9])(?:" + "|".join(negation_cues) + r")(?=$|[^a-z0-9])")
        # Index of patterns by the word their matches start with: a text is only tried at
        # the positions of those words (anchored matches), instead of scanned whole.
        self._words: dict[str, list[int]] = {}
        self._stems: dict[str, list[int]] = {}
        self._scanned: list[int] = []
        self._token_cache: dict[str, tuple[int, ...]] = {}
        self._patterns: list[tuple[int, re.Pattern]] = []
        for si, sig in enumerate(signals):
            for pattern, anchors in zip(sig.patterns, sig.anchors):
                pid = len(self._patterns)
                self._patterns.append((si, pattern))
                if anchors is None:
                    self._scanned.append(pid)
                    continue
                for word, complete in anchors:
                    (self._words if complete else self._stems).setdefault(word, []).append(pid)
        # Keys checked before a pattern is tried (cheaper than after: same result).
        self._keys = [signals[si].keys for si, _ in self._patterns]
        # Per pattern, its top-level alternatives and the words each can start with: at a
        # given word only the alternatives that can start there are tried (a regex made of
        # them, in their order, returns the same match as the whole pattern).
        self._alternatives: list[list[tuple[str, list]] | None] = []
        for _, pattern in self._patterns:
            alts = split_alternatives(pattern.pattern)
            anchors = [first_words(literal_prefixes(a)) for a in alts]
            ok = len(alts) > 1 and all(x is not None for x in anchors)
            self._alternatives.append(list(zip(alts, anchors)) if ok else None)
        self._compiled: dict[str, re.Pattern] = {}

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.signals]

    def _is_negated(self, folded: str, start: int, end: int) -> bool:
        lo = max(0, start - self.window)
        before = folded[lo:start]
        if self._negation.search(folded[start:end]):
            return True
        # A cue in the clause is also a cue in the whole window (the clause is a suffix of
        # it that starts after a separator), so no cue in the window means not negated.
        if not self._negation.search(before):
            return False
        cut = None
        for cut in _CLAUSE_END.finditer(before):
            pass
        if cut is not None:
            before = before[cut.end() :]
        return bool(self._negation.search(before))

    def _patterns_for(self, word: str) -> tuple:
        """(pattern index, match function, keys) of the patterns whose matches can start with
        ``word``, each reduced to its alternatives that can (memoised per word)."""
        pids = list(self._words.get(word, ()))
        for k in range(1, min(len(word), _STEM_MAX) + 1):
            pids.extend(self._stems.get(word[:k], ()))
        out = []
        for pid in sorted(set(pids)):
            pattern = self._patterns[pid][1]
            alts = self._alternatives[pid]
            if alts is not None:
                kept = [src for src, anchors in alts
                        if any(word == w if complete else word.startswith(w) for w, complete in anchors)]
                if len(kept) < len(alts):
                    source = "|".join(kept)
                    compiled = self._compiled.get(source)
                    if compiled is None:
                        compiled = self._compiled[source] = re.compile(source)
                    pattern = compiled
            out.append((pid, pattern.match, self._keys[pid]))
        out = tuple(out)
        if len(self._token_cache) < self._CACHE_SIZE:
            self._token_cache[word] = out
        return out

    def extract_folded(self, folded: str) -> SignalSet:
        # Each pattern is tried at the starts of the words it can begin with, in text
        # order, skipping starts inside its previous match (as ``finditer`` would).
        raw: dict[int, list[tuple[int, int]]] = {}
        ends = [-1] * len(self._patterns)
        cache = self._token_cache
        patterns = self._patterns
        keys = self._keys
        for m in _TOKEN.finditer(folded):
            w = m.group()
            pids = cache.get(w)
            if pids is None:
                pids = self._patterns_for(w)
            if not pids:
                continue
            pos = m.start()
            for pid, match, pkeys in pids:
                if pos < ends[pid]:
                    continue
                if pkeys and not any(k in folded for k in pkeys):
                    continue
                found_m = match(folded, pos)
                if found_m:
                    end = found_m.end()
                    ends[pid] = end
                    if pid in raw:
                        raw[pid].append((pos, end))
                    else:
                        raw[pid] = [(pos, end)]
        for pid in self._scanned:
            if keys[pid] and not any(k in folded for k in keys[pid]):
                continue
            for m in patterns[pid][1].finditer(folded):
                raw.setdefault(pid, []).append((m.start(), m.end()))
        found: dict[str, list[Match]] = {}
        signals = self.signals
        for pid in sorted(raw):
            sig = signals[patterns[pid][0]]
            ms = found.setdefault(sig.id, [])
            if sig.negatable:
                for start, end in raw[pid]:
                    ms.append(Match(start, end, self._is_negated(folded, start, end)))
            else:
                for start, end in raw[pid]:
                    ms.append(Match(start, end, False))
        for ms in found.values():
            if len(ms) > 1:
                ms.sort(key=lambda x: x.start)
        # Keep the lexicon's order of signals, as rules and reports expect.
        return SignalSet({sid: found[sid] for sid in self.by_id if sid in found})

    def extract(self, text: str) -> SignalSet:
        return self.extract_folded(fold_texts([text])[0])

    def extract_batch(self, texts: list[str]) -> list[SignalSet]:
        return [self.extract_folded(f) for f in fold_texts(texts)]


def load_extractor(path: str | Path | None = None) -> SignalExtractor:
    """Read and compile the signal lexicon (default: ``resource/signals_fr.json``)."""
    path = Path(path) if path else RESOURCE_DIR / "signals_fr.json"
    return extractor_from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))


def extractor_from_dict(raw: dict, where: str = "signal lexicon") -> SignalExtractor:
    """Compile a lexicon already parsed from JSON (a model folder keeps its own copy)."""
    path = where
    signals = []
    for item in raw["signals"]:
        try:
            patterns = [re.compile(p) for p in item["patterns"]]
        except re.error as exc:
            raise SettingsError(f"E140 Signal '{item.get('id')}' in '{path}' has an invalid pattern: {exc}.") from None
        signals.append(
            Signal(
                id=item["id"], fact=item["fact"], patterns=patterns, keys=tuple(item.get("keys", ())),
                negatable=item.get("negatable", True), group=item.get("group", ""),
            )
        )
    ids = [s.id for s in signals]
    if len(set(ids)) != len(ids):
        raise SettingsError(f"E141 Signal ids in '{path}' must be unique.")
    return SignalExtractor(signals, raw["negation_cues"], raw.get("window", 40), raw.get("version", ""))
