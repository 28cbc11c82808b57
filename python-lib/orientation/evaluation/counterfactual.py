"""Counterfactual invariance: does the orientation change when only a name, a gender or a place does?

The same descriptions are scored again after substitutions that the guide never uses to
decide (lists in ``resource/counterfactual/``, documented there):

- ``prenoms``: first names found in the text, replaced by the name of the same rank and gender
  from each other origin (French, Maghrebi, West African, Portuguese, Eastern European, East and
  South-East Asian, Turkish);
- ``prenoms_inseres``: "Je m'appelle <prénom>. " put before every description, one variant per
  origin and gender, compared with the French-name variant. Descriptions rarely hold first
  names, and the prepare step already turned names after a civil title into ``[NOM]``: the
  insertion measures the same effect on every row;
- ``genre``: the writer's agreements after "je suis", "je me sens"... ("je suis allé" ↔
  "je suis allée"), and third parties (possessive + relative, "mon mari" ↔ "ma femme", subject
  pronouns "il" ↔ "elle" except impersonal "il y a", "il faut"...);
- ``lieux``: French cities (mainland and overseas) and neighbourhoods found in the text,
  replaced by one of each other group;
- ``lieux_inseres``: " Les faits se sont passés à <ville>." put after every description, one
  variant per city group, compared with the first big city.

For each family and variant: rows altered, (row, variant) pairs compared, predictions that
changed, their share, and the mean absolute change of the probability of the original channel.
Target: under 1 % of changed predictions for names and places.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..catalogue import RESOURCE_DIR, Catalogue
from ..errors import SettingsError
from ..scoring import Scorer
from ..settings import ScoreSettings
from ..validation import require_columns

logger = logging.getLogger(__name__)

TARGETS = {"prenoms": 0.01, "prenoms_inseres": 0.01, "lieux": 0.01, "lieux_inseres": 0.01, "genre": float("nan")}
FAMILIES = ("prenoms", "prenoms_inseres", "genre", "lieux", "lieux_inseres")
COLUMNS = ["family", "variant", "rows_altered", "pairs", "changed", "share_changed", "mean_abs_confidence_change",
           "target"]
_COPULA = (r"(?:\bje\s+(?:ne\s+)?(?:suis|me\s+suis|me\s+sens|me\s+sentais|me\s+retrouve|serai|serais|reste|restais)|"
           r"\bj'(?:étais|etais|ai\s+été|ai\s+ete|avais\s+été)|\bchui|\bjsuis|\bj'suis)\s+"
           r"(?:(?:pas|plus|très|tres|trop|vraiment|tellement|complètement|toute|tout|encore|déjà|bien|si|assez)\s+){0,2}")


@lru_cache(maxsize=1)
def load_lists() -> dict:
    """The substitution lists of ``resource/counterfactual/`` (first names, places, gender markers)."""
    base = RESOURCE_DIR / "counterfactual"
    return {name: json.loads((base / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("prenoms", "lieux", "genre")}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _bounded(words) -> re.Pattern:
    # Not inside a longer word, a hyphenated name or a placeholder such as [NOM].
    return re.compile(r"(?<![\w\[-])(?:" + _alternation(words) + r")(?![\w\]-])")


class Substitutions:
    """Build the counterfactual variants of texts from the lists."""

    def __init__(self, lists: dict | None = None) -> None:
        lists = lists or load_lists()
        origins = lists["prenoms"]["origins"]
        self.origins = list(origins)
        self.name_of = {}  # name -> (origin, gender, rank)
        for o, by_gender in origins.items():
            for g, names in by_gender.items():
                for r, n in enumerate(names):
                    self.name_of[n] = (o, g, r)
        self.names = origins
        self.origin_label = {o: lists["prenoms"].get("labels", {}).get(o, o) for o in origins}
        self.name_re = _bounded(self.name_of)
        groups = lists["lieux"]["groups"]
        self.place_groups = groups
        self.place_of = {}  # place -> (kind, group, rank)
        for kind, members in lists["lieux"]["kinds"].items():
            for grp in members:
                for r, p in enumerate(groups[grp]):
                    self.place_of[p] = (kind, grp, r)
        self.place_kinds = lists["lieux"]["kinds"]
        self.group_label = {g: lists["lieux"].get("labels", {}).get(g, g) for g in groups}
        self.place_re = _bounded(self.place_of)
        g = lists["genre"]
        writer = {}
        for m, f in g["ecrivain"]:
            writer[m], writer[f] = f, m
        self.writer_pairs = writer
        self.writer_re = re.compile(_COPULA + r"([^\W\d_]+)", re.IGNORECASE)
        third = {}
        for m, f in g["tiers"]:
            third[m], third[f] = f, m
        self.third_pairs = third
        impersonal = _alternation(g["impersonnel"])
        self.third_re = re.compile(r"(?<![\w'-])(?:" + _alternation(third) + r")(?![\w'-])(?!\s+(?:" + impersonal + r")\b)")

    # Names ----------------------------------------------------------------------------
    def swap_names(self, text: str, origin: str) -> str | None:
        """Every listed first name of another origin replaced by the same rank and gender of ``origin``;
        None when the text holds none."""
        if not self.name_re.search(text):
            return None
        changed = False

        def repl(m: re.Match) -> str:
            nonlocal changed
            o, g, r = self.name_of[m.group(0)]
            if o == origin:
                return m.group(0)
            changed = True
            return self.names[origin][g][r]

        out = self.name_re.sub(repl, text)
        return out if changed else None

    # Places ---------------------------------------------------------------------------
    def swap_places(self, text: str, group: str) -> str | None:
        """Every listed place of the same kind but another group replaced by the same rank of ``group``."""
        if not self.place_re.search(text):
            return None
        changed = False
        target = self.place_groups[group]

        def repl(m: re.Match) -> str:
            nonlocal changed
            kind, grp, r = self.place_of[m.group(0)]
            if grp == group or group not in self.place_kinds[kind]:
                return m.group(0)
            changed = True
            return target[r % len(target)]

        out = self.place_re.sub(repl, text)
        return out if changed else None

    # Gender ---------------------------------------------------------------------------
    def swap_writer_gender(self, text: str) -> str | None:
        """The writer's agreements inverted ("je suis allé" <-> "je suis allée")."""
        changed = False

        def repl(m: re.Match) -> str:
            nonlocal changed
            word = m.group(1)
            low = word.lower()
            if low in self.writer_pairs:
                new = self.writer_pairs[low]
            elif low.endswith("ées"):
                new = low[:-3] + "és"
            elif low.endswith("ée"):
                new = low[:-1]
            elif low.endswith("és") and len(low) > 3:
                new = low[:-1] + "es"
            elif low.endswith("é") and len(low) > 2:
                new = low + "e"
            else:
                return m.group(0)
            if word[:1].isupper():
                new = new[:1].upper() + new[1:]
            changed = True
            return m.group(0)[: m.start(1) - m.start(0)] + new

        out = self.writer_re.sub(repl, text)
        return out if changed else None

    def swap_third_gender(self, text: str) -> str | None:
        """Relatives and subject pronouns of third parties inverted, impersonal "il" kept."""
        out, n = self.third_re.subn(lambda m: self.third_pairs[m.group(0)], text)
        return out if n else None


@dataclass(frozen=True)
class CounterfactualSettings:
    """Settings of the test.

    Attributes:
        families (tuple[str, ...]): which substitution families to run (default all).
        max_rows (int): at most this many rows are used (a seeded sample beyond), default 2000.
        seed (int): seed of that sample.
        chunk_size (int): rows scored at a time.
    """

    families: tuple[str, ...] = FAMILIES
    max_rows: int = 2000
    seed: int = 0
    chunk_size: int = 2000

    def __post_init__(self) -> None:
        unknown = [f for f in self.families if f not in FAMILIES]
        if unknown:
            raise SettingsError(f"E185 Unknown counterfactual families {unknown}; choose among {list(FAMILIES)}.")


def _variants(texts: list[str], subs: Substitutions, families: tuple[str, ...]) -> list[tuple[str, str, int, str, int]]:
    """(family, variant, row, text, ref) of each swap; ref -1: compared with the original text."""
    out = []
    for i, t in enumerate(texts):
        if "prenoms" in families:
            for o in subs.origins:
                v = subs.swap_names(t, o)
                if v is not None:
                    out.append(("prenoms", f"vers des prénoms d'origine {subs.origin_label[o]}", i, v, -1))
        if "lieux" in families:
            for grp in subs.place_groups:
                v = subs.swap_places(t, grp)
                if v is not None:
                    out.append(("lieux", f"vers des {subs.group_label[grp]}" if grp != "outre_mer"
                                else "vers l'Outre-mer", i, v, -1))
        if "genre" in families:
            v = subs.swap_writer_gender(t)
            if v is not None:
                out.append(("genre", "accords de la personne qui écrit", i, v, -1))
            v = subs.swap_third_gender(t)
            if v is not None:
                out.append(("genre", "tiers (proches, il/elle)", i, v, -1))
    return out


def counterfactual_test(frame: pd.DataFrame, text_column: str, model, catalogue: Catalogue,
                        settings: CounterfactualSettings = CounterfactualSettings(),
                        lists: dict | None = None) -> pd.DataFrame:
    """Share of predictions that change under each substitution family (see the module doc)."""
    require_columns(frame, [text_column, *model.feature_columns], "input dataset")
    text = frame[text_column].astype("string").fillna("")
    rows = frame[text.str.strip().str.len().to_numpy() > 0]
    if len(rows) > settings.max_rows:
        rows = rows.sample(n=settings.max_rows, random_state=settings.seed)
    rows = rows[[text_column, *model.feature_columns]].reset_index(drop=True)
    texts = rows[text_column].astype(str).tolist()
    subs = Substitutions(lists)
    specs = _variants(texts, subs, settings.families)
    # Insertions: every row, one variant per origin and gender (or per city group), each compared with
    # the first variant of its block (French name of the same gender, first big city): ``ref`` points to it.
    n = len(texts)
    if "prenoms_inseres" in settings.families:
        for g, gname in (("f", "féminin"), ("m", "masculin")):
            ref0 = len(specs)
            for o in subs.origins:
                name = subs.names[o][g][0]
                specs += [("prenoms_inseres", f"{name} (origine {subs.origin_label[o]}, {gname})", i, f"Je m'appelle {name}. {t}", ref0 + i)
                          for i, t in enumerate(texts)]
    if "lieux_inseres" in settings.families:
        ref0 = len(specs)
        for grp in subs.place_kinds["ville"]:
            place = subs.place_groups[grp][0]
            specs += [("lieux_inseres", f"{place} ({subs.group_label[grp]})", i, f"{t} Les faits se sont passés à {place}.", ref0 + i)
                      for i, t in enumerate(texts)]
    logger.info("Counterfactual test: %d rows, %d variants to score", n, len(specs))
    scorer = Scorer(model, ScoreSettings(text_column=text_column, explain=False,
                                         extract_signals=bool(model.uses_signals)), catalogue)
    pred_b, proba_b = _score(scorer, rows, texts, text_column, settings.chunk_size)
    spec = pd.DataFrame(specs, columns=["family", "variant", "row", "text", "ref"])
    variant_rows = rows.iloc[spec["row"].to_numpy()].reset_index(drop=True)
    pred_v, proba_v = _score(scorer, variant_rows, spec["text"].tolist(), text_column, settings.chunk_size)
    ref = spec["ref"].to_numpy()
    inserted = ref >= 0
    ref_pred = np.where(inserted, pred_v[np.maximum(ref, 0)] if len(ref) else 0, pred_b[spec["row"].to_numpy()])
    ref_proba = np.where(inserted[:, None], proba_v[np.maximum(ref, 0)] if len(ref) else 0,
                         proba_b[spec["row"].to_numpy()])
    at = np.arange(len(spec))
    spec["changed"] = pred_v != ref_pred
    spec["delta"] = np.abs(proba_v[at, ref_pred] - ref_proba[at, ref_pred]) if len(spec) else np.zeros(0)
    spec = spec[ref != at]  # a reference variant compared with itself says nothing
    out = []
    for fam in settings.families:
        part = spec[spec["family"] == fam]
        for variant, g in [("toutes", part)] + list(part.groupby("variant", sort=False)):
            out.append((fam, variant, int(g["row"].nunique()), int(len(g)), int(g["changed"].sum()),
                        float(g["changed"].mean()) if len(g) else float("nan"),
                        float(g["delta"].mean()) if len(g) else float("nan"), TARGETS[fam]))
    return pd.DataFrame(out, columns=COLUMNS)


def _score(scorer: Scorer, rows: pd.DataFrame, texts: list[str], text_column: str,
           chunk_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Predicted channel index and probabilities of ``texts`` (other columns from ``rows``)."""
    n_ch = len(scorer.catalogue.ids)
    if not texts:
        return np.zeros(0, dtype=int), np.zeros((0, n_ch))
    frame = rows.copy()
    frame[text_column] = texts
    proba_cols = [f"proba_{c}" for c in scorer.catalogue.ids]
    parts = [scorer.score_df(frame.iloc[s:s + chunk_size])[proba_cols] for s in range(0, len(frame), chunk_size)]
    proba = pd.concat(parts).to_numpy(dtype=float)
    return np.nan_to_num(proba).argmax(axis=1), np.nan_to_num(proba)
