"""Fast word and character n-gram TF-IDF features, vectorised with numpy.

scikit-learn's ``TfidfVectorizer`` analyses character n-grams in Python, one
document at a time; on short descriptions that dominates scoring time. Here a
whole chunk of documents is turned into one array of code points, folded
(lower case, accents removed) by a table lookup that keeps every position, and
every n-gram is hashed at once with a polynomial prefix hash modulo 2**64.
Hashes are mapped to the fitted vocabulary through an open-addressing table.

Because folding keeps positions, each n-gram occurrence knows the span of
original text it came from, which is what the explanations quote.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .errors import NotFittedError, SettingsError

KIND_WORD, KIND_BIGRAM, KIND_CHAR = 0, 1, 2
_P = np.uint64(0x9E3779B97F4A7C15)  # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(int(_P), -1, 2**64))
_MIX_WORD = np.uint64(0xBF58476D1CE4E5B9)
_MIX_BIGRAM = np.uint64(0x94D049BB133111EB)
_MIX_SLOT = np.uint64(0xD6E8FEB86659FD93)
_SEP = 10  # "\n" ends every document in the joined chunk


def _build_tables() -> tuple[np.ndarray, np.ndarray]:
    """Folding table and word-character table for the Basic Multilingual Plane."""
    fold = np.arange(65536, dtype=np.uint32)
    is_word = np.zeros(65536, dtype=bool)
    for cp in range(65536):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if ch.isspace():
            fold[cp] = 32
            continue
        low = ch.lower()
        base = unicodedata.normalize("NFKD", low)[:1] if len(low) == 1 else ch
        if len(low) == 1 and base and unicodedata.category(base)[0] in "LN":
            fold[cp] = ord(base)
        elif len(low) == 1:
            fold[cp] = ord(low)
        if ch in "\u2019\u2018\u02bc`\u00b4":
            fold[cp] = ord("'")
        is_word[cp] = chr(int(fold[cp])).isalnum()
    fold[_SEP] = _SEP
    return fold, is_word


_FOLD, _IS_WORD = None, None


def _tables() -> tuple[np.ndarray, np.ndarray]:
    global _FOLD, _IS_WORD
    if _FOLD is None:
        _FOLD, _IS_WORD = _build_tables()
    return _FOLD, _IS_WORD


class _Powers:
    """Cached powers of the hash base and of its inverse, grown on demand."""

    def __init__(self) -> None:
        self.pow = np.ones(1, dtype=np.uint64)
        self.inv = np.ones(1, dtype=np.uint64)

    def get(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.pow) < n:
            size = max(n, 2 * len(self.pow))
            self.pow = np.cumprod(np.full(size, _P, dtype=np.uint64)) * _P_INV
            self.inv = np.cumprod(np.full(size, _P_INV, dtype=np.uint64)) * _P
        return self.pow[:n], self.inv[:n]


_POWERS = _Powers()


@dataclass
class Occurrences:
    """Every n-gram occurrence of a chunk of documents.

    Attributes:
        doc (np.ndarray): document index of each occurrence, shape (n_occ,).
        hash (np.ndarray): uint64 hash of the n-gram, shape (n_occ,).
        start (np.ndarray): start offset in the original document, shape (n_occ,).
        end (np.ndarray): end offset (exclusive), shape (n_occ,).
        kind (np.ndarray): KIND_WORD, KIND_BIGRAM or KIND_CHAR, shape (n_occ,).
        word (np.ndarray): index of the word the occurrence belongs to (chunk-wide); n_words
            for character n-grams centred outside any word. Bigrams give their first word.
        n_bigrams (int): word occurrences come first (n_words of them), then n_bigrams
            bigram occurrences, then character n-grams.
        word_doc (np.ndarray): document of each word, shape (n_words,).
        word_start (np.ndarray): start offset of each word in its document.
        word_end (np.ndarray): end offset of each word.
        word_hash (np.ndarray): folded hash of each word.
    """

    doc: np.ndarray
    hash: np.ndarray
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    word: np.ndarray
    word_doc: np.ndarray
    word_start: np.ndarray
    word_end: np.ndarray
    word_hash: np.ndarray
    n_bigrams: int = 0


def _encode(texts: list[str]):
    """The folded code points of a chunk and their prefix hashes.

    Documents are joined as ``" " + text + " \\n"`` (line breaks inside a text become spaces),
    so word-initial and word-final n-grams are marked and ``\\n`` ends every document.

    Returns:
        tuple: ``cp`` (folded code points, shape (length,)), ``is_word`` (word character or
        not), ``doc_start`` (position of each document's leading space, shape (n_docs,)),
        ``lens`` (positions of each document, its text length + 3), ``prefix`` (prefix hashes,
        shape (length + 1,)) and ``inverses`` (inverse powers of the hash base).
    """
    fold, is_word_table = _tables()
    n_docs = len(texts)
    lens = np.array(list(map(len, texts)), dtype=np.int64) + 3
    # Joined with spaces in one go; the "\n" that ends each document is set afterwards.
    joined = (" " + "   ".join(texts) + "  ").replace("\n", " ") if n_docs else ""
    raw = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    if len(raw) == 0 or raw.max() < 65536:
        cp = fold[raw]
        is_word = is_word_table[cp]
    else:  # beyond the Basic Multilingual Plane (emoji...): kept as is, never word characters
        bmp = raw < 65536
        cp = np.where(bmp, fold[np.where(bmp, raw, 0)], raw)
        is_word = np.where(bmp, is_word_table[np.where(bmp, cp, 0)], False)
    length = len(cp)
    doc_start = np.zeros(n_docs, dtype=np.int64)
    if n_docs:
        np.cumsum(lens[:-1], out=doc_start[1:])
        cp[doc_start + lens - 1] = _SEP  # the "\n" (never a word character)
    powers, inverses = _POWERS.get(length + 1)
    prefix = np.zeros(length + 1, dtype=np.uint64)
    np.cumsum(cp.astype(np.uint64) * powers[:length], out=prefix[1:])
    return cp, is_word, doc_start, lens, prefix, inverses


def _words(is_word: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) of the words: maximal runs of word characters, two or more."""
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    w_start = np.flatnonzero(edges == 1)
    w_end = np.flatnonzero(edges == -1)
    keep = (w_end - w_start) >= 2
    return w_start[keep], w_end[keep]


def extract_occurrences(
    texts: list[str],
    char_ngram_range: tuple[int, int] = (3, 5),
    word_bigrams: bool = True,
    *,
    word_bounded: bool = False,
    with_words: bool = False,
    with_spans: bool = False,
) -> Occurrences:
    """Hash every word, word bigram and character n-gram of ``texts``.

    Args:
        texts (list[str]): documents, length n_docs. Line breaks are treated as spaces.
        char_ngram_range (tuple[int, int]): smallest and largest character n-gram.
        word_bigrams (bool): whether to add pairs of consecutive words.
        word_bounded (bool): character n-grams stay inside a space-padded word (scikit-learn's
            ``char_wb``); otherwise they run across spaces.
        with_words (bool): also give the word each occurrence belongs to (for explanations).
        with_spans (bool): also give each occurrence's start and end offsets (for fitting).

    Returns:
        Occurrences: arrays describing each occurrence; offsets refer to the original texts.
    """
    n_docs = len(texts)
    cp, is_word, doc_start, lens, prefix, inverses = _encode(texts)
    length = len(cp)
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int32), lens)

    def substring_hash(s: np.ndarray, e: np.ndarray) -> np.ndarray:
        return (prefix[e] - prefix[s]) * inverses[s]

    parts_doc, parts_hash, parts_s, parts_e, parts_kind, parts_word = [], [], [], [], [], []

    # Words: maximal runs of word characters, at least two long.
    w_start, w_end = _words(is_word)
    w_doc = doc_of[w_start]
    w_hash = substring_hash(w_start, w_end) * _MIX_WORD + np.uint64(1)
    n_words = len(w_start)
    word_ids = np.arange(n_words, dtype=np.int64)
    parts_doc.append(w_doc)
    parts_hash.append(w_hash)
    parts_s.append(w_start)
    parts_e.append(w_end)
    parts_kind.append(np.full(n_words, KIND_WORD, dtype=np.int8))
    parts_word.append(word_ids)

    if word_bigrams and n_words > 1:
        same = w_doc[1:] == w_doc[:-1]
        i = np.flatnonzero(same)
        b_hash = (w_hash[i] * _MIX_BIGRAM) ^ (w_hash[i + 1] + np.uint64(2))
        parts_doc.append(w_doc[i])
        parts_hash.append(b_hash)
        parts_s.append(w_start[i])
        parts_e.append(w_end[i + 1])
        parts_kind.append(np.full(len(i), KIND_BIGRAM, dtype=np.int8))
        parts_word.append(i)  # attributed to the first word; the scorer splits it

    # Word index of each position; positions outside words get n_words, a spare bin.
    pos_word = np.full(length + 1, n_words, dtype=np.int64)
    if n_words and with_words:
        marks = np.zeros(length + 1, dtype=np.int64)
        marks[w_start] += 1
        marks[w_end] -= 1
        inside = np.cumsum(marks)[:length] > 0
        starts = np.zeros(length, dtype=np.int64)
        starts[w_start] = 1
        pos_word[:length] = np.where(inside, np.cumsum(starts) - 1, n_words)

    # Character n-grams. Those that cross the end of a document get hash 0, which no
    # vocabulary holds, rather than being filtered out: one pass less over the arrays.
    sep = cp == _SEP
    sep_prefix = np.concatenate(([0], np.cumsum(sep, dtype=np.int32)))
    if word_bounded:
        space_prefix = np.concatenate(([0], np.cumsum(sep | (cp == 32), dtype=np.int32)))
    lo, hi = char_ngram_range
    for n in range(lo, hi + 1):
        if length < n:
            break
        if word_bounded:
            # As scikit-learn's char_wb: inside one space-padded word; a space only at either end.
            inner = space_prefix[n - 1 : length] == space_prefix[1 : length - n + 2]
            s = np.flatnonzero(inner & (sep_prefix[n:] == sep_prefix[: length - n + 1]))
            h = substring_hash(s, s + n) ^ np.uint64(n)
            parts_doc.append(doc_of[s])
            parts_word.append(pos_word[s + n // 2] if with_words else None)
        else:
            # Every start position: slices instead of gathers.
            m = length - n + 1
            h = (prefix[n : n + m] - prefix[:m]) * inverses[:m]
            h ^= np.uint64(n)
            h[sep_prefix[n : n + m] != sep_prefix[:m]] = 0
            parts_doc.append(doc_of[:m])
            parts_word.append(pos_word[n // 2 : n // 2 + m] if with_words else None)
            s = np.arange(m, dtype=np.int64) if with_spans else np.empty(m, dtype=np.int64)
        parts_hash.append(h)
        parts_kind.append(np.full(len(s), KIND_CHAR, dtype=np.int8))
        if with_spans:
            parts_s.append(s)
            parts_e.append(s + n)

    doc = np.concatenate(parts_doc)
    word_offset = doc_start[w_doc] + 1
    occ = Occurrences(
        doc=doc,
        hash=np.concatenate(parts_hash),
        start=None,
        end=None,
        kind=np.concatenate(parts_kind),
        word=np.concatenate(parts_word) if with_words else None,
        word_doc=w_doc,
        word_start=w_start - word_offset,
        word_end=w_end - word_offset,
        word_hash=w_hash,
        n_bigrams=int(sum(len(k) for k in parts_kind[1:2])) if word_bigrams and n_words > 1 else 0,
    )
    if with_spans:
        offset = doc_start[doc] + 1  # +1 for the leading space
        occ.start = np.concatenate(parts_s) - offset
        occ.end = np.concatenate(parts_e) - offset
    return occ


@dataclass
class ScoringLayout:
    """The n-grams of a chunk arranged for scoring without any sort.

    The joined chunk (see :func:`_encode`) is cut into segments: each word (two word
    characters or more) is a segment, and so is each stretch between words, a document's
    first stretch starting at its leading space. Segments follow the text, so the
    segments of a document are consecutive and every document has at least one.

    Character n-grams are listed by their centre position (start + n // 2), all lengths
    of one centre together, so the n-grams of a segment form one contiguous block: a CSR
    matrix with one row per segment needs no sort. N-grams that cross a document end, run
    past the chunk (or, word-bounded, leave a space-padded word) get hash 0, which no
    vocabulary holds.

    Attributes:
        n_docs (int): documents in the chunk.
        seg_start (np.ndarray): first position of each segment, shape (n_seg,).
        doc_seg (np.ndarray): first segment of each document, shape (n_docs,).
        length (int): positions in the joined chunk.
        word_doc, word_start, word_end, word_hash (np.ndarray): document, offsets in the
            document and folded hash of each word, shape (n_words,).
        word_seg (np.ndarray): segment of each word, shape (n_words,).
        word_bracketed (np.ndarray): whether the word sits right inside "[" and "]" (a
            pseudonymisation placeholder such as "[NOM]"), shape (n_words,).
        bigram_first (np.ndarray): for each word bigram, the index of its first word (the
            second is the next one), shape (n_bigrams,).
        bigram_hash (np.ndarray): hash of each bigram, shape (n_bigrams,).
        char_hash (np.ndarray): hash of the n-gram of each length centred on each position,
            shape (length * n_lengths,), centre-major.
        n_lengths (int): character n-gram lengths.
    """

    n_docs: int
    seg_start: np.ndarray
    doc_seg: np.ndarray
    length: int
    word_doc: np.ndarray
    word_start: np.ndarray
    word_end: np.ndarray
    word_hash: np.ndarray
    word_seg: np.ndarray
    word_bracketed: np.ndarray
    bigram_first: np.ndarray
    bigram_hash: np.ndarray
    char_hash: np.ndarray
    n_lengths: int


def scoring_layout(
    texts: list[str],
    char_ngram_range: tuple[int, int] = (3, 5),
    word_bigrams: bool = True,
    *,
    word_bounded: bool = False,
) -> ScoringLayout:
    """Hash the words, bigrams and character n-grams of ``texts`` into a :class:`ScoringLayout`.

    The hashes are those of :func:`extract_occurrences` with the same settings.
    """
    n_docs = len(texts)
    cp, is_word, doc_start, lens, prefix, inverses = _encode(texts)
    length = len(cp)

    w_start, w_end = _words(is_word)
    n_words = len(w_start)
    w_doc = np.searchsorted(doc_start, w_start, side="right") - 1
    w_hash = (prefix[w_end] - prefix[w_start]) * inverses[w_start] * _MIX_WORD + np.uint64(1)
    if word_bigrams and n_words > 1:
        first = np.flatnonzero(w_doc[1:] == w_doc[:-1])
        b_hash = (w_hash[first] * _MIX_BIGRAM) ^ (w_hash[first + 1] + np.uint64(2))
    else:
        first, b_hash = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)

    # Segments of document d: its leading stretch, then each word and the stretch after it;
    # word i is segment w_doc[i] + 2 i + 1 (d + 1 leading stretches and 2 i word segments before it).
    word_seg = w_doc + 2 * np.arange(n_words, dtype=np.int64) + 1
    words_before = np.searchsorted(w_doc, np.arange(n_docs))
    doc_seg = np.arange(n_docs, dtype=np.int64) + 2 * words_before
    seg_start = np.empty(n_docs + 2 * n_words, dtype=np.int64)
    seg_start[doc_seg] = doc_start
    seg_start[word_seg] = w_start
    seg_start[word_seg + 1] = w_end

    lo, hi = char_ngram_range
    n_lengths = hi - lo + 1
    char_hash = np.zeros((length, n_lengths), dtype=np.uint64)
    buffer = np.empty(length, dtype=np.uint64)
    ends = doc_start + lens - 1  # the "\n" of each document
    if word_bounded:
        space_prefix = np.concatenate(([0], np.cumsum((cp == _SEP) | (cp == 32), dtype=np.int32)))
    for j, n in enumerate(range(lo, hi + 1)):
        m = length - n + 1
        if m <= 0:
            break
        h = np.subtract(prefix[n : n + m], prefix[:m], out=buffer[:m])
        np.multiply(h, inverses[:m], out=h)
        column = char_hash[n // 2 : n // 2 + m, j]
        np.bitwise_xor(h, np.uint64(n), out=column)
        if word_bounded:  # as scikit-learn's char_wb: a space only at either end
            column[space_prefix[n - 1 : length] != space_prefix[1 : length - n + 2]] = 0
        # N-grams that hold a document's "\n": starts from end - n + 1 to end.
        starts = (ends[:, None] - np.arange(n)[None, :]).ravel()
        starts = starts[(starts >= 0) & (starts < m)]
        char_hash[starts + n // 2, j] = 0

    word_offset = doc_start[w_doc] + 1
    return ScoringLayout(
        n_docs=n_docs,
        seg_start=seg_start,
        doc_seg=doc_seg,
        length=length,
        word_doc=w_doc,
        word_start=w_start - word_offset,
        word_end=w_end - word_offset,
        word_hash=w_hash,
        word_seg=word_seg,
        # Every word has a character before it and after it in the joined chunk ("[" and "]"
        # fold to themselves, and nothing else folds to them).
        word_bracketed=(cp[w_start - 1] == 91) & (cp[w_end] == 93),
        bigram_first=first,
        bigram_hash=b_hash,
        char_hash=char_hash.ravel(),
        n_lengths=n_lengths,
    )


class HashLookup:
    """Open-addressing table from n-gram hashes to feature indices.

    Built from the vocabulary hashes; rebuilt identically at load time, so only the
    vocabulary array is stored. A slot is one 64-bit word: the upper 32 bits of its hash as
    a fingerprint (the slot itself comes from other bits) and, below, the feature index
    plus one (0: empty slot). One gather per probe reads both; two n-grams are confused only
    if about 52 bits agree. Keys are placed in ``priority`` order (ascending; by default the
    vocabulary order), which changes where they sit, never what a lookup returns.
    """

    _LOW = np.uint64(0xFFFFFFFF)
    _HIGH = np.uint64(0xFFFFFFFF00000000)

    def __init__(self, vocabulary: np.ndarray, priority: np.ndarray | None = None) -> None:
        n = len(vocabulary)
        bits = max(4, int(np.ceil(np.log2(max(n, 1) * 8))))
        self.mask = np.uint64((1 << bits) - 1)
        self.shift = np.uint64(64 - bits)
        self.table = np.zeros(1 << bits, dtype=np.uint64)
        slots = self._slot(vocabulary)
        entries = (vocabulary & self._HIGH) | (np.arange(n, dtype=np.uint64) + np.uint64(1))
        # Keys placed first take their home slot: frequent n-grams, placed first, are found
        # at the first probe.
        pending = np.arange(n) if priority is None else np.argsort(priority, kind="stable")
        while len(pending):
            s = slots[pending]
            free = self.table[s] == 0
            # Several pending keys may target the same free slot: keep the first of each.
            cand = pending[free]
            _, first = np.unique(s[free], return_index=True)
            winners = cand[first]
            self.table[slots[winners]] = entries[winners]
            placed = np.zeros(n, dtype=bool)
            placed[winners] = True
            pending = pending[~placed[pending]]
            slots[pending] = (slots[pending] + np.uint64(1)) & self.mask

    def _slot(self, hashes: np.ndarray) -> np.ndarray:
        slots = hashes * _MIX_SLOT
        slots >>= self.shift
        return slots

    def lookup_shifted(self, hashes: np.ndarray) -> np.ndarray:
        """Feature index + 1 of each hash, 0 where the hash is not in the vocabulary (int32)."""
        slots = self._slot(hashes)
        entry = self.table[slots]
        # First probe for every hash at once; almost all end here. An empty slot (0) "matches"
        # a hash whose upper bits are 0, and then gives 0: absent, as it should.
        hit = np.bitwise_xor(entry, hashes) < np.uint64(1 << 32)
        low = entry.view(np.uint32)[0 if np.little_endian else 1 :: 2].view(np.int32)
        result = np.multiply(low, hit, dtype=np.int32)
        todo = np.flatnonzero(result == 0)
        todo = todo[(entry[todo] & self._LOW) != 0]  # slot taken by another key: probe on
        while len(todo):
            s = (slots[todo] + np.uint64(1)) & self.mask
            slots[todo] = s
            e = self.table[s]
            found = np.bitwise_xor(e, hashes[todo]) < np.uint64(1 << 32)
            result[todo[found]] = (e[found] & self._LOW).astype(np.int32)
            todo = todo[~found & ((e & self._LOW) != 0)]
        return result

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Feature index of each hash, -1 where the hash is not in the vocabulary."""
        result = self.lookup_shifted(hashes)
        result -= 1
        return result


class NgramTfidf:
    """TF-IDF over word unigrams, word bigrams and character n-grams.

    Each block (words with bigrams, characters) is normalised on its own, then the blocks
    are concatenated, as a union of two scikit-learn ``TfidfVectorizer`` would be. Term
    counts are raw; see :meth:`transform` for the normalisation.

    Args:
        char_ngram_range (tuple[int, int]): smallest and largest character n-gram.
        word_bigrams (bool): add pairs of consecutive words.
        word_bounded (bool): character n-grams inside space-padded words only (like ``char_wb``).
        min_df (int): keep n-grams seen in at least this many training documents.
        max_features (int): keep at most this many n-grams, the most frequent first.

    Attributes:
        vocabulary_ (np.ndarray): uint64 hashes of the kept n-grams, shape (n_features,).
        kinds_ (np.ndarray): kind of each feature, shape (n_features,).
        idf_ (np.ndarray): inverse document frequency, shape (n_features,).
        terms_ (list[str]): folded text of each feature (for inspection and reports).
    """

    _CONSTRAINTS = {"min_df": (1, 10_000), "max_features": (100, 10_000_000)}

    def __init__(
        self,
        *,
        char_ngram_range: tuple[int, int] = (3, 5),
        word_bigrams: bool = True,
        word_bounded: bool = False,
        min_df: int = 2,
        max_features: int = 300_000,
    ) -> None:
        self.char_ngram_range = char_ngram_range
        self.word_bigrams = word_bigrams
        self.word_bounded = word_bounded
        self.min_df = min_df
        self.max_features = max_features

    def _validate(self) -> None:
        lo, hi = self.char_ngram_range
        if not (1 <= lo <= hi <= 8):
            raise SettingsError(
                f"E110 NgramTfidf: char_ngram_range must satisfy 1 <= min <= max <= 8, got {self.char_ngram_range}."
            )
        for name, (low, high) in self._CONSTRAINTS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or not low <= value <= high:
                raise SettingsError(f"E111 NgramTfidf: {name} must be an integer in [{low}, {high}], got {value!r}.")

    def fit(self, texts: list[str]) -> "NgramTfidf":
        self._validate()
        occ = extract_occurrences(
            texts, self.char_ngram_range, self.word_bigrams, word_bounded=self.word_bounded, with_spans=True
        )
        n_docs = len(texts)
        # Document frequency: unique (doc, hash) pairs.
        order = np.lexsort((occ.hash, occ.doc))
        d, h = occ.doc[order], occ.hash[order]
        first = np.ones(len(h), dtype=bool)
        first[1:] = (d[1:] != d[:-1]) | (h[1:] != h[:-1])
        uniq, df = np.unique(h[first], return_counts=True)
        if len(uniq) and uniq[0] == 0:  # hash 0 marks n-grams that cross documents
            first[first] = h[first] != 0
            uniq, df = np.unique(h[first], return_counts=True)
        _, src = np.unique(occ.hash, return_index=True)  # first occurrence of each hash
        src = src[occ.hash[src] != 0]
        keep = df >= self.min_df
        uniq, df, src = uniq[keep], df[keep], src[keep]
        if len(uniq) == 0:
            raise SettingsError(
                f"E112 NgramTfidf: no n-gram occurs in {self.min_df} or more of the {n_docs} training "
                "descriptions. Lower min_df or give more training rows."
            )
        if len(uniq) > self.max_features:
            top = np.argsort(-df, kind="stable")[: self.max_features]
            top.sort()
            uniq, df, src = uniq[top], df[top], src[top]
        # Word features first, then character features, so blocks are index ranges.
        kinds = occ.kind[src].astype(np.int8)
        block = np.argsort(kinds == KIND_CHAR, kind="stable")
        uniq, df, src, kinds = uniq[block], df[block], src[block], kinds[block]
        self.n_word_features_ = int((kinds != KIND_CHAR).sum())
        # The display text of each kept n-gram comes from its first occurrence.
        self.vocabulary_ = uniq
        self.kinds_ = kinds
        self.idf_ = (np.log((1 + n_docs) / (1 + df)) + 1).astype(np.float32)
        fold, _ = _tables()
        terms = []
        for i in src:
            t = (" " + texts[occ.doc[i]] + " ")[occ.start[i] + 1 : occ.end[i] + 1]
            terms.append("".join(chr(fold[ord(c)]) if ord(c) < 65536 else c for c in t))
        self.terms_ = terms
        self._lookup = HashLookup(self.vocabulary_, self.idf_)
        return self

    @property
    def n_features_(self) -> int:
        self._check_fitted()
        return len(self.vocabulary_)

    def _check_fitted(self) -> None:
        if not hasattr(self, "vocabulary_"):
            raise NotFittedError("NgramTfidf is not fitted yet: call fit(texts) first.")

    def transform(self, texts: list[str], return_occurrences: bool = False):
        """Return the TF-IDF matrix, shape (n_docs, n_features), float32 CSR.

        Every in-vocabulary occurrence adds ``idf / norm`` to its feature, where ``norm`` is
        the root of the sum of squared idf over the occurrences of its block (words or
        characters) in the document: the block's L2 norm when no n-gram repeats. Because
        each occurrence's value is known without grouping equal n-grams, no sort is
        needed; the CSR matrix keeps repeated n-grams as duplicate entries, which sparse
        products add up.

        With ``return_occurrences``, also return the occurrences, the positions of those in
        the vocabulary (ascending), their feature indices and their values: what
        explanations attribute to words.
        """
        self._check_fitted()
        occ = extract_occurrences(
            texts, self.char_ngram_range, self.word_bigrams, word_bounded=self.word_bounded, with_words=return_occurrences
        )
        feat = self._lookup.lookup(occ.hash)
        n_docs, n_feat = len(texts), len(self.vocabulary_)
        found = np.flatnonzero(feat >= 0)
        doc, f = occ.doc[found], feat[found]
        idf = self.idf_[f]
        slot = doc * 2 + (f >= self.n_word_features_)
        norm = np.sqrt(np.bincount(slot, weights=idf.astype(np.float64) ** 2, minlength=2 * n_docs))
        norm[norm == 0] = 1
        value = idf / norm[slot].astype(np.float32)
        # Rows of the CSR matrix: occurrences come in a few runs already ordered by
        # document, which a stable sort merges in linear time.
        order = np.argsort(doc, kind="stable")
        indptr = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum(np.bincount(doc, minlength=n_docs), out=indptr[1:])
        X = sp.csr_matrix((value[order], f[order].astype(np.int32), indptr), shape=(n_docs, n_feat))
        if not return_occurrences:
            return X
        return X, occ, found, f, value

    def get_state(self) -> tuple[dict, dict[str, np.ndarray]]:
        """Settings as JSON-able dict and learned arrays, for saving without pickle."""
        self._check_fitted()
        params = {
            "char_ngram_range": list(self.char_ngram_range),
            "word_bigrams": self.word_bigrams,
            "word_bounded": self.word_bounded,
            "min_df": self.min_df,
            "max_features": self.max_features,
        }
        arrays = {"vocabulary": self.vocabulary_, "kinds": self.kinds_, "idf": self.idf_}
        return params, arrays

    @classmethod
    def from_state(cls, params: dict, arrays: dict[str, np.ndarray], terms: list[str]) -> "NgramTfidf":
        obj = cls(
            char_ngram_range=tuple(params["char_ngram_range"]),
            word_bigrams=bool(params["word_bigrams"]),
            word_bounded=bool(params["word_bounded"]),
            min_df=int(params["min_df"]),
            max_features=int(params["max_features"]),
        )
        obj.vocabulary_ = arrays["vocabulary"].astype(np.uint64)
        obj.kinds_ = arrays["kinds"].astype(np.int8)
        obj.n_word_features_ = int((obj.kinds_ != KIND_CHAR).sum())
        obj.idf_ = arrays["idf"].astype(np.float32)
        obj.terms_ = list(terms)
        obj._lookup = HashLookup(obj.vocabulary_, obj.idf_)
        return obj
