"""Linear family: word and character n-gram TF-IDF with a multinomial logistic regression.

Probabilities are calibrated by temperature scaling on the validation split; the
explanation quotes the words whose n-grams weighed most for the chosen channel.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression

from ..artefacts import arrays_from_bytes, arrays_to_bytes, json_from_bytes, json_to_bytes
from ..errors import SettingsError
from ..explain import load_stopword_hashes, top_words_per_doc
from ..features import NgramTfidf, scoring_layout
from ..text.proper_nouns import FILE as MASK_FILE
from ..text.proper_nouns import ProperNounMask, mask_from_files
from .base import Prediction, TextClassifier

logger = logging.getLogger(__name__)


_ONES = np.ones(0, dtype=np.float32)


def _ones(n: int) -> np.ndarray:
    """A read-only view of ``n`` float32 ones (the values of an indicator matrix), cached."""
    global _ONES
    if len(_ONES) < n:
        _ONES = np.ones(max(n, 2 * len(_ONES)), dtype=np.float32)
        _ONES.flags.writeable = False
    return _ONES[:n]


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """Temperature minimising the negative log-likelihood of ``y`` (calibration)."""

    def nll(t: float) -> float:
        p = softmax(logits, t)[np.arange(len(y)), y]
        return float(-np.log(np.clip(p, 1e-12, None)).mean())

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


class FormFieldEncoder:
    """One-hot encoding of structured columns (form fields) as extra sparse features.

    Values are compared as lower-case stripped strings; empty values and values not
    seen in training add nothing.

    Attributes:
        columns_ (list[str]): the encoded columns.
        values_ (list[list[str]]): the values seen in training, per column.
    """

    def __init__(self, columns: tuple[str, ...] = (), weight: float = 1.0) -> None:
        self.columns = tuple(columns)
        self.weight = weight

    @staticmethod
    def _clean(series: pd.Series) -> np.ndarray:
        return series.astype("string").fillna("").str.strip().str.lower().to_numpy(dtype=object)

    def fit(self, frame: pd.DataFrame | None) -> "FormFieldEncoder":
        self.columns_ = list(self.columns)
        self.values_ = []
        for col in self.columns_:
            vals = sorted(v for v in set(self._clean(frame[col])) if v)
            self.values_.append(vals)
        return self

    @property
    def n_features_(self) -> int:
        return sum(len(v) for v in self.values_)

    def transform(self, frame: pd.DataFrame | None, n_rows: int) -> sp.csr_matrix:
        if not self.columns_:
            return sp.csr_matrix((n_rows, 0), dtype=np.float32)
        rows, cols, offset = [], [], 0
        for col, vals in zip(self.columns_, self.values_):
            index = {v: i for i, v in enumerate(vals)}
            codes = np.array([index.get(v, -1) for v in self._clean(frame[col])], dtype=np.int64)
            ok = codes >= 0
            rows.append(np.flatnonzero(ok))
            cols.append(codes[ok] + offset)
            offset += len(vals)
        r, c = np.concatenate(rows), np.concatenate(cols)
        data = np.full(len(r), self.weight, dtype=np.float32)
        return sp.csr_matrix((data, (r, c)), shape=(n_rows, offset))


class LinearHeadMixin:
    """For families built around an inner ``linear_`` model: its calibration temperature."""

    @property
    def temperature_(self) -> float:
        return self.linear_.temperature_

    @temperature_.setter
    def temperature_(self, value: float) -> None:
        self.linear_.temperature_ = value


class LinearClassifier(TextClassifier):
    """TF-IDF n-grams + logistic regression, calibrated.

    Args:
        channels (tuple[str, ...]): channel ids, catalogue order.
        C (float): inverse regularisation strength of the logistic regression.
        class_weight (str): ``balanced`` or ``none``.
        char_ngram_range (tuple[int, int]): character n-gram lengths.
        min_df (int): minimum document frequency of an n-gram.
        max_features (int): vocabulary cap.
        feature_columns (tuple[str, ...]): structured columns added as one-hot features.
        signal_ids (tuple[str, ...]): extracted signals added as features (two columns each:
            present, negated); the caller passes the signals to ``fit`` and ``predict``.
        signal_weight (float): value of a signal column when set.
        dense_dim (int): width of dense features (sentence embeddings) the caller passes as ``dense``.
        dense_weight (float): scale of the dense block against the n-gram blocks.
        mask_proper_nouns (bool): replace first names, towns and other proper nouns by ``[NOM]``
            before the n-grams (:mod:`orientation.text.proper_nouns`); the words kept are learned
            by ``fit``.

    Attributes:
        vectorizer_ (NgramTfidf): the fitted n-gram featuriser.
        coef_ (np.ndarray): weights, shape (n_channels, n_features), float32.
        intercept_ (np.ndarray): shape (n_channels,).
        temperature_ (float): calibration temperature (1.0 when not calibrated).
    """

    algorithm = "linear"
    format = "orientation.linear.v1"
    _CONSTRAINTS = {"C": (1e-4, 1e4), "class_weight": ("balanced", "none")}

    def __init__(
        self,
        *,
        channels: tuple[str, ...],
        C: float = 20.0,
        class_weight: str = "balanced",
        char_ngram_range: tuple[int, int] = (3, 5),
        min_df: int = 2,
        max_features: int = 300_000,
        feature_columns: tuple[str, ...] = (),
        max_iter: int = 2000,
        signal_ids: tuple[str, ...] = (),
        signal_weight: float = 1.0,
        dense_dim: int = 0,
        dense_weight: float = 1.0,
        mask_proper_nouns: bool = True,
    ) -> None:
        super().__init__(channels=channels)
        self.signal_ids = tuple(signal_ids)
        self.signal_weight = signal_weight
        self.dense_dim = dense_dim
        self.dense_weight = dense_weight
        self.C = C
        self.class_weight = class_weight
        self.char_ngram_range = tuple(char_ngram_range)
        self.min_df = min_df
        self.max_features = max_features
        self.feature_columns_ = tuple(feature_columns)
        self.max_iter = max_iter
        self.mask_proper_nouns = bool(mask_proper_nouns)
        self.mask_ = None

    def _masked(self, texts: list[str]) -> list[str]:
        return self.mask_.transform(texts) if self.mask_ is not None else texts

    def _validate(self) -> None:
        low, high = self._CONSTRAINTS["C"]
        if not isinstance(self.C, (int, float)) or not low <= self.C <= high:
            raise SettingsError(f"E120 LinearClassifier: C must be a number in [{low}, {high}], got {self.C!r}.")
        if self.class_weight not in self._CONSTRAINTS["class_weight"]:
            raise SettingsError(
                f"E121 LinearClassifier: class_weight must be one of {self._CONSTRAINTS['class_weight']}, "
                f"got {self.class_weight!r}."
            )

    def _signal_matrix(self, signals, n_rows: int) -> sp.csr_matrix:
        """Two columns per signal id: present, explicitly negated."""
        if not self.signal_ids:
            return sp.csr_matrix((n_rows, 0), dtype=np.float32)
        if signals is None:
            raise ValueError("This model uses signal features: pass the extracted signals.")
        rows, cols = [], []
        for i, sset in enumerate(signals):
            for j, sid in enumerate(self.signal_ids):
                if sid in sset.matches:
                    rows.append(i)
                    cols.append(2 * j if sset.present(sid) else 2 * j + 1)
        data = np.full(len(rows), self.signal_weight, dtype=np.float32)
        return sp.csr_matrix((data, (rows, cols)), shape=(n_rows, 2 * len(self.signal_ids)))

    def _extra_blocks(self, features: pd.DataFrame | None, n_rows: int, signals=None, dense=None) -> list:
        """The non-text feature blocks (form fields, signals, dense features), in column order."""
        blocks = []
        if self.form_encoder_.columns_:
            blocks.append(self.form_encoder_.transform(features, n_rows))
        if self.signal_ids:
            blocks.append(self._signal_matrix(signals, n_rows))
        if self.dense_dim:
            if dense is None or dense.shape != (n_rows, self.dense_dim):
                raise ValueError(f"This model needs dense features of shape ({n_rows}, {self.dense_dim}).")
            blocks.append(sp.csr_matrix(dense.astype(np.float32) * self.dense_weight))
        return blocks

    def _matrix(self, texts: list[str], features: pd.DataFrame | None, return_occurrences: bool = False, signals=None,
                dense=None):
        out = self.vectorizer_.transform(texts, return_occurrences=return_occurrences)
        X = out[0] if return_occurrences else out
        blocks = [X, *self._extra_blocks(features, len(texts), signals, dense)]
        if len(blocks) > 1:
            X = sp.hstack(blocks, format="csr")
        return (X, *out[1:]) if return_occurrences else X

    def fit(self, texts: list[str], labels: np.ndarray, features: pd.DataFrame | None = None, signals=None,
            dense=None, mask: ProperNounMask | None = None) -> "LinearClassifier":
        """Fit on ``texts`` (length n) and ``labels`` (channel indices, shape (n,)).

        ``mask``: a proper-noun mask the caller already fitted on ``texts`` (the embedding family
        masks what its encoder reads first); else one is fitted here when ``mask_proper_nouns``.
        """
        self._validate()
        y = np.asarray(labels)
        if self.mask_proper_nouns:
            self.mask_ = mask if mask is not None else ProperNounMask().fit(texts, always_keep=self.channels)
        else:
            self.mask_ = None
        texts = self._masked(texts)
        self.vectorizer_ = NgramTfidf(
            char_ngram_range=self.char_ngram_range, min_df=self.min_df, max_features=self.max_features
        ).fit(texts)
        self.form_encoder_ = FormFieldEncoder(self.feature_columns_).fit(features)
        X = self._matrix(texts, features, signals=signals, dense=dense)
        clf = LogisticRegression(
            C=self.C,
            class_weight=None if self.class_weight == "none" else "balanced",
            max_iter=self.max_iter,
            solver="lbfgs",
        )
        clf.fit(X, y)
        # Expand to every channel of the catalogue, even those absent from training.
        n_ch = len(self.channels)
        coef = np.zeros((n_ch, X.shape[1]), dtype=np.float32)
        intercept = np.full(n_ch, -30.0, dtype=np.float32)
        if len(clf.classes_) == 2:  # binary: scikit-learn keeps one row
            coef[clf.classes_[1]], intercept[clf.classes_[1]] = clf.coef_[0] / 2, clf.intercept_[0] / 2
            coef[clf.classes_[0]], intercept[clf.classes_[0]] = -clf.coef_[0] / 2, -clf.intercept_[0] / 2
        else:
            coef[clf.classes_] = clf.coef_
            intercept[clf.classes_] = clf.intercept_
        self.coef_, self.intercept_ = coef, intercept
        self.temperature_ = 1.0
        self.fitted_ = True
        self._prepare_scoring()
        return self

    def calibrate(self, texts: list[str], labels: np.ndarray, features: pd.DataFrame | None = None, signals=None,
                  dense=None) -> float:
        """Fit the temperature on held-out rows; returns it."""
        self.check_fitted()
        logits = self.decision_function(texts, features, signals, dense)
        self.temperature_ = fit_temperature(logits, np.asarray(labels))
        return self.temperature_

    def _prepare_scoring(self) -> None:
        # Weights centred over channels: what pushes towards one channel rather than the others.
        self._centred = self.coef_ - self.coef_.mean(axis=0, keepdims=True)
        self._coef_t = np.ascontiguousarray(self.coef_.T)
        # Scoring table, one row per n-gram feature, row 0 for absent n-grams (all zero):
        # the weights times the idf for each channel, their mean over channels, then the
        # squared idf, so that one sparse product with an indicator matrix gives the
        # unnormalised logits, what the centred contributions need, and the squared TF-IDF
        # norm of every segment. Rows of 8 float32 (6 channels) sit in one cache line.
        vec = self.vectorizer_
        n_text, n_ch = vec.n_features_, self.coef_.shape[0]
        table = np.zeros((n_text + 1, n_ch + 2), dtype=np.float64)
        table[1:, :n_ch] = self.coef_[:, :n_text].T.astype(np.float64) * vec.idf_[:, None]
        table[1:, n_ch] = table[1:, :n_ch].mean(axis=1)
        table[1:, n_ch + 1] = vec.idf_.astype(np.float64) ** 2
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        self._stop_hashes = load_stopword_hashes()

    def _scores(self, texts: list[str], features: pd.DataFrame | None, signals=None, dense=None,
                with_words: bool = False):
        """Logits of ``texts`` and, with ``with_words``, each word's contribution to every channel.

        Equal, up to float rounding, to ``X @ coef.T + intercept`` with ``X`` from
        :meth:`_matrix`, without building ``X``: the n-grams of the chunk are laid out by
        segment (:func:`~orientation.features.scoring_layout`), one sparse product with the
        scoring table gives each segment's idf-weighted logits and squared norm, and dividing
        by each document's word-block and character-block norms (TF-IDF normalisation) after
        summing makes the logits. A word's contribution is its own unigram, half of each bigram
        it is part of, and the character n-grams centred on it, each normalised the same way.

        Returns:
            tuple: logits, shape (n_docs, n_channels), float32; then, with ``with_words``, the
            layout and what :meth:`_word_scores` needs.
        """
        vec = self.vectorizer_
        n_docs, n_ch = len(texts), self.coef_.shape[0]
        lay = scoring_layout(texts, vec.char_ngram_range, vec.word_bigrams, word_bounded=vec.word_bounded)
        lookup, table = vec._lookup.lookup_shifted, self._table
        # Character n-grams: a CSR indicator matrix, one row per segment, already in row order.
        n_seg = len(lay.seg_start)
        index_dtype = np.int32 if lay.length * lay.n_lengths < 2**31 else np.int64
        indptr = np.empty(n_seg + 1, dtype=index_dtype)
        indptr[:-1] = lay.seg_start
        indptr[-1] = lay.length
        indptr *= lay.n_lengths
        feat = lookup(lay.char_hash).astype(index_dtype, copy=False)
        chars = sp.csr_matrix((_ones(len(feat)), feat, indptr), shape=(n_seg, len(table)))
        seg = chars @ table  # (n_seg, n_ch + 1)
        # Words and bigrams: a plain gather, one unigram per word and half of each bigram
        # given to each of its two words (pair i, i + 1; pairs across documents read row 0).
        words = table[lookup(lay.word_hash)].astype(np.float64)
        if len(lay.bigram_first):
            pair = np.zeros(len(words) - 1, dtype=np.int32)
            pair[lay.bigram_first] = lookup(lay.bigram_hash)
            half = table[pair].astype(np.float64)
            half *= 0.5
            words[:-1] += half
            words[1:] += half
        char_doc = np.add.reduceat(seg, lay.doc_seg, axis=0, dtype=np.float64) if n_docs else np.zeros((0, n_ch + 2))
        word_doc = np.zeros((n_docs, n_ch + 2))
        if len(words):
            starts = np.searchsorted(lay.word_doc, np.arange(n_docs))
            has = np.diff(np.append(starts, len(words))) > 0
            word_doc[has] = np.add.reduceat(words, starts[has], axis=0)
        norm_w, norm_c = np.sqrt(word_doc[:, n_ch + 1]), np.sqrt(char_doc[:, n_ch + 1])
        norm_w[norm_w == 0] = 1
        norm_c[norm_c == 0] = 1
        logits = word_doc[:, :n_ch] / norm_w[:, None] + char_doc[:, :n_ch] / norm_c[:, None]
        extra = self._extra_blocks(features, n_docs, signals, dense)
        if extra:
            X = sp.hstack(extra, format="csr") if len(extra) > 1 else extra[0].tocsr()
            logits += np.asarray(X @ self._coef_t[vec.n_features_ :])
        logits = logits.astype(np.float32) + self.intercept_
        if not with_words:
            return logits
        return logits, lay, (words, seg, norm_w, norm_c)

    def _word_scores(self, lay, parts, chosen: np.ndarray) -> np.ndarray:
        """Each word's contribution to the chosen channel of its document, centred over
        channels (what pushes towards this channel rather than the others), shape (n_words,)."""
        words, seg, norm_w, norm_c = parts
        n_ch = self.coef_.shape[0]
        d = lay.word_doc
        k = chosen[d]
        n_words = len(d)
        w = words[np.arange(n_words), k] - words[:, n_ch]
        c = seg[lay.word_seg, k] - seg[lay.word_seg, n_ch]
        return w / norm_w[d] + c / norm_c[d]

    def decision_function(self, texts: list[str], features: pd.DataFrame | None = None, signals=None,
                          dense=None) -> np.ndarray:
        self.check_fitted()
        return self._scores(self._masked(texts), features, signals, dense)

    def predict(
        self, texts: list[str], features: pd.DataFrame | None = None, *, explain: bool = False, top_words: int = 3,
        signals=None, dense=None,
    ) -> Prediction:
        self.check_fitted()
        if not explain:
            return Prediction(proba=softmax(self.decision_function(texts, features, signals, dense), self.temperature_))
        texts = self._masked(texts)  # explanations then never quote a masked name
        logits, lay, parts = self._scores(texts, features, signals, dense, with_words=True)
        proba = softmax(logits, self.temperature_)
        score = self._word_scores(lay, parts, proba.argmax(axis=1))
        top = top_words_per_doc(
            texts, lay.word_doc, lay.word_start, lay.word_end, lay.word_hash, score, self._stop_hashes, top_words,
            lay.word_bracketed,
        )
        return Prediction(proba=proba, evidence=top)

    def top_terms(self, n: int = 15) -> dict[str, list[tuple[str, float]]]:
        """The n-grams with the largest centred weight for each channel (data-set level explanation)."""
        self.check_fitted()
        n_text = self.vectorizer_.n_features_
        terms = self.vectorizer_.terms_
        out = {}
        for k, ch in enumerate(self.channels):
            w = self._centred[k, :n_text]
            best = np.argsort(-w)[:n]
            out[ch] = [(terms[i], float(w[i])) for i in best]
        return out

    def _state(self) -> tuple[dict, dict[str, bytes]]:
        vec_params, vec_arrays = self.vectorizer_.get_state()
        params = {
            "C": self.C,
            "class_weight": self.class_weight,
            "max_iter": self.max_iter,
            "temperature": self.temperature_,
            "vectorizer": vec_params,
            "form_fields": {"columns": self.form_encoder_.columns_, "values": self.form_encoder_.values_},
            "signal_ids": list(self.signal_ids),
            "signal_weight": self.signal_weight,
            "dense_dim": self.dense_dim,
            "dense_weight": self.dense_weight,
            "mask_proper_nouns": self.mask_ is not None,
        }
        files = {
            "vectorizer.npz": arrays_to_bytes(vec_arrays),
            "vocabulary.json": json_to_bytes(self.vectorizer_.terms_),
            "weights.npz": arrays_to_bytes({"coef": self.coef_, "intercept": self.intercept_}),
        }
        if self.mask_ is not None:
            files[MASK_FILE] = json_to_bytes(self.mask_.to_json())
        return params, files

    @classmethod
    def _from_state(cls, manifest: dict, files: dict[str, bytes]) -> "LinearClassifier":
        p = manifest["params"]
        vec = p["vectorizer"]
        model = cls(
            channels=tuple(manifest["channels"]),
            C=p["C"],
            class_weight=p["class_weight"],
            char_ngram_range=tuple(vec["char_ngram_range"]),
            min_df=vec["min_df"],
            max_features=vec["max_features"],
            feature_columns=tuple(manifest.get("feature_columns", ())),
            max_iter=p["max_iter"],
            signal_ids=tuple(p.get("signal_ids", ())),
            signal_weight=float(p.get("signal_weight", 1.0)),
            dense_dim=int(p.get("dense_dim", 0)),
            dense_weight=float(p.get("dense_weight", 1.0)),
            mask_proper_nouns=bool(p.get("mask_proper_nouns", False)),  # folders written before the mask: off
        )
        if model.mask_proper_nouns:
            model.mask_ = mask_from_files(files)
        model.vectorizer_ = NgramTfidf.from_state(
            vec, arrays_from_bytes(files["vectorizer.npz"], "vectorizer.npz"),
            json_from_bytes(files["vocabulary.json"], "vocabulary.json"),
        )
        enc = FormFieldEncoder(tuple(p["form_fields"]["columns"]))
        enc.columns_, enc.values_ = list(p["form_fields"]["columns"]), [list(v) for v in p["form_fields"]["values"]]
        model.form_encoder_ = enc
        w = arrays_from_bytes(files["weights.npz"], "weights.npz")
        model.coef_, model.intercept_ = w["coef"].astype(np.float32), w["intercept"].astype(np.float32)
        model.temperature_ = float(p["temperature"])
        model.fitted_ = True
        model._prepare_scoring()
        return model
