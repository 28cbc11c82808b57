"""Learned URGENCE head: a logistic regression over n-grams, facts and emergency cues.

The cue rules (``urgence.py``) catch the emergencies they were written for; the head
learns from labelled rows (an ``urgence`` column) how else people describe them. Its
decision threshold is chosen by cross-validation on the training rows only: the highest
threshold at which *cues OR head* reach ``target_recall`` out of fold. The final flag is
cues OR head, so the head only ever adds emergencies.

Stored in the model folder of trained families (linear, hybrid, embedding) without
pickle: settings, threshold and cross-validated figures in the manifest, arrays in npz,
the n-gram texts in JSON.
"""

from __future__ import annotations

import logging

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from .artefacts import arrays_from_bytes, arrays_to_bytes, json_from_bytes, json_to_bytes
from .errors import InputDataError, SettingsError
from .features import NgramTfidf
from .signals import SignalSet
from .text.proper_nouns import ProperNounMask, mask_from_files

logger = logging.getLogger(__name__)

FORMAT = "orientation.urgence_head.v1"
FILES = ("urgence_vectorizer.npz", "urgence_vocabulary.json", "urgence_weights.npz")
MASK_FILE = "urgence_proper_nouns.json"
TRUE_VALUES = {"1", "1.0", "true", "oui", "yes", "vrai"}
FALSE_VALUES = {"0", "0.0", "false", "non", "no", "faux"}


def urgence_labels(values, column: str) -> np.ndarray:
    """0/1/-1 (unknown: empty) from a column of flags; an unreadable value is an error."""
    out = np.full(len(values), -1, dtype=np.int8)
    bad = []
    for i, v in enumerate(values):
        s = "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip().lower()
        if s in TRUE_VALUES:
            out[i] = 1
        elif s in FALSE_VALUES:
            out[i] = 0
        elif s:
            bad.append(i)
    if bad:
        raise InputDataError(
            f"E134 Column '{column}' must hold 0 or 1 (or be empty) to train the urgence head; "
            f"{len(bad)} rows hold something else (first at row {bad[0]})."
        )
    return out


class UrgenceHead:
    """Binary classifier of emergencies, used as ``cues OR head``.

    Args:
        C (float): inverse regularisation strength.
        target_recall (float): recall of cues OR head, out of fold, that the threshold reaches.
        folds (int): cross-validation folds for the threshold.
        char_ngram_range (tuple[int, int]), min_df (int), max_features (int): n-gram settings.
        signal_weight (float): value of a fact or cue column when set.
        seed (int): seed of the folds.
        mask (ProperNounMask | None): the model's proper-noun mask, applied to the texts the head
            reads, so that a first name or a town does not raise or drop the flag either.

    Attributes:
        threshold_ (float): probability from which the head raises the flag.
        cv_ (dict): out-of-fold recall and precision of cues, head and both, at the threshold.
        signal_ids_ (list[str]), cue_ids_ (list[str]): the fact and cue-rule columns.
    """

    def __init__(self, *, C: float = 4.0, target_recall: float = 0.95, folds: int = 5,
                 char_ngram_range: tuple[int, int] = (3, 5), min_df: int = 2, max_features: int = 100_000,
                 signal_weight: float = 1.0, seed: int = 0, mask: ProperNounMask | None = None) -> None:
        if not 0 < target_recall <= 1:
            raise SettingsError(f"E180 UrgenceHead: target_recall must be in (0, 1]; got {target_recall!r}.")
        if not isinstance(folds, int) or folds < 2:
            raise SettingsError(f"E181 UrgenceHead: folds must be an integer of at least 2; got {folds!r}.")
        self.C = C
        self.target_recall = target_recall
        self.folds = folds
        self.char_ngram_range = tuple(char_ngram_range)
        self.min_df = min_df
        self.max_features = max_features
        self.signal_weight = signal_weight
        self.seed = seed
        self.mask_ = mask

    def _masked(self, texts: list[str]) -> list[str]:
        return self.mask_.transform(list(texts)) if self.mask_ is not None else texts

    # Features -----------------------------------------------------------------------
    def _facts(self, signals: list[SignalSet], cues: list[list[str]]) -> sp.csr_matrix:
        """Two columns per fact (present, negated), then one per cue rule that holds."""
        sig_index = {s: j for j, s in enumerate(self.signal_ids_)}
        cue_index = {c: j for j, c in enumerate(self.cue_ids_)}
        n_sig = 2 * len(self.signal_ids_)
        rows, cols = [], []
        for i, (sset, holding) in enumerate(zip(signals, cues)):
            for sid in sset.matches:
                j = sig_index.get(sid)
                if j is not None:
                    rows.append(i)
                    cols.append(2 * j if sset.present(sid) else 2 * j + 1)
            for cid in holding:
                j = cue_index.get(cid)
                if j is not None:
                    rows.append(i)
                    cols.append(n_sig + j)
        data = np.full(len(rows), self.signal_weight, dtype=np.float32)
        return sp.csr_matrix((data, (rows, cols)), shape=(len(signals), n_sig + len(self.cue_ids_)))

    def _fit_one(self, texts, y, signals, cues):
        vec = NgramTfidf(char_ngram_range=self.char_ngram_range, min_df=self.min_df,
                         max_features=self.max_features).fit(texts)
        X = sp.hstack([vec.transform(texts), self._facts(signals, cues)], format="csr")
        clf = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000, solver="lbfgs")
        clf.fit(X, y)
        return vec, clf.coef_[0].astype(np.float32), float(clf.intercept_[0])

    def _proba(self, vec, coef, intercept, texts, signals, cues) -> np.ndarray:
        X = sp.hstack([vec.transform(texts), self._facts(signals, cues)], format="csr")
        z = np.asarray(X @ coef).ravel() + intercept
        return 1.0 / (1.0 + np.exp(-z))

    # Training -----------------------------------------------------------------------
    def fit(self, texts: list[str], y: np.ndarray, signals: list[SignalSet], cues: list[list[str]],
            signal_ids: list[str], cue_ids: list[str]) -> "UrgenceHead":
        """Fit on rows with a known flag; ``cues`` holds, per row, the ids of the cue rules that hold.

        The threshold comes from ``folds``-fold out-of-fold probabilities on these rows.
        """
        y = np.asarray(y, dtype=np.int64)
        if not (len(texts) == len(y) == len(signals) == len(cues)):
            raise ValueError("texts, y, signals and cues must have the same length.")
        n_pos = int(y.sum())
        if n_pos < self.folds or len(y) - n_pos < self.folds:
            raise InputDataError(
                f"E135 The urgence head needs at least {self.folds} urgent and {self.folds} non-urgent rows "
                f"to choose its threshold by cross-validation; got {n_pos} and {len(y) - n_pos}."
            )
        self.signal_ids_, self.cue_ids_ = list(signal_ids), list(cue_ids)
        texts = self._masked(texts)
        oof = np.zeros(len(y), dtype=np.float64)
        folds = StratifiedKFold(n_splits=self.folds, shuffle=True, random_state=self.seed)
        for tr, va in folds.split(np.zeros(len(y)), y):
            sub = lambda rows, seq: [seq[i] for i in rows]  # noqa: E731
            vec, coef, b = self._fit_one(sub(tr, texts), y[tr], sub(tr, signals), sub(tr, cues))
            oof[va] = self._proba(vec, coef, b, sub(va, texts), sub(va, signals), sub(va, cues))
        cue_flag = np.array([bool(c) for c in cues])
        self.threshold_ = choose_threshold(oof, y, cue_flag, self.target_recall)
        head_flag = oof >= self.threshold_
        self.cv_ = {
            "folds": self.folds,
            "rows": int(len(y)),
            "urgent_rows": n_pos,
            "cues": recall_precision(y, cue_flag),
            "head": recall_precision(y, head_flag),
            "combined": recall_precision(y, cue_flag | head_flag),
        }
        self.vectorizer_, self.coef_, self.intercept_ = self._fit_one(texts, y, signals, cues)
        self.fitted_ = True
        logger.info("Urgence head: threshold %.3f; out of fold, cues OR head recall %.3f precision %.3f (%d urgent rows)",
                    self.threshold_, self.cv_["combined"]["recall"], self.cv_["combined"]["precision"], n_pos)
        return self

    # Scoring ------------------------------------------------------------------------
    def proba(self, texts: list[str], signals: list[SignalSet], cues: list[list[str]]) -> np.ndarray:
        """Probability of an emergency per row."""
        if not texts:
            return np.zeros(0)
        return self._proba(self.vectorizer_, self.coef_, self.intercept_, self._masked(texts), signals, cues)

    def predict(self, texts: list[str], signals: list[SignalSet], cues: list[list[str]]) -> np.ndarray:
        """The head's own flag per row (bool); the urgence flag is this OR the cues."""
        return self.proba(texts, signals, cues) >= self.threshold_

    # Model folder -------------------------------------------------------------------
    def state(self) -> tuple[dict, dict[str, bytes]]:
        vec_params, vec_arrays = self.vectorizer_.get_state()
        params = {
            "format": FORMAT, "C": self.C, "target_recall": self.target_recall, "folds": self.folds,
            "signal_weight": self.signal_weight, "seed": self.seed, "threshold": self.threshold_,
            "intercept": self.intercept_, "signal_ids": self.signal_ids_, "cue_ids": self.cue_ids_,
            "vectorizer": vec_params, "cross_validation": self.cv_, "mask_proper_nouns": self.mask_ is not None,
        }
        files = {
            "urgence_vectorizer.npz": arrays_to_bytes(vec_arrays),
            "urgence_vocabulary.json": json_to_bytes(self.vectorizer_.terms_),
            "urgence_weights.npz": arrays_to_bytes({"coef": self.coef_}),
        }
        if self.mask_ is not None:
            files[MASK_FILE] = json_to_bytes(self.mask_.to_json())
        return params, files

    @classmethod
    def from_state(cls, params: dict, files: dict[str, bytes]) -> "UrgenceHead":
        if params.get("format") != FORMAT:
            raise SettingsError(f"E182 Urgence head format {params.get('format')!r} is not {FORMAT!r}: retrain the model.")
        vec = params["vectorizer"]
        head = cls(C=params["C"], target_recall=params["target_recall"], folds=params["folds"],
                   char_ngram_range=tuple(vec["char_ngram_range"]), min_df=vec["min_df"],
                   max_features=vec["max_features"], signal_weight=params["signal_weight"], seed=params["seed"])
        head.vectorizer_ = NgramTfidf.from_state(
            vec, arrays_from_bytes(files["urgence_vectorizer.npz"], "urgence_vectorizer.npz"),
            json_from_bytes(files["urgence_vocabulary.json"], "urgence_vocabulary.json"))
        head.coef_ = arrays_from_bytes(files["urgence_weights.npz"], "urgence_weights.npz")["coef"].astype(np.float32)
        head.intercept_ = float(params["intercept"])
        head.threshold_ = float(params["threshold"])
        head.signal_ids_, head.cue_ids_ = list(params["signal_ids"]), list(params["cue_ids"])
        head.cv_ = params.get("cross_validation", {})
        if params.get("mask_proper_nouns", False):  # heads written before the mask: off
            head.mask_ = mask_from_files(files, MASK_FILE)
        head.fitted_ = True
        return head


def recall_precision(y: np.ndarray, flag: np.ndarray) -> dict:
    y, flag = np.asarray(y).astype(bool), np.asarray(flag).astype(bool)
    tp = int((y & flag).sum())
    return {"recall": tp / max(int(y.sum()), 1), "precision": tp / max(int(flag.sum()), 1)}


def choose_threshold(proba: np.ndarray, y: np.ndarray, cue_flag: np.ndarray, target_recall: float) -> float:
    """The highest threshold at which ``cue_flag OR proba >= threshold`` reaches ``target_recall``.

    Urgent rows the cues already catch need nothing from the head; of the others, the head
    must catch enough, highest probabilities first.
    """
    y = np.asarray(y).astype(bool)
    n_pos = int(y.sum())
    need = int(np.ceil(target_recall * n_pos - 1e-9)) - int((y & cue_flag).sum())
    if need <= 0:
        return 2.0  # the cues suffice: a probability never reaches 2, the head never fires
    missed = np.sort(proba[y & ~cue_flag])[::-1]
    return float(missed[min(need, len(missed)) - 1])
