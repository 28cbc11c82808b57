"""A short clarification dialogue: at most two closed questions, then orient.

From a prediction (probabilities, signals, form fields), the engine decides whether to
ask: when the confidence is under a threshold and the two best channels form a pair that
one of the questions of ``resource/questions_fr.json`` separates. An answer sets facts;
the rules then decide again with those facts. Questions whose form field is filled, or
whose facts the text already states, are never asked; among the others, the one whose
answers lead to the most probable set of different channels is asked (bank order breaks
ties). Emergencies come first: the caller
shows the urgence message before any question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .catalogue import RESOURCE_DIR
from .errors import SettingsError
from .rules import Facts, Rule, RuleEngine, holds
from .signals import SignalSet

MAX_QUESTIONS = 2


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    pairs: tuple[frozenset, ...]
    form_field: str
    known_if: tuple[str, ...]
    requires_any: tuple[str, ...]
    answers: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class DialogueState:
    """Where one conversation stands: the facts learnt from answers and the questions asked."""

    proba: np.ndarray
    signals: SignalSet
    form: dict[str, str]
    asked: list[str] = field(default_factory=list)
    learnt: set[str] = field(default_factory=set)


class DialogueEngine:
    """Choose the question to ask and update the decision with the answer.

    Args:
        questions (list[Question]): the bank, in order of preference.
        engine (RuleEngine): the rules that decide once an answer adds facts.
        channels (tuple[str, ...]): catalogue order of the probabilities.
        threshold (float): ask only when the best probability is under it.
    """

    def __init__(self, questions: list[Question], engine: RuleEngine, channels: tuple[str, ...], threshold: float = 0.7):
        known = set(engine.extractor.ids)
        for q in questions:
            for _, sets in q.answers:
                unknown = [s for s in sets if s not in known]
                if unknown:
                    raise SettingsError(f"E200 Question '{q.id}' sets unknown signals {unknown}.")
        self.questions = questions
        self.engine = engine
        self.channels = tuple(channels)
        self.threshold = threshold
        self.by_id = {q.id: q for q in questions}

    def _facts(self, state: DialogueState) -> Facts:
        facts = self.engine.facts(state.signals, state.form)
        facts.forced_on |= state.learnt
        facts.forced_off -= state.learnt
        return facts

    def candidates(self, state: DialogueState) -> list[Question]:
        """Questions of the bank that may be asked now, in bank order (pair, form fields, facts)."""
        if len(state.asked) >= MAX_QUESTIONS or float(np.max(state.proba)) >= self.threshold:
            return []
        top2 = np.argsort(-state.proba)[:2]
        pair = frozenset(self.channels[i] for i in top2)
        facts = self._facts(state)
        out = []
        for q in self.questions:
            if q.id in state.asked or pair not in q.pairs:
                continue
            if q.form_field and (state.form.get(q.form_field) or "").strip():
                continue  # the form already answers it
            if any(facts.present(s) for s in q.known_if):
                continue  # the text already says it
            if q.requires_any and not any(facts.present(s) for s in q.requires_any):
                continue
            out.append(q)
        return out

    def separation(self, state: DialogueState, question: Question) -> float:
        """How well ``question`` separates the channels in play: the probability mass of the distinct
        channels its answers lead to (the mass of one channel when every answer leads to it)."""
        reached = set()
        for _, sets in question.answers:
            trial = DialogueState(state.proba, state.signals, state.form, [*state.asked, question.id],
                                  state.learnt | set(sets))
            reached.add(self.decide(trial))
        index = {c: i for i, c in enumerate(self.channels)}
        return float(sum(state.proba[index[c]] for c in reached))

    def next_question(self, state: DialogueState) -> Question | None:
        """The question to ask now, or None (confident enough, nothing useful to ask, or two asked).

        Among the questions that may be asked, the one whose answers lead to the most probable
        set of different channels (:meth:`separation`); bank order breaks ties.
        """
        best, best_score = None, -1.0
        for q in self.candidates(state):
            score = self.separation(state, q)
            if score > best_score + 1e-12:
                best, best_score = q, score
        return best

    def answer(self, state: DialogueState, question_id: str, answer_index: int) -> str:
        """Record an answer and return the channel decided now."""
        q = self.by_id[question_id]
        if not 0 <= answer_index < len(q.answers):
            raise SettingsError(f"E202 Question '{question_id}' has {len(q.answers)} answers; got index {answer_index}.")
        state.asked.append(question_id)
        state.learnt |= set(q.answers[answer_index][1])
        return self.decide(state)

    def decide(self, state: DialogueState) -> str:
        """The rules' channel with what is known now, else the model's best channel."""
        rule = self.deciding_rule(state)
        return rule.channel if rule is not None else self.channels[int(np.argmax(state.proba))]

    def deciding_rule(self, state: DialogueState) -> Rule | None:
        """The rule that decides with what is known now; None when only the catch-all holds."""
        facts = self._facts(state)
        for rule in self.engine.rules:
            if holds(rule.when, facts):
                if rule.id.endswith("-AUTRE"):  # the catch-all adds nothing to the model's view
                    return None
                return rule
        return None

    def facts(self, state: DialogueState) -> Facts:
        """The facts of the conversation: signals, form fields, then the answers on top."""
        return self._facts(state)


def load_questions(path: str | Path | None = None) -> list[Question]:
    path = Path(path) if path else RESOURCE_DIR / "questions_fr.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [Question(q["id"], q["text"], tuple(frozenset(p) for p in q["pairs"]), q.get("form_field", ""),
                     tuple(q.get("known_if", ())), tuple(q.get("requires_any", ())),
                     tuple((a["label"], tuple(a["set"])) for a in q["answers"])) for q in raw["questions"]]


# Simulated user, for the evaluation of the dialogue: answers each question from the true
# channel (and from the form fields when they hold the answer). This is optimistic: a real
# person may not know, may misread the question, or may answer what the story implies
# differently from what the label implies.
_SIMULATED = {
    "CARTE-EN-POSSESSION": {"PERCEVAL": 0, "PEL": 1, "COMMISSARIAT": 2},
    "PAIEMENTS-EN-LIGNE": {"PERCEVAL": 0, "COMMISSARIAT": 1, "PEL": 1},
    "TOUT-EN-LIGNE": {"THESEE": 0, "PEL": 1, "COMMISSARIAT": 1},
    "NOM-AUTEUR": {"COMMISSARIAT": 0, "PEL": 1},
    "BLESSURE": {"COMMISSARIAT": 0, "PEL": 1},
    "VISE-PERSONNELLEMENT": {"PNAV": 0, "COMMISSARIAT": 0, "PHAROS": 1},
    "ARGENT-DEMANDE": {"THESEE": 0, "COMMISSARIAT": 1, "PNAV": 1},
    "MINEUR": {"PNAV": 0, "THESEE": 1},
}
_FORM_ANSWERS = {"TOUT-EN-LIGNE": ("faits_en_ligne", {"oui": 0, "non": 1}),
                 "NOM-AUTEUR": ("auteur_connu", {"oui": 0, "non": 1}),
                 "MINEUR": ("victime_mineure", {"oui": 0, "non": 1})}


def simulated_answer(question: Question, true_channel: str, form: dict[str, str]) -> int:
    """The answer index a person whose case is ``true_channel`` is assumed to give."""
    if question.id in _FORM_ANSWERS:
        fieldname, mapping = _FORM_ANSWERS[question.id]
        value = (form.get(fieldname) or "").strip().lower()
        if value in mapping:
            return mapping[value]
    return _SIMULATED.get(question.id, {}).get(true_channel, len(question.answers) - 1)


def simulate(engine: DialogueEngine, probas: np.ndarray, signals: list[SignalSet], forms: list[dict[str, str]],
             labels: list[str]) -> dict:
    """Accuracy with no question, at most one and at most two; share asked; questions per person."""
    correct = {0: 0, 1: 0, 2: 0}
    asked_any, n_questions = 0, 0
    for p, s, f, y in zip(probas, signals, forms, labels):
        state = DialogueState(np.asarray(p), s, f)
        decision = engine.channels[int(np.argmax(p))]
        correct[0] += decision == y
        for budget in (1, 2):
            q = engine.next_question(state)
            if q is not None:
                decision = engine.answer(state, q.id, simulated_answer(q, y, f))
            correct[budget] += decision == y
        asked_any += bool(state.asked)
        n_questions += len(state.asked)
    n = max(len(labels), 1)
    return {"rows": len(labels), "accuracy_0": correct[0] / n, "accuracy_1": correct[1] / n,
            "accuracy_2": correct[2] / n, "share_asked": asked_any / n, "questions_per_person": n_questions / n}
