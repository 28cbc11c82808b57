"""What do victims say spontaneously, and is it enough to decide?

For a labelled dataset, per channel: how often each decisive fact is present, absent
or contradicted (explicitly negated) in the text; how often the text alone lets the
rules decide, and decide right; and which missing fact blocks the decision most
often (the fact that, had it been said, would have let the rules reach the true
channel). Form fields are ignored on purpose: the question is what the text says.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd

from .catalogue import RESOURCE_DIR, Catalogue
from .rules import Facts, RuleEngine, holds
from .validation import require_columns, text_values


def load_decisive(path: str | Path | None = None) -> dict[str, list[str]]:
    path = Path(path) if path else RESOURCE_DIR / "rules" / "analysis_fr.json"
    return json.loads(path.read_text(encoding="utf-8"))["decisive_signals"]


def _decide_with(engine: RuleEngine, facts: Facts) -> str | None:
    for rule in engine.rules:
        if holds(rule.when, facts):
            return rule.channel
    return None


def analyze(frame: pd.DataFrame, text_column: str, label_column: str, engine: RuleEngine, catalogue: Catalogue,
            decisive: dict[str, list[str]] | None = None) -> tuple[pd.DataFrame, str]:
    """Long-form results (``channel, signal, measure, value``) and a short French summary."""
    require_columns(frame, [text_column, label_column], "input dataset")
    decisive = decisive or load_decisive()
    texts, bad = text_values(frame[text_column])
    labels = frame[label_column].astype("string").fillna("").tolist()
    rows, lines = [], []
    by_channel: dict[str, list[int]] = {c: [] for c in catalogue.ids}
    for i, (label, is_bad) in enumerate(zip(labels, bad)):
        if not is_bad and label in by_channel:
            by_channel[label].append(i)
    all_signals = engine.extractor.extract_batch([texts[i] for ids in by_channel.values() for i in ids])
    cursor = 0
    for channel, ids in by_channel.items():
        sigs, cursor = all_signals[cursor : cursor + len(ids)], cursor + len(ids)
        n = len(ids)
        if n == 0:
            continue
        rows.append((channel, "", "rows", float(n)))
        for sid in decisive.get(channel, []):
            states = Counter(s.state(sid) for s in sigs)
            for state, measure in (("present", "present"), ("absent", "absent"), ("negated", "contradicted")):
                rows.append((channel, sid, f"share_{measure}", states.get(state, 0) / n))
        decided = [_decide_with(engine, Facts(s, {}, {})) for s in sigs]
        right = sum(d == channel for d in decided)
        undecided = sum(d is None for d in decided)
        rows.append((channel, "", "share_decided_right", right / n))
        rows.append((channel, "", "share_decided_wrong", (n - right - undecided) / n))
        rows.append((channel, "", "share_undecided", undecided / n))
        blockers: Counter = Counter()
        for s, d in zip(sigs, decided):
            if d == channel:
                continue
            for sid in decisive.get(channel, []):
                if s.present(sid):
                    continue
                facts = Facts(s, {}, {})
                facts.forced_on.add(sid)
                if _decide_with(engine, facts) == channel:
                    blockers[sid] += 1
        for sid, count in blockers.items():
            rows.append((channel, sid, "share_blocking", count / n))
        name = catalogue.get(channel).name
        line = (f"- **{name}** ({n} descriptions) : le texte seul permet aux règles de décider juste dans "
                f"{100 * right / n:.0f} % des cas ({100 * undecided / n:.0f} % sans décision).")
        if blockers:
            sid, count = blockers.most_common(1)[0]
            fact = engine.extractor.by_id[sid].fact
            line += f" Le fait manquant qui bloque le plus souvent : « {fact} » ({100 * count / n:.0f} % des cas)."
        lines.append(line)
    result = pd.DataFrame(rows, columns=["channel", "signal", "measure", "value"])
    summary = ("# Ce que les victimes disent spontanément\n\n"
               "Part des descriptions dont le texte seul, sans les champs du formulaire, suffit aux règles du guide "
               "pour choisir le bon canal, et fait dont l'absence bloque le plus souvent la décision.\n\n"
               + "\n".join(lines) + "\n")
    return result, summary
