"""Score step: one chunk in, one chunk out, whatever the model family."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from .catalogue import Catalogue
from .explain import words_sentence
from .models import TextClassifier
from .dialogue import DialogueState
from .errors import SettingsError
from .models.rules_model import form_rows, rules_sentence
from .settings import ScoreSettings
from .signals import load_extractor
from .urgence import load_urgence
from .validation import require_columns, text_problem

STATUS_OK = "OK"
logger = logging.getLogger(__name__)


def output_columns(catalogue: Catalogue) -> dict[str, str]:
    """Name and French description of each column the score step adds."""
    cols = {
        "prediction": "Canal proposé (identifiant du catalogue), vide si la description est inutilisable",
        "confidence": "Probabilité calibrée du canal proposé (0 à 1)",
    }
    for ch in catalogue.channels:
        cols[f"proba_{ch.id}"] = f"Probabilité calibrée du canal « {ch.name} »"
    cols.update({
        "explanation": "Explication en français : les faits relevés ou les mots qui ont le plus pesé",
        "urgence": "1 si la personne doit appeler le 17 ou le 112 maintenant (faits en cours, danger imminent), sinon 0",
        "urgence_message": "Message à afficher en premier quand urgence vaut 1",
        "signals": "Faits relevés dans la description (JSON : fait, négation, position et mots du texte)",
        "rule": "Identifiant de la règle du guide qui a décidé, vide sinon ; pour un modèle LLM, ce qui s'est passé : "
                "llm, llm_retry, cache, ou fallback_malformed, fallback_error, fallback_cap (modèle de repli)",
        "needs_clarification": "1 si une question courte permettrait de départager deux canaux proches, sinon 0",
        "question": "La question à poser d'abord (réponses fermées), vide sinon",
        "scoring_status": "OK, ou le code et le motif pour lesquels la ligne n'a pas pu être orientée",
    })
    return cols


class Scorer:
    """Apply a loaded model to chunks of a dataset.

    Args:
        model (TextClassifier): any loaded model family.
        settings (ScoreSettings): the validated settings.
        catalogue (Catalogue): the current catalogue; must match the model's channels.
    """

    def __init__(self, model: TextClassifier, settings: ScoreSettings, catalogue: Catalogue) -> None:
        catalogue.check_model_channels(model.channels)
        if settings.quantize:
            if not hasattr(model, "quantize"):
                raise SettingsError(
                    f"E011 score: 'quantize' (int8) applies to the transformer family; this model folder holds "
                    f"'{model.algorithm}'. Turn it off."
                )
            model.quantize()
        self.model = model
        self.settings = settings
        self.catalogue = catalogue
        self.names = [c.name for c in catalogue.channels]
        rules_part = getattr(model, "rules_", model)
        self.extractor = getattr(rules_part, "extractor_", None)
        if self.extractor is None and settings.extract_signals:
            self.extractor = load_extractor()
        self.urgence = load_urgence(self.extractor) if self.extractor is not None else None
        # Learned head (trained families with an urgence column): urgence = cues OR head.
        self.urgence_head = getattr(model, "urgence_head_", None) if self.urgence is not None else None
        self.dialogue = None
        if self.extractor is not None:
            from .dialogue import DialogueEngine, load_questions
            from .rules import load_rules

            engine = getattr(rules_part, "engine_", None) or load_rules(self.extractor, channels=catalogue.ids)
            self.dialogue = DialogueEngine(load_questions(), engine, catalogue.ids)
        self.n_rows = 0
        self.n_unusable = 0
        self.n_urgent = 0

    def explain_row(self, k: int, j: int, pred) -> str:
        """The French explanation of row ``j`` of ``pred`` for channel index ``k``."""
        details = pred.details or {}
        sentences = details.get("sentences")
        if sentences and sentences[j]:
            return sentences[j]
        decisions = details.get("decisions")
        if decisions is not None:
            d = decisions[j]
            if d.channel == self.catalogue.ids[k] and d.rule is not None:
                return rules_sentence(self.names[k], d)
            if pred.evidence is None:
                return (f"Orienté vers « {self.names[k]} » : aucune règle du guide ne s'applique clairement, "
                        "c'est l'orientation par défaut.")
        return words_sentence(self.names[k], pred.evidence[j] if pred.evidence is not None else [])

    def score_df(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The input columns plus the columns of :func:`output_columns`, same rows, same order."""
        s = self.settings
        require_columns(frame, [s.text_column, *self.model.feature_columns], "input dataset")
        values = frame[s.text_column].tolist()
        status = []
        for v in values:
            if type(v) is str and v and len(v) <= 10**9 and not v.isspace():  # what text_problem accepts
                status.append(STATUS_OK)
                continue
            problem = text_problem(v, 1, 10**9)
            status.append(STATUS_OK if problem is None else f"{problem[0]}: {problem[1]}")
        ok = np.array([st == STATUS_OK for st in status], dtype=bool)
        texts = [v for v, k in zip(values, ok) if k]
        feats = frame.loc[ok, list(self.model.feature_columns)] if self.model.feature_columns else None
        n, n_ch = len(frame), len(self.catalogue.ids)
        proba = np.full((n, n_ch), np.nan, dtype=np.float32)
        explanation, prediction, rule = [""] * n, [""] * n, [""] * n
        urgence, message, signals_json = [0] * n, [""] * n, [""] * n
        clarify, question = [0] * n, [""] * n
        if texts:
            signals = self.extractor.extract_batch(texts) if self.extractor is not None else None
            if self.model.uses_signals:
                pred = self.model.predict(texts, feats, explain=s.explain, top_words=s.top_words, signals=signals)
            else:
                pred = self.model.predict(texts, feats, explain=s.explain, top_words=s.top_words)
            proba[ok] = pred.proba
            best = pred.proba.argmax(axis=1)
            rows = np.flatnonzero(ok)
            ids = self.catalogue.ids
            rule_ids = (pred.details or {}).get("rule")
            model_urgence = (pred.details or {}).get("urgence")  # the llm family answers it too
            head_flag = None
            if signals is not None and self.urgence_head is not None:
                cues = [self.urgence.holding(sg) for sg in signals]
                head_flag = self.urgence_head.predict(texts, signals, cues)
            forms = form_rows(feats if feats is not None else frame.loc[ok], len(texts))
            rows_l, best_l = rows.tolist(), best.tolist()
            for r, k in zip(rows_l, best_l):
                prediction[r] = ids[k]
            if s.explain:
                if not pred.details and pred.evidence is not None:  # words only: explain_row's last case
                    names = self.names
                    for r, k, words in zip(rows_l, best_l, pred.evidence):
                        explanation[r] = words_sentence(names[k], words)
                else:
                    for j, (r, k) in enumerate(zip(rows_l, best_l)):
                        explanation[r] = self.explain_row(k, j, pred)
            for j, r in enumerate(rows_l if rule_ids is not None or signals is not None else ()):
                if rule_ids is not None:
                    rule[r] = rule_ids[j]
                if signals is not None:
                    signals_json[r] = signals[j].to_json(texts[j])
                    if ((head_flag is not None and head_flag[j]) or (model_urgence is not None and model_urgence[j])
                            or self.urgence.detect(signals[j]) is not None):
                        urgence[r], message[r] = 1, self.urgence.message
                    q = self.dialogue.next_question(DialogueState(pred.proba[j], signals[j], forms[j]))
                    if q is not None:
                        clarify[r], question[r] = 1, q.text
        out = frame.copy()
        clash = [c for c in output_columns(self.catalogue) if c in out.columns]
        if clash:  # e.g. a labelled set with its true `urgence`: keep it, renamed, beside the prediction
            if self.n_rows == 0:
                logger.warning("Input columns %s share a name with output columns: kept as %s",
                               clash, [f"input_{c}" for c in clash])
            out = out.rename(columns={c: f"input_{c}" for c in clash})
        out["prediction"] = prediction
        out["confidence"] = np.where(ok, np.nanmax(np.where(ok[:, None], proba, 0), axis=1), np.nan)
        for k, ch in enumerate(self.catalogue.ids):
            out[f"proba_{ch}"] = proba[:, k]
        out["explanation"] = explanation
        out["urgence"] = urgence
        out["urgence_message"] = message
        out["signals"] = signals_json
        out["rule"] = rule
        out["needs_clarification"] = clarify
        out["question"] = question
        out["scoring_status"] = status
        self.n_rows += n
        self.n_unusable += int((~ok).sum())
        self.n_urgent += int(sum(urgence))
        return out
