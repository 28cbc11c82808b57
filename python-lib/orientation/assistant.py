"""The assistant's turn: a description, form fields and the answers so far in, one answer out.

Stateless: the client sends back, each turn, the description, the form fields and every
answer given; nothing is stored between turns and nothing of the description is logged.
The same turn serves the DSS web app, the local server (``make assistant``) and the
``assist`` command.

A turn answers, in this order:

1. the emergency block, when the description says the person is in danger now (call 17
   or 112, 114 by SMS): shown first, whatever follows;
2. either the next closed question with its answer choices (at most two questions, never
   one that a form field already answers, and no second one once the first answer lets a
   rule of the guide decide), or the oriented channel: id, French name, URL,
   one sentence saying why, and what to prepare.

Example:
    >>> assistant = Assistant(load_model(LocalStorage("out/assistant-model")))
    >>> reply = assistant.turn_dict({"description": "...", "form": {}, "answers": []})
    >>> reply["status"]  # "question" or "oriented"
"""

from __future__ import annotations

import json
import logging
import re

import numpy as np
import pandas as pd

from .catalogue import Catalogue, load_catalogue
from .dialogue import MAX_QUESTIONS, DialogueState, Question
from .errors import InputDataError
from .models import TextClassifier
from .models.rules_model import rules_sentence
from .rules import FORM_FIELDS, Decision
from .scoring import Scorer
from .settings import ScoreSettings
from .text import Pseudonymizer, normalize_text
from .validation import text_problem

logger = logging.getLogger(__name__)

MIN_CHARS = 3
MAX_CHARS = 5000
FORM_VALUES = ("", "oui", "non")

# French labels of the form fields, for the interfaces.
FORM_LABELS = {
    "auteur_connu": "Connaissez-vous l'auteur des faits ?",
    "faits_en_ligne": "Les faits se sont-ils passés uniquement sur internet ?",
    "victime_mineure": "La victime a-t-elle moins de 18 ans ?",
}


# References meant for the data lab (the guide's steps, channel ids) that a person cannot use.
_GUIDE_REFERENCE = re.compile(r"\s*\((?:étapes?\s+\d[^()]*|tableau du guide[^()]*|décisions du (?:guide|projet)[^()]*)\)")


def person_reason(reason: str, channel_name: str, channel_ids: tuple[str, ...]) -> str:
    """The scoring explanation rewritten for the person: the channel is already named above it.

    Drops the leading « Orienté vers « name » : », the references to the guide's steps
    ("(étape 2)", "(tableau du guide)", "(décisions du projet)") and channel ids in
    parentheses ("(PEL)"), then starts with a capital letter and ends with a full stop.
    """
    text = reason.strip()
    prefix = f"Orienté vers « {channel_name} » :"
    if text.startswith(prefix):
        text = text[len(prefix):].strip()
    text = _GUIDE_REFERENCE.sub("", text)
    if channel_ids:
        text = re.sub(r"\s*\((?:" + "|".join(map(re.escape, channel_ids)) + r")\)", "", text)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ;,")
    if not text:
        return reason
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class AssistantInputError(InputDataError):
    """A request the assistant cannot answer, with the field at fault and a French message.

    Attributes:
        code (str): ``E7xx`` code.
        field (str): ``description``, ``form``, ``form.<name>``, ``answers`` or ``answers[i]``.
        french (str): the message to show to the person, in French.
    """

    def __init__(self, code: str, field: str, english: str, french: str) -> None:
        super().__init__(f"{code} {field}: {english}")
        self.code = code
        self.field = field
        self.french = french

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "field": self.field, "message": self.french}}


def check_description(value) -> str:
    """The description if it can be oriented, else an :class:`AssistantInputError` (never quoting it)."""
    problem = text_problem(value, MIN_CHARS, MAX_CHARS)
    if problem is None:
        return value
    code, reason = problem
    english = {"EMPTY": "the description is empty",
               "NOT_TEXT": f"the description must be a string, got {type(value).__name__}",
               "TOO_SHORT": f"the description is shorter than {MIN_CHARS} characters",
               "TOO_LONG": f"the description is longer than {MAX_CHARS} characters"}[code]
    numbers = {"EMPTY": "E701", "NOT_TEXT": "E702", "TOO_SHORT": "E703", "TOO_LONG": "E704"}[code]
    _raise(numbers, "description", english, f"Description : {reason}.")


def _raise(code: str, field: str, english: str, french: str):
    raise AssistantInputError(code, field, english, french)


def check_form(value) -> dict[str, str]:
    """Form fields as ``{name: "oui" | "non"}``; empty values dropped; unknown names refused."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        _raise("E705", "form", f"the form must be an object, got {type(value).__name__}",
               "Les champs du formulaire sont mal transmis.")
    form = {}
    for name, raw in value.items():
        if name not in FORM_FIELDS:
            _raise("E706", "form", f"unknown form field '{name}'; known fields: {list(FORM_FIELDS)}",
                   f"Champ de formulaire inconnu : « {str(name)[:40]} ».")
        if raw is None:
            raw = ""
        if not isinstance(raw, str) or raw.strip().lower() not in FORM_VALUES:
            _raise("E707", f"form.{name}", f"must be one of {list(FORM_VALUES)}",
                   f"Réponse invalide pour « {FORM_LABELS[name]} » : choisissez oui, non ou je ne sais pas.")
        if raw.strip():
            form[name] = raw.strip().lower()
    return form


def check_answers(value) -> list[tuple[str, int]]:
    """Answers as ``[(question id, answer index), ...]``, at most :data:`MAX_QUESTIONS`."""
    if value is None:
        return []
    if not isinstance(value, list):
        _raise("E708", "answers", f"the answers must be a list, got {type(value).__name__}",
               "Les réponses sont mal transmises.")
    if len(value) > MAX_QUESTIONS:
        _raise("E709", "answers", f"at most {MAX_QUESTIONS} answers, got {len(value)}",
               f"Au plus {MAX_QUESTIONS} réponses sont possibles.")
    answers = []
    for i, item in enumerate(value):
        question = item.get("question") if isinstance(item, dict) else None
        answer = item.get("answer") if isinstance(item, dict) else None
        if not isinstance(question, str) or isinstance(answer, bool) or not isinstance(answer, int):
            _raise("E710", f"answers[{i}]", "each answer must be {\"question\": str, \"answer\": int}",
                   "Une réponse est mal transmise.")
        answers.append((question, answer))
    return answers


class Assistant:
    """Answer turns of the orientation dialogue with one loaded model.

    Holds only what does not change between turns (the model, the rules, the questions,
    the catalogue); :meth:`turn` is a function of its arguments.

    Args:
        model (TextClassifier): any loaded model family.
        catalogue (Catalogue | None): default: the bundled catalogue.
    """

    def __init__(self, model: TextClassifier, catalogue: Catalogue | None = None) -> None:
        self.catalogue = catalogue or load_catalogue()
        self.scorer = Scorer(model, ScoreSettings(text_column="text", extract_signals=True), self.catalogue)
        self.model = model
        self.dialogue = self.scorer.dialogue
        self.pseudonymizer = Pseudonymizer()

    def turn_dict(self, payload) -> dict:
        """:meth:`turn` on a decoded JSON request ``{"description", "form", "answers"}``."""
        if not isinstance(payload, dict):
            _raise("E700", "request", "the request body must be a JSON object",
                   "La demande est mal formée.")
        unknown = sorted(set(payload) - {"description", "form", "answers"})
        if unknown:
            _raise("E700", "request", f"unknown keys {[str(k)[:40] for k in unknown]}; "
                   "expected description, form, answers",
                   "La demande est mal formée.")
        return self.turn(payload.get("description"), payload.get("form"), payload.get("answers"))

    def turn(self, description, form=None, answers=None) -> dict:
        """One turn of the dialogue.

        Args:
            description (str): what happened, in the person's words (3 to 5,000 characters).
            form (dict[str, str] | None): optional form fields (``auteur_connu``,
                ``faits_en_ligne``, ``victime_mineure``), each ``oui``, ``non`` or empty.
            answers (list[dict] | None): the answers so far, in order, each
                ``{"question": id, "answer": index}``.

        Returns:
            dict: ``emergency`` (None, or the message and numbers to show first), ``status``
            (``question`` or ``oriented``), ``question`` (id, text, choices, number) or
            ``channel`` (id, name, url, reason, prepare), and ``answers`` echoed with
            their French text, to send back next turn.

        Raises:
            AssistantInputError: bad description, form fields or answers; names the field.
        """
        text = check_description(description)
        form = check_form(form)
        given = check_answers(answers)
        text, _ = self.pseudonymizer.pseudonymize(normalize_text(text))
        signals = self.scorer.extractor.extract(text)
        feats = None
        if self.model.feature_columns:
            feats = pd.DataFrame([{c: form.get(c, "") for c in self.model.feature_columns}], dtype=object)
        if self.model.uses_signals:
            pred = self.model.predict([text], feats, explain=True, top_words=3, signals=[signals])
        else:
            pred = self.model.predict([text], feats, explain=True, top_words=3)
        proba = np.asarray(pred.proba[0], dtype=float)
        state = DialogueState(proba, signals, form)

        # Replay the answers: each must answer the question the dialogue asks at that point.
        echoed = []
        for i, (qid, index) in enumerate(given):
            expected = self._next_question(state)
            if expected is None or expected.id != qid:
                _raise("E711", f"answers[{i}]",
                       f"answers question '{qid[:40]}' but the question at that point is "
                       f"{repr(expected.id) if expected else 'none'}",
                       "Les réponses ne correspondent plus aux questions : recommencez la description.")
            if not 0 <= index < len(expected.answers):
                _raise("E712", f"answers[{i}]",
                       f"question '{qid}' has {len(expected.answers)} answers; got index {index}",
                       "Choix de réponse invalide.")
            self.dialogue.answer(state, qid, index)
            echoed.append({"question": qid, "answer": index, "text": expected.text,
                           "label": expected.answers[index][0]})

        reply: dict = {"emergency": self._emergency(signals)}
        question = self._next_question(state)
        if question is not None:
            reply.update(status="question", question=self._question(question, len(state.asked) + 1), channel=None)
        else:
            reply.update(status="oriented", question=None, channel=self._channel(state, pred, text, signals))
        reply["answers"] = echoed
        return reply

    def _next_question(self, state: DialogueState) -> Question | None:
        # Once an answer lets a rule of the guide decide, a second question would only add effort.
        if state.asked and self.dialogue.deciding_rule(state) is not None:
            return None
        return self.dialogue.next_question(state)

    def _emergency(self, signals) -> dict | None:
        if self.scorer.urgence.detect(signals) is None:
            return None
        return {"message": self.scorer.urgence.message, "call": ["17", "112"], "sms": "114"}

    @staticmethod
    def _question(q: Question, number: int) -> dict:
        return {"id": q.id, "text": q.text, "number": number, "max": MAX_QUESTIONS,
                "choices": [{"index": i, "label": label} for i, (label, _) in enumerate(q.answers)]}

    def _channel(self, state: DialogueState, pred, text: str, signals) -> dict:
        ids = self.catalogue.ids
        best = int(np.argmax(state.proba))
        rule = self.dialogue.deciding_rule(state) if state.asked else None
        if rule is not None:
            channel = self.catalogue.get(rule.channel)
            cited = self.dialogue.engine.cite(rule.cite, self.dialogue.facts(state), signals, text)
            reason = rules_sentence(channel.name, Decision(rule.channel, rule, cited))
        else:
            channel = self.catalogue.get(ids[best])
            reason = self.scorer.explain_row(best, 0, pred)
        return {"id": channel.id, "name": channel.name, "url": channel.url,
                "reason": person_reason(reason, channel.name, ids),
                "prepare": channel.advice}



MAX_BODY_BYTES = 64 * 1024


def handle_turn_request(assistant: Assistant, body: bytes) -> tuple[int, dict]:
    """The HTTP ``POST /turn`` route, without a web framework: (status code, JSON body).

    200 with the turn; 400 with ``{"error": {"code", "field", "message"}}`` (French message)
    for a request that is not JSON or that :meth:`Assistant.turn_dict` refuses; 413 when the
    body is over :data:`MAX_BODY_BYTES`. Nothing of the body is logged.
    """
    if len(body) > MAX_BODY_BYTES:
        err = AssistantInputError("E714", "request", f"the request body is over {MAX_BODY_BYTES} bytes",
                                  "La demande est trop longue.")
        return 413, err.to_dict()
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        err = AssistantInputError("E700", "request", "the request body is not UTF-8 JSON", "La demande est mal formée.")
        return 400, err.to_dict()
    try:
        return 200, assistant.turn_dict(payload)
    except AssistantInputError as exc:
        logger.info("Assistant turn refused: %s on %s", exc.code, exc.field)
        return 400, exc.to_dict()

