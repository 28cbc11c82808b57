"""Bias audit by facets: is the model as good for every kind of writer and description?

Each evaluated row gets a value for six facets computed from its text, its form fields and
its extracted facts:

- ``longueur``: words in the description, in bins;
- ``orthographe``: share of words whose folded form is not in the project's French word list
  (``resource/lexicon/mots_fr.txt``);
- ``accents``: whether words that the list only knows with accents are written without them;
- ``registre``: SMS-like or standard, from simple cues (SMS spellings, no capital letter);
- ``victime_mineure``: the form field when filled, else the extracted facts;
- ``genre_grammatical``: the writer's grammatical gender when the text marks it
  ("je suis allée", "je suis tombé", adjective agreement after "je suis");
- ``champs_formulaire``: whether any form field is filled.

For every facet value: rows, accuracy and macro-F1, their gap to the whole set, and a seeded
percentile bootstrap 95 % interval of each gap (rows resampled with replacement, the whole set
and the facet value measured on the same resample, all resamples at once with numpy).
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..catalogue import RESOURCE_DIR
from ..rules import FORM_FIELDS

FACETS = ("longueur", "orthographe", "accents", "registre", "victime_mineure", "genre_grammatical",
          "champs_formulaire")
LENGTH_BINS = (-1, 15, 40, 100, 10**9)
LENGTH_LABELS = ("15 mots ou moins", "16 à 40 mots", "41 à 100 mots", "plus de 100 mots")

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PLACEHOLDER = re.compile(r"\[[A-Z]+\]")
_ACCENTS = str.maketrans("àâäçéèêëîïôöùûüÿœæ", "aaaceeeeiioouuuyœæ")
# SMS spellings and abbreviations, on lower-case text.
_SMS = re.compile(
    r"(?<![\w'])(?:jai|jsui|jsuis|chui|jsp|jpp|g|ct|c|kan|pk|pq|pcq|psk|tkt|stp|svp|mdr|ptdr|lol|ya|yavait|bcp|tt|"
    r"tjr|tjrs|koi|ki|dc|pr|pa|ke|ds|qd|qq|qqn|qqch|vrmt|jme|jte|jle|jlai|jles|ma\s+ete|msg|rdv|auj|ajd|dsl)(?![\w'])")
# A copula or auxiliary of the writer, then up to two adverbs, then the word that agrees.
_COPULA = re.compile(
    r"\b(?:je\s+(?:ne\s+)?(?:suis|me\s+suis|me\s+sens|me\s+sentais|me\s+retrouve|me\s+suis\s+retrouv\w+|"
    r"serai|serais|reste|restais)|j'(?:étais|etais|ai\s+été|ai\s+ete|avais\s+été|avais\s+ete)|"
    r"chui|jsuis|j'suis|jsui)\s+(?:(?:pas|plus|très|tres|trop|vraiment|tellement|complètement|completement|"
    r"toute|tout|encore|déjà|deja|bien|si|assez|un\s+peu)\s+){0,2}([^\W\d_]+)", re.IGNORECASE)
_FEMININE = {"seule", "enceinte", "inquiète", "inquiete", "contente", "sûre", "certaine", "prête", "prete",
             "perdue", "venue", "partie", "sortie", "morte", "prise", "mise", "surprise", "assise", "battue", "vue",
             "mariée", "divorcée", "séparée", "étudiante", "etudiante", "mère", "mere", "maman", "retraitée",
             "malheureuse", "heureuse", "furieuse", "honteuse", "nerveuse", "anxieuse", "paniquée", "émue",
             "descendue", "revenue", "devenue", "rentrée", "tenue", "convaincue", "déçue", "decue", "enceinte",
             "handicapée", "mineure", "majeure"}
_MASCULINE = {"seul", "inquiet", "content", "sûr", "certain", "prêt", "perdu", "venu", "parti", "sorti", "mort",
              "pris", "mis", "surpris", "assis", "battu", "vu", "marié", "divorcé", "séparé", "étudiant", "etudiant",
              "père", "pere", "papa", "retraité", "malheureux", "heureux", "furieux", "honteux", "nerveux", "anxieux",
              "paniqué", "ému", "descendu", "revenu", "devenu", "rentré", "tenu", "convaincu", "déçu", "decu",
              "handicapé", "mineur", "majeur"}
_NOT_AGREEING = {"victime", "propriétaire", "locataire", "malade", "en", "à", "a", "au", "sur", "dans", "chez",
                 "une", "un", "la", "le", "sans", "pas"}


@lru_cache(maxsize=4)
def load_wordlist(path: str | None = None) -> tuple[frozenset, frozenset]:
    """The French word list: (folded forms, folded forms only ever written with an accent)."""
    p = Path(path) if path else RESOURCE_DIR / "lexicon" / "mots_fr.txt"
    words = [w.strip().lower() for w in p.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    folded: dict[str, bool] = {}  # folded form -> some spelling of it has no accent
    for w in words:
        f = w.translate(_ACCENTS)
        folded[f] = folded.get(f, False) or f == w
    return frozenset(folded), frozenset(f for f, plain in folded.items() if not plain)


def writer_gender(text: str) -> str:
    """``féminin``, ``masculin``, ``ambigu`` (both marked) or ``non marqué``."""
    fem = masc = False
    for m in _COPULA.finditer(text):
        w = m.group(1).lower()
        if w in _NOT_AGREEING:
            continue
        if w in _FEMININE or w.endswith(("ée", "ées")):
            fem = True
        elif w in _MASCULINE or (w.endswith(("é", "és")) and len(w) > 2):
            masc = True
    if fem and masc:
        return "ambigu"
    return "féminin" if fem else "masculin" if masc else "non marqué"


def _minor_from_signals(value: str) -> str:
    try:
        items = json.loads(value) if value else []
    except (TypeError, ValueError):
        return "non précisé"
    ids = {(i.get("signal"), bool(i.get("negated"))) for i in items if isinstance(i, dict)}
    if ("victim_minor", False) in ids:
        return "mineure"
    if ("adult_stated", False) in ids:
        return "majeure"
    return "non précisé"


def text_facets(frame: pd.DataFrame, text_column: str, wordlist: tuple[frozenset, frozenset] | None = None) -> pd.DataFrame:
    """One row per input row, one column ``facet_<name>`` per facet of :data:`FACETS`.

    Uses ``frame[text_column]``, the form fields when present (``auteur_connu``,
    ``faits_en_ligne``, ``victime_mineure``) and the ``signals`` column of the score step
    when present (else the minor-victim facet reads ``non précisé`` where no field says it).
    """
    known, accented = wordlist or load_wordlist()
    texts = frame[text_column].astype("string").fillna("").tolist() if text_column in frame.columns else [""] * len(frame)
    n = len(texts)
    n_words = np.zeros(n, dtype=int)
    oov = np.zeros(n)
    missing_acc = np.zeros(n, dtype=int)
    needing_acc = np.zeros(n, dtype=int)
    sms = np.zeros(n, dtype=bool)
    gender = []
    for i, t in enumerate(texts):
        t = _PLACEHOLDER.sub(" ", t)
        words = _WORD.findall(t.lower())
        n_words[i] = len(words)
        if words:
            folded = [w.translate(_ACCENTS) for w in words]
            oov[i] = sum(f not in known for f in folded) / len(words)
            need = [w for w, f in zip(words, folded) if f in accented]
            needing_acc[i] = len(need)
            missing_acc[i] = sum(w == w.translate(_ACCENTS) for w in need)
        cues = len(_SMS.findall(t.lower()))
        sms[i] = cues >= 2 or (cues >= 1 and not any(ch.isupper() for ch in t))
        gender.append(writer_gender(t))
    length = pd.cut(pd.Series(n_words), LENGTH_BINS, labels=LENGTH_LABELS).astype(str)
    spelling = np.select([oov < 0.05, oov < 0.15], ["moins de 5 % de mots inconnus", "5 à 15 % de mots inconnus"],
                         "plus de 15 % de mots inconnus")
    with np.errstate(divide="ignore", invalid="ignore"):
        miss_rate = np.where(needing_acc > 0, missing_acc / np.maximum(needing_acc, 1), np.nan)
    accents = np.select([needing_acc < 2, miss_rate >= 0.5], ["rien à accentuer", "accents manquants"], "accents présents")
    fields = [c for c in FORM_FIELDS if c in frame.columns]
    filled = np.zeros(n, dtype=bool)
    for c in fields:
        filled |= frame[c].astype("string").fillna("").str.strip().ne("").to_numpy()
    minor_field = (frame["victime_mineure"].astype("string").fillna("").str.strip().str.lower().to_numpy()
                   if "victime_mineure" in frame.columns else np.array([""] * n, dtype=object))
    signals = (frame["signals"].astype("string").fillna("").tolist() if "signals" in frame.columns else [""] * n)
    minor = [("mineure" if f == "oui" else "majeure") if f in ("oui", "non") else _minor_from_signals(s)
             for f, s in zip(minor_field, signals)]
    return pd.DataFrame({
        "facet_longueur": length.to_numpy(),
        "facet_orthographe": spelling,
        "facet_accents": accents,
        "facet_registre": np.where(sms, "type SMS", "standard"),
        "facet_victime_mineure": minor,
        "facet_genre_grammatical": gender,
        "facet_champs_formulaire": np.where(filled, "au moins un champ rempli", "aucun champ rempli"),
    }, index=frame.index)


def _scores(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Accuracy and macro-F1 (classes with support) of confusion counts, shape (B, K, K) -> (B,), (B,)."""
    tp = np.diagonal(cm, axis1=1, axis2=2)
    pred = cm.sum(axis=1)
    support = cm.sum(axis=2)
    total = support.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        accuracy = np.where(total > 0, tp.sum(axis=1) / total, np.nan)
        f1 = np.where(pred + support > 0, 2 * tp / (pred + support), 0.0)
        present = support > 0
        macro = np.where(present.any(axis=1), (f1 * present).sum(axis=1) / present.sum(axis=1), np.nan)
    return accuracy, macro


@dataclass(frozen=True)
class BootstrapSettings:
    """Settings of the gap intervals.

    Attributes:
        n_boot (int): resamples (default 1000).
        seed (int): seed of the resampling (default 0).
        max_cells (int): at most this many (resample x row) weights in memory at once.
    """

    n_boot: int = 1000
    seed: int = 0
    max_cells: int = 4_000_000


def facet_table(y: np.ndarray, p: np.ndarray, facets: pd.DataFrame, n_classes: int,
                boot: BootstrapSettings = BootstrapSettings()) -> pd.DataFrame:
    """Per facet value: rows, accuracy, macro-F1, gaps to the whole set and their 95 % intervals.

    Args:
        y, p (np.ndarray): true and predicted class indices, shape (n_rows,).
        facets (pd.DataFrame): ``facet_<name>`` columns, one row per evaluated row.
        n_classes (int): number of channels.
        boot (BootstrapSettings): resampling settings.

    Returns:
        pd.DataFrame: columns ``facet, value, rows, share, accuracy, accuracy_gap,
        accuracy_gap_low, accuracy_gap_high, macro_f1, macro_f1_gap, macro_f1_gap_low,
        macro_f1_gap_high, significant`` (1 when an interval excludes 0).
    """
    n, k2 = len(y), n_classes * n_classes
    columns = ["facet", "value", "rows", "share", "accuracy", "accuracy_gap", "accuracy_gap_low", "accuracy_gap_high",
               "macro_f1", "macro_f1_gap", "macro_f1_gap_low", "macro_f1_gap_high", "significant"]
    if n == 0:
        return pd.DataFrame(columns=columns)
    cell = np.asarray(y) * n_classes + np.asarray(p)  # confusion cell of each row
    groups = [(c[len("facet_"):], v, facets[c].to_numpy() == v) for c in facets.columns
              for v in sorted(pd.unique(facets[c].astype(str)))]
    masks = np.stack([np.ones(n, dtype=bool)] + [m for _, _, m in groups])  # (G + 1, n), row 0: whole set

    selections = [np.flatnonzero(m) for m in masks]
    onehot = np.zeros((n, k2))
    onehot[np.arange(n), cell] = 1.0

    def confusions(weights: np.ndarray) -> np.ndarray:
        # weights (B, n) -> weighted confusion counts per group: (B, G + 1, K, K)
        out = np.stack([weights[:, sel] @ onehot[sel] for sel in selections], axis=1)
        return out.reshape(weights.shape[0], len(masks), n_classes, n_classes)

    acc0, f10 = (s.reshape(len(masks)) for s in _scores(confusions(np.ones((1, n))).reshape(-1, n_classes, n_classes)))
    rng = np.random.default_rng(boot.seed)
    batch = max(1, min(boot.n_boot, boot.max_cells // max(n, 1)))
    acc_gaps, f1_gaps = [], []
    done = 0
    while done < boot.n_boot:
        b = min(batch, boot.n_boot - done)
        w = rng.multinomial(n, np.full(n, 1.0 / n), size=b).astype(float)  # (b, n) resample counts
        acc, f1 = (s.reshape(b, len(masks)) for s in _scores(confusions(w).reshape(-1, n_classes, n_classes)))
        acc_gaps.append(acc[:, 1:] - acc[:, :1])
        f1_gaps.append(f1[:, 1:] - f1[:, :1])
        done += b
    acc_gaps, f1_gaps = np.concatenate(acc_gaps), np.concatenate(f1_gaps)
    with warnings.catch_warnings():  # a small facet value may be absent from some resamples
        warnings.simplefilter("ignore", RuntimeWarning)
        a_lo, a_hi = np.nanpercentile(acc_gaps, [2.5, 97.5], axis=0) if len(groups) else (np.array([]),) * 2
        f_lo, f_hi = np.nanpercentile(f1_gaps, [2.5, 97.5], axis=0) if len(groups) else (np.array([]),) * 2
    rows = []
    for g, (facet, value, mask) in enumerate(groups):
        sig = (a_lo[g] > 0 or a_hi[g] < 0 or f_lo[g] > 0 or f_hi[g] < 0) and mask.sum() < n
        rows.append((facet, value, int(mask.sum()), float(mask.mean()), acc0[g + 1], acc0[g + 1] - acc0[0],
                     a_lo[g], a_hi[g], f10[g + 1], f10[g + 1] - f10[0], f_lo[g], f_hi[g], int(bool(sig))))
    return pd.DataFrame(rows, columns=columns)


def bias_audit(frame: pd.DataFrame, label_column: str, catalogue, text_column: str,
               boot: BootstrapSettings = BootstrapSettings()) -> pd.DataFrame:
    """The facet table of a scored dataset with its true channel (same rows as the evaluation)."""
    from .evaluate import evaluable_rows
    from ..validation import require_columns

    require_columns(frame, [text_column], "scored dataset")
    keep, y, p = evaluable_rows(frame, label_column, catalogue)
    facets = text_facets(frame[keep].reset_index(drop=True), text_column)
    return facet_table(y, p, facets, len(catalogue.ids), boot)
