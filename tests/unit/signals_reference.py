"""The signal extractor's matching loop as it was before the fast path (kept verbatim as
the reference that ``test_signals_fast_path.py`` compares the current extractor with)."""

from __future__ import annotations

from orientation.signals.extractor import _STEM_MAX, _TOKEN, Match, SignalExtractor, SignalSet


def _patterns_for(ex: SignalExtractor, word: str, cache: dict) -> tuple[int, ...]:
    pids = list(ex._words.get(word, ()))
    for k in range(1, min(len(word), _STEM_MAX) + 1):
        pids.extend(ex._stems.get(word[:k], ()))
    pids = tuple(sorted(set(pids)))
    cache[word] = pids
    return pids


def reference_extract_folded(ex: SignalExtractor, folded: str, cache: dict) -> SignalSet:
    starts: dict[int, list[int]] = {}
    for m in _TOKEN.finditer(folded):
        w = m.group()
        pids = cache.get(w)
        if pids is None:
            pids = _patterns_for(ex, w, cache)
        for pid in pids:
            if pid in starts:
                starts[pid].append(m.start())
            else:
                starts[pid] = [m.start()]
    raw: dict[int, list[tuple[int, int]]] = {}
    patterns = ex._patterns
    for pid, positions in starts.items():
        match = patterns[pid][1].match
        end = -1
        for pos in positions:  # ascending, as tokens come in order
            if pos < end:
                continue
            m = match(folded, pos)
            if m:
                raw.setdefault(pid, []).append((m.start(), m.end()))
                end = m.end()
    for pid in ex._scanned:
        for m in ex._patterns[pid][1].finditer(folded):
            raw.setdefault(pid, []).append((m.start(), m.end()))
    found: dict[str, list[Match]] = {}
    for pid in sorted(raw):
        sig = ex.signals[ex._patterns[pid][0]]
        if sig.keys and not any(k in folded for k in sig.keys):
            continue
        ms = found.setdefault(sig.id, [])
        for start, end in raw[pid]:
            neg = sig.negatable and ex._is_negated(folded, start, end)
            ms.append(Match(start, end, neg))
    for ms in found.values():
        ms.sort(key=lambda x: x.start)
    return SignalSet({sid: found[sid] for sid in ex.by_id if sid in found})
