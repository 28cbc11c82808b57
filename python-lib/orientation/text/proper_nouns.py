"""Proper nouns replaced by ``[NOM]`` before the n-grams and the encoders read a description.

First names, surnames, towns, districts and regions say nothing about the channel, yet a
model that sees them learns from whoever wrote the training rows: a town that happens to
appear in a few harassment rows pulls towards PHAROS. The counterfactual test measured it
(inserting another first name or town changed 1.7 to 6.3 % of the linear model's
orientations). Masking them removes the cue at training and at scoring.

What is masked: a word that starts with a capital followed by a lower-case letter whose
folded form is not kept. Kept: single-word entries of the signal lexicon (platforms, banks,
institutions the rules read), stop words, channel ids, and every word the training texts
write in lower case at least twice and twice as often as they capitalise it mid-sentence
(``Gare``, ``Opposition`` written by someone who capitalises nouns). A word that opens a
sentence (start of the text, after ``. ! ? : ; …`` or a line break, opening quotes and
brackets skipped) is masked unless two training texts or more write it in lower case. A
capitalised article before a masked word goes with it (``La Rochelle``), and a run of masked
words becomes one ``[NOM]``.

Names written in lower case (``mon ex karim``), names that are also common words (``Rose``,
``Marie`` folded to ``marie``) and names the lexicon holds stay: the mask is a heuristic,
measured by ``bench/bench_bias.py``, not a guarantee.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..catalogue import RESOURCE_DIR
from ..errors import ModelArtefactError

PLACEHOLDER = "[NOM]"
FILE = "proper_nouns.json"
# The capital comes first and the look-behind after it, so that the engine can skip to capitals
# (five times faster than a leading look-behind).
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w-][A-ZÀ-ÖØ-Þ])(?=[a-zà-öø-ÿ])\w*(?:[-'’]\w+)*")
_LOWER_WORD = re.compile(r"(?<![\w])[a-zà-öø-ÿ][\w]*(?:[-'’][\w]+)*")
# A capitalised article right before a masked word goes with it ("La Rochelle", "Le Havre",
# "L'Isle-Adam"); a run of masked words ("Thi Lan", "Jean Dupont") makes one placeholder.
_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:Le|La|Les) |(?<![\w'’-])L['’])$")
_LEXICON_WORD = re.compile(r"[a-z][a-z0-9]{2,}(?:-[a-z0-9]+)*")
_SENTENCE_END = frozenset(".!?:;…\n")
_OPENING = frozenset(" \t\"«“‘'(-–—*[")


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Lower case Latin letters with accents (U+00E0 to U+024F) to their base letter; the rest by NFD.
_FOLD = str.maketrans({chr(c): _strip_accents(chr(c)) for c in range(0xE0, 0x250)
                       if chr(c).islower() and _strip_accents(chr(c)) != chr(c)} | {"’": "'"})


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Lower case without accents, straight apostrophes."""
    folded = word.lower().translate(_FOLD)
    return folded if folded.isascii() else _strip_accents(folded)


def _mid_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in _OPENING:
        j -= 1
    return j >= 0 and text[j] not in _SENTENCE_END


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Single-word alternatives of the signal lexicon's patterns (platforms, banks, institutions:
    ``facebook``, ``leboncoin``, ``gendarmerie``) and the stop words, folded. Words of a longer
    alternative are left out: ``paris`` of ``paris sportifs`` is not the lexicon's word."""
    words = set()
    lexicon = json.loads((RESOURCE_DIR / "signals_fr.json").read_text(encoding="utf-8"))
    for signal in lexicon["signals"]:
        for pattern in signal["patterns"]:
            for alternative in re.split(r"[|()]", pattern):
                alternative = re.sub(r"^\?(?::|[=!]|<[=!])", "", alternative.replace("\\b", "")).strip()
                if _LEXICON_WORD.fullmatch(alternative):
                    words.add(alternative)
    stop = (RESOURCE_DIR / "lexicon" / "stopwords_fr.txt").read_text(encoding="utf-8").splitlines()
    words.update(fold_word(w.strip()) for w in stop if w.strip() and not w.startswith("#"))
    return frozenset(words)


class ProperNounMask:
    """Learn which capitalised words to keep, then mask the others.

    Attributes:
        keep_ (frozenset[str]): folded words never masked.
        lower_ (frozenset[str]): folded words at least two training texts write in lower case;
            a capitalised word opening a sentence is masked only when it is in neither set.
    """

    def __init__(self, keep=(), lower=()) -> None:
        self.keep_ = frozenset(keep)
        self.lower_ = frozenset(lower)

    def fit(self, texts: list[str], always_keep=()) -> "ProperNounMask":
        """Keep ``always_keep``, the lexicon's words, and the words ``texts`` write in lower case
        at least twice, and twice as often as they capitalise them mid-sentence."""
        lower, capitalised, documents = Counter(), Counter(), Counter()
        for text in texts:
            words = [fold_word(m.group(0)) for m in _LOWER_WORD.finditer(text)]
            lower.update(words)
            documents.update(set(words))
            capitalised.update(fold_word(m.group(0)) for m in _CAPITALISED.finditer(text)
                               if _mid_sentence(text, m.start()))
        common = {w for w, n in capitalised.items() if lower[w] >= max(2, 2 * n)}
        self.keep_ = frozenset(common | lexicon_words() | {fold_word(w) for w in always_keep})
        # Words of at least two descriptions only, like the n-gram vocabulary: the model folder
        # never holds a word that one person alone wrote.
        self.lower_ = frozenset(w for w, n in documents.items() if n >= 2) - self.keep_
        return self

    def transform(self, texts: list[str]) -> list[str]:
        """``texts`` with every masked word replaced by ``[NOM]``, a run of them by one (other characters unchanged)."""
        keep, lower, find = self.keep_, self.lower_, _CAPITALISED.finditer

        def one(text: str) -> str:
            pieces: list[str] = []
            last = 0
            for m in find(text):
                folded = fold_word(m.group(0))
                if folded in keep or (folded in lower and not _mid_sentence(text, m.start())):
                    continue
                gap = text[last : m.start()]
                article = _ARTICLE_BEFORE.search(gap) if gap.endswith((" ", "'", "’")) else None
                if article is not None:
                    gap = gap[: article.start()]
                if pieces and gap in ("", " ", "-"):  # a run of masked words: one placeholder
                    last = m.end()
                    continue
                pieces += (gap, PLACEHOLDER)
                last = m.end()
            if not pieces:
                return text
            pieces.append(text[last:])
            return "".join(pieces)

        return [one(t) for t in texts]

    def to_json(self) -> dict:
        return {"keep": sorted(self.keep_), "lower": sorted(self.lower_)}

    @classmethod
    def from_json(cls, data: dict) -> "ProperNounMask":
        if not (isinstance(data, dict) and all(isinstance(data.get(k), list) and all(isinstance(w, str) for w in data[k])
                                               for k in ("keep", "lower"))):
            raise ValueError("expected {'keep': [words], 'lower': [words]}")
        return cls(data["keep"], data["lower"])


def mask_from_files(files: dict[str, bytes], name: str = FILE) -> ProperNounMask:
    """The mask a model folder keeps in ``name`` (``E309`` when it is not valid)."""
    from ..artefacts import json_from_bytes

    try:
        return ProperNounMask.from_json(json_from_bytes(files[name], name))
    except ValueError as exc:
        raise ModelArtefactError(f"E309 '{name}' in the model folder is not valid: {exc}.") from None
